"""Anaphora: who `il`, `le maréchal`, `le général russe`, `son visiteur` or `l’officier américain` is.

News French refers back to people by pronoun, rank, position or nationality. Each reference
resolves to the most recently named person it fits: a rank or position they hold, the country
they serve; `son visiteur` / `son hôte` to the visitor of the visit being reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..languages.fr.lexicon import RANKS, ROLE_HEADS, demonym_country
from .entities import PersonEntity
from .extract import Extraction, Mention

_NOUNS = sorted(
    {
        *(r.lower() for r in RANKS),
        *(r.lower() for r in ROLE_HEADS),
        "officier",
        "responsable",
        "visiteur",
        "hôte",
        "invité",
        "homologue",
    },
    key=len,
    reverse=True,
)
DESCRIPTION = re.compile(
    r"(?<![\w’'])(?:le|la|l’|l'|son|sa|leur)\s*(?P<noun>" + "|".join(re.escape(n) for n in _NOUNS) + r")"
    r"(?P<adj>\s+[a-zà-ÿ-]+)?",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s*,?\s*[A-ZÀ-Ý][a-zà-ÿ]")
"""`le général Michael Langley`, `le ministre, Omar Talbi`: the name itself follows."""


@dataclass(frozen=True)
class Reference:
    """A pronoun or description that stands for a named person."""

    person: int
    mention: Mention


def resolve(
    extraction: Extraction,
    start: int,
    end: int,
    people: list[tuple[int, Mention]],
    named_before: list[tuple[int, Mention]],
    visitor: int | None,
    persons: list[PersonEntity],
) -> list[Reference]:
    """References in text[start:end] to people named earlier (`named_before`, in text order)."""
    text = extraction.text
    found: list[Reference] = []
    taken = {index for index, _ in people}
    for match in DESCRIPTION.finditer(text, start, end):
        if _NAME_AFTER.match(text, match.end()) and match["noun"].lower() not in (
            "visiteur",
            "hôte",
            "invité",
        ):
            continue  # `le général Michael Langley`: the name follows, nothing to resolve
        noun = match["noun"].lower()
        country = demonym_country(match["adj"].strip()) if match["adj"] else None
        candidate = _fit(noun, country, named_before, persons, visitor)
        if candidate is not None and candidate not in taken:
            taken.add(candidate)
            found.append(Reference(candidate, Mention(match.group().strip(), match.start(), match.end())))
    doc = extraction.doc
    for token in doc:
        if start <= token.idx < end and token.lower_ in ("il", "elle") and token.dep_.startswith("nsubj"):
            previous = [index for index, mention in named_before if mention.start < start]
            if previous:
                subject = _last_subject(extraction, named_before, start)
                if subject is not None and subject not in taken:
                    taken.add(subject)
                    found.append(
                        Reference(subject, Mention(token.text, token.idx, token.idx + len(token.text)))
                    )
            break
    return found


def _fit(
    noun: str,
    country: str | None,
    named_before: list[tuple[int, Mention]],
    persons: list[PersonEntity],
    visitor: int | None,
) -> int | None:
    if noun in ("visiteur", "hôte", "invité"):
        return visitor
    if country:  # `le général russe`: the person of that nationality named last, an officer for `officier`
        same = [index for index, _ in reversed(named_before) if persons[index].country == country]
        ranked = [index for index in same if persons[index].titles]
        if noun in ("officier", "général", "amiral", "colonel") and ranked:
            return ranked[0]
        return same[0] if same else None
    for index, _ in reversed(named_before):
        person = persons[index]
        if country and person.country and person.country != country:
            continue
        titles = {t.text.lower() for t in person.titles}
        roles = [c.role.text.lower() for c in person.roles]
        if (
            noun in titles
            or any(r.startswith(noun) for r in roles)
            or any(t.startswith(noun) for t in titles)
        ):
            return index
        if noun in ("officier", "responsable") and country and person.country == country:
            return index
    return None


def _last_subject(extraction: Extraction, named_before: list[tuple[int, Mention]], start: int) -> int | None:
    """The person the previous sentence was about: its first named person."""
    sentences = [s for s in extraction.sentences if s[1] <= start]
    for s_start, s_end in reversed(sentences):
        inside = [index for index, mention in named_before if s_start <= mention.start < s_end]
        if inside:
            return inside[0]
    return None
