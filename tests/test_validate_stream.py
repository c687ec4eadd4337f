"""A table checked in pieces (`package/stream.py`) gives the report the whole table gives.

Every case streams both evidence tables in the smallest pieces (a record or two each), so each
check that crosses pieces (duplicate keys, line numbers, the JSON check, records spanning lines)
is met at a piece boundary.
"""

from __future__ import annotations

import csv
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.models import Dataset
from engagements.package import stream
from engagements.package.validate import validate_package
from engagements.report import Report
from packages import sample_dataset, set_cells, write
from strategies import datasets
from test_bad_packages import CASES
from test_validate_properties import FAULTS


def _streamed(package: Path, piece_bytes: int = 1) -> dict:  # type: ignore[type-arg]
    return validate_package(package, stream_bytes=0, piece_bytes=piece_bytes).to_dict()


def _whole(package: Path) -> dict:  # type: ignore[type-arg]
    return validate_package(package, stream_bytes=1 << 62).to_dict()


def _evidence(package: Path, table: str = "evidence") -> Path:
    return package / "data" / f"{table}.csv"


@pytest.fixture
def streamed_tables(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables `validate_package` checks in pieces, as it checks them."""
    calls: list[str] = []
    real = stream.check_streamed

    def spy(root: Path, table, *args):  # type: ignore[no-untyped-def]
        calls.append(table.name)
        return real(root, table, *args)

    monkeypatch.setattr("engagements.package.validate.check_streamed", spy)
    return calls


def test_the_default_streams_only_large_files(tmp_path: Path, streamed_tables: list[str]) -> None:
    package = write(sample_dataset(), tmp_path)
    calls = streamed_tables
    assert validate_package(package).valid and calls == []
    assert validate_package(package, stream_bytes=0).valid
    assert sorted(calls) == ["evidence", "external_evidence"]
    calls.clear()
    assert validate_package(package, engine="model", stream_bytes=0).valid and calls == []


@pytest.mark.parametrize(("name", "breaks", "code"), CASES, ids=[c[0] for c in CASES])
def test_every_broken_package_gives_the_same_report(
    name: str, breaks: Callable[[Path], None], code: str, tmp_path: Path
) -> None:
    package = write(sample_dataset(), tmp_path)
    breaks(package)
    whole = _whole(package)
    assert code in {i["code"] for i in whole["issues"]}
    assert _streamed(package) == whole


@given(datasets(min_each=1), st.sampled_from(FAULTS), st.sampled_from([1, 200, 1 << 20]))
def test_generated_packages_give_the_same_report(dataset: Dataset, fault: tuple, piece_bytes: int) -> None:  # type: ignore[type-arg]
    table, cells, _ = fault
    with tempfile.TemporaryDirectory() as tmp:
        package = write(dataset, Path(tmp))
        streamed = _streamed(package, piece_bytes)
        assert streamed["valid"], streamed["issues"]  # and the JSON was compared, piece by piece
        assert streamed == _whole(package)
        set_cells(package, table, 2, cells)
        assert _streamed(package, piece_bytes) == _whole(package)


def _rows(package: Path, table: str = "evidence") -> tuple[str, list[str]]:
    header, *rows = _evidence(package, table).read_text(encoding="utf-8").splitlines(keepends=True)
    return header, rows


def _many_evidence_rows(tmp_path: Path, copies: int = 60) -> Path:
    """The sample package with `copies` evidence rows per sample row (ids made unique): valid,
    its `engagements.json` included."""
    dataset = sample_dataset()
    evidence = [
        e.model_copy(update={"id": e.id.replace("evi-", f"evi-{n:03d}", 1)})
        for n in range(copies)
        for e in dataset.evidence
    ]
    package = write(dataset.model_copy(update={"evidence": evidence}), tmp_path)
    assert _whole(package)["valid"]
    return package


def test_duplicate_keys_across_pieces_are_the_later_rows(tmp_path: Path) -> None:
    package = _many_evidence_rows(tmp_path)
    header, rows = _rows(package)
    rows[40] = rows[3]  # a key from an earlier piece
    rows[41] = rows[41].replace(",", "X,", 1)  # a key of its own, which no other row has
    rows[50] = rows[3]
    _evidence(package).write_text(header + "".join(rows), encoding="utf-8")
    whole = _whole(package)
    duplicates = sorted(i["location"]["row"] for i in whole["issues"] if i["code"] == "duplicate_key")
    assert duplicates == [42, 52]
    assert _streamed(package) == whole
    assert _streamed(package, piece_bytes=700) == whole


def test_records_spanning_lines_keep_their_lines(tmp_path: Path) -> None:
    package = _many_evidence_rows(tmp_path)
    for row in (5, 20, 21, 40):
        set_cells(package, "evidence", row, {"quote": "deux\nlignes"})
    whole = _whole(package)
    assert {i["location"]["line"] for i in whole["issues"] if i["code"] == "quote_mismatch"} == {
        5,
        21,
        23,
        43,
    }
    for piece_bytes in (1, 300, 1000):
        assert _streamed(package, piece_bytes) == whole


def test_records_after_one_spanning_lines_in_another_piece_keep_their_lines(tmp_path: Path) -> None:
    """A piece whose records each take a line still starts below the line feeds inside the
    records of the pieces before it (each issue here is found in a piece of its own)."""
    package = _many_evidence_rows(tmp_path)
    set_cells(package, "evidence", 8, {"quote": "deux\nlignes"})
    set_cells(package, "evidence", 12, {"provenance": "nonsense"})  # a cell check, per piece
    set_cells(package, "evidence", 13, {"quote": "autre"})  # a quote check
    whole = _whole(package)
    assert sorted((i["location"]["row"], i["location"]["line"]) for i in whole["issues"]) == [
        (8, 8),
        (12, 13),
        (13, 14),
    ]
    for piece_bytes in (1, 300, 1000):
        assert _streamed(package, piece_bytes) == whole


def test_records_spanning_lines_keep_their_lines_in_any_quoting(tmp_path: Path) -> None:
    """A file quoted otherwise than `convert` writes it is read by Python's csv module, and the
    lines it finds as it reads are the ones reported: the same as the canonical file's, with
    either engine."""
    package = _many_evidence_rows(tmp_path)
    for row in (5, 20, 21, 40):
        set_cells(package, "evidence", row, {"quote": "deux\nlignes"})
    canonical = {i["location"]["line"] for i in _whole(package)["issues"] if i["code"] == "quote_mismatch"}
    with _evidence(package).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    with _evidence(package).open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    for engine in ("fast", "model"):
        report = validate_package(package, engine=engine, stream_bytes=1 << 62).to_dict()
        mismatches = {i["location"]["line"] for i in report["issues"] if i["code"] == "quote_mismatch"}
        assert mismatches == canonical == {5, 21, 23, 43}


def test_line_feeds_in_a_column_not_ours_still_count_for_the_lines(tmp_path: Path) -> None:
    """A column the schema does not have is dropped once read: its cells' line feeds are not
    known from the frame, so the file is kept to find an issue's line (as the model engine does)."""
    package = _many_evidence_rows(tmp_path)
    for row in (5, 20):
        set_cells(package, "evidence", row, {"quote": "autre"})
    with _evidence(package).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows = [
        [*row, "note" if index == 0 else ("deux\nlignes" if index % 3 else "")]
        for index, row in enumerate(rows)
    ]
    with _evidence(package).open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    lines = {}
    for engine in ("fast", "model"):
        report = validate_package(package, engine=engine, stream_bytes=1 << 62).to_dict()
        lines[engine] = {i["location"]["line"] for i in report["issues"] if i["code"] == "quote_mismatch"}
    assert lines["fast"] == lines["model"] == {7, 32}


def test_rows_out_of_id_order_are_compared_with_the_json_sorted(tmp_path: Path) -> None:
    package = _many_evidence_rows(tmp_path)
    header, rows = _rows(package)
    _evidence(package).write_text(header + "".join(reversed(rows)), encoding="utf-8")
    assert _whole(package)["valid"]
    assert _streamed(package)["valid"]
    set_cells(package, "evidence", 2, {"provenance": "reviewed"})  # now the JSON disagrees
    assert _streamed(package) == _whole(package)
    assert not _whole(package)["valid"]


def test_rows_out_of_id_order_too_large_to_sort_are_reported(tmp_path: Path) -> None:
    """Sorting them for the JSON writes a copy to the temporary folder: a table over the limit of
    files read whole is reported instead, and the JSON not compared."""
    package = _many_evidence_rows(tmp_path)
    header, rows = _rows(package)
    size = len(header.encode()) + sum(len(r.encode()) for r in rows)
    _evidence(package).write_text(header + "".join(reversed(rows)), encoding="utf-8")
    others = max(f.stat().st_size for f in (package / "data").iterdir() if f.name != "evidence.csv")
    assert others < size
    [issue] = validate_package(package, max_bytes=size - 1).issues
    assert (issue.code, issue.location.file) == ("table_out_of_order", "data/evidence.csv")
    assert validate_package(package, max_bytes=size, stream_bytes=0).valid  # small enough to sort
    _evidence(package).write_text(header + "".join(rows), encoding="utf-8")
    assert validate_package(package, max_bytes=size - 1).valid  # in id order: compared in pieces


@pytest.mark.parametrize(
    "change",
    [
        lambda rows: [*rows[:10], rows[10].replace(",", ',ab"c,', 1), *rows[11:]],  # stray quote
        lambda rows: [*rows[:10], '"' + rows[10], *rows[11:]],  # a quote that never closes
        lambda rows: [*rows[:10], rows[10].rstrip("\n") + ",extra\n", *rows[11:]],  # a cell too many
        lambda rows: [*rows[:10], '"a","b"x\n', *rows[11:]],  # text after a closing quote
        lambda rows: [*rows[:-1], rows[-1].rstrip("\n")],  # no final line feed
        lambda rows: [*rows, "\n", "\n"],  # blank lines at the end
        lambda rows: [f'"{row.rstrip()}"\n'.replace(",", '","') for row in rows],  # every cell quoted
    ],
    ids=[
        "stray-quote",
        "open-quote",
        "extra-cell",
        "after-quote",
        "no-final-lf",
        "blank-lines",
        "all-quoted",
    ],
)
def test_files_polars_cannot_read_exactly_are_read_by_the_reference(
    change: Callable[[list[str]], list[str]], tmp_path: Path
) -> None:
    package = _many_evidence_rows(tmp_path)
    for row in (30, 40):  # issues after the reference took over, on lines of their own
        set_cells(package, "evidence", row, {"quote": "deux\nlignes"})
    header, rows = _rows(package)
    _evidence(package).write_text(header + "".join(change(rows)), encoding="utf-8")
    whole = _whole(package)
    for piece_bytes in (1, 250, 1 << 20):
        assert _streamed(package, piece_bytes) == whole


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b" \n \n",
        b"\xef\xbb\xbfid\n",
        "HEADER\n" + "x\n" * 40 + "\xe9\n",
        "HEADER\n" + "x\n" * 40 + "a\r\nb\n",
        "HEADER\n" + "x\n" * 40 + "a\r\nb\n" + "\xe9",
        "HEADER",
        "HEADER\n",
        "id," * 30_000 + "\n",
    ],
    ids=[
        "empty",
        "spaces",
        "bom",
        "latin1-late",
        "cr-late",
        "cr-then-latin1",
        "header-only-no-lf",
        "header-only",
        "long-header",
    ],
)
def test_file_level_problems_give_the_same_report(content: bytes | str, tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    header, _ = _rows(package)
    if isinstance(content, str):
        content = content.replace("HEADER\n", header).replace("HEADER", header.rstrip("\n")).encode("latin-1")
    _evidence(package).write_bytes(content)
    whole = _whole(package)
    assert not whole["valid"] or content.startswith(header.encode())
    for piece_bytes in (1, 64):
        assert _streamed(package, piece_bytes) == whole


def test_shuffled_large_package_streamed_in_several_pieces_is_valid(tmp_path: Path) -> None:
    """The JSON check reads the pieces again: the records of every piece, each once, in order."""
    package = _many_evidence_rows(tmp_path, copies=200)
    header, rows = _rows(package)
    random.Random(1).shuffle(rows)
    _evidence(package).write_text(header + "".join(rows), encoding="utf-8")
    assert _whole(package)["valid"]
    assert _streamed(package, 2_000)["valid"]
    set_cells(package, "evidence", 150, {"provenance": "reviewed"})
    whole = _whole(package)
    assert [i["code"] for i in whole["issues"]] == ["json_mismatch"]
    assert _streamed(package, 2_000) == whole


def _layout(package: Path, piece_bytes: int) -> stream.Layout:
    from engagements.package.spec import table_by_name

    with _evidence(package).open("rb") as handle:
        layout = stream._scan(
            handle, table_by_name()["evidence"], "data/evidence.csv", Report(""), piece_bytes
        )
    assert layout is not None
    return layout


def test_pieces_end_between_records_and_a_stray_quote_hands_the_rest_to_the_reference(tmp_path: Path) -> None:
    """Cuts only matter for speed and memory (a piece polars cannot read exactly is read by the
    reference), so they are checked here: after an even number of quotes, and a file whose
    quotes do not pair up is not held whole looking for such a cut."""
    package = _many_evidence_rows(tmp_path, copies=300)
    for row in range(3, 300, 7):
        set_cells(package, "evidence", row, {"quote": "deux\nlignes"})
    layout = _layout(package, 500)
    assert len(layout.pieces) > 20
    assert all(piece.size <= 500 for piece in layout.pieces)
    frames = list(stream._read(package, "data/evidence.csv", layout, Report(""), 1 << 30))
    assert not any(piece.reference for piece in layout.pieces)
    assert sum(frame.height for _, frame in frames) == 300
    package = _many_evidence_rows(tmp_path / "stray", copies=300)
    header, rows = _rows(package)
    rows[4] = rows[4].replace(",", ',ab"c,', 1)  # no quote after it: every line feed looks quoted
    _evidence(package).write_text(header + "".join(rows), encoding="utf-8")
    layout = _layout(package, 500)
    assert [piece.reference for piece in layout.pieces][-1]
    assert all(piece.size <= 500 for piece in layout.pieces)


def test_the_command_line_default_is_the_library_default() -> None:
    from engagements.cli import validate

    option = next(p for p in validate.params if p.name == "stream_above")
    assert option.default * 1024**2 == stream.STREAM_BYTES


def test_convert_checks_what_it_wrote_with_evidence_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed_tables: list[str]
) -> None:
    """`convert`'s own check streams evidence over its (low) threshold: here, always."""
    from engagements import convert

    golden = Path(__file__).parent / "golden"
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("dev-003", "dev-008"):
        (sources / f"{name}.txt").write_bytes((golden / f"{name}.txt").read_bytes())
    monkeypatch.setattr(convert, "CHECK_STREAM_BYTES", 0)
    monkeypatch.setattr(convert, "CHECK_PIECE_BYTES", 500)
    result = convert.convert_sources([sources], tmp_path / "out", workers=1, cache_dir=None)
    assert result.report.valid and result.articles == 2
    assert sorted(streamed_tables) == ["evidence", "external_evidence"]
    assert _whole(tmp_path / "out")["valid"]


