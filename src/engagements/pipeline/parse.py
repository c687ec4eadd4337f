"""Parse: raw article file -> `ParsedArticle` (clean text, metadata, and where metadata was read).

Decodes (UTF-8 with or without BOM; other encodings detected or rejected), normalises (HTML
entities, no-break spaces, CRLF, NFC, control characters),
removes page furniture (counters, share buttons, comment forms, "Lire aussi", tags), tells the
language, and reads the headline and credits (`credits.py`). Credit lines stay in the text so
their values keep evidence.
"""

from __future__ import annotations

import html
import itertools
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
from ..languages import all_titles, detect
from ..languages.base import alternation
from ..models.sidecar import ArticleMetadata
from ..models.types import INVISIBLE, invisible_character, text_problem
from ..report import printable
from .credits import Credits, Span, is_credit_line, read_credits, read_title

MAX_SOURCE_BYTES = 2 * 1024 * 1024
SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 64 * 1024

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
        r"^(>>|»»).*",  # `>>Égypte : 16 jihadistes tués …`: a link to another article
        r"^(tags?|mots[- ]clés|thèmes?)\s*:.*",
        r"^(#[ \t]?[\w’'-]+\s*)+$",  # hashtags, `#Niger` or `# Niger`
        r"^(partager|partagez|share|imprimer|print|les plus lus|most read)\b.{0,60}$",
        r"^cliquez pour (partager|imprimer)\b.*",
        r"^((facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|messenger)\s*[|•·]?\s*){1,8}$",
        r"^\[[a-z][\w-]*(\s[^\]\n]*)?\]$",  # a page builder's shortcode left in the text
    )
]
_FURNITURE_MAX = 160
"""Furniture lines are short: a longer line is body text even if it starts like furniture."""

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Unicode category Cc (C0, DEL, C1) except tab and line feed; CR is converted before."""


@dataclass
class ParsedArticle:
    """Output of the parse step: the clean text and the metadata read from it or its sidecar."""

    source_file: str
    text: str
    title: str | None
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


_RELATED_LABEL = re.compile(
    r"^(?:(?:à |a )?lire (?:aussi|également)|voir aussi|autres articles"
    r"|articles? (?:similaires|liés|connexes)|sur le même sujet|dans la même rubrique"
    r"|les derniers articles(?: par .{1,60})?|plus d[’']articles"
    r"|read (?:also|more|next)|related(?: articles| stories| posts| news)?|more stories|you may also like"
    r"|recommended(?: for you)?|latest news)\s*(?:\(tout voir\)|\(see all\))?\s*:?$",
    re.IGNORECASE,
)
"""A label alone on its line, above a list of other articles' headlines."""

_HEADLINE_ITEM = re.compile(
    r"^(?!.*\([A-Z]{2,6}\)$)(?:[-–—•·*]\s*)?[^\n]{1,200}(?<![.!?»\"”:;,])$|^.{1,200}(?:\(…\)|…|\.\.\.)$"
)
"""A line that reads as a listed headline: no sentence's closing punctuation (nor an agency's
sign-off, `… (APS)`), or a teaser's `…`."""


def _related_headlines(lines: list[str]) -> set[int]:
    """Lines of a related-articles list: its label, and after it the headlines (and blank or `-`
    lines between them) up to the first line that reads as body text. They name other articles'
    people."""
    dropped: set[int] = set()
    body = [
        i for i, line in enumerate(lines) if len(line.split()) >= 6 and re.search(r"[.!?»”]$", line.strip())
    ]
    for index, line in enumerate(lines):
        if not _RELATED_LABEL.match(line.strip()):
            continue
        dropped.add(index)
        if not body or index < body[0]:
            continue  # `Latest News` above the headline: a section's label, the article follows
        for following in range(index + 1, len(lines)):
            item = lines[following].strip()
            if item and not re.fullmatch(r"[-–—•·*|]+", item) and not _HEADLINE_ITEM.match(item):
                break
            dropped.add(following)
    return dropped


_OPEN_END = re.compile(r"[^.!?:;…»”\"|)\]]$")
"""A line that stops mid-sentence: no closing punctuation."""
_LOWER_START = re.compile(r"^[a-zà-ÿ]")
_DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý.’' -]{2,}(?:,|\s+\()")
"""`LAGOS, March 3 (NAN) -`, `DAKAR (APS) -`: a dateline opens a new paragraph."""
_TITLES = alternation(tuple(sorted(all_titles(), key=len, reverse=True)))
_TITLED_START = re.compile(rf"^(?:{_TITLES})\s", re.IGNORECASE)
"""A rank or a title opening the line (`Commodore X`): an item of a list, one per line."""
_TITLED_END = re.compile(rf"(?<![\w’'-])(?:{_TITLES})$", re.IGNORECASE)
"""A line ending with a rank or a title (`… called on Chief of Army Staff (COAS), General`): the name
it titles is on the next line."""
_CAPITAL_START = re.compile(r"^[A-ZÀ-Ý][\w’'-]+")
_WRAPPED_WIDTH = 50
"""A line at least this long that ends with a title was cut at the page's width (`Tom Otieno,
Commander` is a list's item, its holder before the title)."""
_TAIL = 40
"""How much of a line's end is read for a title: the longest is 28 characters, and the character
before it is read too."""
_TITLE_FORMS = frozenset({*all_titles(), *(t[:1].upper() + t[1:] for t in all_titles() if t[:1].islower())})
"""Titles as they are written before a name: the lexicon's spelling, or capitalised (`général`,
`Général`; `Me`, not `me`)."""


