"""Meetings and exercises that several articles report: one event each, and why.

Meetings. Two reports are one meeting when they name mostly the same people (at least two in
common and half of all named; a single named person only with the same day and place) and
their dates do not disagree; places may be named differently (`siège de la Présidence` /
`palais d’El Mouradia`) but not in different countries. A report without a date is matched by
its participants and its article's publication date: published within a month after the
dated report (after the month or year it gives, when partial), or up to a season before it
when the report is of a planned meeting, or within two weeks of another undated one. When an
undated report fits two meetings that are not one (two dates, or two meetings of one
article), it joins neither. Planned and held reports of one meeting match; the merged record
takes the latest status. Meetings without a named person match only with the same
organisations, day and place.

Exercises. One series (name) and one edition are one exercise, whatever the article; a report
without an edition joins the edition of the year it is about (its start, or its article's
publication year, or the next one when planned), when exactly one edition fits.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import combinations
from typing import Any

from ..models import Exercise, Meeting
from .match import Candidate, Context, block_pairs, candidate, dates_agree
from .names import organisation_key
from .spill import SpilledPairs

REPORT_WINDOW = timedelta(days=31)
"""How long after a meeting an article reporting it without a date may be published."""
UNDATED_WINDOW = timedelta(days=14)
"""How far apart two undated reports of one meeting may be published."""
PLANNED_WINDOW = timedelta(days=92)
"""How long before a meeting an article may announce it without a date (a planned report).
Announcements further ahead give a month or a year; unbounded, a planned report of two people
who meet every year would fit all their later meetings and so join none."""

# ---------------------------------------------------------------- meetings


@dataclass(frozen=True)
class _Report:
    """What a meeting report is compared by, computed once per meeting."""

    meeting: Meeting
    persons: frozenset[str]
    organisations: frozenset[str]
    place: str

    @classmethod
    def of(cls, meeting: Meeting, one: dict[Hashable, Any]) -> _Report:
        """The report of `meeting`, its values taken from `one` when equal to one there: an
        archive's reports are hundreds of thousands, most of them naming the same few people."""
        persons = frozenset(p.person_id for p in meeting.participants if p.person_id)
        organisations = frozenset(p.organisation_id for p in meeting.participants if p.organisation_id)
        place = organisation_key(meeting.place.name) if meeting.place else ""
        return cls(
            meeting,
            one.setdefault(persons, persons),
            one.setdefault(organisations, organisations),
            one.setdefault(place, place),
        )


def meeting_candidates(
    meetings: list[Meeting], context: Context, scratch: SpilledPairs
) -> Iterator[Candidate]:
    """Pairs of meeting reports that are one meeting, in no promised order.

    Undated pairs wait in `scratch` (on disk in a conversion) until every pair is formed: only
    then is it known which undated reports fit two meetings (`_ambiguous`). A meeting that a
    thousand articles report without a date gives hundreds of thousands of them."""
    one: dict[Hashable, Any] = {}
    reports = {m.id: _Report.of(m, one) for m in meetings}
    keys: list[tuple[str, str]] = []
    for report in reports.values():
        keys += [(one.setdefault(key, key), report.meeting.id) for key in _blocking_keys(report)]
    timings = ((m.id, _Timing.of(m, context)) for m in meetings)
    groups = {record: one.setdefault(timing, timing) for record, timing in timings}
    del one
    left_out, settled = _timeless_reports(keys, reports, groups, context)
    if left_out:
        keys = [(key, record) for key, record in keys if record not in left_out]
    yield from settled
    scratch.clear()
    # pairs that cannot match are never formed
    for a, b in block_pairs(keys, groups, _Timing.may_match, _Timing.year):
        if context.articles[a] & context.articles[b]:
            continue  # one article's meetings are distinct: the extractor read them apart
        match = _relate_meetings(reports[a], reports[b], groups[a], groups[b])
        if match is None:
            continue
        if match.rule != "undated_meeting":
            yield match
            continue
        scratch.add(match.pair())
    by_id = {m.id: m for m in meetings}
    ambiguous = {record for record, partners in scratch.partners() if _ambiguous(partners, by_id, context)}
    for pair in scratch:
        match = Candidate.of_pair(pair)
        if not {match.left, match.right} & ambiguous:
            yield match
    scratch.clear()


