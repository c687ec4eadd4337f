"""Exercises: named military exercises, their editions, host place, dates, status and participants.

Each distinct (name, edition) is one event: `Sable Vert 2021` and `Sable Vert 2020` are two;
a mention without a year belongs to the edition named before it. The edition is the year after
the name (`Coral Shield 2025`, `Dune Lantern 24`, `Iron Reed 19`) or of its dates. An
earlier or next edition the text places in time (`la 7ème édition de 2016`, `l’édition
précédente s’était tenue en 2022`, `the 2020 edition`, `la prochaine édition, en 2027, se
tiendra à Dakar`) is an event of its own, and the sentence that speaks of it says nothing of
the edition named. Dates come from the sentences naming the exercise: a range gives start and
end and beats a single day; `jusqu’au` or a verb or noun of ending (`a pris fin`, `the closing
of`) dates the end; a date written with another year than the edition's belongs to something
else (the meeting that prepared it), and one written without a year takes the edition's. When
those sentences give only a start, the next ones may give the end. The place is the one named
nearest the date that placed the exercise in time, else the host place named with it, else
the country said to host it; the status compares the dates with the publication date, else
reads the tense (of a relative clause on the name first: `X 18, which took place …`).
Participants are the countries and forces named in those sentences and in the next ones that
speak of the exercise without naming another one, and the country of a national force named
there (`les forces armées du Niger`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache

from ..languages.base import Language, alternation
from ..models.exercise import ExerciseStatus
from . import dates, gazetteer
from .clauses import exercise_object, located_places, patterns, written_plural
from .dates import When
from .mentions import Extraction, Mention


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
    end_mention: When | None = None
    status: ExerciseStatus = "unknown"
    participants: list[Mention] = field(default_factory=list)


_YEAR_AFTER = re.compile(
    r"[ \t]+[’']?(?P<y>(?:19|20)\d\d|\d\d)(?![\w-])|[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d\d)(?![\w-])"
    r"|(?<=[^\W\d_]{3})(?P<y3>(?:19|20)\d\d)(?![\w-])"
)
"""`Sable Vert 2021`, `African Lion 20`, `Cooperative Osprey '96`; `Mitrashkti -2023`, `Cobra-2022`:
the year joined by a dash; `Morjane2017`: written against the name."""


@cache
def _markers(language: Language) -> dict[str, re.Pattern[str]]:
    g = language.grammar
    preps = alternation(g.complement_preps).replace("’", "[’']")
    articles = alternation(tuple(d.strip() for d in language.determiners)).replace("’", "[’']")

    singular_exercise_words = tuple(w for w in language.exercise_words if not written_plural(w))

    def words(items: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(
            rf"(?<![\w-])(?:{alternation(items).replace('’', '[’' + chr(39) + ']')})", re.IGNORECASE
        )

    def regexes(items: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{'|'.join(items)})(?![\w-])", re.IGNORECASE)

    return {
        "planned": regexes(language.planned_markers),
        "cancelled": regexes(language.cancelled_markers),
        "postponed": regexes(language.postponed_markers),
        "held": words(language.held_markers),
        "ongoing": words(language.ongoing_markers),
        "exercise": words(language.exercise_words),
        "the_exercise": re.compile(
            rf"(?<![\w-])(?:{alternation((*g.definite_articles, *g.back_determiners))})\s*"
            rf"(?:{alternation(singular_exercise_words)})(?![\w-])".replace("’", "[’']"),
            re.IGNORECASE,
        ),
        "participation": regexes(language.participation_words),
        "negation": re.compile(
            rf"(?<![\w’'-])(?:{alternation(g.negations) or '(?!)'})(?![\w-])".replace("’", "[’']"),
            re.IGNORECASE,
        ),
        "earlier": words(language.earlier_edition),
        "next": words(language.next_edition),
        "other": words((*language.earlier_edition, *language.next_edition)),
        "end": regexes(language.end_markers),
        "host": re.compile(
            rf"(?<![\w-])(?:{alternation(language.host_nouns).replace('’', '[’' + chr(39) + ']')})(?![\w-])",
            re.IGNORECASE,
        ),
        "military": re.compile("|".join(r for r, kind in language.kinds if kind == "military") or "(?!)"),
        "until": re.compile(rf"(?:{alternation(g.until_words)})\s*$".replace("’", "[’']"), re.IGNORECASE),
        "there": re.compile(
            rf"\b(?:{alternation(g.there_words)})\s+(?:\w+\s+)?(?:{'|'.join(language.participation_words)})",
            re.IGNORECASE,
        ),
        "year_after": re.compile(
            rf"[ \t]*[\"”»’'][ \t]+(?:{alternation(g.year_preps) or '(?!)'})[ \t]+"
            r"(?P<y>(?:19|20)\d\d)(?![\w-])"
        ),
        "year_before": re.compile(
            rf"(?:{alternation(g.edition_words)})\s+(?P<y>(?:19|20)\d\d)\s+(?:{preps})\s*"
            rf"(?:(?:{alternation(language.exercise_words)})(?:\s+(?:{alternation(g.exercise_modifiers)}))*\s+)?$",
            re.IGNORECASE,
        ),
        "edition": re.compile(
            rf"(?:(?:{articles})\s*)?(?:\d+\s*(?:{alternation(g.ordinal_suffixes)})\s+)?(?:{alternation(g.edition_words)})"
            rf"\s+(?:(?:{preps})\s*)?(?P<y>(?:19|20)\d\d)|(?:(?:{articles})\s*)?(?P<y2>(?:19|20)\d\d)\s+"
            rf"(?:{alternation(g.edition_words)})",
            re.IGNORECASE,
        ),
    }


def exercises(extraction: Extraction, published: str | None) -> list[ExerciseEvent]:
    text = extraction.text
    events: dict[tuple[str, int | None], ExerciseEvent] = {}
    last_edition: dict[str, int | None] = {}
    for mention in extraction.exercises:
        acronym = extraction.exercise_acronyms.get(mention.text)
        name = _clean_name(acronym[0] if acronym else mention.text)
        key_name = gazetteer.key(name)
        edition: int | None
        year = _YEAR_AFTER.match(text, mention.end) or _markers(extraction.language)["year_after"].match(
            text, mention.end
        )  # `« Reforger » en 1988`: the year of the edition quoted (not `joined Sea Falcon in 2015 as …`)
        before = _markers(extraction.language)["year_before"].search(
            text[max(0, mention.start - 60) : mention.start]
        )
        if acronym:
            edition = acronym[1] or last_edition.get(key_name)  # `CR25`: the edition it was introduced with
        elif year:
            found = year.groupdict()
            edition = _edition(found["y"] or found.get("y2") or found.get("y3") or "")
        elif before:
            edition = int(before["y"])  # `l’édition 2020 de Sable Vert`, `l’édition 2027 de l’exercice X`
        else:
            edition = last_edition.get(key_name)
        if key_name not in last_edition or year or before:
            last_edition[key_name] = edition
        key = (key_name, edition)
        if key not in events and edition is not None and (key_name, None) in events:
            # a first mention without a year: the edition is now known
            event = events.pop((key_name, None))
            event.edition = edition
            events[key] = event
        event = events.setdefault(key, ExerciseEvent(name, [], edition))
        event.mentions.append(mention)
    result = _shortened(list(events.values()))
    for event in result:
        _read(event, extraction, published)
    result += _other_editions(extraction, result, published)
    if len(result) == 1:
        for start, end in _taking_part(extraction):
            _participants(result[0], extraction, start, end)
            _national_forces(result[0], extraction, start, end)
        _introduced(result[0], extraction)
    return result


def _shortened(events: list[ExerciseEvent]) -> list[ExerciseEvent]:
    """`the Super Garuda Shield exercise … the Garuda Shield exercise`: a name of two words or more
    that ends another one's, of the same edition or of none, is that exercise written short."""
    kept: list[ExerciseEvent] = []
    for event in sorted(events, key=lambda e: -len(e.name)):
        words = gazetteer.key(event.name).split()
        longer = next(
            (
                k
                for k in kept
                if len(words) >= 2
                and gazetteer.key(k.name).split()[-len(words) :] == words
                and event.edition in (k.edition, None)
            ),
            None,
        )
        if longer is None:
            kept.append(event)
        else:
            longer.mentions = sorted([*longer.mentions, *event.mentions], key=lambda m: m.start)
    return sorted(kept, key=lambda e: min(m.start for m in e.mentions))


