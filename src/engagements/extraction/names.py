"""The grammar of a person's name as news text writes it, shared by every language.

A name is a run of capitalised words, possibly with middle initials (`Daniel R. Whitcombe`), a
nickname in quotes (`Thomas J. « Buzz » Harlan`), particles between name words (`Anna von der
Heide`, `Mohamed Ould Cheikh`), surnames in capitals as agency copy writes them (`Seydou KOÏTANÉ`)
and regnal numbers (`Mohammed VI`). A word opened by an elided letter and a capital is a name
(`N’Guessan`), unlike an elided article (`l’Algérie`). The canonical form drops initials and
nicknames and writes capitals as a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..languages import all_courtesy
from ..languages.base import Language, alternation
from . import gazetteer

_TOKEN = re.compile(r"[A-ZÀ-Ý]\.(?=[A-ZÀ-Ý][a-zà-ÿ])|[^\s,;:()\[\]«»\"“”!?]+")
"""A word; an initial glued to the next (`Nils C.Rienks`) is a token of its own."""
_INITIAL = re.compile(r"(?:[A-ZÀ-Ý]\.){1,3}|[A-ZÀ-Ý]\.-[A-ZÀ-Ý]\.")
_BARE_INITIAL = re.compile(r"[A-Z]")
"""`Derek H Chollet`: a middle initial written without its full stop (agency and South Asian copy)."""
_GLUED = re.compile(r"[A-ZÀ-Ý]\.")
"""The token `_TOKEN` cuts off a glued initial (`C.` of `C.Rienks`): no space before the next."""
_ROMAN = re.compile(r"(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)")
_NICKNAME = re.compile(r"\s*(?:«\s*[^»\n]{1,25}\s*»|“[^”\n]{1,25}”|\"[^\"\n]{1,25}\")\s*")


@cache
def _name_word(language: Language) -> re.Pattern[str]:
    """A capitalised word, with `N’`, `O’`, `Mc` before it or a lower-case particle joined by a hyphen
    (`al-Zerrouki`) or written against it (`deMilliano`, `van` or `di` likewise)."""
    prefixes = alternation(language.grammar.name_prefixes)
    joined = alternation(tuple(sorted(p for p in language.name_particles if p.isalpha())))
    return re.compile(
        rf"(?:(?:[NM]|[DO]|Mc|Mac)[’'])?[A-ZÀ-Ý][\w’'-]*|(?:{prefixes})-[A-ZÀ-Ý][\w’'-]*"
        rf"|(?-i:(?:{joined})[A-ZÀ-Ý][a-zà-ÿ][\w’'-]*)"
    )


@cache
def _elided_article(language: Language) -> re.Pattern[str]:
    return re.compile(language.grammar.elided_articles)


@cache
def _after_complement_word(language: Language) -> re.Pattern[str]:
    words = alternation(language.grammar.name_complement_before)
    return re.compile(rf"(?:^|\s)(?:{words})\s$|[’']$")


@dataclass(frozen=True)
class Name:
    """A name found at [start, end) and its canonical form."""

    start: int
    end: int
    canonical: str
    words: tuple[str, ...]
    """The name words as written (no initials, particles or nicknames)."""


def _is_name_word(word: str, language: Language, inside: bool = False) -> bool:
    """Whether `word` can be a name word; `inside` a name already begun, an upper-case elided letter
    before a capital is a surname's (`Aimé D’Almeida`), not an article opening a sentence."""
    if not _name_word(language).fullmatch(word):
        return False
    if _elided_article(language).match(word) and not (inside and re.match(r"[A-ZÀ-Ý][’'][A-ZÀ-Ý]", word)):
        return False
    bare = word.strip("’'-")
    return (
        len(bare) > 1
        and bare not in language.not_name_words
        and bare.lower() not in language.title_words
        and not all(part in language.title_words for part in bare.lower().split("-"))  # `Lieutenant-Colonel`
        and bare.lower() not in language.institution_words
        and bare.lower() not in event_words(language)  # `Valdar-Ghana Summit`: an event, no person
        and not any(c.isdigit() for c in bare)
        and not (bare.isupper() and len(bare) <= 3 and gazetteer.country_of_name(bare))  # `en RDC Mike X`
    )


@cache
def event_words(language: Language) -> frozenset[str]:
    """The one-word nouns of conferences (`summit`, `forum`), lower case."""
    return frozenset(w.lower() for w in language.conference_words if " " not in w)


