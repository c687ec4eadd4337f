"""A country's letters (`KSA`, `PRC`, `PNG`) name the country, not a body.

The first cases fail on the code before the letters were added; every name is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import body_names as bodies
from articles import titled as view


@pytest.mark.parametrize(
    ("letters", "country"),
    [
        ("KSA", "SA"),
        ("PRC", "CN"),
        ("ROK", "KR"),
        ("DPRK", "KP"),
        ("RSA", "ZA"),
        ("PNG", "PG"),
        ("BiH", "BA"),
    ],
)
def test_a_country_s_letters_are_its_name_not_a_body_s(letters: str, country: str) -> None:
    from engagements.extraction import gazetteer

    assert gazetteer.country_of_name(letters) == country


def test_a_country_s_letters_in_a_text_name_no_body(tmp_path: Path) -> None:
    body = "The Sultan received a message from King Salman of the KSA on bilateral relations."
    assert "KSA" not in bodies(view(tmp_path, "Message", body))
