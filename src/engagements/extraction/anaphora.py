"""Anaphora: who `il`, `le maréchal`, `le général russe`, `son visiteur` or `the minister` is.

News refers back to people by pronoun, rank, position or nationality. Each reference resolves
to the most recently named person it fits: a rank or position they hold, the country they
serve; `son visiteur` / `his host` to the visitor of the visit being reported. Only the
sentence at hand is scanned, so the cost is linear in the article's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..languages.base import Language, alternation
from .acronyms import abbreviates
from .entities import PersonEntity
from .mentions import Extraction, Mention


@cache
def _description(language: Language) -> re.Pattern[str]:
    nouns = sorted(
        {*(r.lower().rstrip(".") for r in language.ranks), *(r.lower() for r in language.role_heads),
         *language.reference_nouns},
        key=len,
        reverse=True,
    )  # fmt: skip
    owners = alternation(language.description_owners).replace("’", "[’']")
    preps = alternation(language.grammar.complement_preps).replace("’", "[’']")
    return re.compile(
        # `the Indian army chief`: a nationality and a word of the position may come before its noun
        rf"(?<![\w’'])(?:{owners})\s*(?:(?P<pre>(?-i:[A-ZÀ-Ý][\w-]+))\s+(?:[a-zà-ÿ]+\s+)?)??"
        # `the navy chief`: a word of the position in lower case before its noun
        rf"(?:(?P<domain>(?-i:[a-zà-ÿ]{{3,}}))\s+)??"
        rf"(?P<noun>{'|'.join(re.escape(n) for n in nouns)})(?![\w-])"
        rf"(?P<rest>(?:\s+(?:(?:{preps})\s*)?(?-i:[a-zà-ÿA-ZÀ-Ý][\w’'-]*)){{0,4}})",
        re.IGNORECASE,
    )


def _descriptions(language: Language, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Every description in text[start:end]; the next is looked for right after a description's noun,
    since its complement may run over a name into the next one (`le président X et son homologue`)."""
    pattern, position = _description(language), start
    while (match := pattern.search(text, position, end)) is not None:
        yield match
        position = match.end("noun")


_NAME_AFTER = re.compile(r"\s*,?\s*(?:[A-Z][a-z]*\.\s*)*[A-ZÀ-Ý][a-zà-ÿ]")
"""`le général Daniel Whitcombe`, `le ministre, Omar Talbi`: the name itself follows."""


@dataclass(frozen=True)
class Reference:
    """A pronoun or description that stands for a named person."""

    person: int
    mention: Mention


