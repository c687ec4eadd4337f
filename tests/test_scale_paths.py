"""The paths that large corpora take: each gives what its plain definition gives.

Merging records seen in many articles (`dedupe`) and pairing meetings that name one person on
many days (`block_pairs` with dates) avoid comparing every pair; the results must not change."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from engagements.pipeline.match import block_pairs, dates_agree
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
    every = sorted(  # the definition: every two ids that share a key
        {(a, b) for key, a in named for other, b in named if other == key and a < b}
    )
    assert sorted(block_pairs(named)) == every  # each pair once
    agreeing = [(a, b) for a, b in every if dates_agree(date_of[a], date_of[b]) is not False]
    assert sorted(block_pairs(named, date_of, lambda x, y: dates_agree(x, y) is not False)) == agreeing