def canonical_word(word: str) -> str:
    """`KOÏTANÉ` -> `Koïtané`, `BANDA-NKOSI` -> `Banda-Nkosi`; other words as written."""
    if word.isupper() and len(word) > 1 and not _ROMAN.fullmatch(word):
        return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)
    return word


def _initial(token: str) -> bool:
    return bool(_INITIAL.fullmatch(token) or _BARE_INITIAL.fullmatch(token))


def _country_follows(text: str, end: int, language: Language) -> bool:
    after = re.match(r"[ \t]+([A-ZÀ-Ý][\w’'-]*)", text[end : end + 40])
    if after is None:
        return False
    return bool(gazetteer.country_of_name(after[1]) or language.demonym_country(after[1]))


def position_follows(text: str, end: int, language: Language) -> bool:
    """`X Y Conseiller Présidentiel de Transition`, `X Y le Ministre de la Défense`: a title word
    after a name, maybe capitalised adjectives, then a complement, opens the person's position."""
    return _complement_ahead(language).match(text[end : end + 80]) is not None


@cache
def _complement_ahead(language: Language) -> re.Pattern[str]:
    preps = alternation(language.grammar.complement_preps).replace("’", "[’']")
    return re.compile(rf"(?:[ \t]+[A-ZÀ-Ý][\w’'-]*){{0,2}}?[ \t]+(?:{preps})(?:[ \t]+|(?<=[’']))\S")


def _next_start(text: str, position: int) -> int:
    gap = re.match(r"[ \t]*", text[position:])
    return position + (gap.end() if gap else 0)


def scan(text: str, start: int, language: Language, allow_particle_start: bool = False) -> Name | None:
    """The name that starts at `start`, read word by word until something that is not a name."""
    position = start
    courtesy = all_courtesy()  # `H.E. Ali Noor`, `M. Diallo`: a courtesy word, no initial
    words: list[str] = []
    kept: list[str] = []
    pending: list[str] = []  # particles and initials waiting for the next name word
    end = start
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            break
        token = match.group()
        possessive = re.search(r"[’']s?$", token) if len(token) > 3 and token[-2:] in ("’s", "'s") else None
        if possessive:
            token = token[: possessive.start()]  # `Harlan's itinerary`: the name ends before the possessive
        quoted = len(token) > 2 and token[-1] in "’'" and token[-2].isalpha()
        if quoted:
            token = token[:-1]  # `the ship ‘Somudra Avijan’ arrived`: a closing quote ends the name
        word = token.rstrip(".") if not _INITIAL.fullmatch(token) else token
        if words and word.lower() in language.dates.months and re.match(r"[ \t]*\(?\d", text[match.end() :]):
            break  # `Lieutenant General X Silva August (7)`: a date follows the name
        if (
            words
            and not pending
            and token in courtesy
            and re.match(r"[ \t]+[A-ZÀ-Ý][\w’'-]*[ \t]+[A-ZÀ-Ý]", text[match.end() : match.end() + 60])
        ):
            # `Défense Nationale M. Karidio Mahamadou`: a courtesy word, then a first name and a surname,
            # opens the name; the capitalised words before it are a position's (not a middle initial:
            # `Amadou M. Touré`)
            position = start = _next_start(text, match.end())
            words, kept = [], []
            continue
        if _INITIAL.fullmatch(token) or _BARE_INITIAL.fullmatch(token):
            pending.append(token)  # `Maj Gen W Shaibu`: a first initial too, if a name word follows
        elif (
            words
            and pending
            and pending[-1].lower() in language.name_particles
            and word.lower() in language.title_words
            and _name_word(language).fullmatch(word)
            and word[:1].isupper()
            and not (len(words) > 1 and position_follows(text, match.end(), language))
        ):
            words.append(word)  # `Abdullah bin Sultan al Sultan`: after a particle, a title word is a name's
            kept.extend([*[p for p in pending if not _initial(p)], word])
            pending = []
            end = match.start() + len(word)
        elif (
            words
            and word.lower().strip(".") in language.title_words
            and _name_word(language).fullmatch(word)
            and not (word in language.role_heads and _country_follows(text, match.end(), language))
            and not (len(words) > 1 and position_follows(text, match.end(), language))
        ):
            pending.append(word)  # `Abdi Sheikh Warsame`, `Luis Mayor Ortega`: a title word between
            # name words is a name; not a position's head before a country (`X Commander Kenya Army`)
        elif word.lower() in language.name_particles and (words or allow_particle_start):
            pending.append(word)
        elif _ROMAN.fullmatch(word) and words:
            words.append(word)
            kept.extend([*[p for p in pending if not _initial(p)], word])
            pending = []
            end = match.start() + len(word)
        elif words and pending and pending[-1].lower() in ("du", "des") and gazetteer.country_of_name(word):
            break  # `Daniel Dee Ziankahn du Liberia`: the country the person comes from (not a royal's
            # `Laurent de Belgique`)
        elif _is_name_word(word, language, inside=bool(words)):
            # a first name's initial opens the name as written (`J. Luiku`, `M Shaheen Iqbal`); a
            # middle one is left out (`Michael E. Langley` is `Michael Langley`)
            leading = not words
            words.append(word)
            initials = leading and word.isupper() and len(word) <= 3  # `GDH Kamal Gunara`, `SK Danjuma`
            kept.extend(
                [
                    *[p for p in pending if (leading and p not in courtesy) or not _initial(p)],
                    word if initials else canonical_word(word),
                ]
            )
            pending = []
            end = match.start() + len(word)
        else:
            break
        if (word != token and not _INITIAL.fullmatch(token)) or possessive or quoted:
            break  # `Whitcombe.`: a full stop after a name word ends the name
        gap = re.match(r"[ \t]*" if _GLUED.fullmatch(token) else r"[ \t]+", text[match.end() :])
        nickname = _NICKNAME.match(text, match.end()) if words else None
        if nickname and nickname.end() < len(text) and text[nickname.end() : nickname.end() + 1].isupper():
            position = nickname.end()
            continue
        if not gap or "\n" in text[match.end() : match.end() + len(gap.group())]:
            break
        position = match.end() + len(gap.group())
    if not words:
        return None
    return Name(start, end, " ".join(kept), tuple(words))


