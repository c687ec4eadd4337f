"""Date expressions resolved against the publication date (table of cases)."""

from __future__ import annotations

import pytest

from engagements.extraction.dates import find, shift


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
        ("prévu en avril 2026 à Syrte", None, "2026-04", None),
        ("fin août, le vice-ministre", "2023-09-27", "2023-08", None),
        ("le 30 février 2025", None, None, None),  # not a real date: left unresolved
    ],
)
def test_expressions_resolve(text: str, published: str | None, value: str | None, end: str | None) -> None:
    when = find(text, 0, len(text), published)[0]
    assert (when.value, when.end_value) == (value, end)
    assert text[when.start : when.end] == when.text


def test_month_abbreviations_do_not_match_inside_words() -> None:
    assert [w.text for w in find("Le marché de mardi", 0, 18, None)] == ["mardi"]


@pytest.mark.parametrize(
    ("text", "relative", "expected"),
    [
        ("La veille, la délégation", "before", "2025-01-21"),
        ("Le lendemain, il a rencontré", "after", "2025-01-23"),
        ("Le même jour, le général", "same", "2025-01-22"),
    ],
)
def test_relative_expressions_shift_from_the_previous_event(text: str, relative: str, expected: str) -> None:
    when = find(text, 0, len(text), None)[0]
    assert when.relative == relative
    assert shift("2025-01-22", when.relative) == expected
    assert shift(None, when.relative) is None
