"""Organisation mentions: introduced acronyms, institution names, recognised bodies, armed groups.

An institution is a head noun of the language (`ministère`, `forces`, `command`) in a name:
a capitalised sequence holding it (`U.S. Africa Command`, `Forces Armées Royales`), or, where
the parse can be trusted, a head with its complements (`ministère de la Sécurité intérieure`,
`Forces armées royales`). A name is not a body when it describes one (`les armées de Côte
d’Ivoire`, `Forces armées` alone), names an event (`Forum …`), a treaty, or a product
(`des avions Rafale`), or sits inside a rank (`général de Corps d’Armée`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..languages import all_page_words
from ..languages.base import POSITION_ACRONYMS, Language, alternation
from ..models.organisation import OrganisationKind
from . import gazetteer
from .acronyms import abbreviates, plain
from .mentions import Extraction, Mention, OrganisationMention, Spans
from .names import (
    headline_capitals,
    opens_sentence,
    scan,
    thing_words,
    title_case_line,
    written_at,
    written_lower,
)
from .places import town_before_object

_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Za-z&-]{1,11}|[A-Z](?:\.[A-Z])+\.?)(?:\)|,)")
_NUMBERED_GROUP = re.compile(
    r"(?<![\w.-])(?P<group>G\d{1,2})(?![\w.-])(?:[ \t]+(?P<region>[A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w’'-]))?"
)
"""`G7`, `G20`, `G5 Sahel`: a group of states named by its number, and the region it may add."""
_NOT_ACRONYMS = frozenset(
    {"GMT", "UTC", "AM", "PM", "DR", "TV", "OK", "SOURCE", "PHOTO", "VIDEO", "PDF", "FAQ", "NEWS",
     "CEO", "NB", "PS", "AKA", "USD", "EUR", "CFA", "FCFA", "KM", "KG"}
)  # fmt: skip
"""Capitals that are units, times or page labels, not bodies."""


@cache
def _armed_groups(language: Language) -> re.Pattern[str]:
    """`les groupes Front Noir, Katiba Sahra, Ansar Wadi, Liwa Rimal`: a list of named armed groups."""
    g = language.grammar
    name = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    return re.compile(
        rf"(?P<before>(?:\b(?i:{alternation(g.group_qualifiers)})\s+)*)"  # `armed groups such as …`
        rf"\b(?:{alternation(g.group_nouns)})(?P<armed>(?:\s+(?:{alternation(g.group_qualifiers)}))*)"
        rf"(?:\s*,?\s+(?:{alternation(g.list_openers)}))?\s+(?:(?:{alternation(language.determiners)})\s*)?"
        rf"(?P<list>{name}(?:\s*,\s*{name})*(?:\s*,?\s+(?:{alternation(g.coordinators)})\s+"
        rf"(?:(?:{alternation(language.determiners)})\s*)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)"
    )


@cache
def _armed_group_lead(language: Language) -> re.Pattern[str]:
    """`des groupes terroristes comme`, `armed groups such as`: a list of armed groups follows."""
    g = language.grammar
    return re.compile(
        rf"\b(?:{alternation(g.group_nouns)})(?:\s+(?:{alternation(g.group_qualifiers)}))+"
        rf"(?:\s*,?\s+(?:{alternation(g.list_openers)}))?\s+",
        re.IGNORECASE,
    )


def _listed_groups(result: Extraction, offset: int) -> list[tuple[int, int]]:
    """The names of a list read from the parse at `offset` (`l’État islamique au Grand Sahel et le
    Groupe de soutien à la cause et aux fidèles`): each starts with a capital after its article; a
    coordinator followed by an article starts the next one, one followed by a preposition (`et aux`)
    goes on inside a name; a verb, a pronoun or punctuation ends the list."""
    doc, language = result.doc, result.language
    coordinators = {c for c in language.grammar.coordinators if " " not in c}
    spans: list[tuple[int, int]] = []
    start: int | None = None
    last = 0
    tokens = [t for t in doc if t.idx >= offset]
    for index, token in enumerate(tokens):
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.lower_ in coordinators or token.text == ",":
            if start is not None and (nxt is None or nxt.pos_ == "DET" or nxt.text[:1].isupper()):
                spans.append((start, last))
                start = None
                continue
            if start is None and token.text == ",":
                continue
        if token.is_punct or token.is_space or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
            break
        if start is None:
            if token.pos_ == "DET" or re.fullmatch(language.grammar.elided_articles, token.text):
                continue
            if not token.text[:1].isupper() or len(spans) >= 8:
                break
            start = token.idx
        last = token.idx + len(token.text)
        if start is not None and len(result.text[start:last].split()) > 10:
            break
    if start is not None:
        spans.append((start, last))
    return spans


@cache
def _head_pattern(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'-])(?:{alternation(language.institution_heads)})(?![\w-])", re.IGNORECASE)


@cache
def _ordinal(language: Language) -> str:
    """`22nd`, `3e`: the number that names a unit (`31st Tamarind Expeditionary Unit`)."""
    return rf"\d+(?:{alternation(language.grammar.ordinal_suffixes)})"


@cache
def _rank_pattern(language: Language) -> re.Pattern[str]:
    ranks = alternation(tuple(r for r in language.ranks if " " in r or "-" in r)).replace("’", "[’']")
    return re.compile(rf"(?<![\w-])(?:{ranks})(?![\w-])", re.IGNORECASE)


@cache
def _headed_positions(language: Language) -> re.Pattern[str] | None:
    """Positions whose words hold a body's head (`chef d’état-major général des armées`, `Chief of
    Naval Staff`), singular or plural: the body words inside them name no body."""
    heads = _plain_heads(language)
    forms = []
    for role in language.role_heads:
        first, _, rest = role.partition(" ")
        if rest and any(plain(w) in heads for w in re.split(r"[\s’']+", role.lower())):
            forms.append(re.escape(first) + "s?" + re.escape(" " + rest).replace("’", "[’']"))
    if not forms:
        return None
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def _position_bodies(language: Language) -> re.Pattern[str] | None:
    """The bodies the language's positions head (`chef d’état-major général des armées` heads the
    `état-major général des armées`): such a body is named even in lower case."""
    heads = _head_pattern(language)
    preps = alternation(language.grammar.role_body_preps).replace("’", "[’']")
    bodies = set()
    for role in language.role_heads:
        body = re.match(rf"\S+\s*(?:{preps})\s*(.+)$", role, re.IGNORECASE)
        if body and heads.match(body.group(1)) and " " in body.group(1):
            bodies.add(body.group(1).lower())
    if not bodies:
        return None
    return re.compile(rf"(?:{alternation(frozenset(bodies))})(?![\w-])".replace("’", "[’']"), re.IGNORECASE)


def find_organisations(result: Extraction) -> None:
    """Fill `result.organisations` (one mention per span) and `result.acronym_uses`."""
    text, language = result.text, result.language
    ranks = [(m.start(), m.end()) for m in _rank_pattern(language).finditer(text)]
    positions = _headed_positions(language)
    heads = _plain_heads(language)
    inside = []  # `chef d’état-major`: from the position's start to the end of its first head
    for match in positions.finditer(text) if positions else ():
        head = next((w for w in re.finditer(r"[^\s’']+", match.group()) if plain(w.group()) in heads), None)
        inside.append((match.start(), match.start() + head.end() if head else match.end()))
    found: list[OrganisationMention] = []
    # `Chief of Defence Staff (CDS)`: letters that name a position, and those every text uses so
    positions_abbreviated: set[str] = set(POSITION_ACRONYMS)
    texts_abbreviated: set[str] = set()  # `Loi de programmation militaire (LPM)`: a text's letters

    def keep(
        start: int,
        end: int,
        acronym: Mention | None = None,
        kind: OrganisationKind | None = None,
        vetted: bool = False,
    ) -> None:
        start, end = _tidy(text, start, end, language)
        end = _second_complement(result, start, end)
        end = _before_a_name(result, start, end)
        rank = min((s for s, _ in ranks if start < s < end), default=None)
        if rank is not None:  # `U.S. Navy Rear Adm. X`: the body ends where the rank starts
            start, end = _tidy(text, start, rank, language)
        if start >= end or any(s < end and start < e for s, e in ranks):
            return
        if any(s < start < e for s, e in inside):
            return  # `les Chefs d’État-major généraux des armées`: a position's words, no body
        if result.in_dateline(start):
            return  # `ADAZI MILITARY BASE, LATVIA -`: where the report was filed from
        name = text[start:end]
        if name in positions_abbreviated or name in texts_abbreviated:
            return  # `the CDS pledged`, `la LPM prévoit`: the position's or the text's letters
        if name.split()[0] in language.grammar.ship_prefixes:
            return  # `HMPNGS Ted Diro`, `HMAS Albany`: a ship and its prefix, no body
        if acronym is None and not vetted and not _plausible(result, start, end):
            return
        found.append(OrganisationMention(Mention(name, start, end), acronym, kind))

    for match in _ACRONYM.finditer(text):
        start = _name_before_acronym(result, match.start())
        if start is None and _text_before(text, match.start(), language):
            texts_abbreviated.add(match["acronym"])
        if start is not None:
            acronym = Mention(match["acronym"], match.start("acronym"), match.end("acronym"))
            end = match.start()
            while end > start and text[end - 1] == " ":
                end -= 1
            if gazetteer.country_of_name(_without_article(text[start:end], language)):
                # `des Émirats arabes unis (EAU)`: the country's letters; `Lomé, Togo (PANA)`: an agency
                if not (
                    abbreviates(acronym.text, text[start:end], language)
                    or gazetteer.country_of_name(acronym.text)
                ):  # `Les États-Unis (USA)`
                    keep(acronym.start, acronym.end, vetted=True)
            elif _date_words(text[start:end], language):
                keep(acronym.start, acronym.end, vetted=True)  # `Niamey, 2 Sept (ANP) –`: a dateline's agency
            elif _a_person(result, start, end):
                # `M. Reynders (MR)`, `le journaliste Jens Franssen (VRT)`: the person's party or outlet;
                # `Ali Bongo Ondimba (ABO)`: the person's initials, no body
                if acronym.text.isupper() and not abbreviates(
                    acronym.text, text[start:end], language, every_word=True
                ):
                    keep(acronym.start, acronym.end, vetted=True)  # not `Dr. Ali Musa (PhD)`
            elif _abbreviates_a_position(acronym.text, text[start:end], language) or (
                _abbreviates_a_position(acronym.text, _with_word_before(text, start, end), language)
                and not abbreviates(acronym.text, text[start:end], language)
            ):  # `commandant du Commandement central (CENTCOM)`: the letters are the body's
                positions_abbreviated.add(acronym.text)
                body = _body_in_position(result, start, end)
                if body is not None:  # `Special Representative of the … African Union Commission (SRCC)`
                    keep(*body)
            elif _a_text(text[start:end], language):
                texts_abbreviated.add(acronym.text)
            elif (
                _plausible(result, start, end, acronym=True)
                or (
                    acronym.text.isupper()
                    and not _exercise_kind(text[start:end], language)
                    and not _gathering(text[start:end], language)  # `Security Conference 2024 (CENTSEC)`
                    and not _common_noun_tail(text[start:end].strip(), acronym.text, language)
                )
            ):
                keep(start, end, acronym)
    for start, end in _capitalised_bodies(result):
        keep(start, end)
    if language.parser_reliable:
        for start, end in _headed_bodies(result):
            keep(start, end)
    for ent in result.doc.ents:
        if ent.label_ != "ORG" or _inside_line_label(text, ent.start_char, ent.end_char):
            continue
        if language.parser_reliable or _title_case(text[ent.start_char : ent.end_char], language):
            for start, end in _coordinated(text, ent.start_char, ent.end_char, language):
                keep(start, end)
    for match in re.finditer(r"(?<![\w-])(?:al|Al)[- ][A-Z][\w’'-]+", text):
        keep(match.start(), match.end())  # `al-Shabaab`: a group named with its article (persons win later)
    for match in re.finditer(r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])", text):
        if _standalone_acronym(result, match.start(), match.end()):
            keep(match.start(), match.end(), vetted=gazetteer.is_place(match.group()))  # `des FAV`
    for start, end, said in _cited_sources(result):
        same = [o for o in found if (o.name.start, o.name.end) == (start, end)]
        for other in same if said else ():
            other.kind = other.kind or "media"  # `selon le quotidien Korvag`: read as a body, said an outlet
        if not any(o.name.start < end and start < o.name.end for o in found):
            keep(start, end, kind="media", vetted=True)
    for match in _PHOTO_CREDIT.finditer(text):
        # `Photo: VNA/CVN`, `(Photo : AFP)`: the agencies a photo is credited to, by their letters
        for agency in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", match["credit"]):
            start, end = match.start("credit") + agency.start(), match.start("credit") + agency.end()
            if not any(o.name.start < end and start < o.name.end for o in found):
                keep(start, end, kind="media", vetted=True)
    named = Spans((o.name.start, o.name.end) for o in found)  # credited names never overlap each other
    for start, end in _credited_outlets(result):
        # `Photo: Van Dô/VOV Cambodge`, `Sources : AKIpress, Zerkalo`, `Photo: dangcongsan.vn`
        if not named.overlaps(start, end):
            institution = any(w.lower() in language.institution_words for w in text[start:end].split())
            keep(start, end, kind=None if institution else "media", vetted=True)
    for match in _NUMBERED_GROUP.finditer(text):
        # `le G7`, `du G5 Sahel qui`: a group of states named by its number after an article or a
        # preposition (not `a Gulfstream G5 jet`, `the division's G3`, `500 G3 rifles`), maybe with its region
        if not re.search(rf"(?<![\w’'-])(?:{_group_leads(language)})[ \t]*$", text[: match.start()], re.I):
            continue
        end = match.end()
        if match["region"] and (
            _event_noun(match["region"].lower(), language)
            or match["region"].lower() in language.institution_words
            or re.match(r"[ \t]+[A-ZÀ-Ý]", text[match.end() : match.end() + 2])  # `G7 Foreign Ministers`
        ):
            end = match.end("group")  # `the G20 Summit`: the gathering, not the group's name
        if not any(o.name.start <= match.start() and end <= o.name.end for o in found):
            keep(match.start(), end, kind="intergovernmental", vetted=True)  # not `Force conjointe du G5`'s
    for match in _armed_groups(language).finditer(text):
        for item in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", match["list"]):
            start = match.start("list") + item.start()
            armed = match["armed"] or match["before"]
            keep(start, start + len(item.group()), kind="armed_group" if armed else None)
    if language.parser_reliable:
        for match in _armed_group_lead(language).finditer(text):
            for start, end in _listed_groups(result, match.end()):
                keep(start, end, kind="armed_group")
    result.organisations = _dedupe(found, language)
    result.position_acronyms = positions_abbreviated
    _described_groups(result)
    acronyms = {o.acronym.text for o in result.organisations if o.acronym}
    acronyms |= {
        o.name.text for o in result.organisations if o.name.text.isupper() and len(o.name.text) <= 12
    }
    for letters in acronyms:
        for use in re.finditer(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text):
            if not any(
                (o.acronym and o.acronym.start == use.start()) or o.name.start == use.start()
                for o in result.organisations
            ):
                result.acronym_uses.append(Mention(letters, use.start(), use.end()))