def resolve(
    extraction: Extraction,
    start: int,
    end: int,
    people: list[tuple[int, Mention]],
    named_before: list[tuple[int, Mention]],
    visitor: int | None,
    persons: list[PersonEntity],
    subject: int | None = None,
) -> list[Reference]:
    """References in text[start:end] to people named earlier (`named_before`, in text order);
    `subject` is who the sentence before was about, named or referred to."""
    text, language = extraction.text, extraction.language
    found: list[Reference] = []
    taken = {index for index, _ in people}

    def refer(index: int | None, mention: Mention) -> None:
        """`mention` stands for person `index`, unless nobody or someone already taken."""
        if index is not None and index not in taken:
            taken.add(index)
            found.append(Reference(index, mention))

    visitor_nouns = {n.lower() for n in language.visitor_nouns}
    for match in _descriptions(language, text, start, end):
        noun = match["noun"].lower()
        phrase = _phrase(match, extraction)
        apposed = (
            _apposed_person(text, match.start("noun") + len(phrase), persons, language)
            if noun in language.counterpart_words
            else None
        )
        if apposed is not None:
            refer(apposed, Mention(match.group().strip(), match.start(), match.end()))
            continue
        if noun not in visitor_nouns and (
            _NAME_AFTER.match(text, match.end("noun"))
            or _NAME_AFTER.match(text, match.start("noun") + len(phrase))
            or _ranked_name_after(text, match.start("noun") + len(phrase), language)
        ):
            continue  # `le général Daniel Whitcombe`: the name follows, nothing to resolve
        if match["domain"]:
            words = text[match.start() : match.end("noun")]
            start_at = match.start() + len(words) - len(words.lstrip())
            refer(
                _domain_fit(noun, match["domain"], named_before, persons),
                Mention(words.strip(), start_at, match.end("noun")),
            )
            continue  # `the deputy chief`: nobody whose position holds both words is somebody else
        country = next((c for w in phrase.split()[1:] if (c := language.demonym_country(w))), None)
        if country is None and match["pre"]:
            country = language.demonym_country(match["pre"])
            if country is None:
                continue  # `the Pentagon chief`, `the Army chief`: not a nationality, another description
        candidate = None
        if noun in language.counterpart_words:
            candidate = _peer(match.start(), people, country, named_before, persons)
        if candidate is None:
            candidate = _fit(noun, phrase, country, named_before, persons, visitor, visitor_nouns, language)
        if candidate is None and _opens(text, start, match.start(), people):
            candidate = _unplaced_subject(noun, country, subject, extraction, named_before, start, persons)
        refer(candidate, Mention(match.group().strip(), match.start(), match.end()))
    for index, mention in _position_letters(extraction, start, end, named_before, persons):
        refer(index, mention)
    latter = _any_word(language.grammar.latter_words).search(text, start, end)
    if latter and not any(latter.start() < m.end and m.start < latter.end() for _, m in people):
        named = [(m.start, i) for i, m in named_before if m.start < latter.start()]
        last = max(named)[1] if named else None
        refer(last, Mention(latter.group(), latter.start(), latter.end()))  # `Ce dernier a …`: X
    pair = _pair_phrase(language).search(text, start, end)
    if (
        pair
        and not any(pair.start() < m.end and m.start < pair.end() for _, m in people)
        and not _owned(text, pair.end(), language)
    ):
        # `Les deux généraux ont eu un entretien avec …`: the last two generals named
        for index in _pair(pair["noun"].lower(), extraction, named_before, persons, start):
            refer(index, Mention(pair.group(), pair.start(), pair.end()))
    they = _any_word(language.grammar.plural_pronouns).search(text, start, end)
    if they and _opens(text, start, they.start(), people) and not _impersonal(text, they.end(), language):
        for index in _last_group(extraction, named_before, start):
            refer(index, Mention(they.group(), they.start(), they.end()))
    pronoun = _any_word(language.pronouns).search(text, start, end)
    if pronoun and not _impersonal(text, pronoun.end(), language):
        if subject is None:
            subject = _last_subject(extraction, named_before, start)
        refer(subject, Mention(pronoun.group(), pronoun.start(), pronoun.end()))
    return found


def _position_letters(
    extraction: Extraction,
    start: int,
    end: int,
    named_before: list[tuple[int, Mention]],
    persons: list[PersonEntity],
) -> list[tuple[int, Mention]]:
    """`called on the COAS`: a position's letters after an owner word stand for the person named
    last whose position they abbreviate (`Chief of Army Staff (COAS) General X`)."""
    letters = sorted(extraction.position_acronyms, key=len, reverse=True)
    if not letters:
        return []
    language = extraction.language
    owners = alternation(language.description_owners).replace("’", "[’']")
    pattern = rf"(?<![\w’'])(?:{owners})\s*(?P<letters>{alternation(tuple(letters))})(?![\w-])"
    found = []
    text = extraction.text
    for match in re.finditer(pattern, text[start:end], re.IGNORECASE):
        following = start + match.end()
        if _another_holder(language).match(text, following, following + 40):
            continue  # `the CDS of Ghana, Vice Admiral X`: another holder, named next
        for index, _ in reversed(named_before):
            if any(_abbreviated(match["letters"], c.role.text, language) for c in persons[index].roles):
                mention = Mention(match.group().strip(), start + match.start(), start + match.end())
                found.append((index, mention))
                break
    return found


@cache
def _another_holder(language: Language) -> re.Pattern[str]:
    """A complement (`of Ghana`) or an apposed rank (`, Vice Admiral`) after a position's letters."""
    preps = alternation(language.grammar.complement_preps).replace("’", "[’']")
    return re.compile(rf"\s+(?:{preps})\s*[A-ZÀ-Ý]|\s*,\s*(?:{language.rank_pattern})")


def _abbreviated(letters: str, role: str, language: Language) -> bool:
    """`COAS` for `Chief of Army Staff`: every word's initial, small words too, or the content words'
    prefixes."""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w-]*", role))
    return initials.upper() == letters.upper() or abbreviates(letters, role, language)


