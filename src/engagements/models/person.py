"""A person named in the news, with the roles the articles say they hold."""

from __future__ import annotations

from pydantic import Field

from .base import StrictModel
from .types import ArticleId, CountryCode, Line, OrganisationId, PersonId, Provenance


class Role(StrictModel):
    """A position held, as one article states it (roles change; each claim keeps its source)."""

    role: Line = Field(description="The position as written (`commandant`, `Premier ministre`).")
    organisation_id: OrganisationId | None = Field(
        None, description="The organisation the role belongs to, when the text names it."
    )
    article_id: ArticleId = Field(description="The article that states the role.")


class Person(StrictModel):
    """A named human being."""

    id: PersonId = Field(description="Stable id derived from the canonical name.")
    name: Line = Field(description="Canonical full name, the fullest form the sources support.")
    names: list[Line] = Field(default_factory=list, description="Other names used for the person (`Haftar`).")
    titles: list[Line] = Field(
        default_factory=list,
        description="Ranks and honorifics as written (`maréchal`, `lieutenant-général`).",
    )
    roles: list[Role] = Field(
        default_factory=list, description="Positions held, each with its source article."
    )
    country: CountryCode | None = Field(None, description="Country the person serves or represents.")
    provenance: Provenance = Field(
        description="`automatic` as extracted, `reviewed` when a correction added or changed it."
    )
