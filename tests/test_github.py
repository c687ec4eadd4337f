"""The GitHub Action, the pre-commit hooks and the workflow, and the output they rely on.

The CLI runs with the environment variables GitHub sets (`GITHUB_ACTIONS`, `GITHUB_WORKSPACE`,
`GITHUB_STEP_SUMMARY`); annotations must name files relative to the workspace.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import click
import yaml
from click.testing import CliRunner

from engagements.cli import main
from engagements.render import github_annotations, markdown_summary
from engagements.report import Report
from submission_repo import Repo

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = re.compile(
    r"^::error file=(?P<file>[^,]+)(?:,line=(?P<line>\d+))?,title=(?P<code>[a-z_]+)::(?P<msg>.+)$"
)


def _github_env(workspace: Path, summary: Path) -> dict[str, str]:
    return {
        "GITHUB_ACTIONS": "true",
        "CI": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(summary),
    }


def test_annotations_summary_and_report_for_a_broken_checkout(repo: Repo, tmp_path: Path) -> None:
    repo.edit_a_cell()
    summary, report_file = tmp_path / "summary.md", tmp_path / "out" / "report.json"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["validate", str(repo.root), "--format", "github", "--report-file", str(report_file),
         "--cache", str(repo.cache)],
        env=_github_env(repo.root, summary),
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    annotations = [m.groupdict() for m in map(ANNOTATION.match, result.output.splitlines()) if m]
    assert {"file": "datasets/engagements/data/persons.csv", "line": "2", "code": "rebuild_cell_differs"} in [
        {k: a[k] for k in ("file", "line", "code")} for a in annotations
    ]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")  # appended, as GitHub expects
    assert "| `rebuild_cell_differs` | 1 |" in text
    assert (
        "| `datasets/engagements/data/persons.csv` | 2 | 2 | `provenance` | `rebuild_cell_differs` |" in text
    )
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["valid"] is False
    # the edited cell, and the JSON of the package that no longer says what the table says
    assert sorted(i["code"] for i in report["issues"]) == ["json_mismatch", "rebuild_cell_differs"]


def test_paths_are_relative_to_the_workspace_not_the_package(repo: Repo, tmp_path: Path) -> None:
    (repo.package / "data" / "persons.csv").write_bytes(b"id\n")
    result = CliRunner().invoke(
        main,
        ["validate", str(repo.package), "--format", "github"],
        env=_github_env(repo.root, tmp_path / "summary.md"),
    )
    files = {m["file"] for m in map(ANNOTATION.match, result.output.splitlines()) if m}
    assert "datasets/engagements/data/persons.csv" in files
    assert all(file.startswith("datasets/engagements/data/") for file in files)


def test_no_character_of_a_message_or_field_ends_an_annotation(tmp_path: Path) -> None:
    """Found by fuzzing: a header cell with a vertical tab; str.splitlines() and some readers split there."""
    report = Report(str(tmp_path))
    report.add(
        "extra_column", "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g", "data/x.csv", row=1, field="\x0bid", line=1
    )
    assert len(github_annotations(report, tmp_path).splitlines()) == 2


def test_workspace_option_places_annotations_in_a_checkout_beside_the_validator(
    repo: Repo, tmp_path: Path
) -> None:
    repo.edit_a_cell()
    result = CliRunner().invoke(
        main,
        ["validate", str(repo.root), "--checkout", "--format", "github", "--workspace", str(repo.root),
         "--cache", str(repo.cache)],
        env=_github_env(repo.root.parent, tmp_path / "summary.md"),
    )  # fmt: skip
    files = {m["file"] for m in map(ANNOTATION.match, result.output.splitlines()) if m}
    assert files == {"datasets/engagements/data/persons.csv", "datasets/engagements/engagements.json"}
    assert "| `datasets/engagements/data/persons.csv` |" in (tmp_path / "summary.md").read_text()


def test_messages_and_paths_are_escaped_so_one_issue_is_one_annotation(tmp_path: Path) -> None:
    report = Report(str(tmp_path))
    report.add("too_long", "50% done\nthen, a: colon", "data/a,b:c.csv", row=3, field="name", line=4)
    [line, status] = github_annotations(report, tmp_path).splitlines()
    assert line.endswith("::50%25 done%0Athen, a: colon (row 3, name)")
    assert "file=" in line and "a%2Cb%3Ac.csv,line=4,title=too_long::" in line
    assert status.endswith("1 issue(s)")


def test_markdown_summary_lets_no_markup_out_of_its_cells(tmp_path: Path) -> None:
    hostile_file = "data/a\n| b `x` <script>alert(1)</script>.csv"
    hostile_message = (
        "cell\r\n| ![pixel](https://evil.example/p.png) [click](https://evil.example) <b>x</b> *"
    )
    report = Report("pkg\n# heading")
    report.add("too_long", hostile_message, hostile_file, row=3, field="na|me`", line=4)
    summary = markdown_summary(report, tmp_path, tmp_path)
    lines = summary.splitlines()
    assert lines[0].startswith("### ") and not any(line.startswith("# ") for line in lines)
    rows = [line for line in lines if line.startswith("| ") and "---" not in line]
    assert len(rows) == 4  # two header rows, one code count, one issue: nothing broke a row
    issue = rows[-1]
    assert (
        "![" not in issue
        and "](" not in issue
        and "<b>" not in issue
        and "<script>" not in issue.split("`")[0]
    )
    assert issue.count(" | ") == 5  # six cells: every pipe of the values is escaped
    assert r"cell\\r\\n\|" in issue  # the CR LF is shown (escaped backslashes), not obeyed


def test_an_annotation_on_a_link_lands_on_the_link(repo: Repo, tmp_path: Path) -> None:
    (repo.sources / "zz.txt").symlink_to("ghana.txt")  # a link inside the repository
    result = CliRunner().invoke(
        main,
        ["validate", str(repo.root), "--checkout", "--format", "github", "--cache", str(repo.cache)],
        env=_github_env(repo.root, tmp_path / "summary.md"),
    )
    annotations = [m.groupdict() for m in map(ANNOTATION.match, result.output.splitlines()) if m]
    assert {"file": "datasets/sources/zz.txt", "code": "duplicate_text"} in [
        {k: a[k] for k in ("file", "code")} for a in annotations
    ], result.output


def test_a_valid_package_gets_a_short_summary(base: Repo, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = CliRunner().invoke(
        main, ["validate", str(base.package), "--format", "github"], env=_github_env(base.root, summary)
    )
    assert result.exit_code == 0
    assert "is valid" in summary.read_text(encoding="utf-8")
    assert not any(line.startswith("::error") for line in result.output.splitlines())


def _validate_options() -> set[str]:
    command = main.commands["validate"]
    return {opt for param in command.params if isinstance(param, click.Option) for opt in param.opts}


def test_action_declares_what_it_uses_and_calls_real_options() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    declared = set(action["inputs"])
    steps = action["runs"]["steps"]
    used = set()
    for step in steps:
        used |= set(re.findall(r"inputs\.([a-z-]+)", json.dumps(step)))
        script = step.get("run", "")
        assert "${{" not in script, "pass inputs through env, never into the script (injection)"
        for line in script.replace("\\\n", " ").splitlines():
            if line.strip().startswith("engagements validate"):
                assert set(re.findall(r"--[a-z-]+", line)) | {"--checkout"} <= _validate_options()
    assert used <= declared
    assert any("upload-artifact" in step.get("uses", "") for step in steps)


def test_pre_commit_hooks_run_existing_commands() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert len({hook["id"] for hook in hooks}) == len(hooks)
    for hook in hooks:
        entry = hook["entry"].split()
        assert entry[:2] == ["engagements", "validate"] and hook["language"] == "python"
        assert hook["pass_filenames"] is False
    files = {hook["id"]: re.compile(hook["files"]) for hook in hooks}
    package = files["engagements-validate"]
    assert package.search("datasets/engagements/data/persons.csv")
    assert package.search("datasets/engagements/datapackage.json")
    assert not package.search("README.md") and not package.search("datasets/sources/a.txt")
    assert not package.search("benchmarks/results.csv") and not package.search("other/datapackage.json")
    extract = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]["extract"]
    by_id = {hook["id"]: hook for hook in hooks}
    assert by_id["engagements-validate-checkout"]["additional_dependencies"] == extract
    assert "additional_dependencies" not in by_id["engagements-validate"]  # the light core is enough
    checkout = files["engagements-validate-checkout"]
    assert checkout.search("datasets/sources/a.meta.json") and checkout.search("datasets/corrections/x.yaml")
    assert not checkout.search("src/engagements/cli.py")


def test_this_repository_uses_its_own_action_and_test_command() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(step.get("uses") == "./" for step in steps)
    assert any(step.get("run") == ".ci/run" for step in steps)


def test_the_action_caches_pip_and_pins_versions() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    steps = action["runs"]["steps"]
    caches = [s for s in steps if s.get("uses", "").startswith("actions/cache@")]
    assert any(s["with"]["path"] == "~/.cache/pip" for s in caches)
    install = next(s for s in steps if s.get("name") == "Install engagements")
    assert '-c "$ACTION_PATH/constraints.txt"' in install["run"]
    assert "[extract]" in install["run"]  # a checkout needs the extraction extra
    assert (ROOT / "constraints.txt").is_file()


def _workflow(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def test_this_repository_tests_pull_requests_and_validates_main_with_its_own_action() -> None:
    workflow = _workflow("ci.yml")
    assert any(step.get("run") == ".ci/run" for step in _steps(workflow))
    for job in workflow["jobs"].values():
        if any(step.get("uses") == "./" for step in job["steps"]):
            # main's code judging main's data; pull requests are judged in submission.yml
            assert job["if"] == "github.event_name == 'push'"
            assert next(s for s in job["steps"] if s.get("uses") == "./")["with"]["checkout"] == "true"


def test_a_pull_request_is_judged_by_the_base_branch_validator_and_never_run() -> None:
    workflow = _workflow("submission.yml")
    assert set(workflow["on"]) == {"pull_request_target"}  # the workflow file comes from the base
    assert set(workflow["permissions"].values()) == {"read"}
    steps = _steps(workflow)
    checkouts = [s for s in steps if s.get("uses", "").startswith("actions/checkout@")]
    assert all(s["with"]["persist-credentials"] is False for s in checkouts)
    base, pull = checkouts
    assert "ref" not in base["with"] and "path" not in base["with"]  # the base branch, at the root
    assert pull["with"]["ref"] == "${{ github.event.pull_request.head.sha }}"
    folder = pull["with"]["path"]
    [validate] = [s for s in steps if s.get("uses") == "./"]  # the base branch's action.yml
    assert validate["with"] == {
        "path": folder,
        "checkout": "true",
        "workspace": folder,
        "artifact-name": "engagements-report",
    }
    for step in steps:  # nothing from the pull request runs, nothing it wrote reaches a script
        script = step.get("run", "")
        assert "${{" not in script and folder not in script
