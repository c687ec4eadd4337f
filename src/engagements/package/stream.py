"""Checking a leaf table larger than memory in pieces: `evidence` at archive sizes.

Most tables are held whole while checked, as keys, references, spans and name support cross
tables. Nothing refers to a row of `evidence` or `external_evidence`, the bulk of a large
package (70% of the rows), and each of their rows is checked against the other tables only. Above
a size such a table is read in pieces of whole records; each piece gets every check a whole table
gets (cells, row rules, references, spans, quotes, name support) with the other tables in memory,
and is dropped once checked. Only what crosses pieces is kept: a 64-bit hash of each row's key
for duplicate keys (8 bytes a row), where each piece lies (to read it again for the rows whose
hash repeats and for the `engagements.json` check), and whether the ids come in order.

Two passes over the file. The scan makes the file-level checks of `read.read_table_file`
(encoding, line endings, header) and cuts the body at line feeds after an even number of quotes.
The check pass reads each piece with polars, trusted only when exact (`fast.exact_frame`), which
also proves the cut fell between records. From the first piece polars cannot read exactly to the
end of the file, Python's csv module (the reference) reads the records and finds their ends itself.
The report is the one the whole table gives (a test compares them), but for which issues are
kept past `report.MAX_ISSUES`.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import polars as pl

from ..report import Report
from . import fast
from .evidence import evidence_checks, valid_texts
from .read import (
    BOM,
    MAX_HEADER_BYTES,
    ROW_COLUMN,
    Slice,
    TableFile,
    append_scratch,
    csv_records,
    is_utf8,
    line_shift,
    open_package_file,
    read_scratch,
    record_lines,
    records_frame,
    report_bom,
    report_cr,
    report_empty,
    report_encoding,
    spans_lines,
    start_lines,
    table_header,
)
from .spec import Table
from .support import check_support
from .texts import ArticleTexts
from .validate_common import Found, Frames, key_checks, record_ids, run_checks, valid_cells

STREAMABLE = ("evidence", "external_evidence")
"""Tables no other table refers to: each row is checked against the others alone."""
STREAM_BYTES = 256 * 1024**2
"""A streamable table's file above this size is checked in pieces (`validate --stream-above`)."""
PIECE_BYTES = 64 * 1024**2
"""About how much of the file a piece holds: about a million evidence rows."""
SAMPLES_PER_PIECE = 256
"""Ids sampled from each piece to cut the ids into ranges, should the table need sorting."""
_RANGE_COLUMN = "__range"
REFERENCE_ROWS = 100_000
"""Records per piece where Python's csv module reads."""
_MAX_TRIES = 64
"""Line feeds tried, from a block's end back, for one after an even number of quotes."""


@dataclass
class Piece:
    """Where a piece of the body lies: `offset` and `size` in bytes, and the line feeds before it."""

    offset: int
    size: int
    lines_before: int
    rows_before: int = 0
    """Records before it, the header included (known once the pieces before it are read)."""
    reference: bool = False
    """Read by Python's csv module, from `offset` to the end of the file (size unused)."""


@dataclass
class Layout:
    """A scanned file: its header line and its body's pieces."""

    head: bytes
    """The header line, line feed included, put before every piece so each reads as a table."""
    tf: TableFile
    pieces: list[Piece] = field(default_factory=list)


