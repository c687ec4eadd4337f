"""The extraction of a handful of articles is pinned; any change is reviewed as a diff."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(GOLDEN))

from regenerate import render  # noqa: E402


@pytest.mark.parametrize("article", sorted(GOLDEN.glob("*.txt")), ids=lambda p: p.stem)
def test_extraction_matches_the_golden_file(article: Path) -> None:
    expected = article.with_suffix(".expected.json").read_text(encoding="utf-8")
    actual = render(article)
    diff = "".join(
        difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "expected", "actual")
    )
    assert actual == expected, (
        f"{article.name} changed; review, then run python tests/golden/regenerate.py\n{diff}"
    )
