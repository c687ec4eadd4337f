"""A named place, as specific as the text allows."""

from __future__ import annotations

from pydantic import Field

from .base import StrictModel
from .types import CountryCode, Latitude, Line, Longitude


class Place(StrictModel):
    """Where something happened: the name as written, plus what a gazetteer adds."""

    name: Line = Field(description="The most specific named place (`Rajma`, `Syrte`).")
    country: CountryCode | None = Field(None, description="Country the place lies in.")
    latitude: Latitude | None = Field(None, description="Latitude, when known.")
    longitude: Longitude | None = Field(None, description="Longitude, when known.")
    gazetteer_id: Line | None = Field(None, description="Gazetteer reference (`geonames:88319`), when known.")
