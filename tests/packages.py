"""Helpers to write a package and then break one thing in it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from engagements.models import Dataset
from engagements.package.write import write_package
from engagements.report import Report


def write(dataset: Dataset, root: Path) -> Path:
    out = root / "pkg"
    write_package(dataset, out)
    return out


def set_cells(package: Path, table: str, row: int, values: dict[str, str]) -> None:
    """Overwrite cells of data row `row` (header = row 1) of a table's CSV."""
    path = package / "data" / f"{table}.csv"
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    header = records[0]
    for name, value in values.items():
        records[row - 1][header.index(name)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(records)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def found(report: Report) -> set[tuple[str, int | None, str | None, str]]:
    """What a report found, without the prose: (file, row, field, code)."""
    return {(i.location.file, i.location.row, i.location.field, i.code) for i in report.issues}
