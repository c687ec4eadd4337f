"""Cross-article resolution on invented articles: what merges, what never does, and its invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagements.models import Dataset
from engagements.package.validate import validate_package
from engagements.package.write import write_package
from engagements.pipeline.build import ArticleRecords
from engagements.pipeline.merge import merge
from engagements.pipeline.names import relate_full_names
from engagements.pipeline.resolve_across import resolve_across
from resolution_world import Draft

# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b", "rule", "exact"),
    [
        ("Saïd Chanegriha", "Saïd Chengriha", "name_variant", False),  # spelling
        ("Roustem Oumerov", "Rustem Umerov", "name_variant", False),  # transliteration
        ("Sergueï Choïgou", "Sergei Shoigu", "name_variant", False),
        ("Mohamed Ould Cheikh El Ghazouani", "Mohamed Ghazouani", "name_variant", True),  # particles, middle
        ("Michael E. Langley", "Michael Langley", "name_variant", True),  # middle initial
        ("Belkhir El Farouk", "El Farouk Belkhir", "name_order", True),
        ("Abdel Fattah al-Sissi", "Abdelfattah Al-Sissi", "name_variant", True),  # given names joined
        ("Ursula von der Leyen", "Ursula Von Der Leyen", "same_name", True),
    ],
)
def test_name_variants_relate(a: str, b: str, rule: str, exact: bool) -> None:
    relation = relate_full_names(a, b)
    assert relation is not None and (relation.rule, relation.exact) == (rule, exact)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khalifa Haftar", "Khalid Haftar"),  # brothers' names differ by a letter or two
        ("Saddam Haftar", "Khalifa Haftar"),
        ("Omar Bongo", "Ali Bongo Ondimba"),
        ("Aminata Diallo", "Mariam Diallo"),  # invented namesakes
        ("Mohamed Salem", "Mohamed Saleh"),  # short surnames one letter apart are not spellings
        ("Moussa Ndiaye", "Moussa Diaye"),
        ("Michael E", "Michael Langley"),  # a surname is never an initial
    ],
)
def test_different_people_do_not_relate(a: str, b: str) -> None:
    assert relate_full_names(a, b) is None


# ---------------------------------------------------------------- persons


def resolved(*drafts: Draft) -> Dataset:
    return resolve_across(merge([d.records() for d in drafts]))


def names(dataset: Dataset) -> list[str]:
    return sorted(p.name for p in dataset.persons)


def test_a_spelling_variant_merges_when_both_met_the_same_person() -> None:
    one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
    one.meeting([one.person("Saïd Chanegriha"), one.person("Michael Langley")], "2025-01-22")
    two.meeting([two.person("Saïd Chengriha"), two.person("Michael Langley")])
    dataset = resolved(one, two)
    assert names(dataset) == ["Michael Langley", "Saïd Chanegriha"]
    [merge_judgement] = [j for j in dataset.judgements if j.rule == "name_variant"]
    assert {merge_judgement.left_id, merge_judgement.right_id} == {
        "per-said-chanegriha",
        "per-said-chengriha",
    }
    assert {r.id: r.target_id for r in dataset.redirects}["per-said-chengriha"] == "per-said-chanegriha"


def test_a_spelling_variant_with_nothing_else_in_common_stays_apart() -> None:
    one, two = Draft("one"), Draft("two")
    one.person("Saïd Chanegriha", "DZ")
    two.person("Saïd Chengriha", "DZ")  # same country is not enough for a spelling variant
    assert len(resolved(one, two).persons) == 2


def test_a_lone_surname_joins_the_only_full_name_it_can_be() -> None:
    one, two = Draft("one"), Draft("two")
    one.person("Mohamed Ould Cheikh El Ghazouani", "MR", also=("Ghazouani",))
    two.person("Ghazouani", "MR")
    dataset = resolved(one, two)
    assert names(dataset) == ["Mohamed Ould Cheikh El Ghazouani"]
    assert [j.rule for j in dataset.judgements] == ["surname"]


def test_a_lone_surname_shared_by_namesakes_joins_none() -> None:
    one, two = Draft("one"), Draft("two")
    one.person("Khalifa Haftar", "LY", also=("Haftar",))
    one.person("Saddam Haftar", "LY", also=("Haftar",))
    two.person("Haftar", "LY")
    dataset = resolved(one, two)
    assert names(dataset) == ["Haftar", "Khalifa Haftar", "Saddam Haftar"]
    assert dataset.judgements == []


def test_namesakes_with_one_surname_never_merge_even_when_they_met_the_same_people() -> None:
    one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
    one.meeting([one.person("Khalifa Haftar", "LY"), one.person("Dagvin Anderson", "US")], "2025-01-21")
    two.meeting([two.person("Khalid Haftar", "LY"), two.person("Dagvin Anderson", "US")], "2025-01-21")
    dataset = resolved(one, two)
    assert names(dataset) == ["Dagvin Anderson", "Khalid Haftar", "Khalifa Haftar"]
    assert len(dataset.meetings) == 2  # one named participant in common of three: not one meeting


def test_persons_of_different_countries_never_merge() -> None:
    one, two = Draft("one"), Draft("two")
    one.person("Mohamed Ould Cheikh El Ghazouani", "MR")
    two.person("Mohamed Ghazouani", "DZ")
    assert len(resolved(one, two).persons) == 2


def test_two_persons_of_one_article_never_merge() -> None:
    one = Draft("one")
    one.person("Saïd Chanegriha", also=("Chanegriha",))
    one.person("Saïd Chengriha", also=("Chanegriha",))
    assert len(resolved(one).persons) == 2


def test_namesakes_of_different_countries_get_their_country_in_their_id() -> None:
    one, two, three = Draft("one"), Draft("two"), Draft("three")
    one.organisation("Ministère de la Défense nationale", "government", country="TN")
    two.organisation("Ministère de la Défense nationale", "government", country="DZ")
    three.organisation("Ministère de la Défense nationale", "government")  # which one? neither
    ids = sorted(o.id for o in resolved(one, two, three).organisations)
    assert ids == [
        "org-ministere-de-la-defense-nationale",
        "org-ministere-de-la-defense-nationale-dz",
        "org-ministere-de-la-defense-nationale-tn",
    ]


# ---------------------------------------------------------------- organisations


def test_organisations_merge_by_acronym_unless_the_acronym_is_ambiguous() -> None:
    one, two, three, four = Draft("one"), Draft("two"), Draft("three"), Draft("four")
    one.organisation("Commandement des États-Unis pour l’Afrique", "military", "AFRICOM", "US")
    two.organisation("Commandement militaire américain pour l’Afrique", "military", "AFRICOM")
    three.organisation("Armée nationale populaire", "military", "ANP", "DZ")
    three.organisation("Agence nigérienne de presse", "media", "ANP", "NE")
    four.organisation("ANP", "other")  # the army or the agency: the acronym does not say
    dataset = resolved(one, two, three, four)
    assert len(dataset.organisations) == 4
    assert [(j.rule, j.subject_id) for j in dataset.judgements] == [
        ("acronym", "org-commandement-des-etats-unis-pour-l-afrique")
    ]


def test_a_part_is_not_the_whole_whatever_its_acronym() -> None:
    one, two = Draft("one"), Draft("two")
    one.organisation("Forces armées royales", "military", "FAR", "MA")
    two.organisation("Zone Sud des Forces armées royales", "military", "FAR", "MA")
    assert len(resolved(one, two).organisations) == 2


def test_a_name_under_its_owners_prefix_is_that_name() -> None:
    one, two, three = Draft("one"), Draft("two"), Draft("three")
    one.organisation("U.S. Army Desert Logistics Group, Sahel", "military", "DLG-S", "US")
    two.organisation("Desert Logistics Group, Sahel", "military", "DLG-S")
    three.organisation("French Navy Coastal Training Wing", "military", country="FR")
    three.organisation("Coastal Training Wing", "military", country="FR")  # one article: two bodies
    dataset = resolved(one, two, three)
    assert len(dataset.organisations) == 3
    assert [(j.rule, j.subject_id) for j in dataset.judgements] == [
        ("owner_prefix", "org-desert-logistics-group-sahel")
    ]
    merged = next(o for o in dataset.organisations if o.id == "org-desert-logistics-group-sahel")
    assert (merged.country, merged.names) == ("US", ["U.S. Army Desert Logistics Group, Sahel"])


def test_a_prefixed_name_does_not_join_what_contradicts_its_owner() -> None:
    one, two, three, four = Draft("one"), Draft("two"), Draft("three"), Draft("four")
    one.organisation("U.S. Army Desert Logistics Group", "military", "DLG", "US")
    two.organisation("Desert Logistics Group", "military", "DLG", "NE")  # another state's
    three.organisation("British Army Mountain Training Wing", "military", "MTW", "GB")
    four.organisation("Mountain Training Wing", "military", "MWT")  # another acronym
    assert len(resolved(one, two, three, four).organisations) == 4
    five, six, seven = Draft("five"), Draft("six"), Draft("seven")
    five.organisation("U.S. Army Jungle Warfare School", "military", country="US")
    six.organisation("French Army Jungle Warfare School", "military", country="FR")
    seven.organisation("Jungle Warfare School", "military")  # whose? the name does not say
    assert len(resolved(five, six, seven).organisations) == 3


# ---------------------------------------------------------------- meetings and exercises


def test_reports_of_one_meeting_become_one_with_every_article() -> None:
    one, two = Draft("one", "2025-11-13"), Draft("two", "2025-11-14")
    a, b = one.person("Khaled Sehili"), one.person("Dagvin Anderson")
    one.meeting([a, b], "2025-11-12", "Tunis", status="planned")
    two.meeting([two.person("Khaled Sehili"), two.person("Dagvin Anderson")], None, "Tunisie")
    [meeting] = resolved(one, two).meetings
    assert meeting.articles == sorted([one.id, two.id])
    assert (meeting.date, meeting.status) == ("2025-11-12", "held")  # the latest report's status


def test_an_undated_report_fitting_two_meetings_joins_neither() -> None:
    one, two, three = Draft("one", "2025-01-10"), Draft("two", "2025-03-10"), Draft("three")
    for draft, day in ((one, "2025-01-09"), (two, "2025-03-09")):
        draft.meeting([draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")], day)
    three.meeting([three.person("Khaled Sehili"), three.person("Dagvin Anderson")])
    assert len(resolved(one, two, three).meetings) == 3


def test_an_undated_report_published_long_after_stays_apart() -> None:
    one, two = Draft("one", "2025-01-10"), Draft("two", "2025-06-10")
    one.meeting([one.person("Khaled Sehili"), one.person("Dagvin Anderson")], "2025-01-09")
    two.meeting([two.person("Khaled Sehili"), two.person("Dagvin Anderson")])
    assert len(resolved(one, two).meetings) == 2


def test_undated_reports_join_when_published_close_together() -> None:
    near, later, far = Draft("near", "2025-01-10"), Draft("later", "2025-01-20"), Draft("far", "2025-03-01")
    for draft in (near, later, far):
        draft.meeting([draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")])
    assert sorted(len(m.articles) for m in resolved(near, later, far).meetings) == [1, 2]


def test_a_planned_undated_report_published_before_the_meeting_joins_it() -> None:
    held, planned = Draft("held", "2025-05-03"), Draft("planned", "2025-03-01")
    held.meeting([held.person("Khaled Sehili"), held.person("Dagvin Anderson")], "2025-05-02")
    planned.meeting([planned.person("Khaled Sehili"), planned.person("Dagvin Anderson")], status="planned")
    [meeting] = resolved(held, planned).meetings
    assert meeting.date == "2025-05-02" and len(meeting.articles) == 2


def test_a_planned_undated_report_joins_the_meeting_of_its_season_not_a_later_one() -> None:
    planned, soon, next_year = Draft("planned", "2025-03-01"), Draft("soon"), Draft("next")
    for draft, day in ((soon, "2025-05-02"), (next_year, "2026-05-02")):
        draft.meeting([draft.person("Khaled Sehili"), draft.person("Dagvin Anderson")], day)
    planned.meeting([planned.person("Khaled Sehili"), planned.person("Dagvin Anderson")], status="planned")
    meetings = resolved(planned, soon, next_year).meetings
    assert sorted((m.date, len(m.articles)) for m in meetings) == [("2025-05-02", 2), ("2026-05-02", 1)]


def test_a_planned_undated_report_published_long_before_stays_apart() -> None:
    held, planned = Draft("held", "2025-09-03"), Draft("planned", "2025-03-01")
    held.meeting([held.person("Khaled Sehili"), held.person("Dagvin Anderson")], "2025-09-02")
    planned.meeting([planned.person("Khaled Sehili"), planned.person("Dagvin Anderson")], status="planned")
    assert len(resolved(held, planned).meetings) == 2


@pytest.mark.parametrize(
    ("when", "published", "joined"),
    [
        ("2025-03", "2025-03-15", True),  # within the month
        ("2025-03", "2025-04-30", True),  # within a month after its last day
        ("2025-03", "2025-05-02", False),
        ("2025-03", "2025-02-27", False),  # before the month: the meeting had not happened
        ("2025", "2026-01-20", True),
        ("2025", "2027-06-01", False),
        ("2025", "2024-12-30", False),
    ],
)
def test_an_undated_report_fits_a_partial_date_when_published_within_a_month_after_it(
    when: str, published: str, joined: bool
) -> None:
    dated, undated = Draft("dated"), Draft("undated", published)
    dated.meeting([dated.person("Khaled Sehili"), dated.person("Dagvin Anderson")], when)
    undated.meeting([undated.person("Khaled Sehili"), undated.person("Dagvin Anderson")])
    assert len(resolved(dated, undated).meetings) == (1 if joined else 2)


def test_one_person_in_common_joins_only_on_the_same_day_and_place() -> None:
    one, two, three = Draft("one"), Draft("two"), Draft("three")
    one.meeting([one.person("Khaled Sehili")], "2025-01-09", "Tunis")
    two.meeting([two.person("Khaled Sehili")], "2025-01-09", "Tunis")
    three.meeting([three.person("Khaled Sehili")], "2025-01-09", "Sfax")
    assert sorted(len(m.articles) for m in resolved(one, two, three).meetings) == [1, 2]


def test_two_people_in_common_of_three_join_a_meeting() -> None:
    one, two = Draft("one"), Draft("two")
    one.meeting(
        [one.person("Khaled Sehili"), one.person("Dagvin Anderson"), one.person("Saddam Haftar")], "2025-01"
    )
    two.meeting([two.person("Dagvin Anderson"), two.person("Saddam Haftar")], "2025-01-09")
    [meeting] = resolved(one, two).meetings
    assert (meeting.date, len(meeting.articles)) == ("2025-01-09", 2)  # the more precise date


def test_the_same_people_on_another_day_is_another_meeting() -> None:
    one, two = Draft("one"), Draft("two")
    one.meeting([one.person("Khaled Sehili"), one.person("Dagvin Anderson")], "2025-01-09")
    two.meeting([two.person("Khaled Sehili"), two.person("Dagvin Anderson")], "2025-02-09")
    assert len(resolved(one, two).meetings) == 2


def test_an_exercise_without_edition_joins_the_edition_of_its_year() -> None:
    one, two, three = Draft("one", "2026-01-05"), Draft("two", "2026-03-01"), Draft("three", "2025-06-01")
    one.exercise("Flintlock", 2026)
    two.exercise("Flintlock")
    three.exercise("Flintlock")  # 2025: not the 2026 edition
    dataset = resolved(one, two, three)
    assert sorted((e.edition, len(e.articles)) for e in dataset.exercises if e.edition) == [(2026, 2)]
    assert len(dataset.exercises) == 2


# ---------------------------------------------------------------- invariants


NAMES = [
    ("Saïd Chanegriha", ("Chanegriha",)),
    ("Saïd Chengriha", ("Chanegriha",)),
    ("Khalifa Haftar", ("Haftar",)),
    ("Khalid Haftar", ()),
    ("Haftar", ()),
    ("Mohamed Ould Cheikh El Ghazouani", ("Ghazouani",)),
    ("Mohamed Ghazouani", ()),
    ("Ghazouani", ()),
    ("Belkhir El Farouk", ()),
    ("El Farouk Belkhir", ("Belkhir",)),
]


@st.composite
def worlds(draw: st.DrawFn) -> list[ArticleRecords]:
    """A few invented articles naming people from a pool of variants and namesakes, meeting."""
    drafts = []
    for number in range(draw(st.integers(1, 4))):
        draft = Draft(f"a{number}", draw(st.sampled_from([None, "2025-01-10", "2025-01-20", "2025-06-01"])))
        chosen = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique_by=lambda n: n[0]))
        people = [
            draft.person(name, draw(st.sampled_from([None, "DZ", "LY"])), also) for name, also in chosen
        ]
        for _ in range(draw(st.integers(0, 2))):
            present = draw(st.lists(st.sampled_from(people), min_size=1, max_size=3, unique=True))
            day = draw(st.sampled_from([None, "2025-01-09", "2025-01-19"]))
            if not any(m.id.startswith("mtg") and m.date == day for m in draft.meetings):
                draft.meeting(present, day)
        drafts.append(draft)
    return [d.records() for d in drafts]


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=worlds(), order=st.randoms(use_true_random=False))
def test_resolution_is_idempotent_and_independent_of_article_order(
    parts: list[ArticleRecords], order: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    once = resolve_across(merge(parts))
    shuffled = list(parts)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    assert resolve_across(merge(shuffled)) == once
    assert resolve_across(once) == once
    package = tmp_path_factory.mktemp("pkg") / "pkg"
    write_package(once, package)
    report = validate_package(package)
    assert report.valid, report.issues
    by_id = {p.id: p for p in once.persons}
    for judgement in once.judgements:  # namesakes never end up one person
        if judgement.subject_id in by_id:
            left, right = judgement.left_id, judgement.right_id
            assert {left, right} not in ({"per-khalifa-haftar", "per-khalid-haftar"},)


def test_a_package_with_resolved_records_validates(tmp_path: Path) -> None:
    one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
    one.meeting([one.person("Saïd Chanegriha"), one.person("Michael Langley")], "2025-01-22", "Alger")
    two.meeting([two.person("Saïd Chengriha"), two.person("Michael Langley")], None, "Alger")
    dataset = resolved(one, two)
    assert len(dataset.redirects) == 2 and len(dataset.judgements) == 2
    write_package(dataset, tmp_path / "pkg")
    report = validate_package(tmp_path / "pkg")
    assert report.valid, report.issues


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("Southern European Task Force, Africa", "Southern European Task Force-Africa", "organisation"),
        ("Saïd Chanegriha", "Said Chanegriha", "person"),
    ],
)
def test_spellings_of_one_id_keep_both_names_and_the_package_validates(
    first: str, second: str, kind: str, tmp_path: Path
) -> None:
    """Two articles spell a name two ways that make one id (punctuation, accents): `merge` keeps
    the first as the name and must keep the second among the names, which the second article's
    evidence quotes. Losing it made the package invalid (`evidence_not_a_mention`), and a whole
    conversion wrote nothing."""
    one, two = Draft("one", "2025-01-10"), Draft("two", "2025-01-11")
    for draft, name in ((one, first), (two, second)):
        if kind == "person":
            draft.person(name)
        else:
            draft.organisation(name, "military")
    merged = merge([one.records(), two.records()])
    [record] = merged.persons if kind == "person" else merged.organisations
    assert sorted([record.name, *record.names]) == sorted([first, second])  # the name: first by article id
    write_package(resolve_across(merged), tmp_path / "package")
    report = validate_package(tmp_path / "package")
    assert report.valid, report.issues


def test_one_id_with_two_acronyms_keeps_the_other_among_the_names(tmp_path: Path) -> None:
    """Two articles give one organisation (one id) two acronyms: `merge` keeps one as the
    acronym, and the other, which the other article's evidence quotes, among the names (as
    resolution does when it joins two ids). Losing it made the package invalid
    (`evidence_not_a_mention`), and a conversion of a whole archive wrote nothing."""
    one, two = Draft("one", "2025-01-10"), Draft("two", "2025-01-11")
    spellings = [
        ("Southern European Task Force-Africa", "SETAF"),
        ("Southern European Task Force, Africa", "SETAF-AF"),
    ]
    for draft, (name, acronym) in zip((one, two), spellings, strict=True):
        draft.organisation(name, "military", acronym=acronym)
    [record] = merge([one.records(), two.records()]).organisations
    assert [record] == merge([two.records(), one.records()]).organisations  # whatever the order
    assert record.acronym in ("SETAF", "SETAF-AF")
    assert sorted(filter(None, [record.name, record.acronym, *record.names])) == sorted(
        [text for pair in spellings for text in pair]
    )
    write_package(resolve_across(merge([one.records(), two.records()])), tmp_path / "package")
    report = validate_package(tmp_path / "package")
    assert report.valid, report.issues
