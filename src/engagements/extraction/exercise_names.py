"""Exercise names: what stands beside the language's exercise vocabulary.

A name follows an exercise word (`l’exercice militaire Flintlock`, `Exercise Coral Shield 19`),
precedes one (`the Obangame Express 2023 exercise`), is quoted after one (`« Silent
harbour »`, `'SAHEL VIGIL III'`) or follows a naming word (`baptisé Rempart des dunes
2022`, `codenamed`). Quoted and named forms may hold lower-case words and capitals; a bare run
is capitalised. The year or number after a name is its edition, not part of it; a roman
numeral is dropped. A place, a month, a body or a ranked person is not an exercise.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache

from ..languages.base import Language, alternation
from . import gazetteer
from .clauses import written_plural
from .mentions import Extraction, Mention
from .names import headline_only, month_of_a_date, short_title_line, title_case_line, written_at

_NAME_YEAR = re.compile(
    r"(?<![\w’'-])(?P<run>[A-ZÀ-Ý][\w’']+(?:[ \t]+[A-ZÀ-Ý][\w’']+){1,2})(?:[ \t]+|-)(?:19|20)?\d\d(?![\w-])"
)


_NAME_ACRONYM_EDITION = re.compile(
    r"(?<![\w’'-])(?P<run>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+[A-ZÀ-Ý][\w’'-]+){0,3})[ \t]*"
    r"\([ \t]*[A-Z]{2,6}[ \t]*-?(?:19|20)?\d\d[ \t]*\)"
)
"""`Steadfast Defender (STDE 24)`: a name, then its letters and an edition's year in brackets."""
_APPOSED_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?P<run>[A-ZÀ-Ý][\w’'-]*(?:[ \t]+[A-ZÀ-Ý][\w’'-]*){0,3})"
    r"(?:[ \t]+(?:19|20)?\d\d|[ \t]*[-–][ \t]*(?:19|20)\d\d)[ \t]*[,)]"
)
"""A name with its edition set off by commas after the exercise word and its adjectives (`, ITA-MOR 24,`,
`, Indra-2017,`; after a dash only a year of four digits: `Sukhoï-30,` is an aircraft): the edition
tells a name from a clause that goes on (`l’exercice naval, Paris l’a confirmé`)."""


def _quoted(space: str) -> str:
    """A quoted name. Within `« »`, `“ ”`, straight double quotes or two apostrophes written for
    them (`''Central accord 2015''`) an apostrophe is part of it (`« Sable d’Or »`); within single
    quotes it closes them."""
    return (
        rf"(?:''{space}*(?P<doubled>[^«»“”\"'\n]{{2,60}}?){space}*''"
        rf"|[«“\"]{space}*(?P<name>[^«»“”\"\n]{{2,60}}?){space}*[»”\"]"
        rf"|[‘']{space}*(?P<single>[^«»“”\"‘’'\n]{{2,60}}?){space}*[’'])"
    )


_QUOTED = re.compile(_quoted(r"\s"))
_BRACKETED = re.compile(
    r"[ \t]*\([ \t]*(?P<name>[A-ZÀ-Ý][\w’'-]*(?:[ \t]+[A-ZÀ-Ý][\w’'-]*){0,3})"
    r"(?:[ \t]*[-–]?[ \t]*(?P<year>(?:19|20)\d\d))?[ \t]*\)"
)
"""A capitalised name in brackets, maybe with its edition's year, right after the exercise word: a
name when the year is there or the text names it again outside the brackets."""


def _named_again(text: str, bracketed: re.Match[str]) -> bool:
    name = bracketed["name"]
    return any(m.start() != bracketed.start("name") for m in written_at(text, name))


def _quoted_span(match: re.Match[str], offset: int = 0) -> tuple[int, int]:
    group = next(g for g in ("doubled", "name", "single") if match[g] is not None)
    return offset + match.start(group), offset + match.end(group)


_ACRONYM_AFTER = re.compile(
    r"(?:[ \t]+(?P<year>(?:19|20)\d\d|\d\d))?[ \t]*\([ \t]*(?P<acronym>[A-Z]{2,6}(?P<digits>\d\d)?)"
    r"(?:[ \t-](?P<spaced>\d\d))?[ \t]*\)"
)
"""`Copper Reef 2025 (CR25)`, `Steadfast Defender (STDE 24)`: the letters that name the edition."""
_EDITION = re.compile(
    r"\s+[’']?(?:(?:19|20)\d\d|\d\d)(?:\.\d)?\b|\s+(?:II|III|IV|V|VI|VII|VIII|IX|X)\b"
    r"|(?<=[^\W\d_]{3})(?:19|20)\d\d\b"
)
"""An edition after the name: `Sable Vert 2021`, `Cooperative Osprey '96`, `Morjane2017`,
`Eastern Bridge VII`, `Grand African Nemo 18.5` (a year and its instalment)."""


