"""Renderings of a `Report`: text for people, GitHub annotations, a Markdown summary.

The report holds every fact; these functions only format it. Annotations follow GitHub's
workflow-command syntax (`::error file=...,line=...,title=...::message`), with file paths
relative to the workspace so GitHub places them on the right file and line (the file as named,
a link, not the file it leads to). Everything in a report can come from a hostile pull request (a
file name with a newline, `|`, a backtick or HTML; a quote with Markdown links or images), so
each value is escaped for where it goes: `%`, CR and LF in workflow commands, and in the
Markdown summary every ASCII punctuation character and every control character.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .files import resolved
from .package.rules import FATAL_CODES
from .report import Issue, Report

MAX_SUMMARY_ROWS = 100


def text(report: Report, base: Path | None = None) -> str:
    """One line per issue, then the verdict; with `base` (the path validated), files are shown
    relative to the working directory, as a terminal or pre-commit user can open them."""
    lines = []
    for issue in report.issues:
        location = issue.location
        if base is not None:
            location = replace(location, file=workspace_path(location.file, base, Path.cwd()))
        lines.append(f"{location}: {issue.code}: {issue.message}")
    if report.codes() & FATAL_CODES:
        status = "could not be validated"
    else:
        status = "valid" if report.valid else f"invalid: {len(report.issues)} issue(s)"
    lines.append(f"{report.path}: {status} ({report.rows} rows checked)")
    return "\n".join(lines)


def workspace_path(file: str, base: Path, workspace: Path | None = None) -> str:
    """`file` (relative to `base`) as a path relative to the workspace, with forward slashes.

    Links are not followed: an issue about a link is about the link, not the file it leads to.
    """
    workspace = workspace or Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())
    path = Path(os.path.abspath(Path(file) if Path(file).is_absolute() else base / file))
    folder = Path(os.path.abspath(workspace))
    if path.is_relative_to(folder):
        return path.relative_to(folder).as_posix()
    real_parent, real_folder = resolved(path.parent), resolved(folder)  # the same place, named otherwise
    if real_parent and real_folder and (real_parent / path.name).is_relative_to(real_folder):
        return (real_parent / path.name).relative_to(real_folder).as_posix()
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
        return f"### engagements validate: {_code(report.path)} is valid\n\n{report.rows} rows checked.\n"
    out = [
        f"### engagements validate: {_code(report.path)} has {len(report.issues)} issue(s)",
        "",
        "| code | issues |",
        "|---|---|",
        *(f"| {_code(code)} | {n} |" for code, n in sorted(Counter(i.code for i in report.issues).items())),
        "",
        "| file | line | row | field | code | message |",
        "|---|---|---|---|---|---|",
    ]
    for issue in report.issues[:MAX_SUMMARY_ROWS]:
        loc = issue.location
        cells = [
            _code(workspace_path(loc.file, base, workspace)),
            _blank(loc.line),
            _blank(loc.row),
            _code(loc.field) if loc.field else "",
            _code(issue.code),
            _text(issue.message),
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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def _visible(value: str) -> str:
    """Control characters (a newline would end the table row) as escapes one can read: `\\n`."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], value)


def _text(value: str) -> str:
    """Plain text in a Markdown table cell: no markup, link, image, HTML or row break gets through."""
    return _PUNCTUATION.sub(r"\\\1", _visible(value))


def _code(value: str) -> str:
    """`value` as inline code in a table cell, whatever backticks, pipes or newlines it holds."""
    value = _visible(value).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _escape_data(value: str) -> str:
    """GitHub's escapes for CR and LF; other characters that may end a line (VT, FF, NEL, ...) shown."""
    return _visible(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