def _introduced(event: ExerciseEvent, extraction: Extraction) -> None:
    """`Un exercice militaire … est en cours au Kenya. … La formation « X » doit se terminer le 24
    février`: the article's only exercise, described before it is named, takes its place and its
    tense from those earlier sentences when its own give none."""
    markers = _markers(extraction.language)
    first = min(m.start for m in event.mentions)
    intro = [(start, end) for start, end in _on_the_exercise(extraction) if end <= first]
    if not intro:
        return
    if event.place is None:
        located = [p for s, e in intro for p in located_places(extraction, s, e)]
        if located:
            event.place = located[0]
            event.place_country = gazetteer.place_country(located[0].text, extraction.countries)
    if event.status in ("planned", "unknown") and not (event.start and event.start.value):
        texts = [extraction.text[s:e] for s, e in intro]
        if any(markers["ongoing"].search(t) and not markers["held"].search(t) for t in texts):
            event.status = "ongoing"  # under way, its end still to come


def _clean_name(name: str) -> str:
    return re.sub(r"\s+(?:II|III|IV|V|VI|VII|VIII|IX|X)$", "", name.strip())


def _edition(year: str) -> int:
    """`2021`; `21` is 2021 and `'96` 1996: two digits past 50 are of the last century."""
    value = int(year)
    return value if value > 99 else 2000 + value if value <= 50 else 1900 + value


def _sentences(event: ExerciseEvent, extraction: Extraction) -> list[tuple[int, int]]:
    """Sentences naming the exercise, and the next ones that speak of exercises without another name."""
    markers = _markers(extraction.language)
    own = sorted({extraction.sentence_of(m.start) for m in event.mentions})
    names = {
        (m.start, m.end) for m in extraction.exercises if _clean_name(m.text).lower() != event.name.lower()
    }
    related = list(own)
    body = [s for s in own if s[0] >= extraction.body_start] or own
    first = extraction.sentence_index(body[0][0])
    for s_start, s_end in reversed(extraction.sentences[max(0, first - 2) : first]):
        if (
            any(s_start <= a < s_end for a, _ in names)
            or s_start < extraction.body_start
            or markers["other"].search(extraction.text[s_start:s_end])
        ):
            break
        if markers["exercise"].search(extraction.text[s_start:s_end]) or related == own:
            related.append((s_start, s_end))  # `à Grand-Lahou, … les assauts` before the name
        else:
            break
    for start, _ in own:
        index = extraction.sentence_index(start)
        for s_start, s_end in extraction.sentences[index + 1 : index + 3]:
            segment = extraction.text[s_start:s_end]
            if any(s_start <= a < s_end for a, _ in names) or markers["other"].search(segment):
                break  # another exercise, or another edition of this one
            if markers["exercise"].search(segment) or markers["there"].search(segment):
                related.append((s_start, s_end))
            else:
                break
    return sorted(set(related))


