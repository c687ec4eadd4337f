"""Hostile text: the readings kept per text or per paragraph give the answers of the readings
they replaced, which asked the whole text again at every name, bracket or line break.

Speed itself is measured by `benchmarks/hostile_text.py`, never asserted here; these tests only
guard that keeping an answer never changes it, on random texts built from the shapes that made
the readings quadratic (repeated names after ship nouns, repeated brackets, endless lines, pages
without blank lines)."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from engagements.extraction import clauses, names, nlp, organisations, persons, roles
from engagements.extraction.mentions import DisjointSpans, Spans
from engagements.extraction.names import Name
from engagements.languages import get as get_language

FRENCH = get_language("fr")
ENGLISH = get_language("en")
assert FRENCH is not None and ENGLISH is not None

PIECES = (
    "le destroyer ",
    "the frigate ",
    "USS ",
    "Michael Murphy",
    "Murphy",
    " du ",
    "(ABC)",
    "( ABC )",
    "Security Conference 2024 ",
    "Forum ",
    "{{",
    "ABC DEF ",
    "abc ",
    "\n",
    "\n\n",
    ". ",
    ": ",
    "a reçu ",
    "Le ministre ",
)
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _old_soft_break(text: str, newline: int) -> bool:
    """`nlp._soft_break` as it was: the rest of the text sliced and the paragraph measured at every break."""
    newline = text.find("\n", newline)
    if newline == -1:
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    after = re.match(r"[ \t]*(\S)", text[newline + 1 :])
    if not line or after is None or line[-1] in '.!?…:;»”"':
        return False
    if after.group(1).islower():
        return True
    if line_start == 0 or line[-1] in ")":
        return False
    block_start = text.rfind("\n\n", 0, newline)
    block_end = text.find("\n\n", newline)
    block = text[block_start + 1 if block_start != -1 else 0 : block_end if block_end != -1 else len(text)]
    widest = max(len(other.strip()) for other in block.split("\n"))
    return widest <= nlp._WRAP_WIDTH and len(line) >= max(nlp._WRAPPED_LINE, widest * 0.7)


@given(texts)
def test_a_paragraphs_width_kept_gives_the_same_line_breaks(text: str) -> None:
    widths: dict[tuple[int, int], int] = {}
    for newline in (m.start() for m in re.finditer("\n", text)):
        assert nlp._soft_break(text, newline, widths) == _old_soft_break(text, newline)
        assert nlp._soft_break(text, newline, {}) == _old_soft_break(text, newline)


def test_a_paragraphs_width_is_measured_once() -> None:
    text = "Une ligne sans point\nqui continue\nUne Autre Ligne\nEt Encore Une\n\nFin."
    widths: dict[tuple[int, int], int] = {}
    for newline in (m.start() for m in re.finditer("\n", text)):
        nlp._soft_break(text, newline, widths)
    assert list(widths) == [(0, text.index("\n\n"))]


@given(texts, st.sampled_from(["Michael Murphy", "Murphy", "ABC"]), st.integers(0, 200))
def test_ship_names_kept_per_text_give_the_same_answer(text: str, core: str, start: int) -> None:
    for language in (FRENCH, ENGLISH):
        old = any(
            ship.start() != start
            and persons._ship_before(language).search(text[max(0, ship.start() - 60) : ship.start()])
            for ship in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w’'-])", text)
        )
        new = any(at != start for at in persons._written_as_ship(text, core, language))
        assert new == old


@given(texts)
def test_bracketed_letters_kept_per_text_give_the_same_answer(text: str) -> None:
    for language in (FRENCH, ENGLISH):
        old = False
        for paren in re.finditer(r"\(\s*ABC\s*\)", text):
            words = text[max(0, paren.start() - 80) : paren.start()].split()
            named = []
            for word in reversed(words):
                if not (word[:1].isupper() or word.isdigit() or word.lower() in language.link_words):
                    break
                named.append(word)
            old = old or organisations._gathering(" ".join(named), language)
        assert organisations._bracketed_after_gathering(text, "ABC", language) == old


@given(texts, st.integers(0, 400), st.integers(0, 400))
def test_a_lines_capitals_kept_per_line_give_the_same_answer(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    line = text[start:end]
    letters = [c for c in line if c.isalpha()]
    old = "{{" in line or (bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters))
    assert organisations._template_or_capitals(text, start, end) == old


def test_a_ship_named_elsewhere_is_still_found() -> None:
    """The kept reading still answers the question it was written for."""
    text = "Le destroyer Michael Murphy est arrivé. Le commandant du Michael Murphy a reçu le ministre."
    second = text.rindex("Michael Murphy")
    assert any(at != second for at in persons._written_as_ship(text, "Michael Murphy", FRENCH))
    assert not persons._written_as_ship(
        "Le ministre Michael Murphy a reçu le général.", "Michael Murphy", FRENCH
    )


@given(texts, st.integers(0, 400))
def test_a_lines_words_kept_per_line_are_the_words_read_before(text: str, offset: int) -> None:
    offset = min(offset, len(text))
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    line = text[start : end if end != -1 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    for language in (FRENCH, ENGLISH):
        counted = [w for w in words if len(w) > 3 and w.lower() not in names._small_words(language)]
        assert names._line_words(text, offset, language) == (line, tuple(words), tuple(counted))


spans = st.lists(st.tuples(st.integers(0, 20), st.integers(1, 6), st.booleans()), max_size=30)


@given(spans)
def test_names_kept_by_reach_are_those_kept_by_scanning_every_kept_name(
    raw: list[tuple[int, int, bool]],
) -> None:
    """`_accept` skips a name that starts before the furthest end of those kept, which in start order
    is exactly a name overlapping one of them."""
    candidates = {(s, s + n): (Name(s, s + n, "x", ("x",)), None, ok) for s, n, ok in raw}
    with mock.patch.object(persons, "_plausible", lambda result, name, introduced: introduced):
        new = persons._accept(None, candidates)  # type: ignore[arg-type]
    old: list[tuple[Name, None, bool]] = []
    for name, title, ok in sorted(candidates.values(), key=lambda c: (c[0].start, -(c[0].end - c[0].start))):
        if any(k.start <= name.start < k.end or name.start <= k.start < name.end for k, _, _ in old):
            continue
        if ok:
            old.append((name, title, ok))
    assert new == old


ROLE_PIECES = (
    "le ministre ",
    "Ministre de la Défense ",
    "chef ",
    "commander of ",
    "Dupont",
    ", ",
    ",",
    " ",
    "x",
)
role_texts = st.lists(st.sampled_from(ROLE_PIECES), max_size=40).map("".join)


@given(role_texts, st.integers(0, 300), st.integers(0, 300), st.integers(0, 300))
def test_heads_read_once_per_sentence_are_those_read_up_to_each_name(
    text: str, a: int, b: int, c: int
) -> None:
    start, at, end = sorted(min(x, len(text)) for x in (a, b, c))
    for language in (FRENCH, ENGLISH):
        old = [(h.start(), h.end()) for h in roles._role_head(language).finditer(text, start, at)]
        new = [(h.start(), h.end()) for h in roles._heads_before(text, start, end, at, language)]
        assert new == old


@given(role_texts)
def test_a_comma_tail_tried_at_the_last_two_commas_is_the_tail_searched_everywhere(window: str) -> None:
    for language in (FRENCH, ENGLISH):
        articles = roles._alt(language.grammar.definite_articles)
        old = re.search(rf",\s*(?:(?:{articles})\s*)?(?:[\w’'.-]+(?:\s[\w’'.-]+){{0,3}}\s*,?\s*)?$", window)
        new = roles._comma_tail(window, language)
        assert (new.span() if new else None) == (old.span() if old else None)


def _old_set_sentences(doc):  # type: ignore[no-untyped-def]
    """`nlp.set_sentences` as it was: each token's mark set through spaCy's setter."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        previous = doc[i - 1]
        if token.is_space and "\n" in token.text and _old_soft_break(doc.text, token.idx):
            token.is_sent_start = False
            continue
        if "\n" in previous.text or "\n" in previous.whitespace_:
            newline = previous.idx + (
                previous.text.index("\n") if "\n" in previous.text else len(previous.text)
            )
            token.is_sent_start = not _old_soft_break(doc.text, newline)
            continue
        ends = previous.text in nlp._ENDS or (previous.text.endswith(".") and not nlp._abbreviation(previous))
        if previous.text == "." and i >= 2 and nlp._abbreviation(doc[i - 2]) and not doc[i - 2].whitespace_:
            ends = False
        if previous.text.endswith(".") and previous.text != "." and nlp._abbreviation(previous):
            ends = False
        starts = token.text[:1].isupper() or token.text[:1] in '«"“0123456789'
        token.is_sent_start = bool(ends and starts and not token.is_space)
    return doc


