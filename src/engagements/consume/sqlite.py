"""The package as one SQLite database, typed and keyed from the same table definitions as the CSVs.

Every table gets its declared column types, NOT NULL for required columns, its primary key,
CHECK constraints for enums, and a FOREIGN KEY per reference, with an index on each. Array
cells stay JSON text (SQLite's `json_each` reads them). `metadata.json` beside the database
describes every table and column for datasette.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from ..package.rows import to_cell
from ..package.schema import descriptor
from ..package.tables import Column, Table, tables
from ..placing import write_atomically
from .load import Data

SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "array": "TEXT"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_sql(column: Column) -> str:
    parts = [_quote(column.name), SQL_TYPES[column.type]]
    if column.required:
        parts.append("NOT NULL")
    if column.enum:
        values = ", ".join("'" + v.replace("'", "''") + "'" for v in column.enum)
        parts.append(f"CHECK ({_quote(column.name)} IN ({values}))")
    if column.type == "array":
        parts.append(f"CHECK ({_quote(column.name)} IS NULL OR json_valid({_quote(column.name)}))")
    return " ".join(parts)


def create_table(table: Table) -> str:
    """`CREATE TABLE` for one table: types, NOT NULL, enums, primary and foreign keys."""
    lines = [_column_sql(c) for c in table.columns]
    lines.append(f"PRIMARY KEY ({', '.join(_quote(k) for k in table.primary_key)})")
    for column, target in table.foreign_keys:
        lines.append(f"FOREIGN KEY ({_quote(column)}) REFERENCES {_quote(target)} ({_quote('id')})")
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {_quote(table.name)} (\n  {body}\n) STRICT"


def create_indexes(table: Table) -> list[str]:
    """An index on every column that refers to another record (foreign keys, evidence subjects)."""
    columns = [
        c.name for c in table.columns if (c.references or c.subject) and c.name not in table.primary_key
    ]
    return [
        f"CREATE INDEX {_quote(f'{table.name}_{c}')} ON {_quote(table.name)} ({_quote(c)})" for c in columns
    ]


def _rows(data: Data, table: Table) -> list[tuple[Any, ...]]:
    frame = data.tables[table.name]
    arrays = {c.name for c in table.columns if c.type == "array"}
    names = [c.name for c in table.columns]
    return [
        tuple(
            to_cell(v) if n in arrays and v else (None if n in arrays else v)
            for n, v in zip(names, row, strict=True)
        )
        for row in frame.select(names).iter_rows()
    ]


def write_sqlite(data: Data, out: Path) -> Path:
    """Write `out` (replaced atomically) and `metadata.json` beside it; returns the database path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        with connection:
            for table in tables():
                connection.execute(create_table(table))
                for statement in create_indexes(table):
                    connection.execute(statement)
            for table in tables():
                marks = ", ".join("?" for _ in table.columns)
                connection.executemany(
                    f"INSERT INTO {_quote(table.name)} VALUES ({marks})", _rows(data, table)
                )
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        connection.execute("VACUUM")
        connection.close()
        if broken:
            raise ValueError(f"dangling references in the export: {broken[:5]}")
        metadata = json.dumps(datasette_metadata(out.stem), ensure_ascii=False, indent=2) + "\n"
        write_atomically(out.parent / "metadata.json", metadata.encode("utf-8"))
        os.chmod(out.parent / "metadata.json", 0o644)
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out


def datasette_metadata(database: str) -> dict[str, Any]:
    """datasette's `metadata.json` for `database` (the file's stem): licence, tables, columns described."""
    package = descriptor([])
    licence = package["licenses"][0]
    described: dict[str, Any] = {}
    for table in tables():
        entry: dict[str, Any] = {
            "description": (table.model.__doc__ or "").strip().splitlines()[0],
            "columns": {c.name: c.description for c in table.columns},
        }
        if "name" in (c.name for c in table.columns) and "id" in table.primary_key:
            entry["label_column"] = "name"
        described[table.name] = entry
    return {
        "title": package["title"],
        "description": package["description"],
        "license": licence["name"],
        "license_url": licence["path"],
        "databases": {database: {"tables": described}},
    }
