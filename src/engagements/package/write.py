"""Write a dataset as a data package: CSV per table, nested JSON, `datapackage.json`.

Written into a temporary folder beside the target, then swapped into place (`placing.swap_in`), so
readers never see a half-written package, nor, on Linux, a moment without one. Rows are sorted
and nothing time-dependent is written: the same dataset gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from pydantic import BaseModel

from ..errors import OutputError
from ..files import resolved
from ..models import Article, Dataset
from ..placing import recover, swap_in
from ..report import Report
from .credit import credited_sources
from .rows import table_rows, to_cell
from .schema import descriptor, dumps
from .spec import JSON_FILE as JSON_FILE
from .tables import tables
from .version import UNRELEASED, version_of


def render_csv(columns: list[str], rows: Iterable[dict[str, object]]) -> str:
    return "".join(csv_chunks(columns, rows))


PIECE_CHARACTERS = 1 << 20
"""The most characters a piece of CSV holds before it is let go (one row more at most)."""


def csv_chunks(columns: list[str], rows: Iterable[dict[str, object]], size: int = 2000) -> Iterator[str]:
    """A CSV file's text in pieces of `size` rows or `PIECE_CHARACTERS`, whichever comes first:
    a large table is never one string. Rows are counted for short ones, characters for the
    articles' texts: 2,000 of them (a buffer of 4 bytes a character, its text, the text
    encoded) were the largest thing a conversion's writing held."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for count, row in enumerate(rows, start=1):
        writer.writerow([to_cell(row.get(c)) for c in columns])
        if count % size == 0 or buffer.tell() >= PIECE_CHARACTERS:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


Apart = Mapping[str, Iterable[BaseModel]]
"""Records of some of the dataset's lists (by field name: `evidence`, `articles`) held apart from
it, in id order, such as a `pipeline.spill.Spill`'s: they stand for the dataset's, which are then
empty. Each is iterated once per file that holds it, so it must iterate anew each time."""


def json_chunks(dataset: Dataset, apart: Apart | None = None) -> Iterator[str]:
    """`dataset.model_dump_json(indent=2)` plus a final line feed, one record at a time.

    The same bytes as dumping the whole dataset at once (a test compares them), without the whole
    text in memory: each record is dumped by the same encoder and indented two levels down, the
    place it has inside the document. The records of `apart` stand for the dataset's.
    """
    apart = apart or {}
    yield "{\n"
    for index, name in enumerate(type(dataset).model_fields):
        records = apart.get(name, getattr(dataset, name))
        yield (",\n" if index else "") + f'  "{name}": '
        position = -1
        for position, record in enumerate(records):
            text = record.model_dump_json(indent=2).replace("\n", "\n    ")
            yield ("[\n    " if position == 0 else ",\n    ") + text
        yield "\n  ]" if position >= 0 else "[]"
    yield "\n}\n"


def render_files(
    dataset: Dataset, version: str = UNRELEASED, apart: Apart | None = None
) -> Iterator[tuple[str, Iterable[str]]]:
    """Every file of the package as (relative path, text in pieces); `version` is the dataset's.

    The records of `apart` (see `Apart`) stand for the dataset's, read as they are written.
    """
    apart = apart or {}
    twice = sorted(name for name in apart if getattr(dataset, name))
    if twice:
        raise ValueError(f"{', '.join(twice)} given twice: in the dataset and apart")
    dataset = dataset.sorted()
    for table in tables():
        records = apart.get(table.parent or table.name)  # a child table's rows come from its parent's
        yield table.file, csv_chunks([c.name for c in table.columns], table_rows(dataset, table, records))
    articles = cast(Iterable[Article], apart.get("articles", dataset.articles))
    yield "datapackage.json", [dumps(descriptor(credited_sources(articles), version))]
    yield JSON_FILE, json_chunks(dataset, apart)


def render(dataset: Dataset, version: str = UNRELEASED) -> dict[str, str]:
    """Every file of the package, by relative path; `version` is the dataset's."""
    return {name: "".join(pieces) for name, pieces in render_files(dataset, version)}


def write_package(
    dataset: Dataset, out: Path, check: Callable[[Path], Report] | None = None, version: str | None = None
) -> Report | None:
    """Replace `out` with the package, atomically; refuses to replace a folder that is not a package.

    `check` validates the package while it is still in its temporary folder: an invalid package
    is never moved into place. Returns the check's report (of the package now at `out`).
    The dataset version is `version`, else that of the package replaced (a rebuild changes nothing).
    """
    return stage_package(dataset, out, version).finish(check)


def stage_package(
    dataset: Dataset, out: Path, version: str | None = None, apart: Apart | None = None
) -> StagedPackage:
    """Write the package into a temporary folder beside `out`; `finish` checks it and moves it in.

    The two steps are apart so that a caller can let go of the records before the package is
    validated: validation reads the files, and a large dataset need not be in memory twice.
    The records of `apart` stand for the dataset's, as in `render_files`.
    """
    with _as_output_error(out):
        target = resolved(out)
        if target is None:
            raise OutputError(f"{out} cannot be resolved (a link loop?); choose another -o")
        out = target
        if out.exists() and (
            not out.is_dir() or (any(out.iterdir()) and not (out / "datapackage.json").exists())
        ):
            raise OutputError(f"{out} exists and is not a data package; choose another -o or remove it")
        out.parent.mkdir(parents=True, exist_ok=True)
        recover(out)  # what a killed conversion left beside `out`
        version = version or version_of(out) or UNRELEASED
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        try:
            for name, pieces in render_files(dataset, version, apart):
                write_pieces(tmp / name, pieces)
            os.chmod(tmp, 0o755)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return StagedPackage(tmp, out)


def write_pieces(path: Path, pieces: Iterable[str]) -> None:
    """One file of the package, written as its pieces come (UTF-8, line feeds as they are)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(pieces)


@dataclass(frozen=True)
class StagedPackage:
    """A package written in full into `tmp`, not yet in place at `out`."""

    tmp: Path
    out: Path

    def discard(self) -> None:
        """Remove the written package without moving it in (an interrupted conversion)."""
        shutil.rmtree(self.tmp, ignore_errors=True)

    def finish(self, check: Callable[[Path], Report] | None = None) -> Report | None:
        """Validate with `check` (an invalid package is removed, never moved in), then swap in."""
        with _as_output_error(self.out):
            try:
                report = None
                if check is not None:
                    report = check(self.tmp)
                    if not report.valid:
                        shown = "; ".join(f"{i.location}: {i.code}: {i.message}" for i in report.issues[:5])
                        raise OutputError(f"the built package is invalid, nothing was written: {shown}")
                swap_in(self.tmp, self.out)
                return None if report is None else Report(str(self.out), report.issues, report.rows)
            except BaseException:
                shutil.rmtree(self.tmp, ignore_errors=True)
                raise


@contextmanager
def _as_output_error(out: Path) -> Iterator[None]:
    """Disk full, read-only folder, no permission: a message, not a traceback."""
    try:
        yield
    except OSError as error:
        where = error.filename or out
        raise OutputError(f"cannot write {where}: {error.strerror}; nothing was replaced") from None