def _preps(language: Language) -> str:
    return alternation(language.grammar.complement_preps).replace("’", "[’']")


@cache
def _leading_words(language: Language) -> frozenset[str]:
    """Articles, and words that open a sentence (`Après`, `During`): capitalised before a name, not in it."""
    g = language.grammar
    return frozenset(a.strip().lower() for a in (*g.definite_articles, *language.determiners, *g.openers))


@cache
def _words(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(language.exercise_words)})(?![\w-])", re.IGNORECASE)


@cache
def _abbreviated_word(language: Language) -> re.Pattern[str]:
    """The exercise word's abbreviation as written (`Ex`), before a capital."""
    short = alternation(language.grammar.exercise_abbreviations) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{short})\.?[ \t]+(?=[A-ZÀ-Ý])")


@cache
def _naming(language: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(language.naming_words)})\s+", re.IGNORECASE)


def find_exercise_names(result: Extraction) -> None:
    """Fill `result.exercises` with every mention of an exercise's name."""
    text, language = result.text, result.language
    names: dict[tuple[int, int], Mention] = {}

    def add(span: tuple[int, int] | None, direct: bool = False, described: bool = False) -> bool:
        if span:
            span = _headline_words_cut(result, *_without_exercise_word(result, *span))
        if span and _plausible(result, *span, direct=direct, described=described):
            names[span] = Mention(text[span[0] : span[1]], *span)
            return True
        return False

    for word in _words(language).finditer(text):
        start, end = result.sentence_of(word.start())
        if word.group().lower() in language.grammar.edition_words and not _exercises_near(
            result, word.start()
        ):
            continue  # `cette édition du Journal officiel`: a newspaper's, where nothing speaks of exercises
        after = _skip_modifiers(result, word.end(), end)
        quoted = _QUOTED.match(text, after)
        if quoted:
            add(_strip_edition(text, *_quoted_span(quoted)), direct=True)  # `l’exercice « X »`
            for other in _coordinated_quotes(result, quoted.end(), end):
                add(_strip_edition(text, *_quoted_span(other)), direct=True)  # `les exercices « X » et « Y »`
            continue
        bracketed = _BRACKETED.match(text, after)
        if bracketed and (bracketed["year"] or _named_again(text, bracketed)):
            add(bracketed.span("name"))  # `joint military exercise (Mitrashkti -2023)`; not `(Phase One)`
            continue
        naming = _naming(language).match(text, after)
        if naming:
            add(_free_name(text, _skip_exercise_word(result, naming.end()), end, language))
            continue
        apposed = _APPOSED_AFTER.match(text, after)
        if apposed and apposed.end() <= end:
            add(apposed.span("run"))  # `un exercice bilatéral, ITA-MOR 24, à Tarente`
            continue
        run = _capitalised_run(result, after, end)
        if run:
            # `l’exercice Diana`: a name right after the word may be a place's (a region's, a town's)
            between = text[word.end() : run[0]].split()
            if between and between[-1].lower() in language.grammar.ship_nouns:
                continue  # `participeront à ces manœuvres la frégate X`: a ship's name
            direct = all(w.lower() in language.grammar.exercise_modifiers for w in between)
            if add(run, direct=direct and not _verb_after(text, run[1], language)) or direct:
                continue
            # `the annual Balikatan military exercise between Philippines, …`: what follows the word
            # and its complement names no exercise; the name may stand before the word
        if word.group()[:1].islower() or word.group().lower() not in ("edition", "édition"):
            if quoted_before := _quoted_before(result, start, word.start()):
                add(quoted_before)
            elif apposed_before := _apposed_before(result, start, word.start()):
                add(apposed_before, described=True)
            else:
                add(_run_before(result, start, word.start()))
    for short in _abbreviated_word(language).finditer(text):
        # `the 14-day Ex SAMPRITI-IX, an Indo-Bangladesh exercise`: the word's abbreviation, then the
        # name, where the sentence or its neighbours speak of exercises (not `Ex Servicemen …`)
        if not _exercises_near(result, short.start(), editions=True):
            continue
        run = _capitalised_run(result, short.end(), result.sentence_of(short.start())[1])
        if run:
            add(run, direct=True)
    for naming in _naming(language).finditer(text):
        start, end = result.sentence_of(naming.start())
        previous = result.sentence_of(max(0, start - 2))
        if _words(language).search(text, previous[0], end):
            position = _skip_exercise_word(result, naming.end())
            quoted = _QUOTED.match(text, position)
            if quoted:
                add(_strip_edition(text, *_quoted_span(quoted)))
            else:
                add(_free_name(text, position, end, language))
    for match in _NAME_YEAR.finditer(text):
        # `closed Justified Accord 2024, described … as the largest military exercise`, `African Lion 20`:
        # a capitalised name with an edition's year, where the sentence or its neighbours speak of exercises
        start, end = result.sentence_of(match.start())
        index = result.sentence_index(match.start())
        lo = result.sentences[max(0, index - 1)][0]
        hi = result.sentences[min(len(result.sentences) - 1, index + 1)][1]
        if _words(language).search(text, lo, hi):
            run_start = match.start("run")
            first = re.match(r"[^ \t]+[ \t]+", match["run"])
            if first and first.group().strip().lower() in _leading_words(language):
                run_start += first.end()  # `The African Lion 23 …`, `Après VINBAX 2024`: not the name's
            add((run_start, match.end("run")))
    for match in _NAME_ACRONYM_EDITION.finditer(text):
        # `Steadfast Defender (STDE 24), qui mobilisera …` where the next sentences speak of manoeuvres:
        # letters and an edition's year in brackets after a capitalised name
        index = result.sentence_index(match.start())
        lo = result.sentences[max(0, index - 2)][0]
        hi = result.sentences[min(len(result.sentences) - 1, index + 2)][1]
        if _words(language).search(text, lo, hi):
            add(match.span("run"))
    _longest_known(text, names)
    known = {m.text for m in names.values()}
    for form in known:
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE):
            names.setdefault((match.start(), match.end()), Mention(match.group(), match.start(), match.end()))
    for mention in list(names.values()):
        introduced = _ACRONYM_AFTER.match(text, mention.end)
        if introduced and introduced["acronym"] not in result.exercise_acronyms:
            # `Exercise Copper Reef 2025 (CR25)`: the acronym names that edition wherever it is used
            year = introduced["year"] or introduced["digits"] or introduced["spaced"]
            edition = None if year is None else int(year) if len(year) == 4 else 2000 + int(year)
            result.exercise_acronyms[introduced["acronym"]] = (mention.text, edition)
    for form in sorted(known):
        initials = "".join(w[0] for w in form.split() if w[:1].isupper())
        if len(initials) < 2 or len(initials) != len(form.split()):
            continue
        for match in re.finditer(rf"(?<![\w-]){initials}(?P<year>\d\d)(?![\w-])", text):
            # `l’Exercice AL23 se déroulera …` beside `African Lion 2023`: the initials and the edition
            result.exercise_acronyms.setdefault(match.group(), (form, 2000 + int(match["year"])))
    for acronym in result.exercise_acronyms:
        for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            names.setdefault((match.start(), match.end()), Mention(match.group(), match.start(), match.end()))
    result.exercises = sorted(_outermost(names.values()), key=lambda m: m.start)


