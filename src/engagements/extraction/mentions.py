"""What the extract step produces: mentions with spans, and the analysed article they come from."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any

from ..languages.base import Language, alternation
from ..models.organisation import OrganisationKind
from . import gazetteer


@dataclass(frozen=True)
class Mention:
    """A surface form at [start, end) of the article text."""

    text: str
    start: int
    end: int


@dataclass
class PersonMention:
    """A name as written, the full name it stands for, the rank before it, and how sure we are.

    `full_name` drops middle initials and nicknames and writes names in capitals as names
    (`Daniel R. Whitcombe` -> `Daniel Whitcombe`, `Seydou KOÏTANÉ` -> `Seydou Koïtané`); a first name
    coordinated with a full name takes its surname (`Saddam et Khalid Haftar` -> `Saddam Haftar`)."""

    name: Mention
    full_name: str
    title: Mention | None = None
    introduced: bool = False
    """Introduced by a rank, a courtesy word or a position: surely a person."""


@dataclass
class OrganisationMention:
    """An organisation's name as written, and its acronym when introduced with one."""

    name: Mention
    acronym: Mention | None = None
    kind: OrganisationKind | None = None
    """The kind the text gives the body (`des groupes terroristes comme …`, `…, un groupe armé`)."""


@dataclass
class Extraction:
    """Everything the extract step found in one article."""

    text: str
    doc: Any
    language: Language
    sentences: list[tuple[int, int]]
    body_start: int = 0
    """Where the body starts: sentences before it are the headline and page furniture."""
    published_span: tuple[int, int] | None = None
    """The credit line's publication date: never an event's date."""
    persons: list[PersonMention] = field(default_factory=list)
    organisations: list[OrganisationMention] = field(default_factory=list)
    acronym_uses: list[Mention] = field(default_factory=list)
    position_acronyms: set[str] = field(default_factory=set)
    """Letters the text defines for a position (`Chief of Army Staff (COAS)`): a title, not a body."""
    places: list[Mention] = field(default_factory=list)
    exercises: list[Mention] = field(default_factory=list)
    exercise_acronyms: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    """Acronyms introduced after an exercise's name (`Exercise Copper Reef 2025 (CR25)`) -> that
    name and its edition: every use of the acronym is a mention of that edition."""
    countries: set[str] = field(default_factory=set)
    """Countries the article names (to resolve ambiguous place names)."""
    dateline: Mention | None = None
    """The city of the dateline (`CAIRO —`), its text written as a name: where the report was filed."""

    def in_dateline(self, offset: int) -> bool:
        """Whether `offset` falls in the dateline (`ADAZI MILITARY BASE, LATVIA -`): where the
        report was filed from, no person or body."""
        return self.dateline is not None and self.dateline.start <= offset < self.dateline.end

    @cached_property
    def _locative(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in sorted(self.language.locatives, key=len, reverse=True))
        facilities = "|".join(re.escape(f) for f in sorted(self.language.facilities, key=len, reverse=True))
        nouns = "|".join(re.escape(n) for n in sorted(self.language.place_nouns, key=len, reverse=True))
        grammar = self.language.grammar
        articles = alternation(grammar.definite_articles).replace("’", "[’']")
        preps = alternation(grammar.complement_preps).replace("’", "[’']")
        facility_preps = alternation(grammar.facility_preps).replace("’", "[’']")
        return re.compile(
            rf"(?:(?<![\w’'])(?:{words})\s*(?:(?:{articles})\s*)?"
            rf"(?:(?:{nouns})\s*(?:(?-i:[a-zà-ÿ]+)\s+)?(?:\d{{1,3}}\s+)?(?:(?:{preps})\s*)?)?"
            rf"|(?:{facilities})\s*(?:(?:{facility_preps})\s*)?)$",
            re.IGNORECASE,
        )

    @cached_property
    def _destination(self) -> re.Pattern[str]:
        """A trip's word right before the place; `his visit to the Maldives`: a country's article
        between (a town takes none: `toured the Paris Air Show` names a show)."""
        words = "|".join(self.language.grammar.destination_before)
        articles = alternation(self.language.grammar.definite_articles).replace("’", "[’']")
        return re.compile(rf"(?<![\w’'])(?:{words})[ \t]+(?P<article>(?:{articles})[ \t]*)?$", re.IGNORECASE)

    def parsed_as(self, start: int, end: int, pos: str) -> bool:
        """Whether the parse tags every word of text[start:end] `pos` (`PROPN`, `ADJ`); never where
        the language's parse is not reliable."""
        if not self.language.parser_reliable:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and all(t.pos_ == pos for t in span)

    def located(self, place: Mention) -> bool:
        """Whether `place` follows a locative (`à`, `dans la ville de`, `in`) or opens a relative
        clause of place (`Kigali, le 5 juin, où il a rencontré`): where something
        happens, not a metonym subject (`Washington multiplie ...`)."""
        if self._locative.search(self.text[max(0, place.start - 40) : place.start]):
            return True
        trip = self._destination.search(self.text[max(0, place.start - 40) : place.start])
        if trip and (not trip["article"] or gazetteer.country_of_name(place.text)):
            return True  # `will visit Nairobi to meet …`, `will travel to Nairobi to hold talks`
        return bool(
            re.match(r"(?:\s*,[^,.;]{0,30})?\s*,\s*(?:où|where)\b", self.text[place.end : place.end + 50])
        )

    @cached_property
    def multiword_body_names(self) -> frozenset[str]:
        """The names of several words of the bodies found, read once the extraction is complete (each
        clause asked for them, reading every body again)."""
        return frozenset(o.name.text for o in self.organisations if " " in o.name.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def _sentence_at(self, offset: int) -> int | None:
        """The index of the sentence holding `offset`, by bisection (sentences are in order and do
        not overlap; a page of many exercise words asked at each, reading every sentence)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        return index if index >= 0 and offset < self.sentences[index][1] else None

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """Bounds of the sentence holding `offset`."""
        index = self._sentence_at(offset)
        return self.sentences[index] if index is not None else (0, len(self.text))

    def sentence_index(self, offset: int) -> int:
        index = self._sentence_at(offset)
        return index if index is not None else len(self.sentences) - 1


class Spans:
    """Spans `[start, end)` asked whether any overlaps a range, sorted once and answered by
    bisection: a page with thousands of names asked it of every candidate place, scanning them all."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(accumulate((e for _, e in self._spans), max))
        """The furthest end among the spans up to each one, in start order."""

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span `(s, e)` has `s < end and start < e`."""
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)


class DisjointSpans:
    """Spans that never overlap and never are empty, added one by one (a clause's trigger words) and
    kept in order: whether a new one overlaps any is told by its neighbours, where `Spans`, built
    once, may hold overlapping ones (a scan of every span taken, at each trigger, was quadratic on a
    page of them)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans that start before `end`; disjoint and in
        return before > 0 and self._ends[before - 1] > start  # order, the last of them ends furthest

    def add(self, start: int, end: int) -> None:
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
