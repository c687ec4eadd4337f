"""Extract: clean text -> mentions with spans (persons, organisations, places, exercises, sentences).

spaCy's French NER proposes; rules about French news language decide: a place, a month or a
verb is never a person; an exercise name sits beside `exercice` or `édition`; an institution
is a capitalised head noun (`Forces armées royales`) or one followed by a capitalised complement
(`ministère de la Défense nationale`). Nothing here knows any article's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..languages.fr.lexicon import EXERCISE_WORDS, RANKS, ROLE_HEADS, WEEKDAYS, demonym_country
from ..pipeline.parse import MONTHS
from . import gazetteer
from .nlp import analyse

_RANK_PATTERN = "|".join(re.escape(r) for r in sorted(RANKS, key=len, reverse=True))
RANK_BEFORE = re.compile(
    rf"(?:^|[\s(’'])(?P<owner>(?:du|des|au|aux) )?(?P<rank>{_RANK_PATTERN})(?:\s+(?P<adj>[a-zà-ÿ-]+))?"
    rf"\s*(?P<comma>,)?\s*$",
    re.IGNORECASE,
)
"""A rank just before a name; `du maréchal, X` (genitive and comma) is someone else's rank."""
RANK_ENDING = re.compile(rf"(?:{_RANK_PATTERN})$", re.IGNORECASE)
_NAME_TOKEN = r"[A-ZÀ-Ý][\w’'-]*"
RANK_THEN_NAME = re.compile(
    rf"\b(?P<rank>{_RANK_PATTERN})\s+(?P<name>{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|al-|Al-|el-|El-|ben|bin|VI|II|III|IV))*)"
)
ROLE_START = re.compile(rf"(?:{'|'.join(re.escape(r) for r in sorted(ROLE_HEADS, key=len, reverse=True))})\b")
_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Za-z-]{1,11})\)")
_INSTITUTION_HEADS = (
    "ministère",
    "armée",
    "armées",
    "forces",
    "force",
    "commandement",
    "ambassade",
    "gouvernement",
    "présidence",
    "état-major",
    "marine",
    "garde-côtes",
    "agence",
    "direction",
    "institut",
    "union",
    "département",
    "conseil",
    "commission",
    "administration",
    "groupe",
    "zone",
    "brigade",
    "division",
    "régiment",
    "unité",
    "parlement",
    "assemblée",
    "organisation",
    "nations",
    "service",
    "centre",
    "académie",
    "école",
    "gendarmerie",
    "police",
    "garde",
    "flotte",
    "télévision",
    "radio",
)
_CAPITAL_ONLY_HEADS = {"état-major", "unité", "zone", "service", "centre", "groupe", "direction"}
"""Heads that name a body only when capitalised (`Zone Sud`, but `la zone de Kolda`)."""
_STOP_PREPOSITIONS = {
    "à",
    "au",
    "aux",
    "dans",
    "sur",
    "avec",
    "par",
    "contre",
    "vers",
    "chez",
    "entre",
    "sous",
}
"""A name does not run over these: `ministère à Tunis` is a ministry and a place."""
_LINK_WORDS = {
    "de",
    "du",
    "des",
    "d’",
    "d'",
    "la",
    "l’",
    "l'",
    "le",
    "les",
    "pour",
    "en",
    "et",
    "of",
    "the",
    "for",
}
_NOT_NAMES = (
    {m.capitalize() for m in MONTHS}
    | {w.capitalize() for w in WEEKDAYS}
    | {
        "Selon",
        "Laisser",
        "Lire",
        "Partager",
        "Source",
        "Tags",
        "Publié",
        "Mis",
        "Par",
        "Avec",
        "Cette",
        "Ces",
    }
)


@dataclass(frozen=True)
class Mention:
    """A surface form at [start, end) of the article text."""

    text: str
    start: int
    end: int


