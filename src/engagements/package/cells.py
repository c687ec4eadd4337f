"""CSV cells <-> typed values: `to_cell` and `from_cell` are exact inverses for every typed value.

No models here: the validator reads cells without loading pydantic (`rows.py` re-exports these).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .spec import Column

INTEGER = re.compile(r"^-?[0-9]{1,18}$")
"""At most 18 digits: every such integer fits in 64 bits, so both engines read it the same way
(and Python never meets an integer past its 4,300-digit conversion limit)."""
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


class CellError(ValueError):
    """A cell that cannot be read as its column's type."""


def to_cell(value: Any) -> str:
    """Typed value -> CSV text; None and empty lists are empty cells."""
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, float):
        return repr(value)
    return str(value)


def from_cell(column: Column, text: str) -> Any:
    """CSV text -> typed value (None for an empty cell); raises CellError with what was expected."""
    if text == "":
        return [] if column.type == "array" else None
    if column.type == "integer":
        if not INTEGER.match(text):
            raise CellError(f"{text!r} is not an integer")
        return int(text)
    if column.type == "number":
        if not NUMBER.match(text):
            raise CellError(f"{text!r} is not a number")
        return float(text)
    if column.type == "array":
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):  # deep nesting exhausts the decoder's stack
            value = None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CellError(f"{text[:40]!r} is not a JSON array of strings")
        return value
    return text
