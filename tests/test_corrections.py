"""Corrections on top of extraction: each action, staleness, and the apply -> validate property."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from engagements.models import (
    Article,
    Dataset,
    Evidence,
    Meeting,
    Participant,
    Person,
    text_checksum,
)
from engagements.models.correction import Correction
from engagements.package.validate import validate_package
from engagements.package.write import write_package
from engagements.pipeline.correct import Stale, apply_corrections
from engagements.pipeline.resolve import entity_id
from engagements.pipeline.spill import Spill
from strategies import countries, datasets
from submission_repo import Repo

TEXT = "Le maréchal Khalifa Haftar reçoit Dagvin Anderson et Khalid Haftar.\n\nHaftar a salué la visite."
CORRECTION = TypeAdapter(Correction)


def _span(quote: str, article: str = "art-1", nth: int = 0) -> dict[str, Any]:
    start = [m.start() for m in re.finditer(re.escape(quote), TEXT)][nth]
    return {"article_id": article, "start": start, "end": start + len(quote), "quote": quote}


def _evidence(subject: str, field: str, quote: str, nth: int = 0) -> Evidence:
    span = _span(quote, nth=nth)
    return Evidence(
        provenance="automatic",
        id=f"evi-{subject[4:]}-{field[-2]}{span['start']}",
        subject_id=subject,
        field=field,
        article_id="art-1",
        start=span["start"],
        end=span["end"],
        quote=quote,
    )


def conflated() -> Dataset:
    """The extractor took Khalid Haftar for Khalifa Haftar (a wrong merge) at the meeting."""
    article = Article(
        id="art-1",
        title="Le maréchal",
        language="fr",
        checksum=text_checksum(TEXT),
        source_file="a.txt",
        text=TEXT,
    )
    return Dataset(
        articles=[article],
        persons=[
            Person(
                provenance="automatic",
                id="per-khalifa-haftar",
                name="Khalifa Haftar",
                names=["Haftar", "Khalid Haftar"],
            ),
            Person(provenance="automatic", id="per-dagvin-anderson", name="Dagvin Anderson"),
        ],
        meetings=[
            Meeting(
                provenance="automatic",
                id="mtg-1",
                mode="visit",
                status="held",
                articles=["art-1"],
                participants=[
                    Participant(person_id="per-khalifa-haftar", role="host"),
                    Participant(person_id="per-dagvin-anderson", role="visitor"),
                ],
            )
        ],
        evidence=[
            _evidence("per-khalifa-haftar", "name", "Khalifa Haftar"),
            _evidence("per-khalifa-haftar", "names", "Khalid Haftar"),
            _evidence("per-khalifa-haftar", "names", "Haftar", nth=2),
            _evidence("per-dagvin-anderson", "name", "Dagvin Anderson"),
            _evidence("mtg-1", "participants[per-khalifa-haftar]", "Khalifa Haftar"),
            _evidence("mtg-1", "participants[per-dagvin-anderson]", "Dagvin Anderson"),
            _evidence("mtg-1", "participants[per-khalifa-haftar]", "Khalid Haftar"),
        ],
    )


def correction(**fields: Any) -> Correction:
    base = {"id": "cor-test", "author": "tester", "reason": "because the text says so"}
    return CORRECTION.validate_python({**base, **fields})


def _valid(dataset: Dataset, tmp_path: Path) -> None:
    write_package(dataset, tmp_path / "pkg")
    report = validate_package(tmp_path / "pkg")
    assert report.valid, report.issues


def test_split_moves_the_spans_and_what_they_support(tmp_path: Path) -> None:
    split = correction(
        action="split",
        target="per-khalifa-haftar",
        record={"name": "Khalid Haftar"},
        evidence=[_span("Khalid Haftar")],
    )
    result = apply_corrections(conflated(), [split])
    assert not result.stale
    persons = {p.id: p for p in result.dataset.persons}
    assert persons["per-khalid-haftar"].provenance == "reviewed"
    assert "Khalid Haftar" not in persons["per-khalifa-haftar"].names
    [meeting] = result.dataset.meetings
    assert [p.person_id for p in meeting.participants] == [
        "per-khalifa-haftar",
        "per-dagvin-anderson",
        "per-khalid-haftar",
    ]
    quotes = {(e.subject_id, e.field): e.quote for e in result.dataset.evidence}
    assert quotes[("per-khalid-haftar", "name")] == "Khalid Haftar"
    _valid(result.dataset, tmp_path)


def test_remove_drops_references_and_keeps_evidence_indices_right(tmp_path: Path) -> None:
    remove = correction(action="remove", target="per-dagvin-anderson", evidence=[_span("Dagvin Anderson")])
    result = apply_corrections(conflated(), [remove])
    assert not result.stale
    [meeting] = result.dataset.meetings
    assert [p.person_id for p in meeting.participants] == ["per-khalifa-haftar"]
    by_field = sorted((e.field, e.quote) for e in result.dataset.evidence if e.subject_id == "mtg-1")
    assert by_field == [
        ("participants[per-khalifa-haftar]", "Khalid Haftar"),
        ("participants[per-khalifa-haftar]", "Khalifa Haftar"),
    ]
    assert all(e.subject_id != "per-dagvin-anderson" for e in result.dataset.evidence)
    _valid(result.dataset, tmp_path)


def test_merge_redirects_references_and_joins_repeated_participants(tmp_path: Path) -> None:
    merge = correction(
        action="merge",
        target="per-khalifa-haftar",
        others=["per-dagvin-anderson"],
        evidence=[_span("Khalifa Haftar")],
    )
    result = apply_corrections(conflated(), [merge])
    assert not result.stale
    [person] = result.dataset.persons
    assert "Dagvin Anderson" in person.names and person.provenance == "reviewed"
    [meeting] = result.dataset.meetings
    assert [p.person_id for p in meeting.participants] == ["per-khalifa-haftar"]
    fields = {e.field for e in result.dataset.evidence if e.subject_id == "mtg-1"}
    assert fields == {"participants[per-khalifa-haftar]"}
    _valid(result.dataset, tmp_path)


def test_fixing_a_name_keeps_the_old_one_as_another_name(tmp_path: Path) -> None:
    fix = correction(
        action="fix",
        target="per-dagvin-anderson",
        values={"name": "Dagvin R. Anderson"},
        evidence=[_span("Dagvin Anderson")],
    )
    result = apply_corrections(conflated(), [fix])
    person = next(p for p in result.dataset.persons if p.id == "per-dagvin-anderson")
    assert (person.name, person.names) == ("Dagvin R. Anderson", ["Dagvin Anderson"])
    _valid(result.dataset, tmp_path)


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"action": "fix", "target": "mtg-1", "values": {"date": "2026-04"}}, "correction_invalid"),
        ({"action": "fix", "target": "mtg-1", "values": {"colour": "red"}}, "correction_invalid"),
        ({"action": "fix", "target": "mtg-1", "values": {"id": "mtg-2"}}, "correction_invalid"),
        ({"action": "remove", "target": "per-nobody"}, "correction_target_missing"),
        ({"action": "merge", "target": "per-khalifa-haftar", "others": ["mtg-1"]}, "correction_invalid"),
        ({"action": "add", "table": "persons", "record": {"name": "Khalifa Haftar"}}, "correction_redundant"),
        ({"action": "add", "table": "persons", "record": {"id": "per-x", "name": "X"}}, "correction_invalid"),
        (
            {
                "action": "add",
                "table": "meetings",
                "record": {
                    "mode": "visit",
                    "status": "held",
                    "participants": [{"person_id": "per-nobody", "role": "host"}],
                },
            },
            "correction_invalid",
        ),
        ({"action": "split", "target": "per-khalifa-haftar", "record": {"titles": []}}, "correction_invalid"),
    ],
)
def test_a_correction_that_cannot_apply_is_reported_and_changes_nothing(
    fields: dict[str, Any], code: str
) -> None:
    dataset = conflated()
    result = apply_corrections(dataset, [correction(evidence=[_span("Khalifa Haftar")], **fields)])
    assert [s.code for s in result.stale] == [code]
    assert result.dataset == dataset.sorted()


def test_a_moved_quote_is_reported_with_its_new_place() -> None:
    span = {**_span("Dagvin Anderson"), "start": 0, "end": 15}
    result = apply_corrections(
        conflated(), [correction(action="remove", target="per-dagvin-anderson", evidence=[span])]
    )
    [stale] = result.stale
    assert (
        stale.code == "correction_span_mismatch"
        and f"now at start {_span('Dagvin Anderson')['start']}" in (stale.message)
    )


# ---------------------------------------------------------------- the property


def _seen(dataset: Dataset, record_id: str) -> list[Article]:
    """Articles a record is extracted from (where a correction may quote it)."""
    record = next(
        r
        for t in ("persons", "organisations", "meetings", "exercises")
        for r in getattr(dataset, t)
        if r.id == record_id
    )
    ids = set(getattr(record, "articles", [])) | {
        e.article_id for e in dataset.evidence if e.subject_id == record_id
    }
    ids |= {role.article_id for role in getattr(record, "roles", [])}
    return [a for a in dataset.articles if a.id in ids]


@st.composite
def spans(draw: st.DrawFn, articles: list[Article]) -> dict[str, Any]:
    article = draw(st.sampled_from(articles))
    start, end = draw(st.sampled_from([(m.start(), m.end()) for m in re.finditer(r"\S+", article.text)]))
    return {"article_id": article.id, "start": start, "end": end, "quote": article.text[start:end]}


@st.composite
def dataset_and_corrections(draw: st.DrawFn) -> tuple[Dataset, list[Correction]]:
    """A valid dataset and corrections that all apply to it."""
    dataset = draw(datasets(min_each=1))
    return dataset, draw(corrections_for(dataset))


@st.composite
def corrections_for(draw: st.DrawFn, dataset: Dataset) -> list[Correction]:
    """Corrections that all apply to `dataset`: each record is touched by at most one."""
    used: set[str] = set()
    created: set[str] = set()
    result: list[Correction] = []
    candidates = [
        r.id for t in ("persons", "organisations", "meetings", "exercises") for r in getattr(dataset, t)
    ]
    for number in range(draw(st.integers(1, 5))):
        base = {"id": f"cor-{number}", "author": "tester", "reason": "reviewed against the text"}
        free = [c for c in candidates if c not in used and _seen(dataset, c)]
        action = draw(st.sampled_from(["add", "fix", "remove", "merge", "split"] if free else ["add"]))
        if action == "add":
            span = draw(spans(dataset.articles))
            new_id = entity_id("persons", span["quote"])
            if new_id in created or new_id in candidates:
                continue
            created.add(new_id)
            result.append(
                correction(
                    **base, action="add", table="persons", record={"name": span["quote"]}, evidence=[span]
                )
            )
            continue
        target = draw(st.sampled_from(free))
        used.add(target)
        evidence = [draw(spans(_seen(dataset, target)))]
        if action == "remove":
            result.append(correction(**base, action="remove", target=target, evidence=evidence))
        elif action == "fix":
            values = {
                "per": {"country": draw(countries)},
                "org": {"kind": draw(st.sampled_from(["military", "government", "other"]))},
                "mtg": {
                    "status": draw(st.sampled_from(["planned", "held"])),
                    "date": "2026-04",
                    "date_precision": "month",
                },
                "exe": {"status": draw(st.sampled_from(["planned", "held", "cancelled"]))},
            }[target[:3]]
            if draw(st.booleans()):  # another outlet's article, cited beside the source span
                external = {
                    "url": f"https://example.org/{number}",
                    "quote": "dated there",
                    "accessed": "2026-11-30",
                }
                evidence = [*evidence, {"external": True, **external, "field": next(iter(values))}]
            result.append(correction(**base, action="fix", target=target, values=values, evidence=evidence))
        elif action == "merge":
            same = [c for c in free if c[:3] == target[:3] and c not in used]
            if not same:
                continue
            other = draw(st.sampled_from(same))
            used.add(other)
            result.append(
                correction(**base, action="merge", target=target, others=[other], evidence=evidence)
            )
        elif target.startswith(("per-", "org-")):
            new_id = entity_id(
                "persons" if target.startswith("per-") else "organisations", evidence[0]["quote"]
            )
            if new_id in created or new_id in candidates:
                continue
            created.add(new_id)
            result.append(
                correction(
                    **base,
                    action="split",
                    target=target,
                    record={"name": evidence[0]["quote"]},
                    evidence=evidence,
                )
            )
    return result


def _check_property(dataset: Dataset, corrections: list[Correction], package: Path) -> None:
    once = apply_corrections(dataset, corrections)
    assert once.stale == []
    assert once.applied == len(corrections)
    reviews = {r.id: r for r in once.dataset.reviews}
    assert all(reviews[c.id].author == c.author and reviews[c.id].action == c.action for c in corrections)
    write_package(once.dataset, package)
    report = validate_package(package)
    assert report.valid, report.issues
    twice = apply_corrections(once.dataset, corrections)
    assert twice.dataset == once.dataset


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(case=dataset_and_corrections())
def test_valid_corrections_apply_validate_and_are_idempotent(
    case: tuple[Dataset, list[Correction]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    dataset, corrections = case
    _check_property(dataset, corrections, tmp_path_factory.mktemp("pkg") / "pkg")


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_valid_corrections_of_a_converted_checkout_validate_and_are_idempotent(
    data: st.DataObject, base: Repo, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The same on what `convert` extracted from real text (participants, roles, indexed evidence)."""
    corrections = data.draw(corrections_for(base.dataset))
    _check_property(base.dataset, corrections, tmp_path_factory.mktemp("pkg") / "pkg")


