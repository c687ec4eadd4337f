"""Evidence: the span of an article a value was read from, so anyone can check the fact."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .base import Before, RowRule, StrictModel
from .types import ArticleId, EvidenceId, FieldPath, Offset, Provenance, ReviewId, SubjectId, Text


class Evidence(StrictModel):
    """`quote` is exactly `text[start:end]` of the article; `field` says which value it supports."""

    row_rules: ClassVar[tuple[RowRule, ...]] = (Before("start", "end"),)

    id: EvidenceId = Field(description="Stable id derived from the subject, field and span.")
    subject_id: SubjectId = Field(description="The record the value belongs to (person, meeting, ...).")
    field: FieldPath = Field(
        description="Which value of the record: `name`, `names`, `participants[per-khalifa-haftar]` (a "
        "list item by its identity: a participant's id, the slug of a role, place or topic)."
    )
    article_id: ArticleId = Field(description="The article the span is in.")
    start: Offset = Field(description="First character of the span (code points, from 0).")
    end: Offset = Field(description="One past the last character of the span.")
    quote: Text = Field(description="The article text at the span, verbatim.")
    correction_id: ReviewId | None = Field(
        None, description="The correction (see `reviews`) that supplied or moved this span, if any."
    )
    provenance: Provenance = Field(
        description="`automatic` as extracted, `reviewed` when a correction added or changed it."
    )
