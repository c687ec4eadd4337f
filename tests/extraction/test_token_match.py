"""The French tokenizer's `token_match`, compiled lazily, says yes and no exactly as the compiled pattern."""

from __future__ import annotations

import re

import pytest

from engagements.extraction import token_match
from engagements.extraction.nlp import pipeline
from engagements.extraction.token_match import LazyAlternation, lazy_compile

WORDS = [
    "porte-avions", "sous-marin", "Sous-Marin", "SOUS-MARIN", "anti-terroriste", "contre-amiral",
    "vice-amiral", "états-unis", "États-Unis", "Etats–Unis", "arrière-garde", "entr'ouvert",
    "entr’ouvert", "grandes'mères", "saut-de-ski", "pet-en-l'air", "Jean-de-Dieu", "Val-de-Marne",
    "Saint-Louis", "chef", "d’état-major", "l'AFRICOM", "état-major", "-", "--", "a-", "anti-",
    "anti-\n", "anti-a\n", "aujourd'hui", "New-York", "new–yorkais", "hip-hop", "burn-out", "x",
    "Tebboune", "22", "janv.", "(ANP),", "franco-algérien", "sud-africain", "Haut-Commissaire",
    "aéro-club", "Fontaine-l'Évêque", "La Chapelle-aux-Saints", "top-model", "ex-président",
]  # fmt: skip


@pytest.fixture(scope="module")
def french_pattern() -> str:
    tokenizer = pipeline().tokenizer
    assert isinstance(tokenizer.token_match.__self__, LazyAlternation)  # as loaded by `nlp.load`
    return str(tokenizer.token_match.__self__.pattern)


def test_the_lazy_french_token_match_agrees_with_the_compiled_pattern(french_pattern: str) -> None:
    lazy = lazy_compile(french_pattern)
    assert isinstance(lazy, LazyAlternation)
    compiled = re.compile(french_pattern)
    words = WORDS + [w.upper() for w in WORDS] + [w + "s" for w in WORDS] + [w[1:] for w in WORDS]
    assert [bool(lazy.match(w)) for w in words] == [bool(compiled.match(w)) for w in words]
    assert any(compiled.match(w) for w in words) and not all(compiled.match(w) for w in words)


def test_the_tokenizer_still_serialises_its_pattern(french_pattern: str) -> None:
    tokenizer = pipeline().tokenizer
    assert len(french_pattern) > token_match.LARGE_PATTERN
    assert tokenizer.to_bytes()  # spaCy reads `token_match.__self__.pattern`
    assert [t.text for t in pipeline()("Le porte-avions et le sous-marin d’état-major.")][:4] == [
        "Le",
        "porte-avions",
        "et",
        "le",
    ]


def large(alternative: str, count: int = 600) -> str:
    """A large alternation of `count` variants of `alternative` (`{n}` is the variant's number)."""
    letters = "[" + "".join(chr(c) for c in range(0x00C0, 0x0180)) + "a-z]"
    return "(?iu)" + "|".join(f"(?:{alternative.format(n=n, letters=letters)})" for n in range(count))


@pytest.mark.parametrize(
    "alternative",
    [
        "^x{n}(?!{letters})",  # a negative lookahead: a wider class would match less
        "^x{n}(a)\\1{letters}",  # a backreference
        "^(?>x{n}{letters}*)a",  # an atomic group
        "^x{n}{letters}*+a",  # a possessive quantifier
        "^x{n}(?# [ ){letters}",  # a comment, which the splitter does not read
        "(?x:^x{n} {letters} # verbose\n)",  # a verbose group: spaces and comments
    ],
)
def test_a_pattern_that_widening_could_change_is_compiled_as_usual(alternative: str) -> None:
    assert len(large(alternative)) > token_match.LARGE_PATTERN
    assert isinstance(lazy_compile(large(alternative)), re.Pattern)
    assert isinstance(lazy_compile(large("^x{n}(?={letters})")), LazyAlternation)  # a lookahead is safe


def test_small_patterns_and_flags_are_compiled_as_usual() -> None:
    assert isinstance(lazy_compile("a|b"), re.Pattern)
    assert isinstance(lazy_compile(large("^x{n}-{letters}+$"), re.IGNORECASE), re.Pattern)


def test_a_large_alternation_is_lazy_and_exact() -> None:
    pattern = large("^x{n}[-–]{letters}+$|^{letters}+[-–]de{n}[-–](?:l['’])?{letters}+$")
    lazy = lazy_compile(pattern)
    assert isinstance(lazy, LazyAlternation)
    compiled = re.compile(pattern)
    words = ["x7-été", "X7–ÉTÉ", "x7-", "x7-1", "saut-de3-ski", "pet-de9-l’air", "x-de-y", "x7-été\n", "ab"]
    assert [bool(lazy.match(w)) for w in words] == [bool(compiled.match(w)) for w in words]
    assert [bool(lazy.match(w)) for w in words] == [True, True, False, False, True, True, False, True, False]
