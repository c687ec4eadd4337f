"""Dataset releases: the version in the descriptor, and `engagements diff` between two packages."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from engagements import cli, process
from engagements.cli import main
from engagements.errors import EngagementsError
from engagements.models import Dataset
from engagements.package import diff as diff_module
from engagements.package.diff import DatasetDiff, TableDiff, diff
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


def _has_text_id(record: Any) -> bool:
    return isinstance(record, dict) and isinstance(record.get("id"), str)


def _renamed(signature: Any, removed: list[dict[str, Any]], added: list[dict[str, Any]]) -> dict[str, str]:
    by_old: dict[str, list[str]] = {}
    by_new: dict[str, list[str]] = {}
    for records, index in ((removed, by_old), (added, by_new)):
        for record in records:
            index.setdefault(json.dumps(signature(record), sort_keys=True), []).append(record["id"])
    return {
        olds[0]: by_new[key][0]
        for key, olds in sorted(by_old.items())
        if len(olds) == 1 and len(by_new.get(key, [])) == 1
    }


def _in_memory_diff(before: dict[str, Any], after: dict[str, Any]) -> DatasetDiff:
    """The reference: both releases' tables held whole, as `diff` compared them before it read
    them a record at a time (records with a text id)."""
    result = DatasetDiff("0.1.0", "0.2.0")
    for name in sorted(before.keys() | after.keys(), key=diff_module._table_order):
        old = {
            r["id"]: r for r in before.get(name, []) if isinstance(r, dict) and isinstance(r.get("id"), str)
        }
        new = {
            r["id"]: r for r in after.get(name, []) if isinstance(r, dict) and isinstance(r.get("id"), str)
        }
        table = TableDiff(added=sorted(new.keys() - old.keys()), removed=sorted(old.keys() - new.keys()))
        if name in diff_module.SIGNATURES:
            table.renamed = _renamed(
                diff_module.SIGNATURES[name], [old[r] for r in table.removed], [new[r] for r in table.added]
            )
            table.removed = [r for r in table.removed if r not in table.renamed]
            table.added = [r for r in table.added if r not in table.renamed.values()]
        pairs = [(r, r) for r in old.keys() & new.keys()] + list(table.renamed.items())
        for was, now in sorted(pairs, key=lambda p: p[1]):
            fields = {
                key: (old[was].get(key), new[now].get(key))
                for key in sorted(old[was].keys() | new[now].keys())
                if old[was].get(key) != new[now].get(key) and key != "id"
            }
            if fields:
                table.changed[now] = fields
        result.tables[name] = table
    redirects = {r.get("id"): r.get("target_id") for r in after.get("redirects", []) if isinstance(r, dict)}
    for name in diff_module.RECORD_TABLES:
        if name in result.tables:
            for record in list(result.tables[name].removed):
                if redirects.get(record):
                    result.merged[record] = str(redirects[record])
                    result.tables[name].removed.remove(record)
    return result


ids = st.sampled_from(["per-a", "per-b", "mtg-a", "mtg-b", "evi-1", "evi-2", "x", "\ud800", "\U0001f600"])
records = st.one_of(
    st.fixed_dictionaries(
        {"id": ids},
        optional={
            "name": st.sampled_from(["Ana", "Bo", None]),
            "country": st.sampled_from(["US", "FR"]),
            "articles": st.lists(st.sampled_from(["art-1", "art-2"]), max_size=2),
            "target_id": ids,
            "n": st.integers(0, 2) | st.floats(0, 2),
        },
    ),
    st.sampled_from([{"name": "no id"}, {"id": 7}, "text", 3, None]),
)
releases = st.dictionaries(
    st.sampled_from(["persons", "meetings", "evidence", "redirects", "reviews", "\udc00"]),
    st.lists(records, max_size=6) | st.just({"not": "a table"}),
    max_size=5,
)


@given(
    before=releases, after=releases, indents=st.tuples(st.sampled_from([None, 2]), st.sampled_from([None, 2]))
)
def test_a_diff_read_a_record_at_a_time_is_the_diff_of_the_whole_releases(
    before: dict[str, Any],
    after: dict[str, Any],
    indents: tuple[int | None, int | None],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Any two JSON objects of tables: records added, removed, renamed, changed, merged as they
    were found with both releases in memory, whatever each file's layout."""
    folder = tmp_path_factory.mktemp("releases")
    for name, tables, version, indent in (
        ("old", before, "0.1.0", indents[0]),
        ("new", after, "0.2.0", indents[1]),
    ):
        (folder / name).mkdir()
        (folder / name / "datapackage.json").write_text(json.dumps({"version": version}))
        (folder / name / "engagements.json").write_text(json.dumps(tables, indent=indent))
    expected = _in_memory_diff(
        {n: t for n, t in before.items() if isinstance(t, list)},
        {n: t for n, t in after.items() if isinstance(t, list)},
    )
    assert diff(folder / "old", folder / "new", scratch=folder).to_dict() == expected.to_dict()
    assert sorted(p.name for p in folder.iterdir()) == ["new", "old"]  # the scratch store is removed