_SOURCE_NAME = r"(?P<name>(?-i:[A-ZÀ-Ý][\w.&/’'-]*[\w&](?:[ \t]+[A-ZÀ-Ý][\w.&/’'-]*[\w&]){0,3}))"
"""A cited outlet's name: capitalised words (`Financial Times`, `AKIpress`, `RFE/RL`, `Agenda.ge`)."""


@cache
def _source_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    g = language.grammar
    if not g.outlet_leads and not g.outlet_tails:
        return None
    articles = _articles(language)
    media = alternation(g.outlet_nouns).replace("’", "[’']")
    lead = re.compile(
        rf"(?<![\w-])(?:{'|'.join(g.outlet_leads) or '(?!)'})[ \t]+(?:(?:{articles})[ \t]*)?"
        rf"(?:(?P<noun>{media or '(?!)'})[ \t]+)?{_SOURCE_NAME}(?![\w’'-])"
        rf"(?:[ \t]+(?P<after>{media or '(?!)'})(?![\w’'-]))?",
        re.IGNORECASE,
    )
    tail = re.compile(
        rf"(?:^|(?<=[\s(\[]))(?:(?:{articles})[ \t]+)?{_SOURCE_NAME}[ \t]*,?[ \t]+"
        rf"(?:(?P<after>{media or '(?!)'})[ \t]+)?(?:{'|'.join(g.outlet_tails) or '(?!)'})",
        re.IGNORECASE | re.MULTILINE,
    )
    return lead, tail


@cache
def _group_leads(language: Language) -> str:
    g = language.grammar
    words = (*g.definite_articles, *g.complement_preps, *g.owner_articles)
    return alternation(tuple({w.strip() for w in words})).replace("’", "[’']")


_PHOTO_CREDIT = re.compile(
    r"(?im)(?:^|\()[ \t]*(?:photos?|crédits?[ \t]+photos?|photo[ \t]+credit)[ \t]*:[ \t]*"
    r"(?P<credit>(?!DR\b)[A-Z]{2,6}(?:[ \t]*/[ \t]*[A-Z][\w-]*)+)[ \t]*\)?[ \t]*$"
)
"""A photo credit line listing agencies, the first by its letters (`Photo: VNA/CVN`, `Photo : AFP/Getty`;
not a photographer's name or initials, `Photo: JPD`, nor `DR`, rights reserved): the agencies it names
in capitals are outlets, not the page's publisher."""


@cache
def _credit_pattern() -> re.Pattern[str]:
    labels = "|".join(all_page_words().credit_labels) or "(?!)"
    return re.compile(
        rf"(?im)(?:^|(?<=[(|–—])|(?<=[.!?][ \t]))[ \t]*(?:{labels})[ \t]*:[ \t]*\n?[ \t]*"
        r"(?P<credit>[^\n()|]{1,80})",
    )


_DOMAIN = re.compile(
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?!(?:png|jpe?g|gif|webp|svg|pdf|tiff?|bmp)$)[a-z]{2,6}"
)
"""A web address (`dangcongsan.vn`), not a file's name (`photo.jpg`)."""


