"""What validation returns: every issue found, each with a stable code, a location and a message.

The CLI only renders a `Report`; `--format json` is `Report.to_dict()` verbatim. A report holds
at most `MAX_ISSUES` issues: a hostile file can hold millions of problems (a header of two
million columns), and listing each costs gigabytes; past the limit, issues are only counted
by code, and one `too_many_issues` issue says how many were left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

MAX_ISSUES = 10_000


def printable(value: str) -> str:
    """`value` with what UTF-8 cannot hold (lone surrogates, from file names or escapes) as `\\udXXX`."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


@dataclass(frozen=True, order=True)
class Location:
    """Where an issue is: a file, and when it applies, a row (header = row 1), field and line."""

    file: str
    row: int | None = None
    field: str | None = None
    line: int | None = None

    def __post_init__(self) -> None:  # every location can be printed and written as UTF-8
        object.__setattr__(self, "file", printable(self.file))
        if self.field is not None:
            object.__setattr__(self, "field", printable(self.field))

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
        text = ":".join(parts)
        if self.row is not None:
            text += f" row {self.row}"
        if self.field is not None:
            text += f" [{self.field}]"
        return text


@dataclass(frozen=True, order=True)
class Issue:
    """One problem. `code` is stable across releases; tests and CI rely on it, not on the message."""

    location: Location
    code: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", printable(self.message))


@dataclass
class Report:
    """The outcome of validating one package: valid when it holds no issue."""

    path: str
    issues: list[Issue] = field(default_factory=list)
    rows: int = 0
    omitted: Counter[str] = field(default_factory=Counter)
    """Issues past `MAX_ISSUES`, counted by code, not listed."""

    def __post_init__(self) -> None:
        self.path = printable(self.path)

    @property
    def valid(self) -> bool:
        return not self.issues and not self.omitted

    def has_room(self) -> bool:
        return len(self.issues) < MAX_ISSUES

    def add(
        self,
        code: str,
        message: str,
        file: str,
        row: int | None = None,
        field: str | None = None,
        line: int | None = None,
    ) -> None:
        if self.has_room():
            self.issues.append(Issue(Location(file, row, field, line), code, message))
        else:
            self.omitted[code] += 1

    def extend(self, issues: list[Issue], omitted: Counter[str] | None = None) -> None:
        """Add issues found elsewhere (and what was left out there), within the limit."""
        for issue in issues:
            if self.has_room():
                self.issues.append(issue)
            else:
                self.omitted[issue.code] += 1
        self.omitted.update(omitted or {})

    def sorted(self) -> Report:
        """The same report with issues in a stable order (file, row, field, code), what was left
        out summed up in one last `too_many_issues` issue."""
        issues = sorted(set(self.issues), key=_order)
        if self.omitted:
            counts = ", ".join(f"{code} {n}" for code, n in sorted(self.omitted.items()))
            total = sum(self.omitted.values())
            message = f"{total} more issues not listed (over {MAX_ISSUES}): {counts}; fix those above first"
            issues.append(Issue(Location(self.path), "too_many_issues", message))
        return Report(self.path, issues, self.rows)

    def codes(self) -> set[str]:
        return {issue.code for issue in self.issues}

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "valid": self.valid,
            "rows": self.rows,
            "issues": [
                {"code": i.code, "message": i.message, "location": asdict(i.location)} for i in self.issues
            ],
        }


def _order(issue: Issue) -> tuple[Any, ...]:
    loc = issue.location
    return (loc.file, loc.row or 0, loc.field or "", issue.code, issue.message)
