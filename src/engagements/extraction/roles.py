"""Roles and countries of persons: what their appositions say they are, and whom they serve.

`le chef de l’ANL, le maréchal X`, `X, commandant du Commandement … (AFRICOM),`, decree lists
`le Général X : Chef d’état-major des Armées` and `Minister of Defense X`: a position phrase next
to a name is a role, split on `et`/`and` (`Premier ministre et ministre de la Défense du GUN`
is two roles of the GUN). A person's country is that of the body of a role, a nationality in
the role, or the nationality adjective before the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from ..languages.base import Language, alternation
from . import gazetteer
from .entities import OrgEntity, PersonEntity, RoleClaim, org_at
from .mentions import Extraction, Mention
from .names import position_follows


@cache
def _alt(words: tuple[str, ...]) -> str:
    """An alternation of words, apostrophes written either way."""
    return alternation(words).replace("’", "[’']")


@cache
def _role_head(language: Language) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:{alternation(language.role_heads).replace('’', '[’' + chr(39) + ']')})(?![\w-])",
        re.IGNORECASE,
    )


def assign_roles(extraction: Extraction, persons: list[PersonEntity], organisations: list[OrgEntity]) -> None:
    text, language = extraction.text, extraction.language
    name_ends = {m.end for p in persons for m in p.mentions}
    for person in persons:
        phrases: list[str] = []
        for mention in person.mentions:
            sent_start, sent_end = extraction.sentence_of(mention.start)
            for phrase in (
                _role_before(text, sent_start, sent_end, mention, language, name_ends),
                _role_after(text, sent_end, mention, language),
            ):
                phrase = _before_verb(extraction, phrase, mention)
                if phrase is not None:
                    phrase = _before_another(text, phrase, person, persons, language)
                if phrase is None:
                    continue
                claims = _split_role(text, phrase, organisations, language)
                if claims and not _second_position(phrase.text, language):
                    phrases.append(phrase.text)
                for claim in claims:
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
                (found for c in person.roles if (found := country_in(c.role.text, language))), None
            )
        if person.country is None:  # `Chef d’Etat Major Général des Armées (CEMGA) du Sénégal`: the
            # position names its country after the body it splits into
            person.country = next((found for said in phrases if (found := country_in(said, language))), None)
        if person.country is None:  # `le général norvégien Henrik Sande`, `Somali President X`
            person.country = _nationality_before(text, person, language)


def _before_another(
    text: str, phrase: Mention, person: PersonEntity, persons: list[PersonEntity], language: Language
) -> Mention | None:
    """A position phrase that runs into another person's name: up to the coordinator that lists them
    (`X, chef d’état-major de la marine et monsieur Y, …`); none without one, the position
    introduces them (`Accompagné du chef X, le ministre des Armées Y a …`: Y's, not X's)."""
    other = min(
        (
            m.start
            for o in persons
            if o is not person
            for m in o.mentions
            if phrase.start <= m.start < phrase.end
        ),
        default=None,
    )
    if other is None:
        return phrase
    g = language.grammar
    complement = alternation(g.complement_preps)
    owner = rf"(?<![\w’'])(?:{complement})\s*(?:(?-i:[a-zà-ÿ])[\w’'-]*\s+){{0,2}}$"
    if re.search(owner, text[phrase.start : other]):
        return phrase  # `représentant spécial de Paul X au Sahel`, `conseiller du président Y`
    listed = re.search(rf"[\s,]+(?:{_alt(g.coordinators)})\s", text[phrase.start : other])
    if listed is None:
        return None
    end = phrase.start + listed.start()
    return Mention(text[phrase.start : end], phrase.start, end) if end > phrase.start else None


def _before_verb(extraction: Extraction, phrase: Mention | None, mention: Mention) -> Mention | None:
    """A position is a noun phrase: it ends before a finite verb (`X, chef d’état-major des armées
    béninoises a rendu visite`); one written before the name with a verb in it was a clause, not
    the name's position (`le ministre s’entretient avec son homologue, X`). Participles stay
    (`ministre délégué chargé de …`). Only where the language's parser tags verbs reliably."""
    if phrase is None or not extraction.language.parser_reliable:
        return phrase
    span = extraction.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    verb = next((t for t in span or () if "Fin" in t.morph.get("VerbForm")), None)
    if verb is None:
        return phrase
    if phrase.end <= mention.start:
        return None
    kept = extraction.text[phrase.start : verb.idx].rstrip(" ,")
    return Mention(kept, phrase.start, phrase.start + len(kept)) if kept else None


