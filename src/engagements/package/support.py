"""Evidence that supports its value: a quote cited for a name, or for a participant, is a mention
of that record.

`quote_mismatch` only proves a quote is the text at its span; a participant citing another
participant's name passes it. Here a person's or organisation's `name`, `names` and `acronym`
evidence, a meeting's or exercise's `participants[<id>]` evidence naming a person or an
organisation, and an exercise's `name` evidence must quote the record itself: one of its names,
or words of them (`Haftar` for `Khalifa Haftar`, `Africom` for `AFRICOM`). Comparison ignores
case, accents, apostrophe style and spacing. Rows whose cells failed the cell checks, and subjects
that exist nowhere (reported as `dangling_reference`), are left to those checks; evidence a
correction added (`correction_id` set) is the reviewer's and may quote what supports a merge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..mention_rule import fold

if TYPE_CHECKING:  # polars is imported where frames are checked
    import polars as pl

    from .validate_common import Found, Frames

SUPPORT_CODES: dict[str, str] = {
    "evidence_not_a_mention": "a name or participant evidence quote that does not name its record",
}
"""Issue codes of this module (part of `rules.CODES`)."""

NAME_FIELDS = ("name", "names", "acronym")
_PARTICIPANT = re.compile(r"^participants\[(?P<id>(?:per|org)-[^\]]+)\]$")


def check_support(frames: Frames, found: Found) -> None:
    """Report every name or participant evidence row whose quote does not name its record.

    Whole columns at once: the cited record of each row, the distinct (record, folded quote)
    pairs, their words against the words of the record's names (a join), and only the pairs that
    fail there, for exercises, the `within` test in Python. `names_a` is the rule, row by row.
    """
    import polars as pl

    from .read import ROW_COLUMN

    table = "evidence"
    if table not in frames.frames:
        return
    frame = frames.frames[table]
    if not {"subject_id", "field", "quote"} <= set(frame.columns):
        return
    valid = frames.valid(table, "subject_id") & frames.valid(table, "field") & frames.valid(table, "quote")
    if "correction_id" in frame.columns:  # a reviewer's evidence for a merge may quote what links the two
        valid = valid & frame["correction_id"].is_null()
    subject, field_path = pl.col("subject_id"), pl.col("field")
    own = (
        subject.str.starts_with("per-")
        | subject.str.starts_with("org-")
        | (subject.str.starts_with("exe-") & (field_path == "name"))
    )
    # Many rows cite the same record with the same quote: judge each distinct (subject, field,
    # quote) once, and go back to the rows only for the few that fail.
    cited = (
        frame.lazy()
        .filter(
            valid
            & (
                field_path.is_in(list(NAME_FIELDS))
                | field_path.str.starts_with("participants[per-")
                | field_path.str.starts_with("participants[org-")
            )
        )
        .select("subject_id", "field", "quote")
        .unique()
        .with_columns(field_path.str.extract(_PARTICIPANT.pattern, 1).alias("__participant"))
        .with_columns(pl.coalesce("__participant", pl.when(own).then(subject)).alias("__record"))
        .filter(pl.col("__record").is_not_null())
        .collect()
    )
    if cited.is_empty():
        return
    redirects, forms, known, words = frames.shared("support", lambda: _names(frames))
    if redirects:
        cited = cited.with_columns(pl.col("__record").replace(redirects))
    # A subject that is no record is a dangling reference, reported elsewhere.
    cited = cited.join(known, on="__record", how="semi")
    if cited.is_empty():
        return
    pairs = cited.select("__record", "quote").unique()
    pairs = pairs.with_columns(fold_series(pairs["quote"]).alias("__folded")).with_row_index("__pair")
    quoted = pairs.select("__pair", "__record", pl.col("__folded").str.split(" ").alias("__word")).explode(
        "__word"
    )
    failing = pairs.join(
        quoted.join(words, on=["__record", "__word"], how="anti").select("__pair").unique(),
        on="__pair",
        how="semi",
    )
    if failing.is_empty():
        return
    by_record = _forms_of(forms, failing["__record"].unique())
    failed: set[tuple[str, str]] = set()
    for record, quote, folded in failing.select("__record", "quote", "__folded").iter_rows():
        if record.startswith("exe-") and folded:  # cited as an exercise is: holding one of its names
            names = [f for f in (fold(form) for form in by_record.get(record, [])) if f]
            if any(f" {name} " in f" {folded} " for name in names):
                continue
        failed.add((record, quote))
    bad_cited = cited.join(
        pl.DataFrame(list(failed), schema={"__record": pl.String, "quote": pl.String}, orient="row"),
        on=["__record", "quote"],
        how="semi",
    ).select("subject_id", "field", "quote", "__record", "__participant")
    bad = (
        frame.filter(valid & pl.col("quote").is_in(bad_cited["quote"].implode()))
        .select(ROW_COLUMN, "subject_id", "field", "quote")
        .join(bad_cited, on=["subject_id", "field", "quote"], how="inner")
        .sort(ROW_COLUMN)
    )
    for row, quote, field_name, record, participant in bad.select(
        ROW_COLUMN, "quote", "field", "__record", "__participant"
    ).iter_rows():
        shown = ", ".join(repr(f) for f in by_record.get(record, [])[:3])
        what = f"participant {record}" if participant else f"{record}'s {field_name}"
        message = f"{quote[:60]!r} does not name {what} (known as {shown}); cite a mention of that record"
        found.add(frames.files[table], "evidence_not_a_mention", message, row, "quote")


def _names(frames: Frames) -> tuple[dict[str, str], pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """What the check needs of the named records, the same for every piece of a streamed table:
    redirects, the records' forms (`_form_frame`), the records, and the words of their forms."""
    import polars as pl

    forms = _form_frame(frames)
    known = forms.select(pl.col("__record").unique())  # a record without a valid name is still one
    words = (
        forms.filter(pl.col("__form").is_not_null())
        .select("__record", fold_series(forms["__form"].drop_nulls()).str.split(" ").alias("__word"))
        .explode("__word")
        .filter(pl.col("__word") != "")
        .unique()
    )
    return _redirects(frames), forms, known, words


