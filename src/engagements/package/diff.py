"""What changed between two releases of the dataset: records added, removed, changed, merged.

Both packages are read from their nested JSON (`engagements.json`) as plain records, so any
two releases compare, whatever their schema versions; a record at a time, into a scratch store
on disk, so two releases of an archive compare in bounded memory. Records are matched by id; a
changed record lists each field that differs. An id that disappears while the new release
redirects it is reported as merged (where a saved id now leads), not as removed. Texts of
articles are not repeated: an article's id is its text's checksum.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EngagementsError
from ..files import FileRefused, read_limited
from ..process import can_fork_alone, running_beside
from .descriptor import locate_descriptor
from .json_stream import JsonStreamError, Table, read_tables
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


JSON_LIMIT = 1 << 40
"""Bytes of an `engagements.json` a diff reads: a record at a time, so only a bound (1 TiB)."""


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


SIDES = ("old", "new")
"""The two releases, as the scratch store names their databases."""
BATCH = 5_000
"""Records written to the scratch store at a time."""


def diff(
    old: Path, new: Path, scratch: Path | None = None, tell: Callable[[str], object] | None = None
) -> DatasetDiff:
    """Every difference between the packages at `old` and `new`.

    Both `engagements.json` files are read a record at a time into scratch SQLite files (in
    `scratch`, else the system's temporary folder; about 1.4 times the two files together,
    removed at the end), which the comparison then queries table by table: memory holds the
    records that differ, not the releases (`json.loads` of both took 3.6 times their size).
    `tell` hears each step (reading a release takes about a minute per 100,000 articles)."""
    nested = dict(zip(SIDES, (nested_json(old), nested_json(new)), strict=True))
    tell = tell or (lambda step: None)
    with tempfile.TemporaryDirectory(prefix="engagements-diff-", dir=scratch) as folder:
        files = {side: Path(folder) / f"{side}.sqlite" for side in SIDES}
        tables = _store_both(nested, files, tell)
        try:
            store = sqlite3.connect(":memory:")
            try:
                for side in SIDES:
                    store.execute(f"ATTACH DATABASE ? AS {side}", (str(files[side]),))
                result = _compare(store, tables, tell)
            finally:
                store.close()
        except sqlite3.Error as error:
            raise _scratch_problem(Path(folder), error) from None
    result.old_version = version_of(nested["old"].parent)
    result.new_version = version_of(nested["new"].parent)
    old_columns, new_columns = read_columns(old), read_columns(new)
    for name in sorted(old_columns.keys() | new_columns.keys()):
        was, now = old_columns.get(name, []), new_columns.get(name, [])
        if set(was) != set(now):
            result.columns[name] = ([c for c in now if c not in was], [c for c in was if c not in now])
    return result


def _scratch_problem(folder: Path, error: sqlite3.Error) -> EngagementsError:
    return EngagementsError(
        f"cannot compare the releases in the scratch folder {folder}: {error}; "
        "it needs free space of about 1.4 times the two engagements.json files "
        "(set TMPDIR to a folder with more)"
    )


def _key(text: str) -> bytes:
    """A table name or id as the scratch store keeps it: UTF-8 bytes, half surrogate pairs
    included (JSON can write them; SQLite's text cannot hold them). Byte order is code point
    order, which is Python's order of strings."""
    return text.encode("utf-8", "surrogatepass")


def _text(key: bytes) -> str:
    return key.decode("utf-8", "surrogatepass")


def nested_json(path: Path) -> Path:
    """The `engagements.json` beside the package's descriptor at `path`; raises EngagementsError."""
    descriptor = locate_descriptor(path)
    if descriptor is None:
        raise EngagementsError(
            f"no datapackage.json at {path}; pass a package folder or its datapackage.json"
        )
    return descriptor.parent / JSON_FILE


def _store_both(
    nested: dict[str, Path], files: dict[str, Path], tell: Callable[[str], object]
) -> dict[str, set[str]]:
    """Each release into its own file; the names of each one's tables. Reading is most of a
    diff's time, so on Linux a forked process reads the old release while this one reads the
    new (20,000 articles: 15 s one after the other); elsewhere one after the other, as when the
    caller has threads (a fork copies them half-way)."""
    tell(f"reading {nested['old']} and {nested['new']}")
    if not can_fork_alone():
        return {side: _store_records(nested[side], files[side]) for side in SIDES}
    with running_beside(lambda: _store_records(nested["old"], files["old"])) as old:
        new = _store_records(nested["new"], files["new"])
        return {"old": old(), "new": new}


def _compare(
    store: sqlite3.Connection, tables: dict[str, set[str]], tell: Callable[[str], object]
) -> DatasetDiff:
    result = DatasetDiff(None, None)
    for name in sorted(tables["old"] | tables["new"], key=_table_order):
        tell(f"comparing {name}")
        result.tables[name] = _table_diff(store, name)
    redirects = {
        record.get("id"): record.get("target_id")
        for (body,) in store.execute("SELECT body FROM new.records WHERE tbl = ?", (_key("redirects"),))
        if isinstance(record := json.loads(body), dict)
    }
    for name in RECORD_TABLES:
        table = result.tables.get(name)
        if table is None:
            continue
        merged = [record for record in table.removed if redirects.get(record)]
        for record in merged:
            result.merged[record] = str(redirects[record])
        if merged:
            table.removed = [record for record in table.removed if record not in result.merged]
    return result


def _store_records(nested: Path, file: Path) -> set[str]:
    """Write the records of `nested` (those with a text id) to a new SQLite file; the names of
    its tables. As with `json.loads`, a name given twice is what its last value says."""
    tables: set[str] = set()
    named: set[str] = set()
    batch: list[tuple[bytes, bytes, str]] = []
    insert = "INSERT OR REPLACE INTO records VALUES (?, ?, ?)"  # an id twice: the last wins
    store: sqlite3.Connection | None = None
    try:
        store = sqlite3.connect(file)
        store.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE records (tbl BLOB, id BLOB, body TEXT);
            CREATE UNIQUE INDEX records_key ON records (tbl, id);
            """
        )
        for item in read_tables(nested, JSON_LIMIT):
            if isinstance(item, Table):
                store.executemany(insert, batch)
                batch.clear()
                if item.name in named:
                    store.execute("DELETE FROM records WHERE tbl = ?", (_key(item.name),))
                named.add(item.name)
                (tables.add if item.array else tables.discard)(item.name)
            elif isinstance(item.value, dict) and isinstance(item.value.get("id"), str):
                batch.append((_key(item.table), _key(item.value["id"]), item.text))
                if len(batch) >= BATCH:
                    store.executemany(insert, batch)
                    batch.clear()
        store.executemany(insert, batch)
        store.commit()
    except (OSError, JsonStreamError, UnicodeDecodeError) as error:
        raise EngagementsError(f"cannot read {nested}: {error}") from None
    except FileRefused as refused:
        raise EngagementsError(f"cannot read {nested}: {refused.message}") from None
    except sqlite3.Error as error:  # here, not in the caller: in the forked reader, no traceback
        raise _scratch_problem(file.parent, error) from None
    finally:
        if store is not None:
            store.close()
    return tables


def _table_order(name: str) -> tuple[int, str]:
    return (RECORD_TABLES.index(name) if name in RECORD_TABLES else len(RECORD_TABLES), name)


_ONLY_ON = """
    SELECT a.id{body} FROM {one}.records a WHERE a.tbl = ? AND NOT EXISTS
    (SELECT 1 FROM {other}.records b WHERE b.tbl = a.tbl AND b.id = a.id)
"""
_BOTH_DIFFERING = """
    SELECT o.id, o.body, n.body FROM old.records o JOIN new.records n ON n.tbl = o.tbl AND n.id = o.id
    WHERE o.tbl = ? AND o.body != n.body ORDER BY o.id
"""
_RECORD = "SELECT body FROM {side}.records WHERE tbl = ? AND id = ?"


def _table_diff(store: sqlite3.Connection, name: str) -> TableDiff:
    """One table's changes. Records whose texts are equal are equal; those whose texts differ
    are read and compared field by field as they come, in id order (a text can differ by its
    layout alone: a release written with another indentation differs in every record's text,
    and only differing fields are kept). Memory holds ids and signatures, not records."""
    table_key = _key(name)
    signature = SIGNATURES.get(name)
    body = ", a.body" if signature else ""
    removed: dict[str, str | None] = {}
    added: dict[str, str | None] = {}
    for one, other, found in (("old", "new", removed), ("new", "old", added)):
        for row in store.execute(_ONLY_ON.format(body=body, one=one, other=other), (table_key,)):
            found[_text(row[0])] = _signed(signature, json.loads(row[1])) if signature else None
    table = TableDiff(added=sorted(added), removed=sorted(removed))
    if signature:
        table.renamed = _renamed(removed, added)
        table.removed = [r for r in table.removed if r not in table.renamed]
        table.added = [r for r in table.added if r not in table.renamed.values()]
    differing = (
        (_text(now), json.loads(was_body), json.loads(now_body))
        for now, was_body, now_body in store.execute(_BOTH_DIFFERING, (table_key,))
    )
    renamed = (  # read as merged: an id scheme's change renames every record
        (now, _record(store, "old", table_key, was), _record(store, "new", table_key, now))
        for was, now in sorted(table.renamed.items(), key=lambda pair: pair[1])
    )
    for now, was_record, now_record in heapq.merge(differing, renamed, key=lambda pair: pair[0]):
        fields = {
            key: (was_record.get(key), now_record.get(key))
            for key in sorted(was_record.keys() | now_record.keys())
            if was_record.get(key) != now_record.get(key) and key != "id"
        }
        if fields:
            table.changed[now] = fields
    return table


def _record(store: sqlite3.Connection, side: str, table_key: bytes, id: str) -> Any:
    (body,) = store.execute(_RECORD.format(side=side), (table_key, _key(id))).fetchone()
    return json.loads(body)


def _signed(signature: Any, record: dict[str, Any]) -> str | None:
    """The record's signature as text, or None when its fields do not make one (a place that is
    not an object, articles of mixed types): such a record is never taken as renamed."""
    try:
        return json.dumps(signature(record), sort_keys=True)
    except (TypeError, AttributeError, ValueError):
        return None


def _renamed(removed: dict[str, str | None], added: dict[str, str | None]) -> dict[str, str]:
    """Removed and added records (id -> signature) with one signature each side: one record
    under a new id."""
    by_old: dict[str, list[str]] = {}
    by_new: dict[str, list[str]] = {}
    for records, index in ((removed, by_old), (added, by_new)):
        for id, signed in records.items():
            if signed is not None:
                index.setdefault(signed, []).append(id)
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