def _nationality_before(text: str, person: PersonEntity, language: Language) -> str | None:
    for mention in person.mentions:
        before = text[max(0, mention.start - 40) : mention.start]
        clause = re.split(r"[,.;:\n]", before)[-1]
        for word in reversed(re.findall(r"[\w’'-]+", clause)[-4:]):
            if country := language.demonym_country(word):
                return country
    return None


def _role_before(
    text: str, sent_start: int, sent_end: int, mention: Mention, language: Language, name_ends: set[int]
) -> Mention | None:
    """`le chef de l’ANL, [le maréchal] X`: the phrase before the comma that precedes the name;
    `Minister of Defense X`: a capitalised position right before the name. Not a position written
    right after another name (`X Conseiller Présidentiel de Transition, Y`): that one's."""
    window = text[sent_start : mention.start]
    heads = _heads_before(text, sent_start, sent_end, mention.start, language)
    if not heads:
        return None
    glued = heads[-1].start()
    while glued > 0 and text[glued - 1] in " \t":
        glued -= 1
    if glued in name_ends:
        return None
    g = language.grammar
    articles = _alt(g.definite_articles)
    match = _comma_tail(window, language)
    if match and "," in window:
        comma = sent_start + window.rindex(",", 0, match.start() + 1)
        between = re.sub(rf"^\s*(?:(?:{articles})\s*)?", "", text[comma + 1 : mention.start], flags=re.I)
        words = re.findall(r"[\w-]+", re.sub(language.rank_pattern, " ", between, flags=re.I))
        titles = language.title_words | set(g.qualifiers)  # `…, the former Gen. X`: still a title
        if any(w[:1].islower() and w.lower() not in titles for w in words):
            if heads[-1].start() < comma:
                return None  # `X, the commander of …, received Col. Y`: a verb, the position is X's
            # `Accompagné du chef X, le ministre des Armées Y`: a position right before the name
            return _position_before(text, heads[-1], mention, language)
        before_comma = [h for h in heads if h.start() < comma]
        if not before_comma:  # `D’après la présidence, le président X`
            return _position_before(text, heads[-1], mention, language)
        head = before_comma[-1]
        for earlier in reversed(before_comma[:-1]):  # `Premier ministre et ministre de ...`: coordinated
            if re.fullmatch(rf"\s+(?:{_alt(g.coordinators)})\s+", text[earlier.end() : head.start()]):
                head = earlier
        if comma - head.start() > 160 or not _complements_listed(text[head.start() : comma], language):
            return None
        return Mention(text[head.start() : comma], head.start(), comma)
    return _position_before(text, heads[-1], mention, language)


def _heads_before(
    text: str, sent_start: int, sent_end: int, at: int, language: Language
) -> list[re.Match[str]]:
    """The position heads the sentence writes before `at`: those the reading of the whole sentence
    finds (read once per sentence), up to where a head could reach `at`, then a short reading up to
    `at`. Reading from the sentence's start at every name was quadratic in a long sentence of names;
    this gives the same heads, since a head that ends more than its longest length before `at` is
    found the same whether the reading stops at `at` or at the sentence's end."""
    cut = at - _longest_head(language) - 1
    found, starts = _heads_in_sentence(text, sent_start, sent_end, language)
    kept = list(found[: bisect_left(starts, cut)])
    resume = max(kept[-1].end() if kept else sent_start, cut)
    return kept + list(_role_head(language).finditer(text, resume, at))