def _exercises_near(result: Extraction, offset: int, editions: bool = False) -> bool:
    """Whether the sentence at `offset` or a neighbour holds an exercise word (an edition's word
    too with `editions`)."""
    index = result.sentence_index(offset)
    lo = result.sentences[max(0, index - 1)][0]
    hi = result.sentences[min(len(result.sentences) - 1, index + 1)][1]
    positions = _exercise_word_positions(result.text, result.language, editions)
    first = bisect_left(positions, lo)
    return first < len(positions) and positions[first] < hi


@lru_cache(maxsize=16)
def _exercise_word_positions(text: str, language: Language, editions: bool = False) -> tuple[int, ...]:
    """Where the text writes an exercise word (not an edition's, unless `editions`), read once per
    text: a page of such words asked at each one, reading its sentence and the two beside it."""
    edition_words = () if editions else language.grammar.edition_words
    return tuple(w.start() for w in _words(language).finditer(text) if w.group().lower() not in edition_words)


def _coordinated_quotes(result: Extraction, position: int, end: int) -> list[re.Match[str]]:
    """The quoted names a list goes on with after a first one (`« Varuna » et « Garuda »`)."""
    joins = alternation((",", *result.language.grammar.coordinators)).replace("’", "[’']")
    found: list[re.Match[str]] = []
    while True:
        join = re.compile(rf"\s*(?:,\s*)?(?:{joins})\s*").match(result.text, position)
        quoted = _QUOTED.match(result.text, join.end()) if join else None
        if quoted is None or quoted.end() > end:
            return found
        found.append(quoted)
        position = quoted.end()