def _on_the_exercise(extraction: Extraction) -> list[tuple[int, int]]:
    """Body sentences that speak of `the exercise` and of no other edition: when the article
    reports one exercise, one edition, the anaphor can mean no other."""
    markers = _markers(extraction.language)
    return [
        (start, end)
        for start, end in extraction.sentences
        if start >= extraction.body_start
        and markers["exercise"].search(extraction.text[start:end])
        and not markers["other"].search(extraction.text[start:end])
    ]


def _taking_part(extraction: Extraction) -> list[tuple[int, int]]:
    """Sentences on the exercise that say who takes part, anywhere in the article (`Au total,
    seize pays prennent part à l’exercice, parmi lesquels ...`)."""
    participation = _markers(extraction.language)["participation"]
    return [(s, e) for s, e in _on_the_exercise(extraction) if participation.search(extraction.text[s:e])]


def _read(event: ExerciseEvent, extraction: Extraction, published: str | None) -> None:
    text, language = extraction.text, extraction.language
    markers = _markers(language)
    own = sorted({extraction.sentence_of(m.start) for m in event.mentions})
    related = _sentences(event, extraction)
    anchor = published or (str(event.edition) if event.edition else None)  # `en novembre` of edition 2022
    anchor = anchor or _written_year(extraction)
    others = [s for s in related if s not in own]
    dated = _dates(event, extraction, own, others, anchor)
    if dated is not None:
        event.place = _place_beside(event, extraction, dated)
    for start, end in own:
        if event.place is not None:
            break
        mention = next(m for m in event.mentions if start <= m.start < end)
        located = [p for p in located_places(extraction, start, end) if not _inside_name(p, event)]
        if located:
            # the host place written after the name, a town before a country before a named site
            after = [p for p in located if p.start > mention.start] or located
            event.place = min(after, key=lambda p: (_host_rank(p), abs(p.start - mention.end)))
    if event.place is None:
        for start, end in related:
            located = [p for p in located_places(extraction, start, end) if not _inside_name(p, event)]
            if located:
                event.place = located[0]
                break
    if event.place is None:
        event.place = _host_country(event, extraction, related)
    if event.place is None and len({gazetteer.key(_clean_name(m.text)) for m in extraction.exercises}) == 1:
        # `Le Niger l’avait accueilli en 2019`: further on, the one exercise received
        later = [
            (s, e)
            for s, e in extraction.sentences
            if s >= extraction.body_start and (s, e) not in related and markers["exercise"].search(text[s:e])
        ]
        event.place = _host_country(event, extraction, later, pronoun_only=True)
    if event.place is None:
        event.place = _headline_place(event, extraction)
    for start, end in related:
        if (
            (start, end) in own
            or markers["participation"].search(text[start:end])
            or _named_next_as_these(extraction, (start, end), own)
        ):
            _participants(event, extraction, start, end)
            _national_forces(event, extraction, start, end)
    if event.place:
        event.place = _ceremony_host(event.place, extraction, markers["end"])
        event.place_country = gazetteer.place_country(event.place.text, extraction.countries)
    if event.edition is None and ((event.start and event.start.value) or event.end):
        event.edition = int(
            (event.start.value if event.start and event.start.value else event.end or "0")[:4]
        )
    relatives = _relative_clauses(event, extraction)
    referred: tuple[str, ...] = ()
    if len({gazetteer.key(_clean_name(m.text)) for m in extraction.exercises}) == 1:
        # `l’annulation pure et simple de l’exercice`: the one exercise named, referred back to
        referred = tuple(
            text[s:e]
            for s, e in extraction.sentences
            if s >= extraction.body_start and markers["the_exercise"].search(text[s:e])
        )
    event.status = _status(
        event, [*relatives, *(text[s:e] for s, e in related)], published, markers, referred
    )
    if event.status == "unknown" and any(_completed_past(c, language) for c in relatives):
        event.status = "held"


def _named_next_as_these(
    extraction: Extraction, sentence: tuple[int, int], own: list[tuple[int, int]]
) -> bool:
    """`The Philippines and the United States have begun joint military exercises. The drills,
    dubbed Balikatan, …`: a related sentence right before one that opens on the exercises referred
    back to and names them tells who holds them."""
    index = extraction.sentence_index(sentence[0])
    if index + 1 >= len(extraction.sentences) or extraction.sentences[index + 1] not in own:
        return False
    following = extraction.text[slice(*extraction.sentences[index + 1])]
    language = extraction.language
    g = language.grammar
    known = alternation((*g.definite_articles, *g.back_determiners)).replace("’", "[’']")
    exercise = alternation(language.exercise_words).replace("’", "[’']")
    opening = re.match(rf"\s*(?:{known})\s*(?:[\w-]+\s+)?(?:{exercise})(?![\w-])", following, re.IGNORECASE)
    # the exercises told as new there (`have begun joint exercises`), not already known (`criticised
    # the manoeuvres`, `ont dénoncé ces manœuvres`)
    words = list(re.finditer(rf"(?<![\w-])(?:{exercise})(?![\w-])", extraction.text[slice(*sentence)], re.I))
    before = extraction.text[sentence[0] : sentence[0] + words[0].start()] if words else ""
    told_as_new = bool(words) and not re.search(
        rf"(?<![\w’'-])(?:{known})\s*(?:[\w-]+\s+){{0,2}}$", before, re.I
    )
    return opening is not None and told_as_new


def _written_year(extraction: Extraction) -> str | None:
    """With no publication date, the year the article's first full date states (`du 29 août au 1er
    septembre 2017`): a later `en septembre` is of that year."""
    text = extraction.text
    for when in dates.find(text, extraction.body_start, len(text), None, extraction.language):
        if when.value and when.year_written:
            return when.value[:4]
    return None


