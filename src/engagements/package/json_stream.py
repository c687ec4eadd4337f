"""A JSON object of tables read one record at a time: `engagements.json` without holding it whole.

`json.loads` of a release's `engagements.json` holds every record as Python objects at once,
3.5 times the file's size or more (a 13 KB-an-article file: 1,754 MiB to compare two releases
of 19,512 articles, and `engagements diff` refused files past 4 GiB). This reader yields each
element of each top-level array with the text it was read from, so a caller can keep what it
needs (a comparison keeps the text, on disk) and let the record go. It reads any layout of the
same JSON (indented or not, tables in any order) and gives what `json.loads` gives for a UTF-8
file, told as it comes: each top-level name (`Table`), then an array's elements (`Element`); a
caller replaces a name given twice.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from ..files import open_limited

CHUNK_CHARS = 1 << 20
"""Characters read at a time; a record longer than this is read in further chunks."""
MAX_VALUE_CHARS = 1 << 28
"""The text held for one element, past which it is refused (the reads double, so an element of
up to twice this may pass): an article's text is at most a few MB, so 256 Mi characters is far
more than any record holds, and a hostile file cannot make the reader hold itself whole."""

_WHITESPACE = re.compile(r"[ \t\n\r]*")
"""JSON's whitespace, as `json` skips it: a regular expression, not a loop over characters."""
_AFTER_ELEMENT = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")
_NUMBER_CHARS = "0123456789.eE+-"
_CUT_WINDOW = 12
"""A decoding error this close to the buffer's end may be the end of what was read, not of the
value (`-Infinit`, half a `\\uXXXX` escape, whitespace): read on. Any other error is the file's."""
_NUMBER_WINDOW = 64
"""More characters of a number than this after where a value was decoded: no valid JSON."""


class JsonStreamError(ValueError):
    """The file is not a JSON object of tables, or an element is too long: says where."""


class Element(NamedTuple):
    """One element of a top-level array: its table, its value, and the text it was read from.
    (A named tuple: a million of them are made for 10,000 articles.)"""

    table: str
    value: Any
    text: str


class Table(NamedTuple):
    """A top-level value starts. An array's elements follow; any other value is skipped. A name
    the object gave before is replaced, as `json.loads` replaces it (by nothing, if not an array)."""

    name: str
    array: bool


