"""A military exercise: a named edition of a series, planned, under way or held."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from .base import NotAfter, RowRule, StrictModel
from .place import Place
from .types import ArticleId, CountryCode, ExerciseId, Line, OrganisationId, PartialDate, Provenance, Year

ExerciseStatus = Literal["planned", "ongoing", "held", "postponed", "cancelled", "unknown"]
"""Where the exercise stands relative to the reporting article's date."""


class ExerciseParticipant(StrictModel):
    """A country, force or organisation named as taking part."""

    shared_by_value: ClassVar[bool] = True

    name: Line = Field(description="As written in the text (`les forces américaines`, `Tunisie`).")
    country: CountryCode | None = Field(None, description="The country it stands for, when known.")
    organisation_id: OrganisationId | None = Field(None, description="The organisation, when it is one.")


class Exercise(StrictModel):
    """One edition of a military exercise."""

    row_rules: ClassVar[tuple[RowRule, ...]] = (NotAfter("start", "end"),)

    id: ExerciseId = Field(description="Stable id derived from the series and edition.")
    name: Line = Field(description="Name without the year (`Flintlock`).")
    series: Line | None = Field(None, description="The recurring series the edition belongs to.")
    edition: Year | None = Field(None, description="Year of the edition, when stated or determinable.")
    kind: Line | None = Field(None, description="What sort of exercise (`conjoint`, `naval`), as written.")
    start: PartialDate | None = Field(None, description="First day, or the month or year it starts.")
    end: PartialDate | None = Field(None, description="Last day, or the month or year it ends.")
    status: ExerciseStatus = Field(description="Planned, ongoing, held, postponed, cancelled or unknown.")
    places: list[Place] = Field(default_factory=list, description="Host places, the main one first.")
    participants: list[ExerciseParticipant] = Field(
        default_factory=list, description="Countries, forces and organisations taking part."
    )
    articles: list[ArticleId] = Field(min_length=1, description="The articles that report the exercise.")
    provenance: Provenance = Field(
        description="`automatic` as extracted, `reviewed` when a correction added or changed it."
    )
