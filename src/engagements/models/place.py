"""A named place, as specific as the text allows."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .base import StrictModel
from .types import CountryCode, Latitude, Line, Longitude


class Place(StrictModel):
    """Where something happened: the name as written, plus what a gazetteer adds."""

    shared_by_value: ClassVar[bool] = True

    name: Line = Field(description="The most specific named place (`Rajma`, `Syrte`).")
    country: CountryCode | None = Field(None, description="Country the place lies in.")
    latitude: Latitude | None = Field(
        None, description="WGS 84 latitude, from the gazetteer when the name resolves to one city."
    )
    longitude: Longitude | None = Field(
        None, description="WGS 84 longitude, from the gazetteer when the name resolves to one city."
    )
    gazetteer_id: Line | None = Field(
        None, description="The gazetteer entry the coordinates come from (`geonames:2210247`)."
    )
