"""An organisation: army, ministry, command, government, agency, party, armed group, outlet."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import StrictModel
from .types import CountryCode, Line, OrganisationId, Provenance

OrganisationKind = Literal[
    "military",
    "government",
    "diplomatic",
    "intergovernmental",
    "media",
    "political",
    "armed_group",
    "company",
    "other",
]
"""What sort of body an organisation is."""


class Organisation(StrictModel):
    """A named organisation or institution."""

    id: OrganisationId = Field(description="Stable id derived from the full name.")
    name: Line = Field(description="Full name (`Armée nationale libyenne`).")
    acronym: Line | None = Field(None, description="Acronym as written in the text (`ANL`, `Africom`).")
    names: list[Line] = Field(default_factory=list, description="Other names used for the organisation.")
    kind: OrganisationKind = Field(description="What sort of body it is.")
    country: CountryCode | None = Field(None, description="Country the organisation belongs to, if any.")
    parent_id: OrganisationId | None = Field(None, description="The organisation it is part of, when stated.")
    provenance: Provenance = Field(
        description="`automatic` as extracted, `reviewed` when a correction added or changed it."
    )
