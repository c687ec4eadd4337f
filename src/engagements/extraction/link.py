"""Link: mentions -> the entities and events of one article.

Persons: mentions are the same person when their name words agree, whatever the order
(`El Mokhtar Belaïd` / `Belaïd El Mokhtar`), the particles (`Ould`, `al-`) or middle names, or
when a surname alone (`Haftar`, `Zerrouki` for `al-Zerrouki`) or a spelling variant of a long name
(`Bouchareb` / `Boucharab`) ends a full name; a surname shared by several people goes to the
one named last before it. Organisations: by acronym (`AFRICOM` = AFRI+COM), name or name
without nationality; a body every state has, named without its state (`ministère de la Défense
nationale`), gets the country the article says it belongs to. Roles come from appositions
(`roles.py`), events from `meetings.py` and `exercises.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..languages.base import Language, alternation
from ..models.organisation import OrganisationKind
from ..pipeline.names import distance
from ..pipeline.names import same_word as word_relation
from . import gazetteer
from .acronyms import abbreviates, plain
from .entities import OrgEntity, PersonEntity
from .exercises import ExerciseEvent, exercises
from .meetings import MeetingEvent, meetings
from .mentions import Extraction, Mention, PersonMention
from .roles import assign_roles, country_in


@dataclass
class Linked:
    """Output of the link step: one article's entities and events."""

    persons: list[PersonEntity]
    organisations: list[OrgEntity]
    meetings: list[MeetingEvent]
    exercises: list[ExerciseEvent]


def link(
    extraction: Extraction,
    published: str | None,
    publisher: str | None,
    published_span: tuple[int, int] | None = None,
) -> Linked:
    """Entities and events of one article; `published_span` is the credit line's date (never an event's)."""
    organisations = _organisations(extraction, publisher)
    persons = _persons(extraction)
    assign_roles(extraction, persons, organisations)
    found = meetings(extraction, persons, organisations, published, published_span)
    held = exercises(extraction, published)
    _state_body_countries(extraction, organisations, persons, found, held)
    return Linked(persons, organisations, found, held)


# ---------------------------------------------------------------- persons


def name_keys(name: str, language: Language) -> tuple[str, ...]:
    """Comparison words of a name: folded, particles and `al-` prefixes left out."""
    keys = []
    for word in re.split(r"[\s]+", plain(name)):
        word = re.sub(rf"^(?:{alternation(language.grammar.name_prefixes)})-", "", word).strip(".’'")
        if word and word not in language.name_particles and len(word) > 1:
            keys.append(word)
    return tuple(keys)


def same_word(a: str, b: str) -> bool:
    """Equal, or a spelling variant of a long name word (`chanegriha` / `chengriha`)."""
    return a == b or (min(len(a), len(b)) >= 6 and a[0] == b[0] and distance(a, b) <= 2)


def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return False
    if sorted(a) == sorted(b):
        return True  # name order: `El Mokhtar Belaïd` / `Belaïd El Mokhtar`
    if a[-1] == b[-1] and len(a[0]) >= 6 and a[0][0] == b[0][0] and distance(a[0], b[0]) <= 1:
        return True  # `Abdelhamid` / `Abdelhamed`; never `Khalid` / `Khalifa`
    if len(a) == len(b) >= 2 and a[:-1] == b[:-1] and word_relation(a[-1], b[-1]) == "variant":
        return True  # `Belkacemi` / `Belkasemi`: the surname spelt two ways, the given names equal
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) >= 2 and set(shorter) <= set(longer) and shorter[0] == longer[0]:
        return True
    if any("-" in word for word in (*a[1:], *b[1:])):
        # `Conway-Mouret` / `Conway Mauret`: a hyphen inside the surname, the given name the same,
        # as many words either way; never `Marie-Claire` / `Marie` (another given name)
        x, y = _unhyphenated(a), _unhyphenated(b)
        return a[0] == b[0] and len(x) == len(y) and _same_full_name(x, y)
    return False


