"""A table of broken packages: each gives its specific code, none crashes, none is reported valid."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from engagements.package.validate import validate_package
from packages import sample_dataset, set_cells, write


def _edit(rel: str, change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def apply(package: Path) -> None:
        path = package / rel
        path.write_bytes(change(path.read_bytes()))

    return apply


def _descriptor(change: Callable[[dict], None]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    def apply(package: Path) -> None:
        path = package / "datapackage.json"
        data = json.loads(path.read_text())
        change(data)
        path.write_text(json.dumps(data))

    return apply


def _cells(table: str, row: int, **values: str) -> Callable[[Path], None]:
    return lambda package: set_cells(package, table, row, values)


def _resource(name: str, **values: object) -> Callable[[dict], None]:  # type: ignore[type-arg]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        next(r for r in data["resources"] if r["name"] == name).update(values)

    return change


def _loop(package: Path) -> None:
    set_cells(package, "redirects", 2, {"target_id": "per-9"})
    set_cells(package, "redirects", 3, {"target_id": "per-8"})


PERSONS = "data/persons.csv"
CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("missing file", lambda p: (p / PERSONS).unlink(), "file_missing"),
    ("no descriptor", lambda p: (p / "datapackage.json").unlink(), "package_not_found"),
    ("descriptor not JSON", _edit("datapackage.json", lambda b: b[:-20]), "descriptor_not_json"),
    (
        "descriptor without resources",
        lambda p: (p / "datapackage.json").write_text("{}"),
        "descriptor_invalid",
    ),
    ("resource path with ..", _descriptor(_resource("persons", path="../persons.csv")), "unsafe_path"),
    ("absolute resource path", _descriptor(_resource("persons", path="/etc/passwd")), "unsafe_path"),
    ("remote resource path", _descriptor(_resource("persons", path="https://x.org/p.csv")), "unsafe_path"),
    ("resource not declared", _descriptor(lambda d: d["resources"].pop(1)), "resource_missing"),
    (
        "unknown resource",
        _descriptor(lambda d: d["resources"].append({"name": "extra", "path": "x.csv"})),
        "unknown_resource",
    ),
    (
        "declared fields differ",
        _descriptor(_resource("persons", schema={"fields": [{"name": "id"}]})),
        "schema_mismatch",
    ),
    (
        "missing column",
        _edit(PERSONS, lambda b: b.replace(b",country", b"").replace(b",\n", b"\n")),
        "missing_column",
    ),
    (
        "extra column",
        _edit(PERSONS, lambda b: b.replace(b"\n", b",extra\n", 1)),
        "extra_column",
    ),
    ("duplicate column", _edit(PERSONS, lambda b: b.replace(b"id,name", b"id,id", 1)), "duplicate_column"),
    ("columns out of order", _edit(PERSONS, lambda b: b.replace(b"id,name", b"name,id", 1)), "column_order"),
    ("wrong type", _cells("evidence", 2, start="three"), "type_error"),
    ("deeply nested array cell", _cells("persons", 2, names="[" * 5000 + "]" * 5000), "type_error"),
    ("impossible date", _cells("articles", 2, published="2025-02-30"), "invalid_date"),
    ("duplicate id", _cells("persons", 3, id="per-1"), "duplicate_key"),
    ("dangling reference", _cells("meeting_articles", 2, article_id="art-9"), "dangling_reference"),
    ("span outside the text", _cells("evidence", 2, end="500"), "span_out_of_bounds"),
    ("quote mismatch", _cells("evidence", 2, quote="général"), "quote_mismatch"),
    ("formula-like cell", _cells("persons", 2, name='=HYPERLINK("x")'), "formula_like"),
    ("tab-led cell", _cells("persons", 2, name="\tKhalifa"), "control_character"),
    (
        "non-UTF-8 CSV",
        _edit(PERSONS, lambda b: b.replace(b"Haftar", "Haft\xe4r".encode("latin-1"))),
        "encoding_error",
    ),
    ("CRLF line endings", _edit(PERSONS, lambda b: b.replace(b"\n", b"\r\n")), "crlf_line_endings"),
    ("empty file", _edit(PERSONS, lambda b: b""), "empty_file"),
    ("byte order mark", _edit(PERSONS, lambda b: b"\xef\xbb\xbf" + b), "byte_order_mark"),
    ("ragged row", _edit(PERSONS, lambda b: b + b"per-3,Too,Few\n"), "csv_malformed"),
    ("too many cells", _edit(PERSONS, lambda b: b + b"per-3,A,,,,,,\n"), "csv_malformed"),
    ("unterminated quote", _edit(PERSONS, lambda b: b + b'per-3,"Open,,,\n'), "csv_malformed"),
    ("required value empty", _cells("organisations", 2, kind=""), "required"),
    ("enum violated", _cells("meetings", 2, status="maybe"), "enum_mismatch"),
    (
        "meeting without article",
        lambda p: (p / "data/meeting_articles.csv").write_text("meeting_id,position,article_id\n"),
        "too_few",
    ),
    ("checksum mismatch", _cells("articles", 2, checksum="f" * 64), "checksum_mismatch"),
    ("unnormalised text", _cells("persons", 2, name="Khalife\u0301"), "not_nfc"),
    ("evidence for a missing subject", _cells("evidence", 2, subject_id="org-9"), "dangling_reference"),
    # a file that is not a descriptor (a CSV, a plain file) is no package, not a broken descriptor
    ("path is a non-JSON file", lambda p: (shutil.rmtree(p), p.write_text("x")), "package_not_found"),
    (
        "external evidence for no record",
        _cells("external_evidence", 2, subject_id="mtg-9"),
        "dangling_reference",
    ),
    ("external evidence for no field", _cells("external_evidence", 2, field="colour"), "unknown_field"),
    (
        "external evidence from no correction",
        _cells("external_evidence", 2, correction_id="cor-9"),
        "dangling_reference",
    ),
    ("external quote too long", _cells("external_evidence", 2, quote="x" * 301), "too_long"),
    ("external url not http", _cells("external_evidence", 2, url="file:///etc/passwd"), "pattern_mismatch"),
    ("external access not a day", _cells("external_evidence", 2, accessed="2026-12"), "pattern_mismatch"),
    ("external access impossible", _cells("external_evidence", 2, accessed="2026-02-30"), "invalid_date"),
    ("redirect to no record", _cells("redirects", 2, target_id="per-7"), "redirect_dangling"),
    ("redirect from a record", _cells("redirects", 2, id="per-2"), "redirect_shadowed"),
    ("redirect to a redirect", _cells("redirects", 2, target_id="per-9"), "redirect_chain"),
    ("redirect to itself", _cells("redirects", 3, target_id="per-9"), "redirect_cycle"),
    ("redirects in a loop", _loop, "redirect_cycle"),
    ("redirect to another kind", _cells("redirects", 2, target_id="org-1"), "redirect_table_mismatch"),
    ("judgement of no record", _cells("judgements", 2, left_id="per-7"), "judgement_unknown_record"),
    ("judgement across kinds", _cells("judgements", 2, right_id="org-1"), "judgement_table_mismatch"),
    (
        "negative judgement of one record",
        _cells("judgements", 2, judgement="negative"),
        "judgement_not_applied",
    ),
    ("positive judgement of two records", _cells("judgements", 2, right_id="per-2"), "judgement_not_applied"),
]


@pytest.mark.parametrize(("name", "breaks", "code"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("engine", ["fast", "model"])
def test_broken_package_gives_its_code(
    name: str, breaks: Callable[[Path], None], code: str, engine: str, tmp_path: Path
) -> None:
    package = write(sample_dataset(), tmp_path)
    assert validate_package(package, engine=engine).valid  # type: ignore[arg-type]
    breaks(package)
    report = validate_package(package, engine=engine)  # type: ignore[arg-type]
    assert not report.valid
    assert code in report.codes(), report.issues
    for issue in report.issues:
        assert issue.message and issue.location.file


def test_there_are_at_least_25_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("word", ["NaN", "null", "NULL", "N/A", "None", "nan", "#N/A", "-NaN"])
def test_words_that_csv_readers_treat_as_null_are_text(word: str, tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    set_cells(package, "persons", 2, {"name": word})
    report = validate_package(package)
    expected = {"formula_like"} if word.startswith("-") else set()
    assert report.codes() == expected, report.issues
