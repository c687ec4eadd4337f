"""The committed dataset is exactly what the sources and corrections build, and it is valid."""

from __future__ import annotations

from pathlib import Path

from engagements.convert import source_files
from engagements.submission.checkout import validate_checkout

ROOT = Path(__file__).resolve().parent.parent
FIX = "run `python dev.py dataset` and commit datasets/"


def test_this_checkout_is_a_valid_submission(tmp_path: Path) -> None:
    """Sources, corrections, package == rebuild (no cache: extracted afresh), package valid."""
    report = validate_checkout(ROOT, cache_dir=None)
    assert report.valid, f"{FIX}:\n" + "\n".join(
        f"{i.location}: {i.code}: {i.message}" for i in report.issues
    )


def test_seed_article_is_the_first_source() -> None:
    first = source_files([ROOT / "datasets" / "sources"])[0]
    assert first.name.startswith("000_")
    assert "Flintlock" in first.read_text(encoding="utf-8")