def _timeless_reports(
    keys: list[tuple[str, str]], reports: dict[str, _Report], timings: dict[str, _Timing], context: Context
) -> tuple[set[str], list[Candidate]]:
    """Timeless reports (no date, no publication day) whose pairs are known without forming them
    all: the reports left out of the blocks, and the candidates they give.

    A timeless report fits every report of its participants, whatever the year. In an archive a
    pair of persons who meet every year gives thousands of such pairs, and a meeting that many
    undated articles report gives every pair of them: both grow with the square of the corpus.
    Timeless reports alike in all that `_relate_meetings` reads of them (their persons,
    organisations and place's country; not the place's name, which counts only on a day) relate
    alike to any other report, so one of each class is read for all (`_outside`):

    - when the class's reports share no article with another meeting report, they have the same
      partners outside the class; when some of those prove them ambiguous (`_ambiguous`: two
      dates that disagree, or two partners of one article), every pair of the class would be
      dropped, so none is formed. Nothing else changes: another report's ambiguity looks at its
      partners' dates (these have none) and articles (shared with none);
    - when no report outside the class relates to them and no two of them share an article, the
      class is an island: resolution joins it as its first report paired with each other one
      (the best-first order tries those pairs first, every join is allowed, and the other pairs
      then fall within one group). Those pairs are the class's candidates. Not when a reviewer's
      decision names one of them (`Context.reviewed`): a negative one can leave two of them to
      be joined by another pair;
    - otherwise the class is paired as any report is.
    """
    timeless = [r for r, timing in timings.items() if timing.dated is None and not timing.published]
    if not timeless:
        return set(), []
    classes: dict[tuple[frozenset[str], frozenset[str], str | None], list[str]] = defaultdict(list)
    for record in sorted(timeless):
        report, place = reports[record], reports[record].meeting.place
        classes[report.persons, report.organisations, place.country if place else None].append(record)
    reports_of_article = Counter(a for record in reports for a in context.articles.get(record, ()))
    first = {klass[0] for klass in classes.values()}
    own: dict[str, list[str]] = defaultdict(list)
    for key, record in keys:
        if record in first:
            own[record].append(key)
    members: dict[str, list[str]] = {key: [] for keys_of_one in own.values() for key in keys_of_one}
    for key, record in keys:
        if key in members:
            members[key].append(record)
    left_out: set[str] = set()
    found: list[Candidate] = []
    for klass in classes.values():
        one, articles = klass[0], [context.articles.get(r, frozenset()) for r in klass]
        lone = all(reports_of_article[a] == 1 for found_in in articles for a in found_in)
        blocks = (y for key in own[one] for y in members[key])
        related, ambiguous = _outside(one, klass, blocks, reports, timings, context, prove=lone)
        if ambiguous:
            left_out.update(klass)
        elif related or len(frozenset().union(*articles)) < sum(map(len, articles)):
            continue
        elif context.reviewed.isdisjoint(klass):
            left_out.update(klass)
            for other in klass[1:]:
                match = _relate_meetings(reports[one], reports[other], timings[one], timings[other])
                if match is None:
                    break  # alike: no two of the class match
                found.append(match)
    return left_out, found


def _outside(
    x: str,
    klass: list[str],
    others: Iterator[str],
    reports: dict[str, _Report],
    timings: dict[str, _Timing],
    context: Context,
    prove: bool,
) -> tuple[bool, bool]:
    """Whether a report outside the timeless report `x`'s `klass`, among `others` (the reports of
    its blocks), relates to it; and, when asked to `prove` it (`x` then shares no article with
    another report: each related report is a partner), whether some of its partners already make
    `x` ambiguous as `_ambiguous` reads all of them."""
    ambiguity = _Ambiguity()
    tried = set(klass)
    related = False
    for y in others:
        if y in tried:
            continue
        tried.add(y)
        if _relate_meetings(reports[x], reports[y], timings[x], timings[y]) is None:
            continue
        related = True
        if not prove:
            return related, False
        if ambiguity.add(reports[y].meeting.date, context.articles.get(y, frozenset())):
            return related, True
    return related, False


def _blocking_keys(report: _Report) -> list[str]:
    """Keys that two reports share whenever `_relate_meetings` can make them a candidate: two
    named persons in common, or one with the same day and place; without a named person, the
    same day and place. Not one key per person: a head of state named in thousands of meetings
    would put every pair of them in one block."""
    meeting, persons = report.meeting, sorted(report.persons)
    same_day_and_place = bool(meeting.date and len(meeting.date) == 10 and report.place)
    if not persons:
        return [f"day:{meeting.date}:{report.place}"]
    keys = [f"persons:{p}|{q}" for p, q in combinations(persons, 2)]
    if same_day_and_place:
        keys += [f"person:{p}:{meeting.date}:{report.place}" for p in persons]
    return keys


def _relate_meetings(x: _Report, y: _Report, x_when: _Timing, y_when: _Timing) -> Candidate | None:
    a, b = x.meeting, y.meeting
    agree = dates_agree(a.date, b.date)
    if agree is False:
        return None
    if a.place and b.place and a.place.country and b.place.country and a.place.country != b.place.country:
        return None
    same_day = bool(agree and a.date and b.date and len(a.date) == len(b.date) == 10)
    same_place = bool(x.place and x.place == y.place)
    named = bool(x.persons or y.persons)
    mine, theirs = (x.persons, y.persons) if named else (x.organisations, y.organisations)
    shared, every = len(mine & theirs), len(mine | theirs)
    if not shared or shared / every < 0.5:
        return None
    if (shared < 2 or not named) and not (same_day and same_place):
        return None
    overlap = shared / every
    reason = (
        f"{shared} of {every} {'named participants' if named else 'organisations, no named person'} in common"
    )
    if agree:
        where = "same place" if same_place else "places named differently" if a.place and b.place else "place"
        return candidate(
            a.id, b.id, "same_meeting", 0.6 + 0.4 * overlap, f"{reason}, date {a.date or b.date}, {where}"
        )
    if not x_when.in_window(y_when):
        return None
    return candidate(a.id, b.id, "undated_meeting", 0.4 + 0.4 * overlap, f"{reason}, one report undated")


