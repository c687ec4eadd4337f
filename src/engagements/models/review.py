"""A review: a correction applied to the published data, so readers see who changed what and why."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import StrictModel
from .types import Line, RecordId, ReviewId

CorrectionAction = Literal["add", "remove", "fix", "merge", "split", "judge"]
"""What a correction does."""


class Review(StrictModel):
    """One applied correction; evidence it supplied names it in `correction_id`."""

    id: ReviewId = Field(description="The correction's id (`cor-...`), as in `datasets/corrections/`.")
    action: CorrectionAction = Field(description="Add, remove, fix, merge, split or judge.")
    subject_id: RecordId = Field(
        description="The record added, removed, fixed, merged into or split (it may no longer exist)."
    )
    others: list[RecordId] = Field(
        default_factory=list, description="Records merged into the subject, or split from it."
    )
    author: Line = Field(description="Who made the correction.")
    reason: Line = Field(description="Why, in the author's words.")