def _credited_outlets(result: Extraction) -> list[tuple[int, int]]:
    """The names a credit label lists, at a line's start, after a sentence or in brackets (`… Wei
    Fenghe. Photo: Van Dô/VOV Cambodge`, `Sources : Site de l’OTSC, AKIpress,
    Zerkalo`, `Author: Tanjug`, `Photo: dangcongsan.vn`): each a web address, or up to four words
    written with capitals (small joining words between), that is no person the recogniser reads, no
    place, no date and no filler (`Courtesy`, `Archives`); of several words, one in capitals, an
    outlet's word or an institution's (`VOV Cambodge`, `Government Administration`). Letters alone
    (`Photo: JPD`) may be a photographer's initials: `_PHOTO_CREDIT` reads agencies' letters only
    where they are listed."""
    text, language = result.text, result.language
    page = all_page_words()
    joiners = {w.lower() for w in page.name_joiners}
    fillers = {w.lower() for w in (*page.credit_fillers, *page.not_outlets)}
    persons = Spans((e.start_char, e.end_char) for e in result.doc.ents if e.label_ == "PER")
    found = []
    for match in _credit_pattern().finditer(text):
        offset = match.start("credit")
        for item in re.finditer(r"[^/,;]+", match["credit"]):
            stripped = item.group().strip(" \t.")
            if not stripped:
                continue
            start = offset + item.start() + item.group().index(stripped)
            end = start + len(stripped)
            words = stripped.split()
            if re.split(r"[\s.]", stripped.lower(), maxsplit=1)[0] in fillers:
                continue  # `Photo: Representational`, `Image: screenshot.png`, `Sources : Agences`
            if _DOMAIN.fullmatch(stripped):
                found.append((start, end))
                continue
            if not (
                1 <= len(words) <= 4
                and all(w[:1].isupper() or w.lower() in joiners for w in words)
                and words[0][:1].isupper()
                and not (len(words) == 1 and (len(stripped) <= 3 or stripped.isupper()))
            ):
                continue  # `APA News/MK/Ak/Sf`: a journalist's initials; `Photo: JPD`, `Photo : MINDEF`
            if len(words) > 1 and not (
                any(len(w) > 1 and w.isupper() for w in words)
                or _outlet_word(stripped)
                or any(w.lower() in language.institution_words for w in words)
            ):
                continue  # `Photo: Van Dô/VOV Cambodge`: two words in title case may be the photographer
            lowered = [w.lower() for w in words]
            if any(w in language.dates.months or w in language.dates.weekdays for w in lowered):
                continue
            if lowered[0] in language.title_words or words[0] in language.courtesy:
                continue
            if gazetteer.is_place(stripped) or gazetteer.country_of_name(stripped):
                continue
            if len(words) > 1 and persons.overlaps(start, end):
                continue  # `Photo: Jean Dupont` (a word alone is an agency's: the recogniser guesses there)
            found.append((start, end))
    return found


def _cited_sources(result: Extraction) -> list[tuple[int, int, bool]]:
    """`according to the Financial Times`, `Kazinform has learned`, `selon AKIpress`: the outlet a
    report is taken from, and whether the text says it is an outlet (an outlet's noun beside it, an
    outlet's word in it): it must, but for one word in lower case before `has learned` or `reported`.
    Not a person, a place, a month or a body the text names by its institution's word."""
    patterns = _source_patterns(result.language)
    if patterns is None:
        return []
    found = []
    lead, _ = patterns
    for pattern in patterns:
        for match in pattern.finditer(result.text):
            start, end = match.span("name")
            groups = match.groupdict()
            said = bool(groups.get("noun") or groups.get("after")) or _outlet_word(match["name"])
            if not said and (pattern is lead or match["name"].isupper()):
                continue  # `according to Diarra`, `AFRICOM reported`: a person or a body as well as an outlet
            if _an_outlet(result, start, end, said):
                found.append((start, end, said))
    return found


@cache
def _articles(language: Language) -> str:
    return alternation(tuple(a.strip() for a in language.grammar.definite_articles)).replace("’", "[’']")


@cache
def _outlet_words() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(all_page_words().outlet_words)})\b", re.IGNORECASE)


def _outlet_word(name: str) -> bool:
    """`Financial Times`, `NRK News`, `AKIpress`: a word of outlets' names, alone or ending a word."""
    return _outlet_words().search(name) is not None


def _an_outlet(result: Extraction, start: int, end: int, said: bool) -> bool:
    text, language = result.text, result.language
    name = text[start:end]
    words = name.split()
    lowered = [w.lower().strip(".") for w in words]
    if lowered[0] in language.title_words or words[0] in language.courtesy:
        return False  # `according to Gen. X`, `selon M. X`
    if any(w in language.dates.months or w in language.dates.weekdays for w in lowered):
        return False
    if any(w in language.institution_words for w in lowered):
        return False  # `according to the Defence Ministry`: a body, read as one by the other rules
    if (
        (gazetteer.is_place(name) and not said)
        or gazetteer.country_of_name(name)
        or language.demonym_country(words[0])
    ):
        return False  # `selon Moscou`, `according to Kenyan officials`; not `Xinhua news agency`
    if lowered[0] in language.pronouns or lowered[0] in language.link_words:
        return False
    if not said and any(
        ent.label_ == "PER" and ent.start_char < end and start < ent.end_char for ent in result.doc.ents
    ):
        return False
    if len(words) > 1:
        return said  # `according to John Smith`: two words may be a person's name, not `NRK News`
    if not said and re.search(rf"(?:{_articles(language)})[ \t]*$", text[:start]):
        return False  # `the Pentagon reported`: a seat of power; outlets of one word take no article
    if any(re.search(pattern, name, re.I) for pattern, kind in language.kinds if kind != "media"):
        return False  # `told Congress`: the name says what other kind of body it is
    # `according to Oakhurst`: a surname the text writes after a first name elsewhere is a person's
    return said or not any(
        m.start("name") != start
        for m in re.finditer(rf"[A-ZÀ-Ý][\w’'-]+[ \t]+(?P<name>{re.escape(name)})(?![\w’'-])", text)
    )


@cache
def _group_apposition(language: Language) -> re.Pattern[str]:
    """`…, un groupe armé`, `…, an armed group`: an apposition that says a body is an armed group."""
    g = language.grammar
    nouns, qualifiers = alternation(g.group_nouns), alternation(g.group_qualifiers)
    return re.compile(
        rf"\s*(?:\([^()]{{1,15}}\))?\s*,\s*(?:{alternation(g.indefinite_articles)})\s+"
        rf"(?:(?:{qualifiers})\s+(?:{nouns})|(?:{nouns})\s+(?:{qualifiers}))(?![\w-])",
        re.IGNORECASE,
    )


def _described_groups(result: Extraction) -> None:
    """Bodies the text calls armed groups in an apposition take that kind."""
    for org in result.organisations:
        if _group_apposition(result.language).match(result.text, org.name.end):
            org.kind = "armed_group"


def _title_case(name: str, language: Language) -> bool:
    """Every word capitalised but the small ones, no comma: a name, not a recogniser's stray phrase."""
    if "," in name or len(name.split()) > 8:
        return False
    return all(w[:1].isupper() or w.lower() in language.link_words or w[:1].isdigit() for w in name.split())


def _standalone_acronym(result: Extraction, start: int, end: int) -> bool:
    """`ISIS`, `FAR`, `ADF` used alone: a body's acronym, unless it is a place, a number, a month,
    part of a capitalised line (`NORDIC-AFRICA SUMMIT`) or the acronym of a position (`(SRCC)`)."""
    text, language = result.text, result.language
    word = text[start:end]
    owner = alternation(language.grammar.owner_articles)
    owned = not gazetteer.country_of_name(word) and re.search(
        rf"(?<![\w’'-])(?:{owner})[ \t]+$", text[max(0, start - 6) : start], re.IGNORECASE
    )  # `chef d’état-major des FAV`: a body after a plural article, not a town written in capitals
    if (
        re.fullmatch(r"[IVXLC]+", word)
        or (gazetteer.is_place(word) and not owned and not _town_as_body(text, start, end, language))
        or word.lower() in language.dates.months
    ):
        return False
    if word in _NOT_ACRONYMS or re.match(r"\s*:", text[end : end + 3]):
        return False  # `GMT`, `DR` (droits réservés), `SOURCE :`
    if re.match(r"[$€£¥]", text[end : end + 1]):
        return False  # `3,8 MM$`, `(MM$)`: a unit of money or of measure after its number
    coordinators = alternation(language.grammar.coordinators)
    if (
        re.match(rf",[ \t]+(?!(?:{coordinators})(?![\w-]))[a-zà-ÿ]", text[end : end + 20])
        and text.count(word) == 1
        and any(
            ent.label_ == "PER" and text[ent.end_char : start] == ", " and len(ent.text.split()) > 1
            for ent in result.doc.ents
        )
    ):
        return False  # `President Muhammadu Buhari, GCFR, will …`: an honour between a name and its verb
    run = re.search(r"(?:[A-ZÀ-Ý]{2,}[ \t-]+)+$", text[max(0, start - 40) : start])
    if run and gazetteer.is_place((run.group() + word).title()):
        return False  # `ABU DHABI, 24th November`: a town's name in capitals, not letters of a body
    operations = alternation(language.grammar.operation_words) or "(?!)"
    listed = rf"(?:[A-Z][\w]*(?:-|,[ \t]*|[ \t]+(?:{alternation(language.grammar.coordinators)})[ \t]+))*"
    if re.search(rf"(?<![\w-])(?:{operations})[ \t]+{listed}$", text[max(0, start - 60) : start], re.I):
        return False  # `L’opération NANOOK-NUNALIVUT`, `les opérations X, Y et Z`: operations, no bodies
    if re.match(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]", text[end : end + 3]):
        return False  # `ITS San Marco`, `USS Nicholas`: a prefix of a ship's name
    if text[max(0, start - 1) : start] == "(":
        phrase = re.search(r"([\w’'-]+)[ \t]*\($", text[max(0, start - 40) : start])
        if phrase and phrase.group(1)[:1].islower():
            return False  # `air-to-ground integration (AGI)`: a technique, not a body
    if text[max(0, start - 1) : start] == "(":
        name_start = _name_before_acronym(result, start - 1)
        if (
            name_start is not None
            and text[name_start:start].split()[0].lower() in language.grammar.text_heads
        ):
            return False  # `Traité d’assistance mutuelle en cas de crise (TAMC)`: a treaty
        if _exercise_acronym(text, start, language):
            return False  # `Command Post Exercise (CPX)`: a kind of exercise
    token = re.search(r"\S*$", text[max(0, start - 40) : start])
    reference = re.match(r"\S*", text[end:])
    whole = (token.group() if token else "") + text[start:end] + (reference.group() if reference else "")
    if "/" in whole and re.search(r"\d", whole):
        return False  # `TSA/SML/ANP/008/Septembre2023`: a dispatch's file reference, initials and numbers
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if _template_or_capitals(text, line_start, line_end if line_end != -1 else len(text)):
        return False  # template code left in the page, or a line in capitals
    before = text[max(0, start - 2) : start]
    return not (
        before.endswith("(")
        and re.search(
            rf"(?:{language.role_pattern})[^()]*\($", text[max(0, start - 120) : start], re.IGNORECASE
        )
    )


