"""Outlets a credit label lists (`Photo:`, `Sources :`, `Author:`): the corpus annotates them as bodies.

Each case is invented text; the first ones fail on the code before the rule, the guards pass before
and after.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import body_names as bodies
from articles import titled as view


@pytest.mark.parametrize(
    ("body", "outlets"),
    [
        (
            "Le ministre a reçu son homologue laotien, le général Phan Sisouk. Photo: Kim Lan/VTV Laos\n\n"
            "Les deux ministres ont évoqué la coopération.",
            ["VTV Laos"],
        ),
        (
            "Le Kirghizstan se retire de l’exercice.\nSources : Site de l’OTSC, Kabarpress, Vecherny Press.",
            ["Kabarpress", "Vecherny Press"],
        ),
        ("The minister met the ambassador in Belgrade.\nAuthor:\nNovosti\nThe talks went well.", ["Novosti"]),
        ("Le général a reçu l’attaché. Photo: baochinhphu.vn\nLa coopération progresse.", ["baochinhphu.vn"]),
    ],
)
def test_a_credit_label_s_names_are_outlets(body: str, outlets: list[str], tmp_path: Path) -> None:
    found = {name.casefold() for name in bodies(view(tmp_path, "Coopération", body))}
    assert {o.casefold() for o in outlets} <= found


@pytest.mark.parametrize(
    ("body", "not_bodies"),
    [
        # a photographer named in title case, initials, fillers, a caption's words
        ("Le ministre a reçu l’attaché. Photo: Jean Valmont\nLa coopération progresse.", ["Jean Valmont"]),
        ("Le ministre a reçu l’attaché.\nSOURCE: Agence Kala/MK/Ak/Sf", ["Ak", "MK", "Sf"]),
        ("The minister met the envoy. Photo: Courtesy\nTalks went well.", ["Courtesy"]),
        (
            "Le ministre a reçu l’attaché. Photo: Le ministre reçoit l’attaché militaire\nFin.",
            ["Le ministre"],
        ),
    ],
)
def test_what_a_credit_names_that_is_no_outlet(body: str, not_bodies: list[str], tmp_path: Path) -> None:
    found = set(bodies(view(tmp_path, "Coopération", body)))
    assert not found & set(not_bodies)


@pytest.mark.parametrize("credit", ["Photo: Representational", "Image: screenshot.png", "Sources : Agences"])
def test_a_credit_that_names_a_kind_of_picture_or_a_file_names_no_outlet(credit: str, tmp_path: Path) -> None:
    body = f"The minister met the envoy in Nairobi on Monday. {credit}\nTalks went well."
    assert not [o for o in view(tmp_path, "Visit", body)["organisations"] if o["kind"] == "media"]