def _opens(text: str, start: int, offset: int, people: list[tuple[int, Mention]]) -> bool:
    """The description is the clause's subject: nothing but punctuation before it, or an opening
    phrase ended by a comma (`En marge du salon, le ministre …`) that names no one."""
    before = text[start:offset]
    return not any(start <= m.start < offset for _, m in people) and bool(
        re.fullmatch(r"[\W_]*|[^.;:]*,\s*", before)
    )


def _unplaced_subject(
    noun: str,
    country: str | None,
    subject: int | None,
    extraction: Extraction,
    named_before: list[tuple[int, Mention]],
    start: int,
    persons: list[PersonEntity],
) -> int | None:
    """`M. X se rend à Madrid. … Le ministre reçoit l’ambassadeur`: a position that no one named
    holds, as the subject, is the person the text was about, when their position was never
    written (the headline or the page says it). A rank (`le général`) is a title the text would
    have given; a person whose position or rank is known is not taken for another."""
    language = extraction.language
    if noun not in {r.lower() for r in language.role_heads}:
        return None
    if subject is None:
        subject = _last_subject(extraction, named_before, start)
    if subject is None:
        return None
    person = persons[subject]
    if person.roles or person.titles or (country and person.country not in (None, country)):
        return None
    last = max(
        (m for i, m in named_before if i == subject and m.start < start), key=lambda m: m.start, default=None
    )
    if last is not None and _receives(extraction, start):
        s_start, s_end = extraction.sentence_of(last.start)
        if _any_of(language.visit_words).search(extraction.text, s_start, s_end):
            return None  # `X est arrivé à Dakar. Le ministre a reçu Y`: a visitor, not the one receiving
    return subject


