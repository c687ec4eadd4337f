"""Meetings: which encounters an article reports, who took part, who hosted, where and when.

Read sentence by sentence (the headline excluded):
- a visit announced with its visitor (`X a débuté mardi une visite ... au Sénégal`) sets the
  context: later meetings inherit its date and place, and `son visiteur` is that visitor;
- a sentence with a meeting verb or noun and people opens a meeting, unless it continues the
  current one (shared people, no new date, place or `ensuite`);
- `accompagné de`, `en présence de`, `ont pris part` add people to the current meeting;
- `la réunion`, `cette visite`, `l’audience` talk about the current meeting (topics only);
- `une réunion organisée à Kolda` with nobody named is a meeting known by its place;
- people merely cited (`sur instructions du roi`) are not participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..languages.fr.lexicon import (
    FUTURE_MARKERS,
    MEETING_NOUNS,
    MEETING_VERBS,
    NOT_MEETINGS,
    PRESENCE_PHRASES,
)
from ..models.meeting import MeetingMode, MeetingStatus
from . import anaphora, dates, gazetteer
from .dates import When
from .entities import OrgEntity, PersonEntity
from .extract import Extraction, Mention

VISIT_NOUNS = frozenset({"visite", "déplacement", "tournée", "séjour"})
VISIT_VERBS = frozenset({"arriver", "atterrir", "débarquer"})
NEW_EVENT_WORDS = ("ensuite", "puis ", "plus tard", "par la suite")
_CITED = re.compile(
    r"(?:instructions|au nom|de la part|message|lettre|mort|décès|successeur|condoléances|patron)"
    r"\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_DATELINE_DATE = re.compile(r"\s*\([A-Z]{2,6}\)\s*[—–-]")
"""`Nouakchott, 8 mars 2024 (AMI) –`: the dateline's date is the publication's, not an event's."""
_DEFINITE = re.compile(r"\b(?:ce|cette|cet|ces|la|l’|l'|les|leur|leurs|ses|sa|son)\s*$", re.IGNORECASE)
_TOPIC = re.compile(
    r"(?:a porté|ont porté|portant|axée?s?|centrée?s?) sur (?P<t>[^.;:]+)"
    r"|pour (?:discuter|parler|débattre) (?:de |d’|des |du )(?P<u>[^.;:]+)"
    r"|(?:évoqué|abordé|examiné|passé en revue)(?: avec [^.;:,]+)? (?P<v>[^.;:]+)",
    re.IGNORECASE,
)


@dataclass
class MeetingEvent:
    """One encounter, with the mentions each value was read from."""

    sentences: list[int]
    trigger: Mention
    participants: list[tuple[int, Mention]] = field(default_factory=list)
    organisations: list[tuple[int, Mention]] = field(default_factory=list)
    host: int | None = None
    place: Mention | None = None
    place_country: str | None = None
    when: When | None = None
    date: str | None = None
    status: MeetingStatus = "held"
    mode: MeetingMode = "in_person"
    topics: list[Mention] = field(default_factory=list)
    visitor: int | None = None
    """The visiting party carried over from the visit or the meeting before (`la délégation`)."""
    context: Visit | None = None
    """The visit being reported when the meeting was read."""
    inherits: bool = True
    """Whether a missing date or place comes from the visit being reported."""


@dataclass
class Visit:
    """The visit an article is about: who visits, when, where."""

    visitor: int
    when: When | None
    place: Mention | None


def _named(
    persons: list[PersonEntity], extraction: Extraction, start: int, end: int
) -> list[tuple[int, Mention]]:
    found = []
    for index, person in enumerate(persons):
        for mention in person.mentions:
            if start <= mention.start < end and not _CITED.search(
                extraction.text[max(start, mention.start - 60) : mention.start]
            ):
                found.append((index, mention))
    return sorted(found, key=lambda f: f[1].start)


