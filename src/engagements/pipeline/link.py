"""Link: mentions of one article -> its persons, organisations, roles, meetings and exercises.

Every linked value keeps the mention it was read from, so the build step can attach evidence.
Rules: a surname alone is the person introduced with it (the first, when several share it;
a near spelling counts); an acronym is the body introduced with it; a position stated in
apposition (`le chef de l’ANL, Khalifa Haftar` / `X, commandant de Y,`) is a role; a sentence
with a meeting verb or noun opens a meeting unless it continues the one before (same people,
no new date or place); people `accompagnés` or `ayant pris part` join the current meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models.exercise import ExerciseStatus
from ..models.meeting import MeetingMode, MeetingStatus
from ..models.organisation import OrganisationKind
from . import dates, gazetteer
from .dates import When
from .extract import Extraction, Mention
from .lexicon import (
    FUTURE_MARKERS,
    HELD_MARKERS,
    MEETING_NOUNS,
    MEETING_VERBS,
    NOT_MEETINGS,
    ONGOING_MARKERS,
    PRESENCE_PHRASES,
    ROLE_HEADS,
    demonym_country,
)

_ROLE_HEAD = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(r) for r in sorted(ROLE_HEADS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_TOPIC = re.compile(
    r"(?:a porté|ont porté|portant|axée?s?|centrée?s?) sur (?P<t>[^.;:]+)"
    r"|pour (?:discuter|parler|débattre) (?:de |d’|des |du )(?P<u>[^.;:]+)"
    r"|(?:évoqué|abordé|examiné|passé en revue)(?: avec [^.;:,]+)? (?P<v>[^.;:]+)",
    re.IGNORECASE,
)
_KINDS: list[tuple[str, OrganisationKind]] = [
    (r"\b(agence|presse|press|news|radio|télévision|journal)\b", "media"),
    (r"\b(ambassade|embassy|consulat)\b", "diplomatic"),
    (
        r"\b(union africaine|nations unies|otan|cedeao|union européenne|commission|communauté)\b",
        "intergovernmental",
    ),
    (
        r"\b(armée|armées|forces?|commandement|état-major|marine|garde|gendarmerie|brigade|zone|unité|régiment)\b",
        "military",
    ),
    (r"\b(gouvernement|ministère|présidence|administration|département|conseil|direction)\b", "government"),
    (r"\b(parti|mouvement)\b", "political"),
    (r"\b(groupe|milice|al-|état islamique|shabaab)\b", "armed_group"),
    (r"\b(institut|centre)\b", "other"),
]


def organisation_kind(name: str) -> OrganisationKind:
    """A first guess of an organisation's kind from the words of its name."""
    for pattern, kind in _KINDS:
        if re.search(pattern, name, re.IGNORECASE):
            return kind
    return "other"


@dataclass
class OrgEntity:
    name: str
    name_mention: Mention | None
    acronym: Mention | None = None
    mentions: list[Mention] = field(default_factory=list)
    kind: OrganisationKind = "other"
    country: str | None = None


@dataclass
class RoleClaim:
    role: Mention
    organisation: int | None = None
    """Index into the article's organisations."""


@dataclass
class PersonEntity:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[Mention] = field(default_factory=list)
    roles: list[RoleClaim] = field(default_factory=list)
    country: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class MeetingEvent:
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


@dataclass
class ExerciseEvent:
    name: str
    mentions: list[Mention]
    edition: int | None = None
    place: Mention | None = None
    place_country: str | None = None
    start: When | None = None
    end: str | None = None
    status: ExerciseStatus = "unknown"
    participants: list[Mention] = field(default_factory=list)


@dataclass
class Linked:
    persons: list[PersonEntity]
    organisations: list[OrgEntity]
    meetings: list[MeetingEvent]
    exercises: list[ExerciseEvent]


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _same_name(a: str, b: str) -> bool:
    """Equal, or a spelling variant of a long name (`Chanegriha` / `Chengriha`)."""
    a, b = gazetteer.key(a), gazetteer.key(b)
    return a == b or (min(len(a), len(b)) >= 6 and a[0] == b[0] and _distance(a, b) <= 2)


