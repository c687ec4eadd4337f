"""Merge: the records of many articles as one dataset, one record per id.

Apart from `build`, which makes one article's records: the extraction cache's key covers `build`
and what it imports, and how records of many articles combine does not change what an article
yields (`cache.extraction_sources`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from ..models import Dataset, Evidence
from .build import ArticleRecords
from .namesakes import TABLES, Requalify, qualified, qualify_namesakes, shared_names
from .references import combine
from .spill import Spill


def _names(first: Any, others: list[Any]) -> list[str]:
    """The first report's other names, and every name of the other reports of its id, their own
    name included: spellings that make one id (`Saïd`/`Said`, `Force, Africa`/`Force-Africa`) are
    quoted by their article's evidence."""
    others_names = set().union(*([o.name, *o.names] for o in others))
    return sorted(set(first.names) | (others_names - {first.name}))


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v), None)


def _organisation_update(first: Any, others: list[Any]) -> dict[str, Any]:
    """Combined as resolution combines two ids (`references.combine`): missing values filled in
    article order, and every name the reports went by kept among the names, the other acronyms
    too (`SETAF-AF` beside `SETAF`), which their articles' evidence quotes."""
    merged = combine(first.model_dump(), [o.model_dump() for o in others])
    return {key: merged[key] for key in ("acronym", "names", "country", "parent_id")}


def _person_update(first: Any, others: list[Any]) -> dict[str, Any]:
    every = [first, *others]
    return {
        "names": _names(first, others),
        "titles": list(dict.fromkeys(t for p in every for t in p.titles)),
        "roles": [role for p in every for role in p.model_dump()["roles"]],
        "country": _first(p.country for p in every),
    }


def _exercise_update(first: Any, others: list[Any]) -> dict[str, Any]:
    """Other reports of the same edition add their places and participants (every item keeps the
    evidence its report gave it) and fill a missing kind; the first report's dates stand."""
    merged = combine(first.model_dump(), [o.model_dump() for o in others])
    return {key: merged[key] for key in ("articles", "places", "participants", "kind")}


UPDATES: dict[str, Callable[[Any, list[Any]], dict[str, Any]] | None] = {
    "articles": None,
    "persons": _person_update,
    "organisations": _organisation_update,
    "meetings": None,
    "exercises": _exercise_update,
    "evidence": None,
}
"""How a record seen again (same id, other articles) combines with the first; None: keep the first.

The others come all at once, in article order: folding them in one by one would validate a
record whose lists grow with every article that names it again."""


def merge(parts: Iterable[ArticleRecords], spill: Spill | None = None) -> Dataset:
    """One dataset from many articles: one record per id (names, titles and roles accumulate).

    Articles are taken in id order, so the result does not depend on the order they came in;
    namesakes of different countries keep apart (`namesakes`).

    With `spill`, each article and its evidence go there as the article comes, and the dataset
    has neither; its other records wait there too until every article is in, so that what is
    held is the merged records only (`spill`). An evidence id names its article, so rows of one
    id come from one article, and the order articles come in does not change which stays; an
    article's id is its text's checksum, so two articles of one id are the same.
    """
    if spill is not None:
        merged = _combined(_spilled(parts, spill))
        spill.parts.clear()
        return merged
    held = qualify_namesakes(sorted(parts, key=lambda p: p.article.id))
    return _combined(partial(_grouped, held))


def _combined(groups: Callable[[str], Iterable[list[Any]]]) -> Dataset:
    """The dataset whose lists hold one record per group of `groups(list name)`."""
    tables: dict[str, list[Any]] = {}
    for name, update in UPDATES.items():
        tables[name] = []
        for first, *others in groups(name):
            if others and update is not None:
                first = type(first).model_validate({**first.model_dump(), **update(first, others)})
            tables[name].append(first)
    return Dataset.model_validate(tables).sorted()


def _grouped(held: list[ArticleRecords], name: str) -> Iterable[list[Any]]:
    """The records of list `name` of `held`, one group per id; only the first where `UPDATES`
    keeps the first."""
    store: dict[str, list[Any]] = {}
    for part in held:
        for record in [part.article] if name == "articles" else getattr(part, name):
            if UPDATES[name] is not None or record.id not in store:
                store.setdefault(record.id, []).append(record)
    return store.values()


def _spilled(parts: Iterable[ArticleRecords], spill: Spill) -> Callable[[str], Iterable[list[Any]]]:
    """Every part into `spill` (its article, evidence and records), namesakes qualified there,
    and how to read its records back grouped (articles and evidence stay in the spill)."""
    for part in parts:
        spill.articles.add(part.article)
        seqs = spill.add(part.evidence)
        spill.parts.add(part.article.id, {table: getattr(part, table) for table in TABLES}, seqs)
    shared = shared_names(spill.parts.countries())
    for number in spill.parts.naming(shared):
        article_id, tables, seqs = spill.parts.get(number)
        part = ArticleRecords(spill.articles.get(article_id), **tables)
        qualified_part = qualified(part, shared, _rewriting(spill, seqs))
        spill.parts.replace(number, {table: getattr(qualified_part, table) for table in TABLES})

    def groups(name: str) -> Iterable[list[Any]]:
        if name in ("articles", "evidence"):
            return ()
        return spill.parts.groups(name, whole=UPDATES[name] is not None)

    return groups


def _rewriting(spill: Spill, seqs: tuple[int, int]) -> Requalify:
    """How a spilled part's evidence, the rows `seqs`, takes its records' new ids: in the spill."""

    def requalify(_: ArticleRecords, change: Callable[[Evidence], Evidence]) -> list[Evidence]:
        spill.rewrite(seqs, change)
        return []

    return requalify