def _longest_known(text: str, names: dict[tuple[int, int], Mention]) -> None:
    """`l’exercice croix du Sud` beside `Croix du Sud`: a name that ends another, written just before it
    in another case, is that name (the longest such, for the same output in every run)."""
    by_last_word: dict[str, list[str]] = {}
    for form in sorted({m.text.casefold() for m in names.values()}, key=lambda f: (-len(f), f)):
        by_last_word.setdefault(form.rsplit(None, 1)[-1], []).append(form)
    for span, mention in list(names.items()):
        written = mention.text.casefold()
        for form in by_last_word.get(written.rsplit(None, 1)[-1], ()):
            begin = span[1] - len(form)
            if (
                len(form) > len(written)
                and form.endswith(" " + written)
                and begin >= 0
                and text[begin : span[1]].casefold() == form
                and (begin == 0 or not (text[begin - 1].isalnum() or text[begin - 1] in "-’'"))
            ):
                del names[span]
                names[(begin, span[1])] = Mention(text[begin : span[1]], begin, span[1])
                break


def _headline_words_cut(result: Extraction, start: int, end: int) -> tuple[int, int]:
    """`Exercise Desert Falcon Kicks Off`: on a title-case line, the words after the name that the
    body never writes are the headline's verb, not the name's."""
    text, language = result.text, result.language
    if short_title_line(text, start, language):
        # `Exercise Sea Falcon Ends`: a short headline's last words go when the body writes the name
        # without them (not `Exercise Blue Nile Concludes`, whose body never names it)
        words = list(re.finditer(r"\S+", text[start:end]))
        while len(words) > 1 and headline_only(text, words[-1].group(), language, short=True):
            shorter = text[start : start + words[-2].end()]
            if not any(m.start() != start for m in written_at(text, shorter)):
                break
            words.pop()
        return start, start + words[-1].end()
    if not title_case_line(text, start, language):
        return start, end
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and headline_only(text, words[-1].group(), language):
        words.pop()
    return start, start + words[-1].end() if words else end


def _without_exercise_word(result: Extraction, start: int, end: int) -> tuple[int, int]:
    """`"Ex Yudh Abhyas 21"`, `« Exercice Sable d’Or »`: the exercise word, or its abbreviation,
    quoted with the name is not the name's."""
    words = alternation((*result.language.exercise_words, *result.language.grammar.exercise_abbreviations))
    lead = re.match(rf"(?i:{words})\.?[ \t]+(?=[A-ZÀ-Ý])", result.text[start:end])
    return (start + lead.end(), end) if lead else (start, end)


COMBINING_FORMS = frozenset(
    {"indo", "sino", "franco", "anglo", "afro", "russo", "euro", "italo", "greco", "gréco", "nippo", "austro",
     "hispano", "luso", "germano", "turco", "arabo", "israélo", "israelo", "belgo", "américano", "americano",
     "soviéto", "sovieto", "polono", "dano", "helvético"}
)  # fmt: skip
"""First parts of a compound of nationalities (`Indo-US`, `franco-tunisien`)."""


def _compound_demonym(name: str, language: Language) -> bool:
    """`Indo-US`, `Franco-Tunisian`: who takes part, not a name. Every part is a country, a
    nationality or a combining form (`Indo`, `Sino`, `Franco`)."""
    parts = name.split("-")
    return len(parts) > 1 and all(
        gazetteer.country_of_name(p) or p.lower() in COMBINING_FORMS or language.demonym_country(p)
        for p in parts
    )


def _outermost(mentions: Iterable[Mention]) -> list[Mention]:
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in ordered:
        if not any(k.start <= mention.start < k.end for k in kept):
            kept.append(mention)
    return kept


