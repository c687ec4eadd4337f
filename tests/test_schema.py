"""schema/ is generated from the models; this fails on drift and says how to fix it."""

from __future__ import annotations

from pathlib import Path

from engagements.package import spec, tables
from engagements.package.docs import rendered_docs
from engagements.package.schema import rendered, spec_text

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
FIX = "run `engagements schema` (or `make schema`) and commit schema/"
SPEC_FIX = f"run `engagements schema` (or `make schema`) and commit {spec.SPEC_PATH}"


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


def test_validator_spec_matches_the_models() -> None:
    """The validator reads the tables from spec.json, never from the models: it must say the same."""
    path = ROOT / spec.SPEC_PATH
    assert path == spec.SPEC_FILE
    assert path.read_text(encoding="utf-8") == spec_text(), f"{spec.SPEC_PATH} out of date: {SPEC_FIX}"
    assert spec.tables() == tables.tables()  # every column, rule and key (models and annotations aside)
    assert spec.top_level() == tuple(tables.TOP_LEVEL)
    assert spec.record_fields() == tables.record_fields()
