"""Sequences of parsed articles that read each article by its position when it is asked for.

A cold conversion must not hold every parsed article (427 MiB at 100,000): `spill.SpilledSources`
keeps them on disk, and `Picked` names some of another sequence's by position (the ones to
extract). Each read gives the article, which goes once it has been used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from .parse import ParsedArticle


class ReadByPosition(Sequence[ParsedArticle]):
    """Indexing and slicing for a sequence that says how long it is and reads one position (`_read`)."""

    def _read(self, position: int) -> ParsedArticle:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> ParsedArticle: ...
    @overload
    def __getitem__(self, index: slice) -> list[ParsedArticle]: ...
    def __getitem__(self, index: int | slice) -> ParsedArticle | list[ParsedArticle]:
        if isinstance(index, slice):
            return [self._read(position) for position in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self._read(index % len(self))


class Picked(ReadByPosition):
    """Some of a sequence's articles, by position, each read from that sequence when asked."""

    def __init__(self, articles: Sequence[ParsedArticle], positions: list[int]) -> None:
        self.articles = articles
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    def _read(self, position: int) -> ParsedArticle:
        return self.articles[self.positions[position]]
