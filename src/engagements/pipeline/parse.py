"""Parse: raw article file -> `ParsedArticle` (clean text, metadata, and where metadata was read).

Decodes (UTF-8 with or without BOM; other encodings detected or rejected), normalises (HTML
entities, no-break spaces, CRLF, NFC, control characters), removes page furniture (counters,
share buttons, comment forms, "Lire aussi", tags) and reads credits: the source line
(`SOURCE : APA News/.../Le Caire (Egypte)`), agency datelines (`Alger, 22 janv. 2025 (APS) —`),
`Avec TAP`, `Publié le ...`. Credit lines stay in the text so their values keep evidence.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import strict_json
from ..errors import SourceError
from ..files import FileRefused, read_limited
from ..models.sidecar import ArticleMetadata
from ..models.types import INVISIBLE, invisible_character, partial_date_problem
from ..report import printable

MAX_SOURCE_BYTES = 2 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 64 * 1024

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\d+( \d+)*$",  # share / comment counters ("0 9")
        r"^\d+ (partages?|commentaires?|vues|shares?|comments?|views)$",
        r"^(laisse[rz]|postez|écrire) un commentaire\b.*",
        r"^votre adresse (e-?mail|email|courriel) ne sera pas (publiée|publique|affichée).*",
        r"^(les )?champs (obligatoires|requis)\b.*",
        r"^(commentaires?|comments?|vos réactions.*|donnez votre avis|réagir)$",
        r"^connectez-vous pour commenter.*",
        r"^(à |a )?lire (aussi|également)\b.*",
        r"^(voir aussi|read (also|more)|related)\b.*",
        r"^(tags?|mots[- ]clés|thèmes?)\s*:.*",
        r"^(#[\w’'-]+\s*)+$",
        r"^(partager|partagez|share|imprimer|print|les plus lus|most read)\b.{0,60}$",
        r"^cliquez pour (partager|imprimer)\b.*",
        r"^((facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|messenger)\s*[|•·]?\s*){1,8}$",
    )
]
_FURNITURE_MAX = 160
"""Furniture lines are short: a longer line is body text even if it starts like furniture."""

_SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_WITH_AGENCY = re.compile(r"^[Aa]vec (?P<value>[A-Z][\w.\- ]{1,40})$")
_LONE_AGENCY = re.compile(r"^\(?(?P<value>[A-Z]{2,6})\)?$")
_INITIALS_AGENCY = re.compile(r"^(?:[A-Za-z]{1,4}/)+(?P<value>[A-Z]{2,6})(?:\s+\d.*)?$")
_BYLINE = re.compile(r"^by (?P<value>.+?)(?: staff)?$", re.IGNORECASE)
_OUTLET_DATE = re.compile(
    rf"^(?P<value>[A-Z][\w.\- ]{{1,30}}) \| .*\b(\d{{1,2}}) ({_MONTH})\b", re.IGNORECASE
)
_DATELINE = re.compile(
    rf"^(?P<city>[A-ZÀ-Ý][\w’'\-]+(?: [\w’'\-]+){{0,3}}), (?:le )?\d{{1,2}}(?:er)? (?:{_MONTH})\.?"
    r"(?: \d{4})? \((?P<agency>[A-Z]{2,6})\) ?[—–-]",
    re.IGNORECASE,
)
_DATE_FR = re.compile(rf"\b(\d{{1,2}})(?:er)? ({_MONTH})\.? (\d{{4}})\b", re.IGNORECASE)
_DATE_EN = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}}),? (\d{{4}})\b", re.IGNORECASE)
_DATE_NUM = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Unicode category Cc (C0, DEL, C1) except tab and line feed; CR is converted before."""

