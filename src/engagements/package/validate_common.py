"""What both validation engines share: issue collection with locations, and table-level checks.

Table-level checks (primary and foreign keys, minimum child rows, evidence spans) work on whole
frames and run the same whatever engine checked the cells, skipping cells that engine rejected.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

import polars as pl

from ..models.constants import ID_PREFIXES
from ..models.rules import RowRule
from ..report import MAX_ISSUES, Report
from .identity import check_identity
from .read import ROW_COLUMN, TableFile, start_lines
from .spec import SINGULAR, Table, top_level
from .support import check_support

if TYPE_CHECKING:
    from .texts import ArticleTexts

T = TypeVar("T")


def rule_message(rule: RowRule, typed: dict[str, Any]) -> str:
    return rule.broken(typed) or rule.code


@dataclass
class Found:
    """Issues as found, by file; line numbers are filled in once, at the end."""

    report: Report
    by_file: dict[str, list[tuple[str, str, int, str | None]]] = field(default_factory=dict)
    files: dict[str, TableFile] = field(default_factory=dict)
    pending: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, tf: TableFile, code: str, message: str, row: int, column: str | None) -> None:
        with self.lock:  # tables are checked on two threads
            if len(self.report.issues) + self.pending >= MAX_ISSUES:
                self.report.omitted[code] += 1  # counted, not kept: see report.MAX_ISSUES
                return
            self.pending += 1
            self.files[tf.file] = tf
            self.by_file.setdefault(tf.file, []).append((code, message, row, column))

    def flush(self) -> None:
        for name, items in self.by_file.items():
            lines = start_lines(self.files[name], [item[2] for item in items])
            for code, message, row, column in items:
                self.report.add(code, message, name, row=row, field=column, line=lines[row])
        self.by_file.clear()
        self.pending = 0


@dataclass
class Frames:
    """The checked frames of a package, and where each engine found cell issues."""

    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    files: dict[str, TableFile] = field(default_factory=dict)
    bad: dict[str, dict[str, pl.Series]] = field(default_factory=dict)
    """Table -> column -> positions of rows whose cell the engine rejected."""
    streamed: dict[str, Callable[[], Iterator[pl.DataFrame]]] = field(default_factory=dict)
    """Tables checked in pieces and not held (`stream.py`) -> their valid records again, in id
    order, a piece at a time (for the `engagements.json` check)."""
    out_of_order: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Tables checked in pieces whose ids do not come in order -> (their file, its size):
    comparing their JSON needs them read back whole and sorted."""
    computed: dict[str, Any] = field(default_factory=dict)
    """What checks derive from the tables held whole, kept by `shared` for every piece."""
    texts: ArticleTexts | None = None
    """The articles' texts, when on disk by id range rather than in `frames` (`texts.py`)."""

    def shared(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, once for all the pieces of a streamed table: only for values that depend
        on no streamed table (the views of its pieces share this cache, `stream.py`)."""
        if name not in self.computed:
            self.computed[name] = compute()
        return cast(T, self.computed[name])

    def valid(self, table: str, column: str) -> pl.Series:
        """True where the cell is present in the file and passed the cell checks."""
        return valid_cells(self.frames[table], self.bad[table], column)


def valid_cells(frame: pl.DataFrame, bad: dict[str, pl.Series], column: str) -> pl.Series:
    """True where the cell of `column` is present in the file and passed the cell checks (`bad`:
    column -> positions of the rows whose cell an engine rejected; a column it lacks is absent)."""
    if column not in bad:
        return pl.repeat(False, frame.height, eager=True)
    ok = frame[column].is_not_null()
    return ok.scatter(bad[column], False) if len(bad[column]) else ok


Emit = Callable[[pl.DataFrame], None]
"""Turns the rows a check query found into issues."""
Checks = Callable[["Frames", dict[str, pl.Series], "Found"], list[tuple[pl.LazyFrame, Emit]]]
"""Builds more check queries from the frames and the valid ids of each table (`evidence.py`)."""


def check_tables(frames: Frames, found: Found, more: Checks | None = None) -> None:
    """Primary keys, foreign keys, minimum child rows, and `more` (evidence) over the whole package.

    Every check is a lazy query; all are collected together so polars can run them in parallel.
    """
    ids = record_ids(frames)
    checks: list[tuple[pl.LazyFrame, Emit]] = []
    for name in frames.frames:
        checks += key_checks(frames, found, name, ids)
    if more is not None:
        checks += more(frames, ids, found)
    run_checks(checks)
    if frames.texts is not None:  # the spans' checks, where the held texts would have run them
        found.flush()
        frames.texts.check(found)
    check_identity(frames, found)
    check_support(frames, found)


def run_checks(checks: list[tuple[pl.LazyFrame, Emit]]) -> None:
    """Collect the queries together (polars runs them in parallel), then emit their issues."""
    results = pl.collect_all([query for query, _ in checks])
    for (_, emit), result in zip(checks, results, strict=True):
        emit(result)


def record_ids(frames: Frames) -> dict[str, pl.Series]:
    """Table -> the valid ids of its records: what references may name (once per package: a
    table checked in pieces has no ids that others name)."""
    return frames.shared(
        "record ids",
        lambda: {
            name: frames.frames[name].filter(frames.valid(name, "id"))["id"]
            for name in top_level()
            if name in ID_PREFIXES  # a redirect's id names no record of its own
            and name not in ("evidence", "external_evidence")
            and name in frames.frames
            and "id" in frames.frames[name].columns
        },
    )


def key_checks(
    frames: Frames, found: Found, name: str, ids: dict[str, pl.Series], primary: bool = True
) -> list[tuple[pl.LazyFrame, Emit]]:
    """One table's key queries: its primary key (unless `primary` is False: a table read in
    pieces checks it across them), its references, and its parent's minimum of rows."""
    frame, table = frames.frames[name], frames.files[name].table
    checks = _primary_key(frames, found, name) if primary else []
    for column, target in table.foreign_keys:
        if column in frame.columns and target in ids:
            checks += _foreign_key(frames, found, name, column, target, ids[target])
    if table.parent and table.min_items and table.parent in frames.frames:
        checks += _min_items(frames, found, table)
    return checks