def _trigger(extraction: Extraction, start: int, end: int) -> Mention | None:
    span = extraction.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lowered = extraction.text[start:end].lower()
    verbs = [t for t in span if t.lemma_.lower() in MEETING_VERBS or t.lower_ in ("reçu", "reçue", "reçus")]
    if any(word in lowered for word in NOT_MEETINGS) and not verbs:
        return None
    for token in span:
        if token in verbs or token.lower_ in MEETING_NOUNS or token.lower_ in VISIT_NOUNS:
            return Mention(token.text, token.idx, token.idx + len(token.text))
    return None


def _host(extraction: Extraction, trigger: Mention, people: list[tuple[int, Mention]]) -> int | None:
    """The receiving side: subject of `recevoir`/`rencontrer`, agent of `être reçu par`."""
    token = next((t for t in extraction.doc if t.idx == trigger.start), None)
    if token is None or token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    passive = any(child.dep_ in ("aux:pass", "obl:agent") for child in token.children) or (
        token.lower_.startswith("reçu") and "par" in extraction.text[trigger.end : trigger.end + 60]
    )
    for child in token.children:
        if child.dep_.startswith("obl:agent" if passive else "nsubj"):
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            for index, mention in people:
                if lo <= mention.start < hi:
                    return index
    if passive:
        after = [index for index, mention in people if mention.start > trigger.end]
        return after[0] if after else None
    before = [index for index, mention in people if mention.start < trigger.start]
    return before[0] if before else None


def meetings(
    extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity], published: str | None
) -> list[MeetingEvent]:
    text = extraction.text
    title_end = text.find("\n") if "\n" in text else len(text)
    named_all = _named(persons, extraction, 0, len(text))
    found: list[MeetingEvent] = []
    current: MeetingEvent | None = None
    visit: Visit | None = None
    for number, (start, end) in enumerate(extraction.sentences):
        if start < title_end:
            continue
        lowered = text[start:end].lower()
        named = _named(persons, extraction, start, end)
        visitor = visit.visitor if visit else _visitor(current)
        references = anaphora.resolve(
            extraction, start, end, named, [n for n in named_all if n[1].start < end], visitor, persons
        )
        people = sorted(named + [(r.person, r.mention) for r in references], key=lambda p: p[1].start)
        people = [p for i, p in enumerate(people) if p[0] not in {q[0] for q in people[:i]}]
        trigger = _trigger(extraction, start, end)
        whens = [w for w in dates.find(text, start, end, published) if not _DATELINE_DATE.match(text, w.end)]
        places = _locative_places(extraction, start, end)
        if not places and re.search(r"\by\s+(?:avait|avaient|a|ont|était|est|sont)\b", lowered):
            places = _previous_places(extraction, start)
        planned = any(m in lowered for m in FUTURE_MARKERS)
        other_date = (
            current is not None
            and current.when is not None
            and any(w.value and current.when.value and w.value != current.when.value for w in whens)
        )
        new_event = (
            any(w.relative for w in whens)
            or any(w in lowered for w in NEW_EVENT_WORDS)
            or (current is not None and planned != (current.status == "planned"))
            or other_date
        )
        if trigger and re.search(
            r"\by\s+(?:\w+\s+){0,2}$", text[max(start, trigger.start - 20) : trigger.start]
        ):
            places = _previous_places(extraction, start)  # `y avait rencontré`: there, the place just named
        presence = any(p in lowered for p in PRESENCE_PHRASES)
        definite = (
            trigger is not None
            and trigger.text.lower() in MEETING_NOUNS | VISIT_NOUNS
            and bool(_DEFINITE.search(text[max(start, trigger.start - 8) : trigger.start]))
        )
        announces_visit = (trigger is not None and trigger.text.lower() in VISIT_NOUNS) or (
            trigger is None and _arrives(extraction, start, end)
        )
        if current is not None and presence and people and not new_event:
            current.sentences.append(number)
            _absorb(current, people, [], [])
        elif announces_visit and len({p[0] for p in people}) == 1 and not definite:
            visit = Visit(people[0][0], whens[0] if whens else None, places[0] if places else None)
        elif definite:
            # `la réunion a porté sur`, `ce déplacement intervient`: about a meeting already read
            if current is not None:
                current.sentences.append(number)
        elif trigger and people:
            if current is not None and not new_event and _continues(current, people, places):
                current.sentences.append(number)
                _absorb(current, people, places, whens)
                if current.host is None:
                    current.host = _host(extraction, trigger, people)
                continue
            current = MeetingEvent([number], trigger, context=visit)
            if "délégation" in lowered and visitor is not None and visitor not in {p[0] for p in people}:
                current.participants.append((visitor, people[0][1]))
                current.visitor = visitor
            _absorb(current, people, places, whens)
            current.host = _host(extraction, trigger, people)
            if planned:
                current.status, current.inherits = "planned", False
            if "visite" in lowered or "rendu" in lowered:
                current.mode = "visit"
            if "téléphon" in lowered:
                current.mode = "phone"
            found.append(current)
        elif trigger and not people and trigger.text.lower() in MEETING_NOUNS:
            found += _place_only(extraction, number, trigger, places, whens)
        elif current is not None and trigger is None:
            _topics(current, extraction, start, end)  # `Les discussions ont également abordé ...`
    _dates_and_places(found)
    for meeting in found:
        _finish(meeting, extraction, persons, organisations)
    return [m for m in found if m.participants or m.place]


