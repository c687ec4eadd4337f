"""Judgements: the decisions that two records are, or are not, one entity or event.

Cross-article resolution records every merge it makes (which records, by which rule, how sure)
and a reviewer can confirm or undo one with a `judge` correction, as nomenklatura keeps its
resolver's decisions as data. The published table is what a reader checks a merge against.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import StrictModel
from .types import JudgementId, Line, Provenance, RecordId, ReviewId, Score

JudgementKind = Literal["positive", "negative"]
"""`positive`: the two records are one; `negative`: they are not, whatever their names say."""

MatchRule = Literal[
    "same_name",
    "name_order",
    "name_variant",
    "surname",
    "organisation_name",
    "owner_prefix",
    "acronym",
    "same_meeting",
    "undated_meeting",
    "exercise_edition",
    "exercise_series",
    "reviewed",
]
"""Why two records were judged: the resolver's rule, or `reviewed` for a reviewer's decision."""


class Judgement(StrictModel):
    """A decision about two records (ids as extracted, before merging): one entity, or not."""

    id: JudgementId = Field(description="Stable id derived from the two records judged.")
    left_id: RecordId = Field(description="The first record judged (the smaller id).")
    right_id: RecordId = Field(description="The second record judged (the larger id).")
    judgement: JudgementKind = Field(description="`positive`: one entity or event; `negative`: two.")
    rule: MatchRule = Field(description="The rule that matched them, or `reviewed`.")
    score: Score = Field(description="How sure the rule is, from 0 to 1 (1 for a reviewer's decision).")
    reason: Line = Field(description="What matched, in words (`Saïd Chanegriha / Saïd Chengriha: ...`).")
    subject_id: RecordId | None = Field(
        None, description="The record both are part of after resolution (positive judgements)."
    )
    correction_id: ReviewId | None = Field(None, description="The correction that made it (reviewed).")
    provenance: Provenance = Field(description="`automatic` from the resolver, `reviewed` from a correction.")