_FR_WORDS = {"le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "pour", "avec", "a", "au"}
_EN_WORDS = {"the", "of", "and", "to", "in", "a", "for", "with", "on", "is", "was", "by", "at", "as"}


@dataclass(frozen=True)
class Span:
    """Where a metadata value was read: character offsets into the clean text."""

    start: int
    end: int


@dataclass
class ParsedArticle:
    """Output of the parse step: the clean text and the metadata read from it or its sidecar."""

    source_file: str
    text: str
    title: str
    language: str
    publisher: str | None = None
    dateline: str | None = None
    published: str | None = None
    url: str | None = None
    spans: dict[str, Span] = field(default_factory=dict)
    """Metadata field -> span it was read from (absent when it came from the sidecar)."""


def decode(data: bytes, name: str) -> str:
    """Bytes -> text: UTF-8 (BOM optional), else a confidently detected legacy encoding."""
    if not data.strip():
        raise SourceError(name, "file is empty; an article needs at least a headline line", "empty_file")
    if b"\x00" in data[:8192]:
        raise SourceError(name, "file looks binary (NUL bytes); articles must be plain text", "binary_file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first_error = error
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "utf_8_sig"):
        raise SourceError(
            name,
            f"not UTF-8 and no other encoding recognised ({first_error}); re-save the file as UTF-8",
            "encoding_error",
        )
    return str(best)


def normalise(text: str) -> str:
    """NFC, LF line ends, HTML entities decoded, no-break spaces made plain, controls dropped."""
    text = html.unescape(text).replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\u00a0\u202f\u2007\u2009]", " ", text)
    text = re.sub(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)  # soft hyphen, zero-width
    text = _CONTROLS.sub("", text).replace("\t", " ")
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def is_furniture(line: str) -> bool:
    return len(line) <= _FURNITURE_MAX and any(p.match(line) for p in _FURNITURE)


def clean(text: str) -> str:
    """Drop furniture lines and collapse blank runs into single paragraph breaks."""
    kept = [line for line in normalise(text).split("\n") if not is_furniture(line)]
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body.lstrip("=+-@ ")


def detect_language(text: str) -> str:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > fr else "fr"


def _date(match: re.Match[str], order: str) -> str | None:
    if order == "dmy":
        day, month, year = int(match[1]), MONTHS[match[2].lower().rstrip(".")], int(match[3])
    elif order == "mdy":
        month, day, year = MONTHS[match[1].lower().rstrip(".")], int(match[2]), int(match[3])
    else:
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    value = f"{year:04d}-{month:02d}-{day:02d}"
    return None if not 1 <= month <= 12 or partial_date_problem(value) else value


def read_metadata(article: ParsedArticle) -> None:
    """Publisher, dateline and publication date from credit lines, each with its span."""
    offset = 0
    lines = []
    for line in article.text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    header = [(o, line) for o, line in lines[1:6] if line]

    def take(key: str, value: str | None, start: int, end: int) -> None:
        if value and key not in article.spans and getattr(article, key) is None:
            setattr(article, key, value)
            article.spans[key] = Span(start, end)

    for start, line in lines:
        match = _SOURCE_LINE.match(line)
        if match:
            parts = [p.strip() for p in match["value"].split("/") if p.strip()]
            vstart = start + match.start("value")
            take("publisher", parts[0], vstart, vstart + len(parts[0]))
            last = parts[-1] if len(parts) > 1 else ""
            city = re.sub(r"\s*\(.*\)$", "", last)
            if len(city) > 3 and city[0].isupper() and not city.isupper():
                cstart = start + line.rindex(last)
                take("dateline", city, cstart, cstart + len(city))
        match = _DATELINE.match(line)
        if match:
            take("dateline", match["city"], start + match.start("city"), start + match.end("city"))
            dated = _DATE_FR.search(line, 0, match.start("agency"))
            if dated:  # `Nouakchott, 8 mars 2024 (AMI) –`: the dateline dates the article
                take("published", _date(dated, "dmy"), start + dated.start(), start + dated.end())
            take("publisher", match["agency"], start + match.start("agency"), start + match.end("agency"))
    for start, line in reversed(lines):
        for pattern in (_WITH_AGENCY, _INITIALS_AGENCY, _LONE_AGENCY):
            match = pattern.match(line)
            if match and match["value"].lower() not in {"agences", "agencies"}:
                take(
                    "publisher",
                    match["value"].strip(),
                    start + match.start("value"),
                    start + match.start("value") + len(match["value"].strip()),
                )
    for start, line in header:
        for pattern in (_BYLINE, _OUTLET_DATE):
            match = pattern.match(line)
            if match and "rédaction" not in line.lower():
                take("publisher", match["value"], start + match.start("value"), start + match.end("value"))
        for pattern, order in ((_DATE_FR, "dmy"), (_DATE_EN, "mdy"), (_DATE_NUM, "num")):
            match = pattern.search(line)
            if match and len(line) < 80:
                take("published", _date(match, order), start + match.start(), start + match.end())


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, str]:
    """The optional `NAME.meta.json` beside an article, checked against `ArticleMetadata`."""
    sidecar = sidecar_path(path)
    if not os.path.lexists(sidecar):
        return {}
    name = str(sidecar)
    raw = _read(sidecar, MAX_SIDECAR_BYTES)
    try:
        data = strict_json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise SourceError(
            name, f"sidecar is not UTF-8 ({error}); re-save it as UTF-8", "encoding_error"
        ) from None
    except strict_json.JsonProblem as problem:
        code = "sidecar_invalid" if problem.kind in ("syntax", "nesting") else problem.kind
        message = "sidecar nests too deeply; it is a flat JSON object" if problem.kind == "nesting" else None
        raise SourceError(name, message or f"sidecar: {problem.message}", code, problem.line) from None
    if not isinstance(data, dict):
        raise SourceError(name, "sidecar must be a JSON object ({...})", "sidecar_invalid")
    try:
        metadata = ArticleMetadata.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(_sidecar_problem(e) for e in error.errors())
        raise SourceError(name, problems, "sidecar_invalid") from None
    return {k: v for k, v in metadata.model_dump().items() if v is not None}


