"""Spilled to disk: a conversion's evidence and articles kept in SQLite from merge to write.

Evidence is about 70% of a conversion's records (one row per value, each with its quote), and
the articles' texts are most of the rest by size. Before this every record was held from the
merge to the write, so memory grew with the corpus. `merge` puts each article, its evidence
rows and its other records (`parts`) here as they come, and reads the other records back
grouped by id once every article is in; resolution and corrections find a record's rows
through an index on their subject and change them here (`put`, `delete`); resolution reads the
articles' publication dates and sorts its candidate pairs here (`candidates`, `undated`),
corrections and judgements read the texts they quote; the writer reads evidence and articles
back in id order. What is held is the merged records other than evidence and articles. Before
all that, the parsed sources wait here for extraction (`SpilledSources`, a file beside the
database).

The rules are those of the lists they replace: a row whose id is already here is not added (the
first of an id stays, as `merge` keeps the first record of an id), and rows come back sorted by
id. A spill made in memory (`Spill()`) serves a dataset that is already in memory, so that
resolution has one way to reach evidence.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel

from ..models import Article, Dataset, Evidence, Exercise, Meeting, Organisation, Person
from .parse import ParsedArticle
from .positions import ReadByPosition

COLUMNS = tuple(Evidence.model_fields)
"""The evidence model's fields, in order: a row of the spill is their values."""
_PLACES = ", ".join("?" * len(COLUMNS))
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM evidence"
T = TypeVar("T")
READ_ROWS = 2000
"""Rows fetched at a time when the whole spill is read (for writing): a few hundred KiB."""
ARTICLE_COLUMNS = tuple(Article.model_fields)
_ARTICLE_SELECT = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
READ_ARTICLES = 200
"""Articles fetched at a time when all are read: their texts are a few KiB each."""
PART_MODELS: dict[str, type[BaseModel]] = {
    "persons": Person,
    "organisations": Organisation,
    "meetings": Meeting,
    "exercises": Exercise,
}
"""The lists of an article's own records that wait in the spill for the merge (`SpilledParts`)."""
READ_RECORDS = 1000
"""Records fetched at a time when a table's records are read grouped by id."""


class SpillError(Exception):
    """A spill's file could not be written (a full disk): sqlite3's errors say the same of its database."""


class Fact(NamedTuple):
    """What cross-article matching reads of an evidence row (`match.Context`): no span, no id."""

    subject_id: str
    article_id: str
    field: str
    quote: str