def _receives(extraction: Extraction, start: int) -> bool:
    """Whether the sentence at `start` has a verb of receiving (`a reçu`, `hosted`)."""
    s_start, s_end = extraction.sentence_of(start)
    return _any_of(extraction.language.receiving_verbs).search(extraction.text, s_start, s_end) is not None


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` (pronouns) as a whole word."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w’'-])", re.IGNORECASE)


@cache
def _any_of(regexes: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `regexes` (a language's verbs of visiting, of receiving) as whole words."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(regexes)})(?![\w-])", re.IGNORECASE)


def _impersonal(text: str, end: int, language: Language) -> bool:
    """`il s’agit`, `il y a`, `il faut`, `it is`: no one is referred to."""
    after = "|".join(language.grammar.impersonal_after_pronoun)
    return bool(re.match(rf"\s+(?:{after})", text[end : end + 20]))


@cache
def _small_words(language: Language) -> frozenset[str]:
    """The words of complement prepositions (`de`, `la`, `l’`, `of`, `the`), apostrophes both ways."""
    words = {w for prep in language.grammar.complement_preps for w in re.findall(r"\w+[’']?", prep)}
    return frozenset(words | {w.replace("’", "'") for w in words})


def _phrase(match: re.Match[str], extraction: Extraction) -> str:
    """The description without its owner: the noun and its complement (`chef d’Etat major
    adjoint`, `général russe`), stopping at the verb (`le vice-ministre s’était rendu`)."""
    language, doc = extraction.language, extraction.doc
    words = [match["noun"]]
    offset = match.start("rest")
    small = _small_words(language)
    elided = tuple(w for w in small if w[-1] in "’'")
    for word in re.finditer(r"\S+", match["rest"] or ""):
        token = doc.char_span(offset + word.start(), offset + word.end(), alignment_mode="expand")
        pos = token[0].pos_ if token is not None and len(token) and language.parser_reliable else ""
        text = word.group()
        after_small = words[-1].lower() in small
        if (
            language.demonym_country(text)
            or text.lower() in small
            or text.lower().startswith(elided)  # `chef d’Etat-major`; not `s’entretient`, a verb
            or (
                language.parser_reliable
                and (pos == "ADJ" or (after_small and pos in ("NOUN", "PROPN", "DET")))
            )
            or (not language.parser_reliable and after_small and text[:1].isupper())
        ):
            words.append(text)
        else:
            break
    while words and words[-1].lower() in small:
        words.pop()
    return " ".join(words)


def _ranked_name_after(text: str, offset: int, language: Language) -> bool:
    """`son chef d’état-major Général Amadou Toké`, `le chef d’état-major des FARDC le général X`: a
    rank (after an article only with no comma between) then the name."""
    articles = alternation(language.grammar.definite_articles).replace("’", "[’']")
    return bool(
        re.match(
            rf"(?:\s*,?|\s+(?:{articles}))\s*(?:{language.rank_pattern})\s+[A-ZÀ-Ý]",
            text[offset : offset + 60],
            re.IGNORECASE,
        )
    )


def _apposed_person(text: str, offset: int, persons: list[PersonEntity], language: Language) -> int | None:
    """`avec son homologue burkinabè, le Général Moïse Minoungou, le Général X a salué`: the
    counterpart an apposition closed by a comma names (`avec le ministre, le général X a dit`, unclosed, names
    the clause's subject instead)."""
    articles = alternation(language.grammar.definite_articles).replace("’", "[’']")
    apposed = re.match(
        rf"\s*,\s*(?:{articles})\s*(?:{language.rank_pattern})\s+(?P<name>[A-ZÀ-Ý][\w’'-]*"
        rf"(?:\s+[A-ZÀ-Ý][\w’'-]*){{0,3}})\s*,",
        text[offset : offset + 80],
        re.IGNORECASE,
    )
    if apposed is None:
        return None
    start = offset + apposed.start("name")
    return next((i for i, p in enumerate(persons) if any(m.start == start for m in p.mentions)), None)


def _norm(text: str) -> str:
    """Lower case, apostrophes as spaces, no accents; hyphens kept (`chef d’État-major` is no `chef
    d’État`)."""
    return re.sub(r"[\s’']+", " ", text.lower()).replace("é", "e").replace("è", "e").strip()


def _domain_fit(
    noun: str, domain: str, named_before: list[tuple[int, Mention]], persons: list[PersonEntity]
) -> int | None:
    """`the navy chief`, `the naval chief`: the person named last whose position holds the noun and
    the word before it, or its adjective (`navy`: `naval`; `Chief of Naval Staff`); not another word
    of the same start (`the police chief` is no `Chief of Policy`)."""
    domain = domain.lower()
    forms = {domain, domain[:-1] + "al"} if domain.endswith("y") else {domain}
    for index, _ in reversed(named_before):
        for role in persons[index].roles:
            words = re.findall(r"[^\W\d_]+", role.role.text.lower())
            if noun in words and forms & set(words):
                return index
    return None


def _same_position(description: str, role: str, language: Language) -> bool:
    """`le ministre` fits `ministre de la Défense`; `le président` fits `chef de l’État` (synonyms)."""
    desc, held = _norm(description), _norm(role)
    if held.startswith(desc) or (len(desc.split()) > 1 and desc.startswith(held)):
        return True
    for group in language.role_synonyms:
        forms = [_norm(f) for f in group]
        if any(desc == f or desc.startswith(f + " ") for f in forms) and any(
            held.startswith(f) for f in forms
        ):
            return True
    return False


def _peer(
    start: int,
    people: list[tuple[int, Mention]],
    country: str | None,
    named_before: list[tuple[int, Mention]],
    persons: list[PersonEntity],
) -> int | None:
    """`Emmanuel Macron et son homologue djiboutien`: the counterpart of the person named just before
    holds the same position (the head of a role both hold: `président`) for another country; the
    last such person named, when the owner's position is known."""
    owner = next((i for i, m in reversed(people) if m.end <= start), None)
    if owner is None:
        return None
    heads = _position_heads(persons[owner])
    own_country = persons[owner].country
    for index, _ in reversed(named_before):
        person = persons[index]
        if index == owner or (country and person.country not in (None, country)):
            continue
        if own_country and person.country == own_country:
            continue
        if heads & _position_heads(person):
            return index
    return None


def _position_heads(person: PersonEntity) -> set[str]:
    """The first word of each role the person holds (`président`, `ministre`), normalised."""
    return {_norm(c.role.text).split()[0] for c in person.roles if c.role.text.strip()}


def _fit(
    noun: str,
    phrase: str,
    country: str | None,
    named_before: list[tuple[int, Mention]],
    persons: list[PersonEntity],
    visitor: int | None,
    visitor_nouns: set[str],
    language: Language,
) -> int | None:
    if noun in visitor_nouns:
        return visitor
    titles_only = noun in {r.lower().rstrip(".") for r in language.ranks}
    if noun in language.officer_nouns:  # `l’officier norvégien`: the one with a rank
        ranked = [
            i for i, _ in reversed(named_before)
            if persons[i].titles and (country is None or persons[i].country in (None, country))
        ]  # fmt: skip
        if ranked:
            return ranked[0]
    for index, _ in reversed(named_before):
        person = persons[index]
        if country and person.country and person.country != country:
            continue
        titles = {t.text.lower().rstrip(".") for t in person.titles}
        if noun in titles or any(t.startswith(noun) for t in titles):
            return index
        if not titles_only and any(_same_position(phrase, c.role.text, language) for c in person.roles):
            return index
    if country:  # `le général russe`: the person of that nationality named last
        same = [index for index, _ in reversed(named_before) if persons[index].country == country]
        return same[0] if same else None
    return None


@cache
def _pair_phrase(language: Language) -> re.Pattern[str]:
    """`les deux généraux`, `the two ministers`: a definite article, the word for two, a noun."""
    articles = alternation(language.grammar.definite_articles).replace("’", "[’']")
    return re.compile(
        rf"(?<![\w’'])(?:{articles})\s+(?:{alternation(language.pair_words)})\s+(?P<noun>[a-zà-ÿ-]+)",
        re.IGNORECASE,
    )


def _pair(
    noun: str,
    extraction: Extraction,
    named_before: list[tuple[int, Mention]],
    persons: list[PersonEntity],
    start: int,
) -> list[int]:
    """The two people named last whose rank or position the plural noun names (`généraux`:
    `général`, `ministres`: `ministre`); for a noun of any party (`les deux responsables`), also
    the two named last in the sentence just before. Fewer than two: none."""
    forms = {noun, noun[:-1], noun[:-3] + "al"} if len(noun) > 3 else {noun}
    generic = noun in extraction.language.counterpart_words
    recent = _last_group(extraction, named_before, start) if generic else None
    # the people who take part first; then every mention, the source of a quote too (`a déclaré le
    # général X, qui accompagne le général Y`), when they are not two
    every = sorted((m.start, i) for i, p in enumerate(persons) for m in p.mentions if m.end <= start)
    for named in ([(m.start, i) for i, m in named_before], every):
        found: list[int] = []
        for _, index in reversed(named):
            person = persons[index]
            held = {t.text.lower().rstrip(".") for t in person.titles} | _position_heads(person)
            # `Gen.` for `generals`: an abbreviated rank begins the noun's singular
            fits = any(h == f or (len(h) >= 3 and f.startswith(h)) for h in held for f in forms) or (
                recent is not None and index in recent
            )
            if fits and index not in found:
                found.append(index)
            if len(found) == 2:
                return found
    return []


