"""Writer then validator: nothing on valid data; each injected fault found, by both engines alike."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.models import Dataset
from engagements.package.validate import validate_package
from packages import found, sample_dataset, set_cells, write
from strategies import datasets

# (table, cells to set on the first data row, (field, code) that must be reported)
FAULTS = [
    ("persons", {"name": " padded"}, ("name", "untrimmed")),
    ("persons", {"country": "ZZ"}, ("country", "enum_mismatch")),
    ("persons", {"id": "person-1"}, ("id", "pattern_mismatch")),
    ("persons", {"names": "not json"}, ("names", "type_error")),
    ("persons", {"titles": '["=cmd"]'}, ("titles", "formula_like")),
    ("meetings", {"date": "2025-02-30", "date_precision": "day"}, ("date", "invalid_date")),
    ("meetings", {"date": "2025-03", "date_precision": "day"}, ("date_precision", "precision_mismatch")),
    ("meetings", {"mode": "boat"}, ("mode", "enum_mismatch")),
    ("meetings", {"place_name": "", "place_country": "LY"}, ("place_name", "required")),
    ("meetings", {"place_name": "Rajma", "place_latitude": "95"}, ("place_latitude", "out_of_range")),
    ("exercises", {"edition": "12.5"}, ("edition", "type_error")),
    ("exercises", {"name": "=1+1"}, ("name", "formula_like")),
    ("exercises", {"start": "2026-05", "end": "2026-04"}, ("end", "date_order")),
    ("exercises", {"status": ""}, ("status", "required")),
    ("articles", {"checksum": "0" * 64}, ("checksum", "checksum_mismatch")),
    ("articles", {"published": "2025-13"}, ("published", "invalid_date")),
    ("articles", {"title": "Titre\u0007"}, ("title", "control_character")),
    ("organisations", {"parent_id": "org-missing"}, ("parent_id", "dangling_reference")),
    ("organisations", {"kind": "army"}, ("kind", "enum_mismatch")),
    ("meeting_articles", {"article_id": "art-missing"}, ("article_id", "dangling_reference")),
    ("exercise_articles", {"position": "-1"}, ("position", "out_of_range")),
    ("evidence", {"quote": "≠"}, ("quote", "quote_mismatch")),
    ("evidence", {"end": "99999"}, ("end", "span_out_of_bounds")),
    ("evidence", {"start": "-1"}, ("start", "out_of_range")),
    ("evidence", {"subject_id": "per-missing"}, ("subject_id", "dangling_reference")),
    ("evidence", {"field": "nonsense"}, ("field", "unknown_field")),
    ("evidence", {"start": "5", "end": "5"}, ("end", "span_order")),
]


@given(datasets())
def test_valid_packages_have_no_issue_in_either_engine(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        package = write(dataset, Path(tmp))
        for engine in ("fast", "model"):
            report = validate_package(package, engine=engine)
            assert report.issues == [], engine


@given(datasets(min_each=1), st.sampled_from(FAULTS))
def test_each_injected_fault_is_found_and_both_engines_agree(dataset: Dataset, fault: tuple) -> None:  # type: ignore[type-arg]
    """Both engines agree on the cell and row checks, which each engine implements on its own
    (polars expressions against pydantic models). Table-level checks (keys, foreign keys,
    evidence spans and quotes, identity, evidence that names its record) are one shared code
    path (`validate_common.check_tables`) run on either engine's frames, so agreement there
    only shows both engines hand it the same cells; those checks are tested by the faults
    themselves (each must be found), not by the agreement."""
    table, cells, (field, code) = fault
    with tempfile.TemporaryDirectory() as tmp:
        package = write(dataset, Path(tmp))
        set_cells(package, table, 2, cells)
        fast = found(validate_package(package, engine="fast"))
        model = found(validate_package(package, engine="model"))
        assert (f"data/{table}.csv", 2, field, code) in fast
        assert fast == model


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f"{f[0]}-{f[2][1]}")
def test_each_fault_is_found_on_the_sample_dataset(fault: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    table, cells, (field, code) = fault
    package = write(sample_dataset(), tmp_path)
    set_cells(package, table, 2, cells)
    report = validate_package(package)
    assert (f"data/{table}.csv", 2, field, code) in found(report)
    assert not report.valid


# Texts whose NFC verdict the engines must share, whichever Unicode each library carries. The
# last composes only in Unicode 16 (U+105D2 U+0307 is U+105C9 there, unassigned in Python 3.11's
# 14), so the verdict is the running Python's: the models' own test.
NFC_CELLS = [
    ("Khalife\u0301", True),  # a combining acute after e
    ("\uac00\u11a8", True),  # a Hangul syllable and a trailing jamo: one syllable in NFC
    ("\u0958", True),  # excluded from composition: not NFC alone
    ("Ha\u0303ftar", None),  # a tilde over a: composes
    ("\U000105d2\u0307", None),
]


@pytest.mark.parametrize(("text", "broken"), NFC_CELLS)
@pytest.mark.parametrize(
    ("table", "column", "cell"), [("persons", "name", "{}"), ("persons", "names", '["{}"]')]
)
def test_engines_agree_on_nfc_whatever_their_unicode(
    text: str, broken: bool | None, table: str, column: str, cell: str, tmp_path: Path
) -> None:
    import unicodedata

    package = write(sample_dataset(), tmp_path)
    set_cells(package, table, 2, {column: cell.format(text)})
    fast = found(validate_package(package, engine="fast"))
    assert fast == found(validate_package(package, engine="model"))
    expected = not unicodedata.is_normalized("NFC", text) if broken is None else broken
    assert ((f"data/{table}.csv", 2, column, "not_nfc") in fast) == expected
