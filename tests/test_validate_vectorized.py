"""The validator's whole-column evidence checks against their row-by-row definitions.

`support.check_support` and `evidence._item_keys` run on whole columns (polars for ASCII text,
Python once per distinct value otherwise); the row-by-row versions below are the definitions
they replaced, kept here as the reference: on packages with quotes, fields and subjects
shuffled, both give the same report.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engagements.mention_rule import fold, names_a
from engagements.models import Dataset
from engagements.package import evidence, validate, validate_common
from engagements.package.evidence import slug_series
from engagements.package.json_check import _encoded_records, _flat_records, _list_json, _slices, expected_json
from engagements.package.read import ROW_COLUMN
from engagements.package.spec import Column
from engagements.package.support import (
    _PARTICIPANT,
    NAME_FIELDS,
    _listed,
    _redirects,
    fold_series,
)
from engagements.package.tables import SINGULAR, TOP_LEVEL, _shape, tables
from engagements.package.validate import validate_package
from engagements.package.validate_common import Found, Frames
from engagements.pipeline.resolve import slug
from packages import sample_dataset, write
from strategies import datasets

TEXT = st.text(
    alphabet=st.sampled_from(list("aAzZ09 -‐‑’'\t\n\x1c\x0b.éÉàßİΣςﬁŉ\u0301\u00a0\u2003\u200b_[]\"\\")),
    max_size=60,
) | st.text(max_size=60)


@given(st.lists(TEXT, max_size=20))
def test_fold_series_is_fold(texts: list[str]) -> None:
    assert fold_series(pl.Series(texts, dtype=pl.String)).to_list() == [fold(t) for t in texts]


@given(st.lists(TEXT | st.text(alphabet="ab -", min_size=40, max_size=70), max_size=20))
def test_slug_series_is_slug(texts: list[str]) -> None:
    assert slug_series(pl.Series(texts, dtype=pl.String)).to_list() == [slug(t) for t in texts]


def test_nulls_stay_null() -> None:
    assert fold_series(pl.Series([None, "A-b"], dtype=pl.String)).to_list() == [None, "a b"]
    assert slug_series(pl.Series([None, "É"], dtype=pl.String)).to_list() == [None, "e"]


def reference_support(frames: Frames, found: Found) -> None:
    """Report every name or participant evidence row whose quote does not name its record."""
    table = "evidence"
    if table not in frames.frames:
        return
    frame = frames.frames[table]
    if not {"subject_id", "field", "quote"} <= set(frame.columns):
        return
    valid = frames.valid(table, "subject_id") & frames.valid(table, "field") & frames.valid(table, "quote")
    if "correction_id" in frame.columns:  # a reviewer's evidence for a merge may quote what links the two
        valid = valid & frame["correction_id"].is_null()
    rows = frame.filter(
        valid
        & (
            pl.col("field").is_in(list(NAME_FIELDS))
            | pl.col("field").str.starts_with("participants[per-")
            | pl.col("field").str.starts_with("participants[org-")
        )
    ).select(ROW_COLUMN, "subject_id", "field", "quote")
    if rows.is_empty():
        return
    forms = reference_forms(frames)
    redirects = _redirects(frames)
    for row, subject, field_name, quote in rows.iter_rows():
        participant = _PARTICIPANT.match(field_name)
        if participant:
            record = participant["id"]
        elif subject.startswith(("per-", "org-")) or (subject.startswith("exe-") and field_name == "name"):
            record = subject
        else:
            continue
        record = redirects.get(record, record)
        if record not in forms:
            continue  # a subject that is no record is a dangling reference, reported elsewhere
        if not names_a(quote, forms[record], within=record.startswith("exe-")):
            shown = ", ".join(repr(f) for f in forms[record][:3])
            what = f"participant {record}" if participant else f"{record}'s {field_name}"
            message = f"{quote[:60]!r} does not name {what} (known as {shown}); cite a mention of that record"
            found.add(frames.files[table], "evidence_not_a_mention", message, row, "quote")


def reference_forms(frames: Frames) -> dict[str, list[str]]:
    """Every person's, organisation's and exercise's names, by id, from cells that passed their checks."""
    forms: dict[str, list[str]] = {}
    for table, columns in (
        ("persons", ("name", "names")),
        ("organisations", ("name", "acronym", "names")),
        ("exercises", ("name", "series")),
    ):
        frame = frames.frames.get(table)
        if frame is None or "id" not in frame.columns:
            continue
        present = [c for c in columns if c in frame.columns]
        keep = frames.valid(table, "id")
        cells = {c: frame[c].to_list() for c in present}
        ok = {c: frames.valid(table, c).to_list() for c in present}
        for i, (identifier, kept) in enumerate(zip(frame["id"].to_list(), keep.to_list(), strict=True)):
            if not kept:
                continue
            names: list[str] = []
            for column in present:
                value = cells[column][i]
                if value is None or not ok[column][i]:
                    continue
                names += _listed(value) if column == "names" else [value]
            forms[identifier] = names
    return forms


