"""Corrections: reviewed changes applied on top of automatic extraction at every conversion.

A correction names what it changes, the span of an article that supports it, who made it and
why. Because it is applied to the extractor's output each time (never to a published file), it
survives re-conversion and extractor improvements; one that no longer applies is reported.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import Discriminator, Field, StringConstraints, Tag

from .base import Before, RowRule, StrictModel
from .judgement import JudgementKind
from .types import ArticleId, CorrectionId, Day, FieldPath, Line, Offset, RecordId, Text, Url

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


MAX_EXTERNAL_QUOTE = 300
"""Characters of another outlet's text a correction may quote: a citation, not a copy."""

ExternalQuote = Annotated[Line, StringConstraints(max_length=MAX_EXTERNAL_QUOTE)]
"""A short quote from an article that is not stored here."""


class ExternalSource(StrictModel):
    """Another outlet's article, not stored here, that supports a correction: cited, not checked.

    The validator checks its shape (an http(s) URL, a short quote, the day it was read); no
    conversion can check the quote against a text it does not have, so a reader can.
    """

    external: Literal[True] = Field(description="`true`: the evidence is outside the sources.")
    url: Url = Field(description="Where the other outlet published the article.")
    publisher: Line | None = Field(None, description="The outlet (`DVIDS`, `Lectio Info`).")
    quote: ExternalQuote = Field(description="The words that support the change, verbatim and short.")
    accessed: Day = Field(description="The day the article was read at `url` (`YYYY-MM-DD`).")
    field: FieldPath | None = Field(
        None, description="The value the source supports (`date`); defaults by action."
    )


def _evidence_kind(value: Any) -> str:
    keys = value.keys() if isinstance(value, dict) else vars(value)
    return "external" if "external" in keys or "url" in keys else "span"


CorrectionEvidence = Annotated[
    Annotated[CorrectionSpan, Tag("span")] | Annotated[ExternalSource, Tag("external")],
    Discriminator(_evidence_kind),
]
"""A span of a source article, or (with `external: true`) another outlet's article."""


class _Correction(StrictModel):
    id: CorrectionId = Field(description="Unique id chosen by the author (`cor-rajma-date`).")
    author: Line = Field(description="Who made the correction (name or GitHub handle).")
    reason: Line = Field(description="Why: what the extractor got wrong, in a sentence.")
    evidence: list[CorrectionEvidence] = Field(
        min_length=1,
        description="What supports the change: spans of the source articles (checked at every "
        "conversion), and other outlets' articles marked `external: true` (cited, not stored).",
    )

    @property
    def spans(self) -> list[CorrectionSpan]:
        """The evidence that quotes the source articles."""
        return [e for e in self.evidence if isinstance(e, CorrectionSpan)]


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


class JudgeRecords(_Correction):
    """Confirm (`positive`) or undo (`negative`) that records are one, at cross-article resolution.

    Ids are those of the `judgements` and `redirects` tables (as extracted, before merging). A
    positive judgement merges the records whatever the resolver's rules say, and keeps them
    merged when the rules change; a negative one keeps them apart.
    """

    action: Literal["judge"] = Field(description="`judge`.")
    judgement: JudgementKind = Field(description="`positive`: one entity or event; `negative`: not one.")
    target: RecordId = Field(description="One of the records judged.")
    others: list[RecordId] = Field(min_length=1, description="The records judged with `target`.")


Correction = Annotated[
    AddRecord | RemoveRecord | FixFields | MergeRecords | SplitRecord | JudgeRecords,
    Field(discriminator="action"),
]
"""One correction; `action` says which kind."""


class Corrections(StrictModel):
    """A corrections file (`datasets/corrections/*.yaml` or `*.json`)."""

    corrections: list[Correction] = Field(description="Applied in order, after the files before this one.")


__all__ = [
    "AddRecord",
    "Correction",
    "CorrectionEvidence",
    "CorrectionSpan",
    "CorrectionTable",
    "Corrections",
    "ExternalSource",
    "FixFields",
    "JudgeRecords",
    "MergeRecords",
    "RemoveRecord",
    "SplitRecord",
]
