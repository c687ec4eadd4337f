"""What both validation engines share: issue collection with locations, and table-level checks.

Table-level checks (primary and foreign keys, minimum child rows, evidence spans) work on whole
frames and run the same whatever engine checked the cells, skipping cells that engine rejected.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from ..models.base import RowRule
from ..models.types import ID_PREFIXES
from ..report import MAX_ISSUES, Report
from .read import ROW_COLUMN, TableFile, record_lines
from .tables import SINGULAR, TOP_LEVEL, Table


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
            tf = self.files[name]
            multiline = tf.data.count(b"\n") > tf.records
            lines = record_lines(tf, max(item[2] for item in items)) if multiline else None
            for code, message, row, column in items:
                line = lines.get(row, row) if lines else row
                self.report.add(code, message, name, row=row, field=column, line=line)
        self.by_file.clear()
        self.pending = 0


@dataclass
class Frames:
    """The checked frames of a package, and where each engine found cell issues."""

    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    files: dict[str, TableFile] = field(default_factory=dict)
    bad: dict[str, dict[str, pl.Series]] = field(default_factory=dict)
    """Table -> column -> positions of rows whose cell the engine rejected."""

    def valid(self, table: str, column: str) -> pl.Series:
        """True where the cell is present in the file and passed the cell checks."""
        frame = self.frames[table]
        if column not in self.bad[table]:
            return pl.repeat(False, frame.height, eager=True)
        ok = frame[column].is_not_null()
        bad = self.bad[table][column]
        return ok.scatter(bad, False) if len(bad) else ok


Emit = Callable[[pl.DataFrame], None]
"""Turns the rows a check query found into issues."""


def check_tables(frames: Frames, found: Found) -> None:
    """Primary keys, foreign keys, minimum child rows and evidence spans over the whole package.

    Every check is a lazy query; all are collected together so polars can run them in parallel.
    """
    ids = {
        name: frames.frames[name].filter(frames.valid(name, "id"))["id"]
        for name in TOP_LEVEL
        if name != "evidence" and name in frames.frames and "id" in frames.frames[name].columns
    }
    checks: list[tuple[pl.LazyFrame, Emit]] = []
    for name, frame in frames.frames.items():
        table = frames.files[name].table
        checks += _primary_key(frames, found, name)
        for column, target in table.foreign_keys:
            if column in frame.columns and target in ids:
                checks += _foreign_key(frames, found, name, column, target, ids[target])
        if table.parent and table.min_items and table.parent in frames.frames:
            checks += _min_items(frames, found, table)
    if "evidence" in frames.frames:
        checks += _evidence(frames, ids, found)
    results = pl.collect_all([query for query, _ in checks])
    for (_, emit), result in zip(checks, results, strict=True):
        emit(result)


def _primary_key(frames: Frames, found: Found, name: str) -> list[tuple[pl.LazyFrame, Emit]]:
    frame, tf = frames.frames[name], frames.files[name]
    keys = list(tf.table.primary_key)
    if not all(k in frame.columns for k in keys):
        return []
    complete = pl.all_horizontal([frames.valid(name, k) for k in keys])
    # Hashing is cheap; only rows whose key hash repeats (duplicates, rare collisions) get the
    # exact comparison, which keeps their order so "later occurrence" means the same as before.
    key = pl.struct(keys)
    query = (
        frame.lazy()
        .filter(complete)
        .filter(key.hash().is_duplicated())
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


def _evidence(frames: Frames, ids: dict[str, pl.Series], found: Found) -> list[tuple[pl.LazyFrame, Emit]]:
    """Subjects exist, fields exist on their subject, spans lie inside the text and quotes match.

    One lazy query per check; the caller collects them with the other table checks.
    """
    frame = frames.frames["evidence"]
    tf = frames.files["evidence"]
    names = ("subject_id", "field", "article_id", "start", "end", "quote")
    lazy = frame.lazy().with_columns(
        [frames.valid("evidence", c).alias(f"__ok_{c}") for c in names if c in frame.columns]
    )
    table_of = {ID_PREFIXES[t]: t for t in ids}
    queries: dict[str, pl.LazyFrame] = {}
    if "subject_id" in frame.columns and ids:
        prefix = pl.col("subject_id").str.slice(0, 3)
        subject_ok = pl.col("__ok_subject_id") & prefix.is_in(list(table_of))
        known = pl.concat(list(ids.values())).implode()
        queries["subject"] = lazy.filter(subject_ok & ~pl.col("subject_id").is_in(known)).select(
            ROW_COLUMN, "subject_id"
        )
        if "field" in frame.columns:
            # Few distinct (prefix, field) pairs: judge those, then find the rows of the bad ones.
            pairs = frame.lazy().select(prefix.alias("__prefix"), "field").unique().collect()
            wrong = [
                (p, f)
                for p, f in pairs.iter_rows()
                if p in table_of
                and f is not None
                and re.sub(r"[\[.].*$", "", f) not in TOP_LEVEL[table_of[p]].model_fields
            ]
            if wrong:
                bad_pair = pl.any_horizontal([(prefix == p) & (pl.col("field") == f) for p, f in wrong])
                queries["field"] = lazy.filter(subject_ok & pl.col("__ok_field") & bad_pair).select(
                    ROW_COLUMN, "subject_id", "field"
                )
    articles = frames.frames.get("articles")
    spans = all(c in frame.columns for c in ("article_id", "start", "end", "quote"))
    if spans and articles is not None and {"id", "text"} <= set(articles.columns):
        texts = (
            articles.lazy()
            .filter(frames.valid("articles", "id") & frames.valid("articles", "text"))
            .select(
                pl.col("id").alias("article_id"),
                pl.col("text").alias("__text"),
                pl.col("text").str.len_chars().alias("__length"),
            )
            .unique("article_id", keep="first")
        )
        scoped = (
            lazy.filter(pl.col("__ok_article_id") & pl.col("__ok_start") & pl.col("__ok_end"))
            .with_columns(pl.col("start").cast(pl.Int64), pl.col("end").cast(pl.Int64))
            .filter(pl.col("start") < pl.col("end"))
            .join(texts, on="article_id", how="inner")
        )
        queries["outside"] = scoped.filter(pl.col("end") > pl.col("__length")).select(
            ROW_COLUMN, "end", "__length"
        )
        actual = pl.col("__text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
        queries["quote"] = (
            scoped.filter((pl.col("end") <= pl.col("__length")) & pl.col("__ok_quote"))
            .filter(actual != pl.col("quote"))
            .select(ROW_COLUMN, actual.alias("__actual"))
        )

    def subject(result: pl.DataFrame) -> None:
        for row, value in result.iter_rows():
            found.add(
                tf, "dangling_reference", f"{value} is not an id in {table_of[value[:3]]}", row, "subject_id"
            )

    def field_name(result: pl.DataFrame) -> None:
        for row, value_subject, value in result.iter_rows():
            found.add(tf, "unknown_field", _unknown_field(value, table_of[value_subject[:3]]), row, "field")

    def outside(result: pl.DataFrame) -> None:
        for row, end, length in result.iter_rows():
            message = f"end {end} is past the article text ({length} characters)"
            found.add(tf, "span_out_of_bounds", message, row, "end")

    def quote(result: pl.DataFrame) -> None:
        for row, text in result.iter_rows():
            found.add(tf, "quote_mismatch", f"the article text at this span is {text[:80]!r}", row, "quote")

    emitters: dict[str, Emit] = {"subject": subject, "field": field_name, "outside": outside, "quote": quote}
    return [(query, emitters[name]) for name, query in queries.items()]


def _unknown_field(value: str, table: str) -> str:
    expected = ", ".join(sorted(TOP_LEVEL[table].model_fields))
    return f"{value!r} is not a field of {table} (expected one of: {expected})"
