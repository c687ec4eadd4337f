"""What the matchers share: a candidate pair, and what is known about each record beyond its fields.

A matcher proposes pairs of records of one table that look like one entity or event, each
with the rule that matched, a score and a reason; `resolve_across` decides which to merge.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from heapq import merge
from itertools import chain, combinations, groupby
from operator import attrgetter
from typing import Any, cast

from ..models import Dataset, Evidence, Exercise, Meeting, Person
from ..models.judgement import MatchRule
from .names import fold
from .spill import Fact, Pair, Spill


@dataclass(frozen=True, order=True, slots=True)
class Candidate:
    """Two records of one table (`left` < `right`) that a rule says are one, and how sure it is."""

    score: float
    left: str
    right: str
    rule: MatchRule
    reason: str

    def pair(self) -> Pair:
        """The candidate as a spill keeps it (`spill.SpilledPairs`)."""
        return (self.score, self.left, self.right, self.rule, self.reason)

    @classmethod
    def of_pair(cls, pair: Pair) -> Candidate:
        """The candidate a spill kept as `pair` (its rule was one of `MatchRule`)."""
        score, left, right, rule, reason = pair
        return cls(score, left, right, cast(MatchRule, rule), reason)


def candidate(a: str, b: str, rule: MatchRule, score: float, reason: str) -> Candidate:
    left, right = sorted((a, b))
    # A corpus gives millions of candidates (resolution sorts them on disk, `spill.SpilledPairs`);
    # those a matcher holds a while take little: no attribute dict, one string per distinct reason
    # (a few dozen) and one float per score.
    rounded = round(score, 2)
    return Candidate(_SCORES.setdefault(rounded, rounded), left, right, rule, sys.intern(reason))


_SCORES: dict[float, float] = {}
"""One float object per rounded score (at most 101 of them in [0, 1])."""


def publication_dates(dataset: Dataset, spill: Spill | None = None) -> dict[str, str | None]:
    """Article id -> publication date, of the dataset's articles and those `spill` holds for it."""
    published = {a.id: a.published for a in dataset.articles}
    return published if spill is None else published | spill.articles.published()


@dataclass
class Context:
    """What the records' own fields do not say: where each was read, what it was called, whom it met."""

    published: dict[str, str | None] = field(default_factory=dict)
    """Article id -> publication date."""
    articles: dict[str, frozenset[str]] = field(default_factory=lambda: defaultdict(frozenset))
    """Record id -> the articles it is read from (equal sets are one object: `_OneEach`)."""
    quotes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Person or organisation id -> its names as quoted in the articles (folded)."""
    partners: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Person id -> the persons it met."""
    reviewed: frozenset[str] = frozenset()
    """Records a reviewer's decision names (their ids as written and as they are now): matchers
    must not take shortcuts whose result assumes no decision joins or separates them."""

    @classmethod
    def of(cls, dataset: Dataset, spill: Spill | None = None) -> Context:
        """The context of `dataset`, with the articles and evidence `spill` holds for it."""
        evidence: Iterable[Evidence | Fact] = dataset.evidence
        if spill is not None:
            evidence = chain(dataset.evidence, spill.facts())
        return cls.build(
            publication_dates(dataset, spill), dataset.persons, dataset.meetings, dataset.exercises, evidence
        )

    @classmethod
    def build(
        cls,
        published: Mapping[str, str | None],
        persons: Iterable[Person],
        meetings: Iterable[Meeting],
        exercises: Iterable[Exercise],
        evidence: Iterable[Evidence | Fact],
    ) -> Context:
        context = cls()
        context.published = dict(published)
        articles = _OneEach()
        for subject, items in groupby(evidence, key=attrgetter("subject_id")):  # a run of one subject
            found = set()
            for item in items:  # rows read from disk: one string per row unless interned
                found.add(sys.intern(item.article_id))
                if item.field in ("name", "names", "acronym"):
                    context.quotes[subject].add(fold(item.quote))
            articles.add(subject, found)
        for person in persons:
            articles.add(person.id, {role.article_id for role in person.roles})
        meetings = list(meetings)
        for meeting in meetings:
            articles.add(meeting.id, set(meeting.articles))
        for exercise in exercises:
            articles.add(exercise.id, set(exercise.articles))
        context.articles = articles.frozen
        for meeting in meetings:
            present = {p.person_id for p in meeting.participants if p.person_id}
            for person_id in present:
                context.partners[person_id] |= present - {person_id}
        return context

    def publication_dates(self, record: str) -> list[date]:
        """Day-precision publication dates of the articles `record` is read from."""
        days = [self.published.get(a) for a in sorted(self.articles.get(record, ()))]
        return [date.fromisoformat(d) for d in days if d and len(d) == 10]

    def first_published(self, record: str) -> tuple[str, str]:
        """Sort key: the earliest publication of a record's articles (unknown last), then its id."""
        known = [d for a in self.articles.get(record, ()) if (d := self.published.get(a))]
        return (min(known) if known else "9999", record)