def _skip_modifiers(result: Extraction, position: int, end: int) -> int:
    """Past adjectives between an exercise word and its name (`exercice naval multilatéral`), and an
    edition's year (`l’édition 2022 d’Obangame Express`)."""
    text, g = result.text, result.language.grammar
    year = re.compile(rf"[ \t]+(?:19|20)\d\d[ \t]+(?:{_preps(result.language)})[ \t]*").match(text, position)
    if year and year.end() <= end:
        return year.end()
    for _ in range(4):
        match = re.compile(r"[ \t]+(?P<w>[a-zà-ÿ][\w’'-]*)").match(text, position)
        if not match or match.end() > end:
            break
        word = match["w"]
        if word in g.complement_preps and re.match(
            r"[ \t]+[a-zà-ÿ][\w-]*[ \t]+[A-ZÀ-Ý«“\"']", text[match.end() :]
        ):
            position = match.end()  # `l’exercice américain de printemps Obangame Express`: its season
            continue
        if word in g.run_stops or word in g.complement_preps:
            if word in g.complement_preps and re.match(r"\s+[A-ZÀ-Ý«“\"']", text[match.end() :]):
                position = match.end()  # `l’édition de Cutlass Express`
            break
        position = match.end()
    elided = alternation(tuple(p for p in g.complement_preps if p.endswith("’"))).replace("’", "[’']")
    gap = re.compile(rf"[ \t]*(?:{elided or '(?!)'})?")
    found = gap.match(text, position)
    return found.end() if found else position


def _skip_exercise_word(result: Extraction, position: int) -> int:
    """`codenamed Exercise Coral Shield`, `baptisé du nom de code 'X'`: the name follows the
    exercise word and any further naming words."""
    text = result.text
    for _ in range(4):
        word = _words(result.language).match(text, position) or _naming(result.language).match(text, position)
        filler = re.compile(rf"(?:{_preps(result.language)})\s+", re.IGNORECASE).match(text, position)
        step = word or filler
        if not step:
            break
        gap = re.compile(r"[ \t]*").match(text, step.end())
        position = gap.end() if gap else step.end()
    return position


def _strip_edition(text: str, start: int, end: int) -> tuple[int, int]:
    """`Sable Vert 2021` is `Sable Vert`; `Joint Emirates Shield / 50` keeps its number, which a
    slash joins to the name (what is left would end in it)."""
    whole = end
    edition = _EDITION.search(text[start:end])
    while edition and start + edition.end() == end:
        end = start + edition.start()
        edition = _EDITION.search(text[start:end])
    return (start, whole) if text[start:end].rstrip().endswith(("/", "-", "–", "&", "+")) else (start, end)


def _free_name(text: str, position: int, end: int, language: Language) -> tuple[int, int] | None:
    """`baptisé Rempart des dunes 2022`: words up to the edition, a comma or a clause (five at most)."""
    words = list(re.finditer(r"[^\s,;:.()«»\"“”]+", text[position:end]))[:6]
    taken: list[re.Match[str]] = []
    for word in words:
        token = word.group()
        if re.fullmatch(r"(?:19|20)\d\d|\d\d|II|III|IV|V|VI", token) or (
            taken and text[position + taken[-1].end() : position + word.start()].strip()
        ):
            break
        if not taken and not token[:1].isupper():
            return None
        if token.lower() in language.grammar.run_stops:
            break
        taken.append(word)
    while taken and taken[-1].group().lower() in language.link_words:
        taken.pop()
    if not taken:
        return None
    return position + taken[0].start(), position + taken[-1].end()


def _capitalised_run(result: Extraction, position: int, end: int) -> tuple[int, int] | None:
    """One to four capitalised words (small words between them) starting at `position`."""
    text = result.text
    small = alternation(
        (*result.language.grammar.complement_preps, *(d.strip() for d in result.language.determiners))
    )
    small = small.replace("’", "[’']")
    match = re.compile(
        rf"(?P<run>[A-ZÀ-Ý][\w’'-]*(?:[ \t]+(?:(?:{small})[ \t]*)?[A-ZÀ-Ý][\w’'-]*){{0,3}})"
    ).match(text, position)
    if not match or match.end() > end:
        return None
    stop = match.end()
    after = re.match(r"[ \t]+(?P<word>[a-zà-ÿ][\w’'-]{2,})(?=[\s,.;:»”\"]|$)", text[stop:end])
    complement = re.match(
        rf"[ \t]+(?:{_preps(result.language)})[ \t]*(?P<word>[a-zà-ÿ][\w-]+)(?=[\s,.;:»”\"]|$)",
        text[stop:end],
    )
    if (
        complement
        and _complement_of_name(result, complement["word"])
        and result.parsed_as(stop + complement.start("word"), stop + complement.end("word"), "NOUN")
    ):
        after = complement  # `Dragon d’or`: a noun complement in lower case, written so twice
    if (
        after
        and (
            after is complement
            or result.parsed_as(stop + after.start("word"), stop + after.end("word"), "ADJ")
        )
        and after["word"] not in result.language.link_words
        and after["word"] not in result.language.grammar.run_stops
        and len(
            re.findall(rf"(?<![\w-]){re.escape(text[match.start() : stop] + after.group())}(?![\w-])", text)
        )
        > 1
    ):
        stop += after.end()  # `Fraternité indestructible` written so twice: a word in lower case of the name
    return _strip_edition(text, match.start(), stop)


