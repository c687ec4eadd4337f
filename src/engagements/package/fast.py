"""The fast engine: every rule of the derived tables as polars expressions over whole columns.

polars parses each CSV (all columns as text) and evaluates the rules column by column.
The rules are read from the `Column` specs and the models' declared row rules, never restated;
a differential property test checks this engine against the model engine (`model.py`).
"""

from __future__ import annotations

import io

import polars as pl

from ..models.constants import (
    FORMULA_PREFIXES,
    INVISIBLE,
    LINE_FORBIDDEN,
    PRECISION_BY_LENGTH,
    TEXT_FORBIDDEN,
)
from ..models.rules import (
    Before,
    ChecksumOf,
    ExactlyOne,
    NotAfter,
    PrecisionMatches,
    RowRule,
    rule_field,
    rule_fields,
    text_checksum,
)
from .cells import INTEGER, NUMBER, CellError, from_cell
from .nfc_suspects import not_nfc, suspect_class
from .read import ROW_COLUMN, TableFile, records_frame, slow_records
from .rules import cell_message
from .spec import Column
from .validate_common import Found, rule_message

_FORMULA = (
    "^["
    + "".join("\\" + c if c in "-+" else c for c in FORMULA_PREFIXES)
    .replace("\t", r"\t")
    .replace("\r", r"\r")
    + "]"
)


def read_frame(tf: TableFile, found: Found) -> pl.DataFrame:
    """The table as text columns plus `__row`; falls back to Python's csv unless polars read it exactly.

    polars' CSV reader is lenient (a stray quote is kept, a short row is padded), so its result is
    trusted only when writing it back gives the file's bytes: then the file is in the canonical
    form our writer produces and Python's csv module (the reference) reads the same cells.
    Anything else (foreign quoting, ragged rows, stray quotes) takes the reference path.
    """
    frame = exact_frame(tf)
    if frame is None:
        return records_frame(tf, slow_records(tf, found.report))
    return frame


def exact_frame(tf: TableFile) -> pl.DataFrame | None:
    """polars' reading of `tf.data` (text columns plus `__row`) when it is surely exact, else None.

    Rows are numbered from `tf.row_offset`, so a piece of a table (`stream.py`) gets the rows
    it has in the file."""
    data = tf.data
    start = data.find(b"\n") + 1  # the body: after the header line (0 without a line feed: no body)
    frame: pl.DataFrame | None
    try:
        frame = pl.read_csv(
            data if start else b"",
            has_header=False,
            skip_lines=1 if start else 0,  # raw lines, as the header was cut: no copy of the body
            new_columns=tf.header,
            infer_schema=False,
            null_values=[""],
            raise_if_empty=False,
            truncate_ragged_lines=False,
        )
        if frame.width != len(tf.header) or not (
            _plain_and_whole(data, start, frame) or _written_back(data, start, frame)
        ):
            frame = None
    except (pl.exceptions.PolarsError, ValueError):
        frame = None
    if frame is None or len(set(tf.header)) != len(tf.header):
        return None
    frame = frame.select([pl.col(n).cast(pl.String) for n in tf.columns])
    tf.records = 1 + frame.height
    first = 2 + tf.row_offset
    return frame.with_columns(pl.int_range(first, first + frame.height, dtype=pl.Int64).alias(ROW_COLUMN))


def record_starts(frame: pl.DataFrame, tf: TableFile) -> dict[int, int] | None:
    """Row -> line where its record starts, for a frame `exact_frame` read from `tf.data`; None
    when the file has columns the frame dropped (not ours: their cells' line feeds are unknown).

    The file is then in canonical form (a header line without line feeds, CR refused), so a
    record takes one line plus the line feeds inside its cells. Found from the cells, the lines
    outlast the file's bytes, which `validate` frees (the articles' texts span lines: keeping
    their file for the line numbers doubled what a check held of them)."""
    if set(tf.header) != set(tf.columns):
        return None
    feeds = pl.sum_horizontal(
        [pl.col(n).str.count_matches("\n", literal=True).fill_null(0) for n in tf.columns]
    )
    first = 2 + tf.line_offset
    starts = frame.select(
        ROW_COLUMN, (pl.int_range(first, first + frame.height) + feeds.cum_sum() - feeds).alias("line")
    )
    return dict(starts.iter_rows())


