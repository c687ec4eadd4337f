"""Union-find over one table's records (`pipeline.groups`): joins change the groups, never the
context they were built from (resolution builds it once per pass for every table)."""

from __future__ import annotations

import copy
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from engagements.pipeline.groups import Groups
from engagements.pipeline.match import Context, candidate


def _groups(articles: dict[str, set[str]]) -> tuple[Groups, Context]:
    context = Context()
    context.articles.update({record: frozenset(read_in) for record, read_in in articles.items()})
    records = {record: SimpleNamespace(date=None) for record in articles}
    return Groups("meetings", records, context, set()), context


def test_joins_leave_the_context_as_it_was_and_group_what_they_join() -> None:
    groups, context = _groups(
        {"mtg-c": {"art-3"}, "mtg-a": {"art-1"}, "mtg-b": {"art-2"}, "mtg-d": {"art-4"}}
    )
    before = copy.deepcopy(context.articles)
    assert groups.join(candidate("mtg-a", "mtg-b", "same_meeting", 0.9, "test"))
    assert groups.join(candidate("mtg-b", "mtg-c", "same_meeting", 0.9, "test"))
    assert context.articles == before
    assert groups.clusters() == [["mtg-a", "mtg-b", "mtg-c"]]
    assert groups.articles(groups.find("mtg-c")) == {"art-1", "art-2", "art-3"}
    assert groups.members(groups.find("mtg-d")) == {"mtg-d"}


def test_a_group_refuses_a_record_read_in_one_of_its_articles() -> None:
    groups, _ = _groups({"mtg-a": {"art-1"}, "mtg-b": {"art-2"}, "mtg-c": {"art-2", "art-9"}})
    assert groups.join(candidate("mtg-a", "mtg-b", "same_meeting", 0.9, "test"))
    assert not groups.join(candidate("mtg-a", "mtg-c", "same_meeting", 0.9, "test"))  # art-2 reports both
    assert groups.clusters() == [["mtg-a", "mtg-b"]]


def test_records_read_in_the_same_articles_share_one_frozen_set() -> None:
    def row(subject: str, article: str) -> SimpleNamespace:
        return SimpleNamespace(subject_id=subject, article_id=article, field="date", quote="x")

    rows = [row("mtg-a", "art-1"), row("mtg-b", "art-1"), row("mtg-c", "art-2"), row("mtg-c", "art-1")]
    meetings = [SimpleNamespace(id="mtg-d", articles=["art-1"], participants=[])]
    context = Context.build({}, [], meetings, [], rows)  # type: ignore[arg-type]
    assert context.articles["mtg-a"] is context.articles["mtg-b"] is context.articles["mtg-d"]
    assert context.articles["mtg-a"] == {"art-1"} and context.articles["mtg-c"] == {"art-1", "art-2"}
    assert all(isinstance(found, frozenset) for found in context.articles.values())
    assert context.articles["mtg-unknown"] == frozenset()  # a record never read: no articles


@given(
    st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("1234")), max_size=16),
    st.lists(st.tuples(st.sampled_from("abcde"), st.sets(st.sampled_from("1234"), max_size=3)), max_size=4),
    st.booleans(),
)
def test_the_articles_of_each_record_whatever_the_order_of_its_facts(
    facts: list[tuple[str, str]], meetings: list[tuple[str, set[str]]], by_subject: bool
) -> None:
    """A spill gives a subject's facts together (`Spill.facts`), evidence in memory in any
    order; either way each record gets every article it is read in, and equal sets are one."""
    rows = [
        SimpleNamespace(subject_id=f"mtg-{s}", article_id=f"art-{a}", field="date", quote="x")
        for s, a in facts
    ]
    if by_subject:
        rows.sort(key=lambda row: row.subject_id)
    reports = [
        SimpleNamespace(id=f"mtg-{m}", articles=[f"art-{a}" for a in read], participants=[])
        for m, read in meetings
    ]
    context = Context.build({}, [], reports, [], rows)  # type: ignore[arg-type]
    expected: dict[str, set[str]] = {}
    for row in rows:
        expected.setdefault(row.subject_id, set()).add(row.article_id)
    for report in reports:
        expected.setdefault(report.id, set()).update(report.articles)
    assert {r: set(found) for r, found in context.articles.items() if found} == {
        r: e for r, e in expected.items() if e
    }
    frozen = list(context.articles.values())
    assert all(a is b for a in frozen for b in frozen if a == b)
