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
import unicodedata
from dataclasses import dataclass

from ..languages.fr.lexicon import ROLE_HEADS, demonym_country
from ..models.organisation import OrganisationKind
from . import gazetteer
from .entities import OrgEntity, PersonEntity, RoleClaim
from .exercises import ExerciseEvent, exercises
from .extract import Extraction, Mention
from .meetings import MeetingEvent, meetings

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
class Linked:
    """Output of the link step: one article's entities and events."""

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
    found = meetings(extraction, persons, organisations, published)
    return Linked(persons, organisations, found, exercises(extraction, published))


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


# ---------------------------------------------------------------- organisations


def _canonical(name: str) -> str:
    return name[:1].upper() + name[1:]


def _organisations(extraction: Extraction, publisher: str | None) -> list[OrgEntity]:
    entities: list[OrgEntity] = []
    by_acronym: dict[str, OrgEntity] = {}
    ordered = sorted(
        extraction.organisations, key=lambda o: (o.acronym is None, o.name.text.isupper(), o.name.start)
    )
    for org in ordered:
        name = org.name.text
        entity = None
        if org.acronym:
            entity = by_acronym.get(org.acronym.text.casefold())
        if entity is None and (name.isupper() or name.casefold() in by_acronym):
            entity = by_acronym.get(name.casefold())
        if entity is None:
            entity = next((e for e in entities if _org_key(e.name) == _org_key(name)), None)
        if entity is None and name.isupper():
            matches = [e for e in entities if e.acronym is None and abbreviates(name, e.name)]
            entity = matches[0] if len(matches) == 1 else None
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
    _parents(entities)
    return entities


def _parents(entities: list[OrgEntity]) -> None:
    """`État-Major général des Forces armées royales`: a body named as part of another one listed."""
    for entity in entities:
        if entity.name_mention is None:
            continue
        for index, other in enumerate(entities):
            if other is entity:
                continue
            for form in filter(None, (other.name, other.acronym.text if other.acronym else None)):
                match = re.search(
                    rf"\b(?:de la|de l’|de l'|du|des|de|d’|d')\s*{re.escape(form)}$",
                    entity.name_mention.text,
                    re.IGNORECASE,
                )
                if match and match.start() > 0:
                    entity.parent = index
                    start = entity.name_mention.start + match.end() - len(form)
                    entity.parent_mention = Mention(form, start, start + len(form))
                    if entity.country is None:
                        entity.country = other.country


def _org_key(name: str) -> str:
    """Comparison form of an organisation name, nationality adjectives left out."""
    return " ".join(w for w in gazetteer.key(name).split() if not demonym_country(w))


_SMALL_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "pour", "en", "et", "of", "the", "for"}


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", gazetteer.key(text))
    return "".join(c for c in folded if not unicodedata.combining(c))


def abbreviates(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of prefixes of the content words of `name`, in any order.

    `AFRICOM` = AFRI(que) + COM(mandement); `NAVAF` = NAV(ales) + AF(rique); `ANL` = A N L."""
    words = [w for w in re.split(r"[\s’'-]+", _plain(name)) if w and w not in _SMALL_WORDS]
    letters = _plain(acronym).replace("-", "")
    if len(letters) < 2 or len(words) < 2:
        return False

    def split(rest: str, unused: tuple[str, ...]) -> bool:
        if not rest:
            return True
        return any(
            word.startswith(rest[:n]) and split(rest[n:], unused[:i] + unused[i + 1 :])
            for i, word in enumerate(unused)
            for n in range(len(rest), 0, -1)
        )

    return split(letters, tuple(words))


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
            sent_start, sent_end = extraction.sentence_of(mention.start)
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
        if person.country is None:  # `le général norvégien Henrik Sande`
            person.country = _nationality_before(extraction.text, person)


def _nationality_before(text: str, person: PersonEntity) -> str | None:
    for mention in person.mentions:
        words = re.findall(r"[\w’'-]+", text[max(0, mention.start - 25) : mention.start])
        if words and demonym_country(words[-1]):
            return demonym_country(words[-1])
    return None


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
