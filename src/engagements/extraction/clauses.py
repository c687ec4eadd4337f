"""Clauses: what each sentence (or coordinated clause) says that matters for meetings.

A clause is read for its triggers (verbs and nouns of meeting, receiving, calling, visiting,
signing, conferences), its parties (named persons, people referred back to, unnamed
counterparts such as `son homologue chinois` or `les autorités émiriennes`), its dates and
places, and its markers (planned, cancelled, postponed, presence, `en marge de`). A sentence
that reports two encounters (`X met Y, and also sat down with Z`; `s’entretient avec le
Président …, et avec leurs homologues`) is split into one clause each, sharing the subject.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ..languages.base import Language, alternation
from . import anaphora, dates, gazetteer
from .dates import When
from .entities import PersonEntity
from .mentions import DisjointSpans, Extraction, Mention

TRIGGER_KINDS = ("receive", "meet", "call", "sign", "visit", "conference")
STRONG = frozenset({"receive", "call_on", "meet", "call", "sign"})


@dataclass(frozen=True)
class Trigger:
    """A word that reports an encounter, and what kind."""

    kind: str
    mention: Mention
    noun: bool = False


@dataclass(frozen=True)
class Unnamed:
    """A party described but not named (`son homologue chinois`, `les autorités`)."""

    mention: Mention
    noun: str
    country: str | None
    plural: bool


@dataclass
class Clause:
    """One sentence, or one coordinated clause of it, with what it says about encounters."""

    sentence: int
    start: int
    end: int
    headline: bool
    people: list[tuple[int, Mention]] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    whens: list[When] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    unnamed: list[Unnamed] = field(default_factory=list)
    presence: bool = False
    definite: bool = False
    definite_after_counterpart: bool = False
    """Every definite noun follows the counterpart the clause's verb names (`Il a également reçu X, et
    l’entretien a porté sur …`): with `also`, it names this encounter, not an earlier one."""
    sidelines: Mention | None = None
    planned: bool = False
    cancelled: bool = False
    postponed: bool = False
    new_event: bool = False
    also: bool = False
    """`also met`, `a également reçu`: a verb of meeting repeated for another encounter."""
    not_meeting: bool = False
    pair: bool = False
    """`les deux responsables`, `the two leaders`: the parties of the encounter just reported."""
    gathering: bool = False
    """A gathering noun (`réunion`, `meeting`): an encounter even with nobody named."""
    visitor_reference: bool = False
    """`son visiteur`, `his host`: the visitor of the visit being reported."""
    delegation: bool = False
    """An unnamed delegation: the visiting party."""
    there: bool = False
    """`y avait rencontré`: there, the place named just before."""
    held: bool = False
    """`s’est tenue`, `took place`: the clause says where or when it happened."""
    heading: When | None = None
    """The whole line is a date (`Vendredi 19 octobre`): a day heading in an agenda."""

    def kinds(self) -> set[str]:
        return {t.kind for t in self.triggers}

    def strong(self) -> list[Trigger]:
        return [t for t in self.triggers if t.kind in STRONG]


@dataclass(frozen=True)
class _Patterns:
    triggers: tuple[tuple[str, re.Pattern[str], bool], ...]
    presence: re.Pattern[str]
    sidelines: re.Pattern[str]
    not_meeting: re.Pattern[str]
    cited: re.Pattern[str]
    reporting: re.Pattern[str]
    residence: re.Pattern[str]
    posting: re.Pattern[str]
    """A position's head, its complement and the preposition of the place it is held in, ending the
    text before a place (`l’Ambassadeur de Chine au`, `Ambassador to`)."""
    counterpart: re.Pattern[str]
    definite: re.Pattern[str]
    new_event: re.Pattern[str]
    also: re.Pattern[str]
    planned: re.Pattern[str]
    cancelled: re.Pattern[str]
    postponed: re.Pattern[str]
    receiving: re.Pattern[str]
    agent: re.Pattern[str]
    sequence: re.Pattern[str]
    subject_pronoun: re.Pattern[str]
    purpose: re.Pattern[str]
    between: re.Pattern[str]
    courtesy: re.Pattern[str]
    past_verb: re.Pattern[str]
    split: re.Pattern[str]
    fronted: re.Pattern[str]
    """An encounter's noun and its party opening the sentence before a comma (`Après son entretien
    avec le ministre X,`, `After the meeting with Minister X earlier today,`)."""
    with_counterpart: re.Pattern[str]
    back: re.Pattern[str]
    breakers: re.Pattern[str]
    near: re.Pattern[str]
    coordinator: re.Pattern[str]
    pair: re.Pattern[str]
    gathering: re.Pattern[str]
    visitor: re.Pattern[str]
    held: re.Pattern[str]
    thing_sent: re.Pattern[str]
    denied_noun: re.Pattern[str]
    elsewhere: re.Pattern[str]
    denied: re.Pattern[str]
    negation_lead: re.Pattern[str]
    negation_closing: re.Pattern[str]
    supposed: re.Pattern[str]
    perfect_before: re.Pattern[str]
    habit: re.Pattern[str]
    habit_after: re.Pattern[str]


def _words(items: tuple[str, ...]) -> str:
    return alternation(items).replace("’", "[’']")


def _phrases(phrases: tuple[str, ...], adverbs: tuple[str, ...]) -> str:
    """Phrases whose words may have an adverb between them (`étaient notamment conviés`)."""
    gap = rf"\s+(?:(?:{_words(adverbs)})\s+)?"
    return "|".join(
        gap.join(re.escape(word).replace("’", "[’']") for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    )


def _regexes(items: tuple[str, ...]) -> str:
    """An alternation of regexes (apostrophes already written `[’']` where they vary)."""
    return "|".join(sorted(items, key=len, reverse=True))


@cache
def patterns(language: Language) -> _Patterns:
    def bounded(body: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    triggers = (
        ("call_on", bounded(_regexes(language.visiting_verbs)), False),
        ("receive", bounded(_regexes(language.receiving_verbs)), False),
        ("call", bounded(_words(language.call_words) + r"\w*"), True),
        ("sign", bounded(_regexes(language.signing_words)), False),
        ("meet", bounded(_regexes(language.meeting_verbs)), False),
        ("meet", bounded(_words(language.meeting_nouns)), True),
        ("visit", bounded(_regexes(language.visit_words)), True),
        ("conference", bounded(_words(language.conference_words)), True),
    )
    counterpart_nouns = _words((*language.counterpart_words, *language.role_heads))
    g = language.grammar
    owners = _words(g.party_owners)
    # what keeps a verb of meeting from telling an encounter (`_not_told`)
    negations = _words(g.negations) or "(?!)"
    contrast = _words(g.contrast_words) or "(?!)"
    auxiliaries = _words((*g.passive_auxiliaries, *g.perfect_auxiliaries, "be", "yet", "encore"))
    habits = _regexes(g.habitual_words) or "(?!)"
    return _Patterns(
        triggers=triggers,
        presence=bounded(_phrases(language.presence_phrases, g.inserted_adverbs)),
        sidelines=re.compile(rf"(?:{_words(language.sidelines)})\s*(?P<event>[^,.;]+)", re.IGNORECASE),
        not_meeting=bounded(_words(language.not_meetings)),
        cited=re.compile(
            rf"(?:(?:{_words(language.cited_parenthetical)})\b[^.;,]{{0,40}}|(?:{_words(language.cited_before)})\b[^.;]{{0,40}})$",
            re.IGNORECASE,
        ),
        reporting=re.compile(
            rf"(?<![\w-])(?:{_words(language.reporting_words)})\b(?P<gap>(?:[^.;]|(?-i:(?<=[A-Z]))\.){{0,70}})$",
            re.IGNORECASE,
        ),
        residence=re.compile(rf"(?<![\w-])(?:{_words(g.residence_leads) or '(?!)'})\s*$", re.IGNORECASE),
        posting=re.compile(
            rf"(?<![\w-])(?:{_words(language.role_heads)})(?![\w-])[^.;,:]{{0,60}}?"
            rf"(?<![\w-])(?:{_words(g.posting_preps)})\s*$",
            re.IGNORECASE,
        ),
        counterpart=re.compile(  # `27 accredited Defence Attachés`: a number of holders of a position
            rf"(?<![\w’'-])(?:{owners}|\d+)\s*(?P<mid>(?:[\w’'-]+\s+){{0,2}})?(?P<noun>{counterpart_nouns})"
            rf"(?:(?<=[^\W\d_])s)?(?![\w-])"
            r"(?P<rest>(?:\s+[a-zà-ÿ][\w’'-]*){0,2})",
            re.IGNORECASE,
        ),
        definite=re.compile(  # not `la prochaine réunion`, `the next meeting`: one still to come
            rf"(?<![\w’'-])(?:{_words(language.definite_before)})\s*"
            rf"(?:(?!(?:{_words((*language.dates.future_markers, *g.series_ends))})\s)[\w-]+\s+)?"
            rf"(?:(?P<meeting>(?-i:{_words(language.meeting_nouns)}|{_words(language.conference_words)}))|"
            rf"(?P<visit>(?-i:{_regexes(tuple(v for v in language.visit_words if v.isalpha()))})))"
            r"(?![\w-])",
            re.IGNORECASE,
        ),
        new_event=bounded(_words(language.new_event_words)),
        also=bounded(_words(language.also_words)),
        planned=bounded(_regexes(language.planned_markers)),
        cancelled=bounded(_regexes(language.cancelled_markers)),
        postponed=bounded(_regexes(language.postponed_markers)),
        receiving=bounded(_regexes(language.receiving_verbs)),
        agent=re.compile(rf"(?<![\w-])(?:{_words(language.agent_markers)})\s", re.IGNORECASE),
        pair=re.compile(
            rf"(?<![\w’'-])(?:{_words(g.definite_articles)})\s+(?:{_words(language.pair_words)})\s+[a-zà-ÿ]+",
            re.IGNORECASE,
        ),
        gathering=bounded(_words(language.gathering_nouns)),
        visitor=re.compile(
            rf"(?<![\w’'-])(?:{_words(language.description_owners)})\s*(?:{_words(language.visitor_nouns)})(?![\w-])",
            re.IGNORECASE,
        ),
        held=bounded(_words(language.held_markers)),
        sequence=re.compile(rf"[\s,]*(?:{_words(g.sequence_words)})(?:(?<=[’'])|(?![\w-]))", re.IGNORECASE),
        subject_pronoun=re.compile(
            rf"(?<![\w-])(?:{_words((*language.pronouns, *g.plural_pronouns))})(?![\w’'-])", re.IGNORECASE
        ),
        purpose=re.compile(
            rf"\s*,?\s*(?:{_words(g.purpose_leads) or '(?!)'})\s*(?:(?:s[’']|se\s+))?", re.IGNORECASE
        ),
        courtesy=re.compile(rf"\s*(?:{alternation(language.courtesy)})\s*"),
        between=re.compile(rf"\s+(?:{_words(g.between_words) or '(?!)'})\s+", re.IGNORECASE),
        past_verb=re.compile(rf"(?:{_regexes(g.past_forms)})(?![\w-])", re.IGNORECASE),
        split=re.compile(
            rf",?\s+(?:(?:{_words(g.coordinators)})\s+|(?P<sequence>{_words(g.sequence_words)})(?:\s+|(?<=[’'])))"
            rf"(?:(?:{_words((*language.also_words, *g.perfect_auxiliaries, *g.with_words))})\s+)?",
            re.IGNORECASE,
        ),
        fronted=re.compile(
            rf"\s*(?:{_words(g.fronted_encounter_words) or '(?!)'})(?:\s+|(?<=[’']))"
            rf"(?:(?:{_words((*g.definite_articles, *g.owner_articles, *g.indefinite_articles))})"
            r"(?:\s+|(?<=[’'])))?"
            rf"(?:[\w-]+\s+)?(?:{_words(language.meeting_nouns)})(?:\s+[\w-]+)?\s+(?:{_words(g.with_words)})\s+"
            r"[^,;:.]{3,120},",
            re.IGNORECASE,
        ),
        with_counterpart=re.compile(
            rf",?\s+(?:{_words(g.coordinators)})\s+(?:{_words(g.with_words)})\s+", re.IGNORECASE
        ),
        back=re.compile(rf"(?:^|[\s’'])(?:{_words(g.back_determiners)})\s+(?:\w+\s+)?$", re.IGNORECASE),
        breakers=re.compile(rf"\b(?:{_words(g.clause_breakers)})\b", re.IGNORECASE),
        near=re.compile(rf"(?:{_words(g.near_words)})\s*$", re.IGNORECASE),
        coordinator=bounded(_words(g.coordinators)),
        thing_sent=re.compile(  # `Une lettre du`: a noun and its complement's preposition opening the clause
            rf"\s*(?:[\w’'-]+\s+|[\w-]+[’'])?(?P<noun>[a-zà-ÿ][\w-]+)\s+(?:{_words(g.complement_preps)})\s*"
            r"(?:[\w’'-]+\s*)?",
            re.IGNORECASE,
        ),
        denied_noun=re.compile(rf"(?<![\w’'-])(?:{negations})\s+(?:d[e’']\s*)?$", re.IGNORECASE),
        elsewhere=re.compile(  # `but in Abuja`, `mais à Dosso`, `mais mercredi`; not `mais dans un …`
            rf"(?<![\w-])(?:{contrast})\s+(?:(?:{_words(language.locatives)})\s+(?-i:[A-ZÀ-Ý])"
            rf"|(?:\w+\s+)?(?:{alternation(tuple(language.dates.weekdays))})(?![\w-]))",
            re.IGNORECASE,
        ),
        denied=re.compile(
            rf"(?<![\w’'-])(?:{negations})(?![\w-])(?:\s+(?:{auxiliaries})){{0,2}}(?:\s+d[e’'])?\s*$",
            re.IGNORECASE,
        ),
        negation_lead=re.compile(
            rf"(?<![\w’'-])(?:{_words(g.negation_leads) or '(?!)'})(?:\s|(?<=[’']))(?:\S+\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        negation_closing=re.compile(rf"\s+(?:{negations})(?![\w-])", re.IGNORECASE),
        supposed=re.compile(rf"\s*(?:{_words(g.conditionals) or '(?!)'})(?![\w-])[^,;]*$", re.IGNORECASE),
        perfect_before=re.compile(rf"(?<![\w-])(?:{_words(g.perfect_auxiliaries)})\s+$", re.IGNORECASE),
        habit=re.compile(rf"(?<![\w-])(?:{habits})(?![\w-])", re.IGNORECASE),
        habit_after=re.compile(rf"\s+(?:{habits})(?![\w-])", re.IGNORECASE),
    )


def _refers_back(extraction: Extraction, trigger: Trigger) -> bool:
    """`cette visite`, `his trip`: a visit already reported, not another one."""
    before = extraction.text[max(0, trigger.mention.start - 20) : trigger.mention.start]
    return trigger.kind == "visit" and bool(patterns(extraction.language).back.search(before))


def _place_named(extraction: Extraction, start: int, end: int) -> bool:
    """A capitalised noun of meeting that is a place's name, with its capitalised article before it
    (`à La Réunion`), not at a sentence's start (`64th Ordinary Summit` is no town's)."""
    text = extraction.text
    before = re.search(r"(?<![\w’'-])(\w+)[ \t]+$", text[max(0, start - 10) : start])
    articles = extraction.language.grammar.definite_articles
    if before is None or not before[1][:1].isupper() or before[1].lower() not in articles:
        return False
    sentence_start = extraction.sentence_of(start)[0]
    return start - len(before.group()) > sentence_start and gazetteer.is_place(text[start:end])


def triggers_in(extraction: Extraction, start: int, end: int) -> list[Trigger]:
    """Trigger words in text[start:end], each span once (the first kind that claims it); a verb of
    receiving or meeting whose object is an exercise reports no encounter (`will host Exercise X`,
    `accueille la 5e édition de l’exercice`)."""
    found: list[Trigger] = []
    aside: list[Trigger] = []
    taken = DisjointSpans()
    names = extraction.multiword_body_names
    text = extraction.text[start:end]
    bodies = [  # every place a body's name is written, not only where it was first read
        (start + m.start(), start + m.end()) for name in names for m in re.finditer(re.escape(name), text)
    ]
    for kind, pattern, noun in patterns(extraction.language).triggers:
        for match in pattern.finditer(extraction.text, start, end):
            if taken.overlaps(match.start(), match.end()):
                continue
            taken.add(match.start(), match.end())
            if kind in ("receive", "meet") and not noun and exercise_object(extraction, match.end()):
                continue
            if (kind == "conference" or (noun and match.group()[:1].isupper())) and any(
                s <= match.start() and match.end() <= e for s, e in bodies
            ):
                continue  # `the Speaker of the National Assembly`, `Tactical Engagement Simulation`: names
            if kind == "conference" and any(
                p.start <= match.start() and match.end() <= p.end and p.start < match.start()
                for p in extraction.places
            ):
                continue  # `the Admiralty Conference Center`: a building's name, not a gathering
            if noun and match.group()[:1].isupper() and _place_named(extraction, match.start(), match.end()):
                continue  # `de retour à La Réunion`: the island, no meeting
            if noun and _set_aside(extraction, match.start()):
                aside.append(Trigger(kind, Mention(match.group(), match.start(), match.end()), noun))
                continue  # `En plus de la réunion de l’OTAN, il a rencontré X`: another encounter
            if not noun and _refused(extraction, match.start()):
                continue  # `qui avaient refusé de signer l’accord`: no encounter took place
            if noun and _denied_noun(extraction, match.start()):
                continue  # `Pas de rencontre à Lomé`
            if not noun and _not_told(extraction, match.start(), match.end()):
                continue  # `n’a pas été reçu`, `Si les chefs se réunissent`, `se réunissent deux fois par an`
            if kind == "call_on" and not noun and _appeal(extraction, match.end()):
                continue  # `calling on Defence Minister X to resign`: an appeal, no visit
            if kind == "receive" and not noun and _thing_received(extraction, match.end()):
                continue  # `would also receive the report`: a document or an award, not a visitor
            if kind == "receive" and not noun and _thing_was_received(extraction, match.start()):
                continue  # `the aircraft were received by the Minister`: a delivery, not a visit
            if (
                kind in ("receive", "meet")
                and not noun
                and _event_hosted(extraction, match.start(), match.end())
            ):
                continue  # `The ceremony, hosted in the Admiralty hall, …`: where an event was, no visitor
            found.append(Trigger(kind, Mention(match.group(), match.start(), match.end()), noun))
    if not any(t.kind in STRONG for t in found):
        found += aside  # `Outre son entretien avec X, le général a visité …`: the only encounter told
    return sorted(found, key=lambda t: t.mention.start)


def _aside(extraction: Extraction, clause: Clause, start: int) -> bool:
    """A meeting noun the clause set aside: after `en plus de`, and not kept as its trigger (it is
    when the clause tells no other encounter)."""
    return _set_aside(extraction, start) and not any(t.mention.start == start for t in clause.triggers)


def _set_aside(extraction: Extraction, start: int) -> bool:
    """A meeting noun after `en plus de`, `in addition to` and its determiner (and maybe one word):
    the clause names it to set it aside (`grammar.besides_words`)."""
    besides = _besides(extraction.language)
    return besides is not None and besides.search(extraction.text[max(0, start - 40) : start]) is not None


@cache
def _besides(language: Language) -> re.Pattern[str] | None:
    """`en plus de la`, `in addition to his` (and maybe one word) ending the text before a noun."""
    g = language.grammar
    if not g.besides_words:
        return None
    words = alternation(g.besides_words).replace("’", "[’']")
    articles = alternation((*g.definite_articles, *g.owner_articles)).replace("’", "[’']")
    return re.compile(rf"(?<![\w-])(?:{words})\s*(?:(?:{articles})\s*)?(?:[\w-]+\s+)?$", re.I)


def _refused(extraction: Extraction, start: int) -> bool:
    """A refusal right before the verb at `start` (`grammar.refusals`)."""
    refusals = extraction.language.grammar.refusals
    before = extraction.text[max(0, start - 40) : start]
    return bool(refusals) and re.search(rf"(?:{'|'.join(refusals)})\s*$", before, re.IGNORECASE) is not None


def _denied_noun(extraction: Extraction, start: int) -> bool:
    """A meeting noun right after a negation (`Pas de rencontre`, `jamais d’entretien`)."""
    before = extraction.text[max(0, start - 12) : start]
    return patterns(extraction.language).denied_noun.search(before) is not None


def _not_told(extraction: Extraction, start: int, end: int) -> bool:
    """Whether the verb at text[start:end] tells no encounter that took place or will: denied, with
    only auxiliaries between the negation and the verb (`did not meet`, `n’a pas été reçu`, `ne se
    sont pas rencontrés`, `ne rencontrera pas`; not `not only`, `n’a pas hésité à rencontrer`, nor
    when a contrast names another place or day: `did not meet in Accra, as planned, but in Abuja`),
    supposed by a sentence opening with a conditional (`Si les chefs … se réunissent`; not `S’il a
    reçu`, a concession), or a habit (`se réunissent deux fois par an`, `is regularly received`; not
    `met the rarely seen General X`)."""
    text, pattern = extraction.text, patterns(extraction.language)
    sentence_start, sentence_end = extraction.sentence_of(start)
    before = re.split(r"[.;,:!?]", text[max(sentence_start, start - 30) : start])[-1]
    after = re.split(r"[.;,:!?]", text[end : end + 30])[0]
    if (  # the negation first, read near the verb: the rest of the sentence only for a denied verb
        pattern.denied.search(before)
        or (pattern.negation_lead.search(before) and pattern.negation_closing.match(after))
    ) and not pattern.elsewhere.search(text, end, sentence_end):
        return True
    opening = text[sentence_start:start]
    if pattern.supposed.match(opening) and not pattern.perfect_before.search(opening):
        return True
    return pattern.habit.search(before) is not None or pattern.habit_after.match(after) is not None


def _appeal(extraction: Extraction, end: int) -> bool:
    """Names after a call, then `to` and a verb or `for` (`called on X and Y to step up …`): the
    call is an appeal to them (`grammar.appeal_leads`)."""
    leads = extraction.language.grammar.appeal_leads
    if not leads:
        return False
    return bool(
        re.match(rf"\s+[A-ZÀ-Ý][^.;:!?]{{0,120}}?\s+(?:{'|'.join(leads)})", extraction.text[end : end + 160])
    )


def _event_hosted(extraction: Extraction, start: int, end: int) -> bool:
    """`The ceremony, hosted in …`, `la cérémonie, accueillie au …`: a participle of receiving right
    after a noun that is no encounter (ceremony, parade, press conference) and before a locative
    says where that event was; nobody is received."""
    pattern = patterns(extraction.language)
    before = extraction.text[max(0, start - 40) : start]
    noun = re.search(rf"(?:{pattern.not_meeting.pattern})[\s,]*$", before, re.IGNORECASE)
    locatives = alternation(extraction.language.locatives).replace("’", "[’']")
    return (
        noun is not None
        and re.match(rf"\s+(?:{locatives})\s", extraction.text[end : end + 20], re.IGNORECASE) is not None
    )


@cache
def _exercise_ahead(language: Language) -> re.Pattern[str]:
    """Small words, ordinals and modifiers, then an exercise word."""
    g = language.grammar
    words = {
        *(d.strip() for d in language.determiners),
        *g.definite_articles,
        *g.indefinite_articles,
        *g.complement_preps,
        *g.edition_words,
        *g.exercise_modifiers,
    }
    small = _words(tuple(w for w in words if not w.endswith("’")))
    elided = _words(tuple(w for w in words if w.endswith("’"))) or "(?!)"
    spelled = _words(tuple(s for s in g.ordinal_suffixes if len(s) > 2)) or "(?!)"
    ordinal = rf"\d+(?:{_words(g.ordinal_suffixes)})?|[a-zà-ÿ-]+(?:{spelled})"  # `5e`, `dix-septième`
    return re.compile(
        rf"(?:\s*(?:(?:{small}|{ordinal})(?![\w-])|{elided}))*\s*"
        rf"(?P<word>(?:{_words(language.exercise_words)})(?![\w-]))?",
        re.IGNORECASE,
    )


@cache
def _people_words(language: Language) -> frozenset[str]:
    """Lower-case nouns that name a party (positions, counterparts, visitors, delegations), a
    gathering (`hosted the planning event`) or a time (`reçu ce lundi`)."""
    words = (
        *language.role_heads,
        *language.counterpart_words,
        *language.reference_nouns,
        *language.visitor_nouns,
        *language.delegation_words,
        *language.meeting_nouns,
        *language.gathering_nouns,
        *language.conference_words,
        *language.dates.weekdays,
        *language.dates.months,
        *language.dates.times_of_day,
    )
    every = {w.lower() for phrase in words for w in phrase.split()}
    return frozenset(every - language.function_words)


def _thing_received(extraction: Extraction, offset: int) -> bool:
    """Whether the verb ending at `offset` receives a thing: an article, then only lower-case words
    none of which names a party (`receive the report`, `welcomed the decision`), up to a break."""
    g = extraction.language.grammar
    articles = _words((*g.definite_articles, *g.indefinite_articles, *g.back_determiners))
    match = re.match(
        rf"\s+(?:{articles})\s+((?:[a-zà-ÿ][\w’'-]*\s*){{1,3}})(?=[.,;:]|\s+[a-zà-ÿ]+\s|$)",
        extraction.text[offset : offset + 80],
    )
    if match is None:
        return False
    described = re.match(
        rf"\s+(?:{articles})\s+((?:[a-zà-ÿ][\w’'-]*\s+){{1,3}})(?=[A-ZÀ-Ý])",
        extraction.text[offset : offset + 80],
    )
    if (
        described
        and not set(described.group(1).split()) & extraction.language.function_words
        and _titled_run(extraction, offset + described.end())
    ):
        return False  # `received the newly appointed Chief of Defence Staff`: words describing a party
    people = _people_words(extraction.language)
    words = [w.strip("’'") for w in match.group(1).split()]
    return not any(w in people or w.rstrip("s") in people for w in words)


def _thing_was_received(extraction: Extraction, start: int) -> bool:
    """Whether the passive verb at `start` has for its whole subject an article and lower-case words
    none of which names a party, right before its auxiliaries (`the aircraft were received by`, `les
    équipements ont été réceptionnés par`): a thing delivered (not `le chef de l’armée a été reçu`)."""
    sentence_start, _ = extraction.sentence_of(start)
    match = _passive_subject(extraction.text[sentence_start:start], extraction.language)
    if match is None or not match.group(1).strip():
        return False
    people = _people_words(extraction.language) | extraction.language.title_words
    words = match.group(1).split()
    if set(words) & extraction.language.function_words:
        return False  # `en ce sens qu’il a été reçu`, `les deux … ont été reçus`: no thing's name
    singular = {w.removesuffix("s").removesuffix("x") for w in words} | {w[:-3] + "al" for w in words}
    return not (set(words) | singular) & people


_SUBJECT_OPENERS = ",;:—–("
"""The signs after which a passive verb's subject may open, besides the sentence's start."""


def _passive_subject(window: str, language: Language) -> re.Match[str] | None:
    """An article and up to three lower-case words, then the auxiliaries, to the window's end. Its
    words hold none of `_SUBJECT_OPENERS`, so it opens at the last of them, or at the start when
    there is none: only that place is tried (a search of the whole sentence, at each passive verb,
    was quadratic in a long sentence of them)."""
    opener = max(window.rfind(sign) for sign in _SUBJECT_OPENERS)
    return _passive_subject_pattern(language).match(window, max(opener, 0))


@cache
def _passive_subject_pattern(language: Language) -> re.Pattern[str]:
    g = language.grammar
    articles = _words((*g.definite_articles, *g.indefinite_articles, *g.back_determiners))
    auxiliaries = _words((*g.passive_auxiliaries, *g.perfect_auxiliaries))
    return re.compile(
        rf"(?:^|[{_SUBJECT_OPENERS}]\s*)(?:{articles})(?:(?<=[’'])|\s+)((?-i:[a-zà-ÿ][\w-]*\s+){{1,3}}?)"
        rf"(?:(?:{auxiliaries})\s+){{1,2}}$",
        re.IGNORECASE,
    )


def _titled_run(extraction: Extraction, offset: int) -> bool:
    """Whether the capitalised words at `offset` end with a position's or a rank's word, their head
    (`Chief` of `Chief of Defence Staff`), not a thing's (`Defence Plan`)."""
    run = re.match(r"(?:[A-ZÀ-Ý][\w’'-]*[ \t]*)+", extraction.text[offset : offset + 60])
    return run is not None and run.group().split()[-1].lower().strip(".") in extraction.language.title_words


def exercise_object(extraction: Extraction, offset: int) -> bool:
    """Whether an exercise word or name follows the verb ending at `offset`, after small words only."""
    ahead = _exercise_ahead(extraction.language).match(extraction.text, offset)
    if ahead is None:
        return False
    if ahead["word"]:
        return True
    position = ahead.end()
    return any(m.start == position for m in extraction.exercises)


def named_in(
    extraction: Extraction, persons: list[PersonEntity], start: int, end: int, every: bool = False
) -> list[tuple[int, Mention]]:
    """Persons named in text[start:end] who are there, not merely cited (`sur instructions du roi X`):
    each person once at their first mention, or `every` mention."""
    pattern = patterns(extraction.language)
    found = []
    for index, person in enumerate(persons):
        for mention in person.mentions:
            if not start <= mention.start < end:
                continue
            before = extraction.text[max(start, mention.start - 80) : mention.start]
            after = extraction.text[mention.end : mention.end + 60]
            if _cited(extraction, persons, mention, before[-60:]) or _reported_by(
                pattern, before, after, extraction.language
            ):
                continue
            found.append((index, mention))
    found.sort(key=lambda f: f[1].start)
    if every:
        return found
    seen: set[int] = set()
    first = []
    for index, mention in found:
        if index not in seen:
            seen.add(index)
            first.append((index, mention))
    return first


def _cited(extraction: Extraction, persons: list[PersonEntity], mention: Mention, before: str) -> bool:
    """`sur instructions du roi X`, `au nom du préfet, M. X`: the name is the complement of a word that
    cites someone absent. After the word and its adjectives, a comma with no complement between
    (`En exécution des instructions royales, X a reçu …`) opens the clause whose subject X is; so
    does a comma after the cited person's own name (`Sur instructions du président Y, X a reçu …`)."""
    language = extraction.language
    match = patterns(language).cited.search(before)
    if match is None:
        return False
    gap = re.sub(r"^\S+", "", match.group())
    preps = alternation(language.grammar.complement_preps)
    if re.fullmatch(r"(?:\s+[a-zà-ÿ-]+)*\s*,\s*", gap) and not re.search(
        rf"(?<![\w’'])(?:{preps})(?![\w])", gap, re.IGNORECASE
    ):
        return False
    opened = mention.start - len(before) + match.start()
    return not any(
        opened < other.start
        and other.end < mention.start
        and re.match(r"\s*,", extraction.text[other.end : mention.start])
        for person in persons
        for other in person.mentions
    )


def _reported_by(pattern: _Patterns, before: str, after: str, language: Language) -> bool:
    """`selon le porte-parole de l’état-major, le colonel X`: X is the source (the reporting word
    names a position or a rank, then commas and appositions lead to the name), as is a name that
    says what it reports (`according to a report, spokesman X said …`). `Selon la présidence, le
    président X et Y se sont entretenus`: a body reports, X is the subject of what it reports."""
    match = pattern.reporting.search(before)
    if match is None:
        return False
    gap = match["gap"]
    if pattern.breakers.search(gap):
        return False
    that = alternation(language.grammar.complementizers)
    if that and re.match(rf"\s*,?\s*(?:{that})(?![\w])", gap, re.IGNORECASE):
        return False  # `a release said that the delegation included X`: X is what is reported
    speech = "|".join(language.speech_verbs)  # regexes
    if speech and re.match(rf"[\s,]+(?:{speech})\b", after, re.IGNORECASE):
        return True
    reporter = gap.split(",")[0]
    agents = alternation(language.agent_markers)
    # the name right after the reporting word (`…, a indiqué X, porte-parole du ministère`), after
    # a position or a rank, or after the agent of what reports (`selon un communiqué diffusé par X`)
    named = (
        not reporter.strip()
        or pattern.courtesy.fullmatch(reporter)  # `selon M. X.`
        or re.search(rf"(?:{language.role_pattern})|(?:{language.rank_pattern})", reporter, re.IGNORECASE)
        or re.search(rf"(?<![\w’'-])(?:{agents})\s*$", reporter, re.IGNORECASE)
    )
    # the name closes the reporter's apposition (`…, le colonel X.`, `…, a déclaré le porte-parole X
    # dans un communiqué`: a locative before a common noun), it does not open a clause (`Selon le
    # ministre, le général X a reçu Y`; `a déclaré le ministre X à l’issue de son entretien avec Y`)
    source = rf"(?:{alternation(language.grammar.source_leads) or '(?!)'})\s+(?-i:[a-zà-ÿ])"
    return bool(named) and re.match(rf"\s*(?:[,.;:)»”\"]|$|{source})", after, re.IGNORECASE) is not None


def written_plural(word: str) -> bool:
    """`homologues`, `audiences`, `travaux`: a French or English word ending as a plural does."""
    return word.endswith(("s", "x")) and not word.endswith(("ss", "is"))


def unnamed_in(
    extraction: Extraction,
    start: int,
    end: int,
    people: list[tuple[int, Mention]],
    persons: list[PersonEntity],
    triggers: Sequence[Trigger] = (),
) -> list[Unnamed]:
    """Parties described without a name, outside presence phrases and the roles of named people:
    possible counterparts."""
    text, language = extraction.text, extraction.language
    roles = [c.role for p in persons for c in p.roles if start <= c.role.start < end]
    pattern = patterns(language)
    found = []
    for match in pattern.counterpart.finditer(text, start, end):
        if re.match(
            r"\s*,?\s*(?:[A-Z][\w.]*\.?\s+)*[A-ZÀ-Ý][a-zà-ÿ]",
            text[match.end("noun") : match.end("noun") + 40],
        ):
            continue  # a name follows: `le ministre, Omar Talbi`
        if any(m.start >= match.start() and m.start < match.end() + 3 for _, m in people):
            continue
        if any(r.start <= match.start("noun") < r.end for r in roles) or _apposed_name_follows(
            text, match.end("noun"), people, triggers
        ):
            continue  # `le Premier ministre …, Abdulhamid Dbeibah`: the position of someone named
        if pattern.presence.search(text[max(start, match.start() - 40) : match.start()]):
            continue
        if _of_a_thing(text, start, match, language):
            continue  # `Une lettre du président français a été reçue`: the party owns what is received
        noun = match["noun"].lower()
        rest = match["rest"] or ""
        country = next((c for w in rest.split() if (c := language.demonym_country(w))), None)
        plural = written_plural(noun)
        found.append(
            Unnamed(Mention(match.group().strip(), match.start(), match.end()), noun, country, plural)
        )
    return found


def _of_a_thing(text: str, start: int, match: re.Match[str], language: Language) -> bool:
    """A described party opening the clause as the complement of a thing sent (`Une lettre du
    président`, `Les félicitations de l’ambassadeur … ont été reçues`): its sender, not a party met
    (not `la visite de l’ambassadeur`, `Le fils du président`)."""
    thing = patterns(language).thing_sent.fullmatch(text, start, match.start("noun"))
    return thing is not None and thing["noun"].lower() in language.grammar.sent_things


def _apposed_name_follows(
    text: str, offset: int, people: list[tuple[int, Mention]], triggers: Sequence[Trigger]
) -> bool:
    """`le commandant du Commandement … (Africom), le lieutenant-général X`: a name in apposition.
    Not across the clause's verb: in `L’ambassadeur … a été reçu par le ministre, le colonel X` the
    name is the ministre's."""
    following = [m for _, m in people if m.start >= offset]
    if not following:
        return False
    name = min(m.start for m in following)
    gap = text[offset:name]
    return (
        len(gap) < 140
        and not any(offset <= t.mention.start < name for t in triggers)
        and not re.search(r"[.;]\s", gap)
        and bool(re.search(r",\s*(?:[\w’'.-]+\s+){0,4}$", gap))
    )


def read_clauses(
    extraction: Extraction,
    persons: list[PersonEntity],
    published: str | None,
    published_span: tuple[int, int] | None,
    visitor: int | None = None,
) -> list[Clause]:
    """Every sentence of the article as clauses, in text order."""
    text, language = extraction.text, extraction.language
    pattern = patterns(language)
    clauses: list[Clause] = []
    named_so_far: list[tuple[int, Mention]] = []
    all_named = named_in(extraction, persons, 0, len(text), every=True)
    cursor = 0
    previous_subject: int | None = None
    stay: tuple[str, str] | None = None
    """The last stay of a week or less the article dates (`from June 16-20`): a weekday named
    after it is the one inside it, not the one before the publication."""
    for number, (start, end) in enumerate(extraction.sentences):
        while cursor < len(all_named) and all_named[cursor][1].start < end:
            named_so_far.append(all_named[cursor])
            cursor += 1
        headline = start < extraction.body_start
        heading = _heading(extraction, start, end, published, published_span)
        if heading is not None:
            clause = Clause(number, start, end, headline, heading=heading)
            clauses.append(clause)
            continue
        fronted = pattern.fronted.match(text, start, end)
        subject_start = fronted.end() if fronted else start  # not the party of `Après son entretien avec X,`
        for c_start, c_end, shared in _split(extraction, start, end):
            clause = Clause(number, c_start, c_end, headline)
            named = named_in(extraction, persons, c_start, c_end)
            if shared:
                named = [
                    p for p in named_in(extraction, persons, subject_start, shared) if p not in named
                ] + named
                first = next((c for c in clauses if c.sentence == number and c.end > subject_start), None)
                if first is not None:  # `Ils vont échanger avec X, avant de rencontrer Y`: whom `ils` is
                    known = {i for i, _ in named}
                    named = [p for p in first.people if p[1].start < shared and p[0] not in known] + named
            references = anaphora.resolve(
                extraction, c_start, c_end, named, named_so_far, visitor, persons, subject=previous_subject
            )
            people = sorted(named + [(r.person, r.mention) for r in references], key=lambda p: p[1].start)
            if pattern.fronted.fullmatch(text, c_start, min(end, c_end + 1)):
                # `Après son entretien avec X, le général Y …`: Y, the subject after the comma, met X
                people += [p for p in all_named if c_end <= p[1].start < end][:1]
            clause.people = [p for i, p in enumerate(people) if p[0] not in {q[0] for q in people[:i]}]
            if clause.people:
                previous_subject = clause.people[0][0]
            clause.triggers = [
                t for t in triggers_in(extraction, c_start, c_end) if not _refers_back(extraction, t)
            ]
            parties = _parties_named_between(extraction, clause)
            if parties is not None:  # `a annoncé le porte-parole X à l’issue d’un entretien entre A et B`
                clause.people = [
                    p
                    for p in clause.people
                    if p[1].start >= parties or not _reporter(extraction, clause, p[1])
                ]
            if shared and not clause.strong():
                # `… s’entretient avec le Président, et avec leurs homologues`: the same verb
                clause.triggers = [
                    t for t in triggers_in(extraction, start, shared + 40) if t.kind in STRONG
                ][:1]
            clause.whens = [
                w for w in dates.find(text, c_start, c_end, published, language, window=stay)
                if not (published_span and published_span[0] <= w.start < published_span[1])
            ]  # fmt: skip
            stay = next((s for w in clause.whens if (s := _stay(w)) is not None), stay)
            roles = [
                c.role
                for person in persons
                for c in person.roles
                if c_start <= c.role.end and c.role.start < c_end
            ]
            # `l’ambassadrice des États-Unis en Algérie`: the place of a position, not of the encounter
            clause.places = [
                p
                for p in located_places(extraction, c_start, c_end, meeting=True)
                if not any(r.start <= p.start and p.end <= r.end for r in roles)
                and not pattern.residence.search(text, max(0, p.start - 40), p.start)
                and not _posting_place(extraction, clause, p)
            ]
            clause.unnamed = unnamed_in(extraction, c_start, c_end, clause.people, persons, clause.triggers)
            lowered = text[c_start:c_end]
            clause.presence = bool(pattern.presence.search(lowered))
            definite = [  # `l’entretien`, `the meeting`; a visit only as the subject (`Cette visite …`)
                m.start()
                for m in pattern.definite.finditer(lowered)
                if (m["meeting"] or m.start() < 25)
                and not (m["meeting"] and _aside(extraction, clause, c_start + m.start("meeting")))
            ]
            clause.definite = bool(definite)
            verbs = [t for t in clause.strong() if not t.noun]
            named_after = [
                m.start - c_start for _, m in clause.people if verbs and m.start > verbs[0].mention.end
            ]
            clause.definite_after_counterpart = bool(
                named_after and definite and min(definite) > min(named_after)
            )
            sidelines = pattern.sidelines.search(lowered)
            if sidelines and _not_a_show(sidelines["event"], language):
                offset = c_start + sidelines.start("event")
                event = sidelines["event"].strip()
                clause.sidelines = Mention(event, offset, offset + len(event))
            clause.new_event = bool(pattern.new_event.search(lowered))
            clause.also = bool(verbs) and any(
                abs(m.start() + c_start - verbs[0].mention.start) < 30 for m in pattern.also.finditer(lowered)
            )
            clause.pair = bool(pattern.pair.search(lowered))
            clause.gathering = any(
                not _aside(extraction, clause, c_start + m.start())
                for m in pattern.gathering.finditer(lowered)
            )
            clause.visitor_reference = bool(pattern.visitor.search(lowered))
            clause.delegation = any(u.noun in language.delegation_words for u in clause.unnamed)
            clause.held = bool(pattern.held.search(lowered))
            strong = clause.strong()
            if strong and re.search(
                r"(?<![\w’'])y\s+(?:\w+\s+){0,2}$",
                text[max(c_start, strong[0].mention.start - 25) : strong[0].mention.start],
            ):
                clause.there = True
            clause.not_meeting = bool(pattern.not_meeting.search(lowered))
            _status(clause, extraction)
            opening = clauses[-1] if shared and clauses and clauses[-1].sentence == number else None
            if opening is not None and opening.planned and _bare_verb(extraction, clause, pattern):
                # `X et Y vont échanger avec Z, avant de rencontrer W`, `he plans to attend …, and meet
                # with W`: a verb with no tense of its own has the first verb's
                clause.planned = True
            clauses.append(clause)
    return clauses


def _parties_named_between(extraction: Extraction, clause: Clause) -> int | None:
    """Where a noun of meeting's `entre` / `between` ends, when two people or more are named after it."""
    pattern = patterns(extraction.language).between
    for trigger in clause.triggers:
        if not trigger.noun:
            continue
        between = pattern.match(extraction.text, trigger.mention.end, clause.end)
        if between is None:
            continue
        offset = between.end()
        if sum(m.start >= offset for _, m in clause.people) >= 2:
            return offset
    return None


def _reporter(extraction: Extraction, clause: Clause, mention: Mention) -> bool:
    """Whether a reporting word comes just before `mention` in the clause (`a annoncé le porte-parole
    X`): X tells of the encounter; a chair (`a présidé une réunion entre A et B`) is a party."""
    before = extraction.text[max(clause.start, mention.start - 80) : mention.start]
    return patterns(extraction.language).reporting.search(before) is not None


def _stay(when: When) -> tuple[str, str] | None:
    """The bounds of a dated range of two to seven days."""
    if not (when.value and when.end_value and len(when.value) == len(when.end_value) == 10):
        return None
    first, last = dt.date.fromisoformat(when.value), dt.date.fromisoformat(when.end_value)
    return (when.value, when.end_value) if 1 <= (last - first).days <= 6 else None


def _status(clause: Clause, extraction: Extraction) -> None:
    """Planned, cancelled or postponed, read around the clause's first strong trigger (or its start)."""
    pattern = patterns(extraction.language)
    anchor = (
        clause.strong()[0].mention
        if clause.strong()
        else (clause.triggers[0].mention if clause.triggers else None)
    )
    lo = max(clause.start, anchor.start - 80) if anchor else clause.start
    hi = min(clause.end, anchor.end + 60) if anchor else clause.end
    window = extraction.text[lo:hi]
    # `The meeting between X and Y in Z has been postponed`: a meeting named as the subject has
    # its fate in the predicate, however long the noun phrase before it
    predicate = extraction.text[lo : clause.end]
    fates = [*pattern.cancelled.finditer(predicate), *pattern.postponed.finditer(predicate)]
    clause.cancelled = bool(pattern.cancelled.search(predicate))
    clause.postponed = bool(pattern.postponed.search(predicate))
    # `was cancelled on Friday`: the date right after the cancellation is its own, not the meeting's
    ends = {lo + fate.end() for fate in fates}
    clause.whens = [w for w in clause.whens if not any(0 <= w.start - end <= 1 for end in ends)]
    clause.planned = bool(pattern.planned.search(window))


def _split(extraction: Extraction, start: int, end: int) -> list[tuple[int, int, int | None]]:
    """Clauses of a sentence: a new clause where a second strong trigger follows a conjunction
    (`…, and also sat down with …`) or where `et avec` / `and with` opens another counterpart.
    Each later clause shares the subject written before the first trigger (its end is returned)."""
    text = extraction.text
    strong = [t for t in triggers_in(extraction, start, end) if t.kind in STRONG and not t.noun]
    pattern = patterns(extraction.language).split
    if not strong:
        return [(start, end, None)]
    fronted = patterns(extraction.language).fronted.match(text, start, end)
    after = [t for t in strong if fronted is None or t.mention.start >= fronted.end()]
    subject_end = (after or strong)[0].mention.start  # the subject after `Après son entretien avec X,`
    cuts = []
    own_subject: set[int] = set()
    named = sorted((p.name for p in extraction.persons if start <= p.name.start < end), key=lambda m: m.start)
    for before, trigger in itertools.pairwise(strong):
        gap = text[max(start, trigger.mention.start - 30) : trigger.mention.start]
        conjunction = list(pattern.finditer(gap))
        if conjunction and conjunction[-1]["sequence"] and conjunction[-1].end() < len(gap):
            conjunction = []  # `after a 50-minute meeting`: the sequence word opens no verb of its own
        if conjunction and conjunction[-1].end() >= len(gap) - 12:
            cuts.append(trigger.mention.start - len(gap) + conjunction[-1].start())
            continue
        comma = text.find(",", before.mention.end, trigger.mention.start)
        between = [n for n in named if comma < n.start < trigger.mention.start]
        pronoun = between and _pronoun_subject(extraction, between[-1].end, trigger.mention.start)
        purpose = between and patterns(extraction.language).purpose.fullmatch(
            text, between[-1].end, trigger.mention.start
        )
        if comma != -1 and between and not pronoun and not purpose:
            cuts.append(comma)  # `X, reçue elle aussi lundi, c’est Y qui a été accueillie hier par Z`
            own_subject.add(comma)
    cuts += _encounters_in_sequence(extraction, strong[0].mention.end, end)
    for match in patterns(extraction.language).with_counterpart.finditer(text[strong[0].mention.end : end]):
        cuts.append(strong[0].mention.end + match.start())
    if fronted and any(fronted.end() <= n.start < subject_end for n in named):
        # `Après son entretien avec X, le général Y a visité … et s’est entretenu avec Z`: X met Y
        cuts.append(fronted.end() - 1)
        own_subject.add(fronted.end() - 1)
    cuts = sorted(set(c for c in cuts if start < c < end))
    if not cuts:
        return [(start, end, None)]
    bounds = [start, *cuts, end]
    return [
        (bounds[i], bounds[i + 1], subject_end if i and bounds[i] not in own_subject else None)
        for i in range(len(bounds) - 1)
    ]


def _encounters_in_sequence(extraction: Extraction, start: int, end: int) -> list[int]:
    """Where `avant un entretien avec`, `after talks with` opens another encounter of the subject than
    the one its verb of meeting tells (between `start` and `end`), before or after it."""
    text = extraction.text
    if not extraction.language.grammar.sequence_preps:
        return []
    lead, party = _sequence_marks(extraction.language)
    cuts = []
    for trigger in triggers_in(extraction, start, end):
        if trigger.kind not in STRONG:
            continue
        window = max(start, trigger.mention.start - 40)
        opened = lead.search(text, window, trigger.mention.start)
        # a noun, or a word read as a verb that an article makes one (`after a long meeting with`)
        if opened and (trigger.noun or opened["article"]) and party.match(text, trigger.mention.end, end):
            cuts.append(opened.start())
    return cuts


@cache
def _sequence_marks(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sequence preposition, maybe an article and a word, ending right before an encounter's noun
    (`, avant un long entretien`), and the with-word after it (`avec`)."""
    g = language.grammar
    articles = _words((*g.definite_articles, *g.owner_articles, *g.indefinite_articles))
    return (
        re.compile(
            rf"[\s,]*(?<![\w’'-])(?:{_words(g.sequence_preps)})\s+(?P<article>(?:{articles})(?:\s+|(?<=[’'])))?"
            r"(?:[\w-]+\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf"(?:\s+[\w-]+)?\s+(?:{_words(g.with_words)})\s", re.IGNORECASE),
    )


def _bare_verb(extraction: Extraction, clause: Clause, pattern: _Patterns) -> bool:
    """The clause's verb of meeting follows its conjunction directly and is no past form (`, avant de
    rencontrer`, `, and meet with`; not `et a rencontré`, `and met`)."""
    verbs = [t.mention for t in clause.strong() if not t.noun]
    if not verbs:
        return False
    lead = extraction.text[clause.start : verbs[0].start]
    joined = (
        pattern.split.fullmatch(lead) or pattern.sequence.fullmatch(lead.rstrip()) or not lead.strip(" ,")
    )
    return bool(joined) and not pattern.past_verb.match(verbs[0].text)


def _not_a_show(event: str, language: Language) -> bool:
    """`en marge de la conférence`, `on the sidelines of the Dubai Air Show`: a gathering of the
    people who meet there, unless the event's head, before its complement, is a trade show's noun."""
    head = re.split(rf"\s(?:{_words(language.grammar.complement_preps)})\s", event.lower(), maxsplit=1)[0]
    return not any(word in language.show_words for word in re.findall(r"[\w-]+", head))


def _pronoun_subject(extraction: Extraction, start: int, end: int) -> bool:
    """A subject pronoun between a name and the next verb of meeting (`reçoit l’ambassadeur, X, afin
    qu’ils s’entretiennent`, `hosted …, X, so that they could discuss`): the name was the first
    verb's object, set off by commas, and the second verb is the same encounter's, not X's own."""
    return patterns(extraction.language).subject_pronoun.search(extraction.text, start, end) is not None


def _heading(
    extraction: Extraction,
    start: int,
    end: int,
    published: str | None,
    published_span: tuple[int, int] | None,
) -> When | None:
    """A line that is only a date (`Jeudi 14 mars`, `Samedi 16 et dimanche 17 mars`)."""
    line = extraction.text[start:end].strip()
    if not line or len(line) > 60 or "\n" in line:
        return None
    if published_span and start <= published_span[0] < end:
        return None
    whens = dates.find(extraction.text, start, end, published, extraction.language)
    if not whens or not whens[0].value:
        return None
    rest = line
    for when in whens:
        rest = rest.replace(extraction.text[when.start : when.end], " ")
    leftover = (
        patterns(extraction.language).coordinator.sub(" ", re.sub(r"[\s,.;:()–—-]+", " ", rest)).split()
    )
    if leftover:
        return None
    return whens[0]


def _posting_place(extraction: Extraction, clause: Clause, place: Mention) -> bool:
    """`avec l’Ambassadeur de Chine au Niger X`, `received US Ambassador to Jordan X`: the place a
    position is held in, right before its holder's name, is not where the encounter was."""
    text = extraction.text
    return any(
        0 < m.start - place.end <= 2 and not text[place.end : m.start].strip() for _, m in clause.people
    ) and bool(patterns(extraction.language).posting.search(text, max(0, place.start - 100), place.start))


def located_places(extraction: Extraction, start: int, end: int, meeting: bool = False) -> list[Mention]:
    """Places in text[start:end] after a locative, most specific first: a named site, then a town,
    then a country. Where a meeting happened (`meeting`), a place inside its topic after another
    place is the topic's (an exercise's place often is in a meeting's topic)."""
    from .places import place_rank

    found: list[Mention] = []
    topical: list[Mention] = []
    for place in extraction.places:
        if not start <= place.start < end:
            continue
        before = extraction.text[max(0, place.start - 20) : place.start]
        if patterns(extraction.language).near.search(before):
            continue
        if meeting and found and _topic_between(extraction, found[-1].end, place.start):
            continue  # `à Abuja sur la situation au Sahel`: the topic's place, not the meeting's
        if meeting and _topic_noun_before(extraction, place.start, topical):
            topical.append(place)
            continue  # `pour parler de la crise en Libye et au Tchad`: what they spoke of
        if extraction.located(place) or (" " in place.text and place.text[0].islower()):
            found.append(place)

    return sorted(found, key=lambda p: (place_rank(p.text, extraction.language), p.start))


def _topic_noun_before(extraction: Extraction, offset: int, topical: list[Mention]) -> bool:
    """`la crise sécuritaire en Libye`, `the crisis in Sudan`: a state of affairs (and an
    adjective) before the locative that introduces the place, or such a place just before and a
    coordinator (`… en Libye et au Tchad`)."""
    language = extraction.language
    g = language.grammar
    if topical:
        joiners = alternation((*language.locatives, *g.coordinators, *g.definite_articles))
        between = extraction.text[topical[-1].end : offset]
        if re.fullmatch(rf"(?:[\s,]|(?<![\w-])(?:{joiners})(?![\w-]))*".replace("’", "[’']"), between):
            return True
    nouns = alternation(g.topic_nouns).replace("’", "[’']")
    locatives = alternation(language.locatives).replace("’", "[’']")
    articles = alternation(g.definite_articles).replace("’", "[’']")
    before = extraction.text[max(0, offset - 60) : offset]
    return bool(
        re.search(
            rf"(?<![\w-])(?:{nouns})(?:\s+[\w-]+)?\s+(?:{locatives})\s*(?:(?:{articles})\s*)?$",
            before,
            re.IGNORECASE,
        )
    )


def _topic_between(extraction: Extraction, start: int, end: int) -> bool:
    """Whether a topic opens in text[start:end] (a topic preposition and an article)."""
    g = extraction.language.grammar
    preps = alternation(g.topic_preps).replace("’", "[’']")
    articles = alternation(g.definite_articles).replace("’", "[’']")
    between = extraction.text[start:end]
    opening = rf"(?<![\w’'-])(?:{preps})\s+(?:(?:{articles})(?![\w-])|\w+[’'])"
    return bool(re.search(opening, between, re.IGNORECASE))
