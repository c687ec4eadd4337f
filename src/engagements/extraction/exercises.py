"""Exercises: named military exercises, their edition, host place, dates, status and participants.

An exercise is named beside exercise vocabulary (extract step); here each distinct name becomes
one event. Its edition is the year written after the name (`Flintlock 2025`, `Phoenix Express 24`)
or the year of its dates; its status compares those dates with the publication date, or reads
the tense (`prévoient d’organiser` is planned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..languages.fr.lexicon import FUTURE_MARKERS, HELD_MARKERS, ONGOING_MARKERS, demonym_country
from ..models.exercise import ExerciseStatus
from . import dates, gazetteer
from .dates import When
from .extract import Extraction, Mention

_FORCES = re.compile(
    r"(?:forces(?: spéciales| navales| armées)?|armées|marines|troupes|homologues|militaires|unités|rangers)"
    r"\s+(?P<adj>[a-zà-ÿ-]+)",
    re.IGNORECASE,
)
"""Participants written as forces of a nationality (`les forces américaines`, `homologues libyens`)."""


@dataclass
class ExerciseEvent:
    """One exercise edition, with the mentions each value was read from."""

    name: str
    mentions: list[Mention]
    edition: int | None = None
    place: Mention | None = None
    place_country: str | None = None
    start: When | None = None
    end: str | None = None
    status: ExerciseStatus = "unknown"
    participants: list[Mention] = field(default_factory=list)


def exercises(extraction: Extraction, published: str | None) -> list[ExerciseEvent]:
    text = extraction.text
    events: dict[str, ExerciseEvent] = {}
    for mention in extraction.exercises:
        event = events.setdefault(mention.text, ExerciseEvent(mention.text, []))
        event.mentions.append(mention)
        year = re.match(r"\s+(?P<y>(?:19|20)\d\d|\d\d)\b", text[mention.end : mention.end + 6])
        if year and event.edition is None:
            value = int(year["y"])
            event.edition = value if value > 99 else 2000 + value
    for event in events.values():
        sentences = sorted({extraction.sentence_of(m.start) for m in event.mentions})
        lowered = " ".join(text[s:e].lower() for s, e in sentences)
        for start, end in sentences:
            _dates(event, text, start, end, published)
            mention = next(m for m in event.mentions if start <= m.start < end)
            located = []
            for place in extraction.places:
                if start <= place.start < end and extraction.located(place):
                    located.append(place)
            _participants(event, extraction, start, end)
            if event.place is None and located:
                # the host place is the one written after the exercise's name, nearest first
                after = [p for p in located if p.start > mention.start]
                event.place = min(after or located, key=lambda p: abs(p.start - mention.end))
        following = [s for s in extraction.sentences if s[0] >= sentences[-1][1]][:1]
        for start, end in following:  # `Le Ghana, le Togo et la France y déploient ...`
            if re.search(r"\by\s", text[start:end]):
                _participants(event, extraction, start, end)
        if event.place:
            event.place_country = gazetteer.place_country(event.place.text, extraction.countries)
        if event.edition is None and event.start and event.start.value:
            event.edition = int(event.start.value[:4])
        event.status = _exercise_status(event, lowered, published)
    result = list(events.values())
    result += _earlier_editions(extraction, result, published)
    return result


_UNTIL = re.compile(r"jusqu[’']a[ux]*\s*$")


def _dates(event: ExerciseEvent, text: str, start: int, end: int, published: str | None) -> None:
    for when in dates.find(text, start, end, published):
        if not when.value or when.relative:
            continue
        until = _UNTIL.search(text[max(0, when.start - 10) : when.start])
        if event.start is None and not until:
            event.start, event.end = when, when.end_value
        elif event.end is None and until:
            event.end = when.value  # `jusqu’au 13 octobre`


def _participants(event: ExerciseEvent, extraction: Extraction, start: int, end: int) -> None:
    """Countries named, and forces written with a nationality (`les forces américaines`)."""
    text = extraction.text
    for place in extraction.places:
        named = start <= place.start < end and gazetteer.country_of_name(place.text)
        if named and not any(p.text == place.text for p in event.participants):
            event.participants.append(place)
    for match in _FORCES.finditer(text, start, end):
        if demonym_country(match["adj"]) and not any(p.text == match.group() for p in event.participants):
            event.participants.append(Mention(match.group(), match.start(), match.end()))


_EARLIER = re.compile(
    r"(?:l[’']|la )(?:édition précédente|précédente édition|dernière édition)", re.IGNORECASE
)


def _earlier_editions(
    extraction: Extraction, found: list[ExerciseEvent], published: str | None
) -> list[ExerciseEvent]:
    """`L’édition précédente s’était tenue en 2022 au large d’Abidjan`: an earlier edition, held."""
    text = extraction.text
    earlier = []
    for match in _EARLIER.finditer(text):
        named = [e for e in found if any(m.start < match.start() for m in e.mentions)]
        start, end = extraction.sentence_of(match.start())
        year = re.search(r"\b(?:19|20)\d\d\b", text[start:end])
        if not named or not year:
            continue
        event = ExerciseEvent(
            named[-1].name,
            [Mention(match.group(), match.start(), match.end())],
            edition=int(year.group()),
            status="held",
        )
        event.start = When(year.group(), start + year.start(), start + year.end(), year.group())
        for place in extraction.places:
            if start <= place.start < end and extraction.located(place):
                event.place = place
                event.place_country = gazetteer.place_country(place.text, extraction.countries)
                break
        if event.edition != named[-1].edition:
            earlier.append(event)
    return earlier


def _exercise_status(event: ExerciseEvent, lowered: str, published: str | None) -> ExerciseStatus:
    if any(m in lowered for m in FUTURE_MARKERS):
        return "planned"
    start = event.start.value if event.start else None
    if event.end is None and any(m in lowered for m in ONGOING_MARKERS):
        return "ongoing"  # `participent depuis lundi`, `coup d’envoi`: under way, end unknown
    if published and start:
        end = event.end or start
        if end[: len(published)] < published[: len(end)]:
            return "held"
        if start[: len(published)] > published[: len(start)]:
            return "planned"
        return "ongoing"
    if any(m in lowered for m in ONGOING_MARKERS):
        return "ongoing"
    if any(m in lowered for m in HELD_MARKERS):
        return "held"
    return "unknown"