@lru_cache(maxsize=64)
def _heads_in_sentence(
    text: str, start: int, end: int, language: Language
) -> tuple[tuple[re.Match[str], ...], tuple[int, ...]]:
    """The heads of the sentence from `start` to `end`, and where each starts."""
    found = tuple(_role_head(language).finditer(text, start, end))
    return found, tuple(h.start() for h in found)


@cache
def _longest_head(language: Language) -> int:
    return max((len(h) for h in language.role_heads), default=0)


def _comma_tail(window: str, language: Language) -> re.Match[str] | None:
    """`, le maréchal X`: a comma, then at most an article and four words to the window's end. The
    tail holds one more comma at most, so it starts at the last comma or the one before: only those
    two are tried (a search of the whole window at every name was quadratic in a long sentence)."""
    last = window.rfind(",")
    if last == -1:
        return None
    before = window.rfind(",", 0, last)
    for comma in (before, last) if before != -1 else (last,):
        match = _comma_tail_pattern(language).match(window, comma)
        if match:
            return match
    return None


@cache
def _comma_tail_pattern(language: Language) -> re.Pattern[str]:
    articles = _alt(language.grammar.definite_articles)
    return re.compile(rf",\s*(?:(?:{articles})\s*)?(?:[\w’'.-]+(?:\s[\w’'.-]+){{0,3}}\s*,?\s*)?$")


def _position_before(text: str, head: re.Match[str], mention: Mention, language: Language) -> Mention | None:
    """`Minister of Defense X`, `ministre de la Défense X`: a position written right before the name."""
    g = language.grammar
    articles = _alt(g.definite_articles)
    gap = text[head.end() : mention.start]
    # `Minister of Defense Abdi Farah Warsame`, `ministre de la Défense Piotr Valenko`
    preps = _alt((*g.complement_preps, *g.purpose_words))
    coordinators = _alt(g.coordinators)
    complement = re.fullmatch(
        rf"(?:\s+[a-zà-ÿ][\w-]+)?(?:\s+(?:{preps})\s*(?:(?:{articles})\s+)?[\w’'-]+"
        rf"(?:\s+(?:{coordinators})\s+[\w’'-]+)?)?"
        r"(?:\s+[a-zà-ÿ][\w-]+)?\s*(?:\([A-Z]{2,8}\)\s+)?(?:[A-Z][\w.]*\.?\s+)*",  # `Staff (COAS) General`
        gap,
    )
    if complement is None or not text[head.start() : head.start() + 1].isalpha():
        return None
    end = head.end() + len(gap.rstrip())
    # `ministre de la Défense Nationale M. X`, `Chief of Defence Staff General Sir X`: the name's rank
    # and courtesy words are not the position's
    tail = re.compile(rf"(?:\s+(?:(?i:{language.rank_pattern})|{_alt(language.courtesy)}))+$")
    trimmed = tail.search(text[head.start() : end])
    if trimmed:
        end = head.start() + trimmed.start()
    return Mention(text[head.start() : end], head.start(), end) if end > head.end() - 1 else None


def _complements_listed(phrase: str, language: Language) -> bool:
    """No comma in the position, but those that list its complements (`ministre des Armées, des
    Anciens combattants et des Victimes de guerre`)."""
    pieces = phrase.replace("),", ")").split(",")
    preps = _alt(language.grammar.complement_preps)
    return all(re.match(rf"\s*(?:{preps})(?:\s|(?<=[’']))", piece, re.IGNORECASE) for piece in pieces[1:])


