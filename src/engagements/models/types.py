"""Constrained types, each defined once and reused by every model.

Every rule lives in the type, so it reaches every derived artefact: the JSON Schema
(`pattern`, `enum`, `maxLength`, the `x-*` markers below), the Table Schema of the
data package, and the vectorised validator. The `x-*` markers name rules JSON Schema
cannot express (a real calendar date, NFC text, which table an id points into); the
fast validator reads them from the generated schema, never from a second list.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, GetJsonSchemaHandler, StringConstraints
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from .constants import FORMULA_PREFIXES as FORMULA_PREFIXES
from .constants import ID_PREFIXES as ID_PREFIXES
from .constants import INVISIBLE as INVISIBLE
from .constants import LINE_FORBIDDEN as LINE_FORBIDDEN
from .constants import PRECISION_BY_LENGTH as PRECISION_BY_LENGTH
from .constants import TEXT_FORBIDDEN as TEXT_FORBIDDEN
from .countries import COUNTRY_CODES
from .languages import LANGUAGE_CODES

# ---------------------------------------------------------------- schema markers


@dataclass(frozen=True)
class SchemaMarks:
    """Adds keys to the JSON Schema of the annotated type (used for rules JSON Schema lacks)."""

    marks: tuple[tuple[str, Any], ...]

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema.update({k: list(v) if isinstance(v, tuple) else v for k, v in self.marks})
        return json_schema


def marks(**keys: Any) -> SchemaMarks:
    return SchemaMarks(tuple((key.replace("_", "-"), value) for key, value in keys.items()))


# ---------------------------------------------------------------- text

_LINE_FORBIDDEN = re.compile(LINE_FORBIDDEN)
_TEXT_FORBIDDEN = re.compile(TEXT_FORBIDDEN)
_INVISIBLE = re.compile(INVISIBLE)


def invisible_character(value: str) -> str | None:
    """`U+202E RIGHT-TO-LEFT OVERRIDE` for the first invisible character of `value`, or None."""
    found = _INVISIBLE.search(value)
    if found is None:
        return None
    character = found.group()
    return f"U+{ord(character):04X} {unicodedata.name(character, 'FORMAT CHARACTER')}"


def text_problem(value: str, *, multiline: bool) -> tuple[str, str] | None:
    """The first rule `value` breaks as (code, message), or None. Shared by models and validator."""
    forbidden = _TEXT_FORBIDDEN if multiline else _LINE_FORBIDDEN
    if forbidden.search(value):
        allowed = "line feeds only" if multiline else "none"
        return "control_character", f"text contains a control character (allowed: {allowed})"
    invisible = invisible_character(value)
    if invisible:
        return "invisible_character", f"text holds {invisible}, which does not show; remove it"
    if value != value.strip():
        return "untrimmed", "text starts or ends with whitespace; trim it"
    if not unicodedata.is_normalized("NFC", value):
        return "not_nfc", "text is not in Unicode NFC form; normalise it"
    if value.startswith(FORMULA_PREFIXES):
        return "formula_like", "text starts with = + - @ tab or CR, which spreadsheets run as a formula"
    return None


def _check_text(multiline: bool) -> Any:
    def check(value: str) -> str:
        problem = text_problem(value, multiline=multiline)
        if problem:
            raise PydanticCustomError(problem[0], problem[1])
        return value

    return check


Line = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    AfterValidator(_check_text(False)),
    marks(x_text="line"),
]
"""One line of human text: NFC, trimmed, no control or invisible characters, not formula-like."""

Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=1_000_000),
    AfterValidator(_check_text(True)),
    marks(x_text="text"),
]
"""Multi-line human text (line feeds allowed), otherwise as strict as `Line`."""

# ---------------------------------------------------------------- identifiers


def _id(table: str) -> Any:
    prefix = ID_PREFIXES[table]
    return Annotated[
        str,
        StringConstraints(pattern=rf"^{prefix}-[0-9a-z]+(-[0-9a-z]+)*$", max_length=64),
        marks(x_references=table),
    ]


ArticleId = _id("articles")
"""Id of an `Article`: `art-` then a digest of its normalised text."""
PersonId = _id("persons")
"""Id of a `Person`."""
OrganisationId = _id("organisations")
"""Id of an `Organisation`."""
MeetingId = _id("meetings")
"""Id of a `Meeting`."""
ExerciseId = _id("exercises")
"""Id of an `Exercise`."""
EvidenceId = _id("evidence")
"""Id of an `Evidence` span."""

ReviewId = _id("reviews")
"""Id of a `Review`: the id of the correction applied."""
JudgementId = _id("judgements")
"""Id of a `Judgement`: `jdg-` then a digest of the two records judged."""
ExternalEvidenceId = _id("external_evidence")
"""Id of an `ExternalEvidence` row: `ext-` then a digest of its subject, field and url."""

RecordId = Annotated[
    str,
    StringConstraints(pattern=r"^(per|org|mtg|exe)-[0-9a-z]+(-[0-9a-z]+)*$", max_length=64),
]
"""Id of a record a correction can target: a person, organisation, meeting or exercise."""

CorrectionId = Annotated[str, StringConstraints(pattern=r"^cor-[0-9a-z]+(-[0-9a-z]+)*$", max_length=64)]
"""Id of a correction, chosen by its author (`cor-rajma-date`); unique across all corrections."""

Provenance = Literal["automatic", "reviewed"]
"""`automatic`: as the extractor produced it; `reviewed`: added or changed by a correction."""

SUBJECT_TABLES = ("articles", "persons", "organisations", "meetings", "exercises")
SubjectId = Annotated[
    str,
    StringConstraints(pattern=r"^(art|per|org|mtg|exe)-[0-9a-z]+(-[0-9a-z]+)*$", max_length=64),
    marks(x_subject=SUBJECT_TABLES),
]
"""Id of any record that evidence can support (article, person, organisation, meeting, exercise)."""

# ---------------------------------------------------------------- dates

PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
DatePrecision = Literal["year", "month", "day"]
"""How much of a partial date is known."""


def partial_date_problem(value: str) -> str | None:
    """Why a well-formed partial date is not a real date (`2025-02-30`), or None."""
    parts = [int(p) for p in value.split("-")]
    if parts[0] == 0:
        return "year 0000 does not exist"
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return f"month {parts[1]:02d} does not exist"
    if len(parts) == 3 and not 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]:
        return f"day {parts[2]:02d} does not exist in {parts[0]}-{parts[1]:02d}"
    return None


def _check_partial_date(value: str) -> str:
    problem = partial_date_problem(value)
    if problem:
        raise PydanticCustomError("invalid_date", "{value}: {problem}", {"value": value, "problem": problem})
    return value


PartialDate = Annotated[
    str,
    StringConstraints(pattern=PARTIAL_DATE_PATTERN),
    AfterValidator(_check_partial_date),
    marks(format="partial-date"),
]
"""An ISO 8601 date or its year or year-month prefix (`2026`, `2026-04`, `2026-04-12`), a real date."""

Day = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
    AfterValidator(_check_partial_date),
    marks(format="partial-date"),
]
"""A real calendar day, `YYYY-MM-DD`: a partial date known to the day."""

# ---------------------------------------------------------------- codes and numbers


def _code_check(codes: tuple[str, ...], standard: str) -> Any:
    allowed = frozenset(codes)

    def check(value: str) -> str:
        if value not in allowed:
            raise PydanticCustomError(
                "enum", "{value} is not an {standard} code", {"value": value, "standard": standard}
            )
        return value

    return check


CountryCode = Annotated[
    str,
    AfterValidator(_code_check(COUNTRY_CODES, "ISO 3166-1 alpha-2")),
    marks(enum=COUNTRY_CODES, x_standard="ISO 3166-1 alpha-2"),
]
"""ISO 3166-1 alpha-2 country code (`LY`, `US`)."""

LanguageCode = Annotated[
    str,
    AfterValidator(_code_check(LANGUAGE_CODES, "ISO 639-1")),
    marks(enum=LANGUAGE_CODES, x_standard="ISO 639-1"),
]
"""ISO 639-1 language code (`fr`, `en`)."""

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
"""Lower-case hex SHA-256 digest."""

Url = Annotated[
    str,
    StringConstraints(pattern=r"^https?://[^\s]+$", max_length=2000),
    AfterValidator(_check_text(False)),
    marks(x_text="line"),
]
"""An absolute http(s) URL, held to the rules of a line of text (no invisible characters)."""

FileName = Annotated[
    str,
    StringConstraints(pattern=r"^[^/\\\x00-\x1f]+$", max_length=255),
    AfterValidator(_check_text(False)),
    marks(x_text="line"),
]
"""A bare file name, never a path, held to the rules of a line of text (never formula-like)."""

FieldPath = Annotated[
    str, StringConstraints(pattern=r"^[a-z_]+(\[[0-9a-z]+(-[0-9a-z]+)*\])?(\.[a-z_]+)?$", max_length=100)
]
"""Where in a record a value sits: `name`, `participants[per-khalifa-haftar]`, `roles[commandant]`.

A list item is named by its identity, not its position: a meeting participant by its person or
organisation id, a role, place, topic or exercise participant by the slug of its text.
"""

Offset = Annotated[int, Field(ge=0, le=10_000_000)]
"""A character offset (Unicode code points) into an article's text."""

Position = Annotated[int, Field(ge=0, le=1_000_000)]
"""Order of an item within its parent record (child tables), from 0."""

Score = Annotated[float, Field(ge=0, le=1)]
"""How sure a rule is, from 0 (not at all) to 1 (certain)."""

Latitude = Annotated[float, Field(ge=-90, le=90)]
"""WGS 84 latitude in degrees."""

Longitude = Annotated[float, Field(ge=-180, le=180)]
"""WGS 84 longitude in degrees."""

Year = Annotated[int, Field(ge=1900, le=2200)]
"""A calendar year, as an edition number of an exercise series."""
