"""One record from a group that is one entity or event: which id survives, and what it says.

The surviving id is a member's own id, so an id that users saw stays valid as long as its
group exists: a person's fullest name (the spelling most quotes use on a tie: `Bouchareb`
over `Boucharab`), an organisation's full name over its bare acronym, the exercise edition
over an undated report, and for meetings the earliest-published report. The others become
redirects. Lists are joined, missing values filled; a meeting keeps the most precise date
and the status of its latest report (a planned meeting later reported held is held).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from ..models import Evidence
from ..package.tables import TOP_LEVEL
from .match import Context, dates_agree
from .names import tokens
from .references import Record, combine

EvidenceOf = Callable[[str], list[Evidence]]
STATUS_ORDER = ("planned", "unknown", "ongoing", "postponed", "cancelled", "held")
"""On a tie of publication dates, the later status in this order wins."""


def survivor_and_merged(
    table: str, members: list[Any], context: Context, evidence_of: EvidenceOf
) -> tuple[str, Any]:
    """The surviving id of `members` and the merged record (validated)."""
    ranked = sorted(members, key=_RANKS[table](members, context, evidence_of))
    dumped = [m.model_dump() for m in ranked]
    merged = combine(dumped[0], dumped[1:])
    if table in ("meetings", "exercises"):
        merged["articles"] = sorted(merged["articles"])
        merged["status"] = _latest_status(dumped, context)
    if table == "meetings":
        precise = max(dumped, key=lambda m: len(m["date"] or ""))
        for key in ("date", "date_precision", "date_text"):
            merged[key] = precise[key]
    if table == "exercises":
        merged["start"] = max((m["start"] for m in dumped), key=lambda d: len(d or "")) or None
        if dates_agree(merged["start"], merged["end"]) is False and merged["end"] < merged["start"]:
            merged["end"] = None  # an end from another report that comes before this start
    return ranked[0].id, TOP_LEVEL[table].model_validate(merged)


def _latest_status(records: list[Record], context: Context) -> str:
    def reported(record: Record) -> tuple[str, int]:
        days = [context.published.get(a) or "" for a in record["articles"]]
        return (max(days), STATUS_ORDER.index(record["status"]))

    return str(max(records, key=reported)["status"])


Rank = Callable[[Any], tuple[Any, ...]]


def _person_rank(members: list[Any], context: Context, evidence_of: EvidenceOf) -> Rank:
    quoted = Counter(
        word
        for member in members
        for item in evidence_of(member.id)
        if item.field in ("name", "names")
        for word in tokens(item.quote)
    )

    def rank(person: Any) -> tuple[Any, ...]:
        words = tokens(person.name)
        full = [w for w in words if len(w) > 1]
        return (-len(full), -sum(quoted[w] for w in words), len(words), person.id)

    return rank


def _organisation_rank(members: list[Any], context: Context, evidence_of: EvidenceOf) -> Rank:
    def rank(org: Any) -> tuple[Any, ...]:
        bare_acronym = org.name.isupper() and " " not in org.name
        return (bare_acronym, -len(evidence_of(org.id)), org.id)

    return rank


def _meeting_rank(members: list[Any], context: Context, evidence_of: EvidenceOf) -> Rank:
    return lambda meeting: context.first_published(meeting.id)


def _exercise_rank(members: list[Any], context: Context, evidence_of: EvidenceOf) -> Rank:
    return lambda exercise: (exercise.edition is None, *context.first_published(exercise.id))


_RANKS: dict[str, Callable[[list[Any], Context, EvidenceOf], Rank]] = {
    "persons": _person_rank,
    "organisations": _organisation_rank,
    "meetings": _meeting_rank,
    "exercises": _exercise_rank,
}