class _OneEach:
    """Record -> the articles it is read from, frozen as they come, equal sets as one object.
    Most records are read in one article, and an article's records then share its set: a set of
    one string takes 216 bytes, and an archive's meeting reports are hundreds of thousands (100
    MiB at 100,000 articles, one set each). Given a record's articles together (a spill's facts
    come by subject), no set of its own is held for any record."""

    def __init__(self) -> None:
        self.frozen: dict[str, frozenset[str]] = defaultdict(frozenset)
        self._shared: dict[frozenset[str], frozenset[str]] = {}

    def add(self, record: str, articles: set[str]) -> None:
        """`articles` too for `record`, in one or several calls."""
        if not articles:
            return
        known = self.frozen.get(record)
        if known is not None and articles <= known:
            return
        every = frozenset(articles) | known if known is not None else frozenset(articles)
        self.frozen[record] = self._shared.setdefault(every, every)


def block_pairs(
    keys: Iterable[tuple[str, str]],
    groups: Mapping[str, Hashable] | None = None,
    compatible: Callable[[Any, Any], bool] | None = None,
    bucket: Callable[[Any], Hashable | None] | None = None,
) -> Iterator[tuple[str, str]]:
    """Pairs of ids (`left < right`) that share a blocking key, each pair once, one at a time,
    in no promised order, none held: for a matcher whose result does not depend on the order (a
    head of state in a news archive is named in thousands of meetings, millions of pairs).

    A pair comes from the first key (in sorted order) its two records share, so it comes once.
    With `groups` (record -> a value, such as its date) and `compatible` (whether records of two
    such values can match at all; symmetric), the records of a key are grouped by value and only
    pairs of compatible groups are formed: the test runs once per pair of values, not of records.
    With `bucket` too (a value -> a bucket, such as its year, or None), `compatible` is not asked
    of two values in different buckets, which it must refuse: a block of a person met every
    year for decades has thousands of dates, and nearly all of their pairs are years apart. The
    pairs and their order are the same.
    """
    by_key: dict[str, set[str]] = defaultdict(set)
    keys_of: dict[str, set[str]] = defaultdict(set)
    for key, record in keys:
        by_key[key].add(record)
        keys_of[record].add(key)
    for key in sorted(by_key):
        for a, b in _pairs(sorted(by_key[key]), groups, compatible, bucket):
            if len(keys_of[a]) > 1 and len(keys_of[b]) > 1 and min(keys_of[a] & keys_of[b]) != key:
                continue  # an earlier key gave this pair
            yield a, b


def _pairs(
    members: list[str],
    groups: Mapping[str, Hashable] | None,
    compatible: Callable[[Any, Any], bool] | None,
    bucket: Callable[[Any], Hashable | None] | None = None,
) -> Iterator[tuple[str, str]]:
    """Every pair of `members` (sorted), `left < right`; with `groups`, those of compatible groups."""
    if groups is None or compatible is None:
        yield from combinations(members, 2)
        return
    by_group: dict[Hashable, list[str]] = defaultdict(list)
    for record in members:
        by_group[groups[record]].append(record)
    values = sorted(by_group, key=repr)
    later = _later(values, bucket)
    for i, one in enumerate(values):
        if compatible(one, one):
            yield from combinations(by_group[one], 2)
        for j in later(i):
            other = values[j]
            if compatible(one, other):
                yield from ((min(a, b), max(a, b)) for a in by_group[one] for b in by_group[other])


def _later(
    values: list[Any], bucket: Callable[[Any], Hashable | None] | None
) -> Callable[[int], Iterable[int]]:
    """For the value at `i`, the positions after it, in order, of the values it may be
    compatible with: all of them, or those of its bucket and those of none (None)."""
    if bucket is None:
        return lambda i: range(i + 1, len(values))
    buckets = [bucket(value) for value in values]
    at: dict[Hashable, list[int]] = defaultdict(list)
    for j, b in enumerate(buckets):
        at[b].append(j)
    anywhere = at.get(None, [])

    def later(i: int) -> Iterable[int]:
        b = buckets[i]
        if b is None:
            return range(i + 1, len(values))
        mine = at[b]
        return merge(mine[bisect_right(mine, i) :], anywhere[bisect_right(anywhere, i) :])

    return later


def dates_agree(a: str | None, b: str | None) -> bool | None:
    """Partial dates agree on their common prefix (True), disagree (False), or one is unknown (None)."""
    if a is None or b is None:
        return None
    n = min(len(a), len(b))
    return a[:n] == b[:n]