def _place_beside(event: ExerciseEvent, extraction: Extraction, when: When) -> Mention | None:
    """`prévues au Sénégal en juin`, `from March 3 to 14 in Mombasa, Kenya`: the place named nearest
    the date that placed the exercise in time, or the best of the places listed with it (`au centre
    X, à Thiès, Sénégal`: a town before a country before a named site)."""
    start, end = extraction.sentence_of(when.start)
    located = sorted(
        (p for p in located_places(extraction, start, end) if not _inside_name(p, event)),
        key=lambda p: p.start,
    )
    if not located:
        return None
    nearest = min(located, key=lambda p: min(abs(p.start - when.end), abs(when.start - p.end)))
    index = located.index(nearest)
    joined = _place_list(extraction.language)
    first = last = index
    while first > 0 and joined.fullmatch(extraction.text, located[first - 1].end, located[first].start):
        first -= 1
    while last + 1 < len(located) and joined.fullmatch(
        extraction.text, located[last].end, located[last + 1].start
    ):
        last += 1
    return min(located[first : last + 1], key=lambda p: (_host_rank(p), p.start))


@cache
def _place_list(language: Language) -> re.Pattern[str]:
    """What stands between places listed together: commas, `et`, `and`, a locative and an article."""
    g = language.grammar
    joiners = alternation((*language.locatives, *g.coordinators)).replace("’", "[’']")
    articles = alternation(g.definite_articles).replace("’", "[’']")
    return re.compile(rf"[\s,–-]*(?:(?:{joiners})\s*)?(?:(?:{articles})\s*)?", re.IGNORECASE)


def _host_country(
    event: ExerciseEvent, extraction: Extraction, sentences: list[tuple[int, int]], pronoun_only: bool = False
) -> Mention | None:
    """`Le Sénégal, pays hôte, a reçu cette édition`, `with Ghana as host nation`, `Le Togo
    accueille l’exercice`, `le Niger l’a accueilli`: the country named just before a host noun, or before
    a verb of receiving whose object is the exercise or a pronoun (only the latter with `pronoun_only`)."""
    text = extraction.text
    receiving = patterns(extraction.language).receiving
    for start, end in sentences:
        cues: list[tuple[int, int]] = []
        if not pronoun_only:
            cues += [m.span() for m in _markers(extraction.language)["host"].finditer(text, start, end)]
            cues += [
                m.span() for m in receiving.finditer(text, start, end) if exercise_object(extraction, m.end())
            ]
        cues += _pronoun_cues(extraction, start, end)
        for cue_start, _ in sorted(cues):
            countries = [
                p
                for p in extraction.places
                if start <= p.start < cue_start
                and gazetteer.country_of_name(p.text)
                and not _inside_name(p, event)
            ]
            if countries and cue_start - countries[-1].end < 60:
                return countries[-1]
    return None


@cache
def _received_pronoun(language: Language) -> re.Pattern[str]:
    verbs = "|".join(language.receiving_verbs)
    forms = "|".join(
        p.replace("{verb}", rf"(?P<verb{i}>(?:{verbs})(?![\w-]))")
        for i, p in enumerate(language.grammar.received_pronouns)
    )
    return re.compile(forms, re.IGNORECASE)


def _pronoun_cues(extraction: Extraction, start: int, end: int) -> list[tuple[int, int]]:
    """`Le Niger l’avait accueilli en 2019`, `Kenya hosted it in 2019`: a verb of receiving
    whose object is a pronoun; in a sentence about the exercise, it is the exercise that is received."""
    found = []
    for match in _received_pronoun(extraction.language).finditer(extraction.text, start, end):
        verb = next(name for name, value in match.groupdict().items() if value is not None)
        found.append((match.start(), match.end(verb)))
    return found


def _headline_place(event: ExerciseEvent, extraction: Extraction) -> Mention | None:
    """`Madagascar : coup d’envoi de X`: a headline naming the exercise after a place
    and a colon places it there."""
    headline = [m for m in event.mentions if m.start < extraction.body_start]
    if not headline:
        return None
    start, _ = extraction.sentence_of(headline[0].start)
    colon = re.match(r"[ \t]*[^:\n]{2,40}?[ \t\u00a0]*:", extraction.text[start : headline[0].start])
    if colon is None:
        return None
    found = [p for p in extraction.places if start <= p.start and p.end <= start + colon.end()]
    return found[0] if len(found) == 1 and gazetteer.is_place(found[0].text) else None


def _host_rank(place: Mention) -> int:
    if not gazetteer.is_place(place.text):
        return 2  # `Lakeside Savings Bank Staff Training Center`: a venue inside the host town
    return 1 if gazetteer.country_of_name(place.text) else 0


def _inside_name(place: Mention, event: ExerciseEvent) -> bool:
    return any(m.start <= place.start < m.end for m in event.mentions)


def _dates(
    event: ExerciseEvent,
    extraction: Extraction,
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    anchor: str | None,
) -> When | None:
    """Start and end from the sentences naming the exercise, else from the others that speak of it; a
    start alone takes its end from the others (`Les manœuvres se dérouleront jusqu’au 15 novembre`)
    or from a range the next sentence gives around it. Returns the date that placed it in time. When
    every date is of another year than the edition, the edition was no year (`X 12 navies`): all count."""
    readings = _all_readings(event, extraction, own, others, anchor, event.edition)
    if not readings and event.edition is not None:
        readings = _all_readings(event, extraction, own, others, anchor, None)
    ranges = [w for kind, w in readings if kind == "range"]
    if ranges:
        event.start, event.end, event.end_mention = ranges[0], ranges[0].end_value, ranges[0]
        return ranges[0]
    event.start = next((w for kind, w in readings if kind == "start"), None)
    last = next((w for kind, w in readings if kind == "end"), None)
    if last is not None:
        event.end, event.end_mention = last.value, last
    return event.start or last


