"""External evidence: another outlet's article that a reviewed correction cites for a value.

The article is not one of the sources, so no span can be checked against its text: the row
says where it is (`url`), what it says (a short `quote`) and when it was read (`accessed`),
so that a reader can check it. Only corrections cite external evidence; the extractor never.
"""

from __future__ import annotations

from pydantic import Field

from .base import StrictModel
from .correction import ExternalQuote
from .types import Day, ExternalEvidenceId, FieldPath, Line, ReviewId, SubjectId, Url


class ExternalEvidence(StrictModel):
    """A value's support outside the sources: an article of another outlet, cited by a correction."""

    id: ExternalEvidenceId = Field(description="Stable id derived from the subject, field and url.")
    subject_id: SubjectId = Field(description="The record the value belongs to (meeting, person, ...).")
    field: FieldPath = Field(description="Which value of the record it supports (`date`).")
    url: Url = Field(description="Where the other outlet published the article.")
    publisher: Line | None = Field(None, description="The outlet, when the correction names it.")
    quote: ExternalQuote = Field(
        description="The words that support the value, as the correction cites them."
    )
    accessed: Day = Field(description="The day the article was read at `url`.")
    correction_id: ReviewId = Field(description="The correction (see `reviews`) that cites it.")
