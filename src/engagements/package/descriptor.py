"""Reading `datapackage.json` for validation: which tables it declares, where, and whether it says
of them exactly what the models generate.

A descriptor is read by other tools too: frictionless-py reads a `;` dialect, a `latin-1`
encoding or a weakened field type and judges the files by them. So every property of our
resources must be what `schema.resource()` generates from the models (descriptions and the
resource path aside), or it is reported: `schema_mismatch` inside `schema`, `descriptor_mismatch`
elsewhere. Only safe relative paths are followed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from .. import strict_json
from ..report import Report
from .read import read_package_file
from .spec import PROFILE, Table, resource, tables

MAX_DESCRIPTOR_BYTES = 10 * 1024 * 1024
FREE = frozenset({"description", "path", "name"})
"""Resource and field properties that may differ from the generated ones (paths are checked apart)."""


def locate_descriptor(path: Path) -> Path | None:
    candidate = path / "datapackage.json" if path.is_dir() else path
    return candidate if os.path.lexists(candidate) and not candidate.is_dir() else None


def unsafe_path(value: str) -> str | None:
    """Why a resource path could escape the package (or is not a local file), or None."""
    if not value:
        return "path is empty"
    if "://" in value:
        return "remote paths are not allowed; ship the file inside the package"
    if value.startswith(("/", "\\")) or (len(value) > 1 and value[1] == ":") or "\\" in value:
        return "absolute or Windows-style paths are not allowed; use a relative POSIX path"
    if ".." in PurePosixPath(value).parts:
        return "'..' is not allowed: resource paths must stay inside the package folder"
    return None


def _load(descriptor_path: Path, report: Report) -> Any:
    """The parsed descriptor, or None (reported) when it cannot or must not be read."""
    name = descriptor_path.name
    data = read_package_file(
        descriptor_path.parent, name, MAX_DESCRIPTOR_BYTES, report, "it describes the package"
    )
    if data is None:
        return None
    try:
        return strict_json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        report.add("descriptor_not_json", f"datapackage.json is not UTF-8: {error}", name)
    except strict_json.JsonProblem as problem:
        code = "descriptor_not_json" if problem.kind in ("syntax", "nesting") else problem.kind
        report.add(code, f"datapackage.json: {problem.message}", name, line=problem.line)
    return None


def read_descriptor(descriptor_path: Path, report: Report) -> dict[str, str] | None:
    """Table name -> resource path for each table the descriptor safely declares."""
    name = descriptor_path.name
    descriptor = _load(descriptor_path, report)
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list):
        if descriptor is not None:
            report.add(
                "descriptor_invalid", "expected an object with a 'resources' array", name, field="resources"
            )
        return None
    profile = f"{PROFILE}/datapackage.json"
    if descriptor.get("$schema") != profile:
        report.add(
            "descriptor_mismatch",
            f"$schema is {_short(descriptor.get('$schema'))}; packages of this schema declare {profile!r}",
            name,
            field="$schema",
        )
    ours = {t.name: t for t in tables()}
    found: dict[str, str] = {}
    named: set[str] = set()
    for index, declared in enumerate(resources):
        where = f"resources[{index}]"
        if not isinstance(declared, dict) or not isinstance(declared.get("name"), str):
            report.add("descriptor_invalid", "each resource needs a string 'name'", name, field=where)
            continue
        rname = declared["name"]
        named.add(rname)
        path = declared.get("path")
        if not isinstance(path, str):
            report.add(
                "descriptor_invalid",
                f"resource {rname!r} needs a single string 'path'",
                name,
                field=f"{where}.path",
            )
            continue
        problem = unsafe_path(path)
        if problem:
            report.add(
                "unsafe_path", f"resource {rname!r} path {path!r}: {problem}", name, field=f"{where}.path"
            )
            continue
        if rname not in ours:
            report.add(
                "unknown_resource",
                f"resource {rname!r} is not a table of the engagements schema "
                f"(expected one of: {', '.join(ours)})",
                name,
                field=f"{where}.name",
            )
            continue
        if rname in found:
            report.add("descriptor_invalid", f"resource {rname!r} is declared twice", name, field=where)
            continue
        _compare(declared, ours[rname], where, name, report)
        found[rname] = path
    for table in tables():
        if table.name not in named:
            report.add(
                "resource_missing",
                f"the descriptor declares no resource {table.name!r}",
                name,
                field="resources",
            )
    return found


def _compare(declared: dict[str, Any], table: Table, where: str, name: str, report: Report) -> None:
    """Report where a resource says something else than the models generate."""
    expected = resource(table.name)
    schema = declared.get("schema")
    fields = schema.get("fields") if isinstance(schema, dict) else None
    names = [str(f.get("name")) for f in fields if isinstance(f, dict)] if isinstance(fields, list) else None
    columns = [c.name for c in table.columns]
    if names != columns:
        what = f"declares fields {names}" if names is not None else "declares no schema with fields"
        report.add(
            "schema_mismatch",
            f"resource {table.name!r} {what}, the engagements schema has {columns}; "
            "regenerate the package with `engagements convert`",
            name,
            field=f"{where}.schema",
        )
        declared = {k: v for k, v in declared.items() if k != "schema"}
        expected = {k: v for k, v in expected.items() if k != "schema"}
    for path, problem in _differences(declared, expected, where):
        code = "schema_mismatch" if path.startswith(f"{where}.schema") else "descriptor_mismatch"
        report.add(code, f"resource {table.name!r}: {problem}", name, field=path)


def _differences(declared: Any, expected: Any, path: str) -> Iterator[tuple[str, str]]:
    """(where, what) for each place `declared` says other than `expected` (FREE keys aside)."""
    if isinstance(expected, dict):
        if not isinstance(declared, dict):
            yield path, f"{path} is {_short(declared)}, the schema has an object"
            return
        for key, value in expected.items():
            if key in FREE:
                continue
            if key not in declared:
                yield f"{path}.{key}", f"{key} is missing; the schema has {_short(value)}"
            else:
                yield from _differences(declared[key], value, f"{path}.{key}")
        for key in declared.keys() - expected.keys() - FREE:
            yield f"{path}.{key}", f"{key} is not in the engagements schema; remove it"
    elif isinstance(expected, list) and isinstance(declared, list) and len(declared) == len(expected):
        for index, (mine, theirs) in enumerate(zip(declared, expected, strict=True)):
            yield from _differences(mine, theirs, f"{path}[{index}]")
    elif declared != expected or type(declared) is not type(expected):
        yield path, f"{path.rsplit('.', 1)[-1]} is {_short(declared)}, the schema has {_short(expected)}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
