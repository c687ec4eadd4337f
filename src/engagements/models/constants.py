"""Constants of the models that need no pydantic: the validator reads them without loading the
models (`engagements validate` imports neither pydantic nor the models)."""

from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by common spreadsheets."""

LINE_FORBIDDEN = r"[\x00-\x1f\x7f-\x9f]"
"""Control characters (C0, DEL, C1) no one-line text may hold; also valid as a polars (Rust) regex."""
TEXT_FORBIDDEN = r"[\x00-\x09\x0b-\x1f\x7f-\x9f]"
"""The same, line feeds allowed."""
INVISIBLE = (
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0001\U000e0020-\U000e007f]"
)
"""Characters that do not show but change what text says or how it reads (Trojan Source): bidi
controls (U+202A-202E, U+2066-2069, LRM, RLM, ALM), zero-width and joining characters, the soft
hyphen, invisible operators, tags. A character class of the characters themselves (not escapes),
valid for Python's re and polars (Rust) alike."""

ID_PREFIXES = {
    "articles": "art",
    "persons": "per",
    "organisations": "org",
    "meetings": "mtg",
    "exercises": "exe",
    "evidence": "evi",
    "reviews": "cor",
    "judgements": "jdg",
    "external_evidence": "ext",
}
"""Table name -> id prefix. Ids are `prefix-` plus lower-case letters, digits and dashes."""

PRECISION_BY_LENGTH: dict[int, str] = {4: "year", 7: "month", 10: "day"}
