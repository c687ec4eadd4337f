"""Corrections: reviewed changes applied on top of automatic extraction at every conversion.

A correction names what it changes, the span of an article that supports it, who made it and
why. Because it is applied to the extractor's output each time (never to a published file), it
survives re-conversion and extractor improvements; one that no longer applies is reported.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field

from .base import Before, RowRule, StrictModel
from .types import ArticleId, CorrectionId, FieldPath, Line, Offset, RecordId, Text

CorrectionTable = Literal["persons", "organisations", "meetings", "exercises"]
"""The tables a correction can add records to."""


class CorrectionSpan(StrictModel):
    """A span of an article supporting a correction; `quote` must equal the text there."""

    row_rules: ClassVar[tuple[RowRule, ...]] = (Before("start", "end"),)

    article_id: ArticleId = Field(description="The article the span is in (`art-` + 12 hex digits).")
    start: Offset = Field(description="First character of the span (code points, from 0).")
    end: Offset = Field(description="One past the last character of the span.")
    quote: Text = Field(description="The article text at the span, verbatim: checked at every conversion.")
    field: FieldPath | None = Field(
        None, description="The value the span supports (`name`, `date_text`); defaults by action."
    )


class _Correction(StrictModel):
    id: CorrectionId = Field(description="Unique id chosen by the author (`cor-rajma-date`).")
    author: Line = Field(description="Who made the correction (name or GitHub handle).")
    reason: Line = Field(description="Why: what the extractor got wrong, in a sentence.")
    evidence: list[CorrectionSpan] = Field(min_length=1, description="The spans that support the change.")


class AddRecord(_Correction):
    """Add a fact the extractor missed: a whole person, organisation, meeting or exercise."""

    action: Literal["add"] = Field(description="`add`.")
    table: CorrectionTable = Field(description="Which kind of record to add.")
    record: dict[str, Any] = Field(
        description="The record's fields as in the JSON output; `id` and `provenance` are derived."
    )


class RemoveRecord(_Correction):
    """Remove a false fact: the record, its evidence and every reference to it."""

    action: Literal["remove"] = Field(description="`remove`.")
    target: RecordId = Field(description="Id of the record to remove.")


class FixFields(_Correction):
    """Fix fields of a record (date, place, role, name, status, ...)."""

    action: Literal["fix"] = Field(description="`fix`.")
    target: RecordId = Field(description="Id of the record to fix.")
    values: dict[str, Any] = Field(
        min_length=1, description="Field name -> new value, as in the JSON output (`{date: 2026-04}`)."
    )


class MergeRecords(_Correction):
    """Merge records that are one entity: references to the others are redirected to `target`."""

    action: Literal["merge"] = Field(description="`merge`.")
    target: RecordId = Field(description="Id of the record that remains.")
    others: list[RecordId] = Field(min_length=1, description="Ids merged into the target, then removed.")


class SplitRecord(_Correction):
    """Split one record in two: the evidence spans listed (and what they support) move to a new record."""

    action: Literal["split"] = Field(description="`split`.")
    target: RecordId = Field(description="Id of the record that wrongly covers two entities.")
    record: dict[str, Any] = Field(description="The new record's fields (at least its `name`).")


Correction = Annotated[
    AddRecord | RemoveRecord | FixFields | MergeRecords | SplitRecord, Field(discriminator="action")
]
"""One correction; `action` says which kind."""


class Corrections(StrictModel):
    """A corrections file (`datasets/corrections/*.yaml` or `*.json`)."""

    corrections: list[Correction] = Field(description="Applied in order, after the files before this one.")


__all__ = [
    "AddRecord",
    "Correction",
    "CorrectionSpan",
    "CorrectionTable",
    "Corrections",
    "FixFields",
    "MergeRecords",
    "RemoveRecord",
    "SplitRecord",
]
