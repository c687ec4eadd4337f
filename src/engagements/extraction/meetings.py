"""Meetings: which encounters an article reports, who took part, who hosted, where and when.

Read clause by clause (`clauses.py`), the headline included (weaker evidence: a headline-only
encounter stands, but a body encounter it repeats absorbs it):
- a clause with a trigger of meeting, receiving, calling or signing and two parties (named, or
  one named and one described: `son homologue chinois`, `les autorités émiriennes`) reports an
  encounter; a conference with a named participant is one too (`mode` multilateral);
- it continues the encounter just read when it names no one new and states no other date or
  place, or when it refers back to it (`l’audience`, `the meeting`); a clause that only adds
  people (`en présence de`, `accompanied by`) adds them to it;
- an announced visit (`X se rend aux Émirats`, `Whitcombe's first stop was Nairobi`) sets who
  visits, where and when; the encounters read during it inherit its place and date, and the
  local official visited is their host;
- a date heading (`Jeudi 14 mars`) dates what follows it, in an agenda;
- `en marge de <conférence>` adds the conference itself as a second encounter of the same people;
- `une réunion … s’est tenue à Tindouf` with nobody named is an encounter known by its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from ..languages.base import Language, alternation
from ..models.meeting import MeetingMode, MeetingStatus
from . import dates, gazetteer
from .clauses import Clause, Unnamed, located_places, patterns, read_clauses, written_plural
from .dates import When
from .entities import OrgEntity, PersonEntity
from .mentions import Extraction, Mention
from .places import place_rank


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
    context: Visit | None = None
    """The visit being reported when the meeting was read."""
    inherits: bool = True
    """Whether a missing date or place comes from the visit or day being reported."""
    headline: bool = False
    unnamed: list[Unnamed] = field(default_factory=list)
    day: When | None = None
    """The agenda day it was read under."""
    clauses: list[Clause] = field(default_factory=list)
    slots: list[Unnamed] = field(default_factory=list)
    host_stated: bool = False
    """Whether the text says who hosts (`reçu par X`, `X a reçu`), rather than it being inferred."""
    distributive: bool = False
    """Whether its opening clause has one party meet each of several on their own."""
    one_of: int | None = None
    """The start of the trigger of the encounters read one by one that this is one of: never merged
    back with another of them (`_restated`)."""
    split: tuple[Clause, Mention] | None = None
    """The clause and trigger after which each person is met on their own, when not the opening's
    (`… a été reçu par X, ainsi que par Y` read as the visit going on)."""
    host_side: set[int] = field(default_factory=set)
    """People on the receiving side besides the host: those accompanying them, officers of the host's
    country or body when a visitor from elsewhere is received."""
    """Parties the opening clause describes without naming (`la ministre belge`), to be named later."""

    @property
    def remote(self) -> bool:
        """A call by phone or video: it takes place nowhere a visit or a dateline could tell."""
        return self.mode in ("phone", "video")


@dataclass
class Visit:
    """The visit an article is about: who visits, when, where."""

    visitor: int | None
    when: When | None
    place: Mention | None


def meetings(
    extraction: Extraction,
    persons: list[PersonEntity],
    organisations: list[OrgEntity],
    published: str | None,
    published_span: tuple[int, int] | None = None,
) -> list[MeetingEvent]:
    clauses = read_clauses(extraction, persons, published, published_span)
    found: list[MeetingEvent] = []
    current: MeetingEvent | None = None
    visit: Visit | None = None
    day: When | None = None
    in_headline = True
    pending: Clause | None = None
    """A clause that reports an encounter without naming two parties: the next may name them."""
    listing: tuple[Clause, int] | None = None
    """A clause where one person holds several encounters, and that person: a list may follow."""
    for clause in clauses:
        if in_headline and not clause.headline:
            in_headline, current = False, None  # the body reports afresh what the headline announced
        if clause.heading is not None:
            day, current, visit = clause.heading, None, None
            continue
        if clause.there:
            clause.places = _place_before(extraction, clause.start) or clause.places
        visitor = visit.visitor if visit and visit.visitor is not None else _visitor_of(current)
        if (
            visitor is not None
            and (clause.visitor_reference or clause.delegation)
            and visitor not in {i for i, _ in clause.people}
        ):
            clause.people.append((visitor, _latest_mention(persons[visitor], clause.start)))
        protagonist = visitor if visitor is not None else _subject_of(pending)
        implied = False
        if protagonist is not None and _counterpart_only(clause, extraction):
            implied = True  # `At the meeting held with General X, …`: the one the article follows meets X
            if protagonist not in {i for i, _ in clause.people}:
                clause.people.insert(0, (protagonist, _latest_mention(persons[protagonist], clause.start)))
        people = clause.people
        ids = {p[0] for p in people}
        kinds = clause.kinds()
        strong = clause.strong()
        item = _list_item(clause, extraction)
        if people and not strong and listing is not None and item:
            # `a tenu une série d’audiences : - X, ambassadeur … - Y, attaché …`: one per item
            lead_clause, lead = listing
            if (
                current is None
                or current.clauses[:1] != [lead_clause]
                or not {i for i, _ in current.participants} <= {lead}
            ):  # the lead's own meeting takes the first item; each other item opens one
                current = _open(lead_clause, lead_clause.strong()[0].mention, visit, day, extraction)
                found.append(current)
            _absorb(current, clause, extraction)
            if current.host is None and not {"call_on", "visit"} & lead_clause.kinds():
                current.host = lead  # who holds audiences receives; who pays calls visits
            continue
        if people and not item:
            listing = _lead_of_list(clause)
        elif _lists_members(clause, extraction) or not (clause.triggers or item):
            # `His delegation included: - X - Y`, `Nominations : - X …`: who came, or another list
            listing = None
        if current is not None and not strong and people and _lists_members(clause, extraction):
            # `the delegation included Deputy Assistant Secretary X; Ambassador Y`
            known = {i for i, _ in current.participants}
            current.participants += [(i, m) for i, m in people if i not in known]
            current.clauses.append(clause)
            continue
        meeting_like = bool(strong) and _parties(clause) >= 2 and not _programme(clause, extraction)
        if (
            current is not None
            and (not _new_event(clause, current) or _same_pair(clause, current))
            and (
                ((clause.definite or clause.pair) and not _brings_new(clause, current, extraction, implied))
                or (clause.presence and people and not strong)
            )
        ):
            clause.people = _parties_to(current, clause, extraction)
            _absorb(current, clause, extraction, places=clause.held)
            continue
        if (
            "visit" in kinds
            and not meeting_like
            and (people or clause.delegation or (clause.unnamed and clause.places))
            and not clause.headline
        ):
            # `La délégation française est arrivée lundi à Niamey`: where the visit's meetings are
            word = next(t.mention for t in clause.triggers if t.kind == "visit")
            subject = [i for i, m in people if m.start < word.start]  # who travels is named before
            destination = _destination(clause)
            if destination is None and current is not None and subject and current.place is not None:
                # `X is in Honduras to meet … This is the general’s first visit to the country`
                destination = current.place if subject[0] in {i for i, _ in current.participants} else None
            visit = Visit(subject[0] if subject else None, _first_dated(clause), destination)
            if len(ids) >= 2 and _visits_someone(clause, extraction):
                current = _open(clause, clause.triggers[0].mention, visit, day, extraction)
                found.append(current)
                continue
            if not (clause.gathering and people and _visit_for_gathering(clause, extraction)):
                continue
            # `X will be visiting Manila to co-chair the fifth meeting of the Committee`: the
            # gathering the visit is for (read below, as one attended)
        if (
            strong
            and current is not None
            and len(ids) == 1
            and not _new_event(clause, current, also=False)
            and next(iter(ids)) not in {i for i, _ in current.participants}
            and _fill_slot(current, persons[next(iter(ids))])
        ):
            _absorb(current, clause, extraction)
            continue
        if strong and _parties(clause) >= 2:
            if current is not None and (
                _continues(current, clause, persons)
                or _names_the_gathering(current, clause)
                or _same_parties_again(clause, current, extraction)
            ):
                _absorb(current, clause, extraction)
                continue
            # `during the meeting, the chiefs paid a courtesy call on X`: the call is the encounter
            opening = next((t for t in strong if t.kind == "call_on" and not t.noun), strong[0])
            current = _open(clause, opening.mention, visit, day, extraction)
            current.distributive = _distributive(clause, extraction)
            if clause.definite and current.place is None:
                # `In the course of the meeting, …`: where the meeting referred to (of the same status) is
                current.place = next(
                    (m.place for m in reversed(found) if m.place and m.status == current.status), None
                )
            if (
                pending is not None
                and pending.sentence == clause.sentence - 1
                and _announces(pending, clause)
            ):
                _absorb(
                    current, pending, extraction
                )  # `X et Y ont signé jeudi un accord … L’accord a été paraphé par …`
            found.append(current)
            visit = _visit_of(current, clause, visit)
            pending = None
            continue
        if _series(clause) and (clause.whens or clause.places):
            # `a accordé une série d’audiences ce jeudi dans son bureau à N'Djamena`: the day and the
            # place of the encounters reported next, one by one
            visit = Visit(None, _first_dated(clause), _destination(clause))
            continue
        if strong and not clause.headline:
            pending = clause
        if strong and not people and not clause.gathering and not clause.not_meeting and not clause.headline:
            trigger, body = next(
                ((t.mention, b) for t in strong if (b := _subject_body(organisations, clause, t.mention))),
                (strong[0].mention, None),
            )
            if (
                body is not None
                and (clause.places or clause.whens or clause.planned)
                and not _exercise_told(clause, trigger, extraction)
            ):
                # `The CCDS met in Abuja from Aug. 7 to 9`,
                # `when ECOWAS finance ministers meet later this month`: read, so no one's to name
                pending = None
                same = current is not None and _same_body(current, body, organisations)
                if current is not None and same and not _new_event(clause, current):
                    # `closed its annual meeting … The CCDS met in Abuja`: the same gathering
                    _absorb(current, clause, extraction)
                    continue
                current = _open(clause, trigger, visit, day, extraction)
                current.inherits = False
                current.organisations.append(body)
                found.append(current)
                continue
        if strong and not people and current is not None and _ahead_of(clause, current, extraction):
            # `the two ministers needed to consult ahead of a meeting … on Friday`: theirs, another day
            ahead = _open(clause, strong[0].mention, visit, day, extraction)
            ahead.participants = list(current.participants)
            ahead.inherits = False
            found.append(ahead)
            continue
        if (
            strong
            and not people
            and not clause.gathering
            and not clause.not_meeting
            and not clause.headline
            and (clause.places or clause.whens)
            and _described_parties(clause)
        ):
            # `Le chef d’état-major … a été reçu hier par le président de la République à Libreville`,
            # `Les chefs d’état-major de la CEDEAO se sont réunis mardi à Abuja`: parties described, not
            # named; a later sentence may name them (`pending`, the slots)
            current = _open(clause, strong[0].mention, visit, day, extraction)
            current.inherits = False
            found.append(current)
            pending = clause
            continue
        if (
            strong
            and not people
            and clause.gathering
            and not clause.not_meeting
            and current is not None
            and clause.sentence - max(current.sentences) <= 2
            and not any(w.value for w in clause.whens)
            and _between_described(clause, extraction)
        ):
            # `X received an Armenian delegation … A meeting between the Georgian Prime Minister and the
            # Armenian Defense Minister took place in Tbilisi`: the encounter just told, restated, placed
            _absorb(current, clause, extraction)
            continue
        if strong and not people and clause.gathering and not clause.not_meeting:
            towns = _distinct_places(
                [p for p in clause.places if not gazetteer.country_of_name(p.text)], extraction
            )
            if len(towns) > 1:
                found += _one_per_place(clause, strong[0].mention, towns, extraction)
                current = found[-1]
            elif clause.places or (_orgs_in(organisations, clause) and (clause.held or clause.planned)):
                current = _open(clause, strong[0].mention, visit, day, extraction)
                current.inherits = False
                found.append(current)
            elif not clause.headline:
                pending = clause  # `Le Ghana et le Togo ont signé jeudi …`: the next may name them
            continue
        dated = any(w.value for w in clause.whens)
        if (
            "conference" in kinds
            and not strong
            and not people
            and not clause.not_meeting
            and not clause.headline
            and clause.places
            and (clause.planned or clause.held or dated)
        ):
            conference = next(t for t in clause.triggers if t.kind == "conference")
            body = _subject_body(organisations, clause, conference.mention, reach=60) if dated else None
            earlier = _body_just_before(organisations, clause, extraction) if dated else None
            if (
                dated
                and body is None
                and (earlier is not None or _institution_just_before(clause, extraction))
                and clause.held
                and _opens_clause(extraction, clause, conference.mention)
            ):
                # `La première session s’est déroulée le 29 janvier 2020 à Rabat`: the gathering is
                # the subject, its time and place are told; whose it is, the sentence before told
                found.append(_bodies_gathering(clause, conference.mention, earlier, visit, day, extraction))
                current = found[-1]
                continue
            # `a directive the X Authority issued at its 64th Summit in Abuja on Dec. 10, 2023`; `le
            # Sommet du G5 Sahel qui va se dérouler dans quelques jours à N'Djamena`: the body's gathering,
            # told with its place and its time
            owner = body or _owner_body(organisations, clause, conference.mention, extraction)
            if owner is not None:
                found.append(_bodies_gathering(clause, conference.mention, owner, visit, day, extraction))
                current = found[-1]
                continue
        if (
            ("conference" in kinds or clause.gathering)
            and clause.triggers
            and people
            and _attends(clause, extraction)
        ):
            conference = next((t for t in clause.triggers if t.kind == "conference"), clause.triggers[0])
            current = _open(clause, conference.mention, visit, day, extraction)
            current.mode = "multilateral"
            found.append(current)
            continue
        if (
            not strong
            and len(ids) >= 2
            and pending is not None
            and pending.sentence == clause.sentence - 1
            and len(pending.unnamed) >= 1
        ):
            # `signé … par le ministre camerounais et par son homologue russe. C’est X qui …, Y …`
            if current is not None and current.clauses[:1] == [pending] and not current.participants:
                _absorb(current, clause, extraction)  # the encounter of described parties, now named
                pending = None
                continue
            current = _open(pending, pending.strong()[0].mention, visit, day, extraction)
            _absorb(current, clause, extraction)
            found.append(current)
            pending = None
            continue
        chair = _chair(clause, extraction) if current is not None and not strong else None
        if (
            current is not None
            and chair is not None
            and not current.participants
            and clause.sentence - max(current.sentences) <= 1
        ):
            # `The CCDS met in Abuja. Gen. X presided, supported by Y`: who presides hosts it
            _absorb(current, clause, extraction)
            current.host = chair
            continue
        if current is not None and not strong:
            _venue(current, clause, extraction)  # `Les travaux se tiennent au camp X`
            current.clauses.append(clause)  # topics: `Les discussions ont porté sur ...`
            if clause.sentence not in current.sentences:
                current.sentences.append(clause.sentence)
    found = [one for meeting in found for one in _each_met(meeting)]
    found = _sidelines(found, extraction, published)
    found = _merge_headline(found)
    _dates_and_places(found, published)
    _headline_context(found, [c for c in clauses if c.headline], extraction.language)
    _dateline_place(found, extraction)
    for meeting in found:
        _finish(meeting, extraction, persons, organisations)
    found = _restated(found)
    return [m for m in found if m.participants or m.place or m.organisations]


def _undated_pair(meeting: MeetingEvent, other: MeetingEvent) -> bool:
    """Exactly the same parties, neither encounter dated: `X is on a visit at the invitation of Y …
    X discussed with Y …` tells one encounter twice."""
    return (
        meeting.when is None
        and other.when is None
        and {i for i, _ in meeting.participants} == {i for i, _ in other.participants}
    )


def _restated(found: list[MeetingEvent]) -> list[MeetingEvent]:
    """An encounter told twice, the second time in a quoted communiqué (`X a reçu mercredi Y. « X a
    reçu, aujourd’hui mercredi 14 septembre, au siège de …, Y », a indiqué …`): the same named
    parties on the same day in the same mode (or exactly the same parties in person, neither
    encounter dated), in the same status, one of the two with no place or the same, are one
    encounter; it keeps the place and the parties of both."""
    kept: list[MeetingEvent] = []
    for meeting in found:
        ids = {i for i, _ in meeting.participants}
        same = next(
            (
                k
                for k in kept
                if (
                    (meeting.date is not None and k.date == meeting.date and k.mode == meeting.mode)
                    or (_undated_pair(meeting, k) and {k.mode, meeting.mode} <= {"visit", "in_person"})
                )
                and (meeting.one_of is None or k.one_of != meeting.one_of)
                and k.status == meeting.status
                and len(ids & {i for i, _ in k.participants}) >= 2
                and (k.place is None or meeting.place is None or k.place.text == meeting.place.text)
            ),
            None,
        )
        if same is None:
            kept.append(meeting)
            continue
        known = {i for i, _ in same.participants}
        same.participants += [(i, m) for i, m in meeting.participants if i not in known]
        if same.place is None and meeting.place is not None:
            same.place, same.place_country = meeting.place, meeting.place_country
    return kept


def _lists_members(clause: Clause, extraction: Extraction) -> bool:
    """Whether the clause says who a delegation is made of (`the delegation included …`, `la
    délégation était composée de …`): a delegation word right before a verb of membership."""
    verbs = "|".join(extraction.language.grammar.member_verbs)
    nouns = alternation(extraction.language.delegation_words).replace("’", "[’']")
    if not verbs or not nouns:
        return False
    return bool(
        re.search(
            rf"(?<![\w-])(?:{nouns})\s+(?:[\w’'-]+\s+){{0,3}}?(?:{verbs})(?![\w-])",
            extraction.text[clause.start : clause.end],
            re.IGNORECASE,
        )
    )


def _venue(current: MeetingEvent, clause: Clause, extraction: Extraction) -> None:
    """`… débute jeudi à Accra. Les travaux se tiennent au camp Burma`: a clause that names no one new
    and says where things take place gives the encounter a more specific place."""
    if not clause.places or current.place is None or clause.whens:
        return
    if {i for i, _ in clause.people} - {i for i, _ in current.participants}:
        return
    verbs = "|".join(extraction.language.grammar.venue_verbs)
    place = clause.places[0]
    said = re.search(rf"(?<![\w-])(?:{verbs})(?![\w-])", extraction.text[clause.start : place.start], re.I)
    if said and _more_specific(place, current.place, extraction.language):
        current.place = place


def _announces(pending: Clause, clause: Clause) -> bool:
    """The earlier clause reports the same encounter: the same kind of verb, or a reference back."""
    kinds = {t.kind for t in pending.strong()}
    if (
        pending.places
        and not clause.places
        and not pending.whens
        and "meet" in kinds & clause.kinds()
        and "visit" in pending.kinds()
    ):
        return True  # `Son séjour commence à Lisbonne par un entretien. X y rencontre Y`: where it is held
    return bool(kinds & {t.kind for t in clause.strong()} & {"sign", "call"}) or clause.definite


def _parties_to(current: MeetingEvent, clause: Clause, extraction: Extraction) -> list[tuple[int, Mention]]:
    """The clause's people but a newcomer who tells of what a party to the encounter did (`Col. X
    added that Gen. Y had raised …`): the source of what is told, not a party to it. A newcomer
    telling of their own part (`X a indiqué avoir évoqué …`) is a party."""
    verbs = extraction.language.speech_verbs
    if not verbs:
        return clause.people
    speech = re.compile(rf"[\s,]+(?:{'|'.join(verbs)})\b", re.IGNORECASE)
    known = {i for i, _ in current.participants}

    def source(index: int, mention: Mention) -> bool:
        told = speech.match(extraction.text, mention.end, clause.end)
        return bool(told) and any(i in known and m.start >= mention.end for i, m in clause.people)

    return [(i, m) for i, m in clause.people if i in known or not source(i, m)]


def _programme(clause: Clause, extraction: Extraction) -> bool:
    """A trip announced with its purpose (`spent the week in the region for talks with leaders`):
    the encounters it is for are reported one by one, if at all; only a second person named makes
    the purpose an encounter of its own."""
    if "visit" not in clause.kinds() or len({i for i, _ in clause.people}) >= 2:
        return False
    purpose = alternation(extraction.language.grammar.purpose_words)
    strong = clause.strong()
    before = extraction.text[max(clause.start, strong[0].mention.start - 40) : strong[0].mention.start]
    return all(t.noun for t in strong) and bool(re.search(rf"\b(?:{purpose})\s+(?:\w+\s+){{0,2}}$", before))


def _parties(clause: Clause) -> int:
    """Named people, plus one for a described counterpart of a meeting, a reception or a call
    (signatories must be named)."""
    named = len({p[0] for p in clause.people})
    described = clause.unnamed and named and clause.kinds() & {"meet", "receive", "call", "call_on"}
    # `the chiefs paid a courtesy call on President X`: whoever calls on the one named is a party
    calls = [t.mention for t in clause.triggers if t.kind == "call_on"]
    caller = named == 1 and any(
        c.start > clause.start
        and (m := clause.people[0][1]).start > c.end
        and m.start - c.end < 120
        and not any(0 <= p.start - c.end <= 5 for p in clause.places)  # `visited Israel on a tour by X`
        for c in calls
    )
    return named + (1 if described or caller else 0)


def _between_described(clause: Clause, extraction: Extraction) -> bool:
    """A meeting noun right before `between`/`entre` and two parties described (`A meeting between the
    Georgian Prime Minister and the Armenian Defense Minister`)."""
    text, between_word = extraction.text, patterns(extraction.language).between
    nouns = [t.mention for t in clause.strong()]
    return any(
        (between := between_word.match(text, noun.end)) is not None
        and len([u for u in clause.unnamed if u.mention.start >= between.start()]) >= 2
        for noun in nouns
    )


def _described_parties(clause: Clause) -> bool:
    """Whether a clause's verb of meeting or receiving joins parties it describes without naming: one
    on each side of the verb, or several before a verb of meeting (`se sont réunis`, `met`)."""
    for trigger in clause.strong():
        if trigger.noun or trigger.kind not in ("meet", "receive"):
            continue
        verb = trigger.mention
        before = [u for u in clause.unnamed if u.mention.end <= verb.start]
        after = [u for u in clause.unnamed if u.mention.start >= verb.end]
        if (before and after) or (trigger.kind == "meet" and any(u.plural for u in before)):
            return True
    return False


def _visitor_of(meeting: MeetingEvent | None) -> int | None:
    if meeting is None:
        return None
    if meeting.visitor is not None:
        return meeting.visitor
    return next((index for index, _ in meeting.participants if index != meeting.host), None)


def _latest_mention(person: PersonEntity, offset: int) -> Mention:
    """The person's name as last written before `offset` (evidence for a reference to them)."""
    before = [m for m in person.mentions if m.start < offset]
    return before[-1] if before else person.mentions[0]


def _place_before(extraction: Extraction, offset: int) -> list[Mention]:
    """`y avait rencontré`: the town or site named last before `offset`."""
    earlier = [p for p in extraction.places if p.start < offset and not gazetteer.country_of_name(p.text)]
    return earlier[-1:]


def _visit_of(meeting: MeetingEvent, clause: Clause, visit: Visit | None) -> Visit | None:
    """`X a été reçu … au premier jour d’une visite officielle`: the encounter tells who visits."""
    if "visit" not in clause.kinds():
        return visit
    visitor = next((i for i, _ in meeting.participants if i != meeting.host), None)
    if visitor is None or (visit is not None and visit.visitor == visitor):
        return visit
    if visit is not None and visit.visitor is None:  # `Le président du Comité … en visite en Suisse`
        return Visit(visitor, meeting.when or visit.when, meeting.place or visit.place)
    return Visit(visitor, meeting.when, meeting.place)


def _counterpart_only(clause: Clause, extraction: Extraction) -> bool:
    """Everyone the clause names follows its meeting word and `with` (`At the meeting held with X`,
    `Lors de l’entretien avec X`), or a call on them (`calling on X`): the other party is unsaid."""
    strong = clause.strong()
    if not strong or not clause.people or clause.headline:
        return False
    trigger = strong[0].mention
    first = min(m.start for _, m in clause.people)
    if first < trigger.end:
        return False
    between = extraction.text[trigger.end : first]
    if strong[0].kind == "call_on":
        # `It was followed by calling on Minister X`; not `visited Israel on a tour by X`
        return len(between.split()) <= 6 and not any(trigger.end <= p.start < first for p in clause.places)
    sentence_end = extraction.sentence_of(clause.start)[1]
    if any(clause.end <= p.name.start < sentence_end for p in extraction.persons):
        return False  # `Lors de son entretien avec X, le président Y a salué …`: Y is the other party
    with_words = alternation(extraction.language.grammar.with_words)
    return bool(re.match(rf"\s+(?:\w+\s+){{0,2}}(?:{with_words})\b", between, re.IGNORECASE))


def _subject_of(clause: Clause | None) -> int | None:
    """The one person named before the meeting word of a clause that names no counterpart
    (`X has met with military leaders from three countries`)."""
    if clause is None or not clause.strong():
        return None
    trigger = clause.strong()[0].mention
    before = {i for i, m in clause.people if m.start < trigger.start}
    after = [i for i, m in clause.people if m.start > trigger.start]
    return next(iter(before)) if len(before) == 1 and not after else None


def _distributive(clause: Clause, extraction: Extraction) -> bool:
    """`held separate meetings with X and Y`, `a reçu successivement X et Y`, `called on X and Y`:
    each person named after the meeting word is met on their own."""
    strong = clause.strong()
    if not strong:
        return False
    trigger, text = strong[0].mention, extraction.text
    if _received_again(clause, extraction):
        return True  # `a été reçu par le président X, ainsi que par M. Y, ministre …, et …`
    if clause.presence:
        return False
    words = alternation(extraction.language.grammar.distributive_words).replace("’", "[’']")
    # beside the meeting word (`met separately`, `a reçu successivement`, `separate meetings`), not in
    # a relative clause of its own (`who had travelled separately`, `qui a successivement commandé`)
    start, end = max(clause.start, trigger.start - 25), min(clause.end, trigger.end + 30)
    relative = re.compile(
        rf"(?<![\w-])(?:{alternation(extraction.language.grammar.relatives)})(?![\w-])", re.I
    )
    said = bool(words) and any(
        relative.search(text, min(start + m.end(), trigger.start), max(start + m.start(), trigger.end))
        is None
        for m in re.finditer(rf"(?<![\w-])(?:{words})", text[start:end], re.I)
    )
    return (
        said
        or (strong[0].kind == "call_on" and not strong[0].noun)
        or _in_sequence(clause, extraction)
        or _several_counterparts(clause, extraction)
    )


def _received_again(clause: Clause, extraction: Extraction) -> bool:
    """A second agent of the clause's first verb (`reçu par X, ainsi que par Y`, `received by X as
    well as by Y`): each is met on their own."""
    agents = extraction.language.grammar.repeated_agents
    strong = clause.strong()
    if not agents or not strong:
        return False
    pattern = rf"(?<![\w-])(?:{'|'.join(agents)})(?![\w-])"
    return re.search(pattern, extraction.text[strong[0].mention.end : clause.end], re.I) is not None


def _several_counterparts(clause: Clause, extraction: Extraction) -> bool:
    """`a rencontré plusieurs de ses homologues, comme X, Y et Z`, `held talks with the defence
    ministers of Mali, Chad and Niger - X, Y and Z`: counterparts in the plural, or people of
    several countries, met one by one; not at a gathering the clause names (`lors du sommet`; one set
    aside, `En plus de la réunion de l’OTAN, il a rencontré …`, is another encounter), nor there
    (`y a rencontré`), nor together (`grammar.together_words`)."""
    trigger = clause.strong()[0].mention
    met = [(i, m) for i, m in clause.people if m.start > trigger.end]
    if len({i for i, _ in met}) < 2:
        return False
    language = extraction.language
    together = alternation(language.grammar.together_words).replace("’", "[’']")
    if (
        clause.gathering
        or clause.there
        or (
            together
            and re.search(
                rf"(?<![\w-])(?:{together})(?![\w-])", extraction.text[clause.start : clause.end], re.I
            )
        )
    ):
        return False  # `… met X and Y at a trilateral meeting`, `y a rencontré`, `held joint talks`: together
    gap = extraction.text[trigger.end : min(m.start for _, m in met)]
    peers = language.peer_nouns
    plural = [w for w in language.counterpart_words if written_plural(w)]
    if re.search(rf"(?<![\w-])(?:{alternation(tuple(p + 's' for p in peers))})(?![\w-])", gap, re.I):
        return True
    if not re.search(rf"(?<![\w-])(?:{alternation(tuple(plural))})(?![\w-])", gap, re.I):
        return False
    pieces = re.split(
        rf"\s*(?:[,;–—-]|(?<![\w-])(?:{alternation(language.grammar.coordinators)})(?![\w-]))\s*", gap
    )
    preps = _complement_preps(language)
    countries = {
        gazetteer.country_of_name(re.sub(rf"^.*(?<![\w-])(?:{preps})\s*", "", p, flags=re.I)) for p in pieces
    }
    return len(countries - {None}) >= 2


def _in_sequence(clause: Clause, extraction: Extraction) -> bool:
    """`devrait s’entretenir avec X, ainsi que Y et enfin Z`: a word of sequence between the people
    named after the meeting word."""
    trigger = clause.strong()[0].mention
    met = sorted(m.start for _, m in clause.people if m.start > trigger.end)
    words = alternation(extraction.language.grammar.listed_in_turn)
    coordinators = alternation(extraction.language.grammar.coordinators)
    # after a comma or a coordinator (`, puis`, `et enfin`, `and then`): not `the then Secretary`
    listed = re.compile(rf"(?:,|(?<![\w-])(?:{coordinators}))\s+(?:{words})(?![\w-])", re.I)
    return len(met) > 1 and listed.search(extraction.text[met[0] : met[-1]]) is not None


def _each_met(meeting: MeetingEvent) -> list[MeetingEvent]:
    """One encounter per person met on their own (see `_distributive`), each with the party that
    meets them all, the rest of what was read shared."""
    if not meeting.distributive or not meeting.clauses:
        return [meeting]
    opening, trigger = meeting.split or (meeting.clauses[0], meeting.trigger)
    met = [(i, m) for i, m in meeting.participants if trigger.end <= m.start < opening.end]
    rest = [(i, m) for i, m in meeting.participants if (i, m) not in met]
    if len(met) < 2 or not any(m.start < trigger.start for _, m in rest):
        return [meeting]
    return [
        replace(
            meeting,
            participants=[*rest, one],
            host=one[0] if meeting.host in {i for i, _ in met} else meeting.host,
            distributive=False,
            one_of=trigger.start if meeting.split else None,  # each agent of `reçu par X, ainsi que par Y`
            sentences=list(meeting.sentences),
            organisations=list(meeting.organisations),
            topics=list(meeting.topics),
            unnamed=list(meeting.unnamed),
            clauses=list(meeting.clauses),
            slots=list(meeting.slots),
            host_side=set(meeting.host_side),
        )
        for one in met
    ]


def _series(clause: Clause) -> bool:
    """One person and a meeting noun in the plural (`une série d’audiences`, `several meetings`):
    the encounters are told after, each with its own counterpart."""
    strong = clause.strong()
    return (
        bool(strong)
        and not clause.headline
        and len({i for i, _ in clause.people}) == 1
        and not clause.unnamed
        and all(t.noun and written_plural(t.mention.text) for t in strong)
    )


def _two_sentences_before(clause: Clause, extraction: Extraction) -> int:
    """Where the sentence two before the clause's starts: the reach of what the clause refers back to."""
    return extraction.sentences[max(0, extraction.sentence_index(clause.start) - 2)][0]


@cache
def _complement_preps(language: Language) -> str:
    return alternation(language.grammar.complement_preps).replace("’", "[’']")


def _body_just_before(
    organisations: list[OrgEntity], clause: Clause, extraction: Extraction
) -> tuple[int, Mention] | None:
    """The last body (not an outlet) named in the two sentences before the clause: whose session it is."""
    lo = _two_sentences_before(clause, extraction)
    best: tuple[int, Mention] | None = None
    for index, entity in enumerate(organisations):
        if entity.kind == "media":
            continue
        for mention in entity.mentions:
            if lo <= mention.start < clause.start and (best is None or mention.start > best[1].start):
                best = (index, mention)
    return best


def _institution_just_before(clause: Clause, extraction: Extraction) -> bool:
    """An institution's noun in the two sentences before the clause (`la commission militaire mixte`)."""
    lo = _two_sentences_before(clause, extraction)
    words = alternation(tuple(extraction.language.institution_words))
    return re.search(rf"(?<![\w-])(?:{words})(?![\w-])", extraction.text[lo : clause.start], re.I) is not None


def _opens_clause(extraction: Extraction, clause: Clause, noun: Mention) -> bool:
    """The noun heads the clause's subject: at most a determiner and an ordinal or adjective before it
    (`La première session`, `The annual meeting`), and no complement or adjective after it that says
    what kind of session it is (`La session de formation`, `La session parlementaire`)."""
    text = extraction.text
    before = text[clause.start : noun.start].split()
    if len(before) > 2 or any(w[:1].isupper() for w in before[1:]):
        return False
    preps = _complement_preps(extraction.language)
    if re.match(rf"[ \t]+(?:{preps})[ \t]*[a-zà-ÿ]", text[noun.end : noun.end + 40]):
        return False  # `La session de formation`
    adjective = re.match(r"[ \t]+([a-zà-ÿ][\w-]*)", text[noun.end : noun.end + 40])
    return not (
        adjective and extraction.parsed_as(noun.end + adjective.start(1), noun.end + adjective.end(1), "ADJ")
    )  # `La session parlementaire`


def _names_the_gathering(current: MeetingEvent, clause: Clause) -> bool:
    """`Une réunion … entre les forces A et B a eu lieu à Cayenne du 28 au 31 janvier. … Le général
    X et le colonel Y se sont entretenus sur …`: the two named just after a gathering read with no
    one named, with no place, day or plan of their own, are its parties."""
    return (
        not current.participants
        and bool(current.organisations or current.place)
        and current.status == "held"
        and clause.sentence - max(current.sentences) <= 2
        and not clause.places
        and not any(w.value for w in clause.whens)
        and not (clause.planned or clause.cancelled or clause.postponed or clause.headline)
    )


def _lead_of_list(clause: Clause) -> tuple[Clause, int] | None:
    """One person named, and encounters in the plural (`une série d’audiences`, `accueillant
    plusieurs délégations`, `several meetings`): who holds the encounters a list may tell next."""
    strong = clause.strong()
    ids = {i for i, _ in clause.people}
    if not strong or clause.headline or len(ids) != 1:
        return None
    plural = any(t.noun and written_plural(t.mention.text) for t in strong) or any(
        u.plural for u in clause.unnamed
    )
    return (clause, next(iter(ids))) if plural else None


_LIST_ITEM = re.compile(r"\s*[-–—•*·▪]\s")


def _list_item(clause: Clause, extraction: Extraction) -> bool:
    """A line that opens with a bullet (`- X, ambassadeur de …`)."""
    return _LIST_ITEM.match(extraction.text, clause.start) is not None


def _first_dated(clause: Clause) -> When | None:
    return next((w for w in clause.whens if w.value), clause.whens[0] if clause.whens else None)


def _destination(clause: Clause) -> Mention | None:
    return clause.places[0] if clause.places else None


def _visits_someone(clause: Clause, extraction: Extraction) -> bool:
    """`X rend visite à Y`, `X visited Y`: a visit to a person is an encounter."""
    trigger = clause.triggers[0].mention
    return any(m.start > trigger.end for _, m in clause.people) and any(
        m.start < trigger.start for _, m in clause.people
    )


def _visit_for_gathering(clause: Clause, extraction: Extraction) -> bool:
    """A purpose's lead, a verb of attending or chairing, then, a few words on, a gathering's noun
    (`to co-chair the fifth meeting of …`, `pour coprésider la session`): what the visit told in the
    clause is for (not `who chaired the meeting last week`, another one)."""
    return _attending_for(extraction.language).search(extraction.text, clause.start, clause.end) is not None


@cache
def _attending(language: Language) -> re.Pattern[str]:
    """Attending or chairing a gathering: the verb then the noun, or the noun then `chaired by`."""
    g = language.grammar
    nouns = alternation(language.gathering_nouns)
    chaired = "|".join(g.chaired_by) or "(?!)"
    passive = rf"(?<![\w-])(?:{nouns})(?![\w-])[^.;:]{{0,160}}?(?<![\w-])(?:{chaired})"
    return re.compile(rf"(?<![\w-]){_attended(language)}|{passive}", re.IGNORECASE)


@cache
def _attending_for(language: Language) -> re.Pattern[str]:
    """The verb of attending or chairing, then the noun, after a purpose's lead (`to`, `pour`)."""
    purpose = alternation(language.grammar.purpose_leads).replace("’", "[’']") or "(?!)"
    return re.compile(rf"(?<![\w’'-])(?:{purpose})\s*{_attended(language)}", re.IGNORECASE)


def _attended(language: Language) -> str:
    """A verb of attending or chairing, then, at most five words on, a gathering's noun."""
    verbs = "|".join(language.grammar.attendance_verbs) or "(?!)"
    nouns = alternation(language.gathering_nouns)
    return rf"(?:{verbs})(?![\w-])\s+(?:[\w’'-]+\s+){{0,5}}?(?:{nouns})(?![\w-])"


def _attends(clause: Clause, extraction: Extraction) -> bool:
    """A person takes part in, attends, chairs or hosts a conference named in the clause."""
    text = extraction.text[clause.start : clause.end].lower()
    language = extraction.language
    return bool(
        re.search("|".join(language.participation_words), text)
        or _attending(language).search(extraction.text, clause.start, clause.end)
        or patterns(language).receiving.search(text)
        or re.search(r"\b(?:assist|attend|particip|pris part|prend part|took part|hosted)", text)
    )


def _subject_body(
    organisations: list[OrgEntity], clause: Clause, trigger: Mention, reach: int = 40
) -> tuple[int, Mention] | None:
    """The body named just before a verb of meeting, as its subject (not a media outlet)."""
    best: tuple[int, Mention] | None = None
    for index, entity in enumerate(organisations):
        if entity.kind == "media":
            continue
        for mention in entity.mentions:
            near = clause.start <= mention.start < trigger.start and trigger.start - mention.end < reach
            if near and (best is None or mention.start > best[1].start):
                best = (index, mention)
    return best


def _exercise_told(clause: Clause, verb: Mention, extraction: Extraction) -> bool:
    """`Khaan Quest is a … exercise co-sponsored by X and hosted annually by Y`: a passive verb of
    hosting whose subject is an exercise named before it in the clause tells who holds the exercise,
    not a meeting (not `After the exercise, the Committee met in Abuja`)."""
    language = extraction.language
    agent = alternation(language.agent_markers)
    after = extraction.text[verb.end : verb.end + 40]
    if not re.match(rf"(?:[ \t]+[a-zà-ÿ]+){{0,2}}?[ \t]+(?:{agent or '(?!)'})(?![\w-])", after):
        return False  # `hosted annually by`, `accueilli chaque année par`
    if any(clause.start <= e.start < verb.start for e in extraction.exercises):
        return True
    words = alternation(language.exercise_words)
    return (
        re.search(rf"(?<![\w-])(?:{words})(?![\w-])", extraction.text[clause.start : verb.start], re.I)
        is not None
    )


def _bodies_gathering(
    clause: Clause,
    noun: Mention,
    body: tuple[int, Mention] | None,
    visit: Visit | None,
    day: When | None,
    extraction: Extraction,
) -> MeetingEvent:
    """A gathering the noun names, of the body (when known), none of whose parties the text names."""
    event = _open(clause, noun, visit, day, extraction)
    event.inherits, event.mode = False, "multilateral"
    if body is not None:
        event.organisations.append(body)
    return event


def _owner_body(
    organisations: list[OrgEntity], clause: Clause, noun: Mention, extraction: Extraction
) -> tuple[int, Mention] | None:
    """The body whose gathering the noun names, as its complement (`Sommet du G5 Sahel`, `Summit of
    the African Union`); not a media outlet."""
    preps = _complement_preps(extraction.language)
    for index, entity in enumerate(organisations):
        if entity.kind == "media":
            continue
        for mention in entity.mentions:
            if clause.start <= mention.start < clause.end and re.fullmatch(
                rf"\s+(?:{preps})\s*", extraction.text[noun.end : mention.start]
            ):
                return index, mention
    return None


def _chair(clause: Clause, extraction: Extraction) -> int | None:
    """The person named just before a verb of presiding in the clause."""
    verbs = extraction.language.chair_verbs
    if not verbs or not clause.people:
        return None
    match = re.compile(rf"(?<![\w-])(?:{'|'.join(verbs)})(?![\w-])", re.IGNORECASE).search(
        extraction.text, clause.start, clause.end
    )
    if match is None:
        return None
    before = [i for i, m in clause.people if m.end <= match.start()]
    return before[-1] if before else None


def _ahead_of(clause: Clause, current: MeetingEvent, extraction: Extraction) -> bool:
    """The parties just read (`the two ministers`) are to meet again: in an encounter still to come
    after one held, or at a gathering named with an indefinite article and dated another day
    (`ahead of a meeting … on Friday`)."""
    if not clause.pair or len(current.participants) < 2 or clause.not_meeting:
        return False
    if _still_to_come(clause, current):
        # `The two ministers will meet again at the Dialogue next month`: the verb is in the future;
        # not `the two discussed the next meeting of NATO ministers`, a gathering they spoke of
        text = extraction.text
        noun_phrase = _article_before(extraction.language)
        verbs = [  # `the next meeting`: a noun, whatever the tagger said
            t.mention
            for t in clause.strong()
            if not t.noun
            and not noun_phrase.search(text[max(clause.start, t.mention.start - 30) : t.mention.start])
        ]
        planned = patterns(extraction.language).planned
        return any(planned.search(text, clause.start, verb.end) for verb in verbs)
    dated = [w.value for w in clause.whens if w.value]
    if not dated or (current.when is not None and current.when.value == dated[0]):
        return False
    g = extraction.language.grammar
    articles = alternation(tuple(a for a in g.indefinite_articles if a not in g.back_determiners))
    nouns = alternation(extraction.language.gathering_nouns)
    return bool(
        re.search(
            rf"\b(?:{articles})\s+(?:[\w-]+\s+)?(?:{nouns})\b", extraction.text[clause.start : clause.end]
        )
    )


@cache
def _article_before(language: Language) -> re.Pattern[str]:
    """An article, and maybe one word, ending the text: what follows is a noun (`the next meeting`)."""
    g = language.grammar
    articles = alternation((*g.definite_articles, *g.indefinite_articles)).replace("’", "[’']")
    return re.compile(rf"(?<![\w’'-])(?:{articles})(?:\s+|(?<=[’']))(?:[\w-]+\s+)?$", re.IGNORECASE)


def _same_body(current: MeetingEvent, body: tuple[int, Mention], organisations: list[OrgEntity]) -> bool:
    """The encounter just read is a gathering of that body, and nobody is named in it yet."""
    if current.participants:
        return False
    if any(index == body[0] for index, _ in current.organisations):
        return True
    return any(c.start <= m.start < c.end for c in current.clauses for m in organisations[body[0]].mentions)


def _orgs_in(organisations: list[OrgEntity], clause: Clause) -> bool:
    return any(
        clause.start <= m.start < clause.end for o in organisations for m in o.mentions if o.kind != "media"
    )


def _new_event(clause: Clause, current: MeetingEvent, also: bool = True) -> bool:
    """Signals that the clause reports another encounter than the current one."""
    if (
        clause.new_event
        or any(w.relative for w in clause.whens)
        or (also and clause.also and (not clause.definite or clause.definite_after_counterpart))
    ):
        return True
    if clause.strong() and not clause.definite:
        if _still_to_come(clause, current):
            return True  # `doit s’entretenir`: a planned encounter after a held one
        if clause.held and current.status == "planned":
            return True
    dated = [w.value for w in clause.whens if w.value]
    if dated and clause.strong() and current.status == "planned" and current.when is None:
        return True  # `doit s’entretenir avec … Le 3 mai, X avait rencontré Y`: a dated other one
    return bool(dated and current.when and current.when.value and dated[0] != current.when.value)


def _still_to_come(clause: Clause, current: MeetingEvent) -> bool:
    """The clause tells of an encounter still to come (neither cancelled nor said held) after the
    current one, which was held."""
    return clause.planned and not clause.cancelled and current.status == "held" and not clause.held


def _brings_new(clause: Clause, current: MeetingEvent, extraction: Extraction, implied: bool = False) -> bool:
    """New people in a clause with its own trigger; for a clause that refers back, only a new
    counterpart (`Au cours de sa conversation avec X`: another call; `At the meeting held with X`,
    whose other party is implied)."""
    known = {i for i, _ in current.participants}
    new = [m for i, m in clause.people if i not in known]
    if not clause.strong() or not new:
        return False
    if not clause.definite or implied:
        return True
    calls = [t.mention for t in clause.triggers if t.kind == "call_on"]
    if any(m.start > c.end for c in calls for m in new):
        return True  # `During the meeting, the chiefs paid a courtesy call on President X`: another encounter
    text = extraction.text
    with_words = alternation(extraction.language.grammar.with_words)
    return any(
        re.search(
            rf"\b(?:{with_words})\s+(?:\S+\s+){{0,8}}$", text[max(clause.start, m.start - 80) : m.start]
        )
        for m in new
    )


def _same_pair(clause: Clause, current: MeetingEvent) -> bool:
    """`Les deux chefs ont ensuite tenu une séance de travail`: the two just met, nobody else, no
    other place or day: the same encounter going on, whatever `ensuite` says."""
    ids = {i for i, _ in clause.people}
    return (
        clause.pair
        and len(ids) >= 2
        and ids <= {i for i, _ in current.participants}
        and not clause.places
        and not any(w.value for w in clause.whens)
    )


def _same_parties_again(clause: Clause, current: MeetingEvent, extraction: Extraction) -> bool:
    """`X et Y discuteront également de la situation en Ukraine`: exactly the current encounter's
    parties (or one of its two and the other's description as a counterpart), no other place, day
    or tense: `also` adds to what they discuss, not another encounter."""
    ids = {i for i, _ in clause.people}
    known = {i for i, _ in current.participants}
    if not (
        not clause.new_event
        and not clause.places
        and not clause.whens
        and clause.planned == (current.status == "planned")
        and _remote_mode(clause, extraction) == (current.mode if current.remote else None)
    ):  # `s’étaient également entretenus par téléphone`: a call, not the encounter in person
        return False
    if len(ids) >= 2:
        return ids == known
    return (
        len(ids) == 1
        and ids < known
        and len(known) == 2
        and _counterpart_described(clause, current, extraction)
    )


def _counterpart_described(clause: Clause, current: MeetingEvent, extraction: Extraction) -> bool:
    """`X s’est également réjoui d’accueillir son homologue français`: the one X met, described so
    when the encounter was told (`… et son homologue français, le général Y`), not another one
    (`son homologue nigérien`, `his Beninese counterpart`; not `his Asean counterparts`)."""
    lead = _one_peer(extraction.language)
    described = [found.group().lower() for u in clause.unnamed if (found := lead.search(u.mention.text))]
    if not described:
        return False
    told = " ".join(extraction.text[slice(*extraction.sentences[n])] for n in current.sentences).lower()
    return any(re.search(rf"(?<![\w-]){re.escape(d)}(?![\w-])", told) for d in described)


@cache
def _one_peer(language: Language) -> re.Pattern[str]:
    """A counterpart noun in the singular with the word before and after it (`son homologue
    français`, `his Togolese counterpart`)."""
    words = alternation(tuple(w for w in language.peer_nouns if not written_plural(w))) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:[\w-]+\s+)?(?:{words})(?:\s+[a-zà-ÿ-]+)?", re.IGNORECASE)


def _continues(current: MeetingEvent, clause: Clause, persons: list[PersonEntity]) -> bool:
    """The clause tells more of the current encounter: shared people, nobody new (or a described
    party of it now named: `la ministre belge` … `Anna van der Heide, elle aussi reçue mardi`),
    no other date or place."""
    if _new_event(clause, current):
        return False
    known = {i for i, _ in current.participants}
    ids = [i for i, _ in clause.people]
    new = [i for i in ids if i not in known]
    if not known and clause.there and clause.sentence - 1 in current.sentences:
        return True  # `La rencontre s’est tenue mardi au palais. X y a reçu Y`: its parties, named next
    if len(new) == 1 and _fill_slot(current, persons[new[0]]):
        new = []
    elif not known & set(ids):
        return False
    if new:
        return False
    if clause.places and current.place and clause.places[0].text != current.place.text:
        return bool(gazetteer.country_of_name(clause.places[0].text))
    return True


def _distinct_places(places: list[Mention], extraction: Extraction) -> list[Mention]:
    """The places of a clause, a venue and the town it is in (`au niveau de l’État-Major de la Zone
    Sud à Agadir`: a town preposition alone between them) counted once, as the venue."""
    preps = alternation(extraction.language.grammar.town_preps)
    kept: list[Mention] = []
    for place in sorted(places, key=lambda p: p.start):
        gap = extraction.text[kept[-1].end : place.start] if kept else ""
        if kept and re.fullmatch(rf"\s*,?\s*(?:{preps})\s*", gap, re.IGNORECASE):
            continue
        kept.append(place)
    return kept


def _one_per_place(
    clause: Clause, trigger: Mention, towns: list[Mention], extraction: Extraction
) -> list[MeetingEvent]:
    """`des rencontres tenues à Ziguinchor en janvier et à Banjul en juillet`: one encounter per place,
    each dated by the expression nearest after it."""
    events = []
    for place in sorted(towns, key=lambda p: p.start):
        event = MeetingEvent([clause.sentence], trigger, place=place, inherits=False, clauses=[clause])
        event.when = min(
            clause.whens,
            key=lambda w: abs(w.start - place.end) if w.start >= place.end else 2 * abs(place.start - w.end),
            default=None,
        )
        if clause.planned:
            event.status = "planned"
        events.append(event)
    return events


def _fill_slot(meeting: MeetingEvent, person: PersonEntity) -> bool:
    """Name a described party of the encounter with `person` when their country allows it."""
    for slot in meeting.slots:
        if slot.country is None or person.country is None or slot.country == person.country:
            meeting.slots.remove(slot)
            if person.country is None and slot.country is not None:
                person.country = slot.country
            return True
    return False


def _open(
    clause: Clause, trigger: Mention, visit: Visit | None, day: When | None, extraction: Extraction
) -> MeetingEvent:
    event = MeetingEvent([clause.sentence], trigger, context=visit, headline=clause.headline, day=day)
    event.slots = [u for u in clause.unnamed if not u.plural]
    _absorb(event, clause, extraction)
    event.host = _host(extraction, clause, trigger)
    event.host_stated = event.host is not None
    if event.host is None and "visit" in clause.kinds() and trigger.text and clause.strong():
        # `sa tournée … par le Tchad, où elle s’est entretenue avec le président X`: the visited receives
        after = [i for i, m in clause.people if m.start > clause.strong()[0].mention.end]
        before = [i for i, m in clause.people if m.start < clause.strong()[0].mention.start]
        if after and before:
            event.host, event.visitor = after[0], before[0]
    if clause.postponed:
        event.status = "postponed"
    elif clause.cancelled:
        event.status = "cancelled"
    elif clause.planned:
        event.status, event.inherits = "planned", False
    remote = _remote_mode(clause, extraction)
    if remote is not None:
        event.mode = remote
    elif "visit" in clause.kinds():
        event.mode = "visit"
    return event


def _remote_mode(clause: Clause, extraction: Extraction) -> MeetingMode | None:
    """`video` for `visioconférence`, `by video link` (not `général de division`); `phone` for a call's
    words (`par téléphone`, or a plain word where the clause tells a call); None in person."""
    language = extraction.language
    plain = language.grammar.plain_call_words
    lowered = extraction.text[clause.start : clause.end].lower()
    if any(re.search(rf"(?<![\w-]){re.escape(w)}", lowered) for w in language.grammar.video_words):
        return "video"
    if any(re.search(rf"\b{re.escape(w)}", lowered) for w in language.call_words if w not in plain) or (
        "call" in clause.kinds() and re.search(rf"\b(?:{alternation(plain)})", lowered)
    ):
        return "phone"
    return None


def _absorb(meeting: MeetingEvent, clause: Clause, extraction: Extraction, places: bool = True) -> None:
    if clause.sentence not in meeting.sentences:
        meeting.sentences.append(clause.sentence)
    meeting.clauses.append(clause)
    known = {i for i, _ in meeting.participants}
    for index, mention in clause.people:
        if index not in known:
            meeting.participants.append((index, mention))
            known.add(index)
    meeting.unnamed += [u for u in clause.unnamed if not u.plural or not meeting.unnamed]
    whens = [w for w in clause.whens if not _since(extraction, w)]
    if meeting.when is None and whens and (places or clause.held):
        # the most complete expression nearest the trigger: `s’est réuni ce jeudi`, not `depuis le lundi 23`
        anchor = clause.strong()[0].mention.start if clause.strong() else meeting.trigger.start
        meeting.when = max(
            whens, key=lambda w: (w.value is not None, len(w.value or ""), -abs(w.start - anchor))
        )
    if (
        places
        and clause.places
        and (meeting.place is None or _more_specific(clause.places[0], meeting.place, extraction.language))
    ):
        meeting.place = clause.places[0]
    if meeting.host is None and clause.strong():
        meeting.host = _host(extraction, clause, clause.strong()[0].mention)
    if clause.postponed and meeting.status != "postponed":
        meeting.status = "postponed"
    if not meeting.distributive and _received_again(clause, extraction):
        meeting.distributive, meeting.split = True, (clause, clause.strong()[0].mention)


def _since(extraction: Extraction, when: When) -> bool:
    """`depuis le lundi 23 janvier`, `since Monday`: when a stay began, not when an encounter took place."""
    since = alternation(extraction.language.grammar.since_words)
    return bool(re.match(rf"(?:{since})\b", when.text, re.IGNORECASE))


def _more_specific(new: Mention, known: Mention, language: Language) -> bool:
    """A named site over a town, a town over a country (`places.place_rank`)."""
    return place_rank(new.text, language) < place_rank(known.text, language)


def _host(extraction: Extraction, clause: Clause, trigger: Mention) -> int | None:
    """The receiving side: subject of `recevoir`/`host`, agent of `être reçu par` / `received by`,
    the one who presides (`sous la présidence de`, `chaired by`)."""
    language = extraction.language
    pattern = patterns(language)
    if any(t.kind == "call_on" and t.mention == trigger for t in clause.triggers):
        visited = [i for i, m in clause.people if m.start > trigger.end]
        return visited[0] if visited else None  # `rendu visite au chef d’état-major X`: X receives
    presiding = re.search(
        "|".join(re.escape(h).replace("’", "[’']") for h in language.host_markers),
        extraction.text[clause.start : clause.end],
        re.IGNORECASE,
    )
    if presiding:
        presided = [i for i, m in clause.people if m.start >= clause.start + presiding.end()]
        if presided:
            return presided[0]
    if not pattern.receiving.fullmatch(trigger.text):
        return None
    text = extraction.text
    after = text[trigger.end : min(clause.end, trigger.end + 120)]
    agent = pattern.agent.search(after)
    before = text[max(clause.start, trigger.start - 30) : trigger.start]
    g = language.grammar
    being = re.search(rf"\b(?:{alternation(g.passive_auxiliaries)})\s+(?:\w+\s+){{0,2}}$", before)
    having = re.search(rf"\b(?:{alternation(g.perfect_auxiliaries)})\s+(?:\w+\s+){{0,2}}$", before)
    participle = trigger.text.lower().endswith(g.participle_endings)
    passive = bool(being) or bool(participle and not having and agent and agent.start() < 80)
    if passive and agent:
        agent_start = trigger.end + agent.end()
        after_agent = [i for i, m in clause.people if m.start >= agent_start]
        return after_agent[0] if after_agent else None
    if passive:
        return None
    if language.parser_reliable:
        token = next((t for t in extraction.doc if t.idx == trigger.start), None)
        if token is not None:
            for child in token.children:
                if child.dep_.startswith("nsubj"):
                    lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                    for index, mention in clause.people:
                        if lo <= mention.start < hi:
                            return index
    subjects = [i for i, m in clause.people if m.start < trigger.start]
    return subjects[-1] if subjects else None


def _sidelines(
    found: list[MeetingEvent], extraction: Extraction, published: str | None
) -> list[MeetingEvent]:
    """`en marge du Forum X qui se tient du 3 au 5 mai à Nairobi`: the conference is an
    encounter of the same people too, dated and placed by its own clause."""
    result: list[MeetingEvent] = []
    conferences: dict[str, MeetingEvent] = {}
    for meeting in found:
        result.append(meeting)
        clause = next((c for c in meeting.clauses if c.sidelines is not None), None)
        if clause is None or clause.sidelines is None:
            continue
        name = clause.sidelines
        if any(e.start < name.end and name.start < e.end for e in extraction.exercises):
            continue  # `en marge des activités de l’exercice « African Lion 23 »`: no gathering
        key = gazetteer.key(name.text)[:40]
        conference = conferences.get(key)
        if conference is None:
            conference = MeetingEvent(list(meeting.sentences), name, mode="multilateral", inherits=False)
            conference.status = meeting.status
            after = [w for w in clause.whens if w.start >= name.start]
            conference.when = after[0] if after else _dated_later(extraction, name, clause.end, published)
            inside = [p for p in extraction.places if name.start <= p.start < name.end] or _places_named_in(
                name
            )
            heads = set(extraction.language.grammar.text_heads)
            inside = [p for p in inside if p.text.lower() not in heads]  # `… Summit`: no town
            bodies = [o.name for o in extraction.organisations]
            bodies += [o.acronym for o in extraction.organisations if o.acronym]  # `(SCO) Meet`: no town
            bodies += list(extraction.acronym_uses)
            inside = [  # `Summit of the Common Market for … Africa`: a word of a body's name, no town
                p for p in inside if not any(b.start <= p.start and p.end <= b.end for b in bodies)
            ]
            places = [p for p in clause.places if p.start >= name.start] or inside
            conference.place = (
                places[0] if places else meeting.place or _placed_later(extraction, name, clause.end)
            )
            conferences[key] = conference
            result.append(conference)
            if meeting.place is None:
                meeting.place = conference.place
        known = {i for i, _ in conference.participants}
        for clause_read in meeting.clauses:
            if clause_read.sidelines is None and clause_read is not meeting.clauses[0]:
                continue
            for index, mention in clause_read.people:
                if index not in known:
                    known.add(index)
                    conference.participants.append((index, mention))
    return result


def _places_named_in(name: Mention) -> list[Mention]:
    """`la Conférence de Lomé sur la sûreté maritime`: the town in the conference's name."""
    found = []
    for match in re.finditer(r"[A-ZÀ-Ý][\w’'-]+", name.text):
        if gazetteer.is_place(match.group()):
            found.append(Mention(match.group(), name.start + match.start(), name.start + match.end()))
    return found


def _naming_later(extraction: Extraction, name: Mention, after: int) -> Iterator[tuple[int, int]]:
    """The sentences from `after` on that name the conference again (its first two capitalised words)."""
    words = [w.lower() for w in re.findall(r"[A-ZÀ-Ý][\w’'-]+", name.text)][:2]
    if not words:
        return
    for start, end in extraction.sentences:
        if start >= after and all(w in extraction.text[start:end].lower() for w in words):
            yield start, end


def _placed_later(extraction: Extraction, name: Mention, after: int) -> Mention | None:
    """`The Lomé Summit in Kara`, a later sentence naming the conference says where it is held."""
    for start, end in _naming_later(extraction, name, after):
        found = [
            p for p in located_places(extraction, start, end, meeting=True) if gazetteer.is_place(p.text)
        ]
        if found:
            return found[0]
    return None


def _dated_later(extraction: Extraction, name: Mention, after: int, published: str | None) -> When | None:
    """`La conférence de Lomé … se déroule du 9 au 11 mars`: a later sentence dating the conference."""
    for start, end in _naming_later(extraction, name, after):
        found = [
            w for w in dates.find(extraction.text, start, end, published, extraction.language) if w.value
        ]
        if found:
            return found[0]
    return None


def _headline_context(found: list[MeetingEvent], headline: list[Clause], language: Language) -> None:
    """`La ministre … attendue jeudi à Accra`: the headline dates and places the lead encounter."""
    body = [m for m in found if not m.headline]
    if not body or not headline:
        return
    lead = body[0]
    whens = [w for c in headline for w in c.whens]
    places = [p for c in headline for p in c.places]
    if lead.when is None and whens:
        lead.when = whens[0]
    if places and (lead.place is None or _more_specific(places[0], lead.place, language)):
        known = gazetteer.place_country(lead.place.text) if lead.place else None
        if known is None or gazetteer.place_country(places[0].text) == known:
            lead.place = places[0]
    if not places or lead.place is not places[0] or not any("visit" in c.kinds() for c in headline):
        return
    people = {i for i, _ in lead.participants}
    for other in body[1:]:
        # `Le ministre en visite à Niamey`: the other encounters of the same visitors, placed nowhere else
        same = people & {i for i, _ in other.participants}
        if other.place is None and other.inherits and not other.remote and same:
            other.place = places[0]


def _merge_headline(found: list[MeetingEvent]) -> list[MeetingEvent]:
    """A headline encounter that the body reports too is the body's; it lends its date and place."""
    body = [m for m in found if not m.headline]
    kept = list(body)
    for meeting in (m for m in found if m.headline):
        ids = {i for i, _ in meeting.participants}

        def overlap(other: MeetingEvent, ids: set[int] = ids) -> int:
            return len(ids & {i for i, _ in other.participants})

        best = max((overlap(b) for b in body), default=0)
        same = [b for b in body if best and overlap(b) == best and 2 * best >= len(ids)]
        if not ids:
            same = body[:1]
        if same:
            target = same[0]
            if target.when is None and meeting.when is not None:
                target.when = meeting.when
            if target.place is None and meeting.place is not None:
                target.place = meeting.place
            continue
        kept.append(meeting)
    return sorted(kept, key=_first_read)


def _first_read(meeting: MeetingEvent) -> int:
    """Where the text first reports the encounter: an announcing clause absorbed before the one that
    names its parties (`X et Y ont conclu mardi un traité … à l’occasion du Forum Z. Le texte porte les
    signatures de …`) places it before the conference named in that announcement."""
    return min([meeting.trigger.start, *(c.start for c in meeting.clauses if not c.headline)])


def _dates_and_places(found: list[MeetingEvent], published: str | None) -> None:
    """Relative dates from the meeting before; held meetings inherit their day's or visit's date and place."""
    previous: str | None = None
    before: MeetingEvent | None = None
    for meeting in found:
        visit = meeting.context
        if meeting.when and meeting.when.relative:
            meeting.date = dates.shift(previous, meeting.when.relative)
        elif meeting.when and meeting.when.value:
            meeting.date = _reported_year(meeting, meeting.when, published)
        elif meeting.when is None and meeting.day is not None:
            meeting.date, meeting.when = meeting.day.value, meeting.day
        elif meeting.when is None and meeting.inherits and meeting.status == "held" and visit and visit.when:
            meeting.date, meeting.when = visit.when.value, visit.when
        inherits = not meeting.remote and (meeting.inherits or meeting.status == "planned")
        if meeting.place is None and inherits and visit and visit.place:
            meeting.place = visit.place  # `arrivé ce jeudi à Djibouti … devrait s’entretenir avec X`: there
        if (
            meeting.place is None
            and meeting.inherits
            and before is not None
            and before.place is not None
            and _town(before.place)
            and ({i for i, _ in meeting.participants} & {i for i, _ in before.participants})
            and meeting.day is before.day
            and not meeting.remote
        ):
            meeting.place = before.place  # the same visit goes on: `le lendemain, il a été reçu par ...`
        if (
            meeting.status == "held"
            and meeting.date
            and published
            and meeting.date > published[: len(meeting.date)]
        ):
            meeting.status = "planned"  # `a donné son accord pour se rendre en Chine l’an prochain`
        previous = meeting.date or previous
        before = meeting


def _town(place: Mention) -> bool:
    """A place a later encounter of the same visit may share: one the gazetteer knows, or a single
    name it lacks (`à Yarzeh`); a venue (`Joint Operations Coordination Center`) was for that
    encounter alone."""
    return gazetteer.is_place(place.text) or (" " not in place.text and place.text[:1].isupper())


def _reported_year(meeting: MeetingEvent, when: When, published: str | None) -> str | None:
    """`held talks … on Nov. 12` published in January: a day written without a year that would
    fall after the publication, in a report of what took place, is of the year before."""
    value = when.value
    if (
        value is None
        or when.year_written
        or meeting.status != "held"
        or published is None
        or len(published) < 10
        or len(value) < 10
        or value <= published
    ):
        return value
    return f"{int(value[:4]) - 1:04d}{value[4:]}" if value[4:] != "-02-29" else value


def _dateline_place(found: list[MeetingEvent], extraction: Extraction) -> None:
    """Wire copy names the city a report was filed from once, in the dateline (`CAIRO —`): an
    encounter in person that names no place of its own took place there."""
    dateline = extraction.dateline
    if dateline is None or not gazetteer.is_place(dateline.text) or gazetteer.country_of_name(dateline.text):
        return
    for meeting in found:
        if meeting.place is None and not meeting.remote:
            meeting.place = dateline


def _topics(meeting: MeetingEvent, extraction: Extraction) -> None:
    for clause in meeting.clauses:
        for pattern in extraction.language.topic_patterns:
            for match in re.finditer(pattern, extraction.text[clause.start : clause.end], re.IGNORECASE):
                s, e = clause.start + match.start("t"), clause.start + match.end("t")
                ends = alternation(extraction.language.grammar.topic_ends)
                cut = re.search(rf",|\s(?:{ends})\b", extraction.text[s:e])
                if cut:
                    e = s + cut.start()
                topic = extraction.text[s:e].strip()
                if topic and len(topic.split()) <= 14 and topic not in {t.text for t in meeting.topics}:
                    meeting.topics.append(Mention(topic, s, s + len(topic)))


def _finish(
    meeting: MeetingEvent, extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity]
) -> None:
    _topics(meeting, extraction)
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
    _fill_unnamed(meeting, persons)
    seen: set[int] = set()
    # `la Commission de la LCO`: the owner named inside a body's name is not a party of its own
    owned = {
        (m.start, m.end)
        for e in organisations
        for m in e.mentions
        for o in organisations
        if o is not e
        for n in o.mentions
        if n.start < m.start and m.end <= n.end
    }
    if meeting.participants:
        for clause in meeting.clauses:
            for index, entity in enumerate(organisations):
                for mention in entity.mentions:
                    if (
                        clause.start <= mention.start < clause.end
                        and index not in seen
                        and entity.kind != "media"
                        and (mention.start, mention.end) not in owned
                    ):
                        seen.add(index)
                        meeting.organisations.append((index, mention))
    elif not meeting.organisations:
        for clause in meeting.clauses[:1]:
            for index, entity in enumerate(organisations):
                first = next(
                    (
                        m
                        for m in entity.mentions
                        if clause.start <= m.start < clause.end and (m.start, m.end) not in owned
                    ),
                    None,
                )
                if first and entity.kind != "media" and index not in seen:
                    seen.add(index)
                    meeting.organisations.append((index, first))
    for index, _ in meeting.participants:
        for claim in persons[index].roles:
            if claim.organisation is not None and claim.organisation not in seen:
                seen.add(claim.organisation)
                meeting.organisations.append((claim.organisation, claim.role))
    _local_host(meeting, persons)
    meeting.host_side = _host_side(meeting, extraction, persons)


def _host_side(meeting: MeetingEvent, extraction: Extraction, persons: list[PersonEntity]) -> set[int]:
    """Who receives with the host: someone the text says accompanies the host (`X, accompagné du
    ministre Y, a reçu Z`, `reçu par X en présence de Y`), of the host's family (the host's
    surname: `ses fils Y et Z X ont pris part à la rencontre`), or of the host's country or body
    while a visitor of another country or body is received. With no visitor from elsewhere, the
    others are the visitors (`le ministre a reçu le chef d’état-major`)."""
    host = meeting.host
    if host is None or meeting.mode == "multilateral":
        return set()
    others = [(i, m) for i, m in meeting.participants if i != host]
    side: set[int] = set()
    presence = patterns(extraction.language).presence
    host_mentions = [m for i, m in meeting.participants if i == host] + list(persons[host].mentions)
    triggers = [t.mention for clause in meeting.clauses for t in clause.triggers]
    words = alternation(extraction.language.grammar.coordinators).replace("’", "[’']")
    coordinator = re.compile(rf"(?<!\w)(?:{words})(?:(?<=[’'])|(?!\w))", re.IGNORECASE)  # `ainsi qu’avec`
    for index, mention in others:
        before = [m for m in host_mentions if m.end <= mention.start and mention.start - m.end < 200]
        if not before:
            continue
        last = max(before, key=lambda m: m.end)
        between = extraction.text[last.end : mention.start]
        if any(last.end <= t.start and t.end <= mention.start for t in triggers):
            continue
        if presence.search(between):
            side.add(index)  # `X, accompagné de Y,` / `reçu par X, en présence de Y`
        elif (
            coordinator.search(between)
            and extraction.sentence_of(last.start) == extraction.sentence_of(mention.start)
            and any(
                t.end <= last.start and extraction.sentence_of(t.start) == extraction.sentence_of(last.start)
                for t in triggers
            )
            and not any(last.end <= m.start < mention.start for i, m in others if i not in side)
        ):
            side.add(
                index
            )  # `… pour s’entretenir avec X, ainsi qu’avec Y`: named with the host, received with them

    family = persons[host].surname.casefold()
    side |= {
        i for i, _ in others if persons[i].surname.casefold() == family and len(persons[i].name.split()) > 1
    }

    def camp(index: int) -> set[str]:
        person = persons[index]
        bodies = {f"org:{c.organisation}" for c in person.roles if c.organisation is not None}
        return bodies | ({f"country:{person.country}"} if person.country else set())

    home = camp(host)
    for index, _ in others:
        if index in side or not home & camp(index):
            continue
        foreign = [i for i, _ in others if i != index and i not in side and camp(i) and not home & camp(i)]
        if foreign:
            side.add(index)  # an officer of the host's country or body, beside a visitor from elsewhere
    return side


def _fill_unnamed(meeting: MeetingEvent, persons: list[PersonEntity]) -> None:
    """A described party later named (`la ministre belge` … `Mme X`) takes the description's country."""
    for unnamed in meeting.unnamed:
        if unnamed.country is None or unnamed.plural:
            continue
        for index, _ in meeting.participants:
            if persons[index].country is None and index != meeting.host:
                persons[index].country = unnamed.country
                break


def _local_host(meeting: MeetingEvent, persons: list[PersonEntity]) -> None:
    """During a visit, the local official visited receives; a visitor from abroad never does."""
    visit = meeting.context
    visitor = visit.visitor if visit else None
    if meeting.host is None and visitor is not None and meeting.mode != "multilateral":
        others = [i for i, _ in meeting.participants if i != visitor]
        if others and any(i == visitor for i, _ in meeting.participants):
            local = [
                i for i in others if meeting.place_country and persons[i].country == meeting.place_country
            ]
            meeting.host = (local or others)[0]
    if meeting.place_country and meeting.host is not None and persons[meeting.host].country is None:
        persons[meeting.host].country = meeting.place_country  # a host receives at home
    if (
        meeting.place_country
        and meeting.host is not None
        and meeting.mode != "multilateral"
        and not meeting.host_stated
    ):
        host_country = persons[meeting.host].country
        local = [i for i, _ in meeting.participants if persons[i].country == meeting.place_country]
        if host_country != meeting.place_country and len(local) == 1 and visitor is not None:
            meeting.host = local[0]
