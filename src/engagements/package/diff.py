"""What changed between two releases of the dataset: records added, removed, changed, merged.

Both packages are read from their nested JSON (`engagements.json`) as plain records, so any
two releases compare, whatever their schema versions. Records are matched by id; a changed
record lists each field that differs. An id that disappears while the new release redirects
it is reported as merged (where a saved id now leads), not as removed. Texts of articles are
not repeated: an article's id is its text's checksum.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EngagementsError
from ..files import FileRefused, read_limited
from .descriptor import locate_descriptor
from .version import DESCRIPTOR_LIMIT, version_of
from .write import JSON_FILE

RECORD_TABLES = ("articles", "persons", "organisations", "meetings", "exercises")
"""Tables whose changes are listed record by record; the others are counted."""


@dataclass
class TableDiff:
    """One table's changes: ids added and removed, and for changed records each field (old, new)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    """Old id -> new id of a record that only its id scheme changed (same name, or same
    articles, date and place): not a removal and an addition. Its field changes are in `changed`
    under the new id."""

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.renamed)


@dataclass
class DatasetDiff:
    """Output of `diff`: versions, each table's changes, and the ids that now redirect."""

    old_version: str | None
    new_version: str | None
    tables: dict[str, TableDiff] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)
    """Ids of OLD records that NEW redirects: old id -> the record it now leads to."""
    columns: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    """CSV file -> (columns added, columns removed), from the descriptors; a new file adds all."""

    @property
    def empty(self) -> bool:
        return all(t.empty for t in self.tables.values()) and not self.merged and not self.columns

    def to_dict(self) -> dict[str, Any]:
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "tables": {
                name: {
                    "added": t.added,
                    "removed": t.removed,
                    "changed": {
                        record: {f: {"old": old, "new": new} for f, (old, new) in fields.items()}
                        for record, fields in t.changed.items()
                    },
                    "renamed": t.renamed,
                }
                for name, t in self.tables.items()
            },
            "merged": self.merged,
            "columns": {name: {"added": a, "removed": r} for name, (a, r) in self.columns.items()},
        }


JSON_LIMIT = 4 * 1024**3
"""Bytes of `engagements.json` read to compare two releases."""


def read_columns(path: Path) -> dict[str, list[str]]:
    """CSV file -> its columns, as the package's descriptor declares them (empty if it cannot say)."""
    descriptor = locate_descriptor(path)
    try:
        resources = (
            json.loads(read_limited(descriptor, DESCRIPTOR_LIMIT)).get("resources", []) if descriptor else []
        )
        return {
            str(r["path"]): [str(f["name"]) for f in r.get("schema", {}).get("fields", [])]
            for r in resources
            if isinstance(r, dict) and "path" in r
        }
    except (OSError, ValueError, AttributeError, TypeError, KeyError, RecursionError, FileRefused):
        return {}


def read_records(path: Path) -> tuple[str | None, dict[str, list[dict[str, Any]]]]:
    """(dataset version, records by table) of the package at `path`; raises EngagementsError."""
    descriptor = locate_descriptor(path)
    if descriptor is None:
        raise EngagementsError(
            f"no datapackage.json at {path}; pass a package folder or its datapackage.json"
        )
    nested = descriptor.parent / JSON_FILE
    try:
        data = json.loads(read_limited(nested, JSON_LIMIT))
    except (OSError, ValueError, RecursionError) as error:
        raise EngagementsError(f"cannot read {nested}: {error}") from None
    except FileRefused as refused:
        raise EngagementsError(f"cannot read {nested}: {refused.message}") from None
    if not isinstance(data, dict):
        raise EngagementsError(f"{nested} is not a JSON object of tables")
    tables = {name: rows for name, rows in data.items() if isinstance(rows, list)}
    return version_of(descriptor.parent), tables


def diff(old: Path, new: Path) -> DatasetDiff:
    """Every difference between the packages at `old` and `new`."""
    old_version, before = read_records(old)
    new_version, after = read_records(new)
    result = DatasetDiff(old_version, new_version)
    for name in sorted(set(before) | set(after), key=_table_order):
        result.tables[name] = _table_diff(name, before.get(name, []), after.get(name, []))
    old_columns, new_columns = read_columns(old), read_columns(new)
    for name in sorted(old_columns.keys() | new_columns.keys()):
        was, now = old_columns.get(name, []), new_columns.get(name, [])
        if set(was) != set(now):
            result.columns[name] = ([c for c in now if c not in was], [c for c in was if c not in now])
    redirects = {r.get("id"): r.get("target_id") for r in after.get("redirects", []) if isinstance(r, dict)}
    for name in RECORD_TABLES:
        table = result.tables.get(name)
        for record in list(table.removed if table else []):
            if redirects.get(record):
                result.merged[record] = str(redirects[record])
                table.removed.remove(record)  # type: ignore[union-attr]
    return result


def _table_order(name: str) -> tuple[int, str]:
    return (RECORD_TABLES.index(name) if name in RECORD_TABLES else len(RECORD_TABLES), name)


def _table_diff(name: str, before: list[Any], after: list[Any]) -> TableDiff:
    old = {r["id"]: r for r in before if isinstance(r, dict) and "id" in r}
    new = {r["id"]: r for r in after if isinstance(r, dict) and "id" in r}
    table = TableDiff(added=sorted(new.keys() - old.keys()), removed=sorted(old.keys() - new.keys()))
    if name in SIGNATURES:
        table.renamed = _renamed(
            SIGNATURES[name], [old[r] for r in table.removed], [new[r] for r in table.added]
        )
        table.removed = [r for r in table.removed if r not in table.renamed]
        table.added = [r for r in table.added if r not in table.renamed.values()]
    pairs = [(r, r) for r in old.keys() & new.keys()] + list(table.renamed.items())
    for was, now in sorted(pairs, key=lambda p: p[1]):
        fields = {
            key: (old[was].get(key), new[now].get(key))
            for key in sorted(old[was].keys() | new[now].keys())
            if old[was].get(key) != new[now].get(key) and key != "id"
        }
        if fields:
            table.changed[now] = fields
    return table


def _renamed(signature: Any, removed: list[dict[str, Any]], added: list[dict[str, Any]]) -> dict[str, str]:
    """Removed and added records with one signature each side: one record under a new id."""
    by_old: dict[str, list[str]] = {}
    by_new: dict[str, list[str]] = {}
    for records, index in ((removed, by_old), (added, by_new)):
        for record in records:
            index.setdefault(json.dumps(signature(record), sort_keys=True), []).append(record["id"])
    return {
        olds[0]: by_new[key][0]
        for key, olds in sorted(by_old.items())
        if len(olds) == 1 and len(by_new.get(key, [])) == 1
    }


SIGNATURES: dict[str, Any] = {
    "persons": lambda r: r.get("name"),
    "organisations": lambda r: [r.get("name"), r.get("country")],
    "meetings": lambda r: [
        sorted(r.get("articles") or []),
        r.get("date_text"),
        (r.get("place") or {}).get("name"),
    ],
    "exercises": lambda r: [r.get("name"), r.get("edition"), sorted(r.get("articles") or [])],
}
"""What identifies a record when its id changed scheme (`mtg-<article>-000` to content ids)."""
