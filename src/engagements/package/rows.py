"""Records <-> table rows, and rows <-> CSV cells, driven by the derived tables.

`dataset_to_rows` and `rows_to_dataset` are exact inverses for every valid dataset (a property
test checks it); `to_cell` and `from_cell` are exact inverses for every typed value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from ..models import Dataset
from .cells import INTEGER as INTEGER
from .cells import NUMBER as NUMBER
from .cells import CellError as CellError
from .cells import from_cell as from_cell
from .cells import to_cell as to_cell
from .tables import SINGULAR, TOP_LEVEL, Table, tables

Row = dict[str, Any]


def _flatten(table: Table, record: BaseModel) -> Row:
    row: Row = {}
    for column in table.columns:
        if column.group:
            nested = getattr(record, column.group)
            row[column.name] = (
                None if nested is None else getattr(nested, column.name[len(column.group) + 1 :])
            )
        elif column.name in type(record).model_fields:
            row[column.name] = getattr(record, column.name)
    return row


def dataset_to_rows(dataset: Dataset) -> dict[str, list[Row]]:
    """Every table's rows, in id order then position order."""
    return {table.name: list(table_rows(dataset, table)) for table in tables()}


def table_rows(dataset: Dataset, table: Table, records: Iterable[Any] | None = None) -> Iterator[Row]:
    """One table's rows, in id order then position order, made one at a time.

    Writing a package takes the tables one after the other from this, so only one row is
    held beside the records (`write.py`). `records`, already in id order, stand for the
    dataset's records of the table (or of its parent): records held apart, such as those read
    back from a spill, never all in memory.
    """
    parent = table.parent or table.name
    if records is None:
        records = sorted(getattr(dataset, parent), key=lambda r: r.id)
    for record in records:
        if not table.parent:
            yield _flatten(table, record)
            continue
        assert table.parent_field is not None
        for position, item in enumerate(getattr(record, table.parent_field)):
            row: Row = {f"{SINGULAR[parent]}_id": record.id, "position": position}
            if table.scalar_column:
                row[table.scalar_column] = item
            else:
                row.update(_flatten(table, item))
            yield row


def _unflatten(table: Table, row: Row) -> dict[str, Any]:
    """A row's values as model input: groups become nested dicts (or None when all empty)."""
    values: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {}
    for column in table.columns:
        value = row.get(column.name)
        if column.group:
            groups.setdefault(column.group, {})[column.name[len(column.group) + 1 :]] = value
        elif column.name in table.model.model_fields:
            values[column.name] = value
    for group, members in groups.items():
        values[group] = members if any(v is not None for v in members.values()) else None
    return values


def rows_to_dataset(rows: dict[str, list[Row]]) -> Dataset:
    """Assemble and validate the models from table rows (raises pydantic.ValidationError)."""
    kids: dict[tuple[str, str], dict[str, list[tuple[int, Any]]]] = {}
    for table in tables():
        if not table.parent:
            continue
        key = f"{SINGULAR[table.parent]}_id"
        for row in rows.get(table.name, []):
            item = row[table.scalar_column] if table.scalar_column else _unflatten(table, row)
            assert table.parent_field is not None
            kids.setdefault((table.parent, table.parent_field), {}).setdefault(row[key], []).append(
                (row["position"], item)
            )
    records: dict[str, list[Any]] = {}
    for name, model in TOP_LEVEL.items():
        table = next(t for t in tables() if t.name == name)
        records[name] = []
        for row in rows.get(name, []):
            values = _unflatten(table, row)
            for (parent, parent_field), by_id in kids.items():
                if parent == name:
                    values[parent_field] = [
                        item for _, item in sorted(by_id.get(row["id"], []), key=lambda p: p[0])
                    ]
            records[name].append(model.model_validate(values))
    return Dataset.model_validate(records)
