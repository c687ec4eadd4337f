"""The paths that large corpora take: each gives what its plain definition gives.

Merging records seen in many articles (`dedupe`) and pairing meetings that name one person on
many days (`block_pairs` with dates) avoid comparing every pair, and so do undated reports
without a publication day settled by class (left out when proven ambiguous, an island paired as
it would be joined); the results must not change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagements.models.judgement import JudgementKind
from engagements.models.meeting import MeetingStatus
from engagements.pipeline import match_events
from engagements.pipeline.build import ArticleRecords
from engagements.pipeline.match import block_pairs, dates_agree
from engagements.pipeline.merge import merge
from engagements.pipeline.references import dedupe, same_entry
from engagements.pipeline.resolve_across import Decision, resolve_across
from resolution_world import Draft

person_ids = st.sampled_from(["per-a", "per-b", None])
items = st.one_of(
    st.sampled_from(["Sirte", "sirte", "Rabat"]),
    st.fixed_dictionaries(
        {
            "person_id": person_ids,
            "organisation_id": st.sampled_from(["org-x", None]),
            "role": st.sampled_from(["host", "visitor"]),
        }
    ),
    st.fixed_dictionaries(
        {"name": st.sampled_from(["US", "Maroc"]), "country": st.sampled_from(["US", None])}
    ),
)


def pairwise(values: list[Any]) -> list[Any]:
    """The definition: an item is kept unless it is the same entry as one kept before it."""
    kept: list[Any] = []
    for item in values:
        if not any(same_entry(known, item) for known in kept):
            kept.append(item)
    return kept


@given(st.lists(items, max_size=12))
def test_dedupe_keeps_what_the_pairwise_definition_keeps(values: list[Any]) -> None:
    assert dedupe(values) == pairwise(values)


def test_dedupe_of_many_reports_keeps_one_of_each() -> None:
    values = [{"person_id": f"per-{i % 50}", "role": "host"} for i in range(20_000)]
    assert dedupe(values) == values[:50]


partial_dates = st.sampled_from([None, "2026", "2026-04", "2026-04-12", "2026-04-13", "2026-05", "2025"])


@given(
    st.lists(st.tuples(st.sampled_from(["person:a", "person:b", "day:x"]), st.integers(0, 15)), max_size=40),
    st.lists(partial_dates, min_size=16, max_size=16),
)
def test_pairs_one_at_a_time_are_the_blocks_and_with_dates_those_whose_dates_agree(
    keys: list[tuple[str, int]], dates: list[str | None]
) -> None:
    named = [(key, f"mtg-{record:02d}") for key, record in keys]
    date_of = {f"mtg-{i:02d}": d for i, d in enumerate(dates)}
    every = sorted(  # the definition: every two ids that share a key
        {(a, b) for key, a in named for other, b in named if other == key and a < b}
    )
    assert sorted(block_pairs(named)) == every  # each pair once
    agreeing = [(a, b) for a, b in every if dates_agree(date_of[a], date_of[b]) is not False]
    assert sorted(block_pairs(named, date_of, lambda x, y: dates_agree(x, y) is not False)) == agreeing


@given(
    st.lists(st.tuples(st.sampled_from(["person:a", "person:b"]), st.integers(0, 20)), max_size=60),
    st.lists(
        st.one_of(
            st.none(),
            st.sampled_from(["2024", "2025", "2026"]).flatmap(
                lambda year: st.sampled_from([year, f"{year}-04", f"{year}-04-12", f"{year}-05"])
            ),
        ),
        min_size=21,
        max_size=21,
    ),
)
def test_buckets_skip_only_pairs_that_could_not_match(
    keys: list[tuple[str, int]], dates: list[str | None]
) -> None:
    """By year: the same pairs in the same order as when every two dates are compared."""
    named = [(key, f"mtg-{record:02d}") for key, record in keys]
    date_of = {f"mtg-{i:02d}": d for i, d in enumerate(dates)}
    asked: list[tuple[str | None, str | None]] = []

    def agree(x: str | None, y: str | None) -> bool:
        asked.append((x, y))
        return dates_agree(x, y) is not False

    every = list(block_pairs(named, date_of, agree))
    compared = len(asked)
    assert list(block_pairs(named, date_of, agree, lambda d: d[:4] if d else None)) == every
    skipped = {(x, y) for x, y in asked[:compared]} - set(asked[compared:])
    assert all(x and y and x[:4] != y[:4] for x, y in skipped)  # only pairs of two years are not asked


PEOPLE = ["Khaled Sehili", "Dagvin Anderson", "Saddam Haftar"]
PRESENT = [(0, 1), (0, 1), (0, 1, 2), (0,), (1, 2)]
MEETING_DAYS = [None, None, "2025-01-09", "2025-02-09", "2025-01"]
PUBLISHED = [None, None, None, "2025-01-10", "2025-02-12", "2024-12-20"]
PLACES = [(None, None), (None, None), ("Tunis", "TN"), ("Tunis", None), ("Rabat", "MA")]
STATUSES: list[MeetingStatus] = ["held", "held", "planned"]
JUDGEMENTS: list[JudgementKind] = ["positive", "negative"]


@contextmanager
def every_pair() -> Iterator[None]:
    """Resolution forming every pair: without the shortcut for timeless reports."""
    with patch.object(match_events, "_timeless_reports", lambda *_: (set(), [])):
        yield


@st.composite
def timeless_worlds(draw: st.DrawFn) -> tuple[list[ArticleRecords], list[Decision]]:
    """Articles mostly without a publication day, whose meetings (one or two per article) are
    mostly undated and name the same few people: timeless reports, ambiguous or not, alike or
    not; and a reviewer's decisions on some of the meetings."""
    drafts = []
    timeless = draw(st.booleans())  # a world of undated reports only: islands of alike ones
    palette = draw(st.lists(st.sampled_from(PRESENT), min_size=1, max_size=3))  # who meets here
    for number in range(draw(st.integers(2, 8))):
        published = None if timeless else draw(st.sampled_from(PUBLISHED))
        draft = Draft(f"t{number}", published)
        people = [draft.person(name) for name in PEOPLE]
        told: set[tuple[str | None, tuple[int, ...]]] = set()
        for _ in range(draw(st.integers(1, 2))):
            day = None if timeless else draw(st.sampled_from(MEETING_DAYS))
            who = draw(st.sampled_from(palette))
            if (day, who) not in told:  # one article's meetings have distinct ids
                told.add((day, who))
                present = [people[i] for i in who]
                place, country = draw(st.sampled_from(PLACES))
                status = draw(st.sampled_from(STATUSES))
                draft.meeting(present, day, place, status=status, country=country)
        drafts.append(draft)
    meetings = sorted(m.id for d in drafts for m in d.meetings)
    decisions = []
    for number, kind in enumerate(draw(st.lists(st.sampled_from(JUDGEMENTS), max_size=2))):
        left, right = draw(st.lists(st.sampled_from(meetings), min_size=2, max_size=2, unique=True))
        decisions.append(Decision(left, right, kind, f"cor-{number}", "reviewed"))
    return [d.records() for d in drafts], decisions


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(timeless_worlds())
def test_timeless_reports_settled_without_their_pairs_resolve_as_with_them(
    world: tuple[list[ArticleRecords], list[Decision]],
) -> None:
    """`match_events._timeless_reports` leaves out the pairs of undated reports without a
    publication day that are proven ambiguous, and pairs an island of alike ones as resolution
    would join them. Resolution must be what forming every pair gives."""
    parts, decisions = world
    shortcut = resolve_across(merge(parts), decisions)
    with every_pair():
        reference = resolve_across(merge(parts), decisions)
    assert shortcut == reference


