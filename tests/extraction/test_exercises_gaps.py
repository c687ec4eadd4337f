"""Exercises: editions to come, participants, dates, places and status, on invented articles.

Every exercise, person and force here is made up; countries and cities are real. Each test states
one rule about how the news writes of exercises, in French or in English.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engagements.convert import extract_view
from engagements.extraction.dates import find
from engagements.extraction.exercises import exercises
from engagements.extraction.extract import extract
from engagements.languages import LANGUAGES


def view(
    tmp_path: Path, body: str, published: str | None = None, title: str = "Défense : un exercice"
) -> Any:
    path = tmp_path / "article.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    if published:
        (tmp_path / "article.meta.json").write_text(json.dumps({"published": published}))
    return extract_view(path)


def fields(exercise: dict[str, Any], *names: str) -> tuple[Any, ...]:
    return tuple(exercise[name] for name in names)


ENDED = "L’exercice Tempête des Dunes 2025 s’est achevé vendredi à Agadez."


@pytest.mark.parametrize(
    ("language", "text", "value", "written"),
    [
        ("en", "will host the drill in Agadir next year", "2026", False),
        ("en", "after the one held in August last year", "2024-08", False),
        ("en", "later this year", "2025", False),
        ("fr", "la prochaine édition, l’an prochain à Dakar", "2026", False),
        ("fr", "tenue en juin de l’année dernière", "2024-06", False),
        ("fr", "achevé le 3 juin", "2025-06-03", False),
        ("fr", "achevé le 3 juin 2025", "2025-06-03", True),
        ("fr", "achevé vendredi", "2025-05-09", True),  # a weekday is exact: its year is no guess
    ],
)
def test_years_said_in_words_resolve_against_the_publication(
    language: str, text: str, value: str, written: bool
) -> None:
    [when] = find(text, 0, len(text), "2025-05-12", LANGUAGES[language])
    assert (when.value, when.year_written) == (value, written)


def test_years_said_in_words_need_a_publication_date() -> None:
    [when] = find("next year", 0, 9, None, LANGUAGES["en"])
    assert when.value is None


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        ("fr", "Le ministre est arrivé à N’Djamena puis en Côte d’Ivoire.", ["N’Djamena", "Côte d’Ivoire"]),
        (
            "en",
            "Coral Tern 2025 closes in Dar es Salaam after two weeks of maritime drills\n\nIt ended.",
            ["Dar es Salaam"],
        ),
        ("en", "Savanna Gate 2020 is planned from March 9 to 20 in Togo and Benin.", ["Togo", "Benin"]),
    ],
)
def test_a_place_is_its_name_alone(language: str, text: str, places: list[str]) -> None:
    assert [p.text for p in extract(text, LANGUAGES[language]).places] == places


@pytest.mark.parametrize(
    ("body", "published", "title"),
    [
        (
            "The Royal Moroccan Navy will host Exercise Tidewatch 26 in Agadir next year.",
            "2025-05-12",
            "Navy to host",
        ),
        (
            "Les Forces armées royales accueilleront la 5e édition de l’exercice Sable Doré à Agadir en "
            "juin prochain.",
            "2025-05-12",
            "Défense : un exercice",
        ),
    ],
)
def test_hosting_an_exercise_is_no_meeting(tmp_path: Path, body: str, published: str, title: str) -> None:
    got = view(tmp_path, body, published=published, title=title)
    assert got["meetings"] == []
    [exercise] = got["exercises"]
    assert (exercise["status"], exercise["location"]) == ("planned", "Agadir")


def test_a_kind_of_exercise_and_a_demonstrative_are_no_names(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Troops will conduct Exercise Amber Crane 19 from 14 – 29 August 2019 in Gulu, Uganda, along "
        "with a Medical Readiness Exercise (MEDREX) in Kampala. This exercise will include peacekeeping "
        "scenarios.",
        title="Amber Crane to start",
    )
    assert [e["name"] for e in got["exercises"]] == ["Amber Crane"]


def test_an_acronym_introduced_with_the_name_names_that_edition() -> None:
    text = (
        "Planners settled the final details of Exercise Copper Reef 2025 (CR25) in Nairobi, Kenya. "
        "Organizers expect a record turnout. "
        "CR25, a joint drill led by the army, is scheduled for Feb. 10-21."
    )
    [event] = exercises(extract(text, LANGUAGES["en"]), "2024-11-12")
    assert (event.name, event.edition) == ("Copper Reef", 2025)
    assert [m.text for m in event.mentions].count("CR25") == 2


def test_the_edition_year_may_stand_before_the_exercise_word(tmp_path: Path) -> None:
    got = view(tmp_path, "Le Sénégal et la France préparent l’édition 2027 de l’exercice Lion des Sables.")
    [exercise] = got["exercises"]
    assert (exercise["name"], exercise["edition"]) == ("Lion des Sables", "2027")


@pytest.mark.parametrize(
    ("announced", "place"),
    [
        ("Les armées ont annoncé la prochaine édition en 2026 à N’Djamena.", "N’Djamena"),
        ("La prochaine édition est prévue en 2026 à N’Djamena.", "N’Djamena"),
        ("La prochaine édition, en 2026, se tiendra au Tchad.", "Tchad"),
    ],
)
def test_the_next_edition_announced_is_a_planned_exercise(tmp_path: Path, announced: str, place: str) -> None:
    got = view(tmp_path, f"{ENDED} {announced}", published="2025-05-12")
    current, coming = got["exercises"]
    assert fields(current, "name", "edition", "status", "start", "end", "location") == (
        "Tempête des Dunes",
        "2025",
        "held",
        None,
        "2025-05-09",
        "Agadez",
    )
    assert fields(coming, "name", "edition", "status", "location") == (
        "Tempête des Dunes",
        "2026",
        "planned",
        place,
    )
    assert coming["start"] == "2026"


def test_another_edition_is_named_by_a_mention_of_its_exercise(tmp_path: Path) -> None:
    from engagements.convert import convert_sources

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "article.txt").write_text(
        f"Défense : un exercice\n\n{ENDED} La prochaine édition est prévue en 2026 à N’Djamena. "
        "L’édition précédente s’était tenue en 2024 à Niamey.\n",
        encoding="utf-8",
    )
    (sources / "article.meta.json").write_text(json.dumps({"published": "2025-05-12"}))
    result = convert_sources([sources], tmp_path / "package")  # an invalid package raises
    assert result.report.issues == []
    evidence = (tmp_path / "package" / "data" / "evidence.csv").read_text(encoding="utf-8")
    names = [line for line in evidence.splitlines() if ",name," in line]
    assert len(names) == 3 and all("Tempête des Dunes" in line for line in names)


def test_editions_named_by_one_mention_are_listed_in_the_order_the_article_gives_them(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        f"{ENDED} La prochaine édition est prévue en 2026 à N’Djamena. "
        "L’édition précédente s’était tenue en 2024 à Niamey.",
        published="2025-05-12",
    )
    assert [(e["edition"], e["status"], e["location"]) for e in got["exercises"]] == [
        ("2025", "held", "Agadez"),
        ("2026", "planned", "N’Djamena"),
        ("2024", "held", "Niamey"),
    ]


def test_countries_that_deploy_troops_there_take_part(tmp_path: Path) -> None:
    got = view(
        tmp_path, f"{ENDED} Le Niger, le Tchad et le Burkina Faso y ont déployé des troupes.", "2025-05-12"
    )
    [exercise] = got["exercises"]
    assert set(exercise["participants"]) >= {"Niger", "Tchad", "Burkina Faso"}


def test_the_country_of_a_national_force_takes_part(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les forces armées du Niger et du Tchad ont achevé vendredi l’exercice Lion de la Savane, "
        "dont c’est la 3e édition.",
        published="2025-05-12",
    )
    [exercise] = got["exercises"]
    assert set(exercise["participants"]) == {"Niger", "Tchad"}
