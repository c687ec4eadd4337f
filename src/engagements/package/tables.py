"""Models -> tables: the one derivation behind the Table Schemas, the CSV layout and the fast rules.

Each top-level model is a table. A nested optional model (`Meeting.place`) becomes prefixed
columns (`place_name`, ...). A list of strings is an `array` column (a JSON array in the cell).
A list of models or of ids becomes a child table keyed by (`<parent>_id`, `position`).
Constraints come from the model's generated JSON Schema, so nothing here restates a rule.
"""

from __future__ import annotations

import types
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter

from ..models import (
    Article,
    Evidence,
    Exercise,
    ExternalEvidence,
    Judgement,
    Meeting,
    Organisation,
    Person,
    Redirect,
    Review,
)
from ..models.base import StrictModel
from ..models.types import Position
from .spec import SINGULAR, Column, RecordField, Table

__all__ = ["SINGULAR", "TOP_LEVEL", "Column", "Table", "record_fields", "submodel", "table_by_name", "tables"]

TOP_LEVEL: dict[str, type[StrictModel]] = {
    "articles": Article,
    "persons": Person,
    "organisations": Organisation,
    "meetings": Meeting,
    "exercises": Exercise,
    "evidence": Evidence,
    "external_evidence": ExternalEvidence,
    "reviews": Review,
    "judgements": Judgement,
    "redirects": Redirect,
}