def _arrives(extraction: Extraction, start: int, end: int) -> bool:
    """`X est arrivé mardi en Russie`: an arrival announces a visit."""
    span = extraction.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in VISIT_VERBS for t in span)


def _visitor(meeting: MeetingEvent | None) -> int | None:
    if meeting is None:
        return None
    return next((index for index, _ in meeting.participants if index != meeting.host), None)


def _continues(meeting: MeetingEvent, people: list[tuple[int, Mention]], places: list[Mention]) -> bool:
    shared = {p[0] for p in people} & {p[0] for p in meeting.participants}
    conflict = bool(
        places
        and meeting.place
        and places[0].text != meeting.place.text
        and not gazetteer.country_of_name(places[0].text)
    )
    return bool(shared) and not conflict


def _locative_places(extraction: Extraction, start: int, end: int) -> list[Mention]:
    text = extraction.text
    result = []
    for place in extraction.places:
        if not start <= place.start < end:
            continue
        before = text[max(0, place.start - 14) : place.start].lower()
        if (
            "près de" in before
            or "proche de" in before
            or not (extraction.located(place) or (" " in place.text and place.text[0].islower()))
        ):
            continue
        result.append(place)
    cities = [p for p in result if not gazetteer.country_of_name(p.text)]
    return cities + [p for p in result if p not in cities]


def _previous_places(extraction: Extraction, start: int) -> list[Mention]:
    earlier = [p for p in extraction.places if p.start < start and not gazetteer.country_of_name(p.text)]
    return earlier[-1:]


def _absorb(
    meeting: MeetingEvent, people: list[tuple[int, Mention]], places: list[Mention], whens: list[When]
) -> None:
    for index, mention in people:
        if index not in {i for i, _ in meeting.participants}:
            meeting.participants.append((index, mention))
    if meeting.when is None and whens:
        # the most complete expression: `ce mardi 14 novembre 2023` over a dateline's `14 nov`
        meeting.when = max(whens, key=lambda w: (w.value is not None, len(w.value or ""), -w.start))
    if meeting.place is None and places:
        meeting.place = places[0]


def _place_only(
    extraction: Extraction, number: int, trigger: Mention, places: list[Mention], whens: list[When]
) -> list[MeetingEvent]:
    """`une réunion organisée à Kolda ... des rencontres tenues à Ziguinchor en janvier`: one per place."""
    result = []
    for place in places:
        if gazetteer.country_of_name(place.text):
            continue
        event = MeetingEvent([number], trigger, place=place, inherits=False)
        if whens:
            event.when = min(
                whens,
                key=lambda w: (
                    abs(w.start - place.end) if w.start >= place.end else 2 * abs(place.start - w.end)
                ),
            )
        result.append(event)
    return result


