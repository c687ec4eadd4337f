"""Names compared across articles: spelling, transliteration, particles, middle names, word order.

Outlets write one name several ways (`Karim Bouchareb` / `Karim Boucharab`, `Oulianko` / `Ulianko`,
`Mohamed Ould Cheikh El Ghazouani` / `Mohamed Ghazouani`, `Belaïd El Mokhtar` / `El Mokhtar
Belaïd`). These functions say how two names relate, never whether two records are one person:
that needs the rest of the record too (`match_entities`), because different people share
surnames (the Haftars, the Bongos) and the first name is what tells them apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# fmt: off
PARTICLES = frozenset({
    "al", "el", "ould", "ben", "bin", "ibn", "bint", "mint", "ag", "ait", "abou", "abu",
    "von", "van", "der", "den", "de", "du", "des", "di", "da", "dos", "la", "le",
})
# fmt: on
"""Words that link or prefix a name (`Ould`, `al-`, `von der`): written or dropped at will."""
COURTESY = frozenset(["m", "mme", "mlle", "mr", "mrs", "ms", "dr"])
"""Courtesy words an extractor may keep in front of a name (`Mme Verdier`)."""

_DIGRAPHS = (("sch", "sh"), ("tch", "ch"), ("ou", "u"), ("dj", "j"), ("kh", "h"), ("ph", "f"))
_LETTERS = (("ch", "sh"), ("ck", "k"), ("q", "k"), ("y", "i"), ("w", "u"))


@cache
def fold(text: str) -> str:
    """Lower case, no accents, apostrophes and dashes as spaces: `Saïd al-Zerrouki` -> `said al zerrouki`."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain))


@cache
def tokens(name: str) -> tuple[str, ...]:
    """The words that identify a person: folded, without particles and courtesy words."""
    words = fold(name).split()
    kept = tuple(w for w in words if w not in PARTICLES and w not in COURTESY)
    return kept or tuple(words)


@cache
def skeleton(word: str) -> str:
    """A transliteration key: first letter, then the consonants (`Boucharab` = `Bouchareb`)."""
    for a, b in (*_DIGRAPHS, *_LETTERS):
        word = word.replace(a, b)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:1] + re.sub("[aeiou]", "", word[1:])


def distance(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def same_word(a: str, b: str) -> str | None:
    """`exact`, `variant` (spelling or transliteration of a long word), `initial`, or None."""
    if a == b:
        return "exact"
    if len(a) == 1 or len(b) == 1:
        return "initial" if a[0] == b[0] else None
    longest = max(len(a), len(b))
    if min(len(a), len(b)) < 5 or (a[0] != b[0] and skeleton(a)[0] != skeleton(b)[0]):
        return None
    if skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3:
        return "variant"
    if min(len(a), len(b)) >= 6 and distance(a, b) <= (1 if longest < 9 else 2):
        return "variant"
    return None


@dataclass(frozen=True)
class NameRelation:
    """How two full names relate; `exact` says no word differs beyond particles and middle names."""

    rule: str
    score: float
    exact: bool
    reason: str


def relate_full_names(a: str, b: str) -> NameRelation | None:
    """How two names of at least two words relate, or None when they name different people.

    The shorter name's words must appear in the longer one in order, first with first and
    surname with surname (`Mohamed Ghazouani` in `Mohamed Ould Cheikh El Ghazouani`); a middle
    initial matches a middle name. The same words in another order is a name-order variant.
    """
    x, y = tokens(a), tokens(b)
    if len(x) < 2 or len(y) < 2:
        return None
    if x == y:
        return NameRelation("same_name", 1.0, True, f"{a} / {b}: the same name, particles aside")
    if sorted(x) == sorted(y):
        return NameRelation("name_order", 0.9, True, f"{a} / {b}: the same words in another order")
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if "".join(short[:-1]) == "".join(long_[:-1]) and same_word(short[-1], long_[-1]) == "exact":
        return NameRelation("name_variant", 0.9, True, f"{a} / {b}: given names written together or apart")
    kinds = _aligned(short, long_)
    if kinds is None:
        return None
    fuzzy = sum(k != "exact" for k in kinds)
    exact = fuzzy == 0
    reason = "middle names or particles differ" if exact else "spelling, transliteration or initials differ"
    return NameRelation("name_variant", round(0.95 - 0.1 * fuzzy, 2), exact, f"{a} / {b}: {reason}")


def _aligned(short: tuple[str, ...], long_: tuple[str, ...]) -> list[str] | None:
    """How each word of `short` matches `long_` (first to first, last to last, the rest in order)."""
    first, last = same_word(short[0], long_[0]), same_word(short[-1], long_[-1])
    if first is None or last is None or last == "initial":  # a surname is never an initial
        return None
    kinds = [first]
    position = 1
    for word in short[1:-1]:
        while position < len(long_) - 1 and same_word(word, long_[position]) is None:
            position += 1
        if position >= len(long_) - 1:
            return None
        kinds.append(same_word(word, long_[position]) or "")
        position += 1
    return [*kinds, last]


def surname_of(name: str) -> str | None:
    """The last identifying word of a name of two words or more."""
    words = tokens(name)
    return words[-1] if len(words) >= 2 else None


def organisation_key(name: str) -> str:
    """A name as organisations are compared: folded, without a leading article (`le`, `l’`)."""
    words = fold(name).split()
    while words and words[0] in ("le", "la", "les", "l", "the"):
        words = words[1:]
    return " ".join(words)