def _complement_of_name(result: Extraction, word: str) -> bool:
    """A lower-case noun after a preposition that may end a name (`d’or`), not a determiner, a date's
    word or a word that stops a run (`de cette année`, `de mars`)."""
    language = result.language
    lowered = word.lower()
    return not (
        lowered in language.link_words
        or lowered in {d.strip() for d in language.determiners}
        or lowered in language.grammar.run_stops
        or lowered in language.dates.months
        or lowered in language.dates.weekdays
    )


_LOOK_BACK = 200
"""How far before an exercise word a name and what describes it are read (a quoted name of 60
characters, four words of an apposition, an edition and adjectives are shorter): reading from the
sentence's start at every word made a long sentence of exercise words quadratic."""


def _quoted_before(result: Extraction, start: int, word_start: int) -> tuple[int, int] | None:
    """`the biennial "Ocean Guard" drills`, `les « Rempart » manœuvres`: a quoted name just before
    the exercise word (an edition's year and modifiers may stand between)."""
    modifiers = alternation(result.language.grammar.exercise_modifiers)
    start = max(start, word_start - _LOOK_BACK)
    match = re.search(
        _quoted(r"[ \t]") + rf"[ \t]+(?:(?:19|20)?\d\d[ \t]+)?(?:(?:{modifiers})[ \t]+)*$",
        result.text[start:word_start],
        re.IGNORECASE,
    )
    if not match:
        return None
    return _strip_edition(result.text, *_quoted_span(match, start))


def _apposed_before(result: Extraction, start: int, word_start: int) -> tuple[int, int] | None:
    """`les préparatifs de Flintlock, un important exercice militaire`, `Grand African Nemo est un
    exercice important`, `X is a regularly scheduled, multinational exercise`, `à Varuna, exercice
    annuel franco-indien` (no article: the word right after the comma): the name the apposition or the
    copula describes."""
    text, language = result.text, result.language
    g = language.grammar
    start = max(start, word_start - _LOOK_BACK)
    articles = alternation(g.indefinite_articles)
    copulas = alternation(g.copulas) or "(?!)"
    match = re.search(
        r"(?P<run>[A-ZÀ-Ý][\w’'-]*(?:[ \t]+[A-ZÀ-Ý][\w’'-]*){0,3})(?:[ \t]+(?:19|20)?\d\d)?"
        rf"(?:(?:\s*,\s*|[ \t]+(?:{copulas})[ \t]+)(?:{articles})\s*(?:[\w’'-]+,?[ \t]+){{0,4}}"
        r"|(?P<bare>[ \t]*,[ \t]*))$",
        text[start:word_start],
    )
    if not match:
        return None
    word = _words(language).match(text, word_start)
    if "," not in match.group() and word and re.match(r"[ \t]+in[ \t]+(?!the\b|[A-Z])", text[word.end() :]):
        return None  # `Dealing with Russia is an exercise in patience`: an idiom, no exercise
    run_start, run_end = start + match.start("run"), start + match.end("run")
    if match["bare"] is not None:
        # no article: the word, singular, and one of its adjectives describe the name (`Varuna,
        # exercice annuel`); not `À Kigali, exercice d’équilibre`, `At Camp X, exercises are held`
        if word is None or written_plural(word.group()) or not _modifier_after(result, word.end()):
            return None
        lead = _fronting_word(language).match(text, run_start, run_end)
        if lead:
            run_start = lead.end()  # `Au Sénégal, exercice annuel …`: a fronted phrase's word
    return (run_start, run_end) if run_end > run_start else None


