"""`engagements.json` against the tables: the nested JSON must hold what the CSV files hold.

The JSON is written from the same records as the CSVs (`write.render`), so a package whose JSON
is missing, garbage or disagrees with its tables gives its users two answers. Once the tables
are valid, the JSON they stand for is rendered from them (nested by polars, not by validating
every record again) and compared with the file, piece by piece: equal bytes pass at once;
otherwise the file passes when it is the same JSON laid out otherwise, and else its first
differing record is reported. A file too large to read whole (over the limit of files read
whole: an archive's JSON passes 2 GiB) is not parsed: it passes when it is the bytes `convert`
writes, and else its first differing line is reported.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import polars as pl

from .. import strict_json
from ..report import Report
from .read import (
    MAX_STREAMED_BYTES,
    MAX_TABLE_BYTES,
    first_difference,
    holds_exactly,
    line_at,
    open_package_file,
    read_package_file,
)
from .spec import JSON_FILE, SINGULAR, Column, Table, record_fields, table_by_name, tables, top_level
from .validate_common import Frames


def check_json(
    root: Path,
    frames: Frames,
    report: Report,
    max_bytes: int = MAX_TABLE_BYTES,
    stream_limit: int = MAX_STREAMED_BYTES,
) -> None:
    """Report `engagements.json` when it is missing, unreadable or not what the tables hold.

    Compared in pieces, so held to `stream_limit`; only a file that differs is read whole, to
    tell a different layout of the same JSON from different records, when it is at most
    `max_bytes`: a larger one is reported at its first byte unlike the text `convert` writes."""
    why = "convert writes it beside the tables"
    handle = open_package_file(root, JSON_FILE, stream_limit, report, why)
    if handle is None:
        return
    with handle:
        if (
            report.issues
            or report.omitted
            or {*frames.frames, *frames.streamed} != {t.name for t in tables()}
        ):
            return  # the tables have problems: there is nothing sound to compare with
        if _unsortable(frames, report, max_bytes):
            return
        if holds_exactly(handle, expected_pieces(frames, quick=True), stream_limit):
            return  # the usual case, compared piece by piece: neither text is ever whole in memory
        if os.fstat(handle.fileno()).st_size > max_bytes:
            _report_first_difference(handle, frames, report, stream_limit, max_bytes)
            return
    data = read_package_file(root, JSON_FILE, max_bytes, report, why)
    if data is None:
        return
    expected = expected_json(frames)
    if data == expected:
        return
    try:
        found = strict_json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        report.add("json_invalid", f"{JSON_FILE} is not UTF-8 ({error.reason})", JSON_FILE)
        return
    except strict_json.JsonProblem as problem:
        code = "json_invalid" if problem.kind in ("syntax", "nesting") else problem.kind
        report.add(code, f"{JSON_FILE}: {problem.message}", JSON_FILE, line=problem.line)
        return
    wanted = json.loads(expected)
    if found != wanted:
        where, message = _first_difference(found, wanted)
        report.add(
            "json_mismatch", f"{message}; the tables are the reference: run convert", JSON_FILE, field=where
        )


def _unsortable(frames: Frames, report: Report, max_bytes: int) -> bool:
    """Report the tables read in pieces whose ids are out of order and whose files are over
    `max_bytes`: sorting them for the comparison writes a copy to the temporary folder
    (`stream.sorted_on_disk`), which the limit of files read whole bounds, as it bounds memory."""
    large = {name: (rel, size) for name, (rel, size) in frames.out_of_order.items() if size > max_bytes}
    for name, (rel, size) in sorted(large.items()):
        report.add(
            "table_out_of_order",
            f"{name}: its rows are not in id order and its file ({size:,} bytes) is over {max_bytes:,} "
            f"bytes, too large to sort to compare with {JSON_FILE}; write its rows sorted "
            "by id, as convert does",
            rel,
        )
    return bool(large)


def _report_first_difference(
    handle: BinaryIO, frames: Frames, report: Report, stream_limit: int, max_bytes: int
) -> None:
    """Compare a file too large to read whole with the encoder's text (the quick text may lay a
    record out otherwise), in pieces; report where they first differ."""
    handle.seek(0)
    at = first_difference(handle, expected_pieces(frames), stream_limit)
    if at is None:
        return
    line = line_at(handle, at)
    report.add(
        "json_mismatch",
        f"{JSON_FILE} differs from what the tables hold from line {line} (byte {at:,}); a file over "
        f"{max_bytes:,} bytes is compared with the text convert writes, not parsed; the tables are "
        "the reference: run convert",
        JSON_FILE,
        line=line,
    )


def expected_json(frames: Frames, quick: bool = False) -> bytes:
    """`engagements.json` as `convert` writes it for the records of `frames` (valid tables)."""
    return b"".join(expected_pieces(frames, quick))


def expected_pieces(frames: Frames, quick: bool = False) -> Iterator[bytes]:
    """`expected_json` in pieces (a table, or a slice of a large one), so it need not be whole.

    Polars nests the rows (groups as objects, child tables as lists by position) and sorts by
    id; pydantic-core's encoder, the one `model_dump_json` uses, writes the text. With `quick`,
    tables of plain text and integer fields (evidence: most of the rows) are written by polars
    in the same layout, without a Python object per value; the same JSON, and the same bytes
    (`check_json` falls back to the encoder's text when the file differs from it).
    """
    children: dict[str, list[Table]] = {}
    for table in tables():
        if table.parent:
            children.setdefault(table.parent, []).append(table)
    yield b"{\n"
    for index, name in enumerate(top_level()):
        table = table_by_name()[name]
        yield (b",\n" if index else b"") + f'  "{name}": '.encode()
        pieces: Iterator[pl.DataFrame]
        if name in frames.streamed:  # read again a piece at a time, in id order (`stream.py`)
            assert name not in children, name
            pieces = (_records(frame, table).sort("id") for frame in frames.streamed[name]())
        else:
            frame = _records(frames.frames[name], table)
            for child in children.get(name, []):
                frame = _attach(frame, child, frames.frames[child.name])
            pieces = iter([frame.sort("id")])
        yield from _list_json(pieces, list(record_fields()[name]), quick)
    yield b"\n}\n"


def _records(frame: pl.DataFrame, table: Table) -> pl.DataFrame:
    """A table's rows as its records' values (groups as objects)."""
    return _grouped(frame.select([_typed(c) for c in table.columns]), table)


def _list_json(frames: Iterator[pl.DataFrame], fields: list[str], quick: bool) -> Iterator[bytes]:
    """The records of `frames`, one after the other, as one JSON list in the encoder's layout
    one level down (see `expected_pieces`)."""
    first = True
    for frame in frames:
        frame = frame.select(fields)
        if frame.is_empty():
            continue
        body = (_flat_records(frame) if quick else None) or _encoded_records(frame)
        yield b"[\n" if first else b",\n"
        first = False
        yield from body
    yield b"[]" if first else b"\n  ]"


_ESCAPED = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"))
"""What pydantic-core's encoder escapes in the text a valid table can hold (other control
characters are refused by the cell checks; a table holding one is written by the encoder)."""


SLICE_ROWS = 2000
"""Records rendered at a time: what is held at once is a slice's text and its intermediates
(with 50,000, checking the JSON of 2,000 articles took 100 MiB more at its peak). Each item of
a record's lists counts as a record (`_slices`)."""


