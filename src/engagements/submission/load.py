"""Load corrections files (YAML or JSON) safely, with the line of every problem.

YAML is read with PyYAML's safe loader, never constructing objects (`!!python/...` is
rejected), with timestamps left as text (`2026-04-12` stays a string, as in the JSON output)
and a bound on aliases, so an alias bomb is rejected before it is expanded. Both formats get
the limits of `strict_json`: no key twice in one mapping (the last would silently win), no
integer of more than 64 digits, no half of a UTF-16 surrogate pair, bounded nesting.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .. import strict_json
from ..files import FileRefused, read_limited
from ..models.correction import Correction, Corrections
from ..report import Issue, Location

MAX_CORRECTIONS_BYTES = 1024 * 1024
MAX_ALIASES = 64
MAX_DEPTH = strict_json.MAX_DEPTH
MAX_NODES = 100_000
SUFFIXES = (".yaml", ".yml", ".json")


class _Rejected(Exception):
    def __init__(self, code: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.line = code, message, line


class _SafeLoader(yaml.SafeLoader):
    """Safe loading, timestamps as text, aliases and nesting bounded."""

    aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise _Rejected(
                    "yaml_alias_limit",
                    f"more than {MAX_ALIASES} aliases (*name); write the values out instead",
                    mark.line + 1,
                )
        depth = getattr(self, "_depth", 0) + 1
        if depth > MAX_DEPTH:
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise _Rejected("nesting_too_deep", f"nested deeper than {MAX_DEPTH} levels", mark.line + 1)
        self._depth = depth
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth - 1

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """A mapping, refusing a key written twice (YAML readers disagree on which one wins)."""
        seen: dict[tuple[str, str], int] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                line = key.start_mark.line + 1
                if (key.tag, key.value) in seen:
                    earlier = seen[(key.tag, key.value)]
                    raise _Rejected(
                        "repeated_key",
                        f"key {key.value!r} appears twice in one mapping (line {earlier} too); keep one",
                        line,
                    )
                seen[(key.tag, key.value)] = line
        return super().construct_mapping(node, deep=deep)

    def construct_bounded_int(self, node: Any) -> Any:
        if len(node.value) > strict_json.MAX_DIGITS:
            raise _Rejected(
                "number_too_long",
                f"an integer of {len(node.value)} digits; at most {strict_json.MAX_DIGITS}",
                node.start_mark.line + 1,
            )
        return self.construct_yaml_int(node)


_SafeLoader.add_constructor("tag:yaml.org,2002:int", _SafeLoader.construct_bounded_int)
_SafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class LocatedCorrection:
    """A correction and where it is written (for reports)."""

    correction: Correction
    file: str
    line: int | None


@dataclass
class LoadedCorrections:
    """Output of loading: the valid corrections in order, and an issue for every problem."""

    corrections: list[LocatedCorrection] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def correction_files(folder: Path) -> list[Path]:
    """Corrections files of a folder and its sub-folders, in path order (the order corrections
    apply in, the same for `convert` and `validate`)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and not p.is_dir())


def load_corrections(paths: list[Path], display: dict[Path, str] | None = None) -> LoadedCorrections:
    """Read every file; invalid ones contribute issues, valid ones corrections."""
    loaded = LoadedCorrections()
    seen: dict[str, str] = {}
    for path in paths:
        name = (display or {}).get(path, str(path))
        try:
            data, root = _read(path)
            items = _validate(data, root, name)
        except _Rejected as rejected:
            loaded.issues.append(Issue(Location(name, line=rejected.line), rejected.code, rejected.message))
            continue
        except _Invalid as invalid:
            loaded.issues += invalid.issues
            continue
        except OSError as error:
            loaded.issues.append(
                Issue(
                    Location(name),
                    "source_unreadable",
                    f"cannot read it ({error.strerror}); is it a broken link?",
                )
            )
            continue
        for item in items:
            where = f"{name}:{item.line}" if item.line else name
            if item.correction.id in seen:
                loaded.issues.append(
                    Issue(
                        Location(name, field="id", line=item.line),
                        "duplicate_correction",
                        f"{item.correction.id} is also used at {seen[item.correction.id]}; make ids unique",
                    )
                )
                continue
            seen[item.correction.id] = where
            loaded.corrections.append(item)
    return loaded


_JSON_CODES = {"syntax": "corrections_syntax", "nesting": "nesting_too_deep"}


