"""Date expressions as written (`mardi`, `la veille`, `le 17 septembre`, `Nov. 12`, `du 15 au 16 octobre`,
`Jan. 31 – Feb. 3, 2022`) -> partial dates, in any language's words.

A day and month without a year take the publication's year (a `dernier`/`last` month after the
publication's month is last year's). A weekday resolves to the most recent such day on or before
the publication date (or the next one when `prochain`/`next` says so), inside a stated window
when one is given; `hier`/`yesterday` against the publication date; `la veille`, `le
lendemain` against the event reported before; `l’an prochain`/`next year` (alone, or after a
month: `in August last year`) against the publication's year, to the year. Without an anchor the
value stays unknown and the expression is kept. A range gives its first day and its last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..languages.base import DateWords, Language, alternation


@dataclass(frozen=True)
class When:
    """A resolved (or unresolved) date expression."""

    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None = None
    relative: str | None = None
    """`before`, `after` or `same` for expressions relative to the previous event."""
    weekday: int | None = None
    """The weekday named, when the value rests on one (resolved again inside a visit's window)."""
    year_written: bool = True
    """False when the year was assumed from the anchor's (`le 3 juin`, `in August`, `next year`): an
    event whose year is known otherwise may correct it. A weekday or `hier` is exact."""


def _alt(words: tuple[str, ...] | object) -> str:
    return alternation(tuple(words)).replace("’", "[’']")  # type: ignore[arg-type]


@cache
def _grammar(words: DateWords) -> re.Pattern[str]:
    month = rf"(?:{_alt(tuple(words.months))})\.?(?![\w])"
    weekday = rf"(?:{_alt(tuple(words.weekdays))})(?![\w])"
    article = rf"(?:(?:{_alt(words.articles)})\s+)?"
    day = rf"\d{{1,2}}(?:{_alt(words.day_suffixes)})?"
    year = rf"(?:,?\s+(?:(?:{_alt(words.year_preps)})\s+)?\d{{4}})"
    to = _alt(words.range_to)
    frm = _alt(words.range_from)
    qualifier = rf"(?:(?P<q>{_alt(words.month_qualifiers)})\s*)?"
    past_future = rf"(?:\s+(?:{_alt((*words.past_markers, *words.future_markers))}))?"
    relative = _alt((*words.yesterday, *words.day_before_yesterday, *words.today, *words.tomorrow,
                     *words.previous_day, *words.next_day, *words.same_day))  # fmt: skip
    years = _alt((*words.last_year, *words.this_year, *words.next_year)) or "(?!)"
    relative_year = rf"(?:\s+(?:(?:{_alt(words.year_preps)})\s+)?(?P<ry>{years}))"
    return re.compile(
        rf"(?<![\w])(?:"
        # ranges: `du 15 au 16 octobre 2024`, `from 3 – 18 July 2021`, `June 16-20`, `Jan. 31 – Feb. 3, 2022`
        rf"(?P<range>(?:(?:{frm})\s+)?(?:{weekday},?\s+)?(?P<d1>{day})(?:\s+(?P<m1>{month}))?\s*(?:{to})\s*"
        rf"(?:{weekday},?\s+)?(?P<d2>{day})\s+(?P<m2>{month})(?P<y2>{year})?)"
        rf"|(?P<mrange>(?:(?:{frm})\s+)?(?P<rm1>{month})\s+(?P<rd1>{day})\s*(?:{to})\s*(?:(?P<rm2>{month})\s+)?"
        rf"(?P<rd2>{day})(?P<ry2>{year})?)"
        # a day: `le mardi 14 novembre 2023`, `Tuesday, Nov. 12, 2024`, `le 12/11`
        rf"|(?P<dmy>{article}(?:(?P<wd1>{weekday}),?\s+)?(?:{article})?(?P<d>{day})\s+(?P<m>{month})(?P<y>{year})?"
        rf"{past_future})"
        rf"|(?P<mdy>{article}(?:(?P<wd2>{weekday}),?\s+)?(?P<mm>{month})\s+(?P<dd>{day})(?![\d:])(?P<yy>{year})?)"
        rf"|(?P<numeric>{article}(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{4}}))?(?![\d/]))"
        # a month: `en avril 2026`, `fin août`, `novembre prochain`, `last April`, `in mid-June 2020`
        rf"|(?P<month>{qualifier}(?P<pf>(?:{_alt((*words.past_markers, *words.future_markers))})\s+)?"
        rf"(?P<mo>{month})(?!\.?\s+\d{{1,2}}(?![\d:]))(?P<my>\s+\d{{4}})?{relative_year}?{past_future})"
        rf"|(?P<year>{years})"
        rf"|(?P<vague>{_alt(words.vague)})"
        rf"|(?P<rel>{relative})"
        rf"|(?P<weekday>{article}(?P<w>{weekday})"
        rf"(?:\s+(?:{_alt((*words.past_markers, *words.future_markers))}))?"
        rf"(?:\s+(?:{_alt(words.times_of_day)}))?)"
        rf")(?![\w])",
        re.IGNORECASE,
    )


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


def _number(text: str | None) -> int | None:
    digits = re.search(r"\d+", text or "")
    return int(digits.group()) if digits else None


def _month(words: DateWords, text: str | None) -> int | None:
    if not text:
        return None
    return words.months.get(text.lower().rstrip("."))


def find(
    text: str,
    start: int,
    end: int,
    published: str | None,
    language: Language,
    window: tuple[str, str] | None = None,
) -> list[When]:
    """Date expressions in text[start:end], resolved as far as the publication date allows."""
    words = language.dates
    anchor = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    year = int(published[:4]) if published else None
    month_now = int(published[5:7]) if published and len(published) >= 7 else None
    found = []
    for match in _grammar(words).finditer(text, start, end):
        expression = match.group()
        lowered = expression.lower()
        past = any(re.search(rf"\b{re.escape(m)}\b", lowered) for m in words.past_markers)
        future = any(re.search(rf"\b{re.escape(m)}\b", lowered) for m in words.future_markers)
        when: When | None = None
        if match["range"] or match["mrange"]:
            if match["range"]:
                m2 = _month(words, match["m2"])
                m1 = _month(words, match["m1"]) or m2
                d1, d2, y = _number(match["d1"]), _number(match["d2"]), _number(match["y2"]) or year
            else:
                m1 = _month(words, match["rm1"])
                m2 = _month(words, match["rm2"]) or m1
                d1, d2, y = _number(match["rd1"]), _number(match["rd2"]), _number(match["ry2"]) or year
            if m1 and m2:
                y1 = y - 1 if y is not None and m1 > m2 else y
                written = bool(match["y2"] or match["ry2"])
                first, last = _iso(y1, m1, d1), _iso(y, m2, d2)
                when = When(expression, match.start(), match.end(), first, last, year_written=written)
        elif match["dmy"] or match["mdy"]:
            day = _number(match["d"] or match["dd"])
            month = _month(words, match["m"] or match["mm"])
            explicit = _number(match["y"] or match["yy"])
            y = explicit or _year_for(year, month_now, month, past, future)
            if month:
                value = _iso(y, month, day)
                when = When(expression, match.start(), match.end(), value, year_written=bool(explicit))
        elif match["numeric"]:
            day, month = _number(match["nd"]), _number(match["nm"])
            y = _number(match["ny"]) or year
            if day and month and 1 <= month <= 12:
                value = _iso(y, month, day)
                when = When(expression, match.start(), match.end(), value, year_written=bool(match["ny"]))
        elif match["month"]:
            if not (match["q"] or match["my"] or match["pf"] or past or future or match["mo"][:1].isupper()):
                continue  # `may` the verb, not May the month
            previous = re.search(r"([\w’'-]+)[ \t]+$", text[max(0, match.start() - 30) : match.start()])
            if (
                not (match["q"] or match["my"] or match["pf"] or past or future)
                and match["mo"][:1].isupper()
                and re.match(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]", text[match.end() : match.end() + 3])
                and previous is not None
                and previous[1].lower() in language.title_words
                and not re.match(
                    r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+[A-ZÀ-Ý]", text[match.end() : match.end() + 40]
                )
            ):
                continue  # `Minister Jan Dvorak`, `le ministre Avril Haines`: a first name after a title
            month = _month(words, match["mo"])
            explicit = _number(match["my"])
            if match["ry"]:
                y = year + _year_shift(words, match["ry"]) if year is not None else None
            else:
                coming = future or bool(match["pf"] and not past)
                y = explicit or _year_for(year, month_now, month, past, coming)
            if month:
                value = _iso(y, month, None)
                when = When(expression, match.start(), match.end(), value, year_written=bool(explicit))
        elif match["year"]:
            value = str(year + _year_shift(words, match["year"])) if year is not None else None
            when = When(expression, match.start(), match.end(), value, year_written=False)
        elif match["vague"]:
            when = When(expression, match.start(), match.end(), None)
        elif match["rel"]:
            when = _relative(expression, match.start(), match.end(), words, anchor)
        elif match["weekday"]:
            weekday = words.weekdays[match["w"].lower()]
            value = None
            if window is not None:
                value = _weekday_in(window, weekday)
            if value is None and anchor and not future:
                value = (anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)).isoformat()
            elif value is None and anchor and future:
                value = (anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)).isoformat()
            when = When(expression, match.start(), match.end(), value, weekday=weekday)
        if when is not None:
            found.append(when)
    return found


