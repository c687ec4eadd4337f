"""The language registry: detection, complete lexicons, and a new language as a new module only."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from engagements.extraction.extract import extract
from engagements.languages import DEFAULT, LANGUAGES, all_page_words, detect, get
from engagements.languages.base import DateWords, Grammar, Language, PageWords
from engagements.languages.en import ENGLISH

ALLOWED_EMPTY = frozenset(
    {
        "PageWords.publisher_bylines",
        "PageWords.agency_with",
        "PageWords.newsroom",
        "PageWords.dateline_articles",
        "Grammar.negation_leads",
        "Grammar.townless_articles",
        "Grammar.area_nouns",
    }
)
"""Lexicons a language may leave empty: only page words, which credit lines read as the union of every
language's (`all_page_words`, `pipeline/credits.py`), so one language's words serve for all. French
credits name no publisher in a byline pattern; English has no `Avec AFP`, no newsroom byline and no
article between a dateline's city and its date. English writes no split negation either (French
`ne rencontrera pas`: `Grammar.negation_leads`), and every French whole-word article may open a
town's name (`Le Caire`, `La Haye`: `Grammar.townless_articles`, so no area noun is needed after
one, `Grammar.area_nouns`)."""


def lexicons(language: Language) -> dict[str, Any]:
    """Every lexicon of `language` by `Class.field`, nested word sets included; flags and codes left out."""
    found: dict[str, Any] = {}
    for owner in (language, language.grammar, language.dates, language.page):
        for item in dataclasses.fields(owner):
            value = getattr(owner, item.name)
            if dataclasses.is_dataclass(value) or isinstance(value, bool):
                continue  # the nested word sets are read on their own; `month_first`, `parser_reliable`
            if item.name in ("code", "fallback_model"):
                continue  # identifiers, not lexicons
            found[f"{type(owner).__name__}.{item.name}"] = value
    return found


def words_of(value: Any) -> list[str]:
    """The words of a lexicon: a regex string, a tuple or set of words or of word tuples, a mapping's keys."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return list(value)
    return [w for entry in value for w in ((entry,) if isinstance(entry, str) else entry)]


# detect()


def test_an_english_page_quoting_french_is_english() -> None:
    page = (
        "Nigeria’s army chief met his French counterpart on Tuesday in Abuja. “Nous sommes prêts à "
        "renforcer notre coopération avec le Nigeria et avec toute la région”, said the French general. "
        "The two officers discussed the training of special forces and the fight against terrorism in "
        "the north of the country."
    )
    assert detect(page) == "en"


def test_a_french_page_citing_an_english_title_is_french() -> None:
    page = (
        "Le ministre a présenté mardi à Dakar le rapport « Security Cooperation in the Sahel: The Way "
        "Forward for the Armed Forces of the Region », publié par un centre de recherche. Il a souligné "
        "que la coopération avec les pays voisins reste une priorité."
    )
    assert detect(page) == "fr"


@pytest.mark.parametrize("text", ["", "   \n", "2024 12 31 – 15:30", "NATO OTAN"])
def test_a_text_with_no_function_words_is_the_default_language(text: str) -> None:
    assert DEFAULT.code == "fr"
    assert detect(text) == DEFAULT.code


# Lexicons


def test_the_registry_is_keyed_by_each_languages_code() -> None:
    assert {"fr", "en"} <= set(LANGUAGES)
    assert all(code == language.code and get(code) is language for code, language in LANGUAGES.items())
    assert get("xx") is None


def test_lexicons_cover_every_field_of_the_language_classes() -> None:
    fields = set(lexicons(ENGLISH))
    for cls in (Language, Grammar, DateWords, PageWords):
        for item in dataclasses.fields(cls):
            if item.name in ("code", "fallback_model", "grammar", "dates", "page"):
                continue
            if item.type in ("bool", bool):
                continue
            assert f"{cls.__name__}.{item.name}" in fields


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_lexicon_has_words_except_the_allowed_page_words(code: str) -> None:
    found = lexicons(LANGUAGES[code])
    empty = {name for name, value in found.items() if not words_of(value)}
    assert empty <= ALLOWED_EMPTY
    blank = {name for name, value in found.items() if any(not w.strip() for w in words_of(value))}
    assert blank == set()
    nested = {name for name, value in found.items() if not isinstance(value, str | Mapping) and () in value}
    assert nested == set()  # no empty synonym group or (pattern, kind) pair


def test_the_allowance_for_empty_page_words_is_exactly_what_is_used() -> None:
    empty = {
        name for language in LANGUAGES.values() for name, value in lexicons(language).items() if not value
    }
    assert empty == ALLOWED_EMPTY
    union = all_page_words()
    assert all(getattr(union, name.split(".")[1]) for name in ALLOWED_EMPTY if name.startswith("PageWords."))
    for name in ALLOWED_EMPTY - {n for n in ALLOWED_EMPTY if n.startswith("PageWords.")}:
        # a grammar's lexicon one language has no use for is filled by another
        assert any(getattr(language.grammar, name.split(".")[1]) for language in LANGUAGES.values())


def test_all_page_words_is_the_union_of_every_languages_page_words() -> None:
    union = all_page_words()
    for item in dataclasses.fields(PageWords):
        merged: tuple[str, ...] = getattr(union, item.name)
        assert len(merged) == len(set(merged))  # each word once
        assert set(merged) == {
            w for language in LANGUAGES.values() for w in getattr(language.page, item.name)
        }
    assert "rédaction" in union.newsroom and "avec" in union.agency_with  # French only
    assert any("value" in p for p in union.publisher_bylines)  # English only


# A third language


def toy_language(code: str) -> Language:
    """English with its own function words and one rank no real language has: what a new module builds."""
    return dataclasses.replace(
        ENGLISH,
        code=code,
        function_words=frozenset({"zo", "ka", "mi", "tu", "vel"}),
        ranks=("Zorgmaster", *ENGLISH.ranks),
    )


TOY_TEXT = "Zorgmaster Henrik Sande ka vel tu mi zo Nairobi. Zo ka mi tu vel Omar Talbi."


def test_a_registered_language_is_detected_and_read_with_its_own_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    toy = toy_language("xx")
    monkeypatch.setitem(LANGUAGES, "xx", toy)
    assert get("xx") is toy
    assert detect(TOY_TEXT) == "xx"
    assert detect("The minister met the general on Tuesday in the capital.") == "en"

    found = extract(TOY_TEXT, toy)
    assert found.language is toy
    persons = {p.full_name: p.title.text if p.title else None for p in found.persons}
    assert persons == {"Henrik Sande": "Zorgmaster", "Omar Talbi": None}
    assert [p.text for p in found.places] == ["Nairobi"]

    # the rank is the toy language's, not English's: English reads the word as part of the name
    english = {p.full_name for p in extract(TOY_TEXT.replace(" ka vel tu mi zo", " met"), ENGLISH).persons}
    assert "Henrik Sande" not in english


def test_a_registered_language_runs_through_the_whole_conversion(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from engagements.convert import extract_view

    # a real ISO 639-1 code no module uses yet: articles accept only those (models/languages.py)
    monkeypatch.setitem(LANGUAGES, "sw", toy_language("sw"))
    path = tmp_path / "article.txt"
    path.write_text(f"Zo ka mi tu\n\n{TOY_TEXT}\n", encoding="utf-8")
    got = extract_view(path)
    assert got["language"] == "sw" and "warnings" not in got
    assert {(p["name"], tuple(p["titles"])) for p in got["persons"]} == {
        ("Henrik Sande", ("Zorgmaster",)),
        ("Omar Talbi", ()),
    }