class Spill:
    """Evidence rows (the spill itself: `add`, iteration) and articles (`articles`) in SQLite: in
    memory by default, else in a temporary folder beside `beside`.

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
            self.db = sqlite3.connect(self.folder / "spill.sqlite" if self.folder else ":memory:")
            # a scratch file: nothing to recover after a crash, so no journal and no syncs
            self.db.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;"
                f"CREATE TABLE evidence (seq INTEGER PRIMARY KEY, {', '.join(COLUMNS)}, UNIQUE (id));"
                "CREATE INDEX by_subject ON evidence (subject_id);"
                f"CREATE TABLE articles ({', '.join(ARTICLE_COLUMNS)}, UNIQUE (id));"
                "CREATE TABLE parts (part INTEGER PRIMARY KEY, article_id, first_seq, end_seq);"
                "CREATE TABLE records (part, tab, rank, id, article_id, country, body);"
                "CREATE INDEX records_of_part ON records (part);"
            )
            self.candidates = SpilledPairs(self.db, "candidates")
            """Resolution's candidate pairs of one table, read back best first."""
            self.undated = SpilledPairs(self.db, "undated_pairs")
            """The meeting matcher's undated pairs, until it knows which reports are ambiguous."""
            self.sources = SpilledSources(self.folder)
            """The parsed articles waiting for extraction (on disk when the spill is)."""
        except (sqlite3.Error, OSError):
            if hasattr(self, "db"):
                self.db.close()
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self._seq = 0
        """The next row's sequence number: rows are numbered as they are added, never reused."""
        self._new_id: Callable[[str, str, str, int, int], str] | None = None
        """The function `move_subject` gave SQLite as `new_evidence_id`."""
        self.articles = SpilledArticles(self.db)
        self.parts = SpilledParts(self.db)

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()
        self.sources.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)

    @classmethod
    def of(cls, evidence: Iterable[Evidence]) -> Spill:
        spill = cls()
        spill.add(evidence)
        return spill

    def apart(self, dataset: Dataset) -> dict[str, Any]:
        """What the spill holds for `dataset` (`package.write.Apart`): its evidence and its
        articles, each unless the dataset holds its own (one resolved in memory)."""
        held = {"evidence": self, "articles": self.articles}
        return {name: records for name, records in held.items() if not getattr(dataset, name)}

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

    def move_subject(
        self, subject: str, to: str, name: str | None, new_id: Callable[[str, str, str, int, int], str]
    ) -> None:
        """Every row about `subject` becomes a row about `to`, as `replace` of each in id order
        would make it: field `name` becomes `names` unless its quote is `name` (`to`'s name), the
        id is `new_id(to, field, article, start, end)`, a row whose new id is taken goes.

        One statement, not a query, a deletion and an insertion per row: moving the evidence of
        merged records row by row took about a fifth of resolution's CPU at 19,512 articles. The
        new rows come after the others, numbered in id order as one `add` of them would number
        them. One difference from `replace` row by row: a new id equal to the old id of a row of
        `subject` not yet moved would be refused here, kept there; ids digest their subject, so
        a new id (of `to`) is never an old one (of `subject`) unless the two are one subject."""
        if subject == to:
            raise ValueError(f"evidence of {subject} moved onto itself")
        if self._new_id is not new_id:
            self.db.create_function("new_evidence_id", 5, new_id, deterministic=True)
            self._new_id = new_id
        (count,) = self.db.execute(
            "SELECT count(*) FROM evidence WHERE subject_id = ?", (subject,)
        ).fetchone()
        values = {
            "id": "new_evidence_id(:to, moved_field, article_id, start, end)",
            "subject_id": ":to",
            "field": "moved_field",
        }
        moved = ", ".join(values.get(c, c) for c in COLUMNS)
        self.db.execute(
            f"INSERT OR IGNORE INTO evidence (seq, {', '.join(COLUMNS)}) "
            f"SELECT :first + row_number() OVER (ORDER BY id) - 1, {moved} "
            "FROM (SELECT *, CASE WHEN field = 'name' AND quote IS NOT :name THEN 'names' ELSE field END "
            "AS moved_field FROM evidence WHERE subject_id = :subject) ORDER BY id",
            {"to": to, "name": name, "subject": subject, "first": self._seq},
        )
        self.db.execute("DELETE FROM evidence WHERE subject_id = ?", (subject,))
        self._seq += count

    def delete(self, identifier: str) -> None:
        self.db.execute("DELETE FROM evidence WHERE id = ?", (identifier,))

    def put(self, item: Evidence) -> None:
        """`item` stands under its id, in place of the row there if any (corrections' writes)."""
        self.delete(item.id)
        self.add([item])

    def drain(self) -> list[Evidence]:
        """Every row, in id order, and the spill left empty (for steps that need them all)."""
        items = list(self)
        self.db.execute("DELETE FROM evidence")
        return items

    # ------------------------------------------------------------ reading

    def of_subject(self, subject: str) -> list[Evidence]:
        """The rows about `subject`, in id order."""
        return self._rows("WHERE subject_id = ? ORDER BY id", (subject,))

    def row(self, identifier: str) -> Evidence | None:
        rows = self._rows("WHERE id = ?", (identifier,))
        return rows[0] if rows else None

    def naming_item(self, key: str) -> list[Evidence]:
        """The rows whose field names the list item `key` (`participants[key]...`), in id order."""
        return self._rows("WHERE instr(field, ?) > 0 ORDER BY id", (f"[{key}]",))

    def subjects(self) -> set[str]:
        """The distinct subjects of the rows."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT subject_id FROM evidence")}

    def facts(self) -> Iterator[Fact]:
        """Each distinct (subject, article, field, quote): what matching reads, without spans;
        a subject's facts together (`match.Context.build` then holds one subject's set of
        articles at a time)."""
        query = "SELECT DISTINCT subject_id, article_id, field, quote FROM evidence ORDER BY subject_id"
        return (Fact(*row) for row in self.db.execute(query))

    def __iter__(self) -> Iterator[Evidence]:
        """Every row in id order, read a few thousand at a time."""
        return _in_id_order(self.db, _SELECT, READ_ROWS, _evidence)

    def __len__(self) -> int:
        return _count(self.db, "evidence")

    def _rows(self, where: str, parameters: tuple[object, ...]) -> list[Evidence]:
        return [_evidence(row) for row in self.db.execute(f"{_SELECT} {where}", parameters)]


class SpilledSources(ReadByPosition):
    """Parsed articles, in the order they were added, each read back from disk when asked.

    A conversion parses every source before it extracts any (repeats are found, the cache is
    asked), and held in memory the parsed articles grew with the corpus (427 MiB at 100,000).
    Worse, the extraction workers are forked after the parse: they shared those pages, and the
    parent's own reads of each article (its cache key) copied them, so a cold conversion held
    them twice. Here each is pickled to a file of the spill as it is parsed (a scratch file this
    process wrote and alone reads) and unpickled when asked: every read gives a new object, which
    goes once its records are merged. Reads use `os.pread`, so the pool's feeding thread can
    read while the main thread does. Without a folder (a spill in memory) they are held.
    """

    def __init__(self, folder: Path | None) -> None:
        self._held: list[ParsedArticle] | None = None if folder else []
        self._fd = os.open(folder / "sources.pickle", os.O_RDWR | os.O_CREAT, 0o600) if folder else -1
        self._ends = array("q", [0])
        """Where each article's bytes end (the first entry: where the first begins)."""

    def append(self, article: ParsedArticle) -> None:
        if self._held is not None:
            self._held.append(article)
            return
        data = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
        written = 0
        try:
            while written < len(data):
                written += os.pwrite(self._fd, data[written:], self._ends[-1] + written)
        except OSError as error:
            raise SpillError(f"{error.strerror or error} (writing the parsed articles)") from None
        self._ends.append(self._ends[-1] + len(data))

    def __len__(self) -> int:
        return len(self._held) if self._held is not None else len(self._ends) - 1

    def _read(self, position: int) -> ParsedArticle:
        if self._held is not None:
            return self._held[position]
        start, end = self._ends[position], self._ends[position + 1]
        article: ParsedArticle = pickle.loads(os.pread(self._fd, end - start, start))
        return article

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class SpilledArticles:
    """The articles of a spill, by id: added as `merge` meets them, read back in id order."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def add(self, article: Article) -> None:
        """Add `article` unless an article of its id is here already (the first stays)."""
        places = ", ".join("?" * len(ARTICLE_COLUMNS))
        self.db.execute(
            f"INSERT OR IGNORE INTO articles VALUES ({places})",
            [getattr(article, c) for c in ARTICLE_COLUMNS],
        )

    def __iter__(self) -> Iterator[Article]:
        """Every article in id order, read a few hundred at a time."""
        return _in_id_order(self.db, _ARTICLE_SELECT, READ_ARTICLES, _article)

    def __len__(self) -> int:
        return _count(self.db, "articles")

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles")}

    def get(self, identifier: str) -> Article:
        row = self.db.execute(f"{_ARTICLE_SELECT} WHERE id = ?", (identifier,)).fetchone()
        if row is None:
            raise KeyError(identifier)
        return _article(row)

    def published(self) -> dict[str, str | None]:
        """Article id -> publication date: what resolution reads of the articles."""
        return dict(self.db.execute("SELECT id, published FROM articles"))

    def texts(self, held: Mapping[str, str] | None = None) -> Mapping[str, str]:
        """Article id -> text, each read when asked (corrections check their quotes in a few);
        the texts of `held` (articles kept in memory) come first."""
        return _Texts(self.db, held or {})


class SpilledParts:
    """Each article's own records (`PART_MODELS`, as JSON) from the moment `merge` meets the
    article until it has met them all, then read back grouped by id.

    A part is numbered as it comes. Records of one id come back in the order `merge` combines
    them: by article id, then by part (two parts of one article: in the order they came), then
    in their order in the part.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._next = 0

    def add(self, article_id: str, tables: Mapping[str, Iterable[Any]], seqs: tuple[int, int]) -> int:
        """Keep an article's records and the range of its evidence rows (`Spill.add`); its number."""
        number, self._next = self._next, self._next + 1
        self.db.execute("INSERT INTO parts VALUES (?, ?, ?, ?)", (number, article_id, *seqs))
        self._put(number, article_id, tables)
        return number

    def _put(self, number: int, article_id: str, tables: Mapping[str, Iterable[Any]]) -> None:
        self.db.executemany(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    number,
                    table,
                    rank,
                    record.id,
                    article_id,
                    getattr(record, "country", None),
                    record.model_dump_json(),
                )
                for table in PART_MODELS
                for rank, record in enumerate(tables.get(table, ()))
            ),
        )

    def countries(self) -> Iterator[tuple[str, str]]:
        """Each distinct (id, country) of the persons and organisations that have a country."""
        return iter(
            self.db.execute(
                "SELECT DISTINCT id, country FROM records "
                "WHERE tab IN ('persons', 'organisations') AND country IS NOT NULL"
            )
        )

    def naming(self, ids: set[str]) -> list[int]:
        """The parts with a person or organisation of one of `ids` that has a country, in order."""
        numbers: set[int] = set()
        if ids:  # one look-up per id, not a scan of every record
            self.db.execute("CREATE INDEX IF NOT EXISTS records_by_id ON records (id)")
        query = (
            "SELECT part FROM records WHERE tab IN ('persons', 'organisations') "
            "AND country IS NOT NULL AND id = ?"
        )
        for identifier in ids:
            numbers.update(row[0] for row in self.db.execute(query, (identifier,)))
        return sorted(numbers)

    def get(self, number: int) -> tuple[str, dict[str, list[Any]], tuple[int, int]]:
        """A part's article id, its records by list, and the range of its evidence rows."""
        article_id, *seqs = self.db.execute(
            "SELECT article_id, first_seq, end_seq FROM parts WHERE part = ?", (number,)
        ).fetchone()
        tables: dict[str, list[Any]] = {table: [] for table in PART_MODELS}
        for table, body in self.db.execute(
            "SELECT tab, body FROM records WHERE part = ? ORDER BY rank", (number,)
        ):
            tables[table].append(PART_MODELS[table].model_validate_json(body))
        return article_id, tables, (seqs[0], seqs[1])

    def replace(self, number: int, tables: Mapping[str, Iterable[Any]]) -> None:
        """A part's records become `tables` (namesakes re-keyed)."""
        (article_id,) = self.db.execute("SELECT article_id FROM parts WHERE part = ?", (number,)).fetchone()
        self.db.execute("DELETE FROM records WHERE part = ?", (number,))
        self._put(number, article_id, tables)

    def groups(self, table: str, whole: bool = True) -> Iterator[list[Any]]:
        """The records of `table`, one list per id, in id order; only each id's first unless `whole`."""
        model = PART_MODELS[table]
        cursor = self.db.execute(
            "SELECT id, body FROM records WHERE tab = ? ORDER BY id, article_id, part, rank", (table,)
        )
        group: list[Any] = []
        current = None
        while rows := cursor.fetchmany(READ_RECORDS):
            for identifier, body in rows:
                if identifier != current:
                    if group:
                        yield group
                    group, current = [model.model_validate_json(body)], identifier
                elif whole:
                    group.append(model.model_validate_json(body))
        if group:
            yield group

    def clear(self) -> None:
        """Forget every part: the merge has them all (their pages serve the spill's later writes)."""
        self.db.execute("DELETE FROM records")
        self.db.execute("DELETE FROM parts")


