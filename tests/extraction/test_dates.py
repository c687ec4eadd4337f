"""Date expressions resolved against the publication date, in French and English (tables of cases)."""

from __future__ import annotations

import pytest

from engagements.extraction.dates import find, shift
from engagements.languages import LANGUAGES

FR, EN = LANGUAGES["fr"], LANGUAGES["en"]


@pytest.mark.parametrize(
    ("text", "published", "value", "end"),
    [
        ("a reçu mardi le général", "2023-11-14", "2023-11-14", None),  # the publication day is a Tuesday
        ("a reçu lundi le général", "2023-11-14", "2023-11-13", None),  # most recent Monday before it
        ("a reçu dimanche le général", "2023-11-14", "2023-11-12", None),
        ("a reçu mardi le général", None, None, None),  # no anchor: unknown, expression kept
        ("le 17 septembre, il a rencontré", "2023-09-27", "2023-09-17", None),
        ("ce mardi 14 novembre 2023, le ministre", None, "2023-11-14", None),
        ("du 22 avril au 14 mai 2025 à Jacqueville", None, "2025-04-22", "2025-05-14"),
        ("du 11 au 18 mars", "2022-03-14", "2022-03-11", "2022-03-18"),
        ("du 15 au 16 octobre 2024", None, "2024-10-15", "2024-10-16"),
        ("prévu en avril 2026 à Syrte", None, "2026-04", None),
        ("fin août, le vice-ministre", "2023-09-27", "2023-08", None),
        ("le 30 février 2025", None, None, None),  # not a real date: left unresolved
        ("le 06 mars dernier", "2024-01-10", "2023-03-06", None),  # a past March after January: last year
        ("en novembre prochain", "2022-08", "2022-11", None),
        ("hier", "2017-08-01", "2017-07-31", None),
        ("aujourd’hui", "2022-03-31", "2022-03-31", None),
        ("hier", None, None, None),  # no publication date: unknown
        ("le lundi 12/11", "2018-11-14", "2018-11-12", None),
        ("la semaine dernière", "2022-04-21", None, None),  # vague: kept, never a date
    ],
)
def test_french_expressions_resolve(
    text: str, published: str | None, value: str | None, end: str | None
) -> None:
    when = find(text, 0, len(text), published, FR)[0]
    assert (when.value, when.end_value) == (value, end)
    assert text[when.start : when.end] == when.text


@pytest.mark.parametrize(
    ("text", "published", "value", "end"),
    [
        ("met on Tuesday with", "2025-01-30", "2025-01-28", None),  # a Thursday: Tuesday two days before
        ("met on Tuesday with", None, None, None),
        ("on Nov. 12, 2024 the", None, "2024-11-12", None),
        ("Nov. 12 in Nairobi", "2024-11-20", "2024-11-12", None),  # the publication's year
        ("from Jan. 31 – Feb. 3, 2022 in", None, "2022-01-31", "2022-02-03"),
        ("from Nov. 4-7 at", "2024-11-12", "2024-11-04", "2024-11-07"),
        ("from 14 – 29 August 2019 at", None, "2019-08-14", "2019-08-29"),
        ("August 14, 2019 at", None, "2019-08-14", None),
        ("in April 2026", None, "2026-04", None),
        ("yesterday", "2019-06-01", "2019-05-31", None),
        ("last week", "2019-06-01", None, None),  # vague
        ("on Friday", "2020-09-04", "2020-09-04", None),
        ("will continue until June 6, 2023, the", None, "2023-06-06", None),  # a day, not `until June`
        ("until June 2023", None, "2023-06", None),
    ],
)
def test_english_expressions_resolve(
    text: str, published: str | None, value: str | None, end: str | None
) -> None:
    when = find(text, 0, len(text), published, EN)[0]
    assert (when.value, when.end_value) == (value, end)
    assert text[when.start : when.end] == when.text


def test_a_verb_that_spells_a_month_is_not_a_date() -> None:
    """`may` is May only when written as a month (capital, day or year beside it)."""
    assert find("the exercise may include drills", 0, 31, "2024-03-01", EN) == []
    assert [w.value for w in find("in May 2024", 0, 11, None, EN)] == ["2024-05"]


def test_month_abbreviations_do_not_match_inside_words() -> None:
    assert [w.text for w in find("Le marché de mardi", 0, 18, None, FR)] == ["mardi"]


def test_a_weekday_resolves_inside_a_stated_window() -> None:
    """`June 16-20` … `on Tuesday`: the Tuesday of the visit, not the one before publication."""
    text = "on Tuesday"
    inside = find(text, 0, len(text), "2025-06-27", EN, window=("2025-06-16", "2025-06-20"))[0]
    assert inside.value == "2025-06-17"


@pytest.mark.parametrize(
    ("language", "text", "relative", "expected"),
    [
        (FR, "La veille, la délégation", "before", "2025-01-21"),
        (FR, "Le lendemain, il a rencontré", "after", "2025-01-23"),
        (FR, "Le même jour, le général", "same", "2025-01-22"),
        (EN, "The next day, the general", "after", "2025-01-23"),
        (EN, "the day before, he", "before", "2025-01-21"),
    ],
)
def test_relative_expressions_shift_from_the_previous_event(
    language: object, text: str, relative: str, expected: str
) -> None:
    when = find(text, 0, len(text), None, language)[0]  # type: ignore[arg-type]
    assert when.relative == relative
    assert shift("2025-01-22", when.relative) == expected
    assert shift(None, when.relative) is None
