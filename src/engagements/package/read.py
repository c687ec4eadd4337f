"""Reading a package for validation: each table's bytes, header and records (`descriptor.py` reads
the descriptor).

Shared by both validation engines, so they differ only in how they check cells, rows and keys.
Every problem becomes an issue in the report; nothing here raises on bad data.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TypeVar

import polars as pl

from ..files import FileRefused, inside, open_limited, resolved
from ..report import Report
from .spec import Table

if TYPE_CHECKING:
    from _csv import Reader

MAX_TABLE_BYTES = 2 * 1024**3
"""A file read whole (a table held in memory while checked) is refused above this."""
MAX_STREAMED_BYTES = 1024**4
"""A file read in pieces (`engagements.json`, a table checked in pieces: `stream.py`) is held to
this instead: what a check keeps of it does not grow with its size, and an archive's package
passes `MAX_TABLE_BYTES` early (its JSON takes about 13 KB an article: 2 GiB at about 165,000
articles; its evidence 3.6 KB: about 600,000). The bound only refuses the absurd."""
MAX_HEADER_BYTES = 64 * 1024
"""A header line longer than this is not a header of the schema (its longest is under 200 bytes)."""
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
"""Python's csv module stops at fields of 131,072 characters, and an article text may be longer
(up to 1,000,000): the limit is raised, once, for the whole process (it is a process-wide
setting), so that the model engine and the rebuild comparison read what pyarrow reads."""
Read = TypeVar("Read")
ROW_COLUMN = "__row"
"""Extra column holding each record's row number (header = row 1), as frictionless counts rows."""


@dataclass
class TableFile:
    """One table's file, read and checked down to its header."""

    table: Table
    file: str
    """Path as written in the descriptor, used in every location."""
    data: bytes = b""
    header: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    """Our columns that the header holds, in our order (missing ones already reported)."""
    records: int = 0
    """Records read, header included; more newlines than that means some record spans lines."""
    row_offset: int = 0
    line_offset: int = 0
    """Rows and lines of the file before `data`'s first record, but for the header: a piece of a
    table read in chunks (`stream.py`) holds the header then its records; 0 for a whole file."""
    lines: dict[int, int] | None = None
    """Row -> line where the record starts, when known as read (records read by Python's csv
    module in a stream): then `data` is not kept to find them again."""


def read_package_file(
    root: Path, rel: str, limit: int, report: Report, why: str, too_large: str = ""
) -> bytes | None:
    """The bytes of a file of the package, or None (reported) when it is missing, a link leading
    out of the package or in a loop, a special file, over `limit` or unreadable. `why` says why
    the file should be there, `too_large` what to do when it is over `limit`."""
    return _package_file(root, rel, limit, report, why, read_sized, too_large)


def read_sized(path: Path, limit: int) -> bytes:
    """`files.read_limited`, but asking for the file's size rather than `limit` bytes: a read
    allocates what it is asked for up front, and a check may pass a limit far above memory
    (`MAX_STREAMED_BYTES`). A file grown since it was measured is read on, up to `limit`.

    Here, not in `files.py`: that module is part of the extraction cache's key (sources are read
    with it), and a change there would make every archive's cached extractions stale."""
    with open_limited(path, limit) as handle:
        chunks = [handle.read(os.fstat(handle.fileno()).st_size + 1)]
        read = len(chunks[0])
        while read <= limit and (more := handle.read(min(limit + 1 - read, GROWN_READ_BYTES))):
            chunks.append(more)
            read += len(more)
    if read > limit:  # grown since it was measured
        raise FileRefused("file_too_large", f"over the limit of {limit} bytes")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


GROWN_READ_BYTES = 64 * 1024**2
"""What `read_sized` reads at a time of a file grown since it was measured."""


def open_package_file(root: Path, rel: str, limit: int, report: Report, why: str) -> BinaryIO | None:
    """`read_package_file`, open for reading in pieces instead of read whole."""
    return _package_file(root, rel, limit, report, why, open_limited)