def link(extraction: Extraction, published: str | None, publisher: str | None) -> Linked:
    organisations = _organisations(extraction, publisher)
    persons = _persons(extraction)
    _roles(extraction, persons, organisations)
    meetings = _meetings(extraction, persons, organisations, published)
    exercises = _exercises(extraction, published)
    return Linked(persons, organisations, meetings, exercises)


# ---------------------------------------------------------------- persons


def _persons(extraction: Extraction) -> list[PersonEntity]:
    persons: list[PersonEntity] = []
    singles = []
    for mention in extraction.persons:
        if " " not in mention.full_name:
            singles.append(mention)
            continue
        # Same first name, and the same surname or a spelling variant of it; `Khalid` is not `Khalifa`.
        first, surname = mention.full_name.split()[0], mention.full_name.split()[-1]
        person = next(
            (
                p
                for p in persons
                if gazetteer.key(p.name.split()[0]) == gazetteer.key(first) and _same_name(p.surname, surname)
            ),
            None,
        )
        if person is None:
            person = PersonEntity(mention.full_name)
            persons.append(person)
        elif len(mention.full_name) > len(person.name) and mention.full_name == mention.name.text:
            person.name = mention.full_name
        person.mentions.append(mention.name)
        if mention.title:
            person.titles.append(mention.title)
    for mention in singles:
        word = mention.name.text
        person = next((p for p in persons if _same_name(p.surname, word) or p.name.split()[0] == word), None)
        if person is None:
            person = PersonEntity(word)
            persons.append(person)
        person.mentions.append(mention.name)
        if mention.title:
            person.titles.append(mention.title)
    return persons


def person_at(persons: list[PersonEntity], start: int) -> int | None:
    for index, person in enumerate(persons):
        if any(m.start == start for m in person.mentions):
            return index
    return None


# ---------------------------------------------------------------- organisations


def _canonical(name: str) -> str:
    return name[:1].upper() + name[1:]


def _organisations(extraction: Extraction, publisher: str | None) -> list[OrgEntity]:
    entities: list[OrgEntity] = []
    by_acronym: dict[str, OrgEntity] = {}
    ordered = sorted(extraction.organisations, key=lambda o: (o.acronym is None, o.name.start))
    for org in ordered:
        name = org.name.text
        entity = None
        if org.acronym:
            entity = by_acronym.get(org.acronym.text.casefold())
        if (entity is None and name.isupper()) or (entity is None and name.casefold() in by_acronym):
            entity = by_acronym.get(name.casefold())
        if entity is None:
            entity = next((e for e in entities if gazetteer.key(e.name) == gazetteer.key(name)), None)
        if entity is None:
            entity = next(
                (
                    e
                    for e in entities
                    if len(name.split()) == 1
                    and e.name.split()[0].casefold() == name.casefold()
                    and len(e.name.split()) > 1
                ),
                None,
            )
        if entity is None and publisher and name in publisher and name != publisher:
            continue
        if entity is None:
            entity = OrgEntity(_canonical(name), org.name, kind=organisation_kind(name))
            entities.append(entity)
        if org.acronym and entity.acronym is None:
            entity.acronym = org.acronym
            by_acronym[org.acronym.text.casefold()] = entity
            entity.mentions.append(org.acronym)
        if name.isupper() and entity.acronym is None and len(name) <= 12:
            entity.acronym = org.name
            by_acronym[name.casefold()] = entity
        entity.mentions.append(org.name)
    for use in extraction.acronym_uses:
        entity = by_acronym.get(use.text.casefold())
        if entity:
            entity.mentions.append(use)
    if publisher and not any(
        gazetteer.key(e.name) == gazetteer.key(publisher) or (e.acronym and e.acronym.text == publisher)
        for e in entities
    ):
        entities.append(OrgEntity(publisher, None, kind="media"))
    for entity in entities:
        if publisher and (entity.name == publisher or (entity.acronym and entity.acronym.text == publisher)):
            entity.kind = "media"
        entity.country = _country_in(entity.name)
    return entities


def _country_in(phrase: str) -> str | None:
    """The country a name states: a nationality adjective or `des États-Unis`, `de Libye`."""
    for word in re.findall(r"[\w’'-]+", phrase):
        country = demonym_country(word)
        if country:
            return country
    match = re.search(
        r"\b(?:des|du|de la|de l’|de|d’|en|au|aux)\s*([A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+)?)", phrase
    )
    if match:
        return gazetteer.country_of_name(match.group(1))
    return None