_DAY_AND_YEAR = re.compile(
    r"[ \t]+(?:[IVX]+[ \t]+)?\d{1,2},[ \t]*\d{4}(?=[,.;)]|[ \t]*$|[ \t]+[^\W\d_])", re.M
)


def month_of_a_date(text: str, end: int) -> bool:
    """`Riyadh, Jumada II 20, 1439`: the words before a day and a year are a month's, of whatever
    calendar (a person's or an exercise's name is not followed by them)."""
    return _DAY_AND_YEAR.match(text, end) is not None


def written_lower(text: str, word: str) -> bool:
    """`Soldiers conducted …` where the text also writes `1,500 soldiers`: a common word, capitalised
    only where it opens a sentence or a headline."""
    lower = word[:1].lower() + word[1:]
    return lower != word and lower in _lower_words(text)


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case, read once per text."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-zà-ÿ][\w’'-]*", text))


def title_case_line(text: str, offset: int, language: Language) -> bool:
    """Whether the line at `offset` is a headline in title case: five words or more, every one but
    the small ones capitalised (`Defence Minister Receives Newly Appointed Chiefs`)."""
    _, _, content = _line_words(text, offset, language)
    return len(content) >= 5 and all(w[:1].isupper() for w in content)


def short_title_line(text: str, offset: int, language: Language) -> bool:
    """Whether the line at `offset` is a short headline in title case: three or four words that count,
    all capitalised, no closing stop (`Tradewinds Exercise Kicks Off`)."""
    line, words, content = _line_words(text, offset, language)
    return (
        3 <= len(content) < 5
        and len(words) <= 10
        and all(w[:1].isupper() for w in content)
        and not line.endswith((".", ":", ","))
    )


