"""Files read in pieces are not held to the limit of files read whole (`MAX_TABLE_BYTES`).

An archive's package passes 2 GiB in `engagements.json` from about 165,000 articles and in its
evidence from about 600,000; both are compared or checked in pieces, so only the tables held whole
are refused for their size. The limits are lowered here to the sample package's bytes.
"""

from __future__ import annotations

import io
import json
import os
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.files import FileRefused
from engagements.package.read import first_difference, line_at, read_sized
from engagements.package.validate import validate_package
from packages import sample_dataset, write


def _sizes(package: Path) -> dict[str, int]:
    return {str(f.relative_to(package)): f.stat().st_size for f in package.rglob("*") if f.is_file()}


def _tables_only(package: Path) -> int:
    """A limit of whole files that the tables pass and the JSON does not."""
    sizes = _sizes(package)
    tables = max(size for name, size in sizes.items() if name.startswith("data/"))
    assert sizes["engagements.json"] > tables
    return tables


def test_a_json_over_the_limit_of_whole_files_is_compared_in_pieces(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    report = validate_package(package, max_bytes=_tables_only(package))
    assert report.valid, report.issues


def test_a_streamable_table_over_the_limit_is_checked_in_pieces_and_others_refused(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    sizes = _sizes(package)
    evidence, articles = sizes["data/external_evidence.csv"], sizes["data/articles.csv"]
    assert articles > evidence
    report = validate_package(package, max_bytes=evidence - 1, stream_bytes=1 << 62)
    refused = {i.location.file for i in report.issues if i.code == "file_too_large"}
    assert "data/external_evidence.csv" not in refused and "data/evidence.csv" not in refused
    assert "data/articles.csv" in refused


def test_a_large_json_that_differs_is_reported_at_its_first_differing_line(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    path = package / "engagements.json"
    lines = path.read_bytes().split(b"\n")
    changed = next(n for n, line in enumerate(lines) if b'"name": "Dagvin Anderson"' in line)
    lines[changed] = lines[changed].replace(b"Dagvin", b"Dagwin")
    path.write_bytes(b"\n".join(lines))
    small = validate_package(package)
    assert [i.code for i in small.issues] == ["json_mismatch"]  # read whole and parsed
    large = validate_package(package, max_bytes=path.stat().st_size - 1)
    [issue] = large.issues
    assert issue.code == "json_mismatch" and issue.location.file == "engagements.json"
    assert issue.location.line == changed + 1
    assert f"line {changed + 1}" in issue.message


def test_a_large_json_shorter_or_longer_than_the_tables_is_reported_where_it_ends(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    path = package / "engagements.json"
    data = path.read_bytes()
    for edited, line in ((data + b"\n", data.count(b"\n") + 1), (data[:-2], data[:-2].count(b"\n") + 1)):
        path.write_bytes(edited)
        [issue] = validate_package(package, max_bytes=_tables_only(package)).issues
        assert (issue.code, issue.location.line) == ("json_mismatch", line)


@given(st.binary(max_size=40), st.binary(max_size=40), st.lists(st.integers(0, 40), max_size=4))
def test_first_difference_is_where_a_file_and_pieces_part(file: bytes, text: bytes, cuts: list[int]) -> None:
    bounds = [0, *sorted(min(c, len(text)) for c in cuts), len(text)]
    pieces = [text[a:b] for a, b in pairwise(bounds)]
    expected = (
        None
        if file == text
        else next(
            (i for i in range(min(len(file), len(text))) if file[i] != text[i]), min(len(file), len(text))
        )
    )
    assert first_difference(io.BytesIO(file), pieces, 1 << 20) == expected
    if expected is not None:
        assert line_at(io.BytesIO(file), expected, block=3) == file[:expected].count(b"\n") + 1
    for limit in range(len(text) + 1):  # compared up to the limit, where they then differ
        within = (
            None
            if expected is None and len(text) <= limit
            else min(limit, len(text) if expected is None else expected)
        )
        assert first_difference(io.BytesIO(file), pieces, limit) == within


def test_the_command_line_limit_of_tables_read_whole_and_its_advice(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from engagements.cli import main

    package = write(sample_dataset(), tmp_path)
    with (package / "data" / "articles.csv").open("ab") as handle:
        handle.write(b"x" * (1024**2 + 1))  # one byte over 1 MiB with what was there

    def refused(*options: str) -> list[dict]:  # type: ignore[type-arg]
        run = CliRunner().invoke(main, ["validate", str(package), "--format", "json", *options])
        return [i for i in json.loads(run.output)["issues"] if i["code"] == "file_too_large"]

    assert refused() == []
    [issue] = refused("--max-table-size", "1")
    assert issue["location"]["file"] == "data/articles.csv"
    assert "--max-table-size" in issue["message"]


def test_a_limit_far_above_memory_reads_what_the_file_holds(tmp_path: Path) -> None:
    (tmp_path / "small").write_bytes(b"x" * 10)
    assert read_sized(tmp_path / "small", 1 << 50) == b"x" * 10  # not a petabyte asked for


def test_a_file_grown_since_it_was_measured_is_read_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "growing").write_bytes(b"x" * 150)
    real = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real(fd)[:6], 10, *real(fd)[7:])))
    monkeypatch.setattr("engagements.package.read.GROWN_READ_BYTES", 7)
    assert read_sized(tmp_path / "growing", 200) == b"x" * 150
    with pytest.raises(FileRefused) as refused:
        read_sized(tmp_path / "growing", 100)
    assert refused.value.code == "file_too_large"


def test_the_extraction_cache_key_does_not_cover_the_validators_reading() -> None:
    """Validation's reading may change without making archives' cached extractions stale."""
    from engagements.pipeline.cache import extraction_sources

    assert not any(p.parent.name == "package" for p in extraction_sources())