def test_a_release_that_is_not_json_is_named_with_its_line(tmp_path: Path) -> None:
    one, _ = _two_reports()
    old = _package(resolve_across(merge([one.records()])), tmp_path / "old", "0.1.0")
    new = _package(resolve_across(merge([one.records()])), tmp_path / "new", "0.1.0")
    text = (new / "engagements.json").read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = text[5].replace('"', "", 1)
    (new / "engagements.json").write_text("".join(text), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{new / 'engagements.json'}: " in result.output and "line 6 column" in result.output


def test_a_full_scratch_folder_is_a_message_that_says_what_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, _ = _two_reports()
    old = _package(resolve_across(merge([one.records()])), tmp_path / "old", "0.1.0")

    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(diff_module, "_table_diff", full)
    with pytest.raises(EngagementsError, match=r"database or disk is full.*TMPDIR"):
        diff(old, old, scratch=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]


def test_a_table_named_twice_is_what_its_last_value_says(tmp_path: Path) -> None:
    """As `json.loads` reads it: the later array replaces the earlier, a later non-array removes it."""
    for name, text in (
        ("old", '{"persons": [{"id": "a", "name": "A"}], "meetings": [{"id": "m"}]}'),
        (
            "new",
            '{"persons": [{"id": "b", "name": "B"}], "persons": [{"id": "c", "name": "C"}],'
            ' "meetings": [], "meetings": 1}',
        ),
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "datapackage.json").write_text('{"version": "0.1.0"}')
        (tmp_path / name / "engagements.json").write_text(text)
    result = diff(tmp_path / "old", tmp_path / "new")
    assert (result.tables["persons"].added, result.tables["persons"].removed) == (["c"], ["a"])
    assert result.tables["meetings"].removed == ["m"]


def test_the_command_tells_its_steps_on_stderr_for_large_releases_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = _two_reports()
    old = _package(resolve_across(merge([two.records()])), tmp_path / "old", "0.1.0")
    new = _package(resolve_across(merge([one.records(), two.records()])), tmp_path / "new", "0.2.0")
    quiet = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert quiet.exit_code == 1 and quiet.stderr == ""
    monkeypatch.setattr(cli, "TOLD_DIFF_BYTES", 1)
    told = CliRunner().invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert told.exit_code == 1 and json.loads(told.stdout) == json.loads(quiet.stdout)  # stdout stays JSON
    assert f"[0:00:00] reading {old / 'engagements.json'}" in told.stderr
    assert "comparing persons" in told.stderr


def test_records_whose_fields_make_no_signature_are_compared_not_renamed(tmp_path: Path) -> None:
    """A place that is not an object, articles of mixed types: no signature, no traceback."""
    odd = {"id": "mtg-a", "place": "Rajma", "articles": [1, "art-1"]}
    for name, meetings in (("old", [odd]), ("new", [{**odd, "id": "mtg-b"}])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "datapackage.json").write_text('{"version": "0.1.0"}')
        (tmp_path / name / "engagements.json").write_text(json.dumps({"meetings": meetings}))
    table = diff(tmp_path / "old", tmp_path / "new").tables["meetings"]
    assert (table.added, table.removed, table.renamed) == (["mtg-b"], ["mtg-a"], {})


def test_a_full_scratch_folder_while_reading_is_a_message_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """The old release is read in a forked process: its error comes back as the message."""
    one, _ = _two_reports()
    old = _package(resolve_across(merge([one.records()])), tmp_path / "old", "0.1.0")
    connect = sqlite3.connect

    class Full:
        def __init__(self, path: Path) -> None:
            self.connection = connect(path)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.connection, name)

        def executemany(self, *args: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    scratch_files = lambda path: Full(path) if path != ":memory:" else connect(path)  # noqa: E731
    monkeypatch.setattr(diff_module.sqlite3, "connect", scratch_files)
    with pytest.raises(EngagementsError, match=r"database or disk is full.*TMPDIR"):
        diff(old, old, scratch=tmp_path)
    assert "Traceback" not in capfd.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]


def test_releases_read_one_after_the_other_give_the_same_diff(tmp_path: Path) -> None:
    """Where no process is forked (not Linux, or a caller with threads), the same result."""
    one, two = _two_reports()
    old = _package(resolve_across(merge([two.records()])), tmp_path / "old", "0.1.0")
    new = _package(resolve_across(merge([one.records(), two.records()])), tmp_path / "new", "0.2.0")
    forked = diff(old, new).to_dict()
    waiting = threading.Event()
    thread = threading.Thread(target=waiting.wait)
    thread.start()
    try:
        assert diff(old, new).to_dict() == forked
    finally:
        waiting.set()
        thread.join()
    with mock.patch.object(process, "can_fork", lambda: False):  # as where fork is not available
        assert diff(old, new).to_dict() == forked


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_an_id_with_half_a_surrogate_pair_is_printed_not_a_traceback(fmt: str, tmp_path: Path) -> None:
    """JSON can write it, UTF-8 cannot: the output gives its escape (in JSON, the same value)."""
    for name, persons in (("old", []), ("new", [{"id": "per-\ud800", "name": "Saïd"}])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "datapackage.json").write_text('{"version": "0.1.0"}')
        (tmp_path / name / "engagements.json").write_text(json.dumps({"persons": persons}))
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--format", fmt])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # not a crash
    assert "Traceback" not in result.output and "per-\\ud800" in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout) == diff(tmp_path / "old", tmp_path / "new").to_dict()
