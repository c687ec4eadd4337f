"""Agreement with frictionless-py: it accepts what we write and sees the same rows on its faults."""

from __future__ import annotations

from pathlib import Path

import pytest
from frictionless import Package, system

from engagements.package.validate import validate_package
from packages import sample_dataset, set_cells, write

FRICTIONLESS_TYPES = {"type-error", "constraint-error", "primary-key", "foreign-key"}


def frictionless_rows(package: Path) -> set[tuple[str, int]]:
    with system.use_context(trusted=False):
        report = Package(str(package / "datapackage.json")).validate()
    rows = set()
    for task in report.tasks:
        for error in task.errors:
            assert error.type in FRICTIONLESS_TYPES, error.message
            rows.add((task.place, error.row_number))
    return rows


def test_frictionless_accepts_the_converted_package(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    with system.use_context(trusted=False):
        report = Package(str(package / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "message"])


@pytest.mark.parametrize(
    ("table", "row", "cells"),
    [
        ("evidence", 2, {"start": "three"}),  # type
        ("meetings", 2, {"status": "maybe"}),  # enum
        ("persons", 3, {"id": "per-1"}),  # duplicate key
        ("meeting_articles", 2, {"article_id": "art-9"}),  # dangling foreign key
        ("organisations", 2, {"kind": "army"}),  # enum
    ],
)
def test_same_rows_as_frictionless_on_its_faults(
    table: str, row: int, cells: dict[str, str], tmp_path: Path
) -> None:
    package = write(sample_dataset(), tmp_path)
    set_cells(package, table, row, cells)
    ours = {(i.location.file, i.location.row) for i in validate_package(package).issues}
    assert ours == frictionless_rows(package) == {(f"data/{table}.csv", row)}


def test_frictionless_accepts_the_published_package() -> None:
    published = Path(__file__).resolve().parent.parent / "datasets" / "engagements" / "datapackage.json"
    with system.use_context(trusted=False):
        report = Package(str(published)).validate()
    assert report.valid, report.flatten(["type", "message"])