def _modifier_after(result: Extraction, end: int) -> bool:
    """Whether one of the exercise's adjectives follows the exercise word (`exercice annuel`)."""
    modifiers = alternation(result.language.grammar.exercise_modifiers)
    return re.match(rf"[ \t]+(?i:{modifiers})(?![\w-])", result.text[end : end + 40]) is not None


@cache
def _fronting_word(language: Language) -> re.Pattern[str]:
    """An article, an opening word or a locative that starts a capitalised run (`Au`, `After`)."""
    words = alternation((*_leading_words(language), *language.locatives)).replace("’", "[’']")
    return re.compile(rf"(?i:{words})(?:[ \t]+|(?<=[’']))")


def _run_before(result: Extraction, start: int, word_start: int) -> tuple[int, int] | None:
    """`the Obangame Express 2023 exercise`: a capitalised run just before the exercise word."""
    text = result.text
    start = max(start, word_start - _LOOK_BACK)
    before = text[start:word_start]
    modifiers = alternation(result.language.grammar.exercise_modifiers)
    match = re.search(
        rf"(?P<run>(?:[A-ZÀ-Ý][\w’'-]*[ \t]+){{1,3}}?)(?:(?:19|20)\d\d[ \t]+|\d\d[ \t]+)?"
        rf"(?:(?i:{modifiers})[ \t]+)*$",  # `Friendship Military Exercises`: a headline's capitals too
        before,
    )
    if not match:
        return None
    g = result.language.grammar
    kinds = alternation(tuple(a for a in g.indefinite_articles if a not in g.back_determiners))
    if kinds and re.search(rf"(?<![\w’'-])(?:{kinds})[ \t]+$", before[: match.start("run")], re.IGNORECASE):
        return None  # `a Field Hygiene Exercise`: a kind of exercise, not one named
    run_start = start + match.start("run")
    run_end = start + match.end("run")
    first = re.match(r"[^ \t]+[ \t]+", text[run_start:run_end])
    if first and first.group().strip().lower() in _leading_words(result.language):
        run_start += first.end()  # `The African Lion 23 exercise`: the article is not the name's
    while run_end > run_start and text[run_end - 1] in " \t":
        run_end -= 1
    return (run_start, run_end) if run_end > run_start else None


def _verb_after(text: str, end: int, language: Language) -> bool:
    """A lower-case word after the name that no small word is (`the exercise Mombasa hosted`): the
    name is the subject of a verb, a place, not the exercise's."""
    following = re.match(r"[ \t]+(?-i:([a-zà-ÿ][\w’'-]*))", text[end : end + 30])
    if following is None:
        return False
    return following[1].lower() not in _small_words(language)


@cache
def _small_words(language: Language) -> frozenset[str]:
    """Link words, locatives and determiners: what may follow a name without making it a verb's subject."""
    return frozenset({*language.link_words, *language.locatives, *(d.strip() for d in language.determiners)})


def _not_a_body(result: Extraction, name: str) -> bool:
    """Whether a word in capitals is not written as a body's: no body found is abbreviated so with its
    name written out, and no article stands before it anywhere (`l’OTAN`, `the AU`)."""
    if any(o.acronym is not None and o.acronym.text == name for o in result.organisations):
        return False
    return name not in _words_after_articles(result.text, result.language)


@lru_cache(maxsize=16)
def _words_after_articles(text: str, language: Language) -> frozenset[str]:
    """Every word the text writes right after a definite article, read once per text (a page of names
    in capitals after exercise words searched the whole text for each)."""
    articles = alternation(language.grammar.definite_articles).replace("’", "[’']")
    return frozenset(
        m["word"]
        for m in re.finditer(rf"(?<![\w’'-])(?i:{articles})(?:[ \t]+|(?<=[’']))(?P<word>[\w-]+)", text)
    )


