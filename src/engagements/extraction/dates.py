"""Date expressions as written (`mardi`, `la veille`, `le 17 septembre`, `en avril 2026`) -> partial dates.

A weekday resolves to the most recent such day on or before the publication date; `la veille` and
`le lendemain` resolve against the date of the event reported before; without an anchor the value
stays unknown and the expression is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..languages.fr.lexicon import WEEKDAYS
from ..pipeline.parse import MONTHS

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?!\w)"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + r")(?!\w)"
EXPRESSIONS = re.compile(
    rf"(?<!\w)(?:(?P<full>(?:(?:ce |le )?(?P<wd>{_WEEKDAY}) )?(?:le )?(?P<d>\d{{1,2}})(?:er)? "
    rf"(?P<m>{_MONTH})\.?(?: (?P<y>\d{{4}}))?)"
    rf"|(?P<range>du (?P<d1>\d{{1,2}})(?:er)?(?: (?P<m1>{_MONTH}))? au (?P<d2>\d{{1,2}})(?:er)? "
    rf"(?P<m2>{_MONTH})(?: (?P<y2>\d{{4}}))?)"
    rf"|(?P<month>(?:(?:en|fin|début|mi-|courant) )?(?P<mm>{_MONTH})(?: (?P<my>\d{{4}}))?)"
    rf"|(?P<rel>la veille|le lendemain|le même jour|le jour même|quelques heures plus tôt|(?:avant-)?hier)"
    rf"|(?P<weekday>(?:ce |le |la )?(?P<w>{_WEEKDAY})(?: (?:dernier|passé|prochain))?))",
    re.IGNORECASE,
)


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


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


def find(text: str, start: int, end: int, published: str | None) -> list[When]:
    """Date expressions in text[start:end], resolved as far as the publication date allows."""
    anchor = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    year = int(published[:4]) if published else None
    found = []
    for match in EXPRESSIONS.finditer(text, start, end):
        if match["full"] and match["m"]:
            y = int(match["y"]) if match["y"] else year
            found.append(
                When(
                    match.group(),
                    match.start(),
                    match.end(),
                    _iso(y, MONTHS[match["m"].lower().rstrip(".")], int(match["d"])),
                )
            )
        elif match["range"]:
            m2 = MONTHS[match["m2"].lower()]
            m1 = MONTHS[match["m1"].lower()] if match["m1"] else m2
            y = int(match["y2"]) if match["y2"] else year
            found.append(
                When(
                    match.group(),
                    match.start(),
                    match.end(),
                    _iso(y, m1, int(match["d1"])),
                    _iso(y, m2, int(match["d2"])),
                )
            )
        elif match["month"]:
            y = int(match["my"]) if match["my"] else year
            found.append(
                When(match.group(), match.start(), match.end(), _iso(y, MONTHS[match["mm"].lower()], None))
            )
        elif match["rel"]:
            word = match["rel"].lower()
            relative: str | None = (
                "before"
                if word in ("la veille", "hier", "avant-hier")
                else ("after" if word == "le lendemain" else "same")
            )
            value: str | None = None
            if anchor and word in ("hier", "avant-hier"):
                value = (anchor - dt.timedelta(days=1 if word == "hier" else 2)).isoformat()
                relative = None
            found.append(When(match.group(), match.start(), match.end(), value, relative=relative))
        elif match["weekday"]:
            value = None
            if anchor and "prochain" not in match.group().lower():
                back = (anchor.weekday() - WEEKDAYS[match["w"].lower()]) % 7
                value = (anchor - dt.timedelta(days=back)).isoformat()
            found.append(When(match.group(), match.start(), match.end(), value))
    return found


def shift(value: str | None, relative: str | None) -> str | None:
    """The date `relative` to an event dated `value`."""
    if value is None or len(value) != 10 or relative is None:
        return None
    day = dt.date.fromisoformat(value)
    return (day + dt.timedelta(days={"before": -1, "after": 1, "same": 0}[relative])).isoformat()
