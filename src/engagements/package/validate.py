"""Validate a data package: descriptor, files, headers, cells, rows, keys and evidence.

Collects every issue rather than stopping at the first. The `fast` engine (polars, default)
and the `model` engine (pydantic, row by row) check the same rules and report the same issues.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

from ..report import Report
from . import fast
from .descriptor import locate_descriptor, read_descriptor
from .evidence import evidence_checks
from .json_check import check_json
from .read import MAX_STREAMED_BYTES, MAX_TABLE_BYTES, read_table_file, spans_lines
from .spec import table_by_name
from .stream import PIECE_BYTES, STREAM_BYTES, STREAMABLE, check_streamed, check_without_texts
from .validate_common import Found, Frames, check_tables

Engine = Literal["fast", "model"]


def validate_package(
    path: str | os.PathLike[str],
    engine: Engine = "fast",
    max_bytes: int = MAX_TABLE_BYTES,
    stream_bytes: int = STREAM_BYTES,
    piece_bytes: int = PIECE_BYTES,
    stream_limit: int = MAX_STREAMED_BYTES,
) -> Report:
    """Every issue of the package at `path` (a folder or its `datapackage.json`).

    With the fast engine, an `evidence` or `external_evidence` file over `stream_bytes` (or over
    `max_bytes`, which bounds the files read whole) is checked in pieces of about `piece_bytes`
    (`stream.py`): the same report, in memory that does not grow with its rows. Files read in
    pieces (those, `engagements.json`) are held to `stream_limit` instead of `max_bytes`.
    `articles.csv` over `stream_bytes`, or beside evidence checked in pieces, is read in pieces
    too (up to `max_bytes`) and held without its texts, which the quotes are checked against a
    range of ids at a time from the temporary folder (`texts.py`)."""
    path = Path(path)
    report = Report(str(path))
    descriptor = locate_descriptor(path)
    if descriptor is None:
        report.add(
            "package_not_found",
            f"no datapackage.json at {path}; pass a package folder or its datapackage.json",
            str(path),
        )
        return report
    if descriptor.suffix.lower() != ".json":
        folder = next((f for f in descriptor.parents if (f / "datapackage.json").is_file()), None)
        hint = f"; its package is probably {folder}" if folder else ""
        report.add(
            "package_not_found",
            f"{path} is a {descriptor.suffix or 'plain'} file, not a package: pass the package folder "
            f"or its datapackage.json{hint}",
            str(path),
        )
        return report
    declared = read_descriptor(descriptor, report)
    if declared is None:
        return report.sorted()
    root = descriptor.parent
    found = Found(report)
    frames = Frames()

    def check_table(name: str) -> None:
        table = table_by_name()[name]
        if engine == "model":  # the model engine validates cells with the models' own types
            from .tables import table_by_name as model_tables

            table = model_tables()[name]
        tf = read_table_file(root, table, declared[name], report, max_bytes)
        if tf is None:
            return
        if engine == "fast":
            frame = fast.read_frame(tf, found)
            bad = fast.column_codes(frame, tf, found)
            fast.check_rules(frame, tf, bad, found)
        else:
            from . import model  # pydantic, row by row: imported only for this engine

            frame, bad = model.read_frame(tf, found)
        spanning = tf.lines is None and spans_lines(tf)
        if spanning:
            tf.lines = fast.record_starts(frame, tf)  # (the slow path keeps them as it reads)
        if not spanning or tf.lines is not None:
            tf.data = b""  # the issues' lines are known (`Found.flush`): the file's bytes can go
        frames.frames[name], frames.files[name], frames.bad[name] = frame, tf, bad

    def size(name: str) -> int:
        return _size(root, declared[name])

    fast_engine = engine == "fast"
    # Too large to hold (or to hold whole): in pieces. The articles, within the limit of
    # tables read whole, too when large or when evidence is: held without their texts.
    streamed = [
        n for n in declared if fast_engine and n in STREAMABLE and size(n) > min(stream_bytes, max_bytes)
    ]
    without_texts = [
        n
        for n in declared
        if fast_engine and n == "articles" and (size(n) > stream_bytes or streamed) and size(n) <= max_bytes
    ]
    whole = sorted((n for n in declared if n not in streamed + without_texts), key=lambda n: -size(n))
    try:
        # Tables are independent until the key checks; polars releases the GIL, so a
        # small pool overlaps the large table's parsing with the small tables' checks.
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(check_table, whole))
        report.rows = sum(frame.height for frame in frames.frames.values())
        for name in without_texts:  # texts to disk, a range of ids at a time (`texts.py`)
            table = table_by_name()[name]
            report.rows += check_without_texts(
                root, table, declared[name], frames, found, stream_limit, piece_bytes
            )
        for name in streamed:  # against the other tables, held whole
            table = table_by_name()[name]
            report.rows += check_streamed(
                root, table, declared[name], frames, found, stream_limit, piece_bytes
            )
        check_tables(frames, found, evidence_checks)
    finally:
        if frames.texts is not None:
            frames.texts.close()
    found.flush()
    check_json(root, frames, report, max_bytes, stream_limit)
    return report.sorted()


def _size(root: Path, rel: str) -> int:
    path = root / rel
    return path.stat().st_size if path.is_file() else 0
