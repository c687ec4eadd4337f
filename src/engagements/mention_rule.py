"""What counts as a mention of a record: one of its names, or words of them.

One rule for the extraction (an exercise's name evidence, `pipeline/build.py`) and for the
validator (`package/support.py`, `evidence_not_a_mention`). It lives apart from both so that the
extraction cache key, which covers the modules extraction imports, does not cover the validator.
"""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, no accents, one apostrophe and single spaces: how a mention compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-‐‑]", " ", bare).split())


def names_a(quote: str, forms: list[str], within: bool = False) -> bool:
    """Whether `quote` is one of `forms` or made of their words (`Haftar`, `Saddam`); `within`: or
    holds one of them (`Flintlock 2026`, `l’exercice Flintlock`, as an exercise is cited)."""
    folded = fold(quote)
    if not folded:
        return False
    if any(folded == fold(form) for form in forms):
        return True
    if within and any(f" {fold(form)} " in f" {folded} " for form in forms if fold(form)):
        return True
    words = {word for form in forms for word in fold(form).split()}
    return set(folded.split()) <= words