Pair = tuple[float, str, str, str, str]
"""A candidate pair of records as resolution's matchers give it: score, left id, right id, rule,
reason (`match.Candidate`)."""


class SpilledPairs:
    """Candidate pairs of records on disk, in a table of their own.

    A matcher may propose millions of pairs: every two reports of a meeting that a thousand
    articles report. Held as objects until sorted, they were the peak of a conversion, growing
    with the square of an event's reports. Here they are written a batch at a time as they come
    (`add`), and read back a batch at a time.
    """

    def __init__(self, db: sqlite3.Connection, table: str) -> None:
        self.db = db
        self.table = table
        self._batch: list[Pair] = []
        db.execute(f"CREATE TABLE IF NOT EXISTS {table} (score, left, right, rule, reason)")

    def add(self, pair: Pair) -> None:
        self._batch.append(pair)
        if len(self._batch) == READ_ROWS:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany(f"INSERT INTO {self.table} VALUES (?, ?, ?, ?, ?)", self._batch)
        self._batch.clear()

    def clear(self) -> None:
        self._batch.clear()
        self.db.execute(f"DELETE FROM {self.table}")

    def __iter__(self) -> Iterator[Pair]:
        """Every pair, in no promised order."""
        return self._read(f"SELECT score, left, right, rule, reason FROM {self.table}")

    def best_first(self) -> Iterator[Pair]:
        """Every pair, best score first, then by left id, right id, rule and reason: the order in
        which resolution tries them."""
        return self._read(
            f"SELECT score, left, right, rule, reason FROM {self.table} "
            "ORDER BY score DESC, left, right, rule, reason"
        )

    def partners(self) -> Iterator[tuple[str, list[str]]]:
        """Each record in a pair, with the records it is paired with (sorted): one record's at a time."""
        record = ""
        partners: list[str] = []
        for one, other in self._read(
            f"SELECT left, right FROM {self.table} UNION ALL SELECT right, left FROM {self.table} "
            "ORDER BY 1, 2"
        ):
            if one != record and partners:
                yield record, partners
                partners = []
            record = one
            partners.append(other)
        if partners:
            yield record, partners

    def _read(self, query: str) -> Iterator[Any]:
        self._flush()
        cursor = self.db.execute(query)
        while rows := cursor.fetchmany(READ_ROWS):
            yield from rows