SENTENCE_PIECES = (
    "Le général",
    " Gen.",
    " M.",
    " R.",
    " dit",
    ". ",
    "!",
    "\n",
    "\n\n",
    " ",
    "«",
    "que",
    "A.B.",
    "3",
)


@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40).map("".join))
def test_sentence_marks_written_at_once_are_those_set_token_by_token(text: str) -> None:
    import spacy

    blank = spacy.blank("fr")
    new, old = nlp.set_sentences(blank(text)), _old_set_sentences(blank(text))
    assert [t.is_sent_start for t in new] == [t.is_sent_start for t in old]


def test_a_repeated_name_is_propagated_as_before() -> None:
    """Every occurrence of an accepted name is a mention, found through the offsets' index."""
    from engagements.extraction.extract import extract

    text = (
        "Le ministre Jean Dupont a reçu le général. "
        + "Dupont a parlé. M. Dupont, " * 5
        + "Jean Dupont est parti."
    )
    found = extract(text, FRENCH)
    ends = sorted(p.name.end for p in found.persons if p.name.text.endswith("Dupont"))
    assert ends == [m.end() for m in re.finditer("Dupont", text)]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8))), st.integers(0, 40), st.integers(0, 10))
def test_spans_overlap_by_bisection_as_by_scanning_them_all(
    raw: list[tuple[int, int]], start: int, size: int
) -> None:
    spans = [(s, s + n) for s, n in raw]
    end = start + size
    assert Spans(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert list(Spans(spans)) == sorted(spans)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=40))
