"""What validation returns: every issue found, each with a stable code, a location and a message.

The CLI only renders a `Report`; `--format json` is `Report.to_dict()` verbatim.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Location:
    """Where an issue is: a file, and when it applies, a row (header = row 1), field and line."""

    file: str
    row: int | None = None
    field: str | None = None
    line: int | None = None

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


@dataclass
class Report:
    """The outcome of validating one package: valid when it holds no issue."""

    path: str
    issues: list[Issue] = field(default_factory=list)
    rows: int = 0

    @property
    def valid(self) -> bool:
        return not self.issues

    def add(
        self,
        code: str,
        message: str,
        file: str,
        row: int | None = None,
        field: str | None = None,
        line: int | None = None,
    ) -> None:
        self.issues.append(Issue(Location(file, row, field, line), code, message))

    def sorted(self) -> Report:
        """The same report with issues in a stable order (file, row, field, code)."""
        return Report(self.path, sorted(set(self.issues), key=_order), self.rows)

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
