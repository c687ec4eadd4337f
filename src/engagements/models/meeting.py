"""A meeting: an in-person, phone or video encounter between at least two parties."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from .base import ExactlyOne, PrecisionMatches, RowRule, StrictModel
from .place import Place
from .types import (
    ArticleId,
    DatePrecision,
    Line,
    MeetingId,
    OrganisationId,
    PartialDate,
    PersonId,
    Provenance,
)

MeetingMode = Literal["in_person", "visit", "phone", "video", "multilateral"]
"""How the parties met."""
MeetingStatus = Literal["planned", "held", "postponed", "cancelled"]
"""Whether the meeting happened, relative to the reporting article."""
ParticipantRole = Literal["host", "visitor", "participant"]
"""The part a participant played."""


class Participant(StrictModel):
    """A person or an organisation present at a meeting."""

    shared_by_value: ClassVar[bool] = True

    row_rules: ClassVar[tuple[RowRule, ...]] = (ExactlyOne(("person_id", "organisation_id")),)

    person_id: PersonId | None = Field(None, description="The person present (or else an organisation).")
    organisation_id: OrganisationId | None = Field(
        None, description="The organisation or delegation present."
    )
    role: ParticipantRole = Field(
        description=(
            "The side: host (the host and those receiving with them), visitor (the visiting side),"
            " or participant (no side stated)."
        )
    )


class Meeting(StrictModel):
    """One distinct encounter: a different place, date or set of people is another meeting."""

    row_rules: ClassVar[tuple[RowRule, ...]] = (PrecisionMatches("date", "date_precision"),)

    id: MeetingId = Field(description="Stable id derived from the reporting article and the encounter.")
    date: PartialDate | None = Field(None, description="When it took place, as far as the text determines.")
    date_precision: DatePrecision | None = Field(None, description="How much of `date` is known.")
    date_text: Line | None = Field(None, description="The date expression as written (`mardi`, `la veille`).")
    place: Place | None = Field(None, description="Where it took place.")
    mode: MeetingMode = Field(description="How the parties met.")
    status: MeetingStatus = Field(description="Planned, held, postponed or cancelled.")
    participants: list[Participant] = Field(default_factory=list, description="Who was present, and as what.")
    topics: list[Line] = Field(default_factory=list, description="What was discussed, in the text's words.")
    articles: list[ArticleId] = Field(min_length=1, description="The articles that report the meeting.")
    provenance: Provenance = Field(
        description="`automatic` as extracted, `reviewed` when a correction added or changed it."
    )