@lru_cache(maxsize=256)
def _template_or_capitals(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line holds template code (`{{`) or is mostly capitals; kept per line, which a
    page of one endless line asked at each of its acronyms."""
    line = text[line_start:line_end]
    letters = [c for c in line if c.isalpha()]
    return "{{" in line or (bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters))


def _town_as_body(text: str, start: int, end: int, language: Language) -> bool:
    """A word the gazetteer knows only as a town, written as a body after an article no town takes:
    an elided definite article (`les ministres de l’OTAN`, `selon l’AMI`, `l’Otan`), or a whole-word
    one before capitals (`under the UN mandate`, `Grammar.townless_articles`; not before a noun of
    place, `the GAO sector`): the
    gazetteer's towns of 15,000 people share their letters with many acronyms (`Otan`, `Ami`,
    `Aps` are towns). Without the article the town still wins (`le FNI`, `Join ST’s`): a word
    in capitals is as often a treaty, a ship's class or a footer."""
    word = text[start:end]
    if " " in word or len(word) > 6 or gazetteer.country_of_name(word):
        return False
    elided = tuple(a[:-1] for a in language.grammar.definite_articles if a.endswith(("’", "'")))
    townless = language.grammar.townless_articles
    return (
        bool(elided)
        and re.search(rf"(?<![\w’'-])(?i:{alternation(elided)})[’']$", text[max(0, start - 4) : start])
        is not None
    ) or (
        bool(townless)
        and word.isupper()
        and re.search(rf"(?<![\w’'-])(?i:{alternation(townless)})[ \t]+$", text[max(0, start - 8) : start])
        is not None
        and not _place_noun_after(text, end, language)
    )


def _place_noun_after(text: str, end: int, language: Language) -> bool:
    """Whether a noun of place follows (`the GAO region`, `the JOS plateau`): the town's area."""
    nouns = alternation((*language.place_nouns, *language.grammar.area_nouns))
    return re.match(rf"[ \t]+(?i:{nouns})s?(?![\w-])", text[end : end + 30]) is not None


def _tidy(text: str, start: int, end: int, language: Language) -> tuple[int, int]:
    """Trim spaces, quotes, a leading article and trailing small words or lower-case tails."""
    for stop in ("\n", "["):  # `Alliance [l’OTAN]`: an editor's gloss in square brackets
        if stop in text[start:end]:
            end = start + text[start:end].index(stop)
    while start < end and text[start] in " \t’'\"«“(-,.":
        start += 1
    while end > start and (text[end - 1] in " \t’'\"»”),.;:]–—" or text[end - 2 : end] == " -"):
        end -= 1  # `N-VA -`, `Commission PNG]`: a dash or a bracket closing the phrase
    owner = re.search(r"(\w+)[’']s$", text[start:end])
    if owner and owner[1].lower() in language.institution_words:
        end -= 2  # `The Pakistan Navy's media wing`: the body, not its possessive (not `Moody's`)
    leads = (
        *language.determiners,
        *(c + " " for c in language.grammar.cardinals),  # `Two Indonesian Navy ships`
        *(p + " " for p in language.grammar.complement_preps),
        *(c + " " for c in language.grammar.coordinators),  # `; and Chief of Air Staff`
    )
    lead = re.match(rf"(?:{alternation(leads)})\s*".replace("’", "[’']"), text[start:end], re.IGNORECASE)
    if lead and lead.end() < end - start:
        start += lead.end()
    start += _position_lead(text[start:end], language)
    end = start + _setting_tail(text[start:end], language)
    head = _head_pattern(language).search(text, start, end)
    tail = _position_after(text[start:end], head.end() - start, language) if head else None
    if tail is not None:
        end = start + tail  # `Ministry of Defence Permanent Secretary`: the position is a person's
    words = list(re.finditer(r"[^\s]+", text[start:end]))
    while words and (
        words[-1].group().lower() in language.link_words
        or words[-1].group().lower() in language.grammar.body_stops
        or words[-1].group().lower() in language.grammar.qualifiers  # `… de la Marine Adjoint`
    ):
        end = start + words[-1].start()
        words.pop()
        while end > start and text[end - 1] == " ":
            end -= 1
    # `CRSO pour la planification`: a tail after a small word with no capital is not part of the name
    for index, word in enumerate(words[1:], 1):
        if word.group().lower() in language.grammar.purpose_words and not any(
            re.sub(r"^(?:l|d)[’']", "", w.group())[:1].isupper() for w in words[index + 1 :]
        ):
            end = start + words[index - 1].end()
            break
    return start, end


@cache
def _lead_pattern(language: Language) -> re.Pattern[str]:
    nouns = (
        *language.counterpart_words,
        *language.forces_words,
        *language.reference_nouns,
        *language.officer_nouns,
    )
    not_people = {*language.institution_words, *language.delegation_words}
    people = frozenset(w for w in nouns if " " not in w and w not in not_people)
    preps = alternation((*language.grammar.role_body_preps, *language.grammar.complement_preps))
    return re.compile(
        rf"(?:{language.role_pattern}|{language.rank_pattern}|{alternation(people)})\s+(?:{preps})\s*".replace(
            "’", "[’']"
        ),
        re.IGNORECASE,
    )


def _position_lead(name: str, language: Language) -> int:
    """Length of a position or of people written before a body (`Chief of Defence Staff of the …`,
    `Officials of the …`): the body's name starts after it, the position is a person's role."""
    lead = _lead_pattern(language).match(name)
    if lead is None or lead.end() >= len(name):
        return 0
    rest = name[lead.end() :]
    bare = re.sub(language.grammar.elided_articles, "", rest)
    rank = _rank_pattern(language).search(rest)  # `… Nationale le Général de Corps d’Armée X`: a rank's head
    if not bare[:1].isupper() or not _head_pattern(language).search(rest[: rank.start()] if rank else rest):
        return 0
    return lead.end()


def _setting_tail(name: str, language: Language) -> int:
    """Length of `name` without a closing `in Mombasa`, `on Tuesday`: a body's name does not run over the
    town or the day where it acts. A state, a continent or a region after the preposition is its area
    (`Mission in Malawi`, `Force tamarine en Afrique`) and stays."""
    stops = alternation(language.grammar.body_stops)
    for match in re.finditer(rf"\s(?:{stops})\s+(?=\S)", name, re.IGNORECASE):
        rest = name[match.end() :]
        first = rest.split()[0].lower().strip(".,")
        if first in language.dates.weekdays or first in language.dates.months:
            return match.start()
        if (
            gazetteer.is_place(rest)
            and not gazetteer.country_of_name(rest)
            and rest not in language.grammar.generic_places
            and not _region(rest, language)
        ):
            return match.start()
    return len(name)