def test_triggers_taken_in_order_overlap_as_when_scanned(raw: list[tuple[int, int]]) -> None:
    """Spans offered in any order, each taken unless it overlaps one taken: the same spans taken."""
    fast, slow = DisjointSpans(), []
    kept_fast, kept_slow = [], []
    for start, size in raw:
        end = start + size
        if not fast.overlaps(start, end):
            fast.add(start, end)
            kept_fast.append((start, end))
        if not any(s < end and start < e for s, e in slow):
            slow.append((start, end))
            kept_slow.append((start, end))
    assert kept_fast == kept_slow


def test_the_entity_that_can_hold_a_name_is_the_last_one_starting_before_it() -> None:
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("fr")("Le groupe Ocean Viking a rencontré la Marine nationale hier .")
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 7, 9, label="ORG")]
    entities = list(doc.ents)
    starts = [e.start_char for e in entities]
    for offset in range(len(doc.text)):
        holding = [e for e in entities if e.start_char <= offset < e.end_char]
        found = persons._entity_at(entities, starts, offset)
        assert all(e in found for e in holding)
        assert len(found) <= 1
    assert persons._entity_at(entities, starts, 0) == []


PASSIVE_PIECES = (
    "the ",
    "les ",
    "l’",
    "aircraft ",
    "équipements ",
    "were ",
    "ont été ",
    "a été ",
    ", ",
    "; ",
    "(",
    "X ",
    " ",
)


@given(
    st.lists(st.sampled_from(PASSIVE_PIECES), max_size=30).map("".join),
    st.sampled_from(["", ", the aircraft were ", "; les équipements ont été ", "(the aircraft were "]),
)
def test_a_passive_subject_tried_at_its_last_opener_is_the_one_searched_everywhere(
    start: str, end: str
) -> None:
    window = start + end
    for language in (FRENCH, ENGLISH):
        g = language.grammar
        words = (*g.definite_articles, *g.indefinite_articles, *g.back_determiners)
        words += (*g.passive_auxiliaries, *g.perfect_auxiliaries)
        assert not any(sign in word for word in words for sign in clauses._SUBJECT_OPENERS)
        articles = clauses._words((*g.definite_articles, *g.indefinite_articles, *g.back_determiners))
        auxiliaries = clauses._words((*g.passive_auxiliaries, *g.perfect_auxiliaries))
        old = re.search(
            rf"(?:^|[,;:—–(]\s*)(?:{articles})(?:(?<=[’'])|\s+)((?-i:[a-zà-ÿ][\w-]*\s+){{1,3}}?)"
            rf"(?:(?:{auxiliaries})\s+){{1,2}}$",
            window,
            re.IGNORECASE,
        )
        new = clauses._passive_subject(window, language)
        assert ((new.span(), new.group(1)) if new else None) == ((old.span(), old.group(1)) if old else None)