def _unhyphenated(key: tuple[str, ...]) -> tuple[str, ...]:
    """The surname's words split at their hyphens; the first (given) name kept whole."""
    return key[:1] + tuple(part for word in key[1:] for part in word.split("-") if part)


def _persons(extraction: Extraction) -> list[PersonEntity]:
    language = extraction.language
    persons: list[PersonEntity] = []
    keys: list[tuple[str, ...]] = []
    singles: list[PersonMention] = []
    for mention in extraction.persons:
        key = name_keys(mention.full_name, language)
        if len(key) < 2:
            singles.append(mention)
            continue
        index = next((i for i, known in enumerate(keys) if _same_full_name(known, key)), None)
        if index is None:
            persons.append(PersonEntity(mention.full_name))
            keys.append(key)
            index = len(persons) - 1
        elif len(key) > len(keys[index]):
            persons[index].name, keys[index] = mention.full_name, key
        persons[index].mentions.append(mention.name)
        if mention.title:
            persons[index].titles.append(mention.title)
    for mention in singles:
        word = name_keys(mention.full_name, language)
        index = _surname_owner(word[0] if word else "", keys, persons, mention.name.start)
        if index is None:
            persons.append(PersonEntity(mention.full_name))
            keys.append(word)
            index = len(persons) - 1
        persons[index].mentions.append(mention.name)
        if mention.title:
            persons[index].titles.append(mention.title)
    for person in persons:
        person.mentions.sort(key=lambda m: m.start)
    return persons


def _surname_owner(
    word: str, keys: list[tuple[str, ...]], persons: list[PersonEntity], offset: int
) -> int | None:
    """The person whose surname (or a later name word) `word` is; the one named last before `offset`
    when several share it; else the only one whose name opens with it (surname first)."""
    if not word:
        return None
    owners = [
        i for i, key in enumerate(keys) if len(key) > 1 and (same_word(key[-1], word) or word in key[1:])
    ]
    if not owners:
        owners = [i for i, key in enumerate(keys) if len(key) == 1 and same_word(key[0], word)]
    if not owners:  # `Cao Gangchuan … M. Cao`: a name written surname first, when only one fits
        first = [i for i, key in enumerate(keys) if len(key) > 1 and same_word(key[0], word)]
        owners = first if len(first) == 1 else []
    if len(owners) <= 1:
        return owners[0] if owners else None

    def last_before(index: int) -> int:
        starts = [m.start for m in persons[index].mentions if m.start < offset]
        return max(starts) if starts else -1

    return max(owners, key=last_before)


# ---------------------------------------------------------------- organisations


def organisation_kind(name: str, language: Language) -> OrganisationKind:
    """A first guess of an organisation's kind from the words of its name; a head that always names
    one kind of body decides alone (`Ministère des Armées`: a ministry, whatever it runs)."""
    head = name.split()[0].lower() if name.split() else ""
    if head in language.grammar.always_named_heads and head != name.lower():
        return organisation_kind(head, language)
    for pattern, kind in language.kinds:
        if re.search(pattern, name, re.IGNORECASE):
            return kind  # type: ignore[return-value]
    return "other"


def _canonical(name: str) -> str:
    return name[:1].upper() + name[1:]


