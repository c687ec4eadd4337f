"""The cross-field rules a model can declare, as data (`NotAfter("start", "end")`).

No pydantic here: the models enforce the rules (`base.StrictModel`), and the vectorised validator
turns the same declarations into column expressions without loading the models.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, ClassVar

from .constants import PRECISION_BY_LENGTH


@dataclass(frozen=True)
class NotAfter:
    """`first` is not later than `second` (partial dates compare on their common prefix)."""

    first: str
    second: str
    code: ClassVar[str] = "date_order"

    def broken(self, row: dict[str, Any]) -> str | None:
        a, b = row.get(self.first), row.get(self.second)
        if a is None or b is None:
            return None
        n = min(len(a), len(b))
        if a[:n] > b[:n]:
            return f"{self.first} {a} is after {self.second} {b}"
        return None


@dataclass(frozen=True)
class Before:
    """Integer `first` is strictly less than `second` (a span is never empty)."""

    first: str
    second: str
    code: ClassVar[str] = "span_order"

    def broken(self, row: dict[str, Any]) -> str | None:
        a, b = row.get(self.first), row.get(self.second)
        if a is None or b is None or a < b:
            return None
        return f"{self.first} {a} is not before {self.second} {b}"


@dataclass(frozen=True)
class PrecisionMatches:
    """A precision column says exactly how long its partial date is (and is empty with it)."""

    date: str
    precision: str
    code: ClassVar[str] = "precision_mismatch"

    def broken(self, row: dict[str, Any]) -> str | None:
        date, precision = row.get(self.date), row.get(self.precision)
        expected = PRECISION_BY_LENGTH.get(len(date)) if date is not None else None
        if precision == expected:
            return None
        return f"{self.precision} is {precision!r} but {self.date} {date!r} has precision {expected!r}"


@dataclass(frozen=True)
class ExactlyOne:
    """Exactly one of the named fields is set."""

    fields: tuple[str, ...]
    code: ClassVar[str] = "exactly_one"

    def broken(self, row: dict[str, Any]) -> str | None:
        if sum(row.get(name) is not None for name in self.fields) == 1:
            return None
        return f"exactly one of {', '.join(self.fields)} must be set"


def text_checksum(text: str) -> str:
    """SHA-256 of the normalised text: the article's identity across files and re-conversions."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChecksumOf:
    """`checksum` is the SHA-256 of the UTF-8 bytes of `text`."""

    text: str
    checksum: str
    code: ClassVar[str] = "checksum_mismatch"

    def broken(self, row: dict[str, Any]) -> str | None:
        text, checksum = row.get(self.text), row.get(self.checksum)
        if text is None or checksum is None or text_checksum(text) == checksum:
            return None
        return f"{self.checksum} is not the SHA-256 of {self.text}"


RowRule = NotAfter | Before | PrecisionMatches | ExactlyOne | ChecksumOf


def rule_field(rule: RowRule) -> str:
    """The column an issue about `rule` is reported on."""
    if isinstance(rule, NotAfter | Before):
        return rule.second
    if isinstance(rule, PrecisionMatches):
        return rule.precision
    if isinstance(rule, ExactlyOne):
        return rule.fields[0]
    return rule.checksum


def rule_fields(rule: RowRule) -> tuple[str, ...]:
    """Every column `rule` reads: it is checked only when all of them hold valid values."""
    if isinstance(rule, NotAfter | Before):
        return (rule.first, rule.second)
    if isinstance(rule, PrecisionMatches):
        return (rule.date, rule.precision)
    if isinstance(rule, ExactlyOne):
        return rule.fields
    return (rule.text, rule.checksum)
