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


def abbreviates(acronym: str, name: str, language: Language) -> bool:
    """Whether `acronym` is made of prefixes of the content words of `name`, in any order.

    `AFRICOM` = AFRI(que) + COM(mandement); `NAVAF` = NAV(ales) + AF(rique); `ANL` = A N L."""
    small = language.link_words | {"d", "l"}
    words = tuple(w for w in re.split(r"[\s’'-]+", plain(name)) if w and w not in small)
    letters = plain(acronym).replace("-", "").replace(".", "")
    if not 2 <= len(letters) <= 12 or not 2 <= len(words) <= 12:
        return False
    return _splits(letters, words)


@lru_cache(maxsize=65536)
def _splits(rest: str, unused: tuple[str, ...]) -> bool:
    if not rest:
        return True
    return any(
        word.startswith(rest[:n]) and _splits(rest[n:], unused[:i] + unused[i + 1 :])
        for i, word in enumerate(unused)
        for n in range(len(rest), 0, -1)
    )
