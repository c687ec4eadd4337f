"""schema/ is generated from the models; this fails on drift and says how to fix it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from engagements.package import nfc_suspects, spec, tables
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


def test_nfc_suspects_match_this_pythons_unicode() -> None:
    """The fast engine normalises only texts holding a suspect (`nfc_suspects`): the file must
    list every character this Python's Unicode makes one. On the Python that wrote it, the same
    list; on a later Unicode, at least those (characters it assigns since were unassigned, so
    listed)."""
    fix = f"run `engagements schema` (or `make schema`) and commit {nfc_suspects.SUSPECTS_PATH}"
    path = ROOT / nfc_suspects.SUSPECTS_PATH
    assert path == nfc_suspects.SUSPECTS_FILE
    version, listed = _listed(path)
    missed = nfc_suspects.suspect_code_points() - listed
    assert not missed, f"{len(missed)} suspects missing (first U+{min(missed):04X}): {fix}"
    if version == unicodedata.unidata_version:
        assert path.read_text(encoding="utf-8") == nfc_suspects.render_suspects(), f"out of date: {fix}"


def test_text_without_a_suspect_is_nfc() -> None:
    """The quick check the list stands on, tried on every character that is no suspect after
    each ASCII letter and after a few others (the pairs NFC could compose)."""
    _, listed = _listed(nfc_suspects.SUSPECTS_FILE)
    plain = [chr(p) for p in range(0x80, 0x110000) if p not in listed and not 0xD800 <= p <= 0xDFFF]
    for before in ("a", "e", "A", "\u1100", "\uac00", "\u0915", "\u05d0", "\u3042"):
        text = "".join(before + character for character in plain)
        assert unicodedata.is_normalized("NFC", text), before


def _listed(path: Path) -> tuple[str, set[int]]:
    """(Unicode version, code points) of a `nfc_suspects.txt`."""
    version, runs = nfc_suspects.read_suspects(path.read_text(encoding="utf-8"))
    return version, {point for first, last in runs for point in range(first, last + 1)}
