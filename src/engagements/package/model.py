"""The model engine: every cell validated by the models' own pydantic validators, row by row.

Slow and obviously right: it is the reference the fast engine is tested against, and
`engagements validate --engine model` runs it on real packages.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import polars as pl
from pydantic import TypeAdapter, ValidationError

from ..models.base import rule_field, rule_fields
from .read import ROW_COLUMN, TableFile, records_frame, slow_records
from .rows import CellError, from_cell
from .rules import CODES, cell_message
from .tables import Column
from .validate_common import Found, rule_message

PYDANTIC_CODES = {
    "string_too_short": "too_short",
    "string_too_long": "too_long",
    "string_pattern_mismatch": "pattern_mismatch",
    "literal_error": "enum_mismatch",
    "enum": "enum_mismatch",
    "greater_than_equal": "out_of_range",
    "less_than_equal": "out_of_range",
    "finite_number": "out_of_range",
}
"""pydantic error type -> issue code (custom errors of our types already use issue codes)."""


@cache
def _adapter(column: Column) -> TypeAdapter[Any]:
    return TypeAdapter(column.annotation)


def cell_issue(column: Column, value: Any) -> str | None:
    """The code of the first rule `value` breaks, according to the models."""
    try:
        _adapter(column).validate_python(value, strict=True)
    except ValidationError as error:
        kind = error.errors()[0]["type"]
        code = PYDANTIC_CODES.get(kind, kind)
        return code if code in CODES else "type_error"
    return None


def read_frame(tf: TableFile, found: Found) -> tuple[pl.DataFrame, dict[str, pl.Series]]:
    """The table's frame and, per column, the positions of rows whose cell has an issue."""
    records = slow_records(tf, found.report)
    table = tf.table
    codes: dict[str, list[str | None]] = {name: [] for name in tf.columns}
    typed_rows: list[dict[str, Any]] = []
    for record in records:
        typed: dict[str, Any] = {}
        for name in tf.columns:
            column = table.column(name)
            text = record[name]
            code = None
            value: Any = None
            if text == "":
                present = column.group_required and any(
                    record.get(c.name) for c in table.columns if c.group == column.group
                )
                if column.required or present:
                    code = "required"
            else:
                try:
                    value = from_cell(column, text)
                except CellError:
                    code = "type_error"
                else:
                    code = cell_issue(column, value)
            typed[name] = value if code is None else None
            codes[name].append(code)
            if code:
                found.add(tf, code, cell_message(code, column), record[ROW_COLUMN], name)
        typed_rows.append(typed)
    for rule in table.rules:
        names = rule_fields(rule)
        if not all(n in tf.columns for n in names):
            continue
        for index, typed in enumerate(typed_rows):
            if any(codes[n][index] for n in names):
                continue
            message = rule.broken(typed)
            if message:
                found.add(
                    tf, rule.code, rule_message(rule, typed), records[index][ROW_COLUMN], rule_field(rule)
                )
    frame = records_frame(tf, records)
    bad = {
        name: pl.Series(name, [i for i, code in enumerate(values) if code], dtype=pl.UInt32)
        for name, values in codes.items()
    }
    return frame, bad
