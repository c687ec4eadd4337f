"""spaCy's French `token_match`, compiled only in the part that a token may match.

The French tokenizer keeps hyphenated and elided words whole (`porte-avions`, `entr'ouvert`) with
one regular expression: 266 alternatives, each spelling out classes of thousands of letters, 1.45
MB of pattern. Python takes about two seconds to compile it, as much as loading the rest of the
model, and compiles it when `spacy.lang.fr` is imported, before a word is read.

`lazy_compile` stands in for `re.compile` while a model loads. A pattern of that size and shape
(global flags, then a top-level alternation) becomes a `LazyAlternation`: its `match` first asks
a gate, the same alternatives with every large character class widened to any character, which
compiles in milliseconds and matches a superset of what the pattern matches; only when the gate
matches are the alternatives that can match compiled, one by one. spaCy reads `token_match` as a
yes or no, and an alternation matches where one of its alternatives matches, so tokenization is
unchanged. A pattern this module cannot prove safe to widen (negative lookarounds,
backreferences, conditionals, atomic groups, possessive quantifiers) or read piece by piece
(comments, verbose patterns) is compiled as usual.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

LARGE_PATTERN = 100_000
"""Patterns at least this long (in characters) are compiled lazily, when safe."""
LARGE_CLASS = 64
"""Character classes at least this long are widened to any character in the gate."""
_COMPILE = re.compile
"""The real `re.compile`, kept while `lazy_large_patterns` replaces it."""
_ANY = "(?s:.)"
_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_UNSAFE = ("(?!", "(?<!", "(?(", "(?P=", "(?>", "(?#")
"""Constructs under which a wider class may match less: negative lookarounds, conditionals,
backreferences and atomic groups (possessive quantifiers are refused apart); and comments, which
`_PIECE` does not read."""


_PIECE = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?[!<(P>#]?[!=]?|[()|]|[*+?}]\+|[^\\\[()|*+?}]+|.", re.DOTALL
)
"""One piece of a pattern: an escape, a character class, an opening group, `)`, `|`, a possessive
quantifier, a run of other characters, or one other character."""


def _split(body: str) -> list[list[str]] | None:
    """The top-level alternatives of `body` as pieces, or None when one is not safe to widen."""
    alternatives: list[list[str]] = [[]]
    depth = 0
    for piece in _PIECE.findall(body):
        if piece[0] == "\\" and piece[1:].isdigit():
            return None  # a backreference (or an octal escape)
        if piece[0] == "(":
            if piece.startswith(_UNSAFE):
                return None
            depth += 1
        elif piece == ")":
            depth -= 1
        elif len(piece) == 2 and piece[1] == "+" and piece[0] in "*+?}":
            return None  # a possessive quantifier
        elif piece == "|" and depth == 0:
            alternatives.append([])
            continue
        alternatives[-1].append(piece)
    return alternatives if depth == 0 else None


def _widened(pieces: list[str]) -> str:
    """The alternative with each large character class replaced by any character: a superset."""
    return "".join(_ANY if p[0] == "[" and len(p) >= LARGE_CLASS else p for p in pieces)


class LazyAlternation:
    """A stand-in for a compiled `FLAGS ALT1|ALT2|…` that compiles what a string may match."""

    def __init__(self, pattern: str, flags: str, alternatives: list[list[str]]) -> None:
        self.pattern = pattern  # spaCy serialises a tokenizer with `token_match.__self__.pattern`
        self._flags = flags
        self._alternatives = ["".join(pieces) for pieces in alternatives]
        self._widened = [_widened(pieces) for pieces in alternatives]
        self._gate = _COMPILE(flags + "|".join(f"(?:{w})" for w in self._widened)).match
        self._gates: list[Callable[[str], Any]] | None = None
        self._compiled: dict[int, Callable[[str], Any]] = {}

    def match(self, string: str) -> Any:
        """What `re.compile(pattern).match(string)` finds (another match object, as true)."""
        if self._gate(string) is None:
            return None
        if self._gates is None:
            self._gates = [_COMPILE(self._flags + widened).match for widened in self._widened]
        for index, gate in enumerate(self._gates):
            if gate(string) is None:
                continue
            if index not in self._compiled:
                self._compiled[index] = _COMPILE(self._flags + self._alternatives[index]).match
            found = self._compiled[index](string)
            if found is not None:
                return found
        return None


def lazy_compile(pattern: Any, flags: int = 0) -> Any:
    """`re.compile`, except for a large alternation, which becomes a `LazyAlternation`."""
    if not isinstance(pattern, str) or len(pattern) < LARGE_PATTERN or flags:
        return _COMPILE(pattern, flags)
    prefix = _FLAGS.match(pattern)
    flags_text = prefix.group() if prefix else ""
    body = pattern[len(flags_text) :]
    alternatives = None if "x" in flags_text or "(?x" in body else _split(body)  # verbose: not read
    if alternatives is None or len(alternatives) < 2 or "|".join(map("".join, alternatives)) != body:
        return _COMPILE(pattern, flags)
    return LazyAlternation(pattern, flags_text, alternatives)


@contextlib.contextmanager
def lazy_large_patterns() -> Iterator[None]:
    """`re.compile` is `lazy_compile` meanwhile (while a spaCy model is imported and loaded)."""
    re.compile = lazy_compile
    try:
        yield
    finally:
        re.compile = _COMPILE