def check_streamed(
    root: Path, table: Table, rel: str, frames: Frames, found: Found, limit: int, piece_bytes: int
) -> int:
    """Check the table at `rel` (at most `limit` bytes) in pieces against `frames` (the other
    tables, checked whole); register it in `frames.streamed` for the JSON check. Returns its rows."""
    report = found.report
    handle = open_package_file(root, rel, limit, report, f"the descriptor lists it for {table.name!r}")
    if handle is None:
        return 0
    with handle:
        size = os.fstat(handle.fileno()).st_size
        layout = _scan(handle, table, rel, report, piece_bytes)
    if layout is None:
        return 0
    ids = record_ids(frames)
    hashes: list[pl.Series] = []
    keys = list(table.primary_key)
    in_order = "id" in layout.tf.columns
    last: str | None = None
    samples: list[pl.Series] = []
    rows = 0
    for tf, frame in _read(root, rel, layout, report, limit):
        bad = fast.column_codes(frame, tf, found)
        fast.check_rules(frame, tf, bad, found)
        view = Frames(
            frames={**frames.frames, table.name: frame},
            files={**frames.files, table.name: tf},
            bad={**frames.bad, table.name: bad},
            computed=frames.computed,  # what is derived from the other tables, once
            texts=frames.texts,
        )
        checks = key_checks(view, found, table.name, ids, primary=False)
        run_checks(checks + evidence_checks(view, ids, found, (table.name,)))
        if table.name == "evidence":  # the only table whose quotes must name their records
            check_support(view, found)
        found.flush()  # while this piece's lines can be found
        if all(k in frame.columns for k in keys):
            complete = pl.all_horizontal([view.valid(table.name, k) for k in keys])
            hashes.append(frame.select(pl.when(complete).then(pl.struct(keys).hash())).to_series())
        if "id" in frame.columns:  # where to cut the ids, should they need sorting
            samples.append(frame["id"].gather_every(max(1, frame.height // SAMPLES_PER_PIECE)))
        if in_order and frame.height:
            ids_here = frame["id"]
            in_order = ids_here.is_sorted() and (last is None or (ids_here[0] or "") >= last)
            last = ids_here[-1]
        rows += frame.height
    if hashes:
        _duplicate_keys(root, rel, layout, pl.concat(hashes), keys, found, limit)

    def again() -> Iterator[pl.DataFrame]:
        """The records again, in id order: the pieces as they come, or else sorted on disk a
        range of ids at a time (a file not sorted by id, which `convert` never writes)."""
        pieces = (frame for _, frame in _read(root, rel, layout, Report(rel), limit))
        ranges = max(len(layout.pieces), -(-size // piece_bytes))  # a cut-off scan has fewer pieces
        yield from pieces if in_order else sorted_on_disk(pieces, range_bounds(samples, ranges))

    frames.streamed[table.name] = again
    if not in_order:
        frames.out_of_order[table.name] = (rel, size)
    return rows


def check_without_texts(
    root: Path, table: Table, rel: str, frames: Frames, found: Found, limit: int, piece_bytes: int
) -> int:
    """Check `articles` (the file at `rel`, at most `limit` bytes) in pieces and hold it without
    its texts, which go to disk a range of ids a piece (`texts.ArticleTexts`, `frames.texts`),
    so that the texts are never in memory together. Held as a table read whole otherwise (in
    `frames.frames`, with its lines), and registered in `frames.streamed` for the JSON check,
    which reads the texts again. Ids out of order (`convert` writes them in order) or no text
    column: the texts are held, as when the file is read whole. Returns the rows."""
    report = found.report
    handle = open_package_file(root, rel, limit, report, f"the descriptor lists it for {table.name!r}")
    if handle is None:
        return 0
    with handle:
        layout = _scan(handle, table, rel, report, piece_bytes)
    if layout is None:
        return 0
    texts = ArticleTexts() if {"id", "text"} <= set(layout.tf.columns) else None
    try:
        return _hold_without_texts(root, rel, layout, frames, found, limit, texts)
    except BaseException:
        if texts is not None:
            texts.close()
        raise


def _hold_without_texts(
    root: Path, rel: str, layout: Layout, frames: Frames, found: Found, limit: int, texts: ArticleTexts | None
) -> int:
    kept: list[pl.DataFrame] = []
    bad: dict[str, list[pl.Series]] = {}
    lines: dict[int, int] = {}
    in_order, last, position = texts is not None, None, 0
    for tf, frame in _read(root, rel, layout, found.report, limit):
        piece_bad = fast.column_codes(frame, tf, found)
        fast.check_rules(frame, tf, piece_bad, found)
        found.flush()  # while this piece's lines can be found
        if tf.lines is not None:
            lines |= tf.lines
        elif frame.height and spans_lines(tf):
            lines |= fast.record_starts(frame, tf) or record_lines(tf, frame[ROW_COLUMN][-1])
        elif frame.height and line_shift(tf):  # one line a record, below earlier line feeds
            lines |= start_lines(tf, frame[ROW_COLUMN].to_list())
        for column, positions in piece_bad.items():
            bad.setdefault(column, []).append(positions + position)
        if in_order and texts is not None and frame.height:
            ids = frame["id"]
            in_order = ids.is_sorted() and (last is None or (ids[0] or "") >= last)
            last = ids[-1]
            if in_order:
                valid = valid_cells(frame, piece_bad, "id") & valid_cells(frame, piece_bad, "text")
                texts.add_texts(valid_texts(frame.lazy(), valid).collect())
        kept.append(frame.drop("text") if texts is not None else frame)
        position += frame.height
    whole = pl.concat(kept) if kept else records_frame(layout.tf, [])
    if texts is not None and not in_order:  # the texts are held after all, read again
        texts.close()
        texts = None
        again = [piece["text"] for _, piece in _read(root, rel, layout, Report(rel), limit)]
        whole = whole.with_columns(pl.concat(again)).select(*layout.tf.columns, ROW_COLUMN)
    elif texts is not None and not kept:
        whole = whole.drop("text")
    name = layout.tf.table.name
    frames.frames[name] = whole
    frames.files[name] = TableFile(
        layout.tf.table, rel, header=layout.tf.header, columns=layout.tf.columns, lines=lines or None
    )
    frames.bad[name] = {c: pl.concat(p) for c, p in bad.items()}
    if texts is not None:
        frames.texts = texts
        frames.streamed[name] = lambda: (frame for _, frame in _read(root, rel, layout, Report(rel), limit))
    return whole.height


def range_bounds(samples: list[pl.Series], ranges: int) -> pl.Series:
    """Ids that cut the sampled ids into `ranges` ranges of about equal counts (sorted)."""
    ids = pl.concat(samples).drop_nulls().sort() if samples else pl.Series("id", [], dtype=pl.String)
    picks = [ids[len(ids) * i // ranges] for i in range(1, ranges)] if len(ids) else []
    return pl.Series("id", picks, dtype=pl.String).unique(maintain_order=True)


def sorted_on_disk(pieces: Iterator[pl.DataFrame], bounds: pl.Series) -> Iterator[pl.DataFrame]:
    """The rows of `pieces` sorted by id (nulls first), a range of ids at a time: each piece's
    rows go to a scratch file, a payload per range (ranges cut at `bounds`, sorted ids), then
    each range is read back and sorted. Memory holds a piece, then a range (about a piece when
    the bounds come from a sample of the ids), where sorting the table in memory held it whole
    several times over (an 820 MB evidence file: 5.3 GiB). The file, in the temporary folder,
    takes about the table's size and is removed when the last range is given (or the caller
    stops)."""
    with tempfile.TemporaryDirectory(prefix="engagements-sort-", ignore_cleanup_errors=True) as folder:
        written: dict[int, list[Slice]] = {}
        for frame in pieces:
            index = bounds.search_sorted(frame["id"], side="right")
            tagged = frame.with_columns(
                pl.when(frame["id"].is_null()).then(0).otherwise(index).alias(_RANGE_COLUMN)
            )
            for (key,), part in tagged.partition_by(_RANGE_COLUMN, as_dict=True, include_key=False).items():
                written.setdefault(int(key), []).append(append_scratch(part, Path(folder) / "rows.arrow"))
        for key in sorted(written):
            yield read_scratch(written[key]).sort("id")


def _scan(handle: BinaryIO, table: Table, rel: str, report: Report, piece_bytes: int) -> Layout | None:
    """The file-level checks of `read.read_table_file` in one pass, and the body cut in pieces;
    None (reported) when the file cannot be checked further."""
    first = handle.read(max(piece_bytes, MAX_HEADER_BYTES + 1))
    if first.startswith(BOM):
        report_bom(rel, report)
        return None
    while b"\n" not in first:  # a header line longer than a block (refused below), or no body
        block = handle.read(piece_bytes)
        if not block:
            break
        first += block
    head = first[: first.find(b"\n") + 1] or first
    buffer, start, lines = first[len(head) :], len(head), head.count(b"\n")
    pieces: list[Piece] = []
    all_space, cr_line, cut_off = head.isspace() or not head, 0 if b"\r" not in head else 1, False
    if not _utf8(head, 0, 0, rel, report):
        return None
    window, ended = piece_bytes, False
    while True:
        while not ended and len(buffer) < window:
            block = handle.read(piece_bytes)
            buffer, ended = buffer + block, not block
        if not buffer:
            break
        if ended and len(buffer) <= window:
            cut = len(buffer)
        else:
            cut, tried = (buffer.rfind(b"\n", 0, window) + 1, 0) if cut_off else _record_end(buffer, window)
            if not cut and tried == _MAX_TRIES:  # a stray quote, most likely: no cut to trust
                pieces.append(Piece(start, 0, lines, reference=True))  # so the reference reads the rest
                cut_off = True
                cut = buffer.rfind(b"\n", 0, window) + 1  # only so that no character is cut in two
            if not cut:
                window *= 2
                continue
        window = piece_bytes
        segment = buffer[:cut]
        if not _utf8(segment, start, lines, rel, report):
            return None
        all_space = all_space and segment.isspace()
        if not cr_line and b"\r" in segment:
            cr_line = lines + segment.count(b"\n", 0, segment.index(b"\r")) + 1
        if not cut_off:
            pieces.append(Piece(start, cut, lines))
        start, lines, buffer = start + cut, lines + segment.count(b"\n"), buffer[cut:]
    if all_space:
        report_empty(rel, report)
        return None
    if cr_line:
        report_cr(rel, report, cr_line)
        return None
    tf = table_header(table, rel, head, report)
    return None if tf is None else Layout(head, tf, pieces)


def _record_end(buffer: bytes, window: int) -> tuple[int, int]:
    """Where to cut `buffer` (which starts a record) within its first `window` bytes: after the
    last line feed there that follows an even number of quotes, or 0 when none of the last
    `_MAX_TRIES` does; and how many line feeds were tried."""
    quotes = buffer.count(b'"', 0, window)
    end = buffer.rfind(b"\n", 0, window)
    for tried in range(_MAX_TRIES):
        if end < 0:
            return 0, tried
        if (quotes - buffer.count(b'"', end, window)) % 2 == 0:
            return end + 1, tried + 1
        end = buffer.rfind(b"\n", 0, end)
    return 0, _MAX_TRIES


def _utf8(segment: bytes, offset: int, lines: int, rel: str, report: Report) -> bool:
    """Whether `segment` (cut at line feeds, so no character is split) is UTF-8; else reported."""
    if is_utf8(segment):
        return True
    try:
        segment.decode("utf-8")
    except UnicodeDecodeError as error:
        line = lines + segment.count(b"\n", 0, error.start) + 1
        report_encoding(rel, report, segment[error.start], offset + error.start, line)
        return False
    return True


def _read(
    root: Path, rel: str, layout: Layout, report: Report, limit: int
) -> Iterator[tuple[TableFile, pl.DataFrame]]:
    """Each piece as (its table file, its frame), rows and lines counted from the file's start;
    malformed records (read by the reference) go to `report`."""
    handle = open_package_file(root, rel, limit, report, "it was read a moment ago")
    if handle is None:
        return
    with handle:
        rows = 1
        for piece in layout.pieces:
            piece.rows_before = rows
            if not piece.reference:
                handle.seek(piece.offset)
                tf = _piece_file(layout, layout.head + handle.read(piece.size), piece)
                frame = fast.exact_frame(tf)
                if frame is not None:
                    rows += frame.height
                    yield tf, frame
                    continue
                piece.reference = True  # and the rest of the file with it
            yield from _reference(handle, layout, piece, report)
            return


def _piece_file(layout: Layout, data: bytes, piece: Piece) -> TableFile:
    tf = layout.tf
    return TableFile(
        tf.table,
        tf.file,
        data,
        tf.header,
        tf.columns,
        row_offset=piece.rows_before - 1,
        line_offset=piece.lines_before - 1,
    )


def _reference(
    handle: BinaryIO, layout: Layout, piece: Piece, report: Report
) -> Iterator[tuple[TableFile, pl.DataFrame]]:
    """The records from `piece` to the end as Python's csv module reads them (as
    `read.slow_records` reads a whole file), `REFERENCE_ROWS` at a time."""
    handle.seek(piece.offset)
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    reader = csv.reader(text, strict=True)
    records: list[dict[str, Any]] = []
    lines: dict[int, int] = {}

    def batch() -> tuple[TableFile, pl.DataFrame]:
        tf = _piece_file(layout, b"", piece)
        tf.lines = dict(lines)
        frame = records_frame(tf, records)
        records.clear()
        lines.clear()
        return tf, frame

    try:
        for row, line, record in csv_records(
            reader, layout.tf, report, False, piece.rows_before, piece.lines_before
        ):
            lines[row] = line
            if record is not None:
                records.append(record)
                if len(records) >= REFERENCE_ROWS:
                    yield batch()
    finally:
        text.detach()  # the handle is the caller's to close
    if records:
        yield batch()


def _duplicate_keys(
    root: Path, rel: str, layout: Layout, hashes: pl.Series, keys: list[str], found: Found, limit: int
) -> None:
    """Report rows whose key an earlier row has: only the rows whose key hash repeats are read
    again, and compared as the whole table's check compares them (`validate_common`)."""
    repeated = hashes.is_not_null() & hashes.is_duplicated()
    if not repeated.any():
        return
    wanted = repeated.arg_true()
    candidates: list[pl.DataFrame] = []
    lines: dict[int, int] = {}
    position = 0
    for tf, frame in _read(root, rel, layout, Report(rel), limit):
        here = wanted.filter((wanted >= position) & (wanted < position + frame.height)) - position
        position += frame.height
        if here.is_empty():
            continue
        rows = frame.select(ROW_COLUMN, *keys)[here.to_list()]
        candidates.append(rows)
        lines |= start_lines(tf, rows[ROW_COLUMN].to_list())
    later = pl.concat(candidates).filter(~pl.struct(keys).is_first_distinct())
    tf = TableFile(layout.tf.table, layout.tf.file, lines=lines)
    for record in later.iter_rows():
        message = f"{', '.join(map(str, record[1:]))} is already used by an earlier row"
        found.add(tf, "duplicate_key", message, record[0], ",".join(keys))
    found.flush()
