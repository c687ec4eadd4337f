"""The country names the core ships equal pycountry's (the `extract` extra), for every code."""

from __future__ import annotations

import pycountry

from engagements.models.countries import COUNTRY_CODES
from engagements.models.country_names import COUNTRY_NAMES


def test_names_match_pycountry() -> None:
    assert tuple(COUNTRY_NAMES) == COUNTRY_CODES
    for code, name in COUNTRY_NAMES.items():
        country = pycountry.countries.get(alpha_2=code)
        assert name == (getattr(country, "common_name", None) or country.name), code
    assert COUNTRY_NAMES["NA"] == "Namibia"
