"""A body in capitals and one of its organs named with it (`NATO`, `NATO Military Committee`) are two
bodies; a body written short by its first word (`Wagner`, `Wagner Group`) is one; letters a small
town shares are a body's after `the` (`under the UN mandate`); a number word before a body is not
part of its name (`Two Indonesian Navy ships`).

The cases marked so fail on the code before their rule; every name is made up.
"""

from __future__ import annotations

from pathlib import Path

from articles import body_names as bodies
from articles import titled as view


def test_a_body_in_capitals_and_its_organ_are_two_bodies(tmp_path: Path) -> None:
    body = (
        "The Chair of the CSTA Military Committee visited Bogotá. He praised the cooperation between "
        "CSTA and Colombia."
    )
    assert {"CSTA", "CSTA Military Committee"} <= set(bodies(view(tmp_path, "Visit", body)))


def test_a_body_written_short_by_its_first_word_is_one_body(tmp_path: Path) -> None:
    body = "The Korvag Group deployed fighters near Sirte on Monday. Korvag denied it on Tuesday."
    names = bodies(view(tmp_path, "Libya", body))
    assert "Korvag Group" in names
    assert "Korvag" not in names


def test_letters_a_small_town_shares_are_a_body_s_after_the(tmp_path: Path) -> None:
    body = (
        "The battalion trains in a sub-conventional scenario under the UN mandate, the ministry said. "
        "Exchanges between the JSDF and the CAF will grow."
    )
    assert {"CAF", "UN"} <= set(bodies(view(tmp_path, "Drill", body)))


def test_a_number_word_before_a_body_is_not_part_of_its_name(tmp_path: Path) -> None:  # fails before
    body = "GOODWILL VISIT. Two Koravian Navy ships arrived in Manila on Monday for a four-day visit."
    names = bodies(view(tmp_path, "Navy visit", body))
    assert not [n for n in names if n.startswith("Two ")]


def test_letters_before_a_noun_of_place_stay_a_town_s(tmp_path: Path) -> None:
    body = (
        "Troops were redeployed to the GAO sector on Monday, the army said. Soldiers guarded the JOS plateau."
    )
    assert not {"GAO", "JOS"} & set(bodies(view(tmp_path, "Sahel", body)))
