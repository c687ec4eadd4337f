"""Person mentions: names the recogniser proposes or a rank, courtesy word or position introduces.

spaCy's NER proposes; the grammar of names (`names.py`) finds where each name really starts
and ends; rules about the language decide: a place, a month, a rank or a body is never a person,
and a single capitalised word needs a reason (a rank before it, a full name it ends, a proper
noun in a reliable parse). A name recognised once is a name wherever else it is written, and so
is its surname.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import Any

from ..languages.base import Language, alternation
from . import gazetteer
from .acronyms import abbreviates
from .mentions import Extraction, Mention, PersonMention
from .names import (
    Name,
    extend_left,
    headline_capitals,
    month_of_a_date,
    position_follows,
    scan,
    thing_words,
    title_case_line,
    written_lower,
)
from .places import apposed_places, town_before_object


@cache
def _introducer(language: Language) -> re.Pattern[str]:
    titles = (*language.ranks, *language.courtesy, *language.role_heads)
    words = "|".join(
        re.escape(t).replace("’", "[’']").replace("\\ ", "[ -]").replace("\\-", "[ -]")
        for t in sorted(set(titles), key=len, reverse=True)
    )
    complement = (
        rf"(?:[ \t]+(?:{_alt(language.grammar.complement_preps)})[ \t]*(?-i:[A-ZÀ-Ý][\w’'-]+)"
        r"(?:[ \t]+(?-i:[a-zà-ÿ][\w-]+))?)?"
    )
    return re.compile(
        # after a space, or an elided article (`l'amiral X`), not inside a word (`d’État`); a capital
        # after the article is a person's rank before a first name and a surname (`l'Amiral Edouard
        # Guillaud`) or a position before its complement (`l’Ambassadeur de Chine`), else a ship's
        # name (`à bord de l’Amiral Kouznetsov`)
        rf"(?:(?<![\w’'.-])|(?<=\b[lL][’'])"
        rf"(?=(?-i:[a-zà-ÿ])|(?-i:[A-ZÀ-Ý][\w-]*[ \t]+[A-ZÀ-Ý][\w’'-]*[ \t]+[A-ZÀ-Ý])"
        rf"|(?-i:[A-ZÀ-Ý][\w-]*[ \t]+(?:{_alt(language.grammar.complement_preps)})[ \t])))"
        rf"(?P<intro>{words})(?![\w’'-])"
        r"(?:[ \t]+\((?-i:[\dA-Za-z]{1,3})\))?"  # `le général (2S) X`: a retired general's section
        rf"(?:[ \t]+(?P<adj>(?-i:[a-zà-ÿ][a-zà-ÿ-]+)))?"
        rf"(?P<complement>{complement})[ \t]+(?=\S)",
        re.IGNORECASE,
    )


@cache
def _position_complement(language: Language) -> re.Pattern[str]:
    """The capitalised complements of a position head, coordinated or not, and the space before the
    name (`ministre de l’Économie et des Finances `): part of the position, not of the name."""
    preps = _alt((*language.grammar.complement_preps, *language.grammar.posting_preps))
    coordinators = _alt(language.grammar.coordinators)
    lower = rf"(?!(?:{coordinators}|{preps})(?![\w’'-]))(?-i:[a-zà-ÿ][\w-]+)"
    # `Minister for Maritime Affairs X`: capitalised words that never start a name go on the complement
    never_names = _alt(tuple(sorted(w for w in language.not_name_words if w[:1].isupper())))
    more = rf"(?:[ \t]+(?-i:{never_names})(?![\w’'-]))*"
    one = rf"(?:{preps})[ \t]*(?-i:[A-ZÀ-Ý][\w’'-]+){more}(?:[ \t]+{lower})?"
    return re.compile(
        rf"(?:[ \t]+(?P<adj>(?-i:[a-zà-ÿA-ZÀ-Ý][a-zà-ÿ-]+)))?[ \t]+{one}"
        rf"(?:[ \t]+(?:(?:{coordinators})[ \t]+)?{one})*"  # `de la Défense du Mali`: complements in a row
        r"[ \t]+(?=(?-i:[A-ZÀ-Ý]))",
        re.IGNORECASE,
    )


@cache
def _title_at(language: Language) -> re.Pattern[str]:
    titles = sorted({*language.courtesy, *language.ranks}, key=len, reverse=True)
    return re.compile(rf"(?-i:{_alt(tuple(titles))})(?![\w’'-])[ \t]+(?=[A-ZÀ-Ý])")


def _past_title(text: str, position: int, language: Language) -> int:
    """`ministre des Forces armées Me X`, `ministre de la Défense, le général X`: a courtesy word or a
    rank between the position and the name is no part of the name."""
    title = _title_at(language).match(text, position)
    return title.end() if title else position


def _complement_after(text: str, position: int, language: Language) -> int | None:
    """Where the position's complement at `position` ends; a capitalised adjective before it must
    be a nationality (`ministre Nigérien de la Défense X`), not a name (`ministre Talbi de …`)."""
    complement = _position_complement(language).match(text, position)
    if complement is None:
        return None
    adjective = complement["adj"]
    if adjective and adjective[:1].isupper() and not language.demonym_country(adjective):
        return None
    end = _country_goes_on(text, complement.end())
    country = _long_country_at(text, end)
    if country > end:  # `de la République Populaire de Chine au Niger X`: the country, then more
        more = _position_complement(language).match(text, country - 1)
        return _country_goes_on(text, more.end()) if more and not more["adj"] else country
    return end


_MIXED_LETTERS = re.compile(r"(?:[A-Z][a-z]){1,2}[A-Z]{1,2}")
"""Short letters, a capital and a lower-case letter once or twice, then one or two capitals
(`MoD`, `MoFA`, `GoI`, `DoD`): a body's abbreviation; not a name (`McDonald`, `McLEOD`, `DeVOS`)."""


def _body_goes_on(text: str, name: Name, language: Language) -> bool:
    """The capitalised words read as a name are followed by a body's head noun (`… of NATO Allied
    Land Command`): they open the body's name, the complement did not end where it seemed to."""
    following = re.match(r"[ \t]+([A-ZÀ-Ý][\w’'-]*)", text[name.end : name.end + 30])
    return following is not None and following[1].lower() in language.institution_words