def _organisations(extraction: Extraction, publisher: str | None) -> list[OrgEntity]:
    language = extraction.language
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
            entity = next((e for e in entities if _same_name(e.name, name, language)), None)
        if entity is None and name.isupper():
            matches = [e for e in entities if e.acronym is None and abbreviates(name, e.name, language)]
            if (
                len(matches) > 1
            ):  # `AFRICOM`: Africa Command, whose every word it covers, not African Union Commission
                matches = [e for e in matches if abbreviates(name, e.name, language, every_word=True)]
            entity = matches[0] if len(matches) == 1 else None
        if entity is None and len(name.split()) == 1 and not name.isupper():
            # `Wagner` beside `Wagner Group`: the body written short; not `NATO` beside `NATO Military
            # Committee`, a body in capitals and one of its organs, two bodies
            entity = next(
                (
                    e
                    for e in entities
                    if e.name.split()[0].casefold() == name.casefold() and len(e.name.split()) > 1
                ),
                None,
            )
        if entity is None and not name.isupper():
            entity = _alias_of(extraction.text, org.name, entities)
        if entity is None and publisher and name in publisher and name != publisher:
            continue
        if entity is None:
            entity = OrgEntity(_canonical(name), org.name, kind=organisation_kind(name, language))
            entities.append(entity)
        if org.kind:
            entity.kind = org.kind  # the text says what the body is
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
        entity.country = country_in(entity.name, language)
        entity.country = entity.country or _owner_country(extraction.text, entity.name_mention)
        entity.mentions.sort(key=lambda m: m.start)
    _parents(entities, language)
    return entities


def _alias_of(text: str, org: Mention, entities: list[OrgEntity]) -> OrgEntity | None:
    """`Commandement militaire de Valdavie (Valdavian Military Command, VMC)`: a name written in
    parentheses right after another body's name is another name of that body."""
    for entity in entities:
        if any(
            m.end <= org.start and re.fullmatch(r"[ \t]*\([ \t]*", text[m.end : org.start])
            for m in entity.mentions
        ):
            return entity
    return None


def _owner_country(text: str, mention: Mention | None) -> str | None:
    """`Malawi's Ministry of Defence`: the state whose possessive the name follows."""
    if mention is None:
        return None
    before = text[max(0, mention.start - 40) : mention.start]
    owner = re.search(r"([A-ZÀ-Ý][\w-]*(?:[ -][A-ZÀ-Ý][\w-]*)?)[’']s\s+$", before)
    if owner is None:
        return None
    return gazetteer.country_of_name(owner.group(1)) or gazetteer.country_of_name(owner.group(1).split()[-1])


def _state_body_countries(
    extraction: Extraction,
    entities: list[OrgEntity],
    persons: list[PersonEntity],
    found: list[MeetingEvent],
    held: list[ExerciseEvent],
) -> None:
    """`le ministère de la Défense nationale`, `la Présidence de la République`: a body every state has,
    named without its state, belongs to the state the article says: a nationality or a seat beside one
    of its mentions (`ministère nigérien de la Défense nationale`, `ministère des Armées, à Paris`),
    else the one country of the people who hold a position in it (`le ministre tunisien de la Défense
    nationale, X`), else the country the article reports from (`_home_country`). Runs last: the
    persons' and events' countries are read, never changed."""
    language = extraction.language
    heads = tuple(gazetteer.key(h) for h in language.state_bodies)
    home = _home_country(extraction, found, held)
    for index, entity in enumerate(entities):
        name = gazetteer.key(entity.name)
        if entity.country or entity.kind == "intergovernmental":
            continue  # `ECOWAS Authority of Heads of State and Government`: many states' body
        if not any(name.startswith(h + " ") or name.endswith(" " + h) for h in heads):
            continue
        beside = {
            c
            for m in entity.mentions
            if not m.text.isupper() and (c := country_in(m.text, language) or _beside(extraction, m))
        }
        holders = {
            p.country
            for p in persons
            if p.country
            and any(c.organisation == index or _heads(c.role.text, entity.name, language) for c in p.roles)
        }
        for countries in (beside, holders):
            if countries:
                entity.country = countries.pop() if len(countries) == 1 else None
                break
        else:
            entity.country = home


