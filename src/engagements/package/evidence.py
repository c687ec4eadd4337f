"""Evidence against the records it supports: subjects exist, field paths lead to a value the
subject has (down to the list index and the leaf: `titles[1]`, `roles[0].organisation_id`),
spans lie inside their article and quotes equal the text there.

What a field path may name is read from the models: its root is a field of the subject's model,
an index only follows a list, a leaf only follows a nested model (after the index, for a list of
models). How long each list is comes from the tables: the JSON array in a cell (`titles`) or the
rows of a child table (`roles`).
"""

from __future__ import annotations

import re
import types
from typing import Any, Union, get_args, get_origin

import polars as pl
from pydantic import BaseModel

from ..models.types import ID_PREFIXES
from .read import ROW_COLUMN
from .tables import SINGULAR, TOP_LEVEL, tables
from .validate_common import Emit, Found, Frames

_PATH = re.compile(r"^(?P<root>[a-z_]+)(?:\[(?P<index>[0-9]+)\])?(?:\.(?P<leaf>[a-z_]+))?$")


def _shape(annotation: Any) -> tuple[bool, Any]:
    """(is a list, the item or value type) of a field annotation, `None` options dropped."""
    options = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) in (Union, types.UnionType) and len(options) == 1:
        annotation = options[0]
    if get_origin(annotation) is list:
        return True, get_args(annotation)[0]
    return False, annotation


def field_problem(table: str, path: str) -> str | None:
    """Why `path` names no value a record of `table` can have, or None."""
    model = TOP_LEVEL[table]
    match = _PATH.match(path)
    if match is None:
        return f"{path!r} is not a field path (`name`, `titles[1]`, `roles[0].organisation_id`)"
    root, index, leaf = match["root"], match["index"], match["leaf"]
    if root not in model.model_fields:
        expected = ", ".join(sorted(model.model_fields))
        return f"{path!r}: {root!r} is not a field of {table} (expected one of: {expected})"
    is_list, item = _shape(model.model_fields[root].annotation)
    if index is not None and not is_list:
        return f"{path!r}: {root} is not a list; drop [{index}]"
    if leaf is None:
        return None
    if is_list and index is None:
        return f"{path!r}: {root} is a list; name the item ({root}[0].{leaf})"
    if not (isinstance(item, type) and issubclass(item, BaseModel)):
        return f"{path!r}: {root} has no fields; drop .{leaf}"
    if leaf not in item.model_fields:
        return (
            f"{path!r}: {leaf!r} is not a field of {root} (expected one of: {', '.join(item.model_fields)})"
        )
    return None


def _list_lengths(frames: Frames, ids: dict[str, pl.Series]) -> pl.LazyFrame:
    """(`__id`, `__root`, `__length`) for every list field of every record with a valid id;
    `__length` is null where the list's own cell is invalid (nothing to judge by)."""
    parts = []
    for name in ids:
        frame = frames.frames[name]
        records = frame.lazy().filter(frames.valid(name, "id")).select(pl.col("id").alias("__id"))
        for field_name, info in TOP_LEVEL[name].model_fields.items():
            if not _shape(info.annotation)[0]:
                continue
            root = pl.lit(field_name).alias("__root")
            child = next((t for t in tables() if t.parent == name and t.parent_field == field_name), None)
            if child is not None and child.name in frames.frames:
                key = f"{SINGULAR[name]}_id"
                counts = (
                    frames.frames[child.name]
                    .lazy()
                    .filter(frames.valid(child.name, key))
                    .group_by(key)
                    .len("n")
                )
                length = pl.col("n").fill_null(0).cast(pl.Int64)
                joined = records.join(counts, left_on="__id", right_on=key, how="left")
                parts.append(joined.select("__id", root, length.alias("__length")))
            elif field_name in frame.columns:
                cell = pl.col(field_name)
                decoded = cell.str.json_decode(pl.List(pl.String)).list.len().cast(pl.Int64)
                length = pl.when(cell.is_null()).then(0).when(pl.col("__ok")).then(decoded).otherwise(None)
                rows = frame.lazy().with_columns(frames.valid(name, field_name).alias("__ok"))
                rows = rows.filter(frames.valid(name, "id"))
                parts.append(rows.select(pl.col("id").alias("__id"), root, length.alias("__length")))
    schema = {"__id": pl.String, "__root": pl.String, "__length": pl.Int64}
    return pl.concat(parts) if parts else pl.LazyFrame(schema=schema)


def evidence_checks(
    frames: Frames, ids: dict[str, pl.Series], found: Found
) -> list[tuple[pl.LazyFrame, Emit]]:
    """Subjects exist, fields exist on their subject, spans lie inside the text and quotes match.

    One lazy query per check; the caller collects them with the other table checks.
    """
    if "evidence" not in frames.frames:  # not readable: reported already
        return []
    frame = frames.frames["evidence"]
    tf = frames.files["evidence"]
    names = ("subject_id", "field", "article_id", "start", "end", "quote")
    lazy = frame.lazy().with_columns(
        [frames.valid("evidence", c).alias(f"__ok_{c}") for c in names if c in frame.columns]
    )
    table_of = {ID_PREFIXES[t]: t for t in ids}
    queries: dict[str, pl.LazyFrame] = {}
    wrong: dict[tuple[str, str], str] = {}
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
            for p, f in pairs.iter_rows():
                problem = field_problem(table_of[p], f) if p in table_of and f is not None else None
                if problem:
                    wrong[(p, f)] = problem
            bad_pair = pl.any_horizontal(
                [(prefix == p) & (pl.col("field") == f) for p, f in wrong] or [False]
            )
            queries["field"] = lazy.filter(subject_ok & pl.col("__ok_field") & bad_pair).select(
                ROW_COLUMN, "subject_id", "field"
            )
            index = pl.col("field").str.extract(r"\[([0-9]+)\]", 1).cast(pl.Int64)
            queries["index"] = (
                lazy.filter(subject_ok & pl.col("__ok_field") & ~bad_pair & pl.col("subject_id").is_in(known))
                .with_columns(
                    pl.col("field").str.extract(r"^([a-z_]+)", 1).alias("__root"), index.alias("__index")
                )
                .filter(pl.col("__index").is_not_null())
                .join(
                    _list_lengths(frames, ids), left_on=["subject_id", "__root"], right_on=["__id", "__root"]
                )
                .filter(pl.col("__index") >= pl.col("__length"))
                .select(ROW_COLUMN, "subject_id", "field", "__length")
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
            found.add(tf, "unknown_field", wrong[(value_subject[:3], value)], row, "field")

    def list_index(result: pl.DataFrame) -> None:
        for row, subject, value, length in result.iter_rows():
            root = value.split("[", 1)[0]
            held = f"{length} {root} (indices 0 to {length - 1})" if length else f"no {root}"
            message = f"{value}: {subject} has {held}"
            found.add(tf, "field_index_out_of_range", message, row, "field")

    def outside(result: pl.DataFrame) -> None:
        for row, end, length in result.iter_rows():
            message = f"end {end} is past the article text ({length} characters)"
            found.add(tf, "span_out_of_bounds", message, row, "end")

    def quote(result: pl.DataFrame) -> None:
        for row, text in result.iter_rows():
            found.add(tf, "quote_mismatch", f"the article text at this span is {text[:80]!r}", row, "quote")

    emitters: dict[str, Emit] = {
        "subject": subject,
        "field": field_name,
        "index": list_index,
        "outside": outside,
        "quote": quote,
    }
    return [(query, emitters[name]) for name, query in queries.items()]
