"""Resolve: stable, readable ids, so the same entity gets the same id in every article and run."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from ..models.types import ID_PREFIXES

MAX_SLUG = 48


def slug(text: str) -> str:
    """ASCII, lower-case, dash-separated form of a name (`Armée nationale libyenne` -> `armee-...`)."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", folded)
    value = "-".join(words) or "x"
    if len(value) > MAX_SLUG:
        value = value[:MAX_SLUG].rstrip("-") + "-" + digest(text, 8)
    return value


def digest(text: str, length: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def article_id(checksum: str) -> str:
    """Id of an article: its prefix and the first 12 hex digits of its text checksum."""
    return f"{ID_PREFIXES['articles']}-{checksum[:12]}"


def entity_id(table: str, name: str) -> str:
    """Id of a named entity: its prefix and the slug of its canonical name."""
    return f"{ID_PREFIXES[table]}-{slug(name)}"


def record_id(table: str, *parts: object) -> str:
    """Id of a record identified by its parts (evidence, events): a digest of them."""
    return f"{ID_PREFIXES[table]}-{digest('|'.join(map(str, parts)), 16)}"
