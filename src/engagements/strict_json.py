"""JSON from untrusted files, with the limits Python's `json` lacks.

`json.loads` accepts what other readers reject or read otherwise: a key twice in one object
(the last silently wins, so a reviewer can read one value and the program use another),
`NaN` and `Infinity`, escapes of half a UTF-16 pair (`"\\ud800"`, text no UTF-8 file can hold),
integers of thousands of digits (they raise ValueError past Python's conversion limit) and
nesting deep enough to exhaust the stack. Each is a `JsonProblem` with the issue code a caller
reports (`syntax` and `nesting` are named by the caller: each file kind has its own codes).
"""

from __future__ import annotations

import json
from typing import Any

from .report import printable

MAX_DIGITS = 64
"""Digits of an integer: far more than any value of the schema needs (offsets have 8)."""
MAX_DEPTH = 32
"""Nesting of arrays and objects; the deepest file of the schema nests 6 levels."""


class JsonProblem(Exception):
    """Why a JSON text is refused: `kind` is `syntax`, `nesting` or an issue code."""

    def __init__(self, kind: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.kind, self.message, self.line = kind, message, line


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonProblem("repeated_key", f"key {key!r} appears twice in one object; keep one")
        result[key] = value
    return result


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise JsonProblem("number_too_long", f"an integer of {len(text)} digits; at most {MAX_DIGITS}")
    return int(text)


def _constant(name: str) -> Any:
    raise JsonProblem("syntax", f"not valid JSON: {name} is not a JSON number")


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse `text`; raises JsonProblem for anything refused (see the module docstring)."""
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_integer, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise JsonProblem("syntax", f"not valid JSON: {error.msg}", error.lineno) from None
    except RecursionError:
        raise JsonProblem("nesting", f"nested deeper than {max_depth} levels") from None
    if depth(data, max_depth) > max_depth:
        raise JsonProblem("nesting", f"nested deeper than {max_depth} levels")
    problem = lone_surrogate(data)
    if problem:
        raise JsonProblem("encoding_error", problem)
    return data


def depth(data: Any, limit: int) -> int:
    """How deeply lists and objects nest, counted up to `limit` + 1 (iterative: no stack to exhaust)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            if level <= limit:
                items = value.values() if isinstance(value, dict) else value
                stack += [(item, level + 1) for item in items]
    return deepest


def lone_surrogate(data: Any) -> str | None:
    """What is wrong when a string (or key) of `data` holds half a UTF-16 pair, else None."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack += value.keys()
            stack += value.values()
        elif isinstance(value, list):
            stack += value
        elif isinstance(value, str) and printable(value) != value:
            return (
                f"{printable(value)[:60]!s} holds half of a UTF-16 surrogate pair (an escape like "
                "\\ud800), which is not text; remove it"
            )
    return None
