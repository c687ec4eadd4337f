"""Namesakes: different people or bodies that their name alone would give one id.

Person and organisation ids are name slugs, so records with one name merge across articles
(`merge`). Where articles give that name different countries (Tunisia's and Algeria's
`Ministère de la Défense nationale`), they are not one: each country's records get the country
in their id (`org-ministere-de-la-defense-nationale-dz`) before merging. Records of that name
without a country keep the bare id; cross-article resolution joins them to a country's record
only when a single country fits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..models import Evidence, Organisation, Person
from .references import join_path, redirected, split_path
from .resolve import record_id

if TYPE_CHECKING:
    from .build import ArticleRecords

TABLES = ("persons", "organisations", "meetings", "exercises")

Requalify = Callable[["ArticleRecords", Callable[[Evidence], Evidence]], list[Evidence]]
"""How a part's evidence takes its records' new ids: given the part and the change of one row,
its new evidence list (`merge` with a spill rewrites the rows on disk and returns none)."""


def _in_place(part: ArticleRecords, change: Callable[[Evidence], Evidence]) -> list[Evidence]:
    return [change(item) for item in part.evidence]


def qualify_namesakes(
    parts: list[ArticleRecords], requalify: Requalify | None = None
) -> list[ArticleRecords]:
    """`parts`, with the ids of persons and organisations whose name has several countries qualified.

    `requalify` rewrites a part's evidence; by default, its list in the part."""
    shared = shared_names((r.id, r.country) for part in parts for r in _named(part))
    return [qualified(part, shared, requalify or _in_place) for part in parts] if shared else parts


def shared_names(named: Iterable[tuple[str, str | None]]) -> set[str]:
    """The ids that persons or organisations (each an id and its country) give several countries."""
    countries: dict[str, set[str]] = defaultdict(set)
    for identifier, country in named:
        if country:
            countries[identifier].add(country)
    return {identifier for identifier, found in countries.items() if len(found) > 1}


def qualified(part: ArticleRecords, shared: set[str], requalify: Requalify) -> ArticleRecords:
    """`part` with the ids of its persons and organisations of `shared` names qualified by their
    country, and its references and evidence following them."""
    mapping: dict[str, str | None] = {
        r.id: f"{r.id}-{r.country.lower()}" for r in _named(part) if r.id in shared and r.country
    }
    if not mapping:
        return part
    rekeyed: dict[str, dict[str, dict[str, str | None]]] = {}
    tables: dict[str, list[Any]] = {}
    for table in TABLES:
        tables[table] = []
        for record in getattr(part, table):
            changed, keys = redirected(table, record.model_dump(), mapping)
            changed["id"] = mapping.get(record.id) or record.id
            rekeyed[changed["id"]] = keys
            tables[table].append(type(record).model_validate(changed))

    def change(item: Evidence) -> Evidence:
        subject = mapping.get(item.subject_id) or item.subject_id
        root, key, rest = split_path(item.field)
        field = join_path(root, rekeyed.get(subject, {}).get(root, {}).get(key or "", key), rest)
        identifier = record_id("evidence", subject, field, item.article_id, item.start, item.end)
        return item.model_copy(update={"id": identifier, "subject_id": subject, "field": field})

    evidence = requalify(part, change)
    return replace(
        part,
        persons=tables["persons"],
        organisations=tables["organisations"],
        meetings=tables["meetings"],
        exercises=tables["exercises"],
        evidence=evidence,
    )


def _named(part: ArticleRecords) -> list[Person | Organisation]:
    return [*part.persons, *part.organisations]
