"""Compare a committed package with a rebuild: which file, row and cell differ.

Generated files are never edited by hand; when one differs from what `engagements convert`
builds, the report says where, row by row for CSV tables (keyed by the primary key) and by
first differing line for the other files, so a reviewer sees exactly what was changed.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..files import FileRefused, read_limited
from ..package.read import MAX_TABLE_BYTES  # importing read lifts csv's 131,072-character field limit
from ..package.tables import tables
from ..report import Report

FIX = "run `engagements convert` on the sources and commit the result; never edit generated files"
Row = tuple[int, int, dict[str, str]]
"""(row number as frictionless counts it, first physical line, cells by column)."""


def compare_package(package: Path, expected: dict[str, str], shown: str, report: Report) -> None:
    """Add an issue for every difference between `package` on disk and the `expected` files."""
    keys = {table.file: table.primary_key for table in tables()}
    present = (  # links and special files too: whatever is there and is not a folder
        {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_symlink() or not p.is_dir()}
        if package.is_dir()
        else set()
    )
    for name in sorted(present - set(expected)):
        report.add(
            "rebuild_extra_file", f"convert does not build this file; remove it ({FIX})", f"{shown}/{name}"
        )
    for name, text in sorted(expected.items()):
        path = package / name
        where = f"{shown}/{name}"
        if name not in present:
            report.add(
                "rebuild_missing_file", f"convert builds this file but it is not committed; {FIX}", where
            )
            continue
        try:
            committed = read_limited(path, MAX_TABLE_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            report.add("rebuild_file_differs", f"not the UTF-8 text convert builds; {FIX}", where)
            continue
        except (FileRefused, OSError) as error:
            reason = error.message if isinstance(error, FileRefused) else error.strerror
            report.add("rebuild_file_differs", f"cannot be read as a file ({reason}); {FIX}", where)
            continue
        if committed == text:
            continue
        if name in keys and _compare_rows(committed, text, keys[name], where, report):
            continue
        line = _first_difference(committed, text)
        report.add(
            "rebuild_file_differs", f"differs from the rebuild from line {line}; {FIX}", where, line=line
        )


def _rows(text: str) -> tuple[list[str], list[Row]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    rows: list[Row] = []
    line = reader.line_num
    for number, cells in enumerate(reader, start=2):
        rows.append((number, line + 1, dict(zip(header, cells, strict=False))))
        line = reader.line_num
    return header, rows


def _compare_rows(committed: str, expected: str, key: tuple[str, ...], where: str, report: Report) -> bool:
    """Report row and cell differences; False when the files differ in a way rows cannot show."""
    try:
        header, rows = _rows(committed)
        expected_header, expected_rows = _rows(expected)
    except csv.Error:
        return False
    if header != expected_header:
        return False
    before = len(report.issues)
    built = {tuple(r[2].get(k, "") for k in key): r for r in expected_rows}
    kept = {tuple(r[2].get(k, "") for k in key): r for r in rows}
    for row_key, (number, line, cells) in kept.items():
        shown_key = "/".join(row_key)
        if row_key not in built:
            report.add(
                "rebuild_extra_row",
                f"row {shown_key} is not built by convert; {FIX}",
                where,
                number,
                None,
                line,
            )
            continue
        for column in header:
            have, want = cells.get(column, ""), built[row_key][2].get(column, "")
            if have != want:
                report.add(
                    "rebuild_cell_differs",
                    f"{shown_key}: committed {_short(have)}, convert builds {_short(want)}; {FIX}",
                    where,
                    number,
                    column,
                    line,
                )
    for row_key in built.keys() - kept.keys():
        report.add(
            "rebuild_missing_row", f"row {'/'.join(row_key)} is built by convert but missing; {FIX}", where
        )
    return len(report.issues) > before


def _first_difference(a: str, b: str) -> int:
    for number, (x, y) in enumerate(zip(a.split("\n"), b.split("\n"), strict=False), start=1):
        if x != y:
            return number
    return min(a.count("\n"), b.count("\n")) + 1


def _short(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")
