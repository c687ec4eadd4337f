"""A table of broken packages: each gives its specific code, none crashes, none is reported valid."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from engagements.models import text_checksum
from engagements.package.validate import validate_package
from engagements.report import MAX_ISSUES
from packages import SAMPLE_TEXT, sample_dataset, set_cells, write


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


def _link_loop(rel: str) -> Callable[[Path], None]:
    def apply(package: Path) -> None:
        path = package / rel
        path.unlink()
        path.symlink_to(f"{path.name}.loop")
        path.with_name(f"{path.name}.loop").symlink_to(path.name)

    return apply


def _linked_out(rel: str) -> Callable[[Path], None]:
    """The file moved beside the package, and a link to it in its place."""

    def apply(package: Path) -> None:
        shutil.move(package / rel, package.parent / "elsewhere")
        (package / rel).symlink_to(package.parent / "elsewhere")

    return apply


def _fifo(rel: str) -> Callable[[Path], None]:
    def apply(package: Path) -> None:
        (package / rel).unlink()
        os.mkfifo(package / rel)

    return apply


def _descriptor_text(change: Callable[[str], str]) -> Callable[[Path], None]:
    def apply(package: Path) -> None:
        path = package / "datapackage.json"
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")

    return apply


def _json(change: Callable[[dict], None]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    def apply(package: Path) -> None:
        path = package / "engagements.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    return apply


def _long_article_then_bad_row(package: Path) -> None:
    """A valid article of 520,000 characters (over csv's 131,072 field limit), then a bad cell."""
    text = SAMPLE_TEXT + "\n\n" + "mot " * 130_000 + "fin"
    set_cells(package, "articles", 2, {"text": text, "checksum": text_checksum(text)})
    path = package / "data/articles.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows.append([*rows[1]])
    rows[2][rows[0].index("id")], rows[2][rows[0].index("language")] = "art-2", "french"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


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
    ("name evidence quoting a title", _cells("evidence", 2, field="name"), "evidence_not_a_mention"),
    (
        "participant evidence quoting someone else",
        _cells("evidence", 2, subject_id="mtg-1", field="participants[per-1]"),
        "evidence_not_a_mention",
    ),
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
    # hostile files: links, special files, limits, JSON that other readers read otherwise
    ("table file in a link loop", _link_loop(PERSONS), "unsafe_path"),
    ("descriptor in a link loop", _link_loop("datapackage.json"), "unsafe_path"),
    (
        "descriptor linked out of the package",
        _linked_out("datapackage.json"),
        "unsafe_path",
    ),
    ("FIFO as a table file", _fifo(PERSONS), "special_file"),
    ("FIFO as the descriptor", _fifo("datapackage.json"), "special_file"),
    (
        "descriptor over the size limit",
        _descriptor_text(lambda t: t[:-2] + " " * (11 * 1024 * 1024) + "}\n"),
        "file_too_large",
    ),
    (
        "descriptor integer of 5,000 digits",
        _descriptor_text(lambda t: t.replace('"version": "', '"bytes": ' + "9" * 5000 + ', "version": "', 1)),
        "number_too_long",
    ),
    (
        "descriptor with a lone surrogate",
        _descriptor_text(lambda t: t.replace('"data/persons.csv"', '"data/pers\\ud800ons.csv"')),
        "encoding_error",
    ),
    (
        "descriptor key twice",
        _descriptor_text(
            lambda t: t.replace('"path": "data/persons.csv"', '"path": "x.csv", "path": "data/persons.csv"')
        ),
        "repeated_key",
    ),
    (
        "descriptor with NaN",
        _descriptor_text(lambda t: t.replace('"version": "', '"bytes": NaN, "version": "', 1)),
        "descriptor_not_json",
    ),
    ("integer of 5,000 digits in a cell", _cells("evidence", 2, start="9" * 5000), "type_error"),
    ("integer of 19 digits in a cell", _cells("evidence", 2, end="1" + "0" * 18), "type_error"),
    (
        "header of two million columns",
        _edit(
            PERSONS, lambda b: b.replace(b"\n", b"".join(b",c%d" % i for i in range(2_000_000)) + b"\n", 1)
        ),
        "csv_malformed",
    ),
    ("long article, then a bad cell", _long_article_then_bad_row, "enum_mismatch"),
    # the descriptor says what the models generate, not merely the right names and paths
    (
        "semicolon dialect",
        _descriptor(_resource("persons", dialect={"delimiter": ";"})),
        "descriptor_mismatch",
    ),
    (
        "latin-1 encoding declared",
        _descriptor(_resource("persons", encoding="latin-1")),
        "descriptor_mismatch",
    ),
    ("resource without schema", _descriptor(lambda d: d["resources"][0].pop("schema")), "schema_mismatch"),
    (
        "weakened field type",
        _descriptor(
            lambda d: next(r for r in d["resources"] if r["name"] == "evidence")["schema"]["fields"][
                4
            ].update(type="string")
        ),
        "schema_mismatch",
    ),
    (
        "constraint dropped",
        _descriptor(
            lambda d: next(r for r in d["resources"] if r["name"] == "meetings")["schema"]["fields"][10].pop(
                "constraints"
            )
        ),
        "schema_mismatch",
    ),
    (
        "primary key dropped",
        _descriptor(lambda d: d["resources"][1]["schema"].pop("primaryKey")),
        "schema_mismatch",
    ),
    ("resource property added", _descriptor(_resource("persons", hash="md5:0")), "descriptor_mismatch"),
    (
        "Data Package v1 profile",
        _descriptor(lambda d: d.update({"$schema": "tabular-data-package"})),
        "descriptor_mismatch",
    ),
    # engagements.json says what the tables say
    ("engagements.json deleted", lambda p: (p / "engagements.json").unlink(), "file_missing"),
    ("engagements.json garbage", _edit("engagements.json", lambda b: b[: len(b) // 2]), "json_invalid"),
    (
        "engagements.json disagreeing",
        _json(lambda d: d["persons"][0].update(name="Quelqu’un")),
        "json_mismatch",
    ),
    ("engagements.json missing a record", _json(lambda d: d["evidence"].pop()), "json_mismatch"),
    ("engagements.json with text after it", _edit("engagements.json", lambda b: b + b"{}\n"), "json_invalid"),
    ("engagements.json cut at the end", _edit("engagements.json", lambda b: b[:-3]), "json_invalid"),
    (
        "engagements.json key twice",
        _edit("engagements.json", lambda b: b.replace(b'"id": "per-1",', b'"id": "per-1", "id": "per-1",')),
        "repeated_key",
    ),
    (
        "engagements.json linked out of the package",
        _linked_out("engagements.json"),
        "unsafe_path",
    ),
    # every text column, and what shows differently from what it says
    (
        "formula in a source file name",
        _cells("articles", 2, source_file="=cmd|' -C calc'!A0.txt"),
        "formula_like",
    ),
    ("bidi override in a name", _cells("persons", 2, name="Khalifa \u202eraftaH"), "invisible_character"),
    ("zero-width space in a name", _cells("persons", 2, name="Khal\u200bifa"), "invisible_character"),
    ("bidi isolate in a quote", _cells("evidence", 2, quote="mar\u2067échal"), "invisible_character"),
    (
        "bidi override in a url",
        _cells("articles", 2, url="https://example.org/\u202egpj.exe"),
        "invisible_character",
    ),
    ("year 0000", _cells("articles", 2, published="0000"), "invalid_date"),
    # evidence field paths, down to the list index and the leaf
    (
        "evidence for a list item past the end",
        _cells("evidence", 2, field="titles[999]"),
        "field_index_out_of_range",
    ),
    (
        "evidence for a child row past the end",
        _cells("evidence", 2, field="roles[3]"),
        "field_index_out_of_range",
    ),
    ("evidence for a leaf the item lacks", _cells("evidence", 2, field="roles[0].password"), "unknown_field"),
    ("evidence indexing a value that is no list", _cells("evidence", 2, field="name[0]"), "unknown_field"),
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
    # valid text, so only engagements.json (still the old name) disagrees with the table
    expected = {"formula_like"} if word.startswith("-") else {"json_mismatch"}
    assert report.codes() == expected, report.issues


@pytest.mark.parametrize("engine", ["fast", "model"])
def test_articles_longer_than_a_csv_field_limit_are_valid(engine: str, tmp_path: Path) -> None:
    dataset = sample_dataset()
    text = SAMPLE_TEXT + "\n\n" + "mot " * 130_000 + "fin"
    long = dataset.articles[0].model_copy(update={"text": text, "checksum": text_checksum(text)})
    package = write(dataset.model_copy(update={"articles": [long]}), tmp_path)
    assert validate_package(package, engine=engine).valid  # type: ignore[arg-type]


@pytest.mark.parametrize("engine", ["fast", "model"])
def test_issues_past_the_limit_are_counted_not_listed(engine: str, tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    rows = "".join(
        f"evi-x{i},per-1,titles,art-1,three,11,maréchal,,automatic\n" for i in range(MAX_ISSUES + 500)
    )
    with (package / "data/evidence.csv").open("a", encoding="utf-8") as handle:
        handle.write(rows)
    report = validate_package(package, engine=engine)  # type: ignore[arg-type]
    assert len(report.issues) == MAX_ISSUES + 1 and not report.valid
    summary = report.issues[-1]
    assert summary.code == "too_many_issues" and "type_error" in summary.message
    assert int(summary.message.split()[0]) == 500  # every issue past the limit is counted


def test_engagements_json_laid_out_otherwise_is_still_valid(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    path = package / "engagements.json"
    path.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8")), separators=(",", ":")))
    assert validate_package(package).valid