def test_split_moves_a_role_whose_span_is_listed(tmp_path: Path) -> None:
    from engagements.models import Role

    dataset = conflated()
    khalifa = dataset.persons[0].model_copy(
        update={"roles": [Role(role="maréchal", article_id="art-1"), Role(role="visite", article_id="art-1")]}
    )
    evidence = [*dataset.evidence, _evidence("per-khalifa-haftar", "roles[marechal]", "maréchal"),
                _evidence("per-khalifa-haftar", "roles[visite]", "visite")]  # fmt: skip
    dataset = dataset.model_copy(update={"persons": [khalifa, *dataset.persons[1:]], "evidence": evidence})
    split = correction(
        action="split",
        target="per-khalifa-haftar",
        record={"name": "Khalid Haftar", "roles": [{"role": "fils", "article_id": "art-1"}]},
        evidence=[_span("Khalid Haftar"), _span("visite")],
    )
    result = apply_corrections(dataset, [split])
    assert not result.stale
    persons = {p.id: p for p in result.dataset.persons}
    assert [r.role for r in persons["per-khalid-haftar"].roles] == ["fils", "visite"]
    assert [r.role for r in persons["per-khalifa-haftar"].roles] == ["maréchal"]
    fields = {(e.subject_id, e.field): e.quote for e in result.dataset.evidence if "roles" in e.field}
    assert fields == {
        ("per-khalid-haftar", "roles[visite]"): "visite",
        ("per-khalifa-haftar", "roles[marechal]"): "maréchal",
    }
    _valid(result.dataset, tmp_path)


