"""A dataset diff for people: text for a terminal, Markdown for the data changelog of a release.

Record tables (articles, persons, organisations, meetings, exercises) are listed record by
record; the others (evidence, child rows, judgements, ...) are counted, as their rows follow
from the records. JSON (`DatasetDiff.to_dict`) holds everything.
"""

from __future__ import annotations

import json
from typing import Any

from ..models.types import ID_PREFIXES
from .diff import RECORD_TABLES, DatasetDiff, TableDiff

WIDTH = 70
"""Characters of a value shown in a changed field."""


def _value(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= WIDTH else shown[: WIDTH - 1] + "…"


def _counts(table: TableDiff) -> str:
    parts = [f"{len(table.added)} added", f"{len(table.removed)} removed", f"{len(table.changed)} changed"]
    if table.renamed:
        parts.append(f"{len(table.renamed)} with a new id")
    return ", ".join(parts)


def _versions(result: DatasetDiff) -> str:
    return f"{result.old_version or 'unversioned'} -> {result.new_version or 'unversioned'}"


def text(result: DatasetDiff) -> str:
    """One line per table, then each record added (+), removed (-), merged (>), renamed (=), changed (~)."""
    lines = [f"dataset {_versions(result)}" + (": no differences" if result.empty else "")]
    for name, (added, removed) in result.columns.items():
        lines.append(
            f"{name}: columns" + "".join(f" +{c}" for c in added) + "".join(f" -{c}" for c in removed)
        )
    for name, table in result.tables.items():
        if table.empty:
            continue
        lines.append(f"{name}: {_counts(table)}")
        if name not in RECORD_TABLES:
            continue
        lines += [f"  + {r}" for r in table.added]
        lines += [f"  - {r}" for r in table.removed]
        lines += [f"  > {old} merged into {new}" for old, new in result.merged.items() if _in(old, name)]
        lines += [f"  = {old} is now {new}" for old, new in table.renamed.items()]
        for record, fields in table.changed.items():
            lines.append(f"  ~ {record}")
            lines += [f"      {f}: {_value(old)} -> {_value(new)}" for f, (old, new) in fields.items()]
    return "\n".join(lines)


def markdown(result: DatasetDiff) -> str:
    """A section of the data changelog (`datasets/CHANGELOG.md`) for the release `result` leads to."""
    lines = [
        f"## {result.new_version or 'Unreleased'}",
        "",
        f"Compared with {result.old_version or 'nothing'}.",
    ]
    if result.columns:
        lines += ["", "Files and columns:", ""]
        for name, (added, removed) in result.columns.items():
            columns = [f"+`{c}`" for c in added] + [f"−`{c}`" for c in removed]
            lines.append(f"- `{name}`: {', '.join(columns)}")
    lines += ["", "| table | added | removed | merged | new id | changed |", "|---|---|---|---|---|---|"]
    for name, table in result.tables.items():
        merged = sum(1 for old in result.merged if _in(old, name))
        if table.empty and not merged:
            continue
        row = (len(table.added), len(table.removed), merged, len(table.renamed), len(table.changed))
        lines.append(f"| {name} | " + " | ".join(map(str, row)) + " |")
    for name, table in result.tables.items():
        if name not in RECORD_TABLES or table.empty:
            continue
        lines += ["", f"### {name}", ""]
        lines += [f"- added `{r}`" for r in table.added]
        lines += [f"- removed `{r}`" for r in table.removed]
        lines += [f"- `{old}` merged into `{new}`" for old, new in result.merged.items() if _in(old, name)]
        lines += [f"- `{old}` is now `{new}`" for old, new in table.renamed.items()]
        for record, fields in table.changed.items():
            changes = "; ".join(f"{f}: {_value(old)} → {_value(new)}" for f, (old, new) in fields.items())
            lines.append(f"- `{record}`: {changes}")
    return "\n".join(lines) + "\n"


def _in(record: str, table: str) -> bool:
    return record.split("-", 1)[0] == ID_PREFIXES.get(table)
