"""The French spaCy pipeline, loaded once per process from its pinned PyPI package (never downloaded).

Sentence boundaries are set by rule before the parser (which respects them): news sentences end
at `.`, `!`, `?` before a capital, or at a line break. The statistical splitter cuts inside
`chef d’état-major général` and after `À Tripoli`, and every later step reads sentences.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..errors import EngagementsError

MODEL = "fr_core_news_md"
SUPPORTED_LANGUAGES = frozenset({"fr"})
_ENDS = {".", "!", "?", "…"}


def set_sentences(doc: Any) -> Any:
    """Mark sentence starts: after sentence-final punctuation before a capital, and after line breaks."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        previous = doc[i - 1]
        starts = ("\n" in previous.text or "\n" in previous.whitespace_) or (
            previous.text in _ENDS and (token.text[:1].isupper() or token.text[:1] in '«"“0123456789')
        )
        token.is_sent_start = bool(starts)
    return doc


@cache
def pipeline() -> Any:
    """The loaded `fr_core_news_md` pipeline (raises with the fix when the package is missing)."""
    try:
        import spacy
        from spacy.language import Language
    except ImportError as error:
        raise EngagementsError(
            f"spaCy is not installed ({error}); install the project with `pip install .`"
        ) from None
    if "engagements_sentences" not in Language.factories:
        Language.component("engagements_sentences")(set_sentences)
    try:
        nlp = spacy.load(MODEL)
    except OSError as error:
        raise EngagementsError(
            f"the French language model {MODEL!r} is not installed ({error}); "
            "install the project with `pip install .`, which pins it"
        ) from None
    nlp.add_pipe("engagements_sentences", before="parser")
    return nlp


def analyse(text: str) -> Any:
    """Tokens, sentences, entities and dependency parse of `text`."""
    return pipeline()(text)
