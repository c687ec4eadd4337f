"""The CLI: help everywhere, exit codes, formats that equal the library's report, no tracebacks."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from engagements.cli import main
from engagements.package.validate import validate_package
from packages import sample_dataset, set_cells, write


@pytest.mark.parametrize(
    "command", [[], ["convert"], ["validate"], ["schema"], ["extract"], ["diff"], ["span"]]
)
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output and len(result.output) > 200


def test_convert_skips_bad_files_lists_them_and_exits_1(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "good.txt").write_text("Titre\n\nLe chef de l’Armée nationale libyenne (ANL) a parlé.\n")
    (sources / "empty.txt").write_bytes(b"")
    (sources / "binary.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "pkg"
    result = CliRunner().invoke(main, ["convert", str(sources), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output and "Traceback" not in result.output
    assert validate_package(out).valid
    assert "Armée nationale libyenne" in (out / "data/organisations.csv").read_text()


def test_convert_is_byte_identical_and_leaves_no_temporary_folder(tmp_path: Path) -> None:
    sources = tmp_path / "s"
    sources.mkdir()
    (sources / "a.txt").write_text("Titre\n\nCorps du texte, signé (APS).\n")
    outputs = []
    for name in ("one", "two"):
        assert CliRunner().invoke(main, ["convert", str(sources), "-o", str(tmp_path / name)]).exit_code == 0
        outputs.append(
            {p.relative_to(tmp_path / name): p.read_bytes() for p in (tmp_path / name).rglob("*.*")}
        )
    assert outputs[0] == outputs[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "s", "two"]


def test_convert_refuses_to_replace_a_folder_that_is_not_a_package(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text("Titre\n\nCorps.\n")
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "thesis.tex").write_text("keep me")
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "s"), "-o", str(tmp_path / "precious")])
    assert result.exit_code == 2 and "not a data package" in result.output
    assert (tmp_path / "precious" / "thesis.tex").read_text() == "keep me"


def test_validate_exit_codes_and_json_equals_the_library(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    assert CliRunner().invoke(main, ["validate", str(package)]).exit_code == 0
    set_cells(package, "persons", 2, {"country": "ZZ"})
    result = CliRunner().invoke(main, ["validate", str(package), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.output) == validate_package(package).to_dict()
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "nowhere")]).exit_code == 2


def test_github_format_annotates_file_and_line(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    set_cells(package, "persons", 3, {"name": "=cmd"})
    result = CliRunner().invoke(main, ["validate", str(package), "--format", "github"])
    line = next(x for x in result.output.splitlines() if x.startswith("::error"))
    assert f"file={package.as_posix()}/data/persons.csv" in line and "line=3" in line
    assert "title=formula_like" in line


def test_line_numbers_follow_multiline_records(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    set_cells(package, "articles", 2, {"language": "french"})
    issue = next(i for i in validate_package(package).issues if i.code == "enum_mismatch")
    assert (issue.location.row, issue.location.line) == (2, 2)
    # a record over two physical lines pushes every later record one line down
    set_cells(package, "articles", 2, {"language": "fr", "title": "Le maréchal\nreçoit"})
    set_cells(package, "persons", 2, {"country": "ZZ"})
    issue = next(i for i in validate_package(package).issues if i.location.file == "data/persons.csv")
    assert (issue.location.row, issue.location.line) == (2, 2)  # another file: its own lines
    rows = list(csv.reader(io.StringIO((package / "data/articles.csv").read_text(encoding="utf-8"))))
    rows.append([*rows[1]])
    rows[2][rows[0].index("id")], rows[2][rows[0].index("language")] = "art-2", "french"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    (package / "data/articles.csv").write_text(buffer.getvalue(), encoding="utf-8")
    issue = next(
        i for i in validate_package(package).issues if i.code == "enum_mismatch" and i.location.row == 3
    )
    newlines = sum(cell.count("\n") for cell in rows[1])  # the title's and the text's line breaks
    assert newlines == 3 and (issue.location.row, issue.location.line) == (3, 2 + newlines + 1)


def test_extract_prints_the_corpus_shape(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Titre\n\nLe chef de l’Armée nationale libyenne (ANL) parle à l’ANL.\n\nSOURCE : APA News/MK\n"
    )
    view = json.loads(CliRunner().invoke(main, ["extract", str(path), "--format", "json"]).output)
    assert set(view) >= {"id", "language", "article", "persons", "organisations", "meetings", "exercises"}
    anl = next(o for o in view["organisations"] if o["acronym"] == "ANL")
    assert anl["name"] == "Armée nationale libyenne" and anl["kind"] == "military"
    assert view["article"]["publisher"] == "APA News"


@pytest.mark.parametrize(
    ("patched", "error"),
    [
        ("engagements.package.write.write_pieces", errno.ENOSPC),  # disk full while writing the package
        ("tempfile.mkdtemp", errno.EROFS),  # read-only folder
    ],
)
def test_convert_reports_a_write_failure_and_exits_2(
    patched: str, error: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "s"
    sources.mkdir()
    (sources / "a.txt").write_text("Titre\n\nCorps du texte.\n")
    out = tmp_path / "pkg"
    assert CliRunner().invoke(main, ["convert", str(sources), "-o", str(out)]).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(error, os.strerror(error), str(out))

    monkeypatch.setattr(patched, fail)
    result = CliRunner().invoke(main, ["convert", str(sources), "-o", str(out), "--no-cache"])
    assert result.exit_code == 2, result.output
    assert os.strerror(error) in result.output and result.exception is not None
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_names_and_values_that_are_not_text_are_printed_escaped(tmp_path: Path) -> None:
    """A file name of invalid UTF-8 or a lone surrogate must not crash printing or the JSON report."""
    sources = tmp_path / "s"
    sources.mkdir()
    (sources / "a.txt").write_text("Titre\n\nCorps du texte.\n")
    (sources / os.fsdecode(b"caf\xe9.txt")).write_text("Autre\n\nAutre texte.\n")
    result = CliRunner().invoke(main, ["convert", str(sources), "-o", str(tmp_path / "pkg")])
    assert result.exit_code == 1 and "caf\\udce9.txt" in result.output, result.output
    (tmp_path / "pkg" / "datapackage.json").write_text('{"resources": "\\udc00"}')
    for fmt in ("text", "json", "github"):
        shown = CliRunner().invoke(main, ["validate", str(tmp_path / "pkg"), "--format", fmt])
        assert shown.exit_code == 1 and "encoding_error" in shown.output and "\\udc00" in shown.output


def test_convert_asks_polars_to_return_memory_at_once_unless_told_otherwise() -> None:
    from engagements.cli import POLARS_ALLOCATOR, return_polars_memory_promptly

    name, setting = POLARS_ALLOCATOR
    environ: dict[str, str] = {}
    return_polars_memory_promptly(environ, modules={})
    assert environ == {name: setting}
    mine = {name: "dirty_decay_ms:5000"}
    return_polars_memory_promptly(mine, modules={})
    assert mine == {name: "dirty_decay_ms:5000"}  # the user's setting stays
    late: dict[str, str] = {}
    return_polars_memory_promptly(late, modules={"polars": object()})
    assert late == {}  # polars' allocator has read its setting already: changing it would mislead


def test_convert_sets_the_allocator_before_converting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    monkeypatch.setattr("engagements.cli.return_polars_memory_promptly", lambda *_: order.append("allocator"))
    real = __import__("engagements.convert", fromlist=["stage_conversion"]).stage_conversion

    def stage_conversion(*args, **kwargs):  # type: ignore[no-untyped-def]
        order.append("convert")
        return real(*args, **kwargs)

    monkeypatch.setattr("engagements.convert.stage_conversion", stage_conversion)
    monkeypatch.setattr("engagements.process.can_fork", lambda: False)  # here, where the spy sees it
    source = tmp_path / "a.txt"
    source.write_text("Le général Dupont a rencontré le ministre à Paris le 3 mars 2025.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert order == ["allocator", "convert"]