def reference_item_keys(
    frames: Frames, ids: dict[str, pl.Series], cited: object = None
) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(`__id`, `__root`, `__key`) of every item of every list field of a record with a valid id, and
    (`__id`, `__root`) of the lists that can be judged (a list whose own cell is invalid cannot)."""
    from engagements.pipeline.resolve import item_key

    keys: list[tuple[str, str, str]] = []
    judged: list[tuple[str, str]] = []
    for name in ids:
        frame = frames.frames[name]
        valid_ids = set(frame.filter(frames.valid(name, "id"))["id"].to_list())
        for field_name, info in TOP_LEVEL[name].model_fields.items():
            if not _shape(info.annotation)[0]:
                continue
            child = next((t for t in tables() if t.parent == name and t.parent_field == field_name), None)
            if child is not None and child.name in frames.frames:
                rows = frames.frames[child.name]
                key = f"{SINGULAR[name]}_id"
                if key not in rows.columns:
                    continue
                judged += [(i, field_name) for i in valid_ids]
                columns = [c for c in rows.columns if c not in (ROW_COLUMN, key)]
                for owner, row in zip(
                    rows[key].to_list(), rows.select(columns).iter_rows(named=True), strict=True
                ):
                    if owner in valid_ids:  # the item's own columns (its owner's id is no part of it)
                        item = row[child.scalar_column] if child.scalar_column else row
                        keys.append((owner, field_name, item_key(item)))
            elif field_name in frame.columns:
                ok = frames.valid(name, field_name).to_list()
                for i, (identifier, cell) in enumerate(
                    zip(frame["id"].to_list(), frame[field_name].to_list(), strict=True)
                ):
                    if identifier not in valid_ids or not (ok[i] or cell is None):
                        continue
                    judged.append((identifier, field_name))
                    for value in json.loads(cell) if cell else []:
                        keys.append((identifier, field_name, slug(str(value))))
    key_schema = {"__id": pl.String, "__root": pl.String, "__key": pl.String}
    judged_schema = {"__id": pl.String, "__root": pl.String}
    return (
        pl.LazyFrame(keys, schema=key_schema, orient="row"),
        pl.LazyFrame(judged, schema=judged_schema, orient="row").unique(),
    )


def _shuffle(package: Path, seed: int) -> None:
    """Cite other records, fields and quotes in the evidence: names of any record, in other case
    or spacing, words of them, items that exist and items that do not."""
    import random

    rng = random.Random(seed)
    data = package / "data"

    def rows(table: str) -> list[dict[str, str]]:
        path = data / f"{table}.csv"
        return (
            list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
            if path.exists()
            else []
        )

    names = [r["name"] for t in ("persons", "organisations", "exercises") for r in rows(t)]
    names += [n for r in rows("persons") for n in json.loads(r["names"] or "[]")]
    quotes = (
        names
        + [n.upper() for n in names]
        + [w for n in names for w in n.split()]
        + ["", "zz", "Flintlock 2026"]
    )
    quotes += [f"l’{n}" for n in names] + [n.replace(" ", "  ") for n in names]
    ids = [r["id"] for t in ("persons", "organisations", "meetings", "exercises") for r in rows(t)]
    fields = ["name", "names", "acronym", "titles[general]", "roles[commandant]", "topics[x]"]
    fields += [f"participants[{i}]" for i in ids if i[:3] in ("per", "org")] + ["participants[per-missing]"]
    titles = [t for r in rows("persons") for t in json.loads(r["titles"] or "[]")]
    fields += [f"titles[{slug(t)}]" for t in titles]
    path = data / "evidence.csv"
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    header = records[0]
    for record in records[1:]:
        if ids and rng.random() < 0.5:
            record[header.index("subject_id")] = rng.choice(ids)
        if rng.random() < 0.7:
            record[header.index("field")] = rng.choice(fields)
        if quotes and rng.random() < 0.7:
            record[header.index("quote")] = rng.choice(quotes)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(records)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def _both(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new = validate_package(package).to_dict()
    with monkeypatch.context() as patch:
        patch.setattr(validate_common, "check_support", reference_support)
        patch.setattr(evidence, "_item_keys", reference_item_keys)
        old = validate_package(package).to_dict()
    assert new == old


@settings(max_examples=40, deadline=None)
@given(datasets(min_each=1), st.integers(0, 2**32))
def test_whole_column_checks_report_what_the_row_checks_report(dataset: Dataset, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as monkeypatch:
        package = write(dataset, Path(tmp))
        _shuffle(package, seed)
        _both(package, monkeypatch)


@pytest.mark.parametrize("seed", range(5))
def test_whole_column_checks_on_the_sample_dataset(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = write(sample_dataset(), tmp_path)
    _shuffle(package, seed)
    _both(package, monkeypatch)


@settings(max_examples=30, deadline=None)
@given(datasets(min_each=1))
def test_quick_json_is_the_encoders_json(dataset: Dataset) -> None:
    """`engagements.json` with the flat tables written by polars is, byte for byte, the encoder's
    and the file convert wrote (quotes, backslashes, line feeds and tabs escaped alike)."""
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as monkeypatch:
        package = write(dataset, Path(tmp))
        seen: dict[str, Frames] = {}

        def keep(root: Path, frames: Frames, *_: object) -> None:
            seen["frames"] = frames

        monkeypatch.setattr(validate, "check_json", keep)
        assert validate_package(package).valid
        quick, full = expected_json(seen["frames"], quick=True), expected_json(seen["frames"])
        assert quick == full == (package / "engagements.json").read_bytes()


@pytest.mark.parametrize("repeat", [1, 300], ids=["short texts", "long texts"])  # escaped apart
def test_flat_json_escapes_and_lays_out_as_the_encoder(repeat: int) -> None:
    import pydantic_core

    texts = ["a", "back\\slash", 'quo"te', "line\nfeed", "tab\tand\rreturn", None, "é \u2028 \U0001f600 \x7f"]
    frame = pl.DataFrame(
        {
            "id": [f"id-{i}" for i in range(len(texts))],
            "text": [None if t is None else t * repeat for t in texts],
            "number": [1, None, -3, 0, 5, 6, 123456789012345678],
            "none": [None] * len(texts),
            "count": list(range(len(texts))),
        },
        schema={"id": pl.String, "text": pl.String, "number": pl.Int64, "none": pl.String, "count": pl.Int64},
    )
    encoded = pydantic_core.to_json(frame.to_dicts(), indent=2).replace(b"\n", b"\n  ")
    for rows in (1, 2, 3, len(texts), 50_000):  # written in slices of that many records
        pieces = _flat_records(frame, slice_rows=rows)
        assert pieces is not None
        assert b"[\n" + b"".join(pieces) + b"\n  ]" == encoded
    assert list(_list_json(iter([frame.clear()]), frame.columns, quick=True)) == [b"[]"]
    assert _flat_records(pl.DataFrame({"text": ["bell\x07"]})) is None  # the encoder's text then
    assert _flat_records(pl.DataFrame({"x": [1.5]})) is None
    assert _flat_records(pl.DataFrame({"text": [None, None]}, schema={"text": pl.String})) is None


def test_records_encoded_in_slices_are_the_encoders_list() -> None:
    import pydantic_core

    frame = pl.DataFrame(
        {"text": ["a", 'quo"te', "line\nfeed", None], "items": [["x"], [], ["y", "z"], None]},
        schema={"text": pl.String, "items": pl.List(pl.String)},
    )
    whole = pydantic_core.to_json(frame.to_dicts(), indent=2).replace(b"\n", b"\n  ")
    for rows in (1, 2, 3, 4, 50):
        assert b"[\n" + b"".join(_encoded_records(frame, slice_rows=rows)) + b"\n  ]" == whole


def test_records_with_long_lists_are_encoded_in_smaller_slices() -> None:
    """A list's items count as records: a slice holds about as many values, however they nest."""
    frame = pl.DataFrame(
        {"id": [f"per-{n}" for n in range(6)], "roles": [["r"] * n for n in (0, 5, 0, 0, 9, 1)]},
        schema={"id": pl.String, "roles": pl.List(pl.String)},
    )
    assert list(_slices(frame, 4)) == [(0, 1), (1, 1), (2, 2), (4, 1), (5, 1)]
    assert list(_slices(frame, 100)) == [(0, 6)]
    assert list(_slices(frame.drop("roles"), 4)) == [(0, 4), (4, 4)]
    assert len(list(_encoded_records(frame, slice_rows=4))) == 5