def _beside(extraction: Extraction, mention: Mention) -> str | None:
    """`le ministère de la Défense nationale tunisien`, `le ministère des Armées, à Paris`: a
    nationality adjective or a place (its seat) right after a name."""
    language = extraction.language
    after = extraction.text[mention.end : mention.end + 60]
    word = re.match(r"\s+([\w’'-]+)", after)
    if word and (country := language.demonym_country(word.group(1))):
        return country
    seat = re.match(
        rf",?\s+(?:{alternation(language.locatives)})\s+([A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+)*)", after
    )
    return gazetteer.place_country(seat.group(1), extraction.countries) if seat else None


def _heads(role: str, name: str, language: Language) -> bool:
    """`ministre (tunisien) de la Défense nationale` heads `Ministère de la Défense nationale`: the same
    complement after a position noun and a body noun of one stem (`ministre` / `ministère`, `minister` /
    `ministry`), nationality adjectives aside."""
    role_words, name_words = (
        [w for w in gazetteer.key(text).split() if not language.demonym_country(w)] for text in (role, name)
    )
    if len(role_words) < 2 or role_words[1:] != name_words[1:]:
        return False
    return len(role_words[0]) >= 5 and role_words[0][:5] == name_words[0][:5]


def _home_country(extraction: Extraction, found: list[MeetingEvent], held: list[ExerciseEvent]) -> str | None:
    """The country the article reports from: its dateline's (a report filed from home names its
    own state's bodies without their state; the bodies it visits abroad are placed by their seat
    or their holders first), else the one country of everything it reports, when there is one."""
    dateline = extraction.dateline
    if dateline is not None and (country := gazetteer.place_country(dateline.text, extraction.countries)):
        return country
    where = {m.place_country for m in found if m.place_country} | {
        e.place_country for e in held if e.place_country
    }
    return where.pop() if len(where) == 1 else None


def _parents(entities: list[OrgEntity], language: Language) -> None:
    """`État-Major général des Forces armées nationales`: a body named as part of another one listed."""
    preps = alternation(language.grammar.complement_preps).replace("’", "[’']")
    for entity in entities:
        if entity.name_mention is None:
            continue
        for index, other in enumerate(entities):
            if other is entity:
                continue
            for form in filter(None, (other.name, other.acronym.text if other.acronym else None)):
                match = re.search(
                    rf"\b(?:{preps})\s*{re.escape(form)}$",
                    entity.name_mention.text,
                    re.IGNORECASE,
                )
                if match and match.start() > 0:
                    entity.parent = index
                    start = entity.name_mention.start + match.end() - len(form)
                    entity.parent_mention = Mention(form, start, start + len(form))
                    if entity.country is None:
                        entity.country = other.country


def _same_name(a: str, b: str, language: Language) -> bool:
    """Two names of one body: the same words but nationality adjectives, and no two states
    (`Forces Tamarin` and `force française Tamarin` are one; `Nigerian Navy` and `U.S. Navy` two)."""
    if _org_key(a, language) == _org_key(b, language):
        return len({country_in(a, language), country_in(b, language)} - {None}) < 2
    # `Defence Ministry` / `Ministry of Defence`: the same words in another order, of one state
    # named the same way (not `Ministry of Defence` beside the `Saudi Defence Ministry`)
    same_words = _org_key(a, language, ordered=False) == _org_key(b, language, ordered=False)
    return same_words and country_in(a, language) == country_in(b, language)


@lru_cache(maxsize=4096)
def _org_key(name: str, language: Language, ordered: bool = True) -> str:
    """Comparison form of an organisation name: nationality adjectives left out, plurals made singular
    (`Forces Tamarin` / `force française Tamarin`), articles and prepositions left out (`Force
    d’Afrique de l’Est` / `Force de l’Afrique de l’Est`)."""
    elided = re.compile(language.grammar.elided_articles)
    small = {gazetteer.key(w) for w in language.link_words}
    words = [elided.sub("", w) for w in gazetteer.key(name).split() if not language.demonym_country(w)]
    words = [w for w in words if w and w not in small]
    singular = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]
    return " ".join(singular if ordered else sorted(singular))
