"""Derived artefacts: Table Schemas, JSON Schemas and the package descriptor, all from the models.

`engagements schema` writes them into `schema/`; a test regenerates them and fails on drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .. import __version__
from ..models import Dataset
from ..models.correction import Corrections
from ..models.sidecar import ArticleMetadata
from .spec import PROFILE as PROFILE
from .spec import render_spec
from .tables import SINGULAR, TOP_LEVEL, Column, Table, record_fields, tables
from .version import UNRELEASED

DATASET_ID = "urn:uuid:250d838f-f037-4aca-b364-c83459f5b97f"
"""The dataset's identity across versions (Data Package `id`), fixed once; a DOI joins it when one
is minted. Never derived from a host name: the project has no public home yet."""
HOMEPAGE: str | None = None
"""The project's public home, once it has one; until then `homepage` is left out, not faked.
Set it here and in pyproject's `[project.urls]` together (a test keeps them equal)."""
DATA_LICENCE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
"""The licence of the data this project makes (records, evidence offsets, ids)."""
ARTICLE_TEXT_LICENCE = {
    "name": "other-closed",
    "title": "Article texts and quotes remain the property of their publishers; they are reproduced "
    "so that each fact can be checked against its source, and are not licensed under CC-BY-4.0",
}
"""Third-party article texts (`articles.text`, `evidence.quote`): not ours to license."""
THIRD_PARTY = {"articles": "text", "evidence": "quote"}
"""Table -> the column holding publishers' text."""
SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    **{SINGULAR[name]: model for name, model in TOP_LEVEL.items()},
    "dataset": Dataset,
    "corrections": Corrections,
    "sidecar": ArticleMetadata,
}


def _field(column: Column) -> dict[str, Any]:
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.type == "string":
        for key, value in (
            ("minLength", column.min_length),
            ("maxLength", column.max_length),
            ("pattern", column.pattern),
        ):
            if value is not None:
                constraints[key] = value
        if column.enum:
            constraints["enum"] = list(column.enum)
    if column.type in ("integer", "number"):
        for key, bound in (("minimum", column.minimum), ("maximum", column.maximum)):
            if bound is not None:
                constraints[key] = bound
    field: dict[str, Any] = {"name": column.name, "type": column.type, "description": column.description}
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: Table) -> dict[str, Any]:
    """The Data Package v2 Table Schema of one table: types, constraints, keys."""
    schema: dict[str, Any] = {
        "$schema": f"{PROFILE}/tableschema.json",
        "fields": [_field(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    foreign = []
    for column, target in table.foreign_keys:
        reference: dict[str, Any] = {"fields": ["id"]}
        if target != table.name:
            reference = {"resource": target, "fields": ["id"]}
        foreign.append({"fields": [column], "reference": reference})
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def resource(table: Table) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if table.name in THIRD_PARTY:
        extra["licenses"] = [DATA_LICENCE, ARTICLE_TEXT_LICENCE]
    return extra | {
        "name": table.name,
        "type": "table",
        "path": table.file,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": (table.model.__doc__ or "").strip().splitlines()[0]
        + (
            f" The `{THIRD_PARTY[table.name]}` column is the publishers' text, not licensed under "
            f"{DATA_LICENCE['name']}."
            if table.name in THIRD_PARTY
            else ""
        ),
        "dialect": {
            "$schema": f"{PROFILE}/tabledialect.json",
            "delimiter": ",",
            "lineTerminator": "\n",
            "quoteChar": '"',
            "doubleQuote": True,
            "header": True,
        },
        "schema": table_schema(table),
    }


def descriptor(sources: list[dict[str, str]], version: str = UNRELEASED) -> dict[str, Any]:
    """`datapackage.json` for a package of every table, crediting `sources`.

    `version` is the dataset's (`package/version.py`); `engagements_version` the software's.
    """
    homepage = {"homepage": HOMEPAGE} if HOMEPAGE else {}
    return {
        "$schema": f"{PROFILE}/datapackage.json",
        "id": DATASET_ID,
        "name": "engagements",
        "title": "Security-cooperation engagements reported in the news",
        "description": "Meetings and military exercises read from news articles, with the persons and "
        "organisations involved; every value carries the article span it was read from (evidence "
        "table). engagements.json holds the same records nested as the models define them. "
        "The data is CC-BY-4.0; the article texts and quotes it reproduces belong to their "
        "publishers and are not licensed with it.",
        "version": version,
        **homepage,
        "engagements_version": __version__,
        "licenses": [DATA_LICENCE],
        "contributors": [{"title": "The engagements maintainers", "roles": ["creator"]}],
        "sources": sources,
        "resources": [resource(t) for t in tables()],
    }


def citation_cff(version: str = __version__) -> str:
    """`CITATION.cff` for `version`: the same title, id and licences as the descriptor."""
    package = descriptor([], version)
    return "\n".join(
        [
            "# How to cite engagements (https://citation-file-format.github.io).",
            "# Generated by `engagements schema` from the package metadata; do not edit.",
            "cff-version: 1.2.0",
            "message: If you use this dataset or software, please cite it as below, with its version.",
            "type: dataset",
            f"title: {json.dumps(package['title'])}",
            "authors:",
            *(f"  - name: {json.dumps(c['title'])}" for c in package["contributors"]),
            f"version: {json.dumps(version)}",
            "identifiers:",
            "  - type: other",
            f"    value: {json.dumps(DATASET_ID)}",
            "    description: The data package's id, the same for every version.",
            *([f"url: {json.dumps(HOMEPAGE)}"] if HOMEPAGE else []),
            "license:",
            f"  - {DATA_LICENCE['name']}",
            "  - MIT",
            f"abstract: {json.dumps(package['description'], ensure_ascii=False)}",
            "",
        ]
    )


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema of each model, by file name."""
    return {f"{name}.schema.json": model.model_json_schema() for name, model in SCHEMA_MODELS.items()}


def rendered() -> dict[str, str]:
    """Every file of `schema/`, by relative path, as text."""
    files = {f"json/{name}": dumps(schema) for name, schema in json_schemas().items()}
    for table in tables():
        files[f"tables/{table.name}.tableschema.json"] = dumps(table_schema(table))
    return files


def spec_text() -> str:
    """`package/spec.json`: what the validator reads instead of deriving it from the models."""
    return render_spec(tables(), {t.name: resource(t) for t in tables()}, record_fields())


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_schema_dir(root: Path) -> list[Path]:
    """Write `schema/` (removing files no longer generated); returns the paths written."""
    files = rendered()
    for stale in sorted(root.glob("*/*.json")):
        if stale.relative_to(root).as_posix() not in files:
            stale.unlink()
    written = []
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written