# ---------------------------------------------------------------- merged ids


def _resolved_pair() -> Dataset:
    from engagements.pipeline.merge import merge
    from engagements.pipeline.resolve_across import resolve_across
    from resolution_world import Draft

    one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
    one.meeting([one.person("Saïd Chanegriha"), one.person("Michael Langley")], "2025-01-22")
    two.meeting([two.person("Saïd Chengriha"), two.person("Michael Langley")])
    return resolve_across(merge([one.records(), two.records()]))


def _quote_span(dataset: Dataset, quote: str) -> dict[str, Any]:
    item = next(e for e in dataset.evidence if e.quote == quote)
    return {"article_id": item.article_id, "start": item.start, "end": item.end, "quote": quote}


def test_a_correction_naming_a_merged_id_applies_to_the_record_it_leads_to(tmp_path: Path) -> None:
    dataset = _resolved_pair()
    fix = correction(
        action="fix",
        target="per-said-chengriha",
        values={"country": "DZ"},
        evidence=[_quote_span(dataset, "Saïd Chengriha")],
    )
    result = apply_corrections(dataset, [fix])
    assert not result.stale
    assert {p.id: p.country for p in result.dataset.persons}["per-said-chanegriha"] == "DZ"
    _valid(result.dataset, tmp_path)


