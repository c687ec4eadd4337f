"""A JSON object of tables read a record at a time gives what `json.loads` gives, and says where it stops."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.files import FileRefused
from engagements.package import json_stream
from engagements.package.json_stream import Element, JsonStreamError, Table, read_tables

LIMIT = 1 << 30

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)
names = st.sampled_from(["articles", "persons", "evidence", "redirects", "é"])
tables = st.lists(st.tuples(names, st.lists(values, max_size=4) | scalars), max_size=6)
layouts = st.sampled_from([None, 0, 1, 2])


def _text(pairs: list[tuple[str, Any]], indent: int | None) -> str:
    """An object whose names may repeat (json.dumps of a dict cannot write that)."""
    joint = "\n" if indent is not None else ""
    members = [f"{json.dumps(n)}: {json.dumps(v, indent=indent, ensure_ascii=False)}" for n, v in pairs]
    return "{" + joint + ("," + joint).join(members) + joint + "}"


def _delimiters(text: str) -> list[int]:
    """Where a ',' or ']' of the JSON text is, not one inside a string."""
    found, inside, escaped = [], False, False
    for i, c in enumerate(text):
        if inside:
            inside, escaped = (escaped or c != '"'), (not escaped and c == "\\")
        elif c == '"':
            inside = True
        elif c in ",]":
            found.append(i)
    return found


def _read(path: Path) -> dict[str, list[Any]]:
    """The tables as the stream tells them, a name given twice replaced as json.loads replaces it."""
    result: dict[str, list[Any]] = {}
    for item in read_tables(path, LIMIT):
        if isinstance(item, Table):
            result.pop(item.name, None)
            if item.array:
                result[item.name] = []
        else:
            assert isinstance(item, Element)
            assert json.loads(item.text) == item.value  # the text it was read from
            result[item.table].append(item.value)
    return result


@given(pairs=tables, indent=layouts, chunk=st.sampled_from([1, 2, 7, 64, 1 << 20]))
def test_the_stream_gives_the_tables_json_loads_gives(
    pairs: list[tuple[str, Any]], indent: int | None, chunk: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("json") / "engagements.json"
    path.write_text(_text(pairs, indent), encoding="utf-8")
    expected = {name: rows for name, rows in json.loads(path.read_bytes()).items() if isinstance(rows, list)}
    with mock.patch.object(json_stream, "CHUNK_CHARS", chunk):  # records cut across reads
        assert _read(path) == expected


@given(
    pairs=st.lists(st.tuples(names, st.lists(values, min_size=1, max_size=4)), min_size=1, max_size=4),
    indent=layouts,
    chunk=st.sampled_from([1, 3, 64, 1 << 20]),
    data=st.data(),
)
def test_a_broken_element_is_reported_where_json_reports_it(
    pairs: list[tuple[str, list[Any]]],
    indent: int | None,
    chunk: int,
    data: st.DataObject,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A stray character after an element, or an element cut short, wherever the reads end."""
    text = _text(pairs, indent)
    at = data.draw(st.sampled_from(_delimiters(text)))  # after an element (or an inner value)
    broken = text[:at] + data.draw(st.sampled_from(["@", " tru", ' "x'])) + text[at:]
    with pytest.raises(json.JSONDecodeError) as reference:
        json.loads(broken)
    path = tmp_path_factory.mktemp("json") / "engagements.json"
    path.write_text(broken, encoding="utf-8")
    with mock.patch.object(json_stream, "CHUNK_CHARS", chunk), pytest.raises(JsonStreamError) as error:
        _read(path)
    where = f"line {reference.value.lineno} column {reference.value.colno} (char {reference.value.pos})"
    assert str(error.value).endswith(where)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "not a JSON object of tables: line 1 column 1 (char 0)"),
        ('{"a": [1]}\n{}', "extra data after the object: line 2 column 1 (char 11)"),
        ('{"a": [1]', "expected ',' or '}' after a table, found the end of the file"),
        ("{a: []}", "expected a table name in double quotes: line 1 column 2 (char 1)"),
        ("", "not a JSON object of tables: line 1 column 1 (char 0)"),
        ('{"a": [\n' + "[" * 100_000 + "]" * 100_000 + "]}", "nesting too deep: line 2 column 1 (char 8)"),
        (
            '{"a": [\n' + "1" * 5000 + "]}",
            "integer string conversion: value has 5000 digits: line 2 column 1 (char 8)",
        ),
    ],
)
def test_what_is_not_an_object_of_tables_is_named(text: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "engagements.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(JsonStreamError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _read(path)


def test_an_element_longer_than_the_limit_is_refused_not_held(tmp_path: Path) -> None:
    path = tmp_path / "engagements.json"
    path.write_text('{"articles": [{"id": "a", "text": "' + "x" * 1000 + '"}]}', encoding="utf-8")
    with (
        mock.patch.object(json_stream, "CHUNK_CHARS", 16),
        mock.patch.object(json_stream, "MAX_VALUE_CHARS", 100),
        pytest.raises(JsonStreamError, match="an element over 100 characters"),
    ):
        _read(path)
    with mock.patch.object(json_stream, "CHUNK_CHARS", 16):
        assert len(_read(path)["articles"][0]["text"]) == 1000


def test_a_broken_element_is_reported_at_once_not_after_reading_on(tmp_path: Path) -> None:
    """A syntax error far from where the reading stopped is the file's: the rest is not read
    (it was, up to the element limit, whose message then named the wrong problem)."""
    path = tmp_path / "engagements.json"
    path.write_text('{"a": [{"id": "x", "v": [1,]}' + ', {"id": "y"}' * 200 + "]}", encoding="utf-8")
    with (
        mock.patch.object(json_stream, "CHUNK_CHARS", 16),
        mock.patch.object(json_stream, "MAX_VALUE_CHARS", 1000),
        pytest.raises(JsonStreamError, match=r"^Expecting value: line 1 column 28 \(char 27\)$"),
    ):
        _read(path)


def test_a_fifo_or_a_file_over_the_limit_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "engagements.json"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    with pytest.raises(FileRefused, match="not a regular file"):
        list(read_tables(fifo, LIMIT))
    large = tmp_path / "large.json"
    large.write_text('{"a": [1, 2, 3]}', encoding="utf-8")
    with pytest.raises(FileRefused, match="over the limit of 10 bytes"):
        list(read_tables(large, 10))