def _package_file(
    root: Path,
    rel: str,
    limit: int,
    report: Report,
    why: str,
    read: Callable[[Path, int], Read],
    too_large: str = "",
) -> Read | None:
    path = root / rel
    if not os.path.lexists(path):
        report.add("file_missing", f"{rel} does not exist; {why}", rel)
        return None
    package = resolved(root)
    if package is None or not inside(path, package):
        report.add(
            "unsafe_path", f"{rel} is a link leading out of the package or in a loop; put the file there", rel
        )
        return None
    try:
        return read(path, limit)
    except FileRefused as refused:
        advice = f"; {too_large}" if too_large and refused.code == "file_too_large" else ""
        report.add(refused.code, f"{rel}: {refused.message}{advice}", rel)
    except OSError as error:
        report.add("file_missing", f"{rel} cannot be read ({error.strerror})", rel)
    return None


def holds_exactly(handle: BinaryIO, pieces: Iterable[bytes], limit: int) -> bool:
    """Whether what `handle` reads is exactly the pieces, end to end: read piece by piece, so
    neither side need be whole in memory, and no further than `limit` bytes."""
    return first_difference(handle, pieces, limit) is None


def first_difference(handle: BinaryIO, pieces: Iterable[bytes], limit: int) -> int | None:
    """The offset of the first byte where what `handle` reads and the pieces, end to end, differ
    (one ending before the other differs where it ends); None when they are the same bytes.
    Compared as `holds_exactly` compares them, from the handle's position."""
    read = 0
    for piece in pieces:
        over = read + len(piece) > limit  # compared up to `limit`, where the pieces then differ
        piece = piece[: limit - read] if over else piece
        got = handle.read(len(piece))
        if got != piece:
            return read + _common_prefix(got, piece)
        read += len(piece)
        if over:
            return read
    return read if handle.read(1) else None


def _common_prefix(a: bytes, b: bytes) -> int:
    """How many bytes `a` and `b` share from their start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def line_at(handle: BinaryIO, offset: int, block: int = 8 * 1024**2) -> int:
    """The line (from 1) of the byte at `offset` of what `handle` reads from its start, read a
    block at a time."""
    handle.seek(0)
    feeds = 0
    while offset > 0:
        data = handle.read(min(block, offset))
        if not data:
            break
        feeds += data.count(b"\n")
        offset -= len(data)
    return feeds + 1


TABLE_TOO_LARGE = (
    "a table is read whole (but an evidence file over --stream-above, read in pieces by the fast "
    "engine): `engagements validate --max-table-size` raises the limit, and the memory a check "
    "takes with it"
)


def read_table_file(root: Path, table: Table, rel: str, report: Report, max_bytes: int) -> TableFile | None:
    """Bytes and header of one table, or None when the file cannot be checked further."""
    data = read_package_file(
        root, rel, max_bytes, report, f"the descriptor lists it for {table.name!r}", TABLE_TOO_LARGE
    )
    if data is None:
        return None
    if not data or data.isspace():
        report_empty(rel, report)
        return None
    if data.startswith(BOM):
        report_bom(rel, report)
        return None
    try:
        if not is_utf8(data):  # checked fast; Python's decoding says where it fails
            data.decode("utf-8")
    except UnicodeDecodeError as error:
        report_encoding(rel, report, data[error.start], error.start, data.count(b"\n", 0, error.start) + 1)
        return None
    if b"\r" in data:
        report_cr(rel, report, data.count(b"\n", 0, data.index(b"\r")) + 1)
        return None
    return table_header(table, rel, data, report)


BOM = b"\xef\xbb\xbf"
UTF8_PIECE_BYTES = 1024**2
"""What `is_utf8` hands polars at a time: pieces of 16 MiB took as long and raised a 19,512-article
package's peak by 30 MiB."""


def is_utf8(data: bytes, piece: int = UTF8_PIECE_BYTES) -> bool:
    """Whether `data` is UTF-8, as Python's codec decides; ASCII at once, else by polars (Rust's
    validation, a tenth of the time of decoding in Python, which also makes a string of the
    whole file) a piece at a time. A piece ends before a character's continuation bytes (a
    character has at most three), so pieces of a valid text are valid; a cut inside a sequence
    makes both pieces invalid, so no cut hides a fault (and a valid text cut so, by a piece
    under four bytes, is only decoded in Python after)."""
    if data.isascii():
        return True
    start = 0
    while start < len(data):
        end = min(start + piece, len(data))
        for _ in range(3):
            if start + 1 < end < len(data) and data[end] & 0xC0 == 0x80:
                end -= 1
        try:
            pl.Series([data[start:end]], dtype=pl.Binary).cast(pl.String)
        except pl.exceptions.ComputeError:
            return False
        start = end
    return True


