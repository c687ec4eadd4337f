"""Languages the extractor reads: one package per language, each building a `Language` object.

The machinery in `engagements.extraction` asks this registry for the words of an article's
language and never names a language itself. To add one, write `languages/xx/` (a lexicon and a
`Language`), register it in `LANGUAGES`, and add its tests; nothing else changes.
"""

from __future__ import annotations

import re
from functools import cache

from .base import Language, PageWords
from .en import ENGLISH
from .fr import FRENCH

LANGUAGES: dict[str, Language] = {language.code: language for language in (FRENCH, ENGLISH)}
"""Supported languages by ISO 639-1 code."""

DEFAULT = FRENCH
"""The language of a text too short or too mixed to tell."""


def get(code: str) -> Language | None:
    """The language with ISO 639-1 `code`, or None when it is not supported."""
    return LANGUAGES.get(code)


def detect(text: str) -> str:
    """The main language of `text`: the supported language whose function words are most frequent.

    Quoted words (`« … »`, `“…”`, `"…"`) are left out while the rest says anything: a short
    English page quoting a long French statement (or the reverse) is read in its own language."""
    counts = _function_word_counts(_QUOTED.sub(" ", text))
    if max(counts.values()) == 0:
        counts = _function_word_counts(text)
    best = max(counts.values())
    if best == 0:
        return DEFAULT.code
    return next(code for code, count in counts.items() if count == best)


_QUOTED = re.compile(r"«[^«»]{0,5000}»|“[^“”]{0,5000}”|\"[^\"\n]{0,5000}\"")
"""A quotation: what someone said, in whatever language they said it."""


def _function_word_counts(text: str) -> dict[str, int]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return {code: sum(w in language.function_words for w in words) for code, language in LANGUAGES.items()}


@cache
def all_months() -> dict[str, int]:
    """Month names of every supported language (credit lines may be in any of them)."""
    months: dict[str, int] = {}
    for language in LANGUAGES.values():
        months.update(language.dates.months)
    return months


@cache
def all_titles() -> frozenset[str]:
    """Ranks and courtesy words of every supported language, as written (a credit line may name a
    person in any of them: `By Army Sgt. X`)."""
    return frozenset(t for language in LANGUAGES.values() for t in (*language.ranks, *language.courtesy))


@cache
def all_courtesy() -> frozenset[str]:
    """Courtesy words of every supported language (`M.`, `H.E.`): no initial of a name, whatever
    the language of the text around them."""
    return frozenset(c for language in LANGUAGES.values() for c in language.courtesy)


@cache
def all_page_words() -> PageWords:
    """The page-furniture words of every supported language, together (credit lines are read before
    the article's language is known)."""
    pages = [language.page for language in LANGUAGES.values()]
    fields = PageWords.__dataclass_fields__
    return PageWords(
        **{name: tuple(dict.fromkeys(w for p in pages for w in getattr(p, name))) for name in fields}
    )


__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "Language",
    "PageWords",
    "all_courtesy",
    "all_months",
    "all_page_words",
    "all_titles",
    "detect",
    "get",
]