def _line_words(text: str, offset: int, language: Language) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The line at `offset`, its words, and those that count for title case (not the small ones)."""
    end = text.find("\n", offset)
    return _words_of_line(text, text.rfind("\n", 0, offset) + 1, end if end != -1 else len(text), language)


@lru_cache(maxsize=256)
def _words_of_line(
    text: str, start: int, end: int, language: Language
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """`_line_words` of the line from `start` to `end`, kept per line: a page of one endless line
    asked it at every name."""
    line = text[start:end].strip()
    words = tuple(re.findall(r"[^\W\d_][\w’'-]*", line))
    return line, words, tuple(w for w in words if len(w) > 3 and w.lower() not in _small_words(language))


@cache
def _small_words(language: Language) -> frozenset[str]:
    """Words a title-case headline leaves in lower case: links, prepositions, coordinators."""
    g = language.grammar
    small = (*g.with_words, *g.town_preps, *g.destination_preps, *g.coordinators, *g.complement_preps)
    return frozenset({*language.link_words, *(w.lower() for w in small if " " not in w)})


@cache
def thing_words(language: Language) -> frozenset[str]:
    """Words that name a place or a vessel, not a person (`Camp`, `Base`, `Ship`, `Station`): a run
    of capitalised words holding one names that thing."""
    g = language.grammar
    words = (*language.facilities, *g.ship_nouns, *g.site_heads)
    return frozenset(w.lower() for w in words if " " not in w)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a line or follows a sentence's end, a colon (`year.Soldiers`)
    or a dateline's dash (`DAKAR (APS) – Les …`)."""
    before = text[:start].rstrip(" \t")
    return (
        not before
        or before[-1] in ".!?:\n"
        or text[start - 1 : start] == "\n"
        or (before[-1] in "–—" and text[start - 1 : start].isspace())
    )


def written_at(text: str, word: str) -> Iterator[re.Match[str]]:
    """Every place the text writes `word` (or several words) whole, not inside a longer word."""
    return re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)


def headline_only(text: str, word: str, language: Language, short: bool = False) -> bool:
    """Whether the text writes `word` (so capitalised) only on title-case lines (`title_case_line`;
    with `short`, short ones too)."""
    return all(
        title_case_line(text, m.start(), language) or (short and short_title_line(text, m.start(), language))
        for m in written_at(text, word)
    )


def headline_capitals(text: str, words: tuple[str, ...] | list[str], language: Language) -> bool:
    """Whether one of the words is a common word the headline's title case capitalised: the text
    writes it in lower case, and in capitals only on title-case lines."""
    return any(written_lower(text, w) and headline_only(text, w, language) for w in words)


def _ends_country(text: str, word: str, start: int) -> bool:
    """`du Burkina Faso Jean-Marc X`: the word ends a country's name of two or three words."""
    words = [word]
    while len(words) < 3 and (before := _word_before(text, start)) is not None:
        words.insert(0, before[0])
        start = before[1]
        if gazetteer.country_words(words, shortest=len(words)) == len(words):
            return True
    return False


def extend_left(text: str, name: Name, language: Language) -> Name:
    """`Iounous-bek Yevkourov` when only `Yevkourov` was seen: take first names written before.

    A capitalised word after `de la`, `des`, `du` is a complement of a position (`ministre des
    Finances X`), not a first name; particles join only between two name words."""
    start = name.start
    words = list(name.words)
    kept = name.canonical.split(" ")
    while True:
        found = _word_before(text, start)
        if found is None:
            break
        word, word_start = found
        particles: list[tuple[str, int]] = []
        while found is not None and found[0].lower() in language.name_particles:
            particles.append(found)
            found = _word_before(text, found[1])
        if particles:
            # particles join only after a first name, or after a courtesy word or rank
            if found is None or _complement(text, found[1], language):
                break
            left = found[0]
            if _is_name_word(left, language):
                kept[:0] = [p for p, _ in reversed(particles)]
                start = particles[-1][1]
                continue
            if left.lower().strip(".") in language.title_words:
                kept[:0] = [p for p, _ in reversed(particles)]
                start = particles[-1][1]
            break
        if (
            not _is_name_word(word, language)
            or _complement(text, word_start, language)
            or re.search(r"[’']s$", word)
            or word in language.courtesy
        ):
            break  # `Norway's Halvorsen`: the owner is not a first name; nor is `Dr` a first name
        if language.demonym_country(word) or _ends_country(text, word, word_start):
            break
        words.insert(0, word)
        kept.insert(0, canonical_word(word))
        start = word_start
    return Name(start, name.end, " ".join(kept), tuple(words))


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word just before `start` on the same line, separated by one space, and where it starts."""
    before = text[max(0, start - 60) : start]
    match = re.search(r"(?:^|[ \t])(?P<word>[^\s,;:()«»\"“”]+)[ \t]$", before)
    if not match:
        return None
    return match["word"], start - len(before) + match.start("word")


def _complement(text: str, word_start: int, language: Language) -> bool:
    """Whether the word at `word_start` follows a preposition or article (`de la Défense`)."""
    before = text[max(0, word_start - 12) : word_start].lower()
    return bool(_after_complement_word(language).search(before))