_FORM_COLUMNS = (
    ("persons", ("name", "names")),
    ("organisations", ("name", "acronym", "names")),
    ("exercises", ("name", "series")),
)


def _form_frame(frames: Frames) -> pl.DataFrame:
    """(`__record`, `__order`, `__form`): every person's, organisation's and exercise's names, in
    order, from cells that passed their checks; a record whose names all failed has one null form.
    Where an id repeats (a duplicate key, reported elsewhere), its last row counts."""
    import polars as pl

    parts: list[pl.DataFrame] = []
    schema = {"__record": pl.String, "__order": pl.Int64, "__form": pl.String}
    for table, columns in _FORM_COLUMNS:
        frame = frames.frames.get(table)
        if frame is None or "id" not in frame.columns:
            continue
        present = [c for c in columns if c in frame.columns]
        kept = frame.with_columns(
            *[pl.when(frames.valid(table, c)).then(pl.col(c)).alias(c) for c in present]
        ).filter(frames.valid(table, "id"))
        kept = kept.filter(pl.col("id").is_last_distinct()).with_row_index("__n")
        base = pl.col("__n").cast(pl.Int64) * 1_000_000
        parts.append(
            kept.select(
                pl.col("id").alias("__record"),
                (base - 1).alias("__order"),
                pl.lit(None, pl.String).alias("__form"),
            )
        )
        for position, column in enumerate(present):
            if column == "names":  # a JSON array: each distinct cell parsed once, then joined
                cells = kept[column].drop_nulls().unique().to_list()
                items = pl.DataFrame(
                    [(cell, i, name) for cell in cells for i, name in enumerate(_listed(cell))],
                    schema={column: pl.String, "__i": pl.Int64, "__form": pl.String},
                    orient="row",
                )
                parts.append(
                    kept.join(items, on=column).select(
                        pl.col("id").alias("__record"),
                        (base + position * 100_000 + pl.col("__i")).alias("__order"),
                        "__form",
                    )
                )
            else:
                parts.append(
                    kept.filter(pl.col(column).is_not_null()).select(
                        pl.col("id").alias("__record"),
                        (base + position * 100_000).alias("__order"),
                        pl.col(column).alias("__form"),
                    )
                )
    if not parts:
        return pl.DataFrame(schema=schema)
    return pl.concat([p.cast(schema) for p in parts]).sort("__order")  # type: ignore[arg-type]


def _forms_of(forms: pl.DataFrame, records: pl.Series) -> dict[str, list[str]]:
    """The names of `records`, in order (for messages and the few exercise tests)."""
    import polars as pl

    result: dict[str, list[str]] = {r: [] for r in records.to_list()}
    for record, form in (
        forms.filter(pl.col("__record").is_in(records.implode()) & pl.col("__form").is_not_null())
        .select("__record", "__form")
        .iter_rows()
    ):
        result[record].append(form)
    return result


def fold_series(values: pl.Series) -> pl.Series:
    """`fold` of every string of `values` (nulls stay null), the same as the function's.

    Pure-ASCII strings fold in polars (lower case, dashes and whitespace runs to one space,
    trimmed: what `fold` does to ASCII); the others go through `fold` once per distinct value.
    """
    import polars as pl

    value = pl.col("v")
    # Python's str.split() splits ASCII text at \t \n \v \f \r \x1c-\x1f and space.
    folded = (
        value.str.to_lowercase().str.replace_all(r"[-\t\n\x0b\x0c\r\x1c-\x1f ]+", " ").str.strip_chars(" ")
    )
    return by_unique(values, fold, value.str.contains(ASCII), folded)


ASCII = r"^[\x00-\x7f]*$"


def by_unique(
    values: pl.Series,
    function: Callable[[str], str],
    fast_where: pl.Expr | None = None,
    fast: pl.Expr | None = None,
) -> pl.Series:
    """`function` of every string of `values` (nulls stay null), called once per distinct value;
    where `fast_where` holds, `fast` computes it in polars instead (both over the column `v`, and
    `fast` must agree with `function` there)."""
    import polars as pl

    frame = pl.DataFrame({"v": values.cast(pl.String)})
    where = pl.lit(False) if fast_where is None or fast is None else fast_where
    other = frame.filter(pl.col("v").is_not_null() & ~where)["v"].unique()
    mapped = pl.Series([function(v) for v in other.to_list()], dtype=pl.String)
    python = pl.col("v").replace_strict(other, mapped, default=None, return_dtype=pl.String)
    result = pl.when(where).then(fast).otherwise(python) if fast is not None else python
    return frame.select(result).to_series().alias(values.name)


def _listed(cell: str) -> list[str]:
    """The names of a `names` cell (a JSON array in CSV)."""
    try:
        value = json.loads(cell)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _redirects(frames: Frames) -> dict[str, str]:
    frame = frames.frames.get("redirects")
    if frame is None or not {"id", "target_id"} <= set(frame.columns):
        return {}
    valid = frames.valid("redirects", "id") & frames.valid("redirects", "target_id")
    return dict(frame.filter(valid).select("id", "target_id").iter_rows())
