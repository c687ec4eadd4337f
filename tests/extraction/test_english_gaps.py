"""English gaps on invented articles: each test states a rule of English news language.

Every person and place name here is made up or a well-known capital; none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extraction_en import names, person, view


@pytest.mark.parametrize("rank", ["Gen.", "Lt. Gen.", "General"])
def test_a_rank_after_a_verb_introduces_the_object_of_the_meeting(rank: str, tmp_path: Path) -> None:
    got = view(tmp_path, f"Minister of Defense Halvard Quist received {rank} Ferris Oakhurst in Nairobi.")
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst"}
    assert person(got, "Ferris Oakhurst")["titles"] == [rank]
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Halvard Quist", "Ferris Oakhurst"}]
