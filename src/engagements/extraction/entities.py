"""What linking produces for persons and organisations: entities with the mentions behind them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models.organisation import OrganisationKind
from .mentions import Mention


@dataclass
class OrgEntity:
    """One organisation of an article, with every mention of it."""

    name: str
    name_mention: Mention | None
    acronym: Mention | None = None
    mentions: list[Mention] = field(default_factory=list)
    kind: OrganisationKind = "other"
    country: str | None = None
    parent: int | None = None
    """Index of the organisation this one is part of, when its name says so."""
    parent_mention: Mention | None = None


@dataclass
class RoleClaim:
    """A position stated for a person, and the organisation it belongs to (index), if named."""

    role: Mention
    organisation: int | None = None


@dataclass
class PersonEntity:
    """One person of an article, with every mention of their name."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[Mention] = field(default_factory=list)
    roles: list[RoleClaim] = field(default_factory=list)
    country: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def org_at(organisations: list[OrgEntity], start: int, end: int) -> int | None:
    """Index of the organisation mentioned inside [start, end), if any."""
    for index, entity in enumerate(organisations):
        if any(start <= m.start and m.end <= end for m in entity.mentions):
            return index
    return None
