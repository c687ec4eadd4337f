"""Language pipelines: spaCy models from installed packages, loaded once per process, never downloaded.

Each language names the pipelines it prefers (`Language.models`) and a pinned fallback. An
installed preferred pipeline (a standard English `en_core_web_*` a user added) is used
automatically and announced on stderr; otherwise the fallback reads the text, and for a language
that is not its own only its named-entity proposals are used (`Language.parser_reliable`).

Sentence boundaries are set by rule before the parser (which respects them): a sentence ends at
`.`, `!`, `?` before a capital, a digit or an opening quote, or at a line break; never after an
initial (`Daniel R. Whitcombe`) or an abbreviation (`Gen.`, `M.`, `Jan.`). The statistical
splitter cuts inside `chef d’état-major général` and after `À Tripoli`, and every later step
reads sentences.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from typing import Any

from ..errors import EngagementsError
from ..languages import LANGUAGES
from ..languages.base import Language

_ENDS = {".", "!", "?", "…"}
_WRAPPED_LINE = 50
"""A line at least this long that ends with no punctuation was wrapped, not a headline or a label."""
_WRAP_WIDTH = 100
"""A paragraph with a longer line was not wrapped by hand: its line breaks end sentences."""
ABBREVIATIONS = frozenset(
    {"gen", "lt", "col", "maj", "brig", "adm", "capt", "sgt", "cdr", "cmdr", "cdre", "mr", "mrs", "ms", "dr",
     "prof", "hon", "m", "mm", "mme", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc", "gal", "gén", "rev", "sen", "rep",
     "gov", "vol", "ret", "inc", "co", "corp", "vs", "etc", "s.e", "u.s", "u.n", "e.g", "i.e", "p",
     "a.i", "gral", "cnel", "tte", "alm"}
)  # fmt: skip
"""Words that end with a full stop without ending the sentence."""


_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
"""`O.O.`, `S.K.`: a person's two initials before the surname, no sentence's end (three, `U.A.E.`,
`D.R.C.`, more often end a country's name and the sentence)."""


def _abbreviation(token: Any) -> bool:
    word = token.text.rstrip(".").lower()
    return (
        word in ABBREVIATIONS
        or (len(token.text.rstrip(".")) == 1 and token.text[:1].isupper())
        or _INITIALS.fullmatch(token.text) is not None
    )


_NEXT_VISIBLE = re.compile(r"[ \t]*(\S)")
"""The first visible character after a line break, read in place (a slice of the rest of the text
at every break made the reading quadratic)."""


def _soft_break(text: str, newline: int, widths: dict[tuple[int, int], int]) -> bool:
    """Whether the line break at or after `newline` only wraps a paragraph (`a reçu` / `mardi à
    Niamey`): a single break after a line that ends no sentence, before a line that goes on in
    lower case, or after a full-width line of a hand-wrapped paragraph (every line short) that is
    not the first (a headline's). Blank lines, short lines (labels, headlines) and lines ending with a
    full stop, a question or a colon end. `widths` keeps each paragraph's widest line once measured:
    a page with no blank line is one paragraph, measured again at every break otherwise."""
    newline = text.find("\n", newline)
    if newline == -1:
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    after = _NEXT_VISIBLE.match(text, newline + 1)
    if not line or after is None or line[-1] in '.!?…:;»”"':
        return False
    if after.group(1).islower():
        return True
    if line_start == 0 or line[-1] in ")":
        return False
    block_start = text.rfind("\n\n", 0, newline)
    block_end = text.find("\n\n", newline)
    bounds = (block_start + 1 if block_start != -1 else 0, block_end if block_end != -1 else len(text))
    if bounds not in widths:
        widths[bounds] = max(len(other.strip()) for other in text[bounds[0] : bounds[1]].split("\n"))
    widest = widths[bounds]
    return widest <= _WRAP_WIDTH and len(line) >= max(_WRAPPED_LINE, widest * 0.7)


def set_sentences(doc: Any) -> Any:
    """Mark sentence starts: after sentence-final punctuation before a capital, and after line breaks.

    The marks are written in one pass (`Doc.from_array`): spaCy's `Token.is_sent_start` setter
    first checks the whole document for a parse, so setting it token by token was quadratic (a
    50,000-character page of brackets spent 9 of its 15 seconds there)."""
    import numpy  # spaCy's own dependency, imported with it
    from spacy.attrs import SENT_START

    # spaCy's arrays are unsigned: -1 (no start) is written as its two's complement, read back as -1
    marks = numpy.array([1 if start else -1 for start in sentence_starts(doc)], dtype=numpy.int64)
    marks = marks.astype(numpy.uint64)
    if len(marks):
        doc.from_array([SENT_START], marks.reshape((len(marks), 1)))
    return doc


def sentence_starts(doc: Any) -> list[bool]:
    """Whether each token of `doc` starts a sentence, by the rules of `set_sentences`."""
    text = doc.text  # built from every token at each call: read once, not at every line break
    widths: dict[tuple[int, int], int] = {}
    starts: list[bool] = []
    for i, token in enumerate(doc):
        if i == 0:
            starts.append(True)
            continue
        previous = doc[i - 1]
        if token.is_space and "\n" in token.text and _soft_break(text, token.idx, widths):
            starts.append(False)
            continue
        if "\n" in previous.text or "\n" in previous.whitespace_:
            newline = previous.idx + (
                previous.text.index("\n") if "\n" in previous.text else len(previous.text)
            )
            starts.append(not _soft_break(text, newline, widths))
            continue
        ends = previous.text in _ENDS or (previous.text.endswith(".") and not _abbreviation(previous))
        if previous.text == "." and i >= 2 and _abbreviation(doc[i - 2]) and not doc[i - 2].whitespace_:
            ends = False  # `Gen. Daniel`, `R. Whitcombe`: an abbreviation, not a full stop
        if previous.text.endswith(".") and previous.text != "." and _abbreviation(previous):
            ends = False
        capital = token.text[:1].isupper() or token.text[:1] in '«"“0123456789'
        starts.append(bool(ends and capital and not token.is_space))
    return starts


@dataclass(frozen=True)
class Model:
    """The pipeline that reads one language, and whether it is the language's own."""

    name: str
    version: str
    native: bool

    def describe(self) -> str:
        return f"{self.name}=={self.version}"


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def _version(name: str) -> str:
    try:
        return metadata.version(name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return "unknown"


@cache
def model_for(language: Language) -> Model:
    """The preferred installed pipeline of `language`, else its pinned fallback."""
    for name in language.models:
        if _installed(name):
            native = True
            if name != language.fallback_model:
                print(
                    f"engagements: {language.code} articles are read with {name} {_version(name)}"
                    " (installed)",
                    file=sys.stderr,
                )
            return Model(name, _version(name), native)
    native = language.fallback_model in language.models
    return Model(language.fallback_model, _version(language.fallback_model), native)


def models_in_use() -> list[Model]:
    """Every pipeline extraction would load now (part of the extraction cache key)."""
    return [model_for(language) for language in LANGUAGES.values()]


UNUSED_COMPONENTS = ("lemmatizer", "senter")
"""Pipeline components never loaded: extraction reads tokens, parts of speech, the parse and the
entities, never a lemma (the lemmatizer's lookup tables are half the loading time), and sentences
come from `set_sentences` (the statistical `senter` ships disabled). Neither feeds a later
component, so what is read is unchanged; this module's code is part of the extraction cache key."""


@cache
def load(name: str) -> Any:
    """The loaded pipeline `name`, with the rule-based sentence boundaries (raises with the fix)."""
    try:
        import spacy
        from spacy.language import Language as SpacyLanguage
    except ImportError as error:
        raise EngagementsError(
            f"spaCy is not installed ({error}); "
            "install the extraction extra: pip install 'engagements[extract]'"
        ) from None
    if "engagements_sentences" not in SpacyLanguage.factories:
        SpacyLanguage.component("engagements_sentences")(set_sentences)
    from .token_match import lazy_large_patterns

    try:
        with lazy_large_patterns():  # the French token_match: compiled in the part a word may match
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise EngagementsError(
            f"the language model {name!r} is not installed ({error}); "
            "install the extraction extra: pip install 'engagements[extract]', which pins it"
        ) from None
    nlp.add_pipe("engagements_sentences", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def pipeline(language: Language | None = None) -> Any:
    """The loaded pipeline that reads `language` (French when not given)."""
    return load(model_for(language or LANGUAGES["fr"]).name)


def analyse(text: str, language: Language) -> Any:
    """Tokens, sentences, entities and (when reliable) the dependency parse of `text`."""
    return pipeline(language)(text)