def _sidecar_problem(error: Any) -> str:
    key = ".".join(str(part) for part in error["loc"]) or "sidecar"
    if error["type"] == "extra_forbidden":
        return f"unknown key {key!r}; allowed: {', '.join(ArticleMetadata.model_fields)}"
    field = ArticleMetadata.model_fields.get(str(error["loc"][0])) if error["loc"] else None
    expected = f" (expected: {field.description})" if field and field.description else ""
    return f"{key}: {error['msg']}{expected}"


def _read(path: Path, limit: int) -> bytes:
    """The bytes of a source or sidecar file; SourceError when it cannot or must not be read."""
    name = str(path)
    if printable(path.name) != path.name:
        raise SourceError(name, "the file name is not valid UTF-8; rename the file", "bad_file_name")
    try:
        return read_limited(path, limit)
    except FileRefused as refused:
        raise SourceError(name, refused.message, refused.code) from None
    except OSError as error:
        raise SourceError(
            name, f"cannot read it ({error.strerror}); is it a broken link?", "source_unreadable"
        ) from None


def parse_file(path: Path) -> ParsedArticle:
    """Read, decode, clean and describe one article file (raises SourceError with the reason)."""
    name = str(path)
    raw = decode(_read(path, MAX_SOURCE_BYTES), name)
    text = clean(raw)
    if not text:
        raise SourceError(name, "nothing left after removing page furniture; is this an article?", "no_text")
    invisible = re.search(INVISIBLE, text)
    if invisible:  # flagged, never removed: the file is the contributor's to fix
        line = raw[: max(raw.find(invisible.group()), 0)].count("\n") + 1
        raise SourceError(
            name,
            f"holds {invisible_character(invisible.group())}, which does not show but changes how the "
            "text reads (a bidi control or zero-width character); remove it from the file",
            "invisible_character",
            line,
        )
    sidecar = read_sidecar(path)
    title = text.split("\n", 1)[0]
    article = ParsedArticle(
        path.name, text, title, sidecar.get("language") or detect_language(text), url=sidecar.get("url")
    )
    article.spans["title"] = Span(0, len(title))
    for key in ("publisher", "published", "dateline"):
        if key in sidecar:
            setattr(article, key, sidecar[key])
    read_metadata(article)
    return article


@dataclass
class SeenArticles:
    """Texts and URLs of the articles read so far, for the rule that each appears once."""

    texts: dict[str, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)

    def repeat(self, article: ParsedArticle, shown: str) -> tuple[str, str] | None:
        """(code, message) when `article` repeats an earlier one's text or URL; else remembers it."""
        if article.text in self.texts:
            return "duplicate_text", f"same text as {self.texts[article.text]}; remove one"
        if article.url and article.url in self.urls:
            return "duplicate_url", f"same url as {self.urls[article.url]}; remove one"
        self.texts[article.text] = shown
        if article.url:
            self.urls[article.url] = shown
        return None
