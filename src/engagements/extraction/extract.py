"""Extract: clean text -> mentions with spans (organisations, exercises, persons, places).

spaCy's recogniser proposes; the article's language (`engagements.languages`) says what its
ranks, positions, institution nouns and exercise words are; the modules here decide, in an
order where each step can rule out the previous ones' spans: bodies first, then exercise
names, then persons (never a body, an exercise or a place), then places. Nothing here knows
any article's names.
"""

from __future__ import annotations

from typing import Any

from ..languages import DEFAULT
from ..languages.base import Language
from . import gazetteer
from .exercise_names import find_exercise_names
from .mentions import Extraction, Mention, OrganisationMention, PersonMention
from .nlp import analyse
from .organisations import find_organisations
from .persons import find_persons
from .places import find_places


def extract(
    text: str,
    language: Language | None = None,
    doc: Any = None,
    body_start: int = 0,
    published_span: tuple[int, int] | None = None,
    dateline: Mention | None = None,
) -> Extraction:
    """Mentions in `text`; `doc` is its spaCy analysis when already made (batch conversion);
    `dateline` is the city the report was filed from, where the article has a dateline."""
    language = language or DEFAULT
    doc = doc if doc is not None else analyse(text, language)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    result = Extraction(text, doc, language, sentences, body_start, published_span, dateline=dateline)
    result.countries = {
        c for e in doc.ents if e.label_ in ("LOC", "GPE") and (c := gazetteer.country_of_name(e.text))
    }
    find_organisations(result)
    find_exercise_names(result)
    names = {e.text.casefold() for e in result.exercises}
    result.organisations = [
        o
        for o in result.organisations
        if o.name.text.casefold() not in names
        and not any(
            e.start <= o.name.start < e.end or o.name.start <= e.start < o.name.end for e in result.exercises
        )
    ]
    find_persons(result)
    spans = [(p.name.start, p.name.end) for p in result.persons]
    result.organisations = [  # `le Président KOÏTANÉ`: a surname in capitals is not a body
        o for o in result.organisations if not any(s < o.name.end and o.name.start < e for s, e in spans)
    ]
    find_places(result)
    return result


__all__ = ["Extraction", "Mention", "OrganisationMention", "PersonMention", "extract"]