def _year_shift(words: DateWords, expression: str) -> int:
    """-1 for `last year`, 1 for `next year`, 0 for `this year`."""
    lowered = expression.lower().replace("'", "’")
    if lowered in {w.replace("'", "’") for w in words.last_year}:
        return -1
    return 1 if lowered in {w.replace("'", "’") for w in words.next_year} else 0


def _year_for(
    year: int | None, month_now: int | None, month: int | None, past: bool, future: bool
) -> int | None:
    """The year of a month written without one: the publication's, the one before for a later
    month said to be past, the one after for an earlier month said to come."""
    if year is None or month is None or month_now is None:
        return year
    if past and month > month_now:
        return year - 1
    if future and month < month_now:
        return year + 1
    return year


def _relative(expression: str, start: int, end: int, words: DateWords, anchor: dt.date | None) -> When:
    lowered = expression.lower().replace("'", "’")

    def among(options: tuple[str, ...]) -> bool:
        return lowered in {o.replace("'", "’") for o in options}

    shifts = ((words.yesterday, -1), (words.day_before_yesterday, -2), (words.today, 0), (words.tomorrow, 1))
    for options, days in shifts:
        if among(options):
            value = (anchor + dt.timedelta(days=days)).isoformat() if anchor else None
            return When(expression, start, end, value)
    relative = "before" if among(words.previous_day) else ("after" if among(words.next_day) else "same")
    return When(expression, start, end, None, relative=relative)


def _weekday_in(window: tuple[str, str], weekday: int) -> str | None:
    if len(window[0]) != 10 or len(window[1]) != 10:
        return None
    first, last = dt.date.fromisoformat(window[0]), dt.date.fromisoformat(window[1])
    day = first
    while day <= last:
        if day.weekday() == weekday:
            return day.isoformat()
        day += dt.timedelta(days=1)
    return None


def shift(value: str | None, relative: str | None) -> str | None:
    """The date `relative` to an event dated `value`."""
    if value is None or len(value) != 10 or relative is None:
        return None
    day = dt.date.fromisoformat(value)
    return (day + dt.timedelta(days={"before": -1, "after": 1, "same": 0}[relative])).isoformat()