def report_empty(rel: str, report: Report) -> None:
    report.add("empty_file", f"{rel} is empty; it needs at least the header line", rel, line=1)


def report_bom(rel: str, report: Report) -> None:
    report.add(
        "byte_order_mark", "file starts with a UTF-8 byte order mark; save it without BOM", rel, line=1
    )


def report_encoding(rel: str, report: Report, byte: int, offset: int, line: int) -> None:
    report.add(
        "encoding_error",
        f"not UTF-8 (byte {byte:#04x} at offset {offset}); re-save the file as UTF-8",
        rel,
        line=line,
    )


def report_cr(rel: str, report: Report, line: int) -> None:
    report.add(
        "crlf_line_endings", "file contains CR characters; packages use LF line endings only", rel, line=line
    )


def table_header(table: Table, rel: str, data: bytes, report: Report) -> TableFile | None:
    """The table file of `data` (the file's bytes, or its beginning: what holds the header line)
    with its header checked against the table's columns; None when there is no header to read."""
    end = data.find(b"\n", 0, MAX_HEADER_BYTES + 1)
    if end < 0 and len(data) > MAX_HEADER_BYTES:
        report.add(
            "csv_malformed",
            f"the header line is over {MAX_HEADER_BYTES} bytes; the {table.name} schema has "
            f"{len(table.columns)} columns",
            rel,
            row=1,
            line=1,
        )
        return None
    first = data[: end if end >= 0 else len(data)].decode("utf-8")
    header = next(csv.reader([first]), [])
    result = TableFile(table, rel, data, header)
    expected = [c.name for c in table.columns]
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if name in seen:
            report.add("duplicate_column", f"column {name!r} appears twice", rel, row=1, field=name, line=1)
        elif name not in expected:
            report.add(
                "extra_column",
                f"column {name!r} (position {position}) is not in the {table.name} schema; remove it",
                rel,
                row=1,
                field=name,
                line=1,
            )
        seen.add(name)
    missing = [n for n in expected if n not in seen]
    for name in missing:
        report.add(
            "missing_column",
            f"column {name!r} is missing; expected columns: {', '.join(expected)}",
            rel,
            row=1,
            field=name,
            line=1,
        )
    present = [n for n in header if n in expected]
    if not missing and len(header) == len(expected) and present != expected:
        report.add(
            "column_order", f"columns are out of order; expected: {', '.join(expected)}", rel, row=1, line=1
        )
    result.columns = [n for n in expected if n in seen]
    return result


def slow_records(tf: TableFile, report: Report) -> list[dict[str, Any]]:
    """Records as dicts (with `__row`) read by Python's csv module; malformed rows are reported."""
    reader = csv.reader(io.StringIO(tf.data.decode("utf-8"), newline=""), strict=True)
    records: list[dict[str, Any]] = []
    lines: dict[int, int] = {}
    for row, line, record in csv_records(reader, tf, report, header=True):
        tf.records = row
        if line != row:  # a record spanned lines before this one
            lines[row] = line
        if record is not None:
            records.append(record)
    tf.lines = lines  # as read, where a row's line is not its number: `data` is not needed again
    return records


def csv_records(
    reader: Reader,
    tf: TableFile,
    report: Report,
    header: bool = False,
    rows_before: int = 1,
    lines_before: int = 0,
) -> Iterator[tuple[int, int, dict[str, Any] | None]]:
    """What `reader` (a strict `csv.reader`) reads, skipping the header line with `header`: each
    record as (row, line it starts on, its cells by column with `__row`), or None for the cells
    when it is malformed (reported). Rows and lines count on from `rows_before` records and
    `lines_before` lines (a piece of a table, `stream.py`); a CSV that cannot be read further is
    reported and ends the records."""
    width = len(tf.header)
    row = rows_before
    try:
        if header:
            next(reader)
        start = reader.line_num + 1
        for cells in reader:
            row += 1
            first_line = lines_before + start
            start = reader.line_num + 1
            if len(cells) != width:
                report.add(
                    "csv_malformed",
                    f"row has {len(cells)} cells, the header has {width}",
                    tf.file,
                    row=row,
                    line=lines_before + reader.line_num,
                )
                yield row, first_line, None
                continue
            record: dict[str, Any] = {name: cells[i] for i, name in enumerate(tf.header)}
            record[ROW_COLUMN] = row
            yield row, first_line, record
    except csv.Error as error:
        line = lines_before + reader.line_num
        report.add("csv_malformed", f"unreadable CSV: {error}", tf.file, row=row + 1, line=line)