def _encoded_records(frame: pl.DataFrame, slice_rows: int = SLICE_ROWS) -> Iterator[bytes]:
    """The records of `frame` (it has some) as pydantic-core's encoder writes the list one level
    down, less its brackets, in slices: the records joined by `,\n`."""
    import pydantic_core  # only once the tables are valid: a package with issues never needs it

    for offset, length in _slices(frame, slice_rows):
        # The list as the encoder writes it at the top level, indented one level more, less its
        # brackets: the text has no raw line feed but between values (\n in a string).
        records = frame.slice(offset, length).to_dicts()
        text = pydantic_core.to_json(records, indent=2).replace(b"\n", b"\n  ")
        yield (b",\n" if offset else b"") + text[2:-4]


def _slices(frame: pl.DataFrame, size: int) -> Iterator[tuple[int, int]]:
    """(offset, length) of consecutive slices of `frame` that hold about `size` values each: a
    record counts one, and one more per item of its lists. Persons hold a role per article that
    names them: 2,000 persons of an archive were every role of the package as Python objects at
    once (20,000 articles: 49 MiB over what the check held)."""
    lists = [name for name, dtype in frame.schema.items() if isinstance(dtype, pl.List)]
    if not lists:
        yield from ((offset, size) for offset in range(0, frame.height, size))
        return
    items = pl.sum_horizontal(*[pl.col(name).list.len().fill_null(0) for name in lists])
    start = held = 0
    for index, weight in enumerate(frame.select(items + 1).to_series().to_list()):
        if held and held + weight > size:
            yield start, index - start
            start, held = index, 0
        held += weight
    yield start, frame.height - start


