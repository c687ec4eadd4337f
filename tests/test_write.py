"""Writing a package in pieces: the same bytes as rendering it whole, and staging apart from
validation so that a caller can free the records first."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given

from engagements.errors import OutputError
from engagements.models import Dataset
from engagements.package.rows import dataset_to_rows, to_cell
from engagements.package.tables import tables
from engagements.package.validate import validate_package
from engagements.package.write import JSON_FILE, csv_chunks, json_chunks, render, stage_package
from engagements.report import Report
from packages import sample_dataset
from strategies import datasets


@given(datasets())
def test_the_json_written_record_by_record_is_the_whole_dump(dataset: Dataset) -> None:
    assert "".join(json_chunks(dataset)) == dataset.model_dump_json(indent=2) + "\n"


@given(datasets())
def test_the_csv_written_in_pieces_is_the_whole_table(dataset: Dataset) -> None:
    rows = dataset_to_rows(dataset.sorted())
    for table in tables():
        columns = [c.name for c in table.columns]
        whole = io.StringIO()
        writer = csv.writer(whole, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([to_cell(row.get(c)) for c in columns] for row in rows[table.name])
        pieces = list(csv_chunks(columns, rows[table.name], size=1))
        assert "".join(pieces) == whole.getvalue()
        assert len(pieces) == len(rows[table.name]) + 1  # one piece per row, then what is left


def test_long_rows_go_in_pieces_of_bounded_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles' texts: a piece ends once it holds `PIECE_CHARACTERS`, whatever the row count."""
    from engagements.package import write

    monkeypatch.setattr(write, "PIECE_CHARACTERS", 100)
    rows = [{"id": f"art-{n}", "text": "é" * 60 + "\n" + "x" * n} for n in range(10)]
    pieces = list(csv_chunks(["id", "text"], rows))
    assert "".join(pieces) == "".join(csv_chunks(["id", "text"], rows, size=1))
    assert len(pieces) == 6 and all(len(piece) < 100 + 80 for piece in pieces)


def test_a_staged_package_is_not_in_place_until_finished(tmp_path: Path) -> None:
    dataset = sample_dataset()
    out = tmp_path / "pkg"
    staged = stage_package(dataset, out)
    assert not out.exists()
    assert (staged.tmp / JSON_FILE).read_text(encoding="utf-8") == render(dataset)[JSON_FILE]
    report = staged.finish(validate_package)
    assert report is not None and report.valid and report.path == str(out)
    assert not staged.tmp.exists()
    for name, text in render(dataset).items():
        assert (out / name).read_text(encoding="utf-8") == text


def test_a_staged_package_that_fails_its_check_is_removed_and_nothing_replaced(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    stage_package(sample_dataset(), out).finish()
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def refuse(path: Path) -> Report:
        report = Report(str(path))
        report.add("example", "refused for the test", "x.csv")
        return report

    staged = stage_package(sample_dataset().model_copy(update={"reviews": []}), out)
    with pytest.raises(OutputError, match="invalid, nothing was written"):
        staged.finish(refuse)
    assert not staged.tmp.exists()
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