@dataclass(frozen=True)
class _Timing:
    """When a meeting report can be one with another: its date, or, undated, the publication days
    of its articles and its status. Reports with the same timing are compared once, as a group."""

    dated: str | None
    """The meeting's date (partial), None when the report gives none."""
    published: tuple[date, ...] = ()
    planned: bool = False

    @classmethod
    def of(cls, meeting: Meeting, context: Context) -> _Timing:
        if meeting.date:
            return cls(meeting.date)
        return cls(None, tuple(context.publication_dates(meeting.id)), meeting.status == "planned")

    def may_match(self, other: _Timing) -> bool:
        """Whether reports of these timings can be one meeting: dates that do not disagree, and
        an undated report published in time (`in_window`)."""
        agree = dates_agree(self.dated, other.dated)
        return bool(agree) or (agree is None and self.in_window(other))

    def year(self) -> str | None:
        """The year of a dated report, None for an undated one: dated reports of two years never
        match (`may_match`), which lets `block_pairs` compare only those of one year."""
        return self.dated[:4] if self.dated else None

    def in_window(self, other: _Timing) -> bool:
        """An undated report is published after the dated one and soon enough (before it, when
        planned), or near another undated one (for two reports of which one at least is
        undated). A partial date is any day of its month or year; a report without a
        publication day fits any time."""
        dated, undated = (self, other) if self.dated else (other, self)
        if not undated.published:
            return True
        if dated.dated:
            first, last = _days(dated.dated)
            earliest = first - PLANNED_WINDOW if undated.planned else first
            return any(earliest <= p <= last + REPORT_WINDOW for p in undated.published)
        others = dated.published
        return not others or any(abs(p - q) <= UNDATED_WINDOW for p in undated.published for q in others)


@cache
def _days(value: str) -> tuple[date, date]:
    """The first and last day of a date that may be partial (`2025`, `2025-03`, `2025-03-09`).
    Cached: asked for every pair of timings that `block_pairs` tests, of a few thousand dates."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _ambiguous(partners: list[str], by_id: dict[str, Meeting], context: Context) -> bool:
    """An undated report that fits meetings (its `partners`) which cannot be one: two dates, or
    one article's two.

    Compared by distinct dates and by article, not pair by pair: an undated report can fit
    thousands of reports of one meeting.
    """
    ambiguity = _Ambiguity()
    return any(ambiguity.add(by_id[x].date, context.articles[x]) for x in partners)


class _Ambiguity:
    """`_ambiguous`'s rule read one partner at a time, so that a report's partners can stop being
    read once some prove it (`_outside`)."""

    def __init__(self) -> None:
        self.dates: set[str] = set()
        self.articles: set[str] = set()

    def add(self, day: str | None, articles: AbstractSet[str]) -> bool:
        """Whether this partner (its date and articles), with those added before, makes the report
        ambiguous."""
        if not self.articles.isdisjoint(articles):
            return True
        self.articles |= articles
        if day and day not in self.dates:
            if any(dates_agree(day, other) is False for other in self.dates):
                return True
            self.dates.add(day)
        return False


# ---------------------------------------------------------------- exercises


def exercise_candidates(exercises: list[Exercise], context: Context) -> list[Candidate]:
    """Pairs of exercise reports that are one edition."""
    by_id = {e.id: e for e in exercises}
    keys = [("series:" + organisation_key(e.series or e.name), e.id) for e in exercises]
    found = []
    editions: dict[str, list[Candidate]] = defaultdict(list)
    for a, b in block_pairs(keys):  # one at a time: a series or a name can pair thousands
        x, y = by_id[a], by_id[b]
        if context.articles[a] & context.articles[b]:
            continue
        if x.edition is not None and y.edition is not None:
            if x.edition == y.edition:
                found.append(candidate(a, b, "exercise_edition", 0.95, f"{x.name} {x.edition}: one edition"))
            continue
        if x.edition is None and y.edition is None:
            if _years(x, context) & _years(y, context):
                reason = f"{x.name}, no edition, reported the same year"
                found.append(candidate(a, b, "exercise_series", 0.6, reason))
            continue
        known, unknown = (x, y) if x.edition is not None else (y, x)
        if known.edition in _years(unknown, context):
            match = candidate(
                a, b, "exercise_edition", 0.8, f"{x.name}: the {known.edition} edition is the one that year"
            )
            editions[unknown.id].append(match)
    found += [ms[0] for ms in editions.values() if len(ms) == 1]  # one edition fits, or none is chosen
    return sorted(found)


def _years(exercise: Exercise, context: Context) -> set[int]:
    if exercise.start:
        return {int(exercise.start[:4])}
    years = {int(p[:4]) for a in context.articles[exercise.id] if (p := context.published.get(a))}
    return years | ({y + 1 for y in years} if exercise.status == "planned" else set())
