"""A package's CSV tables as typed polars frames, typed from the same table definitions as the CSVs.

Every cell is read as text first, so nothing is guessed: a country `NA` (Namibia) stays `NA`,
a partial date `2026` stays the text `2026`, an all-empty column keeps its declared type.
Integers become Int64, numbers Float64, JSON array cells lists of strings (an empty cell, an
empty list); everything else stays text.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from ..package.tables import Column, Table

DTYPES: dict[str, pl.DataType] = {
    "string": pl.String(),
    "integer": pl.Int64(),
    "number": pl.Float64(),
    "array": pl.List(pl.String()),
}
"""Column type of the derived tables -> polars type."""


def column_expression(column: Column) -> pl.Expr:
    """Text cell -> typed value, for one column."""
    text = pl.col(column.name)
    if column.type == "array":
        return text.str.json_decode(DTYPES["array"]).fill_null(pl.lit([], dtype=DTYPES["array"]))
    return text.cast(DTYPES[column.type])


def empty_frame(table: Table) -> pl.DataFrame:
    return pl.DataFrame(schema={c.name: DTYPES[c.type] for c in table.columns})


def read_table(path: Path, table: Table) -> pl.DataFrame:
    """One table's CSV as a typed frame (the package is expected to be valid)."""
    text = pl.read_csv(path, infer_schema=False, null_values=[""], raise_if_empty=False)
    if text.width == 0:
        return empty_frame(table)
    return text.select([column_expression(c) for c in table.columns])
