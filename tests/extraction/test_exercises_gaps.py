"""Exercises: editions to come, participants, dates, places and status, on invented articles.

Every exercise, person and force here is made up; countries and cities are real. Each test states
one rule about how the news writes of exercises, in French or in English.
"""

from __future__ import annotations

import pytest

from engagements.extraction.dates import find
from engagements.extraction.extract import extract
from engagements.languages import LANGUAGES


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
    ],
)
def test_a_place_keeps_its_elided_capital_and_drops_lower_case_words_after_it(
    language: str, text: str, places: list[str]
) -> None:
    assert [p.text for p in extract(text, LANGUAGES[language]).places] == places