@dataclass
class PersonMention:
    """A name as written, the rank before it, and the full name it stands for when coordinated."""

    name: Mention
    full_name: str
    title: Mention | None = None


@dataclass
class OrganisationMention:
    """An organisation's name as written, and its acronym when introduced with one."""

    name: Mention
    acronym: Mention | None = None


@dataclass
class Extraction:
    """Everything the extract step found in one article."""

    text: str
    doc: Any
    sentences: list[tuple[int, int]]
    persons: list[PersonMention] = field(default_factory=list)
    organisations: list[OrganisationMention] = field(default_factory=list)
    acronym_uses: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    exercises: list[Mention] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    """Countries the article names (to resolve ambiguous place names)."""

    def located(self, place: Mention) -> bool:
        """Whether `place` follows a locative (`à`, `au large de`, `au palais de`): where something
        happens, not a metonym subject (`Washington multiplie ...`)."""
        return bool(LOCATIVE.search(self.text[max(0, place.start - 14) : place.start].lower()))

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """Bounds of the sentence holding `offset`."""
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return 0, len(self.text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to its first line, without surrounding spaces or punctuation."""
    piece = text[start:end]
    if "\n" in piece:
        end = start + piece.index("\n")
    while start < end and text[start] in " \t’'\"«(-,.":
        start += 1
    while end > start and text[end - 1] in " \t’'\"»),.;:":
        end -= 1
    return start, end


def _strip_determiner(text: str, start: int, end: int) -> int:
    match = re.match(
        r"(?:l[’']|la |le |les |d[’']|du |des |de la |de l[’']|the )", text[start:end], re.IGNORECASE
    )
    return start + match.end() if match else start


def _near_exercise_word(doc: Any, start: int, end: int, window: int = 6) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    lo, hi = max(span.start - window, span.sent.start), min(span.end + window, span.sent.end)
    return any(t.lower_ in EXERCISE_WORDS for t in doc[lo:hi])


def extract(text: str, doc: Any = None) -> Extraction:
    """Mentions in `text`; `doc` is its spaCy analysis when already made (batch conversion)."""
    doc = doc if doc is not None else analyse(text)
    result = Extraction(text, doc, [(s.start_char, s.end_char) for s in doc.sents])
    result.countries = {c for e in doc.ents if e.label_ == "LOC" and (c := gazetteer.country_of_name(e.text))}
    _organisations(result)
    _exercises(result)
    names = {e.text for e in result.exercises}
    result.organisations = [o for o in result.organisations if o.name.text not in names]
    _persons(result)
    _places(result)
    return result


def _is_org_text(result: Extraction, start: int, end: int) -> bool:
    return any(o.name.start <= start and end <= o.name.end for o in result.organisations) or any(
        o.acronym and o.acronym.start <= start and end <= o.acronym.end for o in result.organisations
    )


def _persons(result: Extraction) -> None:
    text, doc = result.text, result.doc
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "PER":
            spans.append(_extend_left(text, *_trim(text, ent.start_char, ent.end_char)))
        elif _apposed_name(text, ent.start_char, ent.end_char):
            spans.append(_trim(text, ent.start_char, ent.end_char))
    ranked: set[tuple[int, int]] = set()
    for match in RANK_THEN_NAME.finditer(text):
        span = _trim(text, match.start("name"), match.end("name"))
        spans.append(span)
        ranked.add(span)
    accepted = _accept(result, spans, ranked, set())
    # A name recognised once is a name wherever else it is written, and so is its surname.
    written = {text[s:e] for s, e in accepted if e - s > 2}
    surnames = {name.split()[-1] for name in written if " " in name and len(name.split()[-1]) > 2}
    for word in written | surnames:
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
            spans.append(_extend_left(text, match.start(), match.end()))
    candidates = _accept(result, spans, ranked, surnames)
    for index, (start, end) in enumerate(candidates):
        name = text[start:end]
        full = name
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if " " not in name and following and re.fullmatch(r"\s+et\s+", text[end : following[0]]):
            surname = text[following[0] : following[1]].split()[-1]
            if " " in text[following[0] : following[1]]:
                full = f"{name} {surname}"
        title = None
        before = text[max(0, start - 60) : start]
        rank = RANK_BEFORE.search(before)
        if rank and rank["adj"] and not demonym_country(rank["adj"]):
            rank = None  # only a nationality may stand between rank and name: `le général norvégien X`
        if rank and not (rank["owner"] and rank["comma"]):
            rstart = start - len(before) + rank.start("rank")
            title = Mention(rank["rank"], rstart, rstart + len(rank["rank"]))
        result.persons.append(PersonMention(Mention(name, start, end), full, title))


def _accept(
    result: Extraction, spans: list[tuple[int, int]], ranked: set[tuple[int, int]], surnames: set[str]
) -> list[tuple[int, int]]:
    """The spans that name persons, longest first where they overlap, in text order."""
    text = result.text
    seen: set[tuple[int, int]] = set()
    accepted: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if any(s <= start and end <= e for s, e in seen):
            continue
        known = (start, end) in ranked or text[start:end] in surnames
        start, end = _strip_rank(text, start, end)
        if start >= end or not _plausible_name(result, start, end, known):
            continue
        seen.add((start, end))
        accepted.append((start, end))
    return accepted


def _apposed_name(text: str, start: int, end: int) -> bool:
    """`l’ambassadeur des États-Unis aux Seychelles, Henry Jardine`: a name after a position.

    NER sometimes tags such names as places; two to four capitalised words right after a
    comma that closes a position phrase are a person, unless the gazetteer knows them."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if gazetteer.is_place(text[start:end]):
        return False
    before = text[max(0, start - 100) : start]
    if not before.rstrip().endswith(","):
        return False
    clause = re.split(r"[.;:]", before)[-1]
    return bool(ROLE_START.search(clause.lower()) or any(h.lower() in clause.lower() for h in ROLE_HEADS))


_NOT_FIRST_NAMES = {
    "Le",
    "La",
    "Les",
    "L",
    "Un",
    "Une",
    "De",
    "Du",
    "Des",
    "Et",
    "En",
    "Au",
    "Aux",
    "Ce",
    "Cette",
}


def _extend_left(text: str, start: int, end: int) -> tuple[int, int]:
    """`Iounous-bek Yevkourov` when NER saw only `Yevkourov`: take capitalised words just before."""
    while True:
        match = re.search(r"(?:^|[\s,(])(?P<word>[A-ZÀ-Ý][\w’'-]*)\s$", text[max(0, start - 40) : start])
        if not match:
            return start, end
        word = match["word"]
        rank = RANK_ENDING.search(text[max(0, start - 40) : start].rstrip())
        elided = re.match(r"^(?:[LDlMmSsNnJjTt]|Qu)[’']", word)
        if word in _NOT_FIRST_NAMES or word in _NOT_NAMES or rank or word.isupper() or elided:
            return start, end
        start -= len(word) + 1


def _strip_rank(text: str, start: int, end: int) -> tuple[int, int]:
    match = re.match(rf"(?:{_RANK_PATTERN})\s+", text[start:end], re.IGNORECASE)
    return (start + match.end(), end) if match else (start, end)


def _plausible_name(result: Extraction, start: int, end: int, known: bool = False) -> bool:
    """Whether text[start:end] names a person; `known` (after a rank, or a surname seen in a full
    name) overrides the gazetteer: `le général Langley` is a person though Langley is a town."""
    name = result.text[start:end]
    words = name.split()
    if not words or not words[0][:1].isupper() or len(name) < 3:
        return False
    if words[0] in _NOT_NAMES or any(
        w.isupper() and len(w) > 1 and w not in ("II", "III", "IV", "VI") for w in words
    ):
        return False
    if (gazetteer.is_place(name) and not known) or _is_org_text(result, start, end):
        return False
    if any(e.start <= start and end <= e.end for e in result.exercises):
        return False
    if re.search(
        r"\b(?:quartier général|palais|base|camp|caserne|aéroport|musée|rue|avenue|place)\s+$",
        result.text[max(0, start - 20) : start],
    ):
        return False
    span = result.doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(words) == 1 and span[0].pos_ in ("VERB", "AUX", "ADJ", "DET", "ADP"):
        return False
    return not _near_exercise_word(result.doc, start, end, window=3) or len(words) > 1


def _organisations(result: Extraction) -> None:
    text, doc = result.text, result.doc
    found: list[OrganisationMention] = []
    for match in _ACRONYM.finditer(text):
        start = _name_before_acronym(result, match.start())
        if start is None:
            continue
        end = match.start()
        while end > start and text[end - 1] == " ":
            end -= 1
        name = Mention(text[start:end], start, end)
        acronym = Mention(match["acronym"], match.start("acronym"), match.end("acronym"))
        if _plausible_org(result, name.text) or acronym.text.isupper():
            found.append(OrganisationMention(name, acronym))
    for start, end in _institution_spans(doc):
        found.append(OrganisationMention(Mention(text[start:end], start, end)))
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        start = _strip_determiner(text, start, end)
        if (
            start < end
            and _plausible_org(result, text[start:end])
            and not ROLE_START.match(text[start:end])
            and _named_org(text[start:end], _pos_at(doc, start))
        ):
            found.append(OrganisationMention(Mention(text[start:end], start, end)))
    result.organisations = _dedupe(found)
    acronyms = {o.acronym.text for o in result.organisations if o.acronym}
    for letters in acronyms:
        for use in re.finditer(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text):
            if not any(o.acronym and o.acronym.start == use.start() for o in result.organisations):
                result.acronym_uses.append(Mention(letters, use.start(), use.end()))


def _name_before_acronym(result: Extraction, paren: int) -> int | None:
    """Start of the full name written just before `(ACRONYM)`, from the parse or the capitals."""
    text = result.text
    span = result.doc.char_span(max(0, paren - 200), paren, alignment_mode="contract")
    if span is None or not len(span):
        return None
    tokens = list(span)
    end = len(tokens)
    while end and tokens[end - 1].is_space:
        end -= 1
    start = end
    while start > 0 and end - start < 10:
        token = tokens[start - 1]
        if token.is_punct or token.is_space or token.pos_ in ("VERB", "AUX", "PRON", "NUM"):
            break
        start -= 1
    while start < end and (tokens[start].lower_ in _LINK_WORDS or not tokens[start].text[:1].isupper()):
        if tokens[start].lower_ in _INSTITUTION_HEADS:
            break  # `ministère de la Défense nationale (MDN)`: a lower-case head starts the name
        start += 1
    if start >= end:
        return None
    # keep the longest capitalised head: prefer an institution head noun inside the window
    for i in range(start, end):
        if tokens[i].lower_ in _INSTITUTION_HEADS:
            start = i
            break
    begin = tokens[start].idx
    return begin if text[begin:paren].strip() else None


def _institution_spans(doc: Any) -> list[tuple[int, int]]:
    """`Forces armées royales`, `ministère de la Défense nationale`, `Garde-côtes des Seychelles`."""
    spans = []
    for token in doc:
        head, head_end = token.lower_, token.i + 1
        if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
            head, head_end = f"{token.lower_}-{doc[token.i + 2].lower_}", token.i + 3  # `État-Major`
        named_next = (
            head_end < len(doc) and doc[head_end].text[:1].isupper() and doc[head_end].pos_ == "PROPN"
        )
        if head in _CAPITAL_ONLY_HEADS and not token.text[:1].isupper() and not named_next:
            continue  # `l’état-major de l’ANP`: the staff (often a place); `groupe Wagner` is a name
        if head not in _INSTITUTION_HEADS or RANK_ENDING.search(
            doc.text[max(0, token.idx - 30) : token.idx + len(token)]
        ):
            continue
        capital = token.text[:1].isupper()
        end = head_end
        saw_capital = False
        while end < len(doc) and end - token.i < 9:
            nxt = doc[end]
            if nxt.is_punct or nxt.is_space or nxt.pos_ in ("VERB", "AUX", "PRON", "NUM", "CCONJ", "SCONJ"):
                break
            if nxt.ent_type_ == "PER" or nxt.lower_ in _STOP_PREPOSITIONS:
                break
            after = doc[end + 1] if end + 1 < len(doc) else None
            rank = (
                RANK_ENDING.search(doc.text[nxt.idx : nxt.idx + len(nxt)])
                and nxt.lower_ not in _INSTITUTION_HEADS
            )
            if rank and after is not None and after.text[:1].isupper():
                break  # `... le général Dagvin Anderson`: a person follows
            if nxt.lower_ in _LINK_WORDS or nxt.pos_ in ("ADJ", "PROPN", "NOUN", "DET", "ADP"):
                saw_capital = saw_capital or nxt.text[:1].isupper()
                if nxt.pos_ == "NOUN" and not nxt.text[:1].isupper() and nxt.lower_ not in _INSTITUTION_HEADS:
                    break
                end += 1
                continue
            break
        while end > token.i + 1 and (
            doc[end - 1].lower_ in _LINK_WORDS or doc[end - 1].pos_ in ("DET", "ADP")
        ):
            end -= 1
        if end == token.i + 1 or not (capital or saw_capital):
            continue
        complement = [doc[i].text for i in range(head_end, end) if doc[i].text[:1].isupper()]
        if not capital and (not complement or all(w.isupper() for w in complement)):
            continue  # `unité des forces spéciales des SDF`: a unit described, not named
        spans.append((doc[token.i].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return spans


def _named_org(name: str, first_pos: str) -> bool:
    """A proper name (`Groupe Wagner`, `Kapitalis`, `APS`), or an institution head with complements;
    not a capitalised common noun phrase (`Coopération militaire`, `Avions`): its first word is
    then a common noun in context."""
    words = name.split()
    if words[0].lower() in _INSTITUTION_HEADS or any(w[:1].isupper() for w in words[1:]) or name.isupper():
        return True
    return first_pos != "NOUN"


def _pos_at(doc: Any, offset: int) -> str:
    token = next((t for t in doc if t.idx == offset), None)
    return str(token.pos_) if token is not None else ""


def _plausible_org(result: Extraction, name: str) -> bool:
    words = name.split()
    if not words or len(name) < 2 or not any(c.isupper() for c in name):
        return False
    if gazetteer.is_place(name) or name in _NOT_NAMES:
        return False
    return not (len(words) == 1 and not name.isupper() and not name[:1].isupper())


def _dedupe(found: list[OrganisationMention]) -> list[OrganisationMention]:
    """One mention per span: a mention inside a longer one at the same place is dropped."""
    kept: list[OrganisationMention] = []
    for org in sorted(found, key=lambda o: (o.name.start, -(o.name.end - o.name.start), o.acronym is None)):
        clash = next((k for k in kept if k.name.start <= org.name.start < k.name.end), None)
        if clash is None or (
            org.acronym is not None and clash.acronym is None and clash.name.start < org.name.start
        ):
            kept.append(org)  # `État-Major général des Forces armées royales (FAR)`: two bodies
        elif clash.acronym is None and org.acronym is not None and clash.name.end == org.name.end:
            clash.acronym = org.acronym
    return kept


def _exercises(result: Extraction) -> None:
    """Capitalised names beside exercise vocabulary (`l'exercice Flintlock`, `Cutlass Express`)."""
    doc, text = result.doc, result.text
    names: dict[tuple[int, int], Mention] = {}
    for token in doc:
        if token.lower_ not in EXERCISE_WORDS:
            continue
        sent = token.sent
        for lo, hi in ((token.i + 1, min(token.i + 6, sent.end)), (max(sent.start, token.i - 10), token.i)):
            run = _capitalised_run(doc, lo, hi)
            if run:
                start, end = run
                names[(start, end)] = Mention(text[start:end], start, end)
    known = {m.text for m in names.values()}
    for word in known:
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            names.setdefault((match.start(), match.end()), Mention(word, match.start(), match.end()))
    result.exercises = sorted(names.values(), key=lambda m: m.start)


def _capitalised_run(doc: Any, lo: int, hi: int) -> tuple[int, int] | None:
    """The first run of 1-3 capitalised words in doc[lo:hi] that is not a place, month or institution."""
    i = lo
    while i < hi:
        token = doc[i]
        if (
            token.text[:1].isupper()
            and token.is_alpha
            and not token.is_sent_start
            and token.text not in _NOT_NAMES
        ):
            j = i
            while j < hi and j - i < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j += 1
            words = doc[i:j].text
            if (
                not gazetteer.is_place(words)
                and doc[i].lower_ not in _INSTITUTION_HEADS
                and not words.isupper()
                and doc[i].ent_type_ not in ("LOC",)
                and not RANK_ENDING.search(doc.text[max(0, doc[i].idx - 30) : doc[i].idx].rstrip())
            ):
                return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            i = j
        i += 1
    return None


def _places(result: Extraction) -> None:
    """Named places: spaCy locations, and other entities the gazetteer knows (`Benghazi` as PER)."""
    text = result.text
    taken = [(p.name.start, p.name.end) for p in result.persons]
    taken += [(o.name.start, o.name.end) for o in result.organisations]
    for ent in result.doc.ents:
        if ent.label_ not in ("LOC", "PER", "MISC", "ORG"):
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if not gazetteer.is_place(text[start:end]):
            start = _strip_determiner(text, start, end)
        name = text[start:end]
        if not name or not name[:1].isupper() or name.isupper() or name in _GENERIC_PLACE_WORDS:
            continue
        if any(s <= start and end <= e for s, e in taken):
            continue
        if ent.label_ == "LOC" or gazetteer.is_place(name):
            result.places.append(Mention(name, start, end))
    for match in FACILITY.finditer(text):
        if any(p.name.start <= match.start("name") < p.name.end for p in result.persons):
            continue  # `quartier général de Haftar`: a person's headquarters, the place is elsewhere
        result.places = [p for p in result.places if not match.start() <= p.start < match.end()]
        if (
            re.search(r"\b(?:son|sa|ses|leur)\s+$", text[max(0, match.start() - 6) : match.start()])
            and match["link"]
        ):
            # `son quartier général de Rajma`: someone's headquarters; the place is the town
            result.places.append(Mention(match["name"], match.start("name"), match.end("name")))
        else:
            result.places.append(Mention(match.group(), match.start(), match.end()))
    result.places.sort(key=lambda p: p.start)


LOCATIVE = re.compile(
    r"(?:\b(?:à|au|aux|en|de|d’|d'|dans|vers|sur)\s*"
    r"|\b(?:palais|siège|quartier général)\s+(?:de\s+|d’)?)$"
)
FACILITY = re.compile(
    r"\b(?:quartier général|palais|siège|base(?: aérienne| navale)?|camp|aéroport(?: militaire)?"
    r"|caserne|académie)"
    r"\s+(?P<link>de\s+l[’']|de\s+la\s+|du\s+|des\s+|de\s+|d[’'])?"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:(?:[ -]|\s+(?:de la|de l’|de|du|des|d’)\s*)[A-ZÀ-Ý][\w’'-]+)*)"
)
"""A named facility (`palais d’El Mouradia`, `quartier général Dial-Diop`): a place, not a person."""

_GENERIC_PLACE_WORDS = {"République", "État", "États", "Royaume", "Afrique", "Europe", "Occident"}