def records_frame(tf: TableFile, records: list[dict[str, Any]]) -> pl.DataFrame:
    """`slow_records` as a polars frame: our columns as text (empty cells null) and `__row`."""
    return pl.DataFrame(
        {name: [r[name] or None for r in records] for name in tf.columns}
        | {ROW_COLUMN: [r[ROW_COLUMN] for r in records]},
        schema={name: pl.String for name in tf.columns} | {ROW_COLUMN: pl.Int64},
    )


def start_lines(tf: TableFile, rows: list[int]) -> dict[int, int]:
    """Row -> line where the record starts, for `rows`: the row itself (shifted by `line_shift`
    in a piece) unless records span lines."""
    if not rows or not spans_lines(tf):
        shift = line_shift(tf)
        return {row: row + shift for row in rows}
    lines = record_lines(tf, max(rows))
    return {row: lines.get(row, row) for row in rows}


def spans_lines(tf: TableFile) -> bool:
    """Whether some record of `tf` may span lines: then its rows' lines are found by reading."""
    return tf.lines is not None or tf.data.count(b"\n") > tf.records


def line_shift(tf: TableFile) -> int:
    """Line minus row of the records of `tf` when none spans lines: 0 in a whole file, and in a
    piece (`stream.py`) the line feeds inside the records of the pieces before it."""
    return tf.line_offset - tf.row_offset


def record_lines(tf: TableFile, last_row: int) -> dict[int, int]:
    """Row number -> line where the record starts, up to `last_row` (for records spanning lines).

    Rows and lines count from the start of the file, `data` being the whole file or a piece
    (header, then records) `row_offset` rows and `line_offset` lines into it."""
    if tf.lines is not None:
        return tf.lines
    reader = csv.reader(io.StringIO(tf.data.decode("utf-8"), newline=""))
    lines: dict[int, int] = {}
    start = 1
    for index, _ in enumerate(reader, start=1):
        row = index + tf.row_offset if index > 1 else 1
        lines[row] = start + tf.line_offset if index > 1 else 1
        start = reader.line_num + 1
        if row >= last_row:
            break
    return lines


@contextmanager
def scratch_errors(path: Path) -> Iterator[None]:
    """polars' I/O errors on a scratch file (a full disk, a temporary folder cleaned meanwhile)
    carry their reason in the message only: raise them as Python's own, with the error number,
    its reason and the file, so that the commands' messages say what and where."""
    try:
        yield
    except OSError as error:
        if error.filename is not None:
            raise
        number = re.search(r"\(os error (\d+)\)", str(error))
        code = int(number[1]) if number else errno.EIO
        raise OSError(code, f"{os.strerror(code)} (a temporary file of the check)", str(path)) from None


class Slice(NamedTuple):
    """`length` bytes at `offset` of a scratch file: a frame `append_scratch` wrote there."""

    path: Path
    offset: int
    length: int


def append_scratch(frame: pl.DataFrame, path: Path) -> Slice:
    """Append `frame` to the scratch file `path` as an Arrow IPC payload of its own; where it is.

    One file holds many frames, each read back alone at the cost of its own bytes: a check's
    scratch is one file, not one per range and piece (some 100,000 at a million articles). (A
    slice of rows of one IPC file read every row before it: the last range took the whole file.)"""
    buffer = io.BytesIO()
    frame.write_ipc(buffer)
    with scratch_errors(path), path.open("ab") as handle:
        offset = handle.seek(0, os.SEEK_END)
        handle.write(buffer.getbuffer())
    return Slice(path, offset, buffer.tell())


def read_scratch(slices: Iterable[Slice]) -> pl.DataFrame:
    """The frames `append_scratch` wrote at `slices`, one after the other."""
    frames = []
    for where in slices:
        with scratch_errors(where.path), where.path.open("rb") as handle:
            handle.seek(where.offset)
            frames.append(pl.read_ipc(handle.read(where.length)))
    return pl.concat(frames)