class _Reader:
    """A window on the file's text: `buffer` from `pos`, refilled as the parse needs more."""

    def __init__(self, handle: TextIO) -> None:
        self.handle, self.buffer, self.pos = handle, "", 0
        self.dropped = 0  # characters before `buffer`
        self.dropped_lines = 0  # line feeds in them
        self.line_start = 0  # where the last line that starts in them starts
        self.eof = False

    def more(self, at_least: int = 0) -> bool:
        """Read further, keeping what is not yet consumed; False at the end of the file (the
        buffer then left as it was, so positions in it still hold)."""
        if self.eof:
            return False
        chunk = self.handle.read(max(at_least, CHUNK_CHARS))
        if not chunk:
            self.eof = True
            return False
        self.dropped_lines += self.buffer.count("\n", 0, self.pos)
        feed = self.buffer.rfind("\n", 0, self.pos)
        self.line_start = self.dropped + feed + 1 if feed >= 0 else self.line_start
        self.dropped += self.pos
        self.buffer, self.pos = self.buffer[self.pos :] + chunk, 0
        return True

    def skip_whitespace(self) -> str:
        """The next character that is not whitespace (consumed: no), or '' at the end."""
        while True:
            spaces = _WHITESPACE.match(self.buffer, self.pos)  # always matches (maybe nothing)
            self.pos = spaces.end() if spaces else self.pos
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.more():
                return ""

    def expect(self, allowed: str, what: str) -> str:
        """Consume the next non-whitespace character, one of `allowed`."""
        found = self.skip_whitespace()
        if not found or found not in allowed:
            raise self.error(f"expected {what}, found {'the end of the file' if not found else repr(found)}")
        self.pos += 1
        return found

    def value(self, decoder: json.JSONDecoder) -> tuple[Any, str]:
        """The next JSON value and its text. A value cut where the buffer ends fails to decode or
        may go on (a number), so it is decoded again once more text is read."""
        self.skip_whitespace()
        while True:
            try:
                value, end = decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                cut = error.pos >= len(self.buffer) - _CUT_WINDOW or error.msg.startswith(
                    "Unterminated string"
                )
                if cut and self._grow():  # the buffer may end inside the value: read on
                    continue
                raise self.error(error.msg, self.dropped + error.pos) from None
            except RecursionError:
                raise self.error("nesting too deep") from None
            except ValueError as error:  # an integer past Python's conversion limit
                raise self.error(str(error).split(";")[0]) from None
            if self._may_go_on(end) and self._grow():
                continue
            text = self.buffer[self.pos : end]
            self.pos = end
            return value, text

    def _may_go_on(self, end: int) -> bool:
        """Whether a value decoded up to `end` may be the start of a longer one: the buffer holds
        nothing after it but characters of a number (`1` of `1.5`, `1.` of `1.5e3`)."""
        if end < len(self.buffer) and self.buffer[end] not in _NUMBER_CHARS:
            return False
        rest = self.buffer[end : end + _NUMBER_WINDOW]
        return end + len(rest) == len(self.buffer) and not rest.strip(_NUMBER_CHARS)

    def _grow(self) -> bool:
        if len(self.buffer) - self.pos >= MAX_VALUE_CHARS:
            raise self.error(f"an element over {MAX_VALUE_CHARS:,} characters; is this a package's JSON?")
        return self.more(len(self.buffer) - self.pos)

    def error(self, message: str, at: int | None = None) -> JsonStreamError:
        """`message` at `at` (a character of the file; the current position without it), as
        `json` says where: line, column and character."""
        at = self.dropped + self.pos if at is None else at
        local = at - self.dropped
        if not 0 <= local <= len(self.buffer):
            return JsonStreamError(f"{message} (char {at})")
        line = self.dropped_lines + self.buffer.count("\n", 0, local) + 1
        feed = self.buffer.rfind("\n", 0, local)
        column = at - (self.dropped + feed + 1 if feed >= 0 else self.line_start) + 1
        return JsonStreamError(f"{message}: line {line} column {column} (char {at})")


def read_tables(path: Path, limit: int) -> Iterator[Table | Element]:
    """Each table of the JSON object at `path` as it starts, then its elements, in file order.

    Raises JsonStreamError (where the text stops being a JSON object of tables), OSError,
    FileRefused (not a regular file, or over `limit` bytes: a FIFO is never opened to wait on)
    and UnicodeDecodeError (a file that is not UTF-8: a package's JSON is)."""
    with io.TextIOWrapper(open_limited(path, limit), encoding="utf-8-sig", newline="") as handle:
        yield from _tables(_Reader(handle))


def _tables(reader: _Reader) -> Iterator[Table | Element]:
    decoder = json.JSONDecoder()
    if reader.skip_whitespace() != "{":
        raise reader.error("not a JSON object of tables")
    reader.pos += 1
    if reader.skip_whitespace() == "}":
        reader.pos += 1
    else:
        while True:
            if reader.skip_whitespace() != '"':
                raise reader.error("expected a table name in double quotes")
            name, _ = reader.value(decoder)
            reader.expect(":", "':' after a table name")
            if reader.skip_whitespace() == "[":
                reader.pos += 1
                yield Table(name, array=True)
                yield from _elements(reader, decoder, name)
            else:
                yield Table(name, array=False)
                reader.value(decoder)
            if reader.expect(",}", "',' or '}' after a table") == "}":
                break
    if reader.skip_whitespace():
        raise reader.error("extra data after the object")


def _elements(reader: _Reader, decoder: json.JSONDecoder, table: str) -> Iterator[Element]:
    if reader.skip_whitespace() == "]":
        reader.pos += 1
        return
    while True:
        value, text = reader.value(decoder)
        yield Element(table, value, text)
        after = _AFTER_ELEMENT.match(reader.buffer, reader.pos)
        if after and after.end() < len(reader.buffer):  # the common case, in one match
            reader.pos = after.end()
            if after.group(1) == "]":
                return
        elif reader.expect(",]", "',' or ']' after an element") == "]":
            return