def org_at(organisations: list[OrgEntity], start: int, end: int) -> int | None:
    for index, entity in enumerate(organisations):
        if any(start <= m.start and m.end <= end for m in entity.mentions):
            return index
    return None


# ---------------------------------------------------------------- roles


def _roles(extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity]) -> None:
    text = extraction.text
    for person in persons:
        for mention in person.mentions:
            sent_start, sent_end = _sentence_of(extraction, mention.start)
            for phrase in (_role_before(text, sent_start, mention), _role_after(text, sent_end, mention)):
                if phrase is None:
                    continue
                for claim in _split_role(text, phrase, organisations):
                    if not any(c.role.text == claim.role.text for c in person.roles):
                        person.roles.append(claim)
        if person.country is None:
            person.country = next(
                (
                    organisations[c.organisation].country
                    for c in person.roles
                    if c.organisation is not None and organisations[c.organisation].country
                ),
                None,
            )
        if person.country is None:
            person.country = next(
                (_country_in(c.role.text) for c in person.roles if _country_in(c.role.text)), None
            )


def _sentence_of(extraction: Extraction, offset: int) -> tuple[int, int]:
    for start, end in extraction.sentences:
        if start <= offset < end:
            return start, end
    return 0, len(extraction.text)


def _role_before(text: str, sent_start: int, mention: Mention) -> Mention | None:
    """`le chef de l’ANL, [le maréchal] X`: the phrase before the comma that precedes the name."""
    window = text[sent_start : mention.start]
    match = re.search(r",\s*(?:(?:le|la|l’|l')\s*)?(?:[\w’'-]+(?:\s[\w’'-]+){0,3}\s*,?\s*)?$", window)
    if not match or "," not in window:
        return None
    comma = sent_start + window.rindex(",", 0, match.start() + 1)
    heads = list(_ROLE_HEAD.finditer(text, sent_start, comma))
    if not heads:
        return None
    head = heads[-1]
    for earlier in reversed(heads[:-1]):  # `Premier ministre et ministre de ...`: a coordinated position
        if re.fullmatch(r"\s+et\s+", text[earlier.end() : head.start()]):
            head = earlier
    # the phrase must not run over another person's name or a verb-like gap: keep it short
    if comma - head.start() > 160 or "," in text[head.start() : comma].replace("),", ")"):
        return None
    return Mention(text[head.start() : comma], head.start(), comma)


def _role_after(text: str, sent_end: int, mention: Mention) -> Mention | None:
    """`X, commandant du Commandement ... (AFRICOM),`: the apposition after the name."""
    match = re.match(r",\s*", text[mention.end : sent_end])
    if not match:
        return None
    start = mention.end + match.end()
    head = _ROLE_HEAD.match(text, start)
    if not head:
        return None
    stop = len(text)
    for sep in (",", ".", ";", "\n"):
        found = text.find(sep, start, sent_end)
        if found != -1:
            stop = min(stop, found)
    end = min(stop, sent_end)
    return (
        Mention(text[start:end].rstrip(), start, start + len(text[start:end].rstrip()))
        if end > start
        else None
    )


def _split_role(text: str, phrase: Mention, organisations: list[OrgEntity]) -> list[RoleClaim]:
    """`Premier ministre et ministre de la Défense du GUN` -> two roles, both of the GUN."""
    org = org_at(organisations, phrase.start, phrase.end)
    role_end = phrase.end
    if org is not None:
        first = min(m.start for m in organisations[org].mentions if phrase.start <= m.start < phrase.end)
        prep = re.search(
            r"\s*(?:de la|de l’|de l'|du|des|de|d’|d'|auprès du|auprès de la)\s*$", text[phrase.start : first]
        )
        role_end = phrase.start + (prep.start() if prep else first - phrase.start)
    role_text = text[phrase.start : role_end].rstrip(" ,")
    role_text = re.sub(r"\s*\([^)]*\)$", "", role_text)
    claims = []
    offset = phrase.start
    for part in re.split(r"\s+et\s+", role_text):
        start = text.index(part, offset)
        offset = start + len(part)
        if part and _ROLE_HEAD.match(part):
            claims.append(RoleClaim(Mention(part, start, start + len(part)), org))
    return claims


# ---------------------------------------------------------------- meetings


