"""Resolution of real reports (development articles dev-001 … dev-004): what it must guarantee.

The assertions are about counts and links, not about every extracted value, so they hold while
the extractor improves.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from engagements.convert import extract_articles, parse_sources
from engagements.models import Dataset
from engagements.pipeline import build
from engagements.pipeline.build import ArticleRecords, build_article
from engagements.pipeline.merge import merge
from engagements.pipeline.names import same_word, tokens
from engagements.pipeline.resolve_across import resolve_across

FIXTURES = Path(__file__).resolve().parent / "cross_article"
HUMANS = ("sehili", "anderson", "tebboune", "langley", "chanegriha", "boualem", "benattou")
"""The seven people the four articles name (`Boualem Boualem`, the presidency's chief of staff, is one)."""


@pytest.fixture(scope="module")
def parts() -> list[ArticleRecords]:
    articles, failures = parse_sources(sorted(FIXTURES.glob("dev-*.txt")))
    assert not failures
    return list(extract_articles(articles))


def _from(parts: list[ArticleRecords], *names: str) -> list[ArticleRecords]:
    return [p for p in parts if p.article.source_file in names]


def _called(dataset: Dataset, surname: str) -> list[str]:
    return [
        p.id
        for p in dataset.persons
        if any(same_word(surname, w) in ("exact", "variant") for n in (p.name, *p.names) for w in tokens(n))
    ]


def test_four_reports_of_three_meetings_give_three_meetings(parts: list[ArticleRecords]) -> None:
    dataset = resolve_across(merge(parts))
    assert len(dataset.meetings) == 3
    assert all(len(m.articles) == 2 for m in dataset.meetings)
    meeting_merges = [j for j in dataset.judgements if j.left_id.startswith("mtg-")]
    assert len(meeting_merges) == 3 and all(j.judgement == "positive" for j in meeting_merges)


def test_one_person_per_human_being(parts: list[ArticleRecords]) -> None:
    dataset = resolve_across(merge(parts))
    assert {h: len(_called(dataset, h)) for h in HUMANS} == dict.fromkeys(HUMANS, 1)
    [chanegriha] = _called(dataset, "chanegriha")
    assert any({j.left_id, j.right_id} == {chanegriha, "per-said-chengriha"} for j in dataset.judgements)


def test_a_saved_id_still_resolves_after_a_merge(parts: list[ArticleRecords]) -> None:
    """Ids a user kept from one article's conversion lead to the merged records of all four."""
    alone = resolve_across(merge(_from(parts, "dev-002.txt", "dev-004.txt")))
    together = resolve_across(merge(parts))
    saved = [*(m.id for m in alone.meetings), *(p.id for p in alone.persons)]
    live = {r.id for r in (*together.meetings, *together.persons)}
    assert {together.current_id(s) in live for s in saved} == {True}
    assert any(together.current_id(s) != s for s in saved)  # some of them did merge


def test_a_saved_id_survives_an_extractor_that_finds_an_earlier_meeting(
    parts: list[ArticleRecords], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Meeting ids come from what defines the meeting, not from its place in the article."""
    parsed = [a for a in parse_sources([FIXTURES / "dev-003.txt"])[0]]
    before = {m.id for m in build_article(parsed[0]).meetings}
    original = build.link

    def finds_one_more(*args: Any, **kwargs: Any) -> Any:
        linked = original(*args, **kwargs)
        earlier = dataclasses.replace(linked.meetings[-1], date="2025-01-20")  # a meeting two days before
        linked.meetings.insert(0, earlier)
        return linked

    monkeypatch.setattr(build, "link", finds_one_more)
    after = {m.id for m in build_article(parsed[0]).meetings}
    assert before < after and len(after) == len(before) + 1
