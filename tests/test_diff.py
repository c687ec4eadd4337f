"""Dataset releases: the version in the descriptor, and `engagements diff` between two packages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from engagements.cli import main
from engagements.models import Dataset
from engagements.package.diff import diff
from engagements.package.version import version_of
from engagements.package.write import write_package
from engagements.pipeline.merge import merge
from engagements.pipeline.resolve_across import resolve_across
from resolution_world import Draft


def _two_reports() -> tuple[Draft, Draft]:
    one, two = Draft("one", "2025-01-22"), Draft("two", "2025-01-23")
    one.meeting([one.person("Saïd Chanegriha"), one.person("Michael Langley")], "2025-01-22", "Alger")
    two.meeting([two.person("Saïd Chengriha"), two.person("Michael Langley")], None, "Alger")
    return one, two


def _package(dataset: Dataset, path: Path, version: str) -> Path:
    write_package(dataset, path, version=version)
    return path


def test_a_release_keeps_its_version_until_another_is_given(tmp_path: Path) -> None:
    one, _ = _two_reports()
    dataset = resolve_across(merge([one.records()]))
    package = _package(dataset, tmp_path / "pkg", "0.2.0")
    write_package(dataset, package)  # a rebuild
    assert version_of(package) == "0.2.0"
    write_package(dataset, package, version="0.3.0")
    assert version_of(package) == "0.3.0"


def test_diff_reports_added_merged_and_changed_records(tmp_path: Path) -> None:
    one, two = _two_reports()
    old = _package(resolve_across(merge([two.records()])), tmp_path / "old", "0.1.0")
    new = _package(resolve_across(merge([one.records(), two.records()])), tmp_path / "new", "0.2.0")
    result = diff(old, new)
    assert (result.old_version, result.new_version) == ("0.1.0", "0.2.0")
    assert result.merged["per-said-chengriha"] == "per-said-chanegriha"  # where a saved id now leads
    [old_meeting] = resolve_across(merge([two.records()])).meetings
    assert old_meeting.id in result.merged
    assert result.tables["persons"].added == ["per-said-chanegriha"]
    assert result.tables["persons"].removed == []
    assert result.tables["articles"].added == [one.id]
    assert result.tables["meetings"].added == [result.merged[old_meeting.id]]  # the earlier report's id


def test_a_record_whose_id_changed_scheme_is_renamed_not_removed_and_added(tmp_path: Path) -> None:
    one, _ = _two_reports()
    dataset = resolve_across(merge([one.records()]))
    [meeting] = dataset.meetings
    renumbered = dataset.model_copy(
        update={
            "meetings": [meeting.model_copy(update={"id": "mtg-0123456789abcdef-000"})],
            "evidence": [e for e in dataset.evidence if e.subject_id != meeting.id],
        }
    )
    old = _package(renumbered, tmp_path / "old", "0.1.0")
    new = _package(dataset, tmp_path / "new", "0.2.0")
    table = diff(old, new).tables["meetings"]
    assert (table.added, table.removed, table.renamed) == ([], [], {"mtg-0123456789abcdef-000": meeting.id})


def test_diff_command_exit_codes_and_json(tmp_path: Path) -> None:
    one, two = _two_reports()
    old = _package(resolve_across(merge([two.records()])), tmp_path / "old", "0.1.0")
    new = _package(resolve_across(merge([one.records(), two.records()])), tmp_path / "new", "0.2.0")
    runner = CliRunner()
    same = runner.invoke(main, ["diff", str(old), str(old)])
    assert same.exit_code == 0, same.output
    changed = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert changed.exit_code == 1
    assert json.loads(changed.output) == diff(old, new).to_dict()
    markdown = runner.invoke(main, ["diff", str(old), str(new / "datapackage.json"), "--format", "markdown"])
    assert markdown.exit_code == 1 and markdown.output.startswith("## 0.2.0")
    missing = runner.invoke(main, ["diff", str(old), str(tmp_path / "nothing")])
    assert missing.exit_code == 2 and "Traceback" not in missing.output


@pytest.mark.parametrize("version", ["1", "1.2", "v1.2.3", "01.2.3", "1.2.3-rc1"])
def test_convert_refuses_a_dataset_version_that_is_not_semantic(version: str, tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text("Titre\n\nCorps.\n")
    result = CliRunner().invoke(
        main, ["convert", str(tmp_path / "s"), "-o", str(tmp_path / "pkg"), "--dataset-version", version]
    )
    assert result.exit_code == 2 and not (tmp_path / "pkg").exists()


def test_a_changed_record_lists_each_field_that_differs(tmp_path: Path) -> None:
    one, _ = _two_reports()
    dataset = resolve_across(merge([one.records()]))
    persons = [p.model_copy(update={"country": "US"}) if "langley" in p.id else p for p in dataset.persons]
    old = _package(dataset, tmp_path / "old", "0.1.0")
    new = _package(dataset.model_copy(update={"persons": persons}), tmp_path / "new", "0.1.1")
    assert diff(old, new).tables["persons"].changed == {"per-michael-langley": {"country": (None, "US")}}
