"""Evidence spilled to disk: a conversion's evidence rows kept in SQLite from merge to write.

Evidence is about 70% of a conversion's records (one row per value, each with its quote), and
before this every row was held from the merge to the write, so memory grew with the corpus.
`merge` puts each article's rows here as they come, resolution and corrections find a record's
rows through an index on their subject, and the writer reads them back in id order: what is
held is the other records.

The rules are those of the lists they replace: a row whose id is already here is not added (the
first of an id stays, as `merge` keeps the first record of an id), and rows come back sorted by
id. A spill made in memory (`EvidenceSpill()`) serves a dataset that is already in memory, so
that resolution has one way to reach evidence.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from ..models import Evidence

COLUMNS = tuple(Evidence.model_fields)
"""The evidence model's fields, in order: a row of the spill is their values."""
_PLACES = ", ".join("?" * len(COLUMNS))
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM evidence"
READ_ROWS = 2000
"""Rows fetched at a time when the whole spill is read (for writing): a few hundred KiB."""


class Fact(NamedTuple):
    """What cross-article matching reads of an evidence row (`match.Context`): no span, no id."""

    subject_id: str
    article_id: str
    field: str
    quote: str


class EvidenceSpill:
    """Evidence rows in SQLite: in memory by default, else in a temporary folder beside `beside`.

    `beside` is the output folder: the spill goes on its disk (the system's temporary folder may
    be memory), named after it (`.NAME.spill-*`), so that a killed conversion's spill is found
    by the next conversion to that output, and conversions to other outputs in the same folder
    leave each other's alone. Use it as a context manager (or call `close`) to remove the folder.
    """

    def __init__(self, beside: Path | None = None) -> None:
        self.folder = (
            Path(tempfile.mkdtemp(prefix=spill_prefix(beside), dir=beside.parent)) if beside else None
        )
        try:
            self.db = sqlite3.connect(self.folder / "evidence.sqlite" if self.folder else ":memory:")
            # a scratch file: nothing to recover after a crash, so no journal and no syncs
            self.db.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;"
                f"CREATE TABLE evidence (seq INTEGER PRIMARY KEY, {', '.join(COLUMNS)}, UNIQUE (id));"
                "CREATE INDEX by_subject ON evidence (subject_id);"
            )
        except sqlite3.Error:
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self._seq = 0
        """The next row's sequence number: rows are numbered as they are added, never reused."""

    def __enter__(self) -> EvidenceSpill:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    @classmethod
    def of(cls, evidence: Iterable[Evidence]) -> EvidenceSpill:
        spill = cls()
        spill.add(evidence)
        return spill

    # ------------------------------------------------------------ writing

    def add(self, evidence: Iterable[Evidence]) -> tuple[int, int]:
        """Add rows whose id is new, in order; the range of sequence numbers they were given."""
        first = self._seq
        self.db.executemany(
            f"INSERT OR IGNORE INTO evidence (seq, {', '.join(COLUMNS)}) VALUES (?, {_PLACES})",
            (self._numbered(item) for item in evidence),
        )
        return first, self._seq

    def _numbered(self, item: Evidence) -> tuple[object, ...]:
        self._seq += 1
        return (self._seq - 1, *(getattr(item, c) for c in COLUMNS))

    def rewrite(self, seqs: tuple[int, int], change: Callable[[Evidence], Evidence]) -> None:
        """Replace the rows added as `seqs` (one `add`) by `change` of each, in their order."""
        items = self._rows("WHERE seq >= ? AND seq < ? ORDER BY seq", seqs)
        self.db.execute("DELETE FROM evidence WHERE seq >= ? AND seq < ?", seqs)
        self.add(change(item) for item in items)

    def replace(self, item: Evidence, new: Evidence) -> None:
        """`item` becomes `new`; if another row has `new`'s id already, that row stays and `item` goes."""
        self.delete(item.id)
        self.add([new])

    def delete(self, identifier: str) -> None:
        self.db.execute("DELETE FROM evidence WHERE id = ?", (identifier,))

    def drain(self) -> list[Evidence]:
        """Every row, in id order, and the spill left empty (for steps that need them all)."""
        items = list(self)
        self.db.execute("DELETE FROM evidence")
        return items

    # ------------------------------------------------------------ reading

    def of_subject(self, subject: str) -> list[Evidence]:
        """The rows about `subject`, in id order."""
        return self._rows("WHERE subject_id = ? ORDER BY id", (subject,))

    def facts(self) -> Iterator[Fact]:
        """Each distinct (subject, article, field, quote): what matching reads, without spans."""
        query = "SELECT DISTINCT subject_id, article_id, field, quote FROM evidence"
        return (Fact(*row) for row in self.db.execute(query))

    def __iter__(self) -> Iterator[Evidence]:
        """Every row in id order, read a few thousand at a time."""
        cursor = self.db.execute(f"{_SELECT} ORDER BY id")
        while rows := cursor.fetchmany(READ_ROWS):
            yield from map(_evidence, rows)

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM evidence").fetchone()[0])

    def _rows(self, where: str, parameters: tuple[object, ...]) -> list[Evidence]:
        return [_evidence(row) for row in self.db.execute(f"{_SELECT} {where}", parameters)]


def spill_prefix(beside: Path) -> str:
    """How the spill folders of a conversion to `beside` begin."""
    return f".{beside.name}.spill-"


def remove_leftovers(beside: Path) -> None:
    """Remove the spill folders a killed conversion to `beside` left (one converts there at a time)."""
    if beside.parent.is_dir():
        for leftover in beside.parent.glob(f"{spill_prefix(beside)}*"):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)


def _evidence(row: tuple[Any, ...]) -> Evidence:
    """A row back as the model it was (its values were validated before they were spilled)."""
    values: dict[str, Any] = dict(zip(COLUMNS, row, strict=True))
    return Evidence.model_construct(**values)