def _sentence_persons(
    extraction: Extraction, persons: list[PersonEntity], start: int, end: int
) -> list[tuple[int, Mention]]:
    found = []
    for index, person in enumerate(persons):
        for mention in person.mentions:
            if start <= mention.start < end:
                found.append((index, mention))
    return sorted(found, key=lambda f: f[1].start)


def _trigger(extraction: Extraction, start: int, end: int) -> Mention | None:
    span = extraction.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    lowered = extraction.text[start:end].lower()
    if any(word in lowered for word in NOT_MEETINGS) and not any(t.lemma_ in MEETING_VERBS for t in span):
        return None
    for token in span:
        if (
            token.lemma_.lower() in MEETING_VERBS
            or token.lower_ in MEETING_NOUNS
            or token.lower_ in ("reçu", "reçue")
        ):
            return Mention(token.text, token.idx, token.idx + len(token.text))
    return None


def _host(extraction: Extraction, trigger: Mention, people: list[tuple[int, Mention]]) -> int | None:
    token = next((t for t in extraction.doc if t.idx == trigger.start), None)
    if token is None or token.lemma_.lower() not in ("recevoir", "accueillir", "receive", "host"):
        return None
    passive = any(child.dep_ in ("aux:pass", "obl:agent") for child in token.children)
    for child in token.children:
        wanted = "obl:agent" if passive else "nsubj"
        if child.dep_.startswith(wanted):
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            for index, mention in people:
                if lo <= mention.start < hi:
                    return index
    if not passive:
        before = [index for index, mention in people if mention.start < trigger.start]
        if before:
            return before[0]
    return None


def _meetings(
    extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity], published: str | None
) -> list[MeetingEvent]:
    text = extraction.text
    title_end = text.find("\n")
    meetings: list[MeetingEvent] = []
    current: MeetingEvent | None = None
    for number, (start, end) in enumerate(extraction.sentences):
        if start < title_end:
            continue
        sentence = text[start:end]
        people = _sentence_persons(extraction, persons, start, end)
        trigger = _trigger(extraction, start, end)
        whens = [w for w in dates.find(text, start, end, published)]
        places = [p for p in extraction.places if start <= p.start < end]
        presence = any(p in sentence.lower() for p in PRESENCE_PHRASES)
        if current is not None and presence and people and not any(w.relative for w in whens):
            current.sentences.append(number)
            _absorb(current, people, [], [], extraction)
        elif trigger and (people or "délégation" in sentence.lower()):
            continues = (
                current is not None
                and not any(w.relative for w in whens)
                and ({i for i, _ in people} <= {i for i, _ in current.participants} or not people)
                and not (
                    places
                    and current.place
                    and places[0].text != current.place.text
                    and gazetteer.country_of_name(places[0].text) is None
                )
            )
            if continues and current is not None:
                current.sentences.append(number)
                _absorb(current, people, places, whens, extraction)
                if current.host is None:
                    current.host = _host(extraction, trigger, people)
                continue
            current = MeetingEvent([number], trigger)
            if "délégation" in sentence.lower() and meetings:
                for index in _visitors(meetings[-1]):
                    current.participants.append((index, meetings[-1].participants[0][1]))
            _absorb(current, people, places, whens, extraction)
            current.host = _host(extraction, trigger, people)
            lowered = sentence.lower()
            if any(m in lowered for m in FUTURE_MARKERS):
                current.status = "planned"
            if "visite" in lowered or "rendu" in lowered:
                current.mode = "visit"
            if "téléphon" in lowered:
                current.mode = "phone"
            meetings.append(current)
        elif current is not None and trigger is None and not people:
            # a sentence about what was discussed still belongs to the meeting
            _topics(current, extraction, start, end)
    previous_date: str | None = None
    for meeting in meetings:
        if meeting.when and meeting.when.relative:
            meeting.date = dates.shift(previous_date, meeting.when.relative)
        elif meeting.when:
            meeting.date = meeting.when.value
        previous_date = meeting.date or previous_date
        _finish(meeting, extraction, persons, organisations)
    return [m for m in meetings if len({i for i, _ in m.participants}) + len(m.organisations) >= 2]


def _visitors(meeting: MeetingEvent) -> list[int]:
    return [index for index, _ in meeting.participants if index != meeting.host][:1]