def _inside_line_label(text: str, start: int, end: int) -> bool:
    """`Le Veilleur.` alone on its line: page furniture, not a body the article reports."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip(" .")
    entity = text[start:end].strip(" .")
    return line.endswith(entity) and len(line.split()) <= 3 and not line.isupper()


def _exercise_kind(name: str, language: Language) -> bool:
    """`Command Post Exercise (CPX)`, `Field Training Exercise`: a kind of exercise, never a body."""
    return any(
        re.fullmatch(rf"(?:{alternation(language.exercise_words)})", w, re.IGNORECASE) for w in name.split()
    )


def _event_noun(word: str, language: Language) -> bool:
    """`meeting`, `summit`, `conclave`: a noun that heads an event's name, not an institution's."""
    return word in language.gathering_nouns and word not in language.institution_words


def _gathering(name: str, language: Language) -> bool:
    """A conference's or a summit's name (its noun among the words): an event, not a body."""
    return any(_event_noun(w.lower(), language) for w in re.findall(r"[^\W\d_]+", name))


def _a_person(result: Extraction, start: int, end: int) -> bool:
    """A courtesy word and a name (`M. Reynders`), or a person the recogniser reads whole."""
    text, language = result.text, result.language
    if re.match(rf"(?:{alternation(language.courtesy)})\s+[A-ZÀ-Ý]", text[start:end]):
        return True
    return any(
        ent.label_ == "PER" and ent.start_char == start and ent.end_char == end and len(ent.text.split()) > 1
        for ent in result.doc.ents
    )


def _before_a_name(result: Extraction, start: int, end: int) -> int:
    """`the head of the U.S. Southern Command John Kelly`: two or three name words after the body's
    head word are the name of a person the body's name runs into; the body ends before them. Not
    adjectives a reliable parse reads (`l’Armée Nationale Populaire`)."""
    text, language = result.text, result.language
    words = list(re.finditer(r"[^\s]+", text[start:end]))
    heads = [i for i, w in enumerate(words) if w.group().lower().strip(".,") in language.institution_words]
    if heads and len(words) - heads[-1] - 1 > 3:
        return _holder_after(result, start, end, words)
    if not heads or not 2 <= len(words) - heads[-1] - 1 <= 3:
        return end
    tail = words[heads[-1] + 1 :]
    name = scan(text, start + tail[0].start(), language)
    if (
        name is None
        or name.end != end
        or len(name.words) != len(tail)
        or any(gazetteer.is_place(w.group()) or language.demonym_country(w.group()) for w in tail)
        or any(w.group().lower() in thing_words(language) for w in tail)  # `Marine Corps Base Camp X`
    ):
        return end
    if language.parser_reliable:
        span = result.doc.char_span(start + tail[0].start(), end, alignment_mode="expand")
        if span is None or any(t.pos_ == "ADJ" for t in span):
            return end
    return start + len(text[start : start + tail[0].start()].rstrip())


def _holder_after(result: Extraction, start: int, end: int, words: list[re.Match[str]]) -> int:
    """`Director-General … at the Ministry of Foreign Affairs Gerrard Areaux`, `le colonel de l’Armée
    de l’Air Djiboutienne Wahib Moussa`: the body is a position's or a rank's complement, and its last
    two words, which no body's or position's vocabulary holds, are the holder's name; the body ends
    before them when nothing capitalised follows."""
    text, language = result.text, result.language
    before = text[max(0, start - 80) : start]
    if not re.search(
        rf"(?<![\w-])(?:{language.role_pattern}|{language.rank_pattern})(?![\w-])", before, re.I
    ):
        return end
    if re.match(r"[ \t]*[A-ZÀ-Ý]", text[end : end + 3]):
        return end
    tail = words[-2:]
    if len(words) < 3 or not words[-3].group()[:1].isupper():
        return end  # `la Force conjointe du Liptako Gourma`: a complement's place, after its preposition
    vocabulary = _body_vocabulary(language)
    if any(
        w.group().lower().strip(".,") in vocabulary
        or gazetteer.is_place(w.group())
        or language.demonym_country(w.group())
        or not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+", w.group())
        for w in tail
    ):
        return end
    name = scan(text, start + tail[0].start(), language)
    if name is None or name.end != end or len(name.words) != 2:
        return end
    return start + len(text[start : start + tail[0].start()].rstrip())


@cache
def _body_vocabulary(language: Language) -> frozenset[str]:
    """Lower-case words of positions, ranks, institutions and kinds of body: words of a body's name or a
    position's, never taken for a holder's name after a body."""
    words: set[str] = set(language.institution_words) | set(language.title_words)
    for phrase in (*language.role_heads, *language.ranks, *language.grammar.generic_body_words):
        words.update(w.strip(".").lower() for w in re.split(r"[\s’'-]+", phrase) if w)
    return frozenset(words)


def _named_inside_a_sentence(text: str, name: str) -> bool:
    """Whether the text writes `name` somewhere other than at a sentence's or a line's start: a
    body's name is capitalised wherever it stands, a common word only where it opens."""
    return any(not opens_sentence(text, m.start()) for m in written_at(text, name))


def _recognised_body(result: Extraction, name: str) -> bool:
    """Whether the text writes a position of `name` somewhere (`Interpol Secretary General X`): a
    body's own positions follow its name; a common word's do not."""
    roles = re.compile(rf"\s+(?:{result.language.role_pattern})(?![\w-])")
    return any(roles.match(result.text, m.end()) for m in written_at(result.text, name))


def _after_a_time(text: str, start: int) -> bool:
    """`14h00 HE`, `10:30 GMT`: letters after a time of day name its time zone."""
    return re.search(r"\d{1,2}[h:]\d{2}[ \t]*$", text[max(0, start - 12) : start]) is not None


def _gathering_acronym(result: Extraction, letters: str) -> bool:
    """Whether the text brackets `letters` after a conference's name (`… Conference 2024 (CENTSEC)`)."""
    return _bracketed_after_gathering(result.text, letters, result.language)


@lru_cache(maxsize=256)
def _bracketed_after_gathering(text: str, letters: str, language: Language) -> bool:
    """`_gathering_acronym`, kept per text and letters: every bracketed use of the same letters
    asked it again, reading each of them (quadratic on a page of repeated brackets)."""
    for paren in re.finditer(rf"\(\s*{re.escape(letters)}\s*\)", text):
        words = text[max(0, paren.start() - 80) : paren.start()].split()
        named = []  # the capitalised run before the brackets, with its small words and its year
        for word in reversed(words):
            if not (word[:1].isupper() or word.isdigit() or word.lower() in language.link_words):
                break
            named.append(word)
        if _gathering(" ".join(named), language):
            return True
    return False


def _exercise_acronym(text: str, start: int, language: Language) -> bool:
    """The letters at `start` open a parenthesis right after an exercise word (`Readiness Exercise (RX)`)."""
    before = re.search(r"([\w’'-]+)[ \t]*\($", text[max(0, start - 40) : start])
    return before is not None and _exercise_kind(before.group(1), language)


def _date_words(name: str, language: Language) -> bool:
    """Whether every word of `name` is a month's or a weekday's (`Sept`, `Tuesday`)."""
    dates = language.dates
    words = [w.lower().strip(".") for w in name.split()]
    return bool(words) and all(w in dates.months or w in dates.weekdays for w in words)


def _plausible(result: Extraction, start: int, end: int, acronym: bool = False) -> bool:
    text, language = result.text, result.language
    g = language.grammar
    name = text[start:end]
    words = name.split()
    if not words or len(name) < 2:
        return False
    ordinal = len(words) > 1 and re.fullmatch(_ordinal(language), words[0]) is not None
    standard = _position_bodies(language)
    headed = standard is not None and standard.match(name) is not None  # `état-major général des armées`
    if not (ordinal or headed or any(c.isupper() for c in name)) or (
        not ordinal and any(c.isdigit() for c in words[0])
    ):
        return False  # `3 Forces`: a count; `7e bataillon des tirailleurs`: a unit's number names it
    if re.search(r"[:/|]|\s[–—-]\s", name) or len(words) > 12:
        return False  # a credit line or a sentence, not a name
    if re.search(r"(?i:^www\.)|[a-z0-9-]\.(?:[a-z]{2,6})$", name):
        return False  # `www.aps.dz`, `apanews.net`: a web address
    if any(
        w.lower().strip(".") in language.dates.months or w.lower() in language.dates.weekdays for w in words
    ):
        return False  # `Published Apr 24`
    if _region(name, language):
        return False  # `East Africa`, `Afrique de l’Ouest`: a place
    parts = [p for p in re.split(rf"\s+(?:{alternation(g.coordinators)}|&)\s+|,\s*", name) if p]
    if len(parts) > 1 and all(
        gazetteer.is_place(bare) or gazetteer.is_continent(bare) or _region(bare, language)
        for bare in (_without_article(p, language) for p in parts)
    ):
        return False  # `United States and Israel`, `North America and Europe`: states and regions
    meaningful = [w for w in words if w.lower() not in language.link_words]
    if meaningful and all(
        w.lower().strip(".") in language.title_words or language.demonym_country(w) for w in meaningful
    ):
        return False  # `Ghanaian Deputy Defence Minister`: a position
    if _exercise_kind(name, language) or _exercise_acronym(text, start, language):
        return False  # `Command Post Exercise (CPX)`: a kind of exercise, and its acronym
    if name.isupper() and _gathering_acronym(result, name):
        return False  # `Security Conference 2024 (CENTSEC)` … `CENTSEC 2024`: an event's letters
    if not acronym and any(
        w.lower() in {f.lower() for f in language.facilities if " " not in f}
        and w.lower() not in language.institution_words
        for w in words
    ):
        return False  # `Naval Air Base Tamarind`: a place
    regions = {r for r in language.region_words if " " not in r}
    if meaningful and all(
        gazetteer.is_place(w) or language.demonym_country(w) or w == "US" or w in regions for w in meaningful
    ):
        return False  # `China and the US`, `Western and Central Africa`: states or regions, not a body
    line_start = text.rfind("\n", 0, start) + 1
    agents = alternation(language.agent_markers)
    if re.match(rf"(?:{agents})\s", text[line_start : line_start + 6], re.IGNORECASE):
        return False  # `By ADF Staff`, `Par la rédaction`: a byline
    label = re.match(rf"[^\W\d]+\s+(?:{agents})\s*:", text[line_start : line_start + 40], re.IGNORECASE)
    if label and start < line_start + label.end():
        return False  # `Posté par : X`, `Posted by: X`: the label of a credit line (its value may be one)
    if (
        (gazetteer.is_place(name) and not _town_as_body(text, start, end, language))
        or name in language.not_name_words
        or language.demonym_country(name)
        or (len(words) == 1 and name.lower() in _openers(language))  # `Instead, the admiral …`
        or (len(words) == 1 and town_before_object(text, start, end, language))  # `bureau à Yarzé le …`
        or (
            len(words) == 1
            and not name.isupper()
            and opens_sentence(text, start)
            and (
                written_lower(text, name)
                or not (_named_inside_a_sentence(text, name) or _recognised_body(result, name))
            )
        )
        or (len(words) == 1 and name.isupper() and len(name) <= 3 and _after_a_time(text, start))
    ):
        return False  # `Several members …`, `Infos à la une`: a sentence's or a line's first word; `14h00 HE`
    if len(words) > 1 and title_case_line(text, start, language) and headline_capitals(text, words, language):
        return False  # `X's Defense Minister Discuss Partnership`: a title-case headline's words
    lowered = [w.lower().strip("’'") for w in words][1 if ordinal else 0 :]  # `42nd Ordinary Meeting …`
    if lowered[0] in g.text_heads or lowered[0].split("’")[-1] in g.text_heads:
        return False
    if len(words) > 1 and lowered[-1] in g.text_heads:
        return False  # `Maritime Security Strategy`: a text, head last
    if any(_event_noun(w, language) for w in lowered[:2]):
        return False  # `Ordinary Meeting of the … Committee`: an event of a body, not the body
    if len(lowered) > 1 and _event_noun(lowered[-1], language):
        return False  # `ASEAN Defence Ministers’ Meeting`, `Army Chiefs Conclave`: an event, head last
    while len(lowered) > 1 and lowered[0] in g.qualifiers:
        lowered = lowered[1:]  # `Acting Speaker of …`: the position after the qualifier
    heads = {r.split()[0] for r in language.role_heads if r[:1].isupper()}
    owned = (
        lowered[1:]
        if len(words) > 1
        and language.demonym_country(words[0])
        and words[1] in heads
        and not _head_pattern(language).match(name, len(words[0]) + 1)  # `Kenyan Air Force`
        else lowered
    )
    if (
        not acronym
        and any(w in _position_words(language) for w in (owned[0], owned[0].rstrip("s")))
        and not _domain_then_head(owned, language)
    ):
        return False  # `Commandant des Forces Tamarin`, `Australian Chief of the Defence Force`: a position
    # `Pakistan Navy Ship Babur`: a ship the navy names, not a body (not `… Submarine Service`)
    if any(
        w in g.ship_nouns and 0 < i < len(lowered) - 1 and lowered[i + 1] not in language.institution_words
        for i, w in enumerate(lowered)
    ):
        return False
    if (
        len(words) > 1
        and language.demonym_country(words[-1])
        and not any(w in {h.lower() for h in language.institution_heads} for w in lowered)
    ):
        return False  # `Successive Australian governments`: an adjective and a nationality, no body
    if len(words) == 1 and lowered[0] in language.institution_words:
        return False  # `Commandement`, `Parlement`: a head noun alone names nothing
    if re.search(r"(?:^|\s)\d+\s", name) or (
        language.parser_reliable and _has_number_word(result, start, end)
    ):
        return False  # `Forces armées des trois pays`: a description
    if language.parser_reliable and not acronym and not _named(result, start, end):
        return False
    states = {gazetteer.key(n) for n in g.state_group_nouns}
    if (
        all(
            w in g.generic_body_words
            or w in {h.lower() for h in language.institution_heads}
            or w in language.link_words
            or gazetteer.key(w) in states  # `les forces armées des Etats membres`: a description
            for w in lowered
        )
        and not name.isupper()
        and not (
            len(lowered) > 1 and (lowered[0] in g.always_named_heads or lowered[-1] in g.always_named_heads)
        )
    ):
        return False  # `Forces armées`, `Armées`: a kind of body, no name (`ministère des Armées`, `the
        # Defense Ministry` are one)
    before = text[max(0, start - 30) : start].lower()
    if re.search(rf"(?:^|\s)(?:{alternation(g.product_nouns)})\s+$", before):
        return False  # `des avions Rafale`, `les ravitailleurs MRTT`: a product
    if re.search(r"(?:^|\s)\d+\s+$", before):
        return False  # `7 Nations de la région des Grands Lacs`: a count of states
    if words[0][:1].islower() and lowered[0] in g.descriptive_heads:
        complement = re.sub(rf"^\S+\s+(?:(?:{_preps(language)})\s*)?", "", name)
        if complement and gazetteer.is_place(complement):
            return False  # `les armées de Côte d’Ivoire`: a state's army described
    return not (
        len(words) == 1
        and not name.isupper()
        and not name[:1].isupper()
        and not name.startswith(("al-", "el-"))
    )