def _role_after(text: str, sent_end: int, mention: Mention, language: Language) -> Mention | None:
    """`X, commandant du Commandement … (AFRICOM),` or `X : Chef d’état-major des Armées`."""
    g = language.grammar
    articles = _alt(g.definite_articles)
    match = re.match(rf"\s*[,:]\s*(?:(?:{articles})\s*)?", text[mention.end : sent_end])
    # `X Y Conseiller Présidentiel de Transition`: a capitalised position with its complement
    glued = match is None
    match = match or re.match(rf"[ \t]+(?:(?:{articles})[ \t]*)?(?=[A-ZÀ-Ý])", text[mention.end : sent_end])
    if match is None:
        return None
    start = mention.end + match.end()
    head = _role_head(language).match(text, start)
    if not head or (glued and not position_follows(text, head.end(), language)):
        return None
    stop = len(text)
    for sep in (",", ";", "\n", *(f" {r} " for r in g.relatives)):
        found = text.find(sep, start, sent_end)
        if found != -1:
            stop = min(stop, found)
    for full_stop in re.finditer(r"\.", text[start:sent_end]):
        if not re.search(r"(?:^|[^\w])(?:[A-Z]\.)*[A-Z]$", text[start : start + full_stop.start()]):
            stop = min(stop, start + full_stop.start())  # `U.S. Africa Command`: an acronym's dots go on
            break
    end = min(stop, sent_end)
    phrase = text[start:end].rstrip()
    return Mention(phrase, start, start + len(phrase)) if phrase else None


def _second_position(phrase: str, language: Language) -> bool:
    """`président du Comité … et le chef d’état-major des armées nigériennes`: a coordinator and an
    article open another position, whose country is not the first one's."""
    return _coordinated_position(language).search(phrase) is not None


@cache
def _coordinated_position(language: Language) -> re.Pattern[str]:
    g = language.grammar
    return re.compile(rf"\s(?:{_alt(g.coordinators)})\s+(?:{_alt(g.definite_articles)})", re.I)


def _split_role(
    text: str, phrase: Mention, organisations: list[OrgEntity], language: Language
) -> list[RoleClaim]:
    """`Premier ministre et ministre de la Défense du GUN` -> two roles, both of the GUN."""
    org = org_at(organisations, phrase.start, phrase.end)
    role_end = phrase.end
    if org is not None:
        first = min(m.start for m in organisations[org].mentions if phrase.start <= m.start < phrase.end)
        prep = re.search(rf"\s*(?:{_alt(language.grammar.role_body_preps)})\s*$", text[phrase.start : first])
        role_end = phrase.start + (prep.start() if prep else first - phrase.start)
    role_text = text[phrase.start : role_end].rstrip(" ,")
    role_text = re.sub(r"\s*\([^)]*\)$", "", role_text)
    claims = []
    offset = phrase.start
    for part in re.split(rf"\s+(?:{_alt(language.grammar.coordinators)})\s+", role_text):
        if not part:
            continue
        start = text.index(part, offset)
        offset = start + len(part)
        if _role_head(language).match(part):
            claims.append(RoleClaim(Mention(part, start, start + len(part)), org))
        elif claims and re.match(rf"(?:{_alt(language.grammar.complement_preps)})\s*[A-ZÀ-Ý]", part):
            # `ministre de l’Économie et des Finances`: a second complement of the same position
            first = claims[-1].role.start
            claims[-1] = RoleClaim(Mention(text[first : start + len(part)], first, start + len(part)), org)
    return claims


def country_in(phrase: str, language: Language) -> str | None:
    """The country a name or position states: a nationality adjective, a state opening it, or `des
    États-Unis`, `of Kenya`."""
    words = re.findall(r"[\w’'.-]+", phrase)
    groups = {w.lower() for w in language.grammar.state_group_nouns}
    for size in (1, 2):  # `South African`, `Sierra Leonean`
        for i in range(len(words) - size + 1):
            country = language.demonym_country(" ".join(words[i : i + size]))
            if country and not (i + size < len(words) and words[i + size].lower() in groups):
                return country  # not `Central African States`: a region's states, no one country
    for size in (2, 1):  # `Malawi Navy`, `United States Coastal Command`: a state opens the name
        if len(words) > size and (country := gazetteer.country_of_name(" ".join(words[:size]))):
            return country
    for match in re.finditer(
        rf"\b(?:{_alt(language.grammar.country_preps)})\s*([A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+)?)", phrase
    ):
        for name in (match.group(1), match.group(1).split()[0]):
            if country := gazetteer.country_of_name(name):
                return country
    return None
