"""Exercises the extractor missed on real pages, by class: a name the exercise word's complement
hides, an edition joined by a dash, a naming word's name holding a position's word, a name in
capitals right after the word, and earlier editions a sentence about the exercise dates.

Each case is invented text of the same class (every name is made up) and fails on the code before
the rule it tests; the guards after each pass before and after.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import extract_article
from articles import titled as view


def exercises(got: Any) -> list[tuple[str, str | None, str]]:
    return [(e["name"], e["edition"], e["status"]) for e in got["exercises"]]


def names(got: Any) -> list[str]:
    return [e["name"] for e in got["exercises"]]


def test_a_name_before_the_word_counts_when_its_complement_names_none(tmp_path: Path) -> None:
    body = (
        "The annual Kalasag military exercise between Malaysian and Thai forces began at Camp Rizal "
        "on Monday."
    )
    assert names(view(tmp_path, "Training", body)) == ["Kalasag"]


def test_a_place_right_after_the_word_still_names_no_exercise(tmp_path: Path) -> None:
    body = "Troops gathered for the exercise Mombasa hosted last week, officials said."
    assert names(view(tmp_path, "Training", body)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le premier exercice militaire conjoint russo-mongol, Selenga-2027, devrait se dérouler à "
            "l’automne, a annoncé le ministère.",
            ("Selenga", "2027"),
        ),
        (
            "Un exercice naval bilatéral, Ocean Sentinel–2027, a été annoncé mardi par les deux marines.",
            ("Ocean Sentinel", "2027"),
        ),
    ],
)
def test_an_apposed_name_s_edition_may_be_joined_by_a_dash(
    body: str, expected: tuple[str, str], tmp_path: Path
) -> None:
    got = exercises(view(tmp_path, "Manœuvres", body))
    assert [(name, edition) for name, edition, _ in got] == [expected]


def test_an_apposed_clause_without_an_edition_is_still_no_name(tmp_path: Path) -> None:
    body = "Un exercice naval bilatéral, Paris l’a confirmé, aura lieu en mai."
    assert names(view(tmp_path, "Manœuvres", body)) == []


def test_a_naming_word_s_name_may_hold_a_position_s_word(tmp_path: Path) -> None:
    body = (
        "A multinational naval drill, codenamed Coral Naval Endeavour, kicked off in the Caribbean on Monday."
    )
    assert names(view(tmp_path, "Drill", body)) == ["Coral Naval Endeavour"]


def test_a_naming_word_before_a_position_still_names_no_exercise(tmp_path: Path) -> None:
    body = (
        "During the naval exercise, Rear Admiral Tomas Erikson was named Chief of Naval Staff by the "
        "minister."
    )
    assert names(view(tmp_path, "Drill", body)) == []


def test_a_word_in_capitals_right_after_the_exercise_word_is_its_name(tmp_path: Path) -> None:
    body = (
        "Les forces ont conduit des missions et des exercices en environnement polaire (exercice "
        "TUNDRAK) avec leurs alliés."
    )
    assert names(view(tmp_path, "Défense", body)) == ["TUNDRAK"]


@pytest.mark.parametrize(
    "body",
    [
        "L’exercice CEDEAO s’est tenu à Dakar, où la CEDEAO a réuni ses états-majors.",
        "L’exercice AMISOM a été reporté. La Mission de l’Union africaine en Somalie (AMISOM) l’a dit.",
    ],
)
def test_a_body_s_letters_after_the_word_are_no_exercise_s_name(body: str, tmp_path: Path) -> None:
    assert names(view(tmp_path, "Défense", body)) == []


def test_earlier_editions_a_sentence_about_the_exercise_dates(tmp_path: Path) -> None:
    body = (
        "Planners met in Castries to prepare Reef Guardian 2027, a regional exercise. Saint Lucia has "
        "hosted the exercise (2009, 2014, and 2019), and the first Reef Guardian was held in 1996. In "
        "2021, the exercise was cancelled because of a storm."
    )
    got = exercises(extract_article(tmp_path, body, "2027-03-02", "Planning"))
    assert [e[:2] for e in got].count(("Reef Guardian", "2027")) == 1
    assert sorted(e for e in got if e[1] != "2027") == sorted(
        [
            ("Reef Guardian", "2009", "held"),
            ("Reef Guardian", "2014", "held"),
            ("Reef Guardian", "2019", "held"),
            ("Reef Guardian", "1996", "held"),
            ("Reef Guardian", "2021", "cancelled"),
        ]
    )


def test_last_year_in_a_sentence_about_the_exercise_is_the_edition_before(tmp_path: Path) -> None:
    body = (
        "The annual Desert Warden military drill kicked off in Jordan on Sunday. The exercise was canceled "
        "last year, due to the pandemic."
    )
    got = exercises(extract_article(tmp_path, body, "2026-05-10", "Drill"))
    assert ("Desert Warden", "2025", "cancelled") in got


@pytest.mark.parametrize(
    "body",
    [
        # the year of its creation
        "Créé en 2005, l’exercice Sable Rouge 2026 réunit cette année douze armées à Thiès.",
        # a sentence that does not speak of the exercise
        "L’exercice Sable Rouge 2026 réunit douze armées à Thiès. Le Sénégal avait signé l’accord en 2019.",
    ],
)
def test_a_year_that_dates_no_edition_adds_none(body: str, tmp_path: Path) -> None:
    got = exercises(extract_article(tmp_path, body, "2026-04-02", "Manœuvres"))
    assert [edition for _, edition, _ in got] == ["2026"]


def test_an_article_that_tells_a_past_edition_gives_it_no_earlier_one(tmp_path: Path) -> None:
    body = "L’exercice Sable Rouge s’est tenu en 2024 à Thiès avec douze armées."
    got = exercises(extract_article(tmp_path, body, "2026-04-02", "Manœuvres"))
    assert len(got) == 1


def test_an_exercise_named_only_in_the_sentence_that_dates_it_is_that_edition(tmp_path: Path) -> None:
    body = (
        "The Kalahari Shield 2026 exercise is under way near Gaborone. The exercise comes after Zambia "
        "hosted Exercise Copper Ridge in the Central Province in 2024."
    )
    got = exercises(extract_article(tmp_path, body, "2026-06-02", "Drill"))
    assert [name for name, _, _ in got].count("Copper Ridge") == 1


def test_quoted_names_listed_after_the_word_are_each_an_exercise(tmp_path: Path) -> None:
    body = (
        "Les deux armées de l’air s’étaient déjà entraînées ensemble lors des exercices « Condor » et "
        "« Harfang », puis « Milan »."
    )
    assert sorted(names(view(tmp_path, "Coopération", body))) == ["Condor", "Harfang", "Milan"]


def test_a_ship_s_name_after_the_word_is_no_exercise(tmp_path: Path) -> None:
    body = "Côté français, participeront à ces manœuvres la frégate Belvédère et un ravitailleur."
    assert names(view(tmp_path, "Marine", body)) == []


def test_a_name_written_in_another_case_just_before_is_part_of_the_known_name(tmp_path: Path) -> None:
    body = (
        "L’exercice Rose des Vents s’est achevé lundi. Après l’exercice rose des Vents, la mission repart "
        "vers les Vents du Nord."
    )
    assert names(view(tmp_path, "Manœuvres", body)) == ["Rose des Vents"]


def test_an_edition_word_alone_introduces_no_name(tmp_path: Path) -> None:
    body = (
        "Les décrets de nomination sont publiés dans cette édition du Bulletin Officiel, datée du 27 août "
        "2018."
    )
    assert names(view(tmp_path, "Nominations", body)) == []


def test_an_edition_word_beside_the_exercise_vocabulary_still_introduces_one(tmp_path: Path) -> None:
    body = "Les manœuvres ont réuni douze pays. C’est la 7ème édition de Lagune Bleue, a dit le ministre."
    assert names(view(tmp_path, "Manœuvres", body)) == ["Lagune Bleue"]


def test_an_apposition_without_article_says_the_name_before_is_an_exercise(tmp_path: Path) -> None:
    body = (
        "Ces bâtiments vont participer du 16 au 22 juillet à Kestrel, exercice annuel franco-kényan dont "
        "la dernière édition remonte à 2019."
    )
    assert "Kestrel" in names(view(tmp_path, "Marine", body))


def test_a_town_before_a_comma_and_an_exercise_word_in_another_role_is_no_name(tmp_path: Path) -> None:
    body = "Les troupes sont arrivées à Thiès, exercice de style que le ministre a salué."
    assert names(view(tmp_path, "Défense", body)) == []


@pytest.mark.parametrize(
    "body",
    [
        # a fronted phrase before a comma and the word in another sense, or plural
        "À Kigali, exercice d’équilibre pour le président, qui reçoit lundi son homologue burundais.",
        "Au Sénégal, exercice rare, les troupes ont défilé devant le président.",
        "At Camp Lemonnier, exercises are held every month with French forces.",
        "After Ramadan, exercises will resume at Camp Simba, the commander said.",
        # an aircraft's designation after a dash
        "Pendant l’exercice, Sukhoï-30, MiG-29 et Rafale ont survolé la mer Rouge lundi.",
    ],
)
def test_what_a_comma_or_a_dash_sets_off_is_no_exercise_s_name(body: str, tmp_path: Path) -> None:
    assert names(view(tmp_path, "Défense", body)) == []


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "Exercise Baltic Warden began on Monday off the coast of Finland. Finland, which joined the "
            "alliance in 2023, is taking part in the exercise for the first time.",
            "2025-03-10",
        ),
        (
            "Exercise Shared Resolve began on Monday in Accra. Colonel John Mensah, who took command of the "
            "brigade in 2019, said the exercise would last two weeks.",
            "2025-06-02",
        ),
        (
            "L’exercice Lagune Bleue 2025 a débuté lundi à Abidjan. La Côte d’Ivoire, qui a organisé la CAN "
            "en 2024, accueille l’exercice pour la première fois.",
            "2025-05-12",
        ),
        (
            "The Desert Warden exercise opened on Monday in Amman. The exercise comes as defence spending in "
            "Jordan rose sharply last year.",
            "2025-05-01",
        ),
    ],
)
def test_a_year_of_another_clause_dates_no_edition(body: str, published: str, tmp_path: Path) -> None:
    got = exercises(extract_article(tmp_path, body, published, "Drill"))
    assert len(got) == 1