def _absorb(
    meeting: MeetingEvent,
    people: list[tuple[int, Mention]],
    places: list[Mention],
    whens: list[When],
    extraction: Extraction,
) -> None:
    for index, mention in people:
        if index not in {i for i, _ in meeting.participants}:
            meeting.participants.append((index, mention))
    if meeting.when is None and whens:
        meeting.when = whens[0]
    if meeting.place is None:
        for place in places:
            before = extraction.text[max(0, place.start - 12) : place.start].lower()
            if "près de" in before or "proche de" in before or not _LOCATIVE.search(before):
                continue
            if gazetteer.country_of_name(place.text) and any(
                not gazetteer.country_of_name(p.text) for p in places
            ):
                continue
            meeting.place = place
            break


_LOCATIVE = re.compile(
    r"(?:\b(?:à|au|aux|en|de|d’|d'|dans|vers|sur)\s*|\b(?:palais|siège|quartier général)\s+(?:de\s+|d’)?)$"
)
"""A place name that follows one of these is where something happens, not a metonym subject."""


def _topics(meeting: MeetingEvent, extraction: Extraction, start: int, end: int) -> None:
    for match in _TOPIC.finditer(extraction.text, start, end):
        group = next(g for g in ("t", "u", "v") if match.group(g))
        s, e = match.start(group), match.end(group)
        piece = extraction.text[s:e]
        cut = re.search(r",| avec un accent| ainsi que| dans un contexte| alors que", piece)
        if cut:
            e = s + cut.start()
        topic = extraction.text[s:e].strip()
        if topic and len(topic.split()) <= 14:
            meeting.topics.append(Mention(topic, s, s + len(topic)))


def _finish(
    meeting: MeetingEvent, extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity]
) -> None:
    first = extraction.sentences[meeting.sentences[0]]
    _topics(meeting, extraction, *first)
    if meeting.place:
        meeting.place_country = gazetteer.place_country(meeting.place.text, extraction.countries)
        if meeting.place_country is None:  # a small place: the country of a place named beside it
            start, end = _sentence_of(extraction, meeting.place.start)
            nearby = [
                gazetteer.place_country(p.text, extraction.countries)
                for p in extraction.places
                if start <= p.start < end and p is not meeting.place
            ]
            meeting.place_country = next((c for c in nearby if c), None)
    seen = set()
    for number in meeting.sentences:
        start, end = extraction.sentences[number]
        for index, entity in enumerate(organisations):
            for mention in entity.mentions:
                if start <= mention.start < end and index not in seen:
                    seen.add(index)
                    meeting.organisations.append((index, mention))
    for index, _ in meeting.participants:
        for claim in persons[index].roles:
            if claim.organisation is not None and claim.organisation not in seen:
                seen.add(claim.organisation)
                meeting.organisations.append((claim.organisation, claim.role))
    if meeting.host is None and meeting.place_country:
        local = [i for i, _ in meeting.participants if persons[i].country == meeting.place_country]
        if len(local) == 1:
            meeting.host = local[0]


# ---------------------------------------------------------------- exercises


def _exercises(extraction: Extraction, published: str | None) -> list[ExerciseEvent]:
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
        sentences = sorted({_sentence_of(extraction, m.start) for m in event.mentions})
        lowered = " ".join(text[s:e].lower() for s, e in sentences)
        for start, end in sentences:
            for when in dates.find(text, start, end, published):
                if event.start is None and when.value and not when.relative:
                    event.start, event.end = when, when.end_value
            for place in extraction.places:
                if start <= place.start < end:
                    before = text[max(0, place.start - 5) : place.start].lower()
                    country = gazetteer.country_of_name(place.text)
                    if event.place is None and re.search(r"\b(à|en|au|aux|dans|de)\s*$", before):
                        event.place = place
                    if country and not any(p.text == place.text for p in event.participants):
                        event.participants.append(place)
        if event.place:
            event.place_country = gazetteer.place_country(event.place.text, extraction.countries)
        if event.edition is None and event.start and event.start.value:
            event.edition = int(event.start.value[:4])
        event.status = _exercise_status(event, lowered, published)
    return list(events.values())


def _exercise_status(event: ExerciseEvent, lowered: str, published: str | None) -> ExerciseStatus:
    if any(m in lowered for m in FUTURE_MARKERS):
        return "planned"
    start = event.start.value if event.start else None
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
