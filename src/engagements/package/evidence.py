"""Evidence against the records it supports: subjects exist, field paths lead to a value the
subject has (down to the list index and the leaf: `titles[1]`, `roles[0].organisation_id`),
spans lie inside their article and quotes equal the text there.

What a field path may name is read from the models: its root is a field of the subject's model,
an index only follows a list, a leaf only follows a nested model (after the index, for a list of
models). How long each list is comes from the tables: the JSON array in a cell (`titles`) or the
rows of a child table (`roles`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache

import polars as pl

from ..models.constants import ID_PREFIXES
from .read import ROW_COLUMN, TableFile
from .spec import SINGULAR, record_fields, tables
from .support import ASCII, by_unique
from .validate_common import Emit, Found, Frames

_PATH = re.compile(r"^(?P<root>[a-z_]+)(?:\[(?P<index>[0-9a-z]+(?:-[0-9a-z]+)*)\])?(?:\.(?P<leaf>[a-z_]+))?$")
"""`name`, `titles[general]`, `participants[per-x].role`: a field, a list item by its identity
(`pipeline.resolve.item_key`: an id, or the slug of the item's text), a field of that item."""


def field_problem(table: str, path: str) -> str | None:
    """Why `path` names no value a record of `table` can have, or None."""
    fields = record_fields()[table]
    match = _PATH.match(path)
    if match is None:
        return f"{path!r} is not a field path (`name`, `titles[general]`, `participants[per-x].role`)"
    root, index, leaf = match["root"], match["index"], match["leaf"]
    if root not in fields:
        expected = ", ".join(sorted(fields))
        return f"{path!r}: {root!r} is not a field of {table} (expected one of: {expected})"
    is_list, item_fields = fields[root].is_list, fields[root].item_fields
    if index is not None and not is_list:
        return f"{path!r}: {root} is not a list; drop [{index}]"
    if leaf is None:
        return None
    if is_list and index is None:
        return f"{path!r}: {root} is a list; name the item ({root}[<item>].{leaf})"
    if item_fields is None:
        return f"{path!r}: {root} has no fields; drop .{leaf}"
    if leaf not in item_fields:
        return f"{path!r}: {leaf!r} is not a field of {root} (expected one of: {', '.join(item_fields)})"
    return None


def slug_series(values: pl.Series) -> pl.Series:
    """`pipeline.resolve.slug` of every string (nulls stay null): short ASCII text in polars (lower
    case, runs of other characters to one dash, trimmed, `x` when nothing is left), the rest in
    Python once per distinct value."""
    from ..pipeline.resolve import MAX_SLUG, slug

    value = pl.col("v")
    dashed = value.str.to_lowercase().str.replace_all("[^a-z0-9]+", "-").str.strip_chars("-")
    fast = pl.when(dashed == "").then(pl.lit("x")).otherwise(dashed)
    return by_unique(values, slug, value.str.contains(ASCII) & (value.str.len_bytes() <= MAX_SLUG), fast)


def _item_keys(
    frames: Frames, ids: dict[str, pl.Series], cited: set[tuple[str, str]]
) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(`__id`, `__root`, `__key`) of every item of every list field of a record with a valid id, and
    (`__id`, `__root`) of the lists that can be judged (a list whose own cell is invalid cannot).

    A key is `pipeline.resolve.item_key` of the item, computed on whole columns."""
    key_schema = {"__id": pl.String, "__root": pl.String, "__key": pl.String}
    judged_schema = {"__id": pl.String, "__root": pl.String}
    keys: list[pl.DataFrame] = [pl.DataFrame(schema=key_schema)]
    judged: list[pl.DataFrame] = [pl.DataFrame(schema=judged_schema)]
    for name in ids:
        frame = frames.frames[name]
        valid_ids = frame.filter(frames.valid(name, "id"))["id"].unique().implode()
        for field_name, shape in record_fields()[name].items():
            if not shape.is_list or (name, field_name) not in cited:  # no evidence names its items
                continue
            root = pl.lit(field_name).alias("__root")
            child = next((t for t in tables() if t.parent == name and t.parent_field == field_name), None)
            if child is not None and child.name in frames.frames:
                rows = frames.frames[child.name]
                key = f"{SINGULAR[name]}_id"
                if key not in rows.columns:
                    continue
                judged.append(pl.DataFrame({"__id": valid_ids.explode()}).select("__id", root))
                owned = rows.filter(pl.col(key).is_in(valid_ids))
                if child.scalar_column:  # an id list: the item is the id (its slug)
                    if child.scalar_column not in owned.columns:
                        continue
                    item = slug_series(owned[child.scalar_column])
                else:  # the item's own columns (its owner's id is no part of it)

                    def cell(column: str, owned: pl.DataFrame = owned, key: str = key) -> pl.Expr:
                        present = column in owned.columns and column != key
                        return pl.col(column) if present else pl.lit(None, pl.String)

                    text = owned.select(pl.coalesce(cell("name"), cell("role"), pl.lit(""))).to_series()
                    item = owned.select(
                        pl.when(cell("person_id").is_not_null())
                        .then(cell("person_id"))
                        .when(cell("organisation_id").is_not_null() & cell("name").is_null())
                        .then(cell("organisation_id"))
                        .otherwise(slug_series(text))
                    ).to_series()
                keys.append(
                    owned.select(pl.col(key).alias("__id"), root, item.alias("__key")).filter(
                        pl.col("__key").is_not_null()
                    )
                )
            elif field_name in frame.columns:  # a JSON array in the cell
                judgeable = pl.lit(frames.valid(name, field_name)) | pl.col(field_name).is_null()
                cells = frame.filter(pl.col("id").is_in(valid_ids) & judgeable)
                judged.append(cells.select(pl.col("id").alias("__id"), root))
                distinct = cells[field_name].drop_nulls().unique().to_list()
                items = pl.DataFrame(
                    [(c, str(v)) for c in distinct for v in json.loads(c)],
                    schema={field_name: pl.String, "__item": pl.String},
                    orient="row",
                )
                items = items.with_columns(slug_series(items["__item"]).alias("__key"))
                keys.append(
                    cells.join(items, on=field_name).select(pl.col("id").alias("__id"), root, "__key")
                )
    return (
        pl.concat(keys).lazy(),
        pl.concat(judged).unique().lazy(),
    )


def evidence_checks(
    frames: Frames,
    ids: dict[str, pl.Series],
    found: Found,
    names: tuple[str, ...] = ("evidence", "external_evidence"),
) -> list[tuple[pl.LazyFrame, Emit]]:
    """The checks of `evidence` and `external_evidence` (which has no span to check), or of the
    `names` among them."""

    def item_keys() -> tuple[pl.LazyFrame, pl.LazyFrame]:  # both tables cite them
        cited = _cited_lists(frames, ids)
        return frames.shared(f"item keys {sorted(cited)}", lambda: _item_keys(frames, ids, cited))

    item_keys = cache(item_keys)
    return [check for table in names for check in _table_checks(frames, ids, found, table, item_keys)]


def _cited_lists(frames: Frames, ids: dict[str, pl.Series]) -> set[tuple[str, str]]:
    """(table, list field) pairs some evidence names an item of (`participants[per-x]`): only
    those lists need the keys of their items."""
    table_of = {ID_PREFIXES[t]: t for t in ids}
    cited: set[tuple[str, str]] = set()
    for table in ("evidence", "external_evidence"):
        frame = frames.frames.get(table)
        if frame is None or not {"subject_id", "field"} <= set(frame.columns):
            continue
        pairs = (
            frame.lazy()
            .filter(pl.col("field").str.contains("[", literal=True))
            .select(
                pl.col("subject_id").str.slice(0, 3).alias("__prefix"),
                pl.col("field").str.extract(r"^([a-z_]+)", 1).alias("__root"),
            )
            .unique()
            .collect()
        )
        cited |= {(table_of[p], r) for p, r in pairs.iter_rows() if p in table_of and r is not None}
    return cited


def _article_texts(frames: Frames, articles: pl.DataFrame) -> pl.DataFrame:
    """Each valid article's text as `text_columns` gives it (`article_id`, `__text` and more)."""
    valid = frames.valid("articles", "id") & frames.valid("articles", "text")
    return text_columns(valid_texts(articles.lazy(), valid)).collect()


def valid_texts(articles: pl.LazyFrame, valid: pl.Series) -> pl.LazyFrame:
    """`article_id` and `__text` of the rows of `articles` whose id and text are `valid`, the
    first of an id only: the text its evidence is checked against, held or on disk (`texts.py`).

    The texts are the largest column a check holds. Filtering keeps polars' views of the
    articles frame's text (no copy), and so does the cast to bytes; `unique` would copy every text
    (90 MiB more at 10,000 articles), so the first row of an id is kept by a filter instead."""
    return (
        articles.filter(valid)
        .filter(pl.col("id").is_first_distinct())
        .select(pl.col("id").alias("article_id"), pl.col("text").alias("__text"))
    )


def text_columns(texts: pl.LazyFrame) -> pl.LazyFrame:
    """`texts` (`article_id`, `__text`) with what the span checks need of a text: its length in
    characters, its bytes and whether it is ASCII."""
    text = pl.col("__text")
    return texts.with_columns(
        text.str.len_chars().alias("__length"),
        text.cast(pl.Binary).alias("__bytes"),
        (text.str.len_bytes() == text.str.len_chars()).alias("__ascii"),
    )


SPAN_COLUMNS = (ROW_COLUMN, "article_id", "start", "end", "quote", "__ok_quote")
"""What the span checks need of an evidence row, once its article, start and end are valid."""


def span_rows(evidence: pl.LazyFrame) -> pl.LazyFrame:
    """The evidence rows whose span can be checked (`SPAN_COLUMNS`): a valid article id and a
    valid, non-empty span (`__ok_*` columns tell which cells are valid)."""
    return (
        evidence.filter(pl.col("__ok_article_id") & pl.col("__ok_start") & pl.col("__ok_end"))
        .with_columns(pl.col("start").cast(pl.Int64), pl.col("end").cast(pl.Int64))
        .filter(pl.col("start") < pl.col("end"))
        .select(SPAN_COLUMNS)
    )


def span_checks(
    spans: pl.LazyFrame, texts: pl.LazyFrame, keep: tuple[str, ...] = ()
) -> dict[str, pl.LazyFrame]:
    """The queries of spans (`span_rows`) against their articles' texts (`text_columns`): spans
    past the end of the text (`outside`: row, end, length) and quotes unlike the text at their
    span (`quote`: row, the text there); each also selects the columns `keep`."""
    start, length = pl.col("start"), pl.col("end") - pl.col("start")
    actual = pl.col("__text").str.slice(start, length)
    fits = (pl.col("end") <= pl.col("__length")) & pl.col("__ok_quote")

    def joined(articles: pl.LazyFrame) -> pl.LazyFrame:
        return spans.join(articles, on="article_id", how="inner")

    # In ASCII text a character offset is a byte offset: slicing bytes saves counting characters
    # from the start of the text on every row (half the time of the check). The two kinds of
    # article are joined apart, so the character slice runs on the other articles' rows only.
    return {
        "outside": joined(texts)
        .filter(pl.col("end") > pl.col("__length"))
        .select(ROW_COLUMN, "end", "__length", *keep),
        "quote": pl.concat(
            [
                joined(texts.filter(pl.col("__ascii")))
                .filter(fits)
                .filter(pl.col("__bytes").bin.slice(start, length) != pl.col("quote").cast(pl.Binary)),
                joined(texts.filter(~pl.col("__ascii"))).filter(fits).filter(actual != pl.col("quote")),
            ]
        )
        .select(ROW_COLUMN, actual.alias("__actual"), *keep)
        .sort(ROW_COLUMN),
    }


def span_emitters(found: Found, tf: TableFile) -> dict[str, Emit]:
    """What turns the rows of `span_checks`' queries into issues of the table file `tf`."""

    def outside(result: pl.DataFrame) -> None:
        for row, end, length in result.iter_rows():
            message = f"end {end} is past the article text ({length} characters)"
            found.add(tf, "span_out_of_bounds", message, row, "end")

    def quote(result: pl.DataFrame) -> None:
        for row, text in result.iter_rows():
            found.add(tf, "quote_mismatch", f"the article text at this span is {text[:80]!r}", row, "quote")

    return {"outside": outside, "quote": quote}


def _table_checks(
    frames: Frames,
    ids: dict[str, pl.Series],
    found: Found,
    table: str,
    item_keys_of: Callable[[], tuple[pl.LazyFrame, pl.LazyFrame]],
) -> list[tuple[pl.LazyFrame, Emit]]:
    """Subjects exist, fields exist on their subject, spans lie inside the text and quotes match.

    One lazy query per check; the caller collects them with the other table checks.
    """
    if table not in frames.frames:  # not readable: reported already
        return []
    frame = frames.frames[table]
    tf = frames.files[table]
    names = ("subject_id", "field", "article_id", "start", "end", "quote")
    lazy = frame.lazy().with_columns(
        [frames.valid(table, c).alias(f"__ok_{c}") for c in names if c in frame.columns]
    )
    table_of = {ID_PREFIXES[t]: t for t in ids}
    queries: dict[str, pl.LazyFrame] = {}
    wrong: dict[tuple[str, str], str] = {}
    if "subject_id" in frame.columns and ids:
        prefix = pl.col("subject_id").str.slice(0, 3)
        subject_ok = pl.col("__ok_subject_id") & prefix.is_in(list(table_of))
        # An anti join probes a hash table built once; `is_in` over the ids took three times as long.
        known = frames.shared(
            "known ids", lambda: pl.DataFrame({"subject_id": pl.concat(list(ids.values())).unique()})
        )
        queries["subject"] = (
            lazy.filter(subject_ok)
            .join(known.lazy(), on="subject_id", how="anti", maintain_order="left")
            .select(ROW_COLUMN, "subject_id")
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
            item_keys, judged = item_keys_of()
            queries["index"] = (
                lazy.filter(pl.col("field").str.contains("[", literal=True))  # only list items have an index
                .filter(subject_ok & pl.col("__ok_field") & ~bad_pair)  # `judged` holds only known ids
                .with_columns(
                    pl.col("field").str.extract(r"^([a-z_]+)", 1).alias("__root"),
                    pl.col("field").str.extract(r"\[([^\]]+)\]", 1).alias("__key"),
                )
                .filter(pl.col("__key").is_not_null())
                .join(judged, left_on=["subject_id", "__root"], right_on=["__id", "__root"])
                .join(
                    item_keys,
                    left_on=["subject_id", "__root", "__key"],
                    right_on=["__id", "__root", "__key"],
                    how="anti",
                )
                .select(ROW_COLUMN, "subject_id", "field", "__root")
            )
    articles = frames.frames.get("articles")
    has_spans = all(c in frame.columns for c in ("article_id", "start", "end", "quote"))
    emit_spans: dict[str, Emit] = {}
    if has_spans and (on_disk := frames.texts) is not None:  # spans go to the texts (`texts.py`)
        queries["spans"] = span_rows(lazy)
        emit_spans["spans"] = lambda result: on_disk.add_spans(tf, result)
    elif has_spans and articles is not None and {"id", "text"} <= set(articles.columns):
        texts = frames.shared("article texts", lambda: _article_texts(frames, articles)).lazy()
        queries |= span_checks(span_rows(lazy), texts)
        emit_spans = span_emitters(found, tf)

    def subject(result: pl.DataFrame) -> None:
        for row, value in result.iter_rows():
            found.add(
                tf, "dangling_reference", f"{value} is not an id in {table_of[value[:3]]}", row, "subject_id"
            )

    def field_name(result: pl.DataFrame) -> None:
        for row, value_subject, value in result.iter_rows():
            found.add(tf, "unknown_field", wrong[(value_subject[:3], value)], row, "field")

    def list_index(result: pl.DataFrame) -> None:
        for row, subject, value, root in result.iter_rows():
            message = f"{value}: {subject} has no item of {root} with that identity; cite one it has"
            found.add(tf, "field_index_out_of_range", message, row, "field")

    emitters: dict[str, Emit] = {
        "subject": subject,
        "field": field_name,
        "index": list_index,
        **emit_spans,
    }
    return [(query, emitters[name]) for name, query in queries.items()]