def _written_back(data: bytes, start: int, frame: pl.DataFrame, rows: int | None = None) -> bool:
    """Whether writing `frame` back gives the body (`data` from `start`) exactly; written and
    compared `rows` records at a time (by default about `WRITTEN_BACK_BYTES` of them), so the
    body is never in memory twice more. Each slice is written to a buffer and compared with a
    view of `data`: neither is copied again."""
    body = memoryview(data)[start:]
    if rows is None:
        rows = max(1, WRITTEN_BACK_BYTES * frame.height // max(len(body), 1))
    at = 0
    for offset in range(0, frame.height, rows):
        written = io.BytesIO()
        frame.slice(offset, rows).write_csv(
            written, include_header=False, quote_style="necessary", line_terminator="\n"
        )
        piece = written.getbuffer()
        if body[at : at + len(piece)] != piece:
            return False
        at += len(piece)
    return at == len(body)


WRITTEN_BACK_BYTES = 1024**2
"""About what `_written_back` writes at a time. Slices of 1,000 records as text took 20% more
time for evidence and 40% more for article texts; slices of 4 MiB took as long as these and
raised a 19,512-article package's peak by 30 MiB (polars keeps what it allocated)."""


def _plain_and_whole(data: bytes, start: int, frame: pl.DataFrame) -> bool:
    """Whether polars' reading of the body (`data` from `start`) is surely exact without writing
    it back: no quote in it, every line ends with LF, and it holds exactly (columns - 1) commas per
    row read. Without quotes a comma always separates cells and LF always ends a record; polars
    refuses a row with too many cells, so the count leaves no row short (padded) and no blank
    line (read as a row of nulls). CR is refused before (`crlf_line_endings`)."""
    if frame.width < 2 or data.find(b'"', start) >= 0 or (len(data) > start and not data.endswith(b"\n")):
        return False
    return (
        data.count(b"\n", start) == frame.height
        and data.count(b",", start) == (frame.width - 1) * frame.height
    )


def _checks(value: pl.Expr, column: Column, cheap: bool) -> list[tuple[pl.Expr, str]]:
    """(condition, code) pairs in the order pydantic applies them.

    With `cheap`, costly exact tests are replaced by cheap supersets (characters that may break
    NFC instead of "not NFC": `nfc_suspects`; unusual days instead of "not on the calendar";
    lengths in bytes instead of characters): used to find the few rows worth the exact test.
    """
    checks: list[tuple[pl.Expr, str]] = []
    if column.type in ("integer", "number"):
        pattern = INTEGER.pattern if column.type == "integer" else NUMBER.pattern
        number = value.cast(pl.Int64 if column.type == "integer" else pl.Float64, strict=False)
        out = number.is_null()
        if column.minimum is not None:
            out = out | (number < column.minimum)
        if column.maximum is not None:
            out = out | (number > column.maximum)
        if cheap:  # a failed cast flags both non-numbers and out-of-range values
            checks.append((out, "suspect"))
        else:
            checks += [(~value.str.contains(pattern), "type_error"), (out, "out_of_range")]
    if column.type == "string":
        if cheap:  # bytes are known without a scan; a character takes one to four of them
            size = value.str.len_bytes()
            if column.min_length is not None:  # no byte is no character; below min: below 4 * min bytes
                short = column.min_length if column.min_length <= 1 else 4 * column.min_length
                checks.append((size < short, "suspect"))
            if column.max_length is not None:
                checks.append((size > column.max_length, "suspect"))
        else:
            length = value.str.len_chars()
            if column.min_length is not None:
                checks.append((length < column.min_length, "too_short"))
            if column.max_length is not None:
                checks.append((length > column.max_length, "too_long"))
        if column.pattern is not None:
            checks.append((~value.str.contains(column.pattern), "pattern_mismatch"))
        if column.enum is not None:
            checks.append((~value.is_in(list(column.enum)), "enum_mismatch"))
        if column.text:
            control = TEXT_FORBIDDEN if column.text == "text" else LINE_FORBIDDEN
            if cheap:
                suspect = rf"{control}|{INVISIBLE}|^\s|\s$|{_FORMULA}|{suspect_class()}"
                checks.append((value.str.contains(suspect), "suspect"))
            else:
                checks += [
                    (value.str.contains(control), "control_character"),
                    (value.str.contains(INVISIBLE), "invisible_character"),
                    (value.str.contains(r"^\s|\s$"), "untrimmed"),
                    (value.map_batches(not_nfc, return_dtype=pl.Boolean), "not_nfc"),
                    (value.str.contains(_FORMULA), "formula_like"),
                ]
        if column.partial_date:
            if cheap:
                checks.append((~value.str.contains(_SURELY_REAL_DATE), "suspect"))
            else:
                checks.append((~_real_partial_date(value), "invalid_date"))
    return checks


_SURELY_REAL_DATE = (
    r"^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])(-(0[1-9]|1[0-2])(-(0[1-9]|1[0-9]|2[0-8]))?)?$"
)
"""Partial dates that exist in every year (but 0000); others get the exact calendar test."""


def cell_code(value: pl.Expr, column: Column) -> pl.Expr:
    """The code of the first rule a non-empty cell breaks, or null."""
    expr = pl.lit(None, dtype=pl.String)
    for condition, code in reversed(_checks(value, column, cheap=False)):
        expr = pl.when(condition).then(pl.lit(code)).otherwise(expr)
    return expr


def _real_partial_date(value: pl.Expr) -> pl.Expr:
    length = value.str.len_chars()
    month = value.str.slice(5, 2).cast(pl.Int32, strict=False)
    full = value.str.to_date("%Y-%m-%d", strict=False)
    real = (
        pl.when(length == 4)
        .then(True)
        .when(length == 7)
        .then((month >= 1) & (month <= 12))
        .otherwise(full.is_not_null())
    )
    return real & (value.str.slice(0, 4) != "0000")


def _required(column: Column, tf: TableFile) -> pl.Expr:
    value = pl.col(column.name)
    if column.group_required:
        members = [c.name for c in tf.table.columns if c.group == column.group and c.name in tf.columns]
        return value.is_null() & pl.any_horizontal([pl.col(m).is_not_null() for m in members])
    return pl.lit(column.required) & value.is_null()


def column_codes(frame: pl.DataFrame, tf: TableFile, found: Found) -> dict[str, pl.Series]:
    """Report cell issues; per column, the positions of the rows whose cell has one.

    Two passes: cheap conditions over every row flag the suspects, then the exact first
    broken rule is computed on the flagged rows only.
    """
    columns = [c for c in tf.table.columns if c.name in tf.columns]
    scalar = [c for c in columns if c.type != "array"]
    suspects = []
    for column in scalar:
        value = pl.col(column.name)
        cheap = [condition for condition, _ in _checks(value, column, cheap=True)]
        flagged = value.is_not_null() & pl.any_horizontal(cheap) if cheap else pl.lit(False)
        suspects.append(_required(column, tf) | flagged)
    indexed = frame.with_row_index("__index")
    flagged_rows = indexed.filter(pl.any_horizontal(suspects)) if suspects else indexed.clear()
    exact = flagged_rows.select(
        "__index",
        *[
            pl.when(_required(column, tf))
            .then(pl.lit("required"))
            .when(pl.col(column.name).is_null())
            .then(None)
            .otherwise(cell_code(pl.col(column.name), column))
            .alias(column.name)
            for column in scalar
        ],
    )
    bad: dict[str, pl.Series] = {}
    for column in scalar:
        hits = exact.filter(pl.col(column.name).is_not_null()).select("__index", column.name)
        bad[column.name] = hits["__index"]
        _report(frame, tf, column, hits, found)
    for column in columns:
        if column.type == "array":
            required = frame.select(_required(column, tf)).to_series().arg_true()
            codes = _array_codes(frame[column.name], column) | dict.fromkeys(required.to_list(), "required")
            hits = pl.DataFrame(
                {"__index": list(codes), column.name: list(codes.values())},
                schema={"__index": pl.UInt32, column.name: pl.String},
            ).sort("__index")
            bad[column.name] = hits["__index"]
            _report(frame, tf, column, hits, found)
    return bad


def _report(frame: pl.DataFrame, tf: TableFile, column: Column, hits: pl.DataFrame, found: Found) -> None:
    rows = frame[ROW_COLUMN].gather(hits["__index"]).to_list()
    for row, code in zip(rows, hits[column.name].to_list(), strict=True):
        found.add(tf, code, cell_message(code, column), row, column.name)


_JSON_STRING = r'"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"'
_JSON_STRING_ARRAY = rf"^\[\s*(?:{_JSON_STRING}\s*(?:,\s*{_JSON_STRING}\s*)*)?\]$"
"""A JSON array of strings, recognised without parsing; anything else is parsed by Python."""


def _array_codes(cells: pl.Series, column: Column) -> dict[int, str]:
    """Codes for JSON-array cells: `type_error` unless an array of strings, else the first bad item's."""
    assert column.item is not None
    frame = pl.DataFrame({"cell": cells}).with_row_index("index")
    simple = frame.filter(pl.col("cell").str.contains(_JSON_STRING_ARRAY))
    codes: dict[int, str] = {}
    owners: list[int] = []
    items: list[str] = []
    for index, text in frame.filter(
        pl.col("cell").is_not_null() & ~pl.col("cell").str.contains(_JSON_STRING_ARRAY)
    ).iter_rows():
        try:
            value = from_cell(column, text)
        except CellError:
            codes[index] = "type_error"
            continue
        items += value
        owners += [index] * len(value)
    exploded = (
        simple.select("index", pl.col("cell").str.json_decode(pl.List(pl.String)).alias("item"))
        .explode("item")
        .filter(pl.col("item").is_not_null())
    )
    if items:
        extra = pl.DataFrame({"index": owners, "item": items}, schema={"index": pl.UInt32, "item": pl.String})
        exploded = pl.concat([exploded, extra])
    bad = (
        exploded.with_columns(cell_code(pl.col("item"), column.item).alias("code"))
        .filter(pl.col("code").is_not_null())
        .group_by("index", maintain_order=True)
        .first()
    )
    for index, code in bad.select("index", "code").iter_rows():
        codes.setdefault(index, code)
    return codes


def rule_broken(rule: RowRule) -> pl.Expr:
    """True on rows that break `rule` (evaluated only where its cells are valid)."""
    if isinstance(rule, NotAfter):
        a, b = pl.col(rule.first), pl.col(rule.second)
        n = pl.min_horizontal(a.str.len_chars(), b.str.len_chars())
        return a.is_not_null() & b.is_not_null() & (a.str.slice(0, n) > b.str.slice(0, n))
    if isinstance(rule, Before):
        return pl.col(rule.first).cast(pl.Int64) >= pl.col(rule.second).cast(pl.Int64)
    if isinstance(rule, PrecisionMatches):
        expected = (
            pl.col(rule.date)
            .str.len_chars()
            .replace_strict(PRECISION_BY_LENGTH, default=None, return_dtype=pl.String)
        )
        return expected.ne_missing(pl.col(rule.precision))
    if isinstance(rule, ExactlyOne):
        return pl.sum_horizontal([pl.col(f).is_not_null().cast(pl.Int32) for f in rule.fields]) != 1
    if isinstance(rule, ChecksumOf):
        # map_batches, not map_elements: the latter inspects the function's bytecode (slow to load)
        digest = pl.col(rule.text).map_batches(_checksums, return_dtype=pl.String)
        return (
            pl.col(rule.text).is_not_null()
            & pl.col(rule.checksum).is_not_null()
            & (digest != pl.col(rule.checksum))
        )
    raise TypeError(rule)


def _checksums(texts: pl.Series, slice_rows: int = 1000) -> pl.Series:
    """`text_checksum` of each text, a slice at a time: the texts are never all Python strings
    at once (French text takes two bytes a character there: twice the column's size)."""
    digests: list[str | None] = []
    for offset in range(0, len(texts), slice_rows):
        digests += [
            None if t is None else text_checksum(t) for t in texts.slice(offset, slice_rows).to_list()
        ]
    return pl.Series(digests, dtype=pl.String)


def check_rules(frame: pl.DataFrame, tf: TableFile, bad: dict[str, pl.Series], found: Found) -> None:
    for rule in tf.table.rules:
        names = rule_fields(rule)
        if not all(n in tf.columns for n in names):
            continue
        scope = frame.with_row_index("__index").with_columns(
            [~pl.col("__index").is_in(bad[n].implode()).alias(f"__ok_{n}") for n in names]
        )
        valid = pl.all_horizontal([pl.col(f"__ok_{n}") for n in names])
        broken = scope.filter(valid).filter(rule_broken(rule))
        for record in broken.iter_rows(named=True):
            typed = {n: from_cell(tf.table.column(n), record[n] or "") for n in names}
            found.add(tf, rule.code, rule_message(rule, typed), record[ROW_COLUMN], rule_field(rule))
