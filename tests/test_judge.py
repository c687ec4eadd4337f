"""Reviewed judgements (`judge` corrections) steer resolution; external evidence is cited, shape-checked."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from engagements.convert import resolve_and_correct
from engagements.models import Dataset
from engagements.models.correction import Correction
from engagements.package.validate import validate_package
from engagements.package.write import write_package
from engagements.pipeline.merge import merge
from engagements.submission.checkout import validate_checkout
from engagements.submission.load import LocatedCorrection
from resolution_world import Draft
from submission_repo import Repo, base_correction

CORRECTION = TypeAdapter(Correction)


def merged_by_id(linked: bool = True) -> Dataset:
    """Two articles naming one general two ways; with `linked`, both met the same person."""
    one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
    langley = [one.person("Michael Langley")] if linked else []
    one.meeting([one.person("Saïd Chanegriha"), *langley], "2025-01-22")
    two.meeting([two.person("Saïd Chengriha"), *([two.person("Michael Langley")] if linked else [])])
    return merge([one.records(), two.records()])


def fields(dataset: Dataset, **changes: Any) -> dict[str, Any]:
    """A correction about the two spellings, supported by the span of the second one."""
    quote = next(e for e in dataset.evidence if e.quote == "Saïd Chengriha")
    span = {"article_id": quote.article_id, "start": quote.start, "end": quote.end, "quote": quote.quote}
    return {
        "id": "cor-chanegriha",
        "action": "judge",
        "target": "per-said-chanegriha",
        "others": ["per-said-chengriha"],
        "author": "reviewer",
        "reason": "the APS and TSA spell the same chief of staff differently",
        "evidence": [span],
        **changes,
    }


def located(values: dict[str, Any]) -> LocatedCorrection:
    return LocatedCorrection(CORRECTION.validate_python(values), "corrections.yaml", 3)


def judge(dataset: Dataset, judgement: str, **changes: Any) -> LocatedCorrection:
    return located(fields(dataset, judgement=judgement, **changes))


def _persons(dataset: Dataset) -> list[str]:
    return sorted(p.id for p in dataset.persons if "said" in p.id)


def _valid(dataset: Dataset, tmp_path: Path) -> None:
    write_package(dataset, tmp_path / "pkg")
    report = validate_package(tmp_path / "pkg")
    assert report.valid, report.issues


def test_a_negative_judgement_undoes_an_automatic_merge(tmp_path: Path) -> None:
    dataset = merged_by_id()
    assert len(_persons(resolve_and_correct(dataset, [])[0])) == 1
    result, stale = resolve_and_correct(dataset, [judge(dataset, "negative")])
    assert not stale and _persons(result) == ["per-said-chanegriha", "per-said-chengriha"]
    [judgement] = [j for j in result.judgements if j.left_id.startswith("per-")]
    assert (judgement.judgement, judgement.provenance, judgement.correction_id) == (
        "negative",
        "reviewed",
        "cor-chanegriha",
    )
    assert [r.action for r in result.reviews] == ["judge"]
    _valid(result, tmp_path)


def test_a_positive_judgement_merges_what_the_rules_leave_apart(tmp_path: Path) -> None:
    dataset = merged_by_id(linked=False)
    assert len(_persons(resolve_and_correct(dataset, [])[0])) == 2  # nothing links the two spellings
    result, stale = resolve_and_correct(dataset, [judge(dataset, "positive")])
    assert not stale and _persons(result) == ["per-said-chanegriha"]
    [judgement] = result.judgements
    assert (judgement.rule, judgement.provenance, judgement.subject_id) == (
        "reviewed",
        "reviewed",
        "per-said-chanegriha",
    )
    _valid(result, tmp_path)


def test_a_positive_judgement_confirms_an_automatic_merge() -> None:
    dataset = merged_by_id()
    result, _ = resolve_and_correct(dataset, [judge(dataset, "positive")])
    [judgement] = [j for j in result.judgements if j.left_id.startswith("per-")]
    assert (judgement.provenance, judgement.correction_id) == ("reviewed", "cor-chanegriha")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"others": ["per-nobody"]}, "correction_target_missing"),
        ({"others": ["org-nobody"]}, "correction_target_missing"),
        ({"others": ["per-michael-langley", "per-said-chanegriha"]}, "correction_invalid"),
    ],
)
def test_a_judgement_that_cannot_apply_is_reported(changes: dict[str, Any], code: str) -> None:
    dataset = merged_by_id()
    result, stale = resolve_and_correct(dataset, [judge(dataset, "negative", **changes)])
    assert [s.code for _, s in stale] == [code]
    assert result == resolve_and_correct(dataset, [])[0]


def test_a_merge_correction_cannot_join_what_a_judgement_keeps_apart() -> None:
    dataset = merged_by_id()
    negative = judge(dataset, "negative")
    merge_ = located(
        fields(
            dataset,
            id="cor-merge",
            action="merge",
            target="per-said-chengriha",
            others=["per-said-chanegriha"],
        )
    )
    _, stale = resolve_and_correct(dataset, [negative, merge_])
    assert [(s.correction_id, s.code) for _, s in stale] == [("cor-merge", "correction_invalid")]


# ---------------------------------------------------------------- external evidence


EXTERNAL = {
    "external": True,
    "url": "https://example.org/a-report",
    "publisher": "Example",
    "quote": "met on 22 January",
    "accessed": "2026-11-30",
    "field": "date",
}


def test_external_evidence_is_published_with_the_correction_that_cites_it(tmp_path: Path) -> None:
    dataset = merged_by_id()
    [meeting] = resolve_and_correct(dataset, [])[0].meetings
    values = fields(dataset, id="cor-date", action="fix", target=meeting.id, values={"date": "2025-01-22"})
    del values["others"]
    values["evidence"].append(EXTERNAL)
    result, stale = resolve_and_correct(dataset, [located(values)])
    assert not stale
    [external] = result.external_evidence
    assert (external.subject_id, external.field, external.correction_id) == (meeting.id, "date", "cor-date")
    _valid(result, tmp_path)


@pytest.mark.parametrize(
    "change",
    [
        {"url": "ftp://example.org/a"},  # not http(s)
        {"quote": "x" * 301},  # a citation, not a copy
        {"accessed": "2026-11"},  # the day it was read
        {"accessed": "2026-02-30"},
        {"external": False},
        {"article_id": "art-000000000000"},  # a span and a url at once
    ],
)
def test_external_evidence_of_the_wrong_shape_is_rejected(change: dict[str, Any]) -> None:
    dataset = merged_by_id()
    values = fields(dataset, action="fix", values={"country": "DZ"}, evidence=[{**EXTERNAL, **change}])
    del values["others"]
    with pytest.raises(ValidationError):
        CORRECTION.validate_python(values)


def test_external_evidence_read_after_today_is_reported(repo: Repo) -> None:
    correction = base_correction(repo)
    correction["evidence"].append({**EXTERNAL, "accessed": "2026-12-02"})
    repo.write_corrections("base.yaml", [correction])
    report = validate_checkout(repo.root, cache_dir=repo.cache, today=datetime.date(2026, 12, 1))
    assert "accessed_in_future" in report.codes()
    assert yaml.safe_load((repo.corrections / "base.yaml").read_text())  # the file itself is valid YAML


def test_a_judgement_is_judged_alike_with_the_evidence_spilled() -> None:
    """`convert` keeps the evidence in a spill: a judgement must still see the articles each
    record is read from, which for an organisation only its evidence tells."""
    from engagements.pipeline.spill import Spill

    def articles() -> list[Any]:
        one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
        one.organisation("Direction de la sécurité extérieure", "government")
        two.organisation("Direction de la sécurité intérieure", "government")
        return [one.records(), two.records()]

    in_memory = merge(articles())
    quote = next(e for e in in_memory.evidence if e.quote == "Direction de la sécurité intérieure")
    correction = located(
        {
            "id": "cor-dse",
            "action": "judge",
            "judgement": "positive",
            "target": "org-direction-de-la-securite-exterieure",
            "others": ["org-direction-de-la-securite-interieure"],
            "author": "reviewer",
            "reason": "one service",
            "evidence": [
                {"article_id": quote.article_id, "start": quote.start, "end": quote.end, "quote": quote.quote}
            ],
        }
    )
    expected, expected_stale = resolve_and_correct(in_memory, [correction])
    assert not expected_stale
    with Spill() as spill:
        spilled, stale = resolve_and_correct(merge(articles(), spill), [correction], spill)
        held = {"evidence": list(spill), "articles": list(spill.articles)}
    assert not stale
    assert spilled.model_copy(update=held) == expected