def _body_in_position(result: Extraction, start: int, end: int) -> tuple[int, int] | None:
    """The body a position's complement names: its first capitalised run of two words or more that
    is a plausible body and holds an institution word (`African Union Commission` in `Special
    Representative of the Chairperson of the African Union Commission`)."""
    text, language = result.text, result.language
    heads = _plain_heads(language)
    for word in re.finditer(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]*", text[start:end]):
        begin = start + word.start()
        if begin == start:
            continue
        words = text[begin:end].split()
        if (
            len(words) > 1
            and any(plain(w) in heads for w in words)
            and words[0].lower() not in _position_words(language)
            and _plausible(result, begin, end)
        ):
            return begin, end
    return None


def _with_word_before(text: str, start: int, end: int) -> str:
    """The name with the lower-case word written before it (`chef d’` + `état-major …`)."""
    before = re.search(
        r"(?:^|[\s(])([a-zà-ÿ-]+(?:[ \t]+[a-zà-ÿ]+)?[ \t]*(?:[dl][’'])?[ \t]*)$",
        text[max(0, start - 30) : start],
    )
    return (before.group(1) if before else "") + text[start:end]


def _abbreviates_a_position(letters: str, name: str, language: Language) -> bool:
    """`Chief of Defence Staff (CDS)`, `chef d’état-major général des armées (CEMGA)`: letters
    that abbreviate a position from its first word, not a body (`chief of training for the
    Tanzania People’s Defence Force (TPDF)`: the letters are the force's)."""
    words = _without_article(name, language).split()
    lowered = [w.lower().strip("’'") for w in words]
    if _person_noun_last(lowered, language) and abbreviates(letters, " ".join(words), language):
        return True  # `Cabinet Secretary (CS)`: a position, its head last
    qualified = words
    while len(words) > 1 and words[0].lower() in language.grammar.qualifiers:
        words = words[1:]
    articles = {a.strip().lower() for a in language.grammar.definite_articles}
    # `Vice Chief of the Defence Forces (VCDF)`: the qualifier's letter may count too
    for written in (words, qualified):
        initials = "".join(w[:1] for w in written if w.lower() not in articles).upper()
        if (
            bool(written)
            and words[0].lower().strip("’'") in _position_words(language)
            and written[0][:1].lower() == letters[:1].lower()
            and (abbreviates(letters, " ".join(written), language) or initials == letters.upper())
        ):  # `Chief of the Army Staff (COAS)`: the small word gives its letter too
            return True
    return False


@cache
def _position_words(language: Language) -> frozenset[str]:
    """Words that open a position or a rank (`commandant`, `chef`, `Defence` of `Defence Minister`);
    not the other words of one (`État` of `chef d’État`: `État islamique` names a group)."""
    firsts = {re.split(r"[\s’']+", t.lower())[0].strip(".") for t in (*language.ranks, *language.role_heads)}
    return language.title_words & frozenset(firsts)


def _text_before(text: str, paren: int, language: Language) -> bool:
    """`la Loi de programmation militaire (LPM)`: a law's or a treaty's capitalised head, then
    lower-case words only, right before the letters."""
    heads = alternation(language.grammar.normative_heads) or "(?!)"
    pattern = rf"(?<![\w’'-])(?=[A-ZÀ-Ý])(?i:{heads})(?:[ \t]+[a-zà-ÿ’'-]+){{0,5}}[ \t]*$"
    return re.search(pattern, text[max(0, paren - 80) : paren]) is not None


def _a_text(name: str, language: Language) -> bool:
    """A law, a treaty, a strategy (`Loi de programmation militaire`, `Maritime Security Strategy`):
    a normative text's head first or last; not a programme's or a plan's, whose letters may name a
    body (`World Food Programme (WFP)`)."""
    lowered = [w.lower().strip("’'") for w in _without_article(name, language).split()]
    heads = language.grammar.normative_heads
    return bool(lowered) and (lowered[0] in heads or lowered[-1] in heads)


def _person_noun_last(lowered: list[str], language: Language) -> bool:
    """The name ends with a position's noun (`secretary`, `chief`), not in a complement (`Office of
    the Chief`): with letters that abbreviate it, a position (`Cabinet Secretary (CS)`), not a body."""
    return (
        len(lowered) > 1
        and lowered[-1] in _one_word_titles(language)
        and lowered[-1] not in language.institution_words
        and lowered[-2] not in language.link_words
    )


def _domain_then_head(lowered: list[str], language: Language) -> bool:
    """`the Defense Ministry`, `Foreign Ministry`: the domain word of a position (`Defense` of
    `Defense Minister`, no position alone) before an institution's head names the institution."""
    return (
        len(lowered) > 1
        and lowered[0] not in _one_word_titles(language)
        and lowered[-1] in language.institution_words
    )


@cache
def _one_word_titles(language: Language) -> frozenset[str]:
    """Ranks and positions of one word (`commandant`, `chief`): a position alone."""
    return frozenset(
        t.lower().strip(".") for t in (*language.ranks, *language.role_heads) if " " not in t.strip()
    )


def _preps(language: Language) -> str:
    return alternation(language.grammar.complement_preps).replace("’", "[’']")


def _without_article(name: str, language: Language) -> str:
    articles = alternation(tuple(d.strip() for d in language.determiners)).replace("’", "[’']")
    return re.sub(rf"^(?:{articles})\s*", "", name, flags=re.IGNORECASE)


def _region(name: str, language: Language) -> bool:
    for word in language.region_words:
        if name.startswith(word + " ") or name.startswith(word.lower() + " ") or name == word:
            rest = name[len(word) :].strip()
            rest = re.sub(rf"^(?:{_preps(language)})\s*", "", rest)
            if (
                not rest
                or gazetteer.is_place(rest)
                or gazetteer.is_continent(rest)
                or rest in language.grammar.generic_places
            ):
                return True
    return False


def _has_number_word(result: Extraction, start: int, end: int) -> bool:
    span = result.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.like_num and t.is_alpha for t in span)