def test_a_body_written_back_in_slices_is_compared_whole() -> None:
    from engagements.package.fast import _written_back

    frame = pl.DataFrame({"a": ["x", 'say "hi"', "1,2", None, "é"], "b": ["1", "2", "3", "4", "5"]})
    header = b"a,b\n"
    body = frame.write_csv(include_header=False, quote_style="necessary", line_terminator="\n").encode()
    for rows in (1, 2, 5, 50_000, None):  # None: slices of about WRITTEN_BACK_BYTES
        assert _written_back(header + body, len(header), frame, rows=rows)
        assert not _written_back(header + body.replace(b"3\n", b"3 \n"), len(header), frame, rows=rows)
        assert not _written_back(header + body + b"x,6\n", len(header), frame, rows=rows)
        assert not _written_back(header + body[:-2] + b"\n", len(header), frame, rows=rows)


def _about_limits(column: Column) -> list[str]:
    """Cells of one character repeated, after an id's prefix or none, at lengths about the
    column's limits in characters and in bytes (a character takes one to four)."""
    limits = [n for n in (column.min_length, column.max_length) if n is not None]
    lengths = {n for limit in limits for k in (1, 2, 4) for n in (limit // k - 1, limit // k, limit // k + 1)}
    return [
        prefix + character * n
        for prefix in ("", "per-", "evi-", "art-", "mtg-", "org-", "exe-", "cor-")
        for character in ("a", "9", "é", "€", "𝄞", " ")
        for n in sorted(lengths | {0, 1, 2, 3, 4, 5})
        if n >= 0
    ]


SCALAR_COLUMNS = [c for t in tables() for c in t.columns if c.type in ("string", "integer", "number")]


@pytest.mark.parametrize("column", SCALAR_COLUMNS, ids=lambda c: c.name)
def test_the_cheap_pass_flags_every_cell_the_exact_checks_reject(column: Column) -> None:
    """`fast.column_codes` computes a cell's code only for the rows its cheap pass flags, so the
    cheap conditions must hold wherever an exact rule is broken (lengths are counted in bytes
    there): checked at every column's limits, and on generated cells below."""
    odd = ["-1", "0", "12.5", "1e3", "99999999999999999999", "2025-02-30", "x\u200b", "e\u0301", "\u212b"]
    odd += ["\u1100\u1161", "\u0b47\u0b3e", "a\u2028", "\u180ea", "x\u0340"]
    values = _about_limits(column) + odd
    assert _rejected_not_flagged(column, values) == []


def _rejected_not_flagged(column: Column, values: list[str]) -> list[tuple[str, str]]:
    from engagements.package import fast

    value = pl.col("v")
    cheap = [condition for condition, _ in fast._checks(value, column, cheap=True)]
    result = pl.DataFrame({"v": values}, schema={"v": pl.String}).select(
        "v",
        fast.cell_code(value, column).alias("exact"),
        (pl.any_horizontal(cheap) if cheap else pl.lit(False)).alias("flagged"),
    )
    return [(v, code) for v, code, flagged in result.iter_rows() if code is not None and not flagged]


@given(
    st.sampled_from(SCALAR_COLUMNS),
    st.lists(
        st.text(
            alphabet=st.sampled_from(
                list("ae-9é€𝄞 =\u00a0\u0301\u0340\u1100\u1161\u212b\u2028\u180e\u0b47\u0b3e")
            ),
            max_size=80,
        )
        | st.text(max_size=20)
    ),
)
def test_generated_cells_the_exact_checks_reject_are_flagged(column: Column, values: list[str]) -> None:
    assert _rejected_not_flagged(column, values) == []
