"""Acronyms: whether letters abbreviate a name (`AFRICOM` = AFRI(que) + COM(mandement))."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..languages.base import Language
from . import gazetteer


def plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", gazetteer.key(text))
    return "".join(c for c in folded if not unicodedata.combining(c))


def abbreviates(acronym: str, name: str, language: Language, every_word: bool = False) -> bool:
    """Whether `acronym` is made of prefixes of the content words of `name`, in any order.

    `AFRICOM` = AFRI(que) + COM(mandement); `NAVAF` = NAV(ales) + AF(rique); `ANL` = A N L. With
    `every_word`, each content word must give letters (`GUN` covers `Gouvernement d’union nationale`
    but not `Défense du Gouvernement d’union nationale`)."""
    small = _no_letter_words(language)
    letters = re.sub(r"[\s.-]+", "", plain(acronym))  # `U.S. AFRICOM`: the owner's letters and the body's
    names = [name]
    if every_word:  # `U.S. Africa Command (AFRICOM)`, `UA Peace Council (PC)`: the owner may give no letters
        parts = name.split(" ")  # (`Malawi Coastal Forces (MCF)`: or it may)
        for size in (1, 2, 3):  # `United States Africa Command (AFRICOM)`: an owner of several words
            owner, rest = " ".join(parts[:size]), " ".join(parts[size:])
            if rest[:1].isupper() and (  # `Norvège et de l’Armée …`, `RDF and US …`: a coordination, no owner
                (size == 1 and owner.isupper())
                or gazetteer.country_of_name(owner)
                or language.demonym_country(owner)
            ):
                names.append(rest)
    for candidate in names:
        words = tuple(w for w in re.split(r"[\s’'-]+", plain(candidate)) if w and w not in small)
        if letters in words:
            return False  # `Comité des chefs d’état-major de la LCO`: LCO is the owner, written out
        if 2 <= len(letters) <= 12 and 2 <= len(words) <= 12 and _splits(letters, words, every_word):
            return True
    return False


@lru_cache(maxsize=8)
def _no_letter_words(language: Language) -> frozenset[str]:
    """Words that give an acronym no letter: link words, elided articles, and a place's
    preposition (`aux`, `dans`: `forces armées aux Antilles (FAA)`)."""
    return language.link_words | {"d", "l"} | {w for w in language.locatives if " " not in w}


@lru_cache(maxsize=65536)
def _splits(rest: str, unused: tuple[str, ...], every_word: bool = False) -> bool:
    if not rest:
        return not (every_word and unused)
    return any(
        word.startswith(rest[:n]) and _splits(rest[n:], unused[:i] + unused[i + 1 :], every_word)
        for i, word in enumerate(unused)
        for n in range(len(rest), 0, -1)
    )