_WORD_AND_SPACE = re.compile(r"[\w’'-]+[ \t]*")


def _long_country_at(text: str, end: int) -> int:
    """Where a country's name of several words, some in lower case, that starts with the
    complement's last word ends (`République Populaire de Chine`); `end` where none does."""
    last = re.search(r"[A-ZÀ-Ý][\w’'-]+[ \t]+$", text[max(0, end - 40) : end])
    if last is None:
        return end
    start = end - len(last.group())
    words: list[re.Match[str]] = []
    offset = start
    while len(words) < 5 and (word := _WORD_AND_SPACE.match(text, offset)):
        words.append(word)
        offset = word.end()
    for size in range(len(words), 2, -1):
        if words[size - 1].end() > end and gazetteer.country_of_name(
            text[start : words[size - 1].end()].strip()
        ):
            return words[size - 1].end()
    return end


_CAPITALISED_WORD = re.compile(r"([A-ZÀ-Ý][\w’'-]+)[ \t]+")


def _country_goes_on(text: str, end: int) -> int:
    """`président du Burkina Faso X`: a country's name of several words is all the complement's
    (its last word is no first name)."""
    last = re.search(r"([A-ZÀ-Ý][\w’'-]+)[ \t]+$", text[max(0, end - 40) : end])
    if last is None:
        return end
    following: list[re.Match[str]] = []
    offset = end
    while len(following) < 2 and (word := _CAPITALISED_WORD.match(text, offset)):
        following.append(word)
        offset = word.end()
    size = gazetteer.country_words([last[1], *(w[1] for w in following)], shortest=2)
    return following[size - 2].end() if size else end


@cache
def _lower_titles(language: Language) -> dict[str, str]:
    """Lower-case title -> kind (`rank`, `courtesy`, `role`)."""
    kinds: dict[str, str] = {}
    for kind, titles in (
        ("role", language.role_heads),
        ("courtesy", language.courtesy),
        ("rank", language.ranks),
    ):
        for title in titles:
            kinds[title.lower().replace("'", "’")] = kind
    return kinds


def _kind(language: Language, title: str) -> str:
    kinds, key = _lower_titles(language), title.lower().replace("'", "’")
    return kinds.get(key) or kinds.get(key.replace("-", " "), "role")  # `Lieutenant-Colonel`: a rank


def _next_word_start(text: str, position: int) -> int:
    match = re.compile(r"[ \t]*").match(text, position)
    return match.end() if match else position


def find_persons(result: Extraction) -> None:
    """Fill `result.persons` with every mention of a person's name, in text order."""
    text, language = result.text, result.language
    candidates: dict[tuple[int, int], tuple[Name, Mention | None, bool]] = {}

    def add(name: Name | None, title: Mention | None, introduced: bool) -> None:
        if name is not None and _town_first(text, name, language):
            # `a rencontré à Bamako Ousmane Keïta`: where they met, then whom
            name = scan(text, _next_word_start(text, name.start + len(name.words[0])), language)
        if name is None:
            return
        key = (name.start, name.end)
        known = candidates.get(key)
        if known is None or (introduced and not known[2]) or (title and not known[1]):
            candidates[key] = (
                name,
                title or (known[1] if known else None),
                introduced or bool(known and known[2]),
            )

    for match in _introducer(language).finditer(text):
        intro = match["intro"]
        kind = _kind(language, intro)
        if kind == "rank" and _adjective_use(text, match.start("intro"), language):
            continue  # `quartier général`, `inspecteur général`: an adjective, not a rank
        adj = match["adj"]
        position = match.end()
        if (
            kind == "role"
            and _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
            and position_follows(text, match.end("intro"), language)
        ):
            continue  # `X Y Conseiller Présidentiel de Transition`: the position of the name before it
        if kind == "role" and (complement := _complement_after(text, match.end("intro"), language)):
            # `ministre des Finances X Y`: the name after the position; one word may end the complement
            name = scan(text, _past_title(text, complement, language), language)
            if name is not None and _body_goes_on(text, name, language):
                continue  # `Chief of Staff of NATO Allied Land Command, X`: the body's name goes on
            if name is not None and (len(name.words) > 1 or _caps(name) or _initialled(text, name)):
                add(name, None, True)
            continue
        if adj and not language.demonym_country(adj):
            following = text[match.end() : match.end() + 2]
            if (
                adj in language.name_particles
                and kind != "role"
                and following[:1].isupper()
                and not following.isupper()
            ):
                position = match.start("adj")  # `M. de Villiers`: a particle starts the name
            else:
                continue
        if match["complement"] and kind != "role":
            continue  # `général de Gaulle`-like forms are read without a complement
        if kind == "role" and not text[position : position + 1].isupper():
            continue
        name = scan(text, position, language, allow_particle_start=kind != "role")
        if name is None or (
            kind == "role" and len(name.words) == 1 and not _caps(name) and not _initialled(text, name)
        ):
            if kind == "role" and name is not None and _proper(result, name):
                add(name, None, True)
            continue
        title = Mention(intro, match.start("intro"), match.end("intro")) if kind == "rank" else None
        add(name, title, kind != "role" or len(name.words) > 1 or _initialled(text, name))
    for ent in result.doc.ents:
        if ent.label_ == "PER":
            add(_from_entity(result, ent.start_char, ent.end_char), None, False)
        elif _apposed(result, ent.start_char, ent.end_char):
            add(_from_entity(result, ent.start_char, ent.end_char), None, True)
    for name in _apposed_names(result):
        add(name, None, True)
    for name in _counterpart_names(result):
        add(name, None, True)
    for name in _names_after_bodies(result):
        add(name, None, False)
    for name in _party_names(result):
        add(name, None, False)
    accepted = _accept(result, candidates)
    _listed_with(result, accepted, candidates)
    _propagate(result, accepted, candidates)
    _record(result, _accept(result, candidates))