def test_a_merge_correction_leaves_redirects_and_a_removal_drops_those_to_it(tmp_path: Path) -> None:
    dataset = _resolved_pair()
    merge_ = correction(
        action="merge",
        target="per-michael-langley",
        others=["per-said-chanegriha"],
        evidence=[_quote_span(dataset, "Michael Langley")],
    )
    merged = apply_corrections(dataset, [merge_]).dataset
    redirects = {r.id: (r.target_id, r.provenance) for r in merged.redirects if r.id.startswith("per-")}
    assert redirects == {
        "per-said-chanegriha": ("per-michael-langley", "reviewed"),
        "per-said-chengriha": ("per-michael-langley", "automatic"),  # no chain: it leads to the target
    }
    _valid(merged, tmp_path / "merged")
    remove = correction(
        action="remove", target="per-michael-langley", evidence=[_quote_span(dataset, "Michael Langley")]
    )
    removed = apply_corrections(merged, [remove]).dataset
    assert all(r.id.startswith("mtg-") for r in removed.redirects)
    assert all(j.left_id.startswith("mtg-") for j in removed.judgements)
    _valid(removed, tmp_path / "removed")


def _through_a_spill(dataset: Dataset, corrections: list[Correction]) -> tuple[Dataset, list[Stale], int]:
    """`apply_corrections` as `convert` calls it: the evidence and articles in a spill."""
    with Spill() as spill:
        spill.add(dataset.evidence)
        for article in dataset.articles:
            spill.articles.add(article)
        result = apply_corrections(
            dataset.model_copy(update={"evidence": [], "articles": []}), corrections, spill
        )
        assert not result.dataset.evidence and not result.dataset.articles
        held = {"evidence": list(spill), "articles": list(spill.articles)}
        return result.dataset.model_copy(update=held), result.stale, result.applied


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(case=dataset_and_corrections(), data=st.data())
def test_corrections_through_a_spill_give_what_they_give_in_memory(
    case: tuple[Dataset, list[Correction]], data: st.DataObject
) -> None:
    """Evidence changed in the spill, and a correction that cannot apply undone there: repeats
    and reorderings of applicable corrections make some stale half-way."""
    dataset, valid = case
    corrections = data.draw(st.lists(st.sampled_from(valid), max_size=2 * len(valid))) if valid else []
    expected = apply_corrections(dataset, corrections)
    assert _through_a_spill(dataset, corrections) == (expected.dataset, expected.stale, expected.applied)