def _dates_and_places(found: list[MeetingEvent]) -> None:
    """Relative dates from the meeting before; held meetings inherit their visit's date and place."""
    previous: str | None = None
    before: MeetingEvent | None = None
    for meeting in found:
        visit = meeting.context
        if meeting.when and meeting.when.relative:
            meeting.date = dates.shift(previous, meeting.when.relative)
        elif meeting.when:
            meeting.date = meeting.when.value
        elif meeting.inherits and meeting.status == "held" and visit and visit.when:
            meeting.date, meeting.when = visit.when.value, visit.when
        if meeting.place is None and meeting.inherits and visit and visit.place:
            meeting.place = visit.place
        if (
            meeting.place is None
            and meeting.inherits
            and before is not None
            and before.place is not None
            and gazetteer.is_place(before.place.text)  # a city carries over; a building does not
            and ({i for i, _ in meeting.participants} & {i for i, _ in before.participants})
        ):
            meeting.place = before.place  # the same visit goes on: `le lendemain, il a été reçu par ...`
        previous = meeting.date or previous
        before = meeting


def _topics(meeting: MeetingEvent, extraction: Extraction, start: int, end: int) -> None:
    for match in _TOPIC.finditer(extraction.text, start, end):
        group = next(g for g in ("t", "u", "v") if match.group(g))
        s, e = match.start(group), match.end(group)
        cut = re.search(r",| avec un accent| ainsi que| dans un contexte| alors que", extraction.text[s:e])
        if cut:
            e = s + cut.start()
        topic = extraction.text[s:e].strip()
        if topic and len(topic.split()) <= 14 and topic not in {t.text for t in meeting.topics}:
            meeting.topics.append(Mention(topic, s, s + len(topic)))


def _finish(
    meeting: MeetingEvent, extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity]
) -> None:
    for number in meeting.sentences:
        _topics(meeting, extraction, *extraction.sentences[number])
    if meeting.place:
        meeting.place_country = gazetteer.place_country(meeting.place.text, extraction.countries)
        if meeting.place_country is None:  # a small place: the country of a place named beside it
            start, end = extraction.sentence_of(meeting.place.start)
            nearby = [
                gazetteer.place_country(p.text, extraction.countries)
                for p in extraction.places
                if start <= p.start < end and p is not meeting.place
            ]
            meeting.place_country = next((c for c in nearby if c), None)
    seen: set[int] = set()
    if meeting.participants:
        for number in meeting.sentences:
            start, end = extraction.sentences[number]
            for index, entity in enumerate(organisations):
                for mention in entity.mentions:
                    if start <= mention.start < end and index not in seen and entity.kind != "media":
                        seen.add(index)
                        meeting.organisations.append((index, mention))
    for index, _ in meeting.participants:
        for claim in persons[index].roles:
            if claim.organisation is not None and claim.organisation not in seen:
                seen.add(claim.organisation)
                meeting.organisations.append((claim.organisation, claim.role))
    if meeting.host is None and meeting.visitor is not None:
        # `la délégation de X s’est rendue à Tripoli pour s’entretenir avec Y`: Y receives
        meeting.host = next((i for i, _ in meeting.participants if i != meeting.visitor), None)
    if meeting.place_country and meeting.host is not None and persons[meeting.host].country is None:
        persons[meeting.host].country = meeting.place_country  # a host receives at home
    if meeting.place_country:
        local = [i for i, _ in meeting.participants if persons[i].country == meeting.place_country]
        host_country = persons[meeting.host].country if meeting.host is not None else None
        if len(local) == 1 and host_country != meeting.place_country:
            meeting.host = local[0]
        elif host_country is not None and host_country != meeting.place_country:
            # a visitor from abroad does not receive: the one participant not known to be foreign does
            others = [i for i, _ in meeting.participants if i != meeting.host and persons[i].country is None]
            if len(others) == 1 and len(meeting.participants) == 2:
                meeting.host = others[0]
                persons[others[0]].country = meeting.place_country
