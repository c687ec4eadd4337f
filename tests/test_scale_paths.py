"""The paths that large corpora take: each gives what its plain definition gives.

Merging records seen in many articles (`dedupe`) and pairing meetings that name one person on
many days (`blocks` with dates) avoid comparing every pair; the results must not change."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.pipeline.match import block_pairs, blocks, dates_agree, every_pair
from engagements.pipeline.match_events import _Timing
from engagements.pipeline.references import dedupe, same_entry

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
    every = blocks(named)
    assert sorted(block_pairs(named)) == every  # each pair once
    agreeing = [(a, b) for a, b in every if dates_agree(date_of[a], date_of[b]) is not False]
    assert (
        sorted(block_pairs(named, date_of, every_pair(lambda x, y: dates_agree(x, y) is not False)))
        == agreeing
    )


days = st.dates(date(2025, 11, 1), date(2027, 2, 28))
timings = st.one_of(
    st.builds(
        _Timing, st.one_of(st.sampled_from(["2025", "2026", "2026-01", "2026-12"]), days.map(date.isoformat))
    ),
    st.builds(
        _Timing, st.none(), st.lists(days, max_size=3).map(lambda ds: tuple(sorted(ds))), st.booleans()
    ),
)


def unordered(pairs: Any) -> list[frozenset[_Timing]]:
    return sorted((frozenset(pair) for pair in pairs), key=lambda pair: sorted(map(repr, pair)))


@given(st.lists(timings, unique=True, max_size=30))
def test_meeting_timings_paired_through_the_index_are_those_testing_every_pair_gives(
    values: list[_Timing],
) -> None:
    indexed = list(_Timing.matching_pairs(values))
    assert unordered(indexed) == unordered(every_pair(_Timing.may_match)(values))
    assert len(indexed) == len(set(unordered(indexed)))  # each pair once


def test_meeting_timings_of_other_years_are_not_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two persons who meet on a thousand days of twenty years: only one year's dates are tested."""
    start = date(2000, 1, 1)
    values = [_Timing((start + timedelta(days=7 * k)).isoformat()) for k in range(1000)]
    tested = 0
    original = _Timing.may_match

    def counting(self: _Timing, other: _Timing) -> bool:
        nonlocal tested
        tested += 1
        return original(self, other)

    monkeypatch.setattr(_Timing, "may_match", counting)
    pairs = list(_Timing.matching_pairs(values))
    assert len(pairs) == 1000  # a date matches only itself
    assert tested < 1000 * 53  # each date with its own year's at most, not with all 1000