@cache
def _schema_of(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema, generated once (deriving the tables asks for it repeatedly)."""
    return model.model_json_schema()


def _unwrap(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """(schema without the `null` branch, whether null was allowed)."""
    options = schema.get("anyOf")
    if options and any(o.get("type") == "null" for o in options):
        rest = [o for o in options if o.get("type") != "null"]
        return rest[0], True
    return schema, False


def _column(
    name: str,
    schema: dict[str, Any],
    required: bool,
    description: str,
    annotation: Any,
    group: str | None = None,
    group_required: bool = False,
) -> Column:
    kind = schema.get("type", "string")
    enum = schema.get("enum")
    item = None
    if kind == "array":
        item = _column(name, schema["items"], True, description, None)
    return Column(
        name=name,
        type=kind,
        required=required,
        description=description,
        annotation=annotation,
        pattern=schema.get("pattern"),
        enum=tuple(enum) if enum else None,
        min_length=schema.get("minLength"),
        max_length=schema.get("maxLength"),
        minimum=schema.get("minimum"),
        maximum=schema.get("maximum"),
        text=schema.get("x-text"),
        partial_date=schema.get("format") == "partial-date",
        standard=schema.get("x-standard"),
        references=schema.get("x-references"),
        subject=tuple(schema["x-subject"]) if "x-subject" in schema else None,
        group=group,
        group_required=group_required,
        item=item,
    )


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return defs[ref.rsplit("/", 1)[-1]] if ref else schema


def _tables_of(
    name: str,
    model: type[BaseModel],
    parent: str | None = None,
    parent_field: str | None = None,
    min_items: int = 0,
) -> list[Table]:
    schema = _schema_of(model)
    defs = schema.get("$defs", {})
    columns: list[Column] = []
    children: list[Table] = []
    if parent:
        columns += [_parent_key(parent), _position()]
    required = set(schema.get("required", []))
    for field_name, info in model.model_fields.items():
        prop, nullable = _unwrap(schema["properties"][field_name])
        description = info.description or ""
        target = _resolve(prop, defs)
        if target.get("type") == "object":  # nested optional model -> prefixed columns
            sub = target["properties"]
            sub_model = submodel(info.annotation)
            for index, (sub_name, sub_prop) in enumerate(sub.items()):
                sub_schema, _ = _unwrap(sub_prop)
                # The record's description of the group once, on its first column; then each part's own.
                text = sub_prop.get("description", "")
                columns.append(
                    _column(
                        f"{field_name}_{sub_name}",
                        sub_schema,
                        False,
                        f"{description} {text}".strip() if index == 0 else text,
                        sub_model.model_fields[sub_name].rebuild_annotation(),
                        group=field_name,
                        group_required=sub_name in target.get("required", []),
                    )
                )
            continue
        if prop.get("type") == "array":
            items = _resolve(prop["items"], defs)
            child = f"{SINGULAR[name]}_{field_name}"
            if items.get("type") == "object":
                children += _tables_of(
                    child, submodel(info.annotation), name, field_name, prop.get("minItems", 0)
                )
                continue
            if "x-references" in items:
                children.append(_id_list_table(child, name, field_name, items, prop.get("minItems", 0)))
                continue
        columns.append(
            _column(
                field_name,
                prop,
                field_name in required and not nullable,
                description,
                info.rebuild_annotation(),
            )
        )
    primary = ("id",) if "id" in model.model_fields else (f"{SINGULAR[parent or name]}_id", "position")
    rules = tuple(getattr(model, "row_rules", ()))
    table = Table(name, model, tuple(columns), primary, parent, parent_field, min_items, rules=rules)
    return [table, *children]


def _id_list_table(name: str, parent: str, parent_field: str, items: dict[str, Any], min_items: int) -> Table:
    parent_model = TOP_LEVEL[parent]
    key = f"{SINGULAR[parent]}_id"
    target = items["x-references"]
    id_column = f"{SINGULAR[target]}_id"
    annotation = parent_model.model_fields[parent_field].annotation
    item_annotation = annotation.__args__[0] if annotation is not None else None
    columns = (
        _parent_key(parent),
        _position(),
        _column(
            id_column, items, True, parent_model.model_fields[parent_field].description or "", item_annotation
        ),
    )
    return Table(
        name,
        parent_model,
        columns,
        (key, "position"),
        parent,
        parent_field,
        min_items,
        scalar_column=id_column,
    )


def _parent_key(parent: str) -> Column:
    """`<parent>_id`: the column tying a child row to its parent record."""
    model = TOP_LEVEL[parent]
    schema = _unwrap(_schema_of(model)["properties"]["id"])[0]
    return _column(
        f"{SINGULAR[parent]}_id",
        schema,
        True,
        f"The {SINGULAR[parent]} this row belongs to.",
        model.model_fields["id"].rebuild_annotation(),
    )


def _position() -> Column:
    schema = TypeAdapter(Position).json_schema()
    return _column("position", schema, True, "Order of the row within its parent record (from 0).", Position)


def submodel(annotation: Any) -> type[BaseModel]:
    """The model class inside `Model | None` or `list[Model]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    raise TypeError(f"no model in {annotation!r}")


@cache
def tables() -> tuple[Table, ...]:
    """Every table of the package, parents before their children."""
    result: list[Table] = []
    for name, model in TOP_LEVEL.items():
        result += _tables_of(name, model)
    return tuple(result)


@cache
def table_by_name() -> dict[str, Table]:
    return {t.name: t for t in tables()}


def _shape(annotation: Any) -> tuple[bool, Any]:
    """(is a list, the item or value type) of a field annotation, `None` options dropped."""
    options = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) in (Union, types.UnionType) and len(options) == 1:
        annotation = options[0]
    if get_origin(annotation) is list:
        return True, get_args(annotation)[0]
    return False, annotation


def record_fields() -> dict[str, dict[str, RecordField]]:
    """Top-level table -> its record's fields (list or not, the item's fields), in model order."""
    result: dict[str, dict[str, RecordField]] = {}
    for name, model in TOP_LEVEL.items():
        result[name] = {}
        for field_name, info in model.model_fields.items():
            is_list, item = _shape(info.annotation)
            model_item = isinstance(item, type) and issubclass(item, BaseModel)
            result[name][field_name] = RecordField(is_list, tuple(item.model_fields) if model_item else None)
    return result