def _owned(text: str, end: int, language: Language) -> bool:
    """`the two generals of the Malian air force`: others, described by their complement (not `les
    deux généraux français`, the two just named)."""
    preps = alternation(language.grammar.complement_preps).replace("’", "[’']")
    after = re.match(r"\s+([\w’'-]+)", text[end : end + 40])
    return after is not None and re.fullmatch(rf"(?:{preps})", after[1], re.IGNORECASE) is not None


def _last_group(extraction: Extraction, named_before: list[tuple[int, Mention]], start: int) -> list[int]:
    """`X et Y seront à Dakar. Ils vont échanger avec Z`: the people the sentence just before named,
    when it named two or more (fewer, and `ils` may be soldiers, states or anyone)."""
    before = [s for s in extraction.sentences if s[1] <= start][-1:]
    for s_start, s_end in before:
        inside = list(
            dict.fromkeys(index for index, mention in named_before if s_start <= mention.start < s_end)
        )
        if len(inside) >= 2:
            return inside
    return []


def _last_subject(extraction: Extraction, named_before: list[tuple[int, Mention]], start: int) -> int | None:
    """The person the previous sentences were about: the first named in the nearest one naming anyone."""
    for s_start, s_end in reversed([s for s in extraction.sentences if s[1] <= start][-3:]):
        inside = [index for index, mention in named_before if s_start <= mention.start < s_end]
        if inside:
            return inside[0]
    return None
