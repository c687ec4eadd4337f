"""What both validation engines share: issue collection with locations, and table-level checks.

Table-level checks (primary and foreign keys, minimum child rows, evidence spans) work on whole
frames and run the same whatever engine checked the cells, skipping cells that engine rejected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from ..models.base import RowRule
from ..models.types import ID_PREFIXES
from ..report import Report
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

    def add(self, tf: TableFile, code: str, message: str, row: int, column: str | None) -> None:
        self.files[tf.file] = tf
        self.by_file.setdefault(tf.file, []).append((code, message, row, column))

    def flush(self) -> None:
        for name, items in self.by_file.items():
            tf = self.files[name]
            lines = record_lines(tf) if tf.data.count(b"\n") > tf.records else None
            for code, message, row, column in items:
                line = lines.get(row, row) if lines else row
                self.report.add(code, message, name, row=row, field=column, line=line)
        self.by_file.clear()


@dataclass
class Frames:
    """The checked frames of a package, and the cell codes each engine produced."""

    frames: dict[str, pl.DataFrame] = field(default_factory=dict)
    files: dict[str, TableFile] = field(default_factory=dict)
    codes: dict[str, dict[str, pl.Series]] = field(default_factory=dict)

    def valid(self, table: str, column: str) -> pl.Series:
        """True where the cell is present in the file and passed the cell checks."""
        codes = self.codes[table].get(column)
        frame = self.frames[table]
        if codes is None:
            return pl.Series([False] * frame.height)
        return codes.is_null() & frame[column].is_not_null()


def check_tables(frames: Frames, found: Found) -> None:
    """Primary keys, foreign keys, minimum child rows and evidence spans over the whole package."""
    ids = {
        name: frames.frames[name].filter(frames.valid(name, "id"))["id"]
        for name in TOP_LEVEL
        if name in frames.frames and "id" in frames.frames[name].columns
    }
    for name, frame in frames.frames.items():
        tf = frames.files[name]
        table = tf.table
        _primary_key(frame, tf, frames, found)
        for column, target in table.foreign_keys:
            if column not in frame.columns or target not in ids:
                continue
            dangling = frame.filter(frames.valid(name, column) & ~frame[column].is_in(ids[target].implode()))
            for row, value in dangling.select(ROW_COLUMN, column).iter_rows():
                found.add(tf, "dangling_reference", f"{value} is not an id in {target}", row, column)
        if table.parent and table.min_items and table.parent in frames.frames:
            _min_items(frames, table, found)
    if "evidence" in frames.frames:
        _evidence(frames, ids, found)


def _primary_key(frame: pl.DataFrame, tf: TableFile, frames: Frames, found: Found) -> None:
    keys = list(tf.table.primary_key)
    if not all(k in frame.columns for k in keys):
        return
    complete = pl.all_horizontal([frames.valid(tf.table.name, k) for k in keys])
    scoped = frame.filter(complete)
    repeated = scoped.filter(~pl.struct(keys).is_first_distinct())
    for record in repeated.select(ROW_COLUMN, *keys).iter_rows():
        found.add(
            tf,
            "duplicate_key",
            f"{', '.join(map(str, record[1:]))} is already used by an earlier row",
            record[0],
            ",".join(keys),
        )


def _min_items(frames: Frames, table: Table, found: Found) -> None:
    assert table.parent is not None
    parent = frames.frames[table.parent]
    key = f"{SINGULAR[table.parent]}_id"
    if "id" not in parent.columns or key not in frames.frames[table.name].columns:
        return
    child = frames.frames[table.name].filter(frames.valid(table.name, key))[key]
    counts = child.value_counts(name="n")
    joined = (
        parent.filter(frames.valid(table.parent, "id"))
        .join(counts, left_on="id", right_on=key, how="left")
        .with_columns(pl.col("n").fill_null(0))
    )
    for row, value, n in (
        joined.filter(pl.col("n") < table.min_items).select(ROW_COLUMN, "id", "n").iter_rows()
    ):
        found.add(
            frames.files[table.parent],
            "too_few",
            f"{value} has {n} rows in {table.name}, at least {table.min_items} required",
            row,
            table.parent_field,
        )


def _evidence(frames: Frames, ids: dict[str, pl.Series], found: Found) -> None:
    frame = frames.frames["evidence"]
    tf = frames.files["evidence"]
    prefixes = {t: ID_PREFIXES[t] for t in ids}
    if "subject_id" in frame.columns:
        valid = frames.valid("evidence", "subject_id")
        for table, prefix in prefixes.items():
            mine = frame.filter(valid & frame["subject_id"].str.starts_with(prefix + "-"))
            missing = mine.filter(~pl.col("subject_id").is_in(ids[table].implode()))
            for row, value in missing.select(ROW_COLUMN, "subject_id").iter_rows():
                found.add(tf, "dangling_reference", f"{value} is not an id in {table}", row, "subject_id")
            if "field" in frame.columns:
                allowed = sorted(TOP_LEVEL[table].model_fields)
                ok = frames.valid("evidence", "field").filter(
                    valid & frame["subject_id"].str.starts_with(prefix + "-")
                )
                root = mine.filter(ok)
                wrong = root.filter(~pl.col("field").str.extract(r"^([a-z_]+)", 1).is_in(allowed))
                for row, value in wrong.select(ROW_COLUMN, "field").iter_rows():
                    found.add(
                        tf,
                        "unknown_field",
                        f"{value!r} is not a field of {table} (expected one of: {', '.join(allowed)})",
                        row,
                        "field",
                    )
    needed = ("article_id", "start", "end", "quote")
    if "articles" not in frames.frames or not all(c in frame.columns for c in needed):
        return
    articles = frames.frames["articles"]
    if "text" not in articles.columns or "id" not in articles.columns:
        return
    texts = (
        articles.filter(frames.valid("articles", "id") & frames.valid("articles", "text"))
        .select(pl.col("id").alias("article_id"), pl.col("text").alias("__text"))
        .unique("article_id", keep="first")
    )
    scoped = (
        frame.filter(
            frames.valid("evidence", "article_id")
            & frames.valid("evidence", "start")
            & frames.valid("evidence", "end")
        )
        .with_columns(
            pl.col("start").cast(pl.Int64),
            pl.col("end").cast(pl.Int64),
            frames.valid("evidence", "quote")
            .filter(
                frames.valid("evidence", "article_id")
                & frames.valid("evidence", "start")
                & frames.valid("evidence", "end")
            )
            .alias("__quote_ok"),
        )
        .filter(pl.col("start") < pl.col("end"))
        .join(texts, on="article_id", how="inner")
    )
    scoped = scoped.with_columns(pl.col("__text").str.len_chars().alias("__length"))
    outside = scoped.filter(pl.col("end") > pl.col("__length"))
    for row, end, length in outside.select(ROW_COLUMN, "end", "__length").iter_rows():
        found.add(
            tf, "span_out_of_bounds", f"end {end} is past the article text ({length} characters)", row, "end"
        )
    inside = scoped.filter((pl.col("end") <= pl.col("__length")) & pl.col("__quote_ok"))
    actual = pl.col("__text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
    wrong = inside.filter(actual != pl.col("quote")).with_columns(actual.alias("__actual"))
    for row, text in wrong.select(ROW_COLUMN, "__actual").iter_rows():
        found.add(tf, "quote_mismatch", f"the article text at this span is {text[:80]!r}", row, "quote")