def _examples() -> list[Correction]:
    """A split moving a participation (found by the item it names), a removal and a merge."""
    return [
        correction(
            id="cor-split",
            action="split",
            target="per-khalifa-haftar",
            record={"name": "Khalid Haftar"},
            evidence=[_span("Khalid Haftar")],
        ),
        correction(
            id="cor-remove",
            action="remove",
            target="per-dagvin-anderson",
            evidence=[_span("Dagvin Anderson")],
        ),
        correction(
            id="cor-merge",
            action="merge",
            target="per-khalifa-haftar",
            others=["per-khalid-haftar"],
            evidence=[_span("Khalifa Haftar")],
        ),
    ]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_split_remove_and_merge_through_a_spill_give_what_they_give_in_memory(count: int) -> None:
    """All three apply (the merge of a record a split added crashed before: it lacked `names`)."""
    dataset, corrections = conflated(), _examples()[:count]
    expected = apply_corrections(dataset, corrections)
    assert expected.applied == count
    assert _through_a_spill(dataset, corrections) == (expected.dataset, expected.stale, expected.applied)


@pytest.mark.parametrize("failing", ["cor-split", "cor-remove", "cor-merge"])
def test_a_correction_failing_after_it_changed_evidence_leaves_none_of_it_in_the_spill(
    failing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each example changes evidence before its last check; made to fail there, its changes are
    undone in the spill as in memory, and the corrections after it apply to what was before."""
    from engagements.pipeline import correct as module

    real = module._State.check_references

    def check_references(self: Any) -> None:
        real(self)
        if self.correction.id == failing:
            raise module._Skip("correction_invalid", "made to fail after its changes")

    monkeypatch.setattr(module._State, "check_references", check_references)
    dataset = conflated()
    expected = apply_corrections(dataset, _examples())
    assert [s.correction_id for s in expected.stale][:1] == [failing]
    assert _through_a_spill(dataset, _examples()) == (expected.dataset, expected.stale, expected.applied)
    alone = _through_a_spill(dataset, [c for c in _examples() if c.id == failing])
    assert alone[0].evidence == dataset.sorted().evidence  # nothing of it is left


def test_evidence_left_without_its_record_makes_the_correction_stale_through_a_spill() -> None:
    dataset = conflated()
    dangling = _evidence("per-nobody", "name", "Dagvin Anderson")
    dataset = dataset.model_copy(update={"evidence": [*dataset.evidence, dangling]})
    [remove] = [c for c in _examples() if c.id == "cor-remove"]
    expected = apply_corrections(dataset, [remove])
    assert [(s.code, s.message) for s in expected.stale] == [
        ("correction_invalid", "evidence would support unknown per-nobody")
    ]
    assert _through_a_spill(dataset, [remove]) == (expected.dataset, expected.stale, expected.applied)


def test_rows_moving_onto_one_id_are_taken_in_the_same_order_through_a_spill() -> None:
    """A `fix` cites a span as `names`; a `merge` then moves that row and the extractor's row of
    the same span onto one id. Which moves first decides the row's correction: memory and the
    spill must take them alike (found in review: insertion order against id order)."""
    span = _span("Dagvin Anderson")
    corrections = [
        correction(
            id="cor-one",
            action="fix",
            target="per-dagvin-anderson",
            values={"titles": ["général"]},
            evidence=[{**span, "field": "names"}],
        ),
        correction(
            id="cor-two",
            action="merge",
            target="per-khalifa-haftar",
            others=["per-dagvin-anderson"],
            evidence=[_span("Khalifa Haftar")],
        ),
    ]
    expected = apply_corrections(conflated(), corrections)
    assert expected.applied == 2
    assert _through_a_spill(conflated(), corrections) == (expected.dataset, expected.stale, expected.applied)