def _all_readings(
    event: ExerciseEvent,
    extraction: Extraction,
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    anchor: str | None,
    edition: int | None,
) -> list[tuple[str, When]]:
    readings = [r for start, end in own for r in _readings(extraction, start, end, anchor, edition)]
    if not any(kind == "range" for kind, _ in readings):
        if not readings:
            readings = [
                r for start, end in others for r in _readings(extraction, start, end, anchor, edition)
            ]
        elif not any(kind == "end" for kind, _ in readings):
            readings = _completed(extraction, readings, own, others, anchor, edition)
    return readings


def _completed(
    extraction: Extraction,
    readings: list[tuple[str, When]],
    own: list[tuple[int, int]],
    others: list[tuple[int, int]],
    anchor: str | None,
    edition: int | None,
) -> list[tuple[str, When]]:
    """A start alone, with the end a later sentence on the exercise gives, or the range the next
    sentence gives around that day (`ended on May 9 … From April 28 to May 9, …`)."""
    day = next(w for kind, w in readings if kind == "start").value or ""
    following = [
        extraction.sentences[index + 1]
        for start, _ in own
        if (index := extraction.sentence_index(start)) + 1 < len(extraction.sentences)
    ]
    for start, end in sorted(set(others) | set(following)):
        for kind, when in _readings(extraction, start, end, anchor, edition):
            if kind == "range" and (when.value or "") <= day <= (when.end_value or ""):
                return [(kind, when)]
            if kind == "end" and (start, end) in others and (when.value or "") >= day:
                return [*readings, (kind, when)]
    return readings


def _readings(
    extraction: Extraction, start: int, end: int, anchor: str | None, edition: int | None
) -> list[tuple[str, When]]:
    """The dates of one sentence, each a `range`, an `end` or a `start`: the nearest marker before a
    date says which (`ouvert le 22 avril, s’est achevé le 14 mai`, `jusqu’au 18 mars`, `a conclu …
    aujourd’hui, 31 mars`)."""
    text = extraction.text
    markers = _markers(extraction.language)
    span = extraction.published_span
    found = []
    for when in dates.find(text, start, end, anchor, extraction.language):
        if not when.value or when.relative or (span and span[0] <= when.start < span[1]):
            continue
        when = _coming_weekday(when, text[start : when.start], anchor, markers)
        edition_date = _in_edition(when, edition)
        if edition_date is None:
            continue
        before = text[start : when.start]
        ending = [m.end() for m in markers["end"].finditer(before)]
        ongoing = [m.end() for m in markers["ongoing"].finditer(before)]
        closing = bool(ending) and (not ongoing or ending[-1] > ongoing[-1])
        if edition_date.end_value:
            found.append(("range", edition_date))
        elif markers["until"].search(text[max(0, when.start - 10) : when.start]) or closing:
            found.append(("end", edition_date))
        else:
            found.append(("start", edition_date))
    return found


def _coming_weekday(when: When, before: str, anchor: str | None, markers: dict[str, re.Pattern[str]]) -> When:
    """`L’exercice se déroulera … à partir de lundi`: a weekday told in the future is the coming
    one, not the last one before the publication (the nearest tense before it says which)."""
    if when.weekday is None or not when.value or not anchor or when.value > anchor:
        return when
    planned = [m.end() for m in markers["planned"].finditer(before)]
    held = [m.end() for m in markers["held"].finditer(before)]
    if not planned or (held and held[-1] > planned[-1]):
        return when
    coming = (dt.date.fromisoformat(when.value) + dt.timedelta(days=7)).isoformat()
    return replace(when, value=coming)


def _in_edition(when: When, edition: int | None) -> When | None:
    """The date as a date of the edition: none when written with another year (`le 12 novembre 2020`
    in a sentence on the 2021 edition dates a meeting), the edition's year when none was written."""
    if edition is None or not when.value or when.value[:4] == str(edition):
        return when
    if re.search(r"(?:19|20)\d\d", when.text):
        return when if when.end_value and when.end_value[:4] == str(edition) else None
    if when.year_written:
        return when  # a weekday, `hier`: the day the publication date makes it
    shift = edition - int(when.value[:4])
    value, last = _shift_year(when.value, shift), _shift_year(when.end_value, shift)
    if value is None:
        return when
    return replace(when, value=value, end_value=last)


def _shift_year(value: str | None, years: int) -> str | None:
    if not value:
        return None
    shifted = f"{int(value[:4]) + years:04d}{value[4:]}"
    return None if shifted[5:] == "02-29" else shifted


def _ceremony_host(place: Mention, extraction: Extraction, end: re.Pattern[str]) -> Mention:
    """`at a closing ceremony in Lagos, Nigeria`, `closes in Dar es Salaam`: the town where the
    exercise ends hosts its ceremony; the exercise's host is that town's country, where named."""
    if not gazetteer.is_place(place.text) or gazetteer.country_of_name(place.text):
        return place
    if not end.search(extraction.text[max(0, place.start - 40) : place.start]):
        return place
    country = gazetteer.place_country(place.text, extraction.countries)
    named = [p for p in extraction.places if country and gazetteer.country_of_name(p.text) == country]
    if not named:
        return place
    after = [p for p in named if 0 <= p.start - place.end <= 3]  # `Lagos, Nigeria`
    return after[0] if after else named[0]


def _participants(event: ExerciseEvent, extraction: Extraction, start: int, end: int) -> None:
    """Countries named, and forces written with a nationality (`les forces américaines`)."""
    text, language = extraction.text, extraction.language
    names = {gazetteer.key(p.text) for p in event.participants}
    for place in extraction.places:
        if (
            start <= place.start < end
            and gazetteer.country_of_name(place.text)
            and gazetteer.key(place.text) not in names
        ):
            event.participants.append(place)
            names.add(gazetteer.key(place.text))
    forces = alternation(language.forces_words)
    for match in re.finditer(
        rf"(?<![\w-])(?:{forces})\s+(?P<adj>[a-zà-ÿ-]+)", text[start:end], re.IGNORECASE
    ):
        if language.demonym_country(match["adj"]) and gazetteer.key(match.group()) not in names:
            event.participants.append(Mention(match.group(), start + match.start(), start + match.end()))
            names.add(gazetteer.key(match.group()))