def test_a_timeless_report_whose_partners_dates_agree_still_joins_them() -> None:
    month, day, timeless = Draft("month", "2025-01-31"), Draft("day", "2025-01-10"), Draft("timeless")
    for draft, when in ((month, "2025-01"), (day, "2025-01-09"), (timeless, None)):
        draft.meeting([draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")], when)
    [meeting] = resolve_across(merge([month.records(), day.records(), timeless.records()])).meetings
    assert (meeting.date, len(meeting.articles)) == ("2025-01-09", 3)


def test_an_island_of_alike_timeless_reports_with_reviewed_decisions_is_paired_as_any() -> None:
    """Two negative decisions keep two reports of an island out of the group of the first; they
    then join each other, by a pair that the island's shortcut would not have formed."""
    drafts = [Draft(f"island{n}") for n in range(3)]
    for draft in drafts:
        draft.meeting([draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")])
    parts = [d.records() for d in drafts]
    first, second, third = sorted(m.id for part in parts for m in part.meetings)
    decisions = [Decision(first, other, "negative", f"cor-{other}", "reviewed") for other in (second, third)]
    resolved = resolve_across(merge(parts), decisions)
    assert sorted(len(m.articles) for m in resolved.meetings) == [1, 2]
    with every_pair():
        assert resolve_across(merge(parts), decisions) == resolved


def test_alike_timeless_reports_in_two_countries_are_two_meetings() -> None:
    drafts = [Draft(f"two-countries{n}") for n in range(4)]
    for number, draft in enumerate(drafts):
        place, country = ("Tunis", "TN") if number % 2 else ("Rabat", "MA")
        people = [draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")]
        draft.meeting(people, None, place, country=country)
    resolved = resolve_across(merge([d.records() for d in drafts]))
    assert sorted((m.place.country if m.place else None, len(m.articles)) for m in resolved.meetings) == [
        ("MA", 2),
        ("TN", 2),
    ]


def test_alike_timeless_reports_that_share_an_article_are_not_an_island() -> None:
    """A later pass can hold two alike undated reports that share an article (each merged from
    one of that article's two meetings): they are two meetings, and reports fitting both join
    neither."""
    drafts = [Draft(f"shared{n}") for n in range(4)]
    for draft in drafts:
        draft.meeting([draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")])
    dataset = merge([d.records() for d in drafts])
    first, second, *others = sorted(dataset.meetings, key=lambda m: m.id)
    widened = first.model_copy(update={"articles": sorted({*first.articles, *second.articles})})
    dataset = dataset.model_copy(update={"meetings": [widened, second, *others]})
    resolved = resolve_across(dataset)
    assert len(resolved.meetings) == 4
    with every_pair():
        assert resolve_across(dataset) == resolved


def test_a_planned_report_published_before_two_meetings_of_its_season_joins_neither() -> None:
    """Planned and undated, it fits the meetings of its participants in the season after it is
    published (`PLANNED_WINDOW`): two dates."""
    planned, one, two = Draft("planned", "2025-01-05"), Draft("one", "2025-03-02"), Draft("two", "2025-03-21")
    for draft, when in ((planned, None), (one, "2025-03-01"), (two, "2025-03-20")):
        people = [draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")]
        draft.meeting(people, when, status="planned" if when is None else "held")
    parts = [planned.records(), one.records(), two.records()]
    resolved = resolve_across(merge(parts))
    assert len(resolved.meetings) == 3
    with every_pair():
        assert resolve_across(merge(parts)) == resolved