def _titled_end(line: str) -> bool:
    """Whether `line` ends with a rank or a title as written before a name: not in capitals (`© AFP
    par DR`: rights reserved, not a doctor), not a word that only shares its letters (`he had changed
    me`). Only the line's end is read: a paragraph joined line by line grows at every join."""
    title = _TITLED_END.search(line[-_TAIL:])
    return title is not None and title.group() in _TITLE_FORMS and not title.group().isupper()


def unwrap(lines: list[str]) -> list[str]:
    """Lines a sender cut at a fixed width, joined back into paragraphs.

    A line that stops mid-sentence goes on with the next when that one starts in lower case (a
    headline never does). In a text most of whose line breaks fall so (a wire dump, a page
    typed at 60 or 80 columns), a line that stops mid-sentence goes on with the next whatever its
    case (`l’exercice « Grand African` / `Nemo 18.5 »`), except the first line, the headline. A
    line that ends with a rank or a title goes on with the name that starts the next (`… (COAS),
    General` / `Qamar Javed Bajwa here …`), wherever the page cut it."""
    pairs = [(a, b) for a, b in itertools.pairwise(lines) if a and b]
    wrapped = sum(bool(_OPEN_END.search(a) and _LOWER_START.match(b)) for a, b in pairs)
    hard = len(pairs) >= 6 and 2 * wrapped >= len(pairs)
    paragraphs: list[list[str]] = []  # the lines of each paragraph, joined once at the end
    for index, line in enumerate(lines):
        previous = _tail(paragraphs[-1]) if paragraphs else ""
        above = lines[index - 1] if index else ""
        if (
            line
            and previous
            and _OPEN_END.search(previous)
            and (
                _LOWER_START.match(line)
                # cut at the width: whatever the case, unless a rank or a title opens the next (a list)
                or (hard and index > 1 and not _TITLED_START.match(line))
                # a title cut from its holder's name (not a headline's last word)
                or (
                    index > 1
                    and len(above) >= _WRAPPED_WIDTH  # cut at the page's width, not a list's short item
                    and _titled_end(previous)
                    and _CAPITAL_START.match(line)
                    and not _TITLED_START.match(line)  # the next item of a list of officers
                )
            )
            and not is_credit_line(line)  # `jeudi 18 octobre 2012`, `by Staff reporter` under a headline
            and not is_credit_line(above)
            and not _DATELINE_START.match(line)
        ):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join(parts) for parts in paragraphs]


def _tail(parts: list[str], width: int = _TAIL) -> str:
    """The last `width` characters of `parts` joined by spaces, read from the end: a paragraph
    joined line by line, copied whole at every join, grew as the square of its length."""
    taken: list[str] = []
    size = 0
    for part in reversed(parts):
        taken.append(part)
        size += len(part) + 1
        if size > width:
            break
    return " ".join(reversed(taken))[-width:]


def clean(text: str) -> str:
    """Drop furniture lines and related-articles lists; collapse blank runs into single paragraph breaks."""
    lines = normalise(text).split("\n")
    related = _related_headlines(lines)
    kept = [line for index, line in enumerate(lines) if index not in related and not is_furniture(line)]
    body = "\n".join(unwrap(kept))
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body.lstrip("=+-@ \t\n")  # `-` alone on the first line: a sign, then the blank line after it


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
    named = text_problem(path.name, multiline=False)
    if named:  # the name is kept as `source_file`: the models would refuse the whole article
        raise SourceError(
            name, f"its file name breaks the models' text rule ({named[1]}); rename it", "bad_file_name"
        )
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
    return describe(path.name, text, sidecar)


def describe(source_file: str, text: str, sidecar: dict[str, str]) -> ParsedArticle:
    """Headline, language and credits of a clean text; the sidecar's values win over the text's."""
    credits = Credits(
        publisher=sidecar.get("publisher"),
        published=sidecar.get("published"),
        dateline=sidecar.get("dateline"),
    )
    read_title(text, credits)
    read_credits(text, credits)
    credits.settle()
    return ParsedArticle(
        source_file,
        text,
        credits.title,
        sidecar.get("language") or detect(text),
        publisher=credits.publisher,
        dateline=credits.dateline,
        published=credits.published,
        url=sidecar.get("url"),
        spans=credits.spans,
    )
