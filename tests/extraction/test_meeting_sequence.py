"""An encounter's noun after `avant` / `before` and the verb of meeting: the subject's next encounter.

The corpus keeps one record per distinct encounter (an audience with the president and a separate
session at the ministry the same day are two). Each case is invented text; the first ones fail on
the code before the rule, the guards pass before and after.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import titled as view


def meetings(got: Any) -> list[list[str]]:
    return sorted(sorted(m["participants"]) for m in got["meetings"])


@pytest.mark.parametrize(
    "body",
    [
        "Le ministre Paul Durand était à Malabo pour une visite de travail. Il a rencontré le ministre de "
        "la Défense, Pedro Nsue, avant un entretien avec le président Teodoro Mba.",
        "Minister Paul Durand was in Malabo on a working visit. He met Defence Minister Pedro Nsue before "
        "talks with President Teodoro Mba.",
        "Minister Paul Durand was in Malabo on a working visit. He met Defence Minister Pedro Nsue after a "
        "long meeting with President Teodoro Mba.",
    ],
)
def test_an_encounter_s_noun_after_before_is_the_next_encounter(body: str, tmp_path: Path) -> None:
    assert meetings(view(tmp_path, "Visite", body)) == [
        ["Paul Durand", "Pedro Nsue"],
        ["Paul Durand", "Teodoro Mba"],
    ]


def test_a_fronted_encounter_still_names_the_subject_s_party(tmp_path: Path) -> None:
    body = (
        "Après son entretien avec le président Teodoro Mba, le ministre Paul Durand a rencontré le "
        "ministre de la Défense, Pedro Nsue."
    )
    assert ["Paul Durand", "Teodoro Mba"] in meetings(view(tmp_path, "Visite", body))


def test_a_noun_after_before_with_no_party_opens_nothing(tmp_path: Path) -> None:
    body = (
        "Minister Paul Durand met Defence Minister Pedro Nsue in Malabo on Monday before a meeting with "
        "the press."
    )
    assert meetings(view(tmp_path, "Visit", body)) == [["Paul Durand", "Pedro Nsue"]]
