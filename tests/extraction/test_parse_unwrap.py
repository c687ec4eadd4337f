"""Parse: lines a page cut at a width are joined back, and a title is never cut from its holder."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import titled as view

from engagements.pipeline.parse import unwrap


def test_a_line_ending_with_a_rank_goes_on_with_the_name_below() -> None:
    lines = [
        "Visit",
        "The chief arrived on a two-day visit and called on Chief of Army Staff, General",
        "Tariq Javed Mirza here at General Headquarters. Matters of mutual interest",
        "were discussed.",
    ]
    assert unwrap(lines)[1].endswith(
        "General Tariq Javed Mirza here at General Headquarters. Matters of mutual interest were discussed."
    )


@pytest.mark.parametrize(
    "lines",
    [
        ["Le Président", "Le Premier ministre reçoit l’ambassadeur"],  # the headline's last word
        ["Politique", "© AFP par DR", "Le Chef de l’Etat, Issoufou Mahamadou"],  # rights reserved
        ["Politique", "Il a été reçu par le ministre.", "Le Général Diallo a ensuite parlé."],  # a full stop
    ],
)
def test_lines_that_end_otherwise_stay_apart(lines: list[str]) -> None:
    assert unwrap(lines) == lines


def test_the_name_a_wrap_cut_from_its_rank_is_a_person_who_met(tmp_path: Path) -> None:
    body = (
        "The chief of the UK army, General Sir John Hale, arrived on a two-day official visit to Pakistan\n"
        "and on Monday he called on the Chief of Army Staff (COAS), General\n"
        "Tariq Javed Mirza here at General Headquarters (GHQ). Matters of mutual interest were\n"
        "discussed during the meeting, said a statement issued by the army press office today."
    )
    got = view(tmp_path, "Visit", body)
    assert "Tariq Javed Mirza" in [p["name"] for p in got["persons"]]


def test_a_list_of_officers_and_a_word_that_only_spells_a_title_stay_apart() -> None:
    officers = [
        "Officers",
        "The following officers attended the ceremony on Friday at Kahawa Garrison:",
        "Brigadier General Tom Otieno, Commander",
        "Major General Ali Juma, Chief of Staff",
        "Colonel Peter Kamau, Commander",
    ]
    assert unwrap(officers) == officers
    quoted = [
        "Interview",
        "The veteran spoke to us on Monday.",
        "He said the war had changed me",
        "Soldiers rest.",
    ]
    assert unwrap(quoted) == quoted


def test_a_paragraph_joined_line_by_line_keeps_every_line() -> None:
    line = "The battalion paraded before the guests and then its officers saluted General"
    joined = unwrap(["Title", *[line] * 2000])
    assert joined[0] == "Title"
    assert joined[1:] == [" ".join([line] * 2000)]
