"""schema/ is generated from the models; this fails on drift and says how to fix it."""

from __future__ import annotations

from pathlib import Path

from engagements.package.docs import rendered_docs
from engagements.package.schema import rendered

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
FIX = "run `engagements schema` (or `make schema`) and commit schema/"


def test_schema_dir_matches_the_models() -> None:
    expected = rendered()
    on_disk = {
        p.relative_to(SCHEMA_DIR).as_posix(): p.read_text(encoding="utf-8")
        for p in SCHEMA_DIR.glob("*/*.json")
    }
    assert set(on_disk) == set(expected), f"schema/ files differ from the models: {FIX}"
    stale = sorted(name for name, text in expected.items() if on_disk[name] != text)
    assert not stale, f"{', '.join(stale)} out of date: {FIX}"


def test_reference_docs_match_the_code() -> None:
    for name, text in rendered_docs(ROOT).items():
        path = ROOT / name
        assert path.exists() and path.read_text(encoding="utf-8") == text, f"{name} out of date: {FIX}"