class _Texts(Mapping[str, str]):
    def __init__(self, db: sqlite3.Connection, held: Mapping[str, str]) -> None:
        self.db = db
        self.held = held

    def __getitem__(self, identifier: str) -> str:
        if identifier in self.held:
            return self.held[identifier]
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (identifier,)).fetchone()
        if row is None:
            raise KeyError(identifier)
        return str(row[0])

    def __iter__(self) -> Iterator[str]:
        spilled = (row[0] for row in self.db.execute("SELECT id FROM articles ORDER BY id"))
        return iter(dict.fromkeys([*self.held, *spilled]))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def spill_prefix(beside: Path) -> str:
    """How the spill folders of a conversion to `beside` begin."""
    return f".{beside.name}.spill-"


def remove_leftovers(beside: Path) -> None:
    """Remove the spill folders a killed conversion to `beside` left (one converts there at a time)."""
    if beside.parent.is_dir():
        for leftover in beside.parent.glob(f"{spill_prefix(beside)}*"):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)


def _in_id_order(
    db: sqlite3.Connection, select: str, size: int, make: Callable[[tuple[Any, ...]], T]
) -> Iterator[T]:
    """The rows of `select` in id order, fetched `size` at a time, each made a model by `make`."""
    cursor = db.execute(f"{select} ORDER BY id")
    while rows := cursor.fetchmany(size):
        yield from map(make, rows)


def _count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _evidence(row: tuple[Any, ...]) -> Evidence:
    """A row back as the model it was (its values were validated before they were spilled)."""
    return Evidence.model_construct(**dict(zip(COLUMNS, row, strict=True)))


def _article(row: tuple[Any, ...]) -> Article:
    """An article back as the model it was (validated before it was spilled)."""
    return Article.model_construct(**dict(zip(ARTICLE_COLUMNS, row, strict=True)))
