"""SQLite and Parquet exports: the same tables, types, keys and rows as the CSVs, and stable bytes."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from click.testing import CliRunner

import engagements
from engagements.cli import main
from engagements.consume.parquet import write_parquet
from engagements.consume.sqlite import write_sqlite
from engagements.package.tables import tables
from packages import sample_dataset, set_cells, write


@pytest.fixture(scope="module")
def data() -> engagements.Data:
    return engagements.load()


def test_sqlite_has_every_key_and_row(data: engagements.Data, tmp_path: Path) -> None:
    database = write_sqlite(data, tmp_path / "engagements.db")
    connection = sqlite3.connect(database)
    for table in tables():
        keys = [r[5] for r in connection.execute(f"PRAGMA table_info({table.name})") if r[5]]
        assert len(keys) == len(table.primary_key), table.name
        references = {(r[3], r[2]) for r in connection.execute(f"PRAGMA foreign_key_list({table.name})")}
        assert references == set(table.foreign_keys), table.name
        count = connection.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
        assert count == data.tables[table.name].height, table.name
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    indexed = {
        r[0]
        for r in connection.execute(
            "SELECT tbl_name || '.' || sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        )
    }
    assert any(i.startswith("evidence.") and '"subject_id"' in i for i in indexed)
    # a country `NA` stays text, arrays are JSON that SQLite reads
    topics = connection.execute("SELECT count(*) FROM meetings, json_each(meetings.topics)").fetchone()[0]
    assert topics == sum(len(t) for t in data.tables["meetings"]["topics"])


def test_sqlite_rejects_what_the_schema_rejects(data: engagements.Data, tmp_path: Path) -> None:
    connection = sqlite3.connect(write_sqlite(data, tmp_path / "e.db"))
    connection.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO meeting_articles VALUES ('mtg-x', 0, 'art-x')")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE meetings SET status = 'maybe'")


def test_datasette_serves_it(data: engagements.Data, tmp_path: Path) -> None:
    from datasette.app import Datasette

    database = write_sqlite(data, tmp_path / "engagements.db")
    metadata = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))

    async def fetch() -> tuple[Any, Any, Any]:
        datasette = Datasette([str(database)], metadata=metadata)
        await datasette.invoke_startup()
        rows = await datasette.client.get("/engagements/meeting_participants.json?_shape=array&_labels=on")
        keys = await datasette.get_database("engagements").foreign_keys_for_table("meeting_participants")
        page = await datasette.client.get("/engagements/persons")
        return rows, keys, page

    rows, keys, page = asyncio.run(fetch())
    assert rows.status_code == 200 and page.status_code == 200
    labelled = [r["person_id"] for r in rows.json() if r["person_id"]]
    names = dict(data.tables["persons"].select("id", "name").iter_rows())
    assert all(item["label"] == names[item["value"]] for item in labelled)
    assert {k["other_table"] for k in keys} == {"meetings", "persons", "organisations"}
    described = metadata["databases"]["engagements"]["tables"]["persons"]["description"]
    assert described in page.text and data.tables["persons"]["name"][0] in page.text


def test_parquet_types_and_rows(data: engagements.Data, tmp_path: Path) -> None:
    files = write_parquet(data, tmp_path / "parquet")
    for table, path in zip(tables(), files, strict=True):
        back = pl.read_parquet(path)
        assert back.equals(data.tables[table.name]), table.name
        assert back.schema == data.tables[table.name].schema
    import pyarrow.parquet as pq

    schema = pq.read_schema(tmp_path / "parquet" / "meetings.parquet")
    assert str(schema.field("date").type) in ("string", "large_string")
    assert str(schema.field("topics").type).startswith(("list", "large_list"))


def test_exports_are_byte_identical(tmp_path: Path) -> None:
    data = engagements.load(write(sample_dataset(), tmp_path))
    first = write_sqlite(data, tmp_path / "a" / "e.db").read_bytes()
    assert write_sqlite(data, tmp_path / "b" / "e.db").read_bytes() == first
    one = [p.read_bytes() for p in write_parquet(data, tmp_path / "p1")]
    assert [p.read_bytes() for p in write_parquet(data, tmp_path / "p2")] == one


def test_cli_export_and_its_failures(tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(main, ["export", "--to", "sqlite", "-o", str(tmp_path / "e.db")])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "metadata.json").is_file()
    bad = write(sample_dataset(), tmp_path / "bad")
    set_cells(bad, "persons", 2, {"country": "ZZ"})
    refused = runner.invoke(main, ["export", str(bad), "--to", "parquet", "-o", str(tmp_path / "pq")])
    assert refused.exit_code == 2 and "enum_mismatch" in refused.output
    assert not (tmp_path / "pq").exists()
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine", encoding="utf-8")
    kept = runner.invoke(main, ["export", "--to", "parquet", "-o", str(tmp_path / "taken")])
    assert kept.exit_code == 2 and (tmp_path / "taken" / "notes.txt").exists()
