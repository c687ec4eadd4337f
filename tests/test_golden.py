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


def test_the_golden_articles_converted_together_make_a_valid_package(tmp_path: Path) -> None:
    """Records of several reports of one exercise or person merge, and every evidence row still
    addresses an item the merged record has: two reports of one edition name other participants."""
    from engagements.convert import convert_sources

    sources = tmp_path / "sources"
    sources.mkdir()
    for article in sorted(GOLDEN.glob("*.txt")):
        (sources / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    for name, partners in (("a", "du Mali et de la Mauritanie"), ("b", "du Ghana et du Togo")):
        (sources / f"sirocco-{name}.txt").write_text(
            f"Exercice : Sirocco Bleu 2025\n\nL’exercice Sirocco Bleu 2025 s’est tenu en mars 2025 au "
            f"Sénégal, avec la participation {partners}.\n",
            encoding="utf-8",
        )
    result = convert_sources([sources], tmp_path / "out", workers=1)
    assert result.failures == [] and result.report.valid, result.report.issues[:5]