_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]+[ \t]+[A-ZÀ-Ý][\w’'-]+[ \t]+$")
"""Two capitalised words right before a position's head: a name whose position follows it."""


@cache
def _function_words(language: Language) -> frozenset[str]:
    words = {*language.link_words, *language.locatives, *language.agent_markers, *language.description_owners}
    g = language.grammar
    words |= {d.strip() for d in language.determiners} | {*g.coordinators, *g.with_words, *g.list_openers}
    return frozenset(w.lower() for w in words)


def _adjective_use(text: str, start: int, language: Language) -> bool:
    """Whether the rank word at `start` follows a lower-case noun it qualifies (`quartier général`)."""
    rank = re.match(r"[\w’'-]+\.?", text[start:])
    if rank is None or rank.group().endswith(".") or rank.group()[:1].isupper():
        return False  # `received Gen. X`, `received General X`: no adjective is abbreviated or capitalised
    before = re.search(r"(?P<word>[^\s,;:()«»\"“”]+)[ \t]+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before["word"]
    lowered = word.lower()
    if (
        not word[:1].islower()
        or lowered in _function_words(language)
        or re.match(r"^(?:l|d|qu)[’']", lowered)
    ):
        return False
    return not (lowered in language.title_words or language.demonym_country(word))


def _apposed_names(result: Extraction) -> list[Name]:
    """`Giulia Ferrante, Italy's ambassador to Zambia`, `Abdel-Rahim Tanko, Commissioner for …`: a
    capitalised name of two to four words followed by a comma and a position."""
    text, language = result.text, result.language
    found = []
    pattern = re.compile(
        rf"(?<![\w’'-])(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'.-]+){{1,3}}),[ \t]+"
        rf"(?:(?:{_alt(language.grammar.definite_articles)})[ \t]*)?"
        rf"(?:[\w’'.-]+[ \t]+){{0,3}}?(?:{language.role_pattern})\b",
    )
    for match in pattern.finditer(text):
        name = scan(text, match.start("name"), language)
        if name is not None and name.end == match.end("name") and len(name.words) >= 2:
            found.append(name)
    return found


def _names_after_bodies(result: Extraction) -> list[Name]:
    """`the head of the U.S. Southern Command John Kelly`: a name of two or three words right after a
    body's name, as one writes a position's holder after it (the body's name was cut before it)."""
    text, language = result.text, result.language
    found = []
    for body in result.organisations:
        after = body.name.end
        if not re.match(r"[ \t][A-ZÀ-Ý]", text[after : after + 2]):
            continue
        name = scan(text, after + 1, language)
        if (
            name is not None
            and 2 <= len(name.words) <= 3
            and not gazetteer.is_place(name.canonical)
            and not any(w.lower() in thing_words(language) for w in name.words)  # `Navy Ship Unity`
        ):
            found.append(name)
    return found


def _counterpart_names(result: Extraction) -> list[Name]:
    """`his counterpart Hari Shrestha`, `son homologue malien, Moussa Traoré`: a name of two words
    or more right after a possessive's counterpart (and a nationality), whatever the recogniser saw."""
    text, language = result.text, result.language
    pattern = _counterpart_lead(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if match["adjective"] and not language.demonym_country(match["adjective"]):
            continue  # `his counterpart in New Delhi`: a place after a preposition, no name
        pre = (match["pre"] or "").strip()
        if pre[:1].isupper() and not language.demonym_country(pre):
            continue  # `his Uruguayan counterpart X`; not a capitalised word of another kind
        name = scan(text, match.end(), language)
        if name is not None and len(name.words) >= 2 and not gazetteer.is_place(name.canonical):
            found.append(name)
    return found


@cache
def _party_subject(language: Language) -> re.Pattern[str]:
    """Two or three capitalised words, maybe a second such run after `and` / `et`, opening a sentence
    or after a comma, right before a verb of meeting, receiving or visiting (an auxiliary between)."""
    g = language.grammar
    verbs = "|".join(
        f"(?:{v})" for v in (*language.meeting_verbs, *language.receiving_verbs, *language.visiting_verbs)
    )
    run = r"[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){1,2}"
    return re.compile(
        rf"(?:^|(?<=[.;:!?,\n])[ \t]*)(?P<a>{run})(?:[ \t]+(?:{_alt(g.coordinators)})[ \t]+(?P<b>{run}))?"
        rf"[ \t]+(?:(?:{_alt(g.perfect_auxiliaries)})[ \t]+)?(?:{verbs})(?![\w-])",
        re.MULTILINE,
    )


@cache
def _party_object(language: Language) -> re.Pattern[str]:
    """A verb of meeting or receiving (`with` after it or not), then two to four capitalised words,
    particles between, and a position in apposition (`received Fahd bin Abdullah Al-Mutair,
    Commander of …`): the position says the words name a person (not `received Human Rights Watch`)."""
    g = language.grammar
    verbs = "|".join(f"(?:{v})" for v in (*language.meeting_verbs, *language.receiving_verbs))
    particles = _alt(tuple(language.name_particles))
    run = rf"[A-ZÀ-Ý][\w’'-]+(?:[ \t]+(?:(?:{particles})[ \t]+)?[A-ZÀ-Ý][\w’'-]+){{1,3}}"
    return re.compile(
        rf"(?<![\w-])(?:{verbs})(?:[ \t]+(?:{_alt(g.with_words)}))?[ \t]+(?P<a>{run}),[ \t]+"
        rf"(?:(?:{_alt(g.definite_articles)})[ \t]*)?(?={language.role_pattern}|{language.rank_pattern})",
        re.IGNORECASE,
    )


def _party_names(result: Extraction) -> list[Name]:
    """`On Monday, Irakli Kobakhidze received an Armenian delegation`, `Irakli Kobakhidze and Suren
    Papikyan discussed …`: the subject of a verb of meeting is a party, so a run of two or three
    capitalised words there names a person when no word of it is a title, a nationality, a thing
    or a body's word, and it is no place. The recogniser misses names it never saw (its model is
    French, and trained on other names)."""
    text, language = result.text, result.language
    barred = language.title_words | thing_words(language) | language.institution_words
    found = []
    matches = [*_party_subject(language).finditer(text), *_party_object(language).finditer(text)]
    entities = list(result.doc.ents)
    entity_starts = [e.start_char for e in entities]
    for match in matches:
        for group in match.groupdict():
            if match[group] is None:
                continue
            name = scan(text, match.start(group), language)
            if (
                name is None
                or name.end != match.end(group)
                or not 2 <= len(name.words) <= 3
                or any(w.lower() in barred or language.demonym_country(w) for w in name.words)
                or any(w.isupper() or w in result.position_acronyms for w in name.words)
                or gazetteer.is_place(name.canonical)
                or any(
                    e.label_ in ("ORG", "MISC")
                    and e.start_char <= name.start
                    and name.end <= e.end_char
                    and not _clause_read_whole(text, e.start_char, e.end_char, name)
                    for e in _entity_at(entities, entity_starts, name.start)
                )  # `Lockheed Martin met`, `Ocean Viking met`: read whole as a body or a thing (not
                # a whole clause read as one thing, its verb inside)
            ):
                continue
            found.append(name)
    return found


def _entity_at(entities: list[Any], starts: list[int], offset: int) -> list[Any]:
    """The recogniser's entity that starts last at or before `offset`: the only one that can hold
    a span starting there, since spaCy's entities never overlap and come in text order (testing
    every entity for every candidate name was quadratic on a page of names)."""
    at = bisect_right(starts, offset) - 1
    return [entities[at]] if at >= 0 else []


def _clause_read_whole(text: str, start: int, end: int, name: Name) -> bool:
    """Whether the entity at text[start:end] runs over a lower-case word beside `name` (`General X
    received Y` read as one thing): a clause the recogniser misread, not a body's or a thing's name."""
    outside = text[start : name.start] + " " + text[name.end : end]
    return re.search(r"(?<![\w’'-])[a-zà-ÿ]{3,}", outside) is not None


def _title_before(text: str, start: int, language: Language) -> bool:
    previous = re.search(r"([\w’'.-]+)[ \t]+$", text[max(0, start - 30) : start])
    return previous is not None and previous[1].lower().strip(".") in language.title_words


def _town_first(text: str, name: Name, language: Language) -> bool:
    """A name of three words or more whose first is a place the gazetteer knows, right after a
    preposition of place or of a posting (`Ambassador to Honduras Lisa Kubiske`), or a country
    right after a complement's preposition (`Prime Minister of Thailand Prayut Chan-o-cha`)."""
    if len(name.words) < 3 or not text.startswith(name.words[0], name.start):
        return False
    if gazetteer.is_place(name.words[0]) and _after_town_preposition(text, name.start, language):
        return True
    return bool(gazetteer.country_of_name(name.words[0])) and bool(
        _complement_prep_before(language).search(text, max(0, name.start - 12), name.start)
    )


def _after_town_preposition(text: str, start: int, language: Language) -> bool:
    words = (
        *language.grammar.town_preps,
        *language.grammar.destination_preps,
        *language.grammar.posting_preps,
    )
    articles = alternation(language.grammar.definite_articles)
    return bool(
        re.search(
            rf"(?<![\w-])(?:{alternation(words)})\s+(?:(?:{articles})\s+)?$",  # `to the Philippines`
            text[max(0, start - 16) : start],
            re.I,
        )
    )


@cache
def _counterpart_lead(language: Language) -> re.Pattern[str] | None:
    """A possessive, `counterpart` / `homologue` and maybe one lower-case word, before a capital."""
    nouns = language.peer_nouns
    if not nouns:
        return None
    return re.compile(
        rf"(?<![\w’'-])(?:{_alt(language.description_owners)})\s*(?P<pre>(?-i:[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ-]+)\s+)?"
        rf"(?:{_alt(nouns)})"
        rf"(?-i:\s+(?P<adjective>[a-zà-ÿ-]+))?\s*,?[ \t]+(?-i:(?=[A-ZÀ-Ý]))",
        re.IGNORECASE,
    )


@cache
def _named_thing_before(language: Language) -> re.Pattern[str]:
    """A noun of a ship, a street, a site, an award or equipment, then maybe an adjective or a rank,
    then maybe a preposition: the capitalised word after it names that thing, not a person."""
    g = language.grammar
    nouns = alternation((*g.not_person_before, *g.product_nouns)).replace("’", "[’']")
    preps = alternation(g.complement_preps).replace("’", "[’']")
    return re.compile(
        rf"(?:^|[\s’'])(?P<noun>(?-i:{nouns}))(?:\s+[a-zà-ÿ-]+)?(?P<rank>\s+(?:{language.rank_pattern}))?"
        rf"\s+(?:(?:{preps})\s*)?$",
        re.IGNORECASE,
    )


@cache
def _ship_before(language: Language) -> re.Pattern[str]:
    """A ship's noun (`la frégate`), with its type's complement and acronym (`le Patrouilleur de
    haute-mer (PHM)`), or a ship prefix (`RFS`), then maybe a rank: the capitalised words after it
    name a ship (one word between may be an adjective: `le porte-avions français X`)."""
    g = language.grammar
    nouns = _alt(g.ship_nouns)
    preps = _alt(g.complement_preps)
    coordinators = _alt(g.coordinators)
    # `de la marine royale`, `d’essais et de mesures`, `de soutien et d’assistance outre-mer`: the type's
    # or the owner's complements, in lower case
    complements = (
        rf"(?:\s+(?:(?:{coordinators})\s+)?(?:{preps})\s*[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?){{1,3}}"
    )
    complement = rf"(?:{complements})?\s*\([A-Z]{{2,6}}\)|{complements}"
    return re.compile(
        rf"(?:(?<![\w-])(?P<noun>{nouns})(?:\s+(?P<adjective>(?-i:[a-zà-ÿ][\w-]*)))?(?:{complement})?"
        rf"|(?<![\w-])(?-i:{alternation(g.ship_prefixes)}))\s+(?:[lL][’'])?"
        rf"(?P<rank>(?:{language.rank_pattern})\s+)?$",
        re.IGNORECASE,
    )


def _ship(text: str, name: Name, language: Language) -> bool:
    """`la frégate (FDA) Chevalier X`, `RFS Admiral X`, `Aircraft Carrier USS X`: a ship, not a person;
    not `le capitaine de frégate X`, whose ship noun is part of the rank."""
    if any(w in language.grammar.ship_prefixes for w in text[name.start : name.end].split()):
        return True
    before = text[max(0, name.start - 60) : name.start]
    ship = _ship_before(language).search(before)
    if ship is None or (ship["noun"] and _inside_rank(before.lower(), ship, language)):
        return False
    # `le porte-avions français Charles de Gaulle`; but `the destroyer welcomed X`: a verb
    return not (ship["adjective"] and not language.demonym_country(ship["adjective"]))


def _named_as_ship(text: str, name: Name, language: Language) -> bool:
    """`commandant du Michael Murphy` where the text wrote `le destroyer USS Michael Murphy`: a name
    the text gives a ship elsewhere is that ship's."""
    start = name.start
    for _ in range(3):  # `Briggs` in `du Harlan Briggs`: the capitalised words before go with it
        word = re.search(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]*[ \t]+$", text[max(0, start - 30) : start])
        if word is None:
            break
        start -= len(word.group())
    core = text[start : name.end]
    particle = re.match(rf"(?:{_alt(tuple(language.name_particles))})\s+", core)
    core = core[particle.end() :] if particle else core
    return any(at != start for at in _written_as_ship(text, core, language))


@lru_cache(maxsize=256)
def _written_as_ship(text: str, core: str, language: Language) -> tuple[int, ...]:
    """Where the text writes `core` after a ship's noun. Kept per text and name: a page that repeats
    one name a thousand times asked it for each of them, reading every place again (quadratic)."""
    return tuple(
        ship.start()
        for ship in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w’'-])", text)
        if _ship_before(language).search(text[max(0, ship.start() - 60) : ship.start()])
    )


def _inside_rank(before: str, thing: re.Match[str], language: Language) -> bool:
    """`capitaine de corvette X`: the noun belongs to the rank before the name."""
    rank = re.search(rf"(?:{language.rank_pattern})\s*$", before, re.IGNORECASE)
    return bool(rank and rank.start() <= thing.start("noun"))


def title_only_intro(text: str, name: Name, language: Language) -> bool:
    """Whether a courtesy word introduces the name (`M. X`): a person even after a site's noun."""
    before = text[max(0, name.start - 20) : name.start]
    return bool(re.search(rf"(?:{alternation(language.courtesy)})\s*$", before))


def _caps(name: Name) -> bool:
    return any(w.isupper() and len(w) > 2 for w in name.words)


def _initialled(text: str, name: Name) -> bool:
    """`Defence Minister J. Luiku`: a first name's initial before one word makes it a surname."""
    return re.match(r"(?:[A-ZÀ-Ý]\.[ \t]*){1,3}[A-ZÀ-Ý]", text[name.start : name.start + 12]) is not None


def _proper(result: Extraction, name: Name) -> bool:
    """A single word the parse calls a proper noun (only trusted where the parse is reliable)."""
    return result.parsed_as(name.start, name.end, "PROPN")


def _from_entity(result: Extraction, start: int, end: int) -> Name | None:
    """The name inside a recognised entity: leading titles and articles skipped, then extended."""
    text, language = result.text, result.language
    while start < end:
        match = _introducer(language).match(text, start)
        if match and match.end() <= end:
            start = match.end()
            continue
        lead = _lead(language).match(text, start, end)
        if (
            lead
            and not text[start + lead.end() : start + lead.end() + 1].islower()
            and lead.group()[:1].islower()
        ):
            start += lead.end()
            continue
        described = _description_lead(language).match(text, start, end)
        if described and described.end() < end:  # `Japanese counterpart Kenji Sato`: a description
            start = described.end()
            continue
        break
    while start < end and not (text[start].isalpha()):
        start += 1
    start = _past_title(text, _past_position_complement(text, start, language), language)
    if _complement_prep_before(language).search(text[max(0, start - 8) : start]):
        start = _past_country(text, start, end)  # `président du` [Burkina Faso X]; not `Chad Wilson`
    if start >= end:
        return None
    if re.search(r"(?<![\w’'-])[NM][’']$", text[max(0, start - 3) : start]):
        start -= 2  # `Koffi N’Guessan`, `M’Bareck`: the recogniser cut the name after the prefix
    name = scan(text, start, language, allow_particle_start=" " in text[start:end].strip())
    if name is None:
        return None
    return extend_left(text, name, language)


@cache
def _role_head(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'-])(?:{_alt(language.role_heads)})(?![\w’'-])", re.IGNORECASE)


@cache
def _complement_prep_before(language: Language) -> re.Pattern[str]:
    """A complement's preposition ending the text (`président du`)."""
    return re.compile(rf"(?<![\w’'-])(?:{_alt(language.grammar.complement_preps)})\s*$")


def _past_country(text: str, start: int, end: int) -> int:
    """`Burkina Faso Jean-Marc X` (the recogniser's span after `président du`): the name starts
    after a country's name of one to three words written at its start."""
    run = re.match(r"(?:[A-ZÀ-Ý][\w’'-]+[ \t]+){1,3}", text[start:end])
    if run is None:
        return start
    words = list(re.finditer(r"[A-ZÀ-Ý][\w’'-]+", run.group()))
    size = gazetteer.country_words([w.group() for w in words])
    if not size or start + run.end() >= end:
        return start
    return start + (words[size].start() if size < len(words) else run.end())


def _past_position_complement(text: str, start: int, language: Language) -> int:
    """Where a name starts when `start` falls inside a position's complement (the recogniser's
    `Finances Moussa Keita` in `ministre des Finances Moussa Keita`); else `start`."""
    for head in _role_head(language).finditer(text, max(0, start - 120), start):
        complement = _complement_after(text, head.end(), language)
        if complement and head.end() < start < complement:
            return complement
    return start


def _apposed(result: Extraction, start: int, end: int) -> bool:
    """`l’ambassadeur des États-Unis aux Seychelles, Henry Jardine`: a name after a position and a
    comma, which the recogniser sometimes tags as a place or an organisation."""
    text = result.text
    words = text[start:end].split()
    if (
        not 2 <= len(words) <= 4
        or not all(w[:1].isupper() for w in words)
        or gazetteer.is_place(text[start:end])
    ):
        return False
    before = text[max(0, start - 100) : start]
    if not before.rstrip().endswith(","):
        return False
    clause = re.split(r"[.;:]", before)[-1].lower()
    return any(
        re.search(rf"(?<![\w-]){re.escape(r.lower())}(?![\w-])", clause) for r in result.language.role_heads
    )


def _accept(
    result: Extraction, candidates: dict[tuple[int, int], tuple[Name, Mention | None, bool]]
) -> list[tuple[Name, Mention | None, bool]]:
    """The candidates that name persons, the longest where they overlap, in text order."""
    kept: list[tuple[Name, Mention | None, bool]] = []
    reach = -1  # where the kept names end at the furthest: in start order, a name overlaps one of them
    ordered = sorted(candidates.values(), key=lambda c: (c[0].start, -(c[0].end - c[0].start)))
    for name, title, introduced in ordered:  # only if it starts before that (no scan of every kept name)
        if name.start < reach:
            continue
        if _plausible(result, name, introduced):
            kept.append((name, title, introduced))
            reach = max(reach, name.end)
    return kept


@cache
def _position_heads(language: Language) -> frozenset[str]:
    """One-word positions, in lower case (`chief`, `minister`, `ministre`); not ranks, which are
    surnames too (`Majors`, `Marshals`)."""
    words = language.role_heads
    return frozenset(w.lower().rstrip(".") for w in words if " " not in w.strip())


def _quoted_whole(text: str, name: Name) -> bool:
    opening = re.search(r"[«“\"‘]\s*$", text[max(0, name.start - 3) : name.start])
    return bool(opening) and re.match(r"\s*[»”\"’]", text[name.end : name.end + 3]) is not None


def _alone_on_its_line(text: str, name: Name, language: Language) -> bool:
    """One word on its line beside another short line, as in a page's menu (`loader` / `Chat`): not
    a byline's name under `Par` or `By`, nor a signature closing the text after a paragraph."""
    start, end = _line_bounds(text, name)
    if text[start : name.start].strip() or text[name.end : end].strip():
        return False
    before, after = _line_before(text, start), _line_after(text, end)
    bylines = {w.lower() for w in language.page.byline}
    return (
        before is not None
        and after is not None
        and before.lower() not in bylines
        and (len(before.split()) <= 3 or len(after.split()) <= 3)
    )


def _line_bounds(text: str, name: Name) -> tuple[int, int]:
    """Where the line holding the name starts and ends (its line break excluded)."""
    end = text.find("\n", name.end)
    return text.rfind("\n", 0, name.start) + 1, end if end != -1 else len(text)


def _line_before(text: str, start: int) -> str | None:
    """The last non-blank line before the line starting at `start`, stripped; read line by line
    backwards, not the whole text before."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        lines = [line.strip() for line in text[begin:end].splitlines() if line.strip()]
        if lines:
            return lines[-1]
        end = begin - 1
    return None


def _line_after(text: str, end: int) -> str | None:
    """The first non-blank line after the line ending at `end`, stripped."""
    begin = end + 1
    while begin < len(text):
        stop = text.find("\n", begin)
        stop = stop if stop != -1 else len(text)
        lines = [line.strip() for line in text[begin:stop].splitlines() if line.strip()]
        if lines:
            return lines[0]
        begin = stop + 1
    return None


def _capitalised_line(text: str, name: Name, language: Language) -> bool:
    """Whether the name's line writes every word but small ones with a capital, as headlines do."""
    start, end = _line_bounds(text, name)
    words = text[start:end].split()
    lower = [w for w in words if w[:1].islower() and w.strip(".,;:") not in language.function_words]
    return len(words) >= 3 and not lower


@cache
def _programme_before(language: Language) -> re.Pattern[str]:
    """A programme's noun right before a name (`le partenariat Sabre Haïti`)."""
    programme = alternation(language.grammar.programme_nouns) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{programme})[ \t]+$", re.IGNORECASE)


@cache
def _verb_of_meeting(language: Language) -> re.Pattern[str]:
    """One word that is a verb of meeting, receiving or visiting (`Visits`, `Meets`, `Reçoit`)."""
    inflected = (w for w in language.visit_words if re.fullmatch(r"[a-zà-ÿ]+(?:s|ed|ing)", w))  # `Visits`
    verbs = (*language.meeting_verbs, *language.receiving_verbs, *language.visiting_verbs, *inflected)
    return re.compile("|".join(f"(?:{v})" for v in verbs if "\\s" not in v and " " not in v), re.IGNORECASE)


def _plausible(result: Extraction, name: Name, introduced: bool) -> bool:
    text, language = result.text, result.language
    words = name.words
    dates = language.dates
    if not words or any(w.lower() in dates.weekdays for w in words):
        return False
    months = [i for i, w in enumerate(words) if w.lower() in dates.months]
    if months and not (
        months == [0]
        and len(words) > 1
        and _title_before(text, name.start, language)
        and name.start >= result.body_start  # `Army Chief May Meet …`: a headline's modal
    ):
        return False  # not `Minister Jan Dvorak`: a first name after a title
    if month_of_a_date(text, name.end):
        return False  # `Jumada II 20, 1439`: a month of another calendar
    if language.demonym_country(words[0]) or (len(words) == 1 and gazetteer.country_of_name(words[0])):
        return False
    if (
        len(words) > 1
        and gazetteer.country_of_name(words[0])
        and any(w.lower() in language.institution_words for w in words[1:])
        and re.match(rf"[ \t]+(?-i:{language.role_pattern})(?![\w-])", text[name.end : name.end + 40])
    ):
        return False  # `Kenya Airforce Commander, Maj. Gen X`: a country's body, then a position
    if any(_MIXED_LETTERS.fullmatch(w) for w in words):
        return False  # `MoD Thailand`, `DoD`: a body's letters, a capital ending a lower-case one
    if len(words) > 1 and words[0] in language.region_words:
        return False  # `the Commander Western Naval Area, Rear Admiral X`: a command's area, no name
    if (
        len(words) > 1
        and any(_verb_of_meeting(language).fullmatch(w) for w in words)
        and _capitalised_line(text, name, language)
    ):
        return False  # `SOUTHCOM Commander Visits Honduras`: a headline's verb, in capitals
    if _body_goes_on(text, name, language) and (not introduced or _initialled(text, name)):
        return False  # `U.S. Southern Command`: the start of a body's name, not a person's
    if len(words) > 1 and words[-1].lower() in language.ranks and not text[name.start : name.end].istitle():
        return False  # `de la Défense Nationale le Général X`: a complement's end, then the rank
    if len(words) > 1 and words[-1].endswith("s") and words[-1][:-1].lower() in _position_heads(language):
        return False  # `Services Chiefs`: a position in the plural, no name (not `Colonel Dana Majors`)
    if not introduced and re.match(r"[ \t]+(?:19|20)\d\d(?![\w-])", text[name.end : name.end + 6]):
        return False  # `Après Flintlock 2024`, `Lors d’Obangame Express 2023`: an event's edition
    if not introduced and _quoted_whole(text, name):
        return False  # `the anthems, "Jana Gana Mana" and …`: a title in quotes, not a person
    if len(words) == 1 and words[0].isupper() and not introduced:
        return False  # an acronym, not a surname in capitals
    if _programme_before(language).search(text[max(0, name.start - 30) : name.start]):
        return False  # `le partenariat Sabre Haïti`: a programme's name
    if len(words) == 1 and not introduced and _alone_on_its_line(text, name, language):
        return False  # `Chat`, `Contact`: a page's menu item, one word on its line
    if text[name.start : name.end].split()[0] in result.position_acronyms:
        return False  # `COAS Bajwa`: the position's letters as a title, then the surname
    if not introduced and (
        gazetteer.is_place(name.canonical) or text[name.start : name.end] in apposed_places(text, language)
    ):
        return False  # `Tessalit, localité du nord du pays`: a place the text describes as one
    if gazetteer.is_place(name.canonical) and _after_town_preposition(text, name.start, language):
        return (
            False  # `Prior to his departure to New Delhi, the Defence Minister …`: a place, however apposed
        )
    if any(o.name.start <= name.start < o.name.end for o in result.organisations) and not introduced:
        return False
    if any(o.acronym and o.acronym.start <= name.start < o.acronym.end for o in result.organisations):
        return False
    if any(e.start <= name.start < e.end for e in result.exercises):
        return False
    if result.in_dateline(name.start):
        return False  # `ADAZI MILITARY BASE, LATVIA -`: where the report was filed from
    if (
        _ship(text, name, language)
        or _named_as_ship(text, name, language)
        or (words[-1].lower() in language.grammar.site_heads and (not introduced or len(words) > 2))
    ):
        return False  # a ship; `Golden Lotus Temple`: a site (not `Colonel John Garrison`)
    if _body_adjectives(result, name):
        return False  # `l’Armée Nationale Populaire`: the body's adjectives, not a name after it
    before = text[max(0, name.start - 30) : name.start].lower()
    thing = _named_thing_before(language).search(text[max(0, name.start - 30) : name.start])
    if (
        thing
        and not (introduced and title_only_intro(text, name, language))
        and not _inside_rank(before, thing, language)
    ):
        return False  # `l’aviso Commandant Morvan`, `palais royal d’Al Yamamah`, `canons Caesar`
    letters = re.match(r"\s*\((?P<letters>(?:[A-Z]{2,}[\w-]*\s*)+)\)", text[name.end :])
    if letters and (
        not introduced or abbreviates(letters["letters"].strip(), text[name.start : name.end], language)
    ):
        return False  # `Forces de Défense (FDS)`: a body with its acronym; `M. Reynders (MR)`: a party
    if len(words) == 1 and not introduced:
        return (
            _proper(result, name)
            and not _article_before(text, name, language)
            and not town_before_object(text, name.start, name.end, language)
            and not _after_town_preposition(text, name.start, language)  # `a rencontré à Balard son …`
        )
    # `Defence Minister Receives Newly Appointed …`: a title-case headline's words, most of which the
    # text writes in lower case elsewhere
    if len(words) < 2 or not title_case_line(text, name.start, language):
        return True
    lower = sum(written_lower(text, w) for w in words)
    # `Hagel, X's Defense Minister Discuss Partnership`: a common word the title case capitalised
    return not (2 * lower > len(words) or headline_capitals(text, words, language))


def _article_before(text: str, name: Name, language: Language) -> bool:
    """`de l’Espace (…)`, `la Défense.`: a lone capitalised word right after a definite article is a
    thing's name; a person's is not written with one. A lower-case word after it (`the Biden
    administration`) makes the name a modifier, which may still be a person's."""
    before = text[max(0, name.start - 6) : name.start].replace("'", "’").lower()
    if not _definite_article_end(language).search(before):
        return False
    return not re.match(r"[ \t]+[a-zà-ÿ]", text[name.end : name.end + 3])


@cache
def _definite_article_end(language: Language) -> re.Pattern[str]:
    """A definite article ending the text, elided (`l’`) or before a space (`la `)."""
    articles = _alt(language.grammar.definite_articles)
    return re.compile(rf"(?<!\w)(?:{articles})(?<=’)$|(?<!\w)(?:{articles})[ \t]+$")


def _body_adjectives(result: Extraction, name: Name) -> bool:
    """Capitalised words right after a capitalised institution word (`Armée Nationale Populaire`,
    `Garde Républicaine`) that the parse reads as adjectives go on the body's name: a position's
    complement ending in such a body is then not followed by a person. Only where the parse is
    trusted; a name the parse reads as a proper noun is kept."""
    if not result.language.parser_reliable:
        return False
    before = re.search(r"([A-ZÀ-Ý][\w-]*)[ \t]+$", result.text[max(0, name.start - 40) : name.start])
    if before is None or before[1].lower() not in result.language.institution_words:
        return False
    span = result.doc.char_span(name.start, name.end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "ADJ" for t in span if t.is_alpha)


@cache
def _list_joints(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A comma or a coordinator between two items of a list: after an item (`, ` or ` and `), and
    ending the text before one (with the capitalised words of the item before it)."""
    coordinators = _alt(language.grammar.coordinators)
    joint = rf"(?:[ \t]*,[ \t]*(?:(?:{coordinators})[ \t]+)?|[ \t]+(?:{coordinators})[ \t]+)"
    item = r"[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'.-]+){1,3}"
    return (
        re.compile(rf"{joint}(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE),
        re.compile(rf"(?<![\w’'-])(?P<item>{item}){joint}$", re.IGNORECASE),
    )


def _listed_with(
    result: Extraction,
    accepted: list[tuple[Name, Mention | None, bool]],
    candidates: dict[tuple[int, int], tuple[Name, Mention | None, bool]],
) -> None:
    """`the ministers of Burkina Faso, Mali and Somalia - A B, C D and E F`: the other items of a
    list that holds a full name are names too when they read as names of two words or more (the
    recogniser often sees one of them only). Each is still a candidate the checks of `_accept`
    decide on, so a place or a body in the list stays out."""
    text, language = result.text, result.language
    after, before = _list_joints(language)
    seen = set(candidates)
    queue = [name for name, _, _ in accepted if len(name.words) > 1]
    while queue:
        name = queue.pop()
        neighbours = []
        if joint := after.match(text, name.end):
            neighbours.append(scan(text, joint.end(), language))
        window = max(0, name.start - 80)
        if (item := before.search(text[window : name.start])) is not None:
            start = window + item.start("item")
            found = scan(text, start, language)
            end = start + len(item["item"])
            neighbours.append(found if found is not None and found.end == end else None)
        for found in neighbours:
            if found is None or len(found.words) < 2 or (found.start, found.end) in seen:
                continue
            if any(w.lower() in thing_words(language) for w in found.words):
                continue  # `… and Ghana Navy Ship Garinga`: a thing listed beside the person
            if any(s < found.end and found.start < e for s, e in seen):
                continue  # overlaps a name already proposed: that reading stands
            seen.add((found.start, found.end))
            candidates[(found.start, found.end)] = (found, None, False)
            queue.append(found)


def _propagate(
    result: Extraction,
    accepted: list[tuple[Name, Mention | None, bool]],
    candidates: dict[tuple[int, int], tuple[Name, Mention | None, bool]],
) -> None:
    """Every other occurrence of an accepted full name or surname is a mention too."""
    text, language = result.text, result.language
    forms = {text[n.start : n.end] for n, _, _ in accepted if n.end - n.start > 2}
    surnames = {n.words[-1] for n, _, _ in accepted if len(n.words) > 1 and len(n.words[-1]) > 2}
    surnames |= {w[3:] for w in surnames if re.match(r"(?:al|el|Al|El)-", w)}
    # the candidates each offset falls in, in their order: a scan of every candidate at every
    # occurrence was quadratic on a page that repeats one name
    covering: dict[int, list[tuple[int, int]]] = {}
    for key in candidates:
        for offset in range(*key):
            covering.setdefault(offset, []).append(key)
    for form in sorted(forms | surnames):
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w-])", text):
            known = covering.get(match.start(), [])
            if known:
                for key in known:  # a recognised name the article names in full elsewhere: surely a person
                    name, title, _ = candidates[key]
                    candidates[key] = (name, title, True)
                continue
            scanned = scan(text, match.start(), language)
            if scanned is None:
                continue
            name = extend_left(text, scanned, language)
            if text[name.start : name.end].split()[0] in result.position_acronyms:
                name = scanned  # `CoAS Thapa`: the position's letters, then the surname
            if (name.start, name.end) not in candidates:
                for offset in range(name.start, name.end):
                    covering.setdefault(offset, []).append((name.start, name.end))
            candidates[(name.start, name.end)] = (
                name,
                _rank_before(result, name.start),
                form in surnames or len(name.words) > 1,
            )
    for key, (name, title, _introduced) in list(candidates.items()):
        if title is None and (rank := _rank_before(result, name.start)) is not None:
            candidates[key] = (name, rank, True)


def _alt(words: tuple[str, ...]) -> str:
    return alternation(words).replace("’", "[’']")


@cache
def _description_lead(language: Language) -> re.Pattern[str]:
    """A nationality and a noun that describes someone (`Japanese counterpart `, `homologue
    malien `) at the start of a recognised entity: the name comes after them."""
    nouns = _alt(language.reference_nouns)
    return re.compile(rf"(?:[A-ZÀ-Ý][\w-]+\s+)?(?:{nouns})(?:\s+[a-zà-ÿ][\w-]+)?\s+(?=[A-ZÀ-Ý])")


@cache
def _lead(language: Language) -> re.Pattern[str]:
    """An article before a name inside an entity (`le`, `du`, `l’`, `the`)."""
    leads = language.grammar.entity_leads
    elided = _alt(tuple(w for w in leads if w.endswith("’")))
    spaced = _alt(tuple(w for w in leads if not w.endswith("’")))
    return re.compile(rf"(?:{elided}|(?:{spaced})\s)" if elided else rf"(?:{spaced})\s", re.IGNORECASE)


@cache
def _rank_before_pattern(language: Language) -> re.Pattern[str]:
    ranks = "|".join(re.escape(r).replace("’", "[’']") for r in sorted(language.ranks, key=len, reverse=True))
    return re.compile(
        rf"(?:^|[\s(’'])(?P<owner>(?:{_alt(language.grammar.owner_articles)}) )?(?P<rank>{ranks})"
        rf"(?:\s+(?P<adj>[a-zà-ÿ-]+))?"
        rf"\s*(?P<comma>,)?\s*$",
        re.IGNORECASE,
    )


def _rank_before(result: Extraction, start: int) -> Mention | None:
    """`le général norvégien X`: the rank just before a name (a genitive and a comma: someone else's)."""
    before = result.text[max(0, start - 60) : start]
    rank = _rank_before_pattern(result.language).search(before)
    if rank is None or (rank["adj"] and not result.language.demonym_country(rank["adj"])):
        return None
    if rank["owner"] and rank["comma"]:
        return None
    begin = start - len(before) + rank.start("rank")
    return Mention(rank["rank"], begin, begin + len(rank["rank"]))


def _record(result: Extraction, accepted: list[tuple[Name, Mention | None, bool]]) -> None:
    text = result.text
    surnames = {n.words[-1] for n, _, _ in accepted if len(n.words) > 1}
    for index, (name, title, introduced) in enumerate(accepted):
        full = name.canonical
        following = accepted[index + 1][0] if index + 1 < len(accepted) else None
        if (
            len(name.words) == 1
            and name.words[0] not in surnames  # `Whitcombe and Li Zhaoming`: a surname, not a first name
            and following is not None
            and len(following.words) > 1
            and re.fullmatch(
                rf"\s+(?:{_alt(result.language.grammar.coordinators)})\s+", text[name.end : following.start]
            )
        ):
            full = f"{full} {following.canonical.split(' ', 1)[1]}"  # `Saddam et Khalid Haftar`
        result.persons.append(
            PersonMention(Mention(text[name.start : name.end], name.start, name.end), full, title, introduced)
        )
