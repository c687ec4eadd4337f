"""Resolve: stable, readable ids, so the same entity gets the same id in every article and run."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..models.constants import ID_PREFIXES

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


def item_key(item: Any) -> str:
    """Identity of a list item, as an evidence field path addresses it (`participants[per-x]`).

    Positions change when lists merge or an extractor finds one more item; identities do not.
    A meeting participant is its person or organisation id; a role, place, exercise participant
    or topic is the slug of its text (with the evidence row's article, that names one role claim).
    """
    if isinstance(item, str):
        return slug(item)
    values: dict[str, Any] = item if isinstance(item, dict) else dict(item)

    def get(name: str) -> Any:
        return values.get(name)

    if get("person_id"):
        return str(get("person_id"))
    if get("organisation_id") and not get("name"):
        return str(get("organisation_id"))
    return slug(str(get("name") or get("role") or ""))


def meeting_id(
    article: str, date: str | None, persons: Iterable[str], organisations: Iterable[str], place: str | None
) -> str:
    """Id of a meeting one article reports, from what defines it there, not from its position.

    The named persons and the date define a meeting (two encounters of the same people on
    another day are two meetings); a meeting with no named person is defined by its
    organisations and place. The article is part of the id, so that reports from several
    articles only become one meeting through cross-article resolution, which records why
    (`judgements`) and keeps the other ids as redirects. When a defining fact changes (the
    extractor learns the date, a correction is not involved: corrections keep ids), the id
    changes; `engagements diff` reports that as a removal and an addition.
    """
    people = sorted(set(persons))
    basis = (
        ["persons", *people] if people else ["organisations", *sorted(set(organisations)), slug(place or "")]
    )
    return record_id("meetings", article, date or "", *basis)


def exercise_id(name: str, edition: int | None, article: str) -> str:
    """Id of an exercise: its series and edition (`exe-flintlock-2026`), the same in every article.

    Without an edition the series alone does not say which exercise is meant, so the id is
    qualified by the reporting article; cross-article resolution may still find its edition.
    """
    if edition is not None:
        return entity_id("exercises", f"{name} {edition}")
    series = entity_id("exercises", name)[: 64 - 13].rstrip("-")
    return f"{series}-{article.removeprefix(ID_PREFIXES['articles'] + '-')}"
