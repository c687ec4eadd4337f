"""Merging records seen in many articles: the same result as folding them in one by one, in time
that grows with the number of reports, not with its square."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

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