@given(
    pieces=st.lists(
        st.lists(st.none() | st.sampled_from(["a", "b", "c", "é"]) | st.text(max_size=3), max_size=8),
        max_size=5,
    ),
    sampled=st.lists(st.text(max_size=2), max_size=6),
    ranges=st.integers(1, 6),
)
def test_rows_sorted_on_disk_are_the_rows_sorted_whole(
    pieces: list[list[str | None]], sampled: list[str], ranges: int
) -> None:
    """Whatever the bounds (from the ids, or ids that are not there, or none): every row once,
    in id order, nulls first, and the scratch files removed."""
    schema = {"id": pl.String, "n": pl.Int64}
    frames = [pl.DataFrame({"id": ids, "n": range(len(ids))}, schema=schema) for ids in pieces]
    bounds = stream.range_bounds([pl.Series("id", sampled, dtype=pl.String)], ranges)
    with tempfile.TemporaryDirectory() as scratch, mock.patch.object(tempfile, "tempdir", scratch):
        out = list(stream.sorted_on_disk(iter(frames), bounds))
        assert list(Path(scratch).iterdir()) == []
    whole = pl.concat(frames) if frames else pl.DataFrame(schema=schema)
    got = pl.concat(out) if out else whole.clear()
    assert got["id"].to_list() == whole.sort("id", nulls_last=False)["id"].to_list()
    assert sorted(got.rows(), key=repr) == sorted(whole.rows(), key=repr)
    assert len(out) <= len(bounds) + 1


def test_ranges_cut_sampled_ids_into_about_equal_counts() -> None:
    ids = pl.Series("id", [f"evi-{i:06d}" for i in range(10_000)])
    bounds = stream.range_bounds([ids.gather_every(7), ids.gather_every(5)], 4)
    shuffled = ids.sample(fraction=1, shuffle=True, seed=1).to_frame()
    frames = [shuffled.slice(i, 2_500) for i in range(0, 10_000, 2_500)]
    with tempfile.TemporaryDirectory() as scratch, mock.patch.object(tempfile, "tempdir", scratch):
        heights = [frame.height for frame in stream.sorted_on_disk(iter(frames), bounds)]
    assert len(heights) == 4 and sum(heights) == 10_000 and max(heights) < 2_700