def _plausible(
    result: Extraction, start: int, end: int, direct: bool = False, described: bool = False
) -> bool:
    """Whether text[start:end] can name an exercise; `direct`: it follows the exercise word itself
    (`l’exercice Diana`), where a place's name is the exercise's, not where it is held; `described`:
    an apposition or a copula says it is an exercise, so a locative before it is a verb's (`participer
    à Varuna, exercice annuel`), not a place's."""
    text, language = result.text, result.language
    name = text[start:end].strip()
    words = name.split()
    if not words or len(name) < 3 or not words[0][:1].isupper() or len(words) > 6:
        return False
    lowered = {w.lower() for w in words}
    if lowered & (set(language.dates.months) | set(language.dates.weekdays)):
        return False
    if words[0].lower() in language.title_words or words[0].lower() in {
        d.strip() for d in language.determiners
    }:
        return False
    if words[0].lower() in (
        *language.grammar.back_determiners,
        *language.grammar.indefinite_articles,
        *language.grammar.quantifiers,
    ):
        return False  # `This exercise`, `Cet exercice`
    if words[0] in language.not_name_words and words[0].lower() in language.link_words | set(
        language.pronouns
    ):
        return False
    if month_of_a_date(text, end):
        return False  # `Riyadh, Jumada II 20, 1439`: a month of another calendar, its day and year
    quoted_here = text[max(0, start - 2) : start].strip()[-1:] in ("«", "“", '"')
    closed_here = re.match(r"\s*(?:[’']?\d\d(?:\d\d)?\s*)?[»”\"]", text[end : end + 12]) is not None
    named = bool(
        re.search(
            rf"(?:{alternation(language.naming_words)})\s+(?:\w+\s+)?$",
            text[max(0, start - 40) : start],
            re.IGNORECASE,
        )
    )
    if any(
        w.lower() in language.institution_words or (w.lower() in language.title_words and not named)
        for w in words
    ) and not (direct and quoted_here and closed_here and len(words) > 1):
        # a body's word, or a position's; not in quotes right after the word (`l’exercice « Dynamic
        # Front 25 »`); a position's word is the name's when a naming word gives it (`codenamed Unitas
        # Naval Operation`; a position's word cannot open it, tested above)
        return False
    if len(words) > 1 and words[-1].lower() in language.grammar.other_event_nouns:
        return False  # `Lok Sabha Elections 2019`: another kind of event, with its year
    if all(w.lower() in language.grammar.exercise_modifiers for w in words):
        return False  # `Joint drills begin`: a heading's first word describes the exercise, names none
    if re.match(language.grammar.elided_articles, words[0]) or any(
        _words(language).fullmatch(w) for w in words
    ):
        return False  # `L’exercice Flintlock`: the vocabulary, not the name
    if len(words) == 1 and _compound_demonym(name, language):
        return False  # `the Indo-US joint training exercise`
    quoted = text[max(0, start - 2) : start].strip()[-1:] in ("«", "“", '"', "'", "‘")
    closed = re.match(r"\s*(?:[’']?\d\d(?:\d\d)?\s*)?[»”\"'’]", text[end : end + 12]) is not None
    if (
        gazetteer.is_place(name) and (not (direct or (quoted and closed)) or gazetteer.country_of_name(name))
    ) or (language.demonym_country(words[0]) or gazetteer.country_of_name(words[0])):
        return False  # a town's name is the exercise's only right after the word or in quotes
    if len(words) == 1 and words[0].isupper() and len(words[0]) < 6 and not (quoted and closed):
        return False  # an acronym: `l’exercice de l’OTAN`; not `l’exercice « SKYEX »`
    edition = re.match(r"[ \t]+(?:19|20)?\d\d(?![\w-])", text[end : end + 8]) is not None
    if (
        name.isupper()
        and len(words) == 1
        and not (quoted or named or edition or (direct and _not_a_body(result, name)))
    ):
        return False  # `(exercice NANOOK)` right after the word; not `l’exercice OTAN`, a body found
    if (
        not quoted
        and title_case_line(text, start, language)
        and any(headline_only(text, w, language) for w in words)
    ):
        return (
            False  # `Tradewinds Exercise Kicks Off In …`: a title-case headline's words the body never writes
        )
    if (
        not quoted
        and short_title_line(text, start, language)
        and re.search(
            rf"[A-ZÀ-Ý][\w’'-]*[ \t]+(?i:{alternation(language.exercise_words)})[ \t]+$", text[:start]
        )
        and any(headline_only(text, w, language, short=True) for w in words)
    ):
        return False  # `Tradewinds Exercise Kicks Off`: a short headline names the exercise before its word
    if re.search(rf"(?:{language.rank_pattern})\s+$", text[max(0, start - 40) : start], re.IGNORECASE):
        return False  # `le contre-amiral Joseph Mensah Addo`: a person
    before = text[max(0, start - 3) : start]
    return (
        not re.search(rf"\b(?:{alternation(language.locatives)})\s+$", before, re.IGNORECASE)
        or quoted
        or described
    )
