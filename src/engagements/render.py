"""Renderings of a `Report`: text for people, GitHub annotations, a Markdown summary.

The report holds every fact; these functions only format it. Annotations follow GitHub's
workflow-command syntax (`::error file=...,line=...,title=...::message`), with file paths
relative to the workspace so GitHub places them on the right file and line.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from .report import Issue, Report

MAX_SUMMARY_ROWS = 100


def text(report: Report) -> str:
    lines = [f"{issue.location}: {issue.code}: {issue.message}" for issue in report.issues]
    status = "valid" if report.valid else f"invalid: {len(report.issues)} issue(s)"
    lines.append(f"{report.path}: {status} ({report.rows} rows checked)")
    return "\n".join(lines)


def workspace_path(file: str, base: Path, workspace: Path | None = None) -> str:
    """`file` (relative to `base`) as a path relative to the workspace, with forward slashes."""
    workspace = workspace or Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())
    path = Path(file) if Path(file).is_absolute() else base / file
    try:
        return path.resolve().relative_to(workspace.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def github_annotations(report: Report, base: Path, workspace: Path | None = None) -> str:
    """One `::error` workflow command per issue, then a plain summary line."""
    lines = []
    for issue in report.issues:
        loc = issue.location
        props = [f"file={_escape_property(workspace_path(loc.file, base, workspace))}"]
        if loc.line is not None:
            props.append(f"line={loc.line}")
        props.append(f"title={_escape_property(issue.code)}")
        lines.append(f"::error {','.join(props)}::{_escape_data(issue.message + _where(issue))}")
    lines.append(f"{report.path}: {'valid' if report.valid else f'{len(report.issues)} issue(s)'}")
    return "\n".join(lines)


def markdown_summary(report: Report, base: Path, workspace: Path | None = None) -> str:
    """A job summary: the verdict, issues per code, and the first issues with their locations."""
    if report.valid:
        return f"### engagements validate: `{report.path}` is valid\n\n{report.rows} rows checked.\n"
    out = [
        f"### engagements validate: `{report.path}` has {len(report.issues)} issue(s)",
        "",
        "| code | issues |",
        "|---|---|",
        *(f"| `{code}` | {n} |" for code, n in sorted(Counter(i.code for i in report.issues).items())),
        "",
        "| file | line | row | field | code | message |",
        "|---|---|---|---|---|---|",
    ]
    for issue in report.issues[:MAX_SUMMARY_ROWS]:
        loc = issue.location
        cells = [
            f"`{workspace_path(loc.file, base, workspace)}`",
            _blank(loc.line),
            _blank(loc.row),
            f"`{loc.field}`" if loc.field else "",
            f"`{issue.code}`",
            _cell(issue.message),
        ]
        out.append("| " + " | ".join(cells) + " |")
    if len(report.issues) > MAX_SUMMARY_ROWS:
        out += ["", f"... and {len(report.issues) - MAX_SUMMARY_ROWS} more in the JSON report."]
    return "\n".join(out) + "\n"


def _where(issue: Issue) -> str:
    loc = issue.location
    return f" (row {loc.row}, {loc.field})" if loc.row is not None and loc.field else ""


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)


def _cell(message: str) -> str:
    return message.replace("|", "\\|").replace("\n", " ")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