def _national_forces(event: ExerciseEvent, extraction: Extraction, start: int, end: int) -> None:
    """`les forces armées du Niger`, `the Kenya Defence Forces`: the country a national force is
    named after takes part (its name as written inside the force's); a force named with a
    nationality (`the Royal Zembian Navy`) takes part by its own name."""
    language = extraction.language
    markers = _markers(language)
    names = {gazetteer.key(p.text) for p in event.participants}
    for organisation in extraction.organisations:
        mention = organisation.name
        if not start <= mention.start < end or not markers["military"].search(mention.text.lower()):
            continue
        if _affiliation(extraction, mention):
            continue  # `director of the Exercises and Training Directorate in the US Central Command`
        country = _country_named_in(mention)
        if country is None and any(
            language.demonym_country(w) for w in re.findall(r"[\w’'-]+", mention.text)
        ):
            country = mention
        if country is not None and gazetteer.key(country.text) not in names:
            event.participants.append(country)
            names.add(gazetteer.key(country.text))


def _affiliation(extraction: Extraction, mention: Mention) -> bool:
    """Whether the body is the complement of a position apposed to a person's name (`X, director of
    the …`, `X, chef d’état-major de la …`): whom that person serves, not a force taking part (not
    `led by the director of the Kuwait Land Forces`)."""
    language = extraction.language
    preps = alternation(language.grammar.complement_preps).replace("’", "[’']")
    before = extraction.text[max(0, mention.start - 90) : mention.start]
    lead = rf"[A-ZÀ-Ý][\w’'.-]*,\s+(?:{language.role_pattern})\s+(?:{preps})\s*(?:[\w’'-]+\s+){{0,2}}$"
    return re.search(lead, before, re.IGNORECASE) is not None


def _country_named_in(mention: Mention) -> Mention | None:
    """The leftmost, longest run of capitalised words (small words inside) that names a country."""
    words = list(re.finditer(r"[\w’'.-]+", mention.text))

    def capitalised(word: re.Match[str]) -> bool:
        return bool(re.match(r"(?:[a-z][’'])?[A-ZÀ-Ý]", word.group()))  # `d’Ivoire`

    for i, first in enumerate(words):
        if not first.group()[:1].isupper():
            continue
        for j in range(min(len(words), i + 4), i, -1):
            if not capitalised(words[j - 1]):
                continue
            name = mention.text[first.start() : words[j - 1].end()]
            if gazetteer.country_of_name(name):
                return Mention(name, mention.start + first.start(), mention.start + words[j - 1].end())
    return None


def _relative_clauses(event: ExerciseEvent, extraction: Extraction) -> list[str]:
    """`Exercise X 18, which took place in August`: a relative clause on the name speaks of it alone."""
    relatives = alternation(extraction.language.grammar.relatives)
    pattern = re.compile(
        rf"[ \t]*(?:\d+[ \t]*)?[»”\"']?,?[ \t]+(?:{relatives})[ \t]+(?P<clause>[^,.;:]+)", re.IGNORECASE
    )
    found = []
    for mention in event.mentions:
        match = pattern.match(extraction.text, mention.end)
        if match:
            found.append(match["clause"])
    return found


def _completed_past(clause: str, language: Language) -> bool:
    """`X, qui a réuni douze marines`: a relative clause in the compound past tells a finished
    exercise."""
    g = language.grammar
    endings = alternation(g.participle_endings)
    return bool(
        re.match(
            rf"(?:{alternation(g.perfect_auxiliaries)})\s+(?:\w+\s+)?\w+(?:{endings})(?![\w-])",
            clause.strip(),
            re.IGNORECASE,
        )
    )


def _tells(sentence: str, markers: dict[str, re.Pattern[str]]) -> bool:
    return any(markers[k].search(sentence) for k in ("planned", "held", "ongoing"))


def _cancels_it(sentence: str, event: ExerciseEvent, markers: dict[str, re.Pattern[str]]) -> bool:
    """`l’annulation pure et simple de l’exercice`, `the exercise was cancelled`: a cancellation
    beside the exercise referred back to, not denied, of no other edition or year."""
    if markers["other"].search(sentence) or not _of_this_edition(sentence, event):
        return False
    for back in markers["the_exercise"].finditer(sentence):
        for cancel in markers["cancelled"].finditer(sentence):
            first, last = sorted((back, cancel), key=lambda m: m.start())
            between = sentence[first.end() : last.start()]
            if (
                len(between) > 30
                or markers["negation"].search(sentence[max(0, first.start() - 20) : last.end()])
                # `l’annulation … de l’exercice`: the cancellation's complement; `L’exercice a été
                # annulé`: its subject (not `the minister cancelled his visit to the exercise`, not
                # `le saut prévu pendant l’exercice a été annulé`)
                or (first is cancel and not re.search(r"(?:\bde|\bof|d[’'])\s*$", between))
                or (first is back and not re.fullmatch(r"[\s\W]*", sentence[: back.start()].split(",")[-1]))
            ):
                continue
            return True
    return False


def _of_this_edition(sentence: str, event: ExerciseEvent) -> bool:
    """No year in `sentence` but the event's own (`l’annulation de l’édition 2020` is that edition's)."""
    years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", sentence))
    return not years or (event.edition is not None and years == {str(event.edition)})