def _primary_key(frames: Frames, found: Found, name: str) -> list[tuple[pl.LazyFrame, Emit]]:
    frame, tf = frames.frames[name], frames.files[name]
    keys = list(tf.table.primary_key)
    if not all(k in frame.columns for k in keys):
        return []
    complete = pl.all_horizontal([frames.valid(name, k) for k in keys])
    # Hashing is cheap, and sorting the hashes finds the repeated ones in a third of the time
    # `is_duplicated` takes (a hash table of every key); only rows whose key hash repeats
    # (duplicates, rare collisions) get the exact comparison, in file order, so "later
    # occurrence" means the same as before.
    key = pl.struct(keys)
    hashed = frame.lazy().filter(complete).select(ROW_COLUMN, *keys, key.hash().alias("__hash"))
    repeated = hashed.select("__hash").sort("__hash").filter(pl.col("__hash") == pl.col("__hash").shift(1))
    query = (
        hashed.join(repeated, on="__hash", how="semi", maintain_order="left")
        .filter(~key.is_first_distinct())
        .select(ROW_COLUMN, *keys)
    )

    def emit(repeated: pl.DataFrame) -> None:
        for record in repeated.iter_rows():
            message = f"{', '.join(map(str, record[1:]))} is already used by an earlier row"
            found.add(tf, "duplicate_key", message, record[0], ",".join(keys))

    return [(query, emit)]


def _foreign_key(
    frames: Frames, found: Found, name: str, column: str, target: str, target_ids: pl.Series
) -> list[tuple[pl.LazyFrame, Emit]]:
    frame, tf = frames.frames[name], frames.files[name]
    query = (
        frame.lazy()
        .filter(frames.valid(name, column) & ~pl.col(column).is_in(target_ids.implode()))
        .select(ROW_COLUMN, column)
    )

    def emit(dangling: pl.DataFrame) -> None:
        for row, value in dangling.iter_rows():
            found.add(tf, "dangling_reference", f"{value} is not an id in {target}", row, column)

    return [(query, emit)]


def _min_items(frames: Frames, found: Found, table: Table) -> list[tuple[pl.LazyFrame, Emit]]:
    assert table.parent is not None
    parent = frames.frames[table.parent]
    key = f"{SINGULAR[table.parent]}_id"
    if "id" not in parent.columns or key not in frames.frames[table.name].columns:
        return []
    counts = frames.frames[table.name].lazy().filter(frames.valid(table.name, key)).group_by(key).len("n")
    query = (
        parent.lazy()
        .filter(frames.valid(table.parent, "id"))
        .join(counts, left_on="id", right_on=key, how="left")
        .with_columns(pl.col("n").fill_null(0))
        .filter(pl.col("n") < table.min_items)
        .select(ROW_COLUMN, "id", "n")
    )
    tf = frames.files[table.parent]

    def emit(short: pl.DataFrame) -> None:
        for row, value, n in short.iter_rows():
            message = f"{value} has {n} rows in {table.name}, at least {table.min_items} required"
            found.add(tf, "too_few", message, row, table.parent_field)

    return [(query, emit)]
