"""`engagements.validate(path)` does what `engagements validate PATH` does, for every kind of path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import engagements
from engagements.cli import main
from packages import sample_dataset, write
from submission_repo import Repo


def cli(path: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", str(path), *extra])
    return result.exit_code, result.output


def test_a_checkout_is_validated_as_the_command_does(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENGAGEMENTS_CACHE", str(repo.cache))
    repo.edit_a_cell()
    report = engagements.validate(repo.root)
    assert "rebuild_cell_differs" in report.codes()
    code, output = cli(repo.root, "--format", "json")
    assert code == 1 and {i["code"] for i in json.loads(output)["issues"]} == report.codes()


def test_paths_of_every_type(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    assert engagements.validate(package).valid
    assert engagements.validate(str(package / "datapackage.json")).valid


@pytest.mark.parametrize("name", ["data/persons.csv", "missing", "missing/datapackage.json"])
def test_what_is_not_a_package_cannot_be_validated(name: str, tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    target = package / name
    assert engagements.validate(target).codes() == {"package_not_found"}
    code, output = cli(target)
    assert code == 2 and "could not be validated" in output and "invalid" not in output


def test_text_output_names_files_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = write(sample_dataset(), tmp_path)
    (package / "data" / "persons.csv").write_text("id\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, output = cli(Path("pkg"))
    assert code == 1 and "pkg/data/persons.csv" in output