def _status(
    event: ExerciseEvent,
    sentences: list[str],
    published: str | None,
    markers: dict[str, re.Pattern[str]],
    referred: tuple[str, ...] = (),
) -> ExerciseStatus:
    """Cancelled when a sentence naming it, or one of `referred` (those that refer back to the one
    exercise named), says so; else from the dates against the publication date, else from the first
    sentence whose tense tells; begun before publication with no end known, it is under way when the
    tense says so (`ont lancé lundi`)."""
    own = [s for s in sentences if any(m.text.lower() in s.lower() for m in event.mentions)] or sentences
    if any(
        markers["cancelled"].search(s) and (event.edition is None or str(event.edition) in s or len(own) == 1)
        for s in own
    ) or any(_cancels_it(s, event, markers) for s in referred):
        return "cancelled"
    lowered = next((s for s in sentences if _tells(s, markers)), " ".join(sentences))
    first = event.start.value if event.start else None
    if published and (first or event.end):
        begin, finish = first or event.end or "", event.end or first or ""
        if finish[: len(published)] < published[: len(finish)]:
            under_way = markers["ongoing"].search(lowered) and not markers["held"].search(lowered)
            return "ongoing" if event.end is None and under_way else "held"
        if begin[: len(published)] > published[: len(begin)]:
            return "planned"
        if markers["held"].search(lowered) and not markers["ongoing"].search(lowered):
            return "held"
        return "ongoing"
    if markers["planned"].search(lowered) and not markers["held"].search(lowered):
        return "planned"
    if markers["ongoing"].search(lowered):
        return "ongoing"
    if markers["held"].search(lowered):
        return "held"
    return "unknown"


def _other_editions(
    extraction: Extraction, found: list[ExerciseEvent], published: str | None
) -> list[ExerciseEvent]:
    """`après la 7ème édition de 2016`, `l’édition précédente s’était tenue en 2022 au large d’Abidjan`,
    `the 2020 edition was cancelled`, `la prochaine édition est prévue en 2026 à Dakar`, `next
    year’s edition`: another edition of the exercise named before, with its year."""
    text = extraction.text
    markers = _markers(extraction.language)
    known = {(gazetteer.key(e.name), e.edition) for e in found}
    result = []
    candidates: list[tuple[int, int, str, bool, int | None]] = [
        (m.start(), m.end(), m.group("y") or m.group("y2"), False, None)
        for m in markers["edition"].finditer(text)
    ]
    for match in markers["earlier"].finditer(text):
        start, end = extraction.sentence_of(match.start())
        stated = re.search(r"\b(?:19|20)\d\d\b", text[start:end])
        if stated:
            candidates.append((match.start(), match.end(), stated.group(), False, None))
    for match in markers["next"].finditer(text):
        year = _next_year(extraction, match, published)
        if year:
            candidates.append((match.start(), match.end(), year, True, None))
    candidates += _history(extraction, found, published)
    for begin, finish, year, coming, dated_index in sorted(candidates, key=lambda c: c[:4]):
        if dated_index is not None:  # the sentence said which exercise the year dates
            base = found[dated_index]
            named_as = min(base.mentions, key=lambda m: abs(m.start - begin))
        else:
            named = [e for e in found if any(m.start < begin for m in e.mentions)]
            if not named:
                continue
            base = max(named, key=lambda e: max(m.start for m in e.mentions if m.start < begin))
            named_as = max((m for m in base.mentions if m.start < begin), key=lambda m: m.start)
        edition = int(year)
        if (gazetteer.key(base.name), edition) in known:
            continue
        known.add((gazetteer.key(base.name), edition))
        start, end = extraction.sentence_of(begin)
        # named by the mention of the exercise it is an edition of; the phrase dates it
        event = ExerciseEvent(base.name, [named_as], edition=edition)
        dated = [
            w for w in dates.find(text, start, end, year, extraction.language) if (w.value or "")[:4] == year
        ]
        event.start = dated[0] if dated else When(year, begin, finish, year)  # `en avril 2026`, else the year
        located = located_places(extraction, start, end)
        host = located[0] if located else _host_country(event, extraction, [(start, end)])
        if host:
            event.place = host
            event.place_country = gazetteer.place_country(host.text, extraction.countries)
        _participants(event, extraction, start, end)
        lowered = text[start:end]
        if markers["cancelled"].search(lowered):
            event.status = "cancelled"
        elif coming:
            event.status = "held" if published and year < published[:4] else "planned"
        else:
            event.status = "planned" if published and year > published[:4] else "held"
        result.append(event)
    return result


def _history(
    extraction: Extraction, found: list[ExerciseEvent], published: str | None
) -> list[tuple[int, int, str, bool, int]]:
    """Earlier editions that a sentence about the exercise dates: `since it was first held in 2005`,
    `Belize has hosted the exercise (1998, 2007, 2010, and 2015)`, `In 2020, the exercise was
    cancelled`, `The exercise was canceled last year`. The year belongs to the exercise's own clause:
    its name or `the exercise` and the year with no comma between, and no word that opens another
    clause (`Finland, which joined NATO in 2023, …`, `The exercise comes as spending rose last
    year`), or the year fronted before the exercise's clause (`In 2020, the exercise …`). The year is
    before the edition reported, or before the publication's when the edition reported has no year
    and is under way or to come; an exercise named in that sentence alone is the one the year dates
    (`after Namibia hosted Exercise X in the Omaheke region in 2016`). Each candidate names the
    exercise it dates (its index in `found`)."""
    if not published or not found:
        return []
    text = extraction.text
    the_exercise = _markers(extraction.language)["the_exercise"]
    pattern = _history_years(extraction.language)
    founded, other_clause = _clause_marks(extraction.language)
    mentions = sorted((m.start, m.end, index) for index, event in enumerate(found) for m in event.mentions)
    token_starts = [token.idx for token in extraction.doc]
    positions = [position for position, _, _ in mentions]
    result = []
    for start, end in extraction.sentences:
        inside = mentions[bisect_left(positions, start) : bisect_left(positions, end)]
        before = bisect_left(positions, start)
        spoken = [(m.start(), m.end()) for m in the_exercise.finditer(text, start, end)]
        if not inside and not spoken:
            continue
        for match in pattern.finditer(text, start, end):
            if founded.search(text, max(start, match.start() - 30), match.start()):
                continue  # `Créé en 2005, Flintlock …`: its creation, no edition
            if _another_noun_s_participle(extraction, token_starts, match.start()):
                continue  # `sur le chemin tracé en 2010 par le traité`: the year of another noun's verb
            index = _dated_exercise(text, match, start, inside, spoken, other_clause)
            if index == -1:  # `the exercise`, none named before it in the sentence: the one named last
                index = mentions[before - 1][2] if before else None
            if index is None:
                continue
            base = found[index]
            if match["last"]:
                years = [str(int(published[:4]) - 1)]
            else:
                years = [match["y"]] if match["y"] else re.findall(r"(?:19|20)\d\d", match["list"])
            limit = base.edition if base.edition is not None else int(published[:4])
            if base.edition is None and (
                base.status == "held" or all(start <= m.start < end for m in base.mentions)
            ):
                continue  # a past edition told, or one named only here: the year is its own
            result += [
                (match.start(), match.end(), year, False, index) for year in years if int(year) < limit
            ]
    return result