def _read(path: Path) -> tuple[Any, Any]:
    """(data, YAML node tree for locating problems, or None)."""
    try:
        raw = read_limited(path, MAX_CORRECTIONS_BYTES)
    except FileRefused as refused:
        split = "; split the file" if refused.code == "file_too_large" else ""
        raise _Rejected(refused.code, refused.message + split) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _Rejected("encoding_error", f"not UTF-8 ({error.reason}); re-save it as UTF-8", line) from None
    if path.suffix == ".json":
        try:
            data = strict_json.loads(text, MAX_DEPTH)
        except strict_json.JsonProblem as refused_json:
            code = _JSON_CODES.get(refused_json.kind, refused_json.kind)
            raise _Rejected(code, refused_json.message, refused_json.line) from None
        return data, _nodes_quietly(text)
    loader = _loader(text)
    try:
        root = loader.get_single_node()
        if root is not None and _expanded_size(root, {}) > MAX_NODES:
            raise _Rejected(
                "yaml_alias_limit",
                f"aliases expand to more than {MAX_NODES} values; write the values out instead",
                1,
            )
        data = loader.construct_document(root) if root is not None else None
        surrogate = strict_json.lone_surrogate(data)
        if surrogate:
            raise _Rejected("encoding_error", surrogate)
    except yaml.constructor.ConstructorError as error:
        raise _Rejected(
            "yaml_unsafe_tag",
            f"{error.problem}; only plain YAML (maps, lists, text, numbers) is allowed",
            error.problem_mark.line + 1 if error.problem_mark else None,
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise _Rejected(
            "corrections_syntax", f"not valid YAML: {problem}", mark.line + 1 if mark else None
        ) from None
    finally:
        loader.dispose()
    return data, root


_EXPANDING = -1
"""Marks a node whose size is being counted: meeting it again means an alias inside its own anchor."""


def _expanded_size(node: Any, sizes: dict[int, int]) -> int:
    """Values the node stands for once aliases are expanded (memoised: linear in the file).

    An alias inside the value it names (`&a [x, *a]`) stands for an endless value: rejected
    like an alias bomb (before, counting it exhausted the stack; found by fuzzing)."""
    known = sizes.get(id(node))
    if known == _EXPANDING:
        mark = node.start_mark
        raise _Rejected(
            "yaml_alias_limit", "an alias inside the value it names expands for ever", mark.line + 1
        )
    if known is not None:
        return known
    sizes[id(node)] = _EXPANDING
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(item, sizes) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    sizes[id(node)] = min(size, MAX_NODES + 1)
    return sizes[id(node)]


def _loader(text: str) -> _SafeLoader:
    try:
        return _SafeLoader(text)
    except yaml.reader.ReaderError as error:  # the reader rejects control characters up front
        line = text[: error.position].count("\n") + 1
        raise _Rejected(
            "corrections_syntax", f"not valid YAML: character {error.character:#x} is not allowed", line
        ) from None


def _nodes_quietly(text: str) -> Any:
    """The YAML node tree of a JSON file, to locate problems by line; None when YAML cannot read it."""
    try:
        loader = _loader(text)
    except _Rejected:
        return None
    try:
        return loader.get_single_node()
    except (yaml.YAMLError, _Rejected, RecursionError):
        return None
    finally:
        loader.dispose()


class _Invalid(Exception):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("invalid corrections")
        self.issues = issues


def _validate(data: Any, root: Any, name: str) -> list[LocatedCorrection]:
    try:
        parsed = Corrections.model_validate(data)
    except ValidationError as error:
        issues = []
        for detail in error.errors():
            loc = [part for part in detail["loc"] if part not in _ACTIONS]
            path = ".".join(str(part) for part in loc) or "file"
            issues.append(
                Issue(
                    Location(name, field=path, line=_line(root, loc)),
                    "correction_invalid",
                    f"{path}: {detail['msg']}"
                    if loc
                    else "expected an object with a `corrections` list (schema/json/corrections.schema.json)",
                )
            )
        raise _Invalid(issues) from None
    items = _items(root)
    return [LocatedCorrection(correction, name, next(items, None)) for correction in parsed.corrections]


_ACTIONS = {"add", "remove", "fix", "merge", "split"}


def _child(node: Any, part: Any) -> Any:
    if isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == part), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]
    return None


def _line(root: Any, loc: list[Any]) -> int | None:
    """Line of the deepest node of `loc` the file has (1-based)."""
    node: Any = root
    line: int | None = None
    for part in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        node = _child(node, part)
    return node.start_mark.line + 1 if node is not None else line


def _items(root: Any) -> Iterator[int | None]:
    sequence = _child(root, "corrections")
    for node in sequence.value if isinstance(sequence, yaml.SequenceNode) else []:
        yield node.start_mark.line + 1
