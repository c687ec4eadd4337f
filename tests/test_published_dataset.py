"""The committed dataset is exactly what the sources build, and it is valid."""

from __future__ import annotations

from pathlib import Path

from engagements.convert import build_dataset, source_files
from engagements.package.validate import validate_package
from engagements.package.write import render

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "datasets" / "engagements"
FIX = "run `python dev.py dataset` and commit datasets/"


def test_published_package_is_valid() -> None:
    report = validate_package(PUBLISHED)
    assert report.valid, report.issues


def test_published_package_is_reproduced_from_the_sources() -> None:
    dataset, failures = build_dataset(source_files([ROOT / "datasets" / "sources"]))
    assert not failures
    for name, text in render(dataset).items():
        assert (PUBLISHED / name).read_text(encoding="utf-8") == text, f"{name} differs: {FIX}"
    on_disk = {p.relative_to(PUBLISHED).as_posix() for p in PUBLISHED.rglob("*") if p.is_file()}
    assert on_disk == set(render(dataset)), FIX


def test_seed_article_is_the_first_source() -> None:
    first = source_files([ROOT / "datasets" / "sources"])[0]
    assert first.name.startswith("000_")
    assert "Flintlock" in first.read_text(encoding="utf-8")