def _common_noun_tail(name: str, letters: str, language: Language) -> bool:
    """`bâtiment de projection et de commandement (BPC)`: one lower-case word before letters it does
    not abbreviate ends a common noun phrase (a kind of ship, of equipment), not a body's name."""
    return (
        " " not in name
        and name[:1].islower()
        and len(letters) > 1
        and not plain(letters).startswith(plain(name)[:1])
    )


def _named(result: Extraction, start: int, end: int) -> bool:
    """A proper name (`Groupe Wagner`, `Kapitalis`, `APS`) or an institution head with complements;
    not a capitalised common noun phrase (`Coopération militaire`, `Avions`): its first word is
    then a common noun in context."""
    name = result.text[start:end]
    words = name.split()
    heads = result.language.institution_words
    if words[0].lower() in heads or any(w[:1].isupper() for w in words[1:]) or name.isupper():
        return True
    span = result.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    first = span[0]
    if first.pos_ == "VERB":  # `Organisé pour la première fois …`; an infinitive may be a name's
        return "Inf" in first.morph.get("VerbForm")  # ending (`Eurocopter`)
    return first.pos_ not in _NOT_NAME_STARTS


# `Avions`, `Ensuite`, `Il`: a word of these kinds opens no body's name
_NOT_NAME_STARTS = frozenset({"NOUN", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ"})


def _name_before_acronym(result: Extraction, paren: int) -> int | None:
    """Start of the full name written just before `(ACRONYM)`: the capitalised run with its heads and
    adjectives (`Forces armées royales (FAR)`, `le ministère de la Sécurité intérieure (MSI)`), never
    across punctuation or a lower-case word that is neither."""
    text, language = result.text, result.language
    heads = {h for h in language.institution_heads if h.islower()}
    line_start = max(text.rfind("\n", 0, paren) + 1, paren - 200)
    window = text[line_start:paren].rstrip()
    if re.search(r"(?:\w\w|[)»”\"])[.!?][»”\"]?$", window):
        return None  # `… de l’ANP. (APS)`: letters after a full stop sign the text off, they name no body
    words = list(re.finditer(r"[^\s,;:()«»\"“”]+", window))
    acronym = re.match(r"\(([^,)]+)", text[paren:])
    begin = _scan_name_start(result, window, words, line_start, across_comma=False)
    if begin is not None and acronym:  # `Southern European Task Force, Africa (SETAF-AF)`
        wider = _scan_name_start(result, window, words, line_start, across_comma=True)
        letters = acronym.group(1)
        if (
            wider is not None
            and wider < begin
            and abbreviates(letters, window[wider:].replace(",", " "), language, every_word=True)
            and not abbreviates(letters, window[begin:], language, every_word=True)
        ):
            begin = wider
    if begin is not None and acronym and not abbreviates(acronym.group(1), window[begin:], language):
        # `la Direction de l’information et des relations publiques des armées (DIRPA)`: lower-case
        # words inside a name whose every word the letters cover
        cut = max(window.rfind(p, 0, begin) for p in ',;:()«»"“”') + 1
        begin = next(
            (
                w.start()
                for w in words
                if cut <= w.start() < begin
                and (w.group()[:1].isupper() or w.group() in heads)  # `forces armées aux Antilles (FAA)`
                and _without_article(w.group(), language) == w.group()
                and w.group().lower() not in _openers(language)
                and abbreviates(acronym.group(1), window[w.start() :], language, every_word=True)
            ),
            begin,
        )
    if begin is not None and acronym and gazetteer.is_place(window[begin:].strip()):
        begin = _body_before_place(result, window, words, line_start, begin, acronym.group(1))
    if begin is None:
        return None
    if acronym:  # `État-Major général des Forces armées nationales (FAN)`: FAN names the inner body
        starts = []  # capitalised words, after an elided article too (`l’Armée …`)
        for w in words:
            elided = len(w.group()) - len(re.sub(r"^(?:l|d)[’']", "", w.group()))
            if w.start() >= begin and w.group()[elided : elided + 1].isupper():
                starts.append(w.start() + elided)
        for every_word in (True, False):  # the body whose every word the letters cover, else the first
            inner = next(
                (s for s in starts if abbreviates(acronym.group(1), window[s:], language, every_word)), None
            )
            if inner is not None:
                begin = inner
                break
    return line_start + begin if text[line_start + begin : paren].strip() else None


def _body_before_place(
    result: Extraction, window: str, words: list[re.Match[str]], line_start: int, begin: int, letters: str
) -> int | None:
    """`Forces françaises basées à Djibouti (FFDJ)`: a place after a locative, alone before the
    letters, ends a body's name written across the locative when the letters cover the whole; else
    it is where something is, no body (`la mission européenne au Mali (EUTM)`). A place without a
    locative keeps its letters (`des Forces de défense des Seychelles (SDF)`: the body is joined
    to it later)."""
    language = result.language
    locative = re.search(rf"(?:^|\s)(?:{alternation(language.locatives)})\s*$", window[:begin], re.IGNORECASE)
    if locative is None:
        return begin
    before = re.sub(r"(?:\s+[a-zà-ÿ-]+)+$", "", window[: locative.start()].rstrip())  # `… basées`
    start = _scan_name_start(
        result, before, [w for w in words if w.end() <= len(before)], line_start, across_comma=False
    )
    if start is None:
        return None
    return start if abbreviates(letters, window[start:], language) else None


def _scan_name_start(
    result: Extraction, window: str, words: list[re.Match[str]], line_start: int, across_comma: bool
) -> int | None:
    """Where the capitalised run ending `window` starts; punctuation ends it, but for one comma
    when `across_comma` (an acronym's letters may cover a name written with one)."""
    language = result.language
    heads = language.institution_words
    begin: int | None = None
    previous_start = len(window)
    commas = 0
    for word in reversed(words):
        gap = window[word.end() : previous_start]
        if across_comma and begin is not None and gap.strip() == "," and commas == 0:
            commas += 1
        elif re.search(r"[,;:()«»\"“”]", gap):
            break  # punctuation ends the name
        previous_start = word.start()
        token = word.group()
        lowered = token.lower()
        bare = re.sub(r"^(?:l|d)[’']", "", token)
        if bare[:1].isupper() and lowered in _openers(language) and lowered not in heads:
            break  # `Les Forces armées …`: the article is not part of the name
        if bare[:1].isupper() or lowered in heads or bare.lower() in heads:
            begin = word.start() + (len(token) - len(bare))
            continue
        if lowered in language.link_words or re.match(r"^(?:l|d)[’']", lowered):
            continue
        if language.parser_reliable and len(lowered) > 3 and lowered.isalpha():
            span = result.doc.char_span(line_start + word.start(), line_start + word.end())
            if span is not None and span[0].pos_ == "ADJ" and begin is None:
                continue  # `… armées royales (FAR)`: adjectives after the head
            if span is not None and span[0].pos_ == "ADJ" and begin is not None:
                continue
        break
    return begin


@cache
def _openers(language: Language) -> frozenset[str]:
    """Small words that open a sentence before a name (`The`, `Selon`, `Dans`)."""
    words = {*language.link_words, *language.locatives, *language.description_owners, *language.agent_markers}
    words |= (
        {d.strip() for d in language.determiners} | set(language.pronouns) | set(language.grammar.openers)
    )
    return frozenset(w.lower() for w in words) - language.institution_words


@cache
def _complement_coordinator(language: Language) -> re.Pattern[str] | None:
    leads = language.grammar.complement_coordinators
    if not leads:
        return None
    word = r"[A-ZÀ-Ý][\w-]*"
    lead = alternation(leads).replace("’", "[’']")
    return re.compile(rf"[ \t]+(?:{lead})[ \t]*(?P<name>{word}(?:[ \t]+[^\W\d_]+)?)(?![\w’'-])")


def _second_complement(result: Extraction, start: int, end: int) -> int:
    """Where a body's name ends once its second complement is read (`Armée de l’Air et de l’Espace`):
    the first must be a complement too (`de`, `des`), and the second is neither a place (`Forces
    armées du Mali et du Niger`: two states' armies) nor a body with a head of its own."""
    text, language = result.text, result.language
    pattern = _complement_coordinator(language)
    if pattern is None or not re.search(rf"\s(?:{_preps(language)})", text[start:end]):
        return end
    following = pattern.match(text, end)
    if following is None:
        return end
    first = following["name"].split()[0]
    stop = following.start("name") + len(first)
    if stop < following.end():  # `et des Affaires étrangères`, `Anciens combattants`: it goes on
        last = following["name"].split()[-1]
        adjective = result.doc.char_span(following.end() - len(last), following.end())
        kinds = ("ADJ", "NOUN") if last[:1].islower() else ("ADJ",)  # `Affaires Etrangères`
        if adjective is not None and adjective[0].pos_ in kinds:
            stop = following.end()
        elif last[:1].isupper():
            return end  # `and of the United Nations`: another name, not this body's complement
    if gazetteer.is_place(first) or any(
        plain(w.lower()) in _plain_heads(language) for w in re.split(r"[\s’']+", first)
    ):
        return end
    return stop


@cache
def _plain_heads(language: Language) -> frozenset[str]:
    """The institution words without accents (`etat-major`), as `plain` writes the words compared."""
    return frozenset(plain(h) for h in language.institution_words)


@cache
def _joint(language: Language) -> re.Pattern[str]:
    """A coordinator between two names, with the second one's article (`and the`, `et de la`)."""
    g = language.grammar
    joint = rf"(\s+(?:{alternation(g.coordinators)})\s+(?:(?:{alternation(language.determiners)})\s*)?)"
    return re.compile(joint.replace("’", "[’']"))


def _coordinated(text: str, start: int, end: int, language: Language) -> list[tuple[int, int]]:
    """`Malawi Navy and the Lesotho Coastal Forces` read as one entity: each body when every part has a
    head of its own; one name otherwise (`Ministry of Defence and Coastal Affairs`)."""
    joint, heads = _joint(language), _head_pattern(language)
    spans, offset = [], start
    for part in joint.split(text[start:end]):
        if part and not joint.fullmatch(part):
            spans.append((offset, offset + len(part)))
        offset += len(part)
    if len(spans) > 1 and all(heads.search(text, s, e) for s, e in spans):
        return spans
    return [(start, end)]


def _capitalised_bodies(result: Extraction) -> list[tuple[int, int]]:
    """Capitalised sequences holding an institution head (`Kenya Defence Forces`, `Forces Armées Royales`)."""
    text, language = result.text, result.language
    heads = _head_pattern(language)
    spans = []
    word = rf"(?:(?:[A-Z]\.){{2,}}|[A-ZÀ-Ý][\w’'&-]*|{_ordinal(language)}(?=[ \t]+[A-ZÀ-Ý]))"
    small = alternation(tuple(w for w in language.link_words if not w.endswith(("’", "'"))))
    elided = alternation(tuple(w for w in language.link_words if w.endswith(("’", "'")))).replace("’", "[’']")
    # `Defence Research & Development Organisation`: an ampersand joins the words of one name
    run = re.compile(rf"{word}(?:[ \t]+(?:(?:{small}|&)[ \t]+)*(?:(?:{elided or '(?!)'})?{word}))*")
    joint = _joint(language)
    pieces = []
    for match in run.finditer(text):
        # `the African Union and the United Nations`: two bodies coordinated
        offset = match.start()
        for part in joint.split(match.group()):
            if part and not joint.fullmatch(part):
                pieces.append((offset, part))
            offset += len(part)
    for piece_start, piece in pieces:
        name = piece.rstrip(".")
        owner = re.search(r"[’']s\b\s*", name)
        if owner and not heads.search(name, 0, owner.start()):  # `Malawi's Ministry of Defence`: the owner
            piece_start, name = piece_start + owner.end(), name[owner.end() :]  # is no part of the name
        elif owner:  # `the Tamarind Command's Chief of Staff`: the owner ends the name
            name = name[: owner.start()]
        head = heads.search(name)
        if head:  # `U.S. Africa Command Commander Gen`: a position after the body ends it
            tail = _position_after(name, head.end(), language)
            if tail is not None:
                name = name[:tail]
        if not heads.search(name) or len(name.split()) < 2:
            continue
        start = piece_start
        words = name.split()
        while words and (
            words[0].lower() in _openers(language)
            or words[0].lower() in language.dates.weekdays
            or words[0].lower() in language.dates.months
        ):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2 or (words and words[0].isupper()):
            spans.append((start, piece_start + len(name)))
    return spans


@cache
def _position_start(language: Language) -> re.Pattern[str]:
    """A position or a rank starting after a space: `Commander`, `Permanent Secretary`."""
    return re.compile(rf"\s(?:{language.role_pattern}|{language.rank_pattern})(?![\w-])", re.IGNORECASE)


def _position_after(name: str, offset: int, language: Language) -> int | None:
    """Where a position written right after a body's name begins (`U.S. Africa Command Commander`), or
    None. A position word in a complement is part of the name (`Ministry of National Defense`: not the
    position `Defense Minister`), and so is one right after a small word (`Office of the Secretary`)."""
    heads = _head_pattern(language)
    for match in _position_start(language).finditer(name, offset):
        before = name[: match.start()].split()
        if before and before[-1].lower() in language.link_words:
            continue
        if heads.match(name, match.start() + 1):
            continue
        return match.start()
    return None


def _headed_bodies(result: Extraction) -> list[tuple[int, int]]:
    """`ministère de la Sécurité intérieure`, `Forces armées royales`: a head and its complements, read
    from the parse (adjectives, capitalised complements)."""
    doc, language = result.doc, result.language
    heads = {h.lower() for h in language.institution_heads}
    spans = []
    for token in doc:
        head, head_end = token.lower_, token.i + 1
        if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
            head, head_end = f"{token.lower_}-{doc[token.i + 2].lower_}", token.i + 3
        if head not in heads:
            continue
        first = token.i
        if token.i > 0 and re.fullmatch(_ordinal(language), doc[token.i - 1].text):
            first = token.i - 1  # `7e bataillon des tirailleurs côtiers`: the number names the unit
        always_named = head in language.grammar.always_named_heads or first < token.i
        standard = _position_bodies(language)
        if standard is not None and standard.match(result.text, token.idx):
            always_named = True  # `l’état-major général des armées`: the body a position heads
        capital = token.text[:1].isupper()
        named_next = (
            head_end < len(doc) and doc[head_end].text[:1].isupper() and doc[head_end].pos_ == "PROPN"
        )
        if head in language.capital_only_heads and not capital and not named_next and not always_named:
            continue
        end, saw_capital = head_end, False
        preps = {p for p in language.grammar.complement_preps if " " not in p}
        while end < len(doc) and end - token.i < 12:
            nxt = doc[end]
            after = doc[end + 1] if end + 1 < len(doc) else None
            if nxt.text == "-" and not doc[end - 1].whitespace_ and not nxt.whitespace_ and after is not None:
                end += 2  # `chefs d’état-major`: one word
                continue
            if (
                nxt.lower_ in language.grammar.coordinators
                and after is not None
                and after.lower_ in preps
                and any(doc[i].lower_ in preps for i in range(head_end, end))
                and end + 2 < len(doc)
                and doc[end + 2].pos_ == "NOUN"
                and doc[end + 2].text[:1].islower()
                and doc[end + 2].lower_ not in heads
            ):
                end += 1  # `Comité de défense et de sécurité`: two complements of one head, not two bodies
                continue
            if nxt.is_punct or nxt.is_space or nxt.pos_ in ("VERB", "AUX", "PRON", "NUM", "CCONJ", "SCONJ"):
                break
            if nxt.ent_type_ == "PER" or nxt.lower_ in language.grammar.body_stops:
                break
            if (
                nxt.lower_ in language.title_words
                and nxt.lower_ not in heads
                and after is not None
                and (after.text[:1].isupper())
            ):
                break  # `… le général Dagvin Anderson`: a person follows
            if nxt.lower_ in language.link_words or nxt.pos_ in ("ADJ", "PROPN", "NOUN", "DET", "ADP"):
                saw_capital = saw_capital or nxt.text[:1].isupper()
                if nxt.pos_ == "NOUN" and not nxt.text[:1].isupper() and nxt.lower_ not in heads:
                    complement = doc[end - 1].lower_ in preps or (
                        end - 2 >= head_end and doc[end - 1].pos_ == "DET" and doc[end - 2].lower_ in preps
                    )
                    if not (always_named and doc[end - 1].lower_ in language.link_words) and not (
                        capital and complement
                    ):
                        break  # `Comité des chefs …`: a capitalised head names with common nouns too
                end += 1
                continue
            break
        while end > token.i + 1 and (
            doc[end - 1].lower_ in language.link_words or doc[end - 1].pos_ in ("DET", "ADP")
        ):
            end -= 1
        if end == token.i + 1 or not (capital or saw_capital or always_named):
            continue
        complement = [doc[i].text for i in range(head_end, end) if doc[i].text[:1].isupper()]
        if not capital and not always_named and (not complement or all(w.isupper() for w in complement)):
            continue  # `unité des forces spéciales des SDF`: a unit described, not named
        spans.append((doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return spans


def _owner_named(before: str, language: Language) -> bool:
    """Whether a name's words before another body's name end with a complement preposition (`Comité
    des chefs … de la `): the other body owns the first."""
    preps = alternation((*language.grammar.complement_preps, *language.determiners)).replace("’", "[’']")
    return re.search(rf"\s(?:{preps})\s*$", before, re.IGNORECASE) is not None


def _dedupe(found: list[OrganisationMention], language: Language) -> list[OrganisationMention]:
    """One mention per span: a mention inside a longer one at the same place is dropped."""
    kept: list[OrganisationMention] = []
    open_: list[OrganisationMention] = []  # the kept ones, in order, that may still hold a later start
    for org in sorted(found, key=lambda o: (o.name.start, -(o.name.end - o.name.start), o.acronym is None)):
        open_ = [k for k in open_ if org.name.start < k.name.end]  # starts only grow: the rest never will
        clash = next((k for k in open_ if k.name.start <= org.name.start), None)
        if (
            clash is not None
            and org.acronym is not None
            and clash.acronym is None
            and clash.name.end == org.name.end
            and abbreviates(org.acronym.text, clash.name.text, language)
            and not abbreviates(org.acronym.text, org.name.text, language)
        ):
            clash.acronym = org.acronym  # `Direction des transmissions des armées (DTA)`: the whole name's
            continue
        if clash is None or (
            org.acronym is not None and clash.acronym is None and clash.name.start < org.name.start
        ):
            kept.append(org)  # `État-Major général des Forces armées nationales (FAN)`: two bodies
            open_.append(org)
            continue
        elif (
            org.name.text.isupper()
            and clash.name.start < org.name.start
            and org.name.end == clash.name.end
            and _owner_named(clash.name.text[: org.name.start - clash.name.start], language)
        ):
            kept.append(org)  # `Comité des chefs … de la LCO`: the body it belongs to is named too
            open_.append(org)
            continue
        elif clash.acronym is None and org.acronym is not None and clash.name.end == org.name.end:
            clash.acronym = org.acronym
        if org is not clash and org.kind and not clash.kind:  # not kept: it merged into `clash`
            clash.kind = org.kind  # the list said what the longer name is
    return kept