def _flat_records(frame: pl.DataFrame, slice_rows: int = SLICE_ROWS) -> Iterator[bytes] | None:
    """The records of `frame` (it has some) laid out as the encoder lays the list out one level
    down, less its brackets, when every field is text or an integer (else None); in pieces of
    `slice_rows` records joined by `,\n`.

    One `concat_str` of the cells and the text between them, merged into as few literals as the
    nulls allow (a column with none, or only nulls, needs no test per row): concatenating each
    cell in its quotes first took three times as long (0.8 s for 600,000 evidence rows)."""
    pieces: list[pl.Expr] = []
    between = ""  # the text since the last cell, written once before the next
    for index, (name, dtype) in enumerate(frame.schema.items()):
        cell = pl.col(name)
        between += ("    {\n" if index == 0 else ",\n") + f'      "{name}": '
        nulls = frame[name].null_count()
        if nulls == frame.height:
            between += "null"
            continue
        if dtype == pl.Int64:
            value, quote = cell.cast(pl.String), ""
        elif dtype == pl.String:
            # most columns (ids, codes) hold nothing to escape: one scan tells, a second which
            if frame.select(cell.str.contains(r'[\x00-\x1f"\\]').any()).item():
                if frame.select(cell.str.contains(r"[\x00-\x08\x0b\x0c\x0e-\x1f]").any()).item():
                    return None
                size = frame[name].str.len_bytes().sum()
                cell = _escaped(cell, long=size > 256 * (frame.height - nulls))
            value, quote = cell, '"'
        else:
            return None
        if nulls:
            pieces += [
                pl.lit(between),
                pl.when(cell.is_null())
                .then(pl.lit("null"))
                .otherwise(pl.concat_str(pl.lit(quote), value, pl.lit(quote))),
            ]
            between = ""
        else:
            pieces += [pl.lit(between + quote), value]
            between = quote
    if not pieces:  # every cell null: literals alone would make one record, not one per row
        return None
    pieces.append(pl.lit(between + "\n    }"))
    record = pl.concat_str(pieces).str.join(",\n").cast(pl.Binary)

    def text() -> Iterator[bytes]:
        for offset in range(0, frame.height, slice_rows):
            part: bytes = frame.slice(offset, slice_rows).select(record).item()
            yield (b",\n" if offset else b"") + part

    return text()


def _escaped(cell: pl.Expr, long: bool) -> pl.Expr:
    """`cell` with `_ESCAPED` applied. Short texts (quotes) take one pass of `replace_many`, four
    times faster there; long texts (articles) a literal replacement a character, twice as fast."""
    if not long:
        return cell.str.replace_many([raw for raw, _ in _ESCAPED], [escaped for _, escaped in _ESCAPED])
    for raw, escaped in _ESCAPED:
        cell = cell.str.replace_all(raw, escaped, literal=True)
    return cell


def _typed(column: Column) -> pl.Expr:
    """A text column as the value type the models give it (the cells are valid)."""
    cell = pl.col(column.name)
    if column.type == "integer":
        return cell.cast(pl.Int64)
    if column.type == "number":
        return cell.cast(pl.Float64)
    if column.type == "array":
        return cell.str.json_decode(pl.List(pl.String)).fill_null(pl.lit([], dtype=pl.List(pl.String)))
    return cell


def _grouped(frame: pl.DataFrame, table: Table) -> pl.DataFrame:
    """Prefixed columns of a nested model (`place_name`, ...) as one object column, null when empty."""
    groups = dict.fromkeys(c.group for c in table.columns if c.group)
    for group in groups:
        assert group is not None
        members = [c.name for c in table.columns if c.group == group]
        fields = [pl.col(m).alias(m[len(group) + 1 :]) for m in members]
        present = pl.any_horizontal([pl.col(m).is_not_null() for m in members])
        frame = frame.with_columns(pl.when(present).then(pl.struct(fields)).alias(group)).drop(members)
    return frame


def _attach(frame: pl.DataFrame, child: Table, rows: pl.DataFrame) -> pl.DataFrame:
    """The parent's frame with the child table's rows as a list column, in position order."""
    assert child.parent_field is not None
    key = f"{SINGULAR[child.parent or '']}_id"
    typed = _grouped(rows.select([_typed(c) for c in child.columns]), child)
    items = [c for c in typed.columns if c not in (key, "position")]
    value = pl.col(child.scalar_column) if child.scalar_column else pl.struct(items)
    lists = (
        typed.sort(key, "position").group_by(key, maintain_order=True).agg(value.alias(child.parent_field))
    )
    frame = frame.join(lists, left_on="id", right_on=key, how="left")
    empty = pl.lit([], dtype=lists.schema[child.parent_field])
    return frame.with_columns(pl.col(child.parent_field).fill_null(empty))


def _first_difference(found: Any, wanted: dict[str, Any]) -> tuple[str, str]:
    """(JSON path, what differs) for the first record of `found` unlike the tables' one."""
    if not isinstance(found, dict) or set(found) != set(wanted):
        keys = sorted(found) if isinstance(found, dict) else type(found).__name__
        return "$", f"{JSON_FILE} holds {keys}, the tables give {sorted(wanted)}"
    for name in top_level():
        mine, theirs = found[name], wanted[name]
        if not isinstance(mine, list) or len(mine) != len(theirs):
            count = len(mine) if isinstance(mine, list) else type(mine).__name__
            return f"$.{name}", f"{name}: {count} records in {JSON_FILE}, {len(theirs)} in the tables"
        for index, (record, reference) in enumerate(zip(mine, theirs, strict=True)):
            if record != reference:
                key = next(
                    (k for k in reference if not isinstance(record, dict) or record.get(k) != reference[k]),
                    "",
                )
                got = record.get(key) if isinstance(record, dict) else record
                return (
                    f"$.{name}[{index}].{key}",
                    f"{reference.get('id', index)}: {key} is {_short(got)} in {JSON_FILE}, "
                    f"{_short(reference.get(key))} in the tables",
                )
    return "$", f"{JSON_FILE} differs from the tables"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