def _dated_exercise(
    text: str,
    year: re.Match[str],
    start: int,
    inside: list[tuple[int, int, int]],
    spoken: list[tuple[int, int]],
    other_clause: re.Pattern[str],
) -> int | None:
    """The exercise whose clause holds `year`: a name (its index) or `the exercise` with nothing
    between them that closes or opens a clause, or right after a year that opens the sentence (`In
    2020, the exercise …`). `the exercise` is the one named before it in the sentence, else -1 (the
    caller reads further back); None when no reference is so tied."""
    references = [(s, e, i) for s, e, i in inside] + [(s, e, -1) for s, e in spoken]
    fronted = not other_clause.search(text, start, year.start())
    for ref_start, ref_end, index in sorted(references, key=lambda r: abs(r[0] - year.start())):
        if ref_end <= year.start():
            gap = text[ref_end : year.start()]
        elif ref_start >= year.end():
            gap = text[year.end() : ref_start]
            if fronted and re.fullmatch(r"\s*,\s*", gap):
                return index if index >= 0 else _named_before(inside, ref_start)
        else:
            continue
        if not other_clause.search(gap):
            return index if index >= 0 else _named_before(inside, ref_start)
    return None


def _named_before(inside: list[tuple[int, int, int]], offset: int) -> int:
    """The exercise named last before `offset` in the sentence, else -1."""
    named = [i for s, _, i in inside if s < offset]
    return named[-1] if named else -1


def _another_noun_s_participle(extraction: Extraction, token_starts: list[int], offset: int) -> bool:
    """The word right before the year's preposition is a past participle (as the tagger reads it)
    with no auxiliary of its own, and not one that dates the exercise (`held`, `organisé`): it
    qualifies the noun before it (`le chemin tracé en 2010`), whose year it gives; not `The
    exercise was repeated in 2021`, nor `a réuni les forces armées en 2019` (an adjective)."""
    index = bisect_left(token_starts, offset) - 1
    while index >= 0 and extraction.doc[index].is_space:
        index -= 1
    if index < 1:
        return False
    token = extraction.doc[index]
    return (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and token.text.lower() not in extraction.language.grammar.dating_participles
        and extraction.doc[index - 1].pos_ != "AUX"
    )


@cache
def _clause_marks(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A founding word right before a year (`Créé en`), and what closes a clause or opens another
    (a comma, `which`, `alors que`)."""
    g = language.grammar
    founding = alternation(g.founding_words) or "(?!)"
    opens = alternation((*g.relatives, *g.subordinators)).replace("’", "[’']") or "(?!)"
    return (
        re.compile(rf"(?<![\w-])(?:{founding})\s*$", re.IGNORECASE),
        re.compile(rf"[,;:]|(?<![\w’'-])(?:{opens})(?:(?<=[’'])|(?![\w’'-]))", re.IGNORECASE),
    )


@cache
def _history_years(language: Language) -> re.Pattern[str]:
    """A year an event is dated by: after its preposition, maybe with its month (`in 2005`, `en avril
    2016`), listed in brackets (`(1998, 2007, 2010, and 2015)`), or `last year`."""
    g = language.grammar
    months = alternation(tuple(language.dates.months))
    joins = alternation(g.coordinators)
    last = alternation(language.dates.last_year).replace("’", "[’']")
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"(?<![\w-])(?:{alternation(g.year_preps) or '(?!)'})\s+(?:(?:\d{{1,2}}\w*\s+)?(?:{months})\s+)?"
        rf"(?P<y>{year})(?![\w-])"
        rf"|\(\s*(?P<list>{year}(?:\s*(?:,|,?\s*(?:{joins}))\s*{year})+)\s*\)"
        rf"|(?<![\w’'-])(?P<last>{last})(?![\w-])",
        re.IGNORECASE,
    )


def _next_year(extraction: Extraction, match: re.Match[str], published: str | None) -> str | None:
    """The year the sentence gives the next edition: written (`en 2026`), else `l’an prochain`."""
    text = extraction.text
    start, end = extraction.sentence_of(match.start())
    stated = [m for m in re.finditer(r"\b(?:19|20)\d\d\b", text[start:end])]
    if stated:
        after = [m for m in stated if start + m.start() >= match.end()]
        return (after or stated)[0].group()
    for when in dates.find(text, start, end, published, extraction.language):
        if when.value and not when.year_written and published and when.value[:4] > published[:4]:
            return when.value[:4]
    return None
