"""`engagements.load()`: a package as typed tables, flat views and models, in the engine you use.

Frames are polars (the core's one engine); `to_pandas`, `to_arrow` and `to_duckdb` convert on
demand when their extra is installed. The typed models (`Data.dataset`) are built only when
asked for: pydantic checks every record, which costs seconds on large packages.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from ..errors import EngagementsError
from ..extras import require
from ..models import Dataset
from ..package.descriptor import locate_descriptor, read_descriptor
from ..package.rows import rows_to_dataset
from ..package.tables import tables
from ..report import Report
from .frames import read_table
from .views import VIEWS

if TYPE_CHECKING:
    import duckdb

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
SHIPPED = PACKAGE_ROOT / "published"
"""The published package inside an installed wheel (`engagements/published/`)."""
CHECKOUT = PACKAGE_ROOT.parent.parent / "datasets" / "engagements"
"""The published package beside the library in a checkout (editable installs, `python dev.py`)."""
SQL_VIEW_SUFFIX = "_view"
"""Flat views in SQL (`to_duckdb`) are named `meetings_view`, ...: the tables keep their names."""


class InvalidPackage(EngagementsError):
    """`load` was given a package that does not validate; `report` holds every issue."""

    def __init__(self, report: Report) -> None:
        shown = "; ".join(f"{i.location}: {i.code}" for i in report.issues[:5])
        more = f" (and {len(report.issues) - 5} more)" if len(report.issues) > 5 else ""
        super().__init__(f"{report.path} is not a valid package: {shown}{more}; run `engagements validate`")
        self.report = report


def published_path() -> Path:
    """The published package: shipped inside the library, else beside it in a checkout."""
    for candidate in (SHIPPED, CHECKOUT):
        if (candidate / "datapackage.json").is_file():
            return candidate
    raise EngagementsError(
        f"no published package in {SHIPPED} or {CHECKOUT}; pass the path of a package to load()"
    )


@dataclass
class Data:
    """A loaded package: `tables` (typed polars frames by CSV name), `view(name)`, `dataset`."""

    path: Path
    tables: dict[str, pl.DataFrame]
    _views: dict[str, pl.DataFrame] = field(default_factory=dict, repr=False)

    @cached_property
    def dataset(self) -> Dataset:
        """Every record as the typed models (`Meeting`, `Person`, ...), checked by pydantic."""
        return rows_to_dataset({name: frame.to_dicts() for name, frame in self.tables.items()})

    def view(self, name: str) -> pl.DataFrame:
        """A flat view: `meetings`, `participation`, `pairs`, `exercises` or `evidence`."""
        if name not in VIEWS:
            raise KeyError(f"no view {name!r}; views: {', '.join(VIEWS)}")
        if name not in self._views:
            self._views[name] = VIEWS[name](self.tables)
        return self._views[name]

    def to_polars(self, name: str) -> pl.DataFrame:
        """A table (`persons`, `meeting_participants`, ...) or, for a view's name, the view."""
        if name in VIEWS:
            return self.view(name)
        if name not in self.tables:
            raise KeyError(f"no table or view {name!r}; tables: {', '.join(self.tables)}")
        return self.tables[name]

    def to_arrow(self, name: str) -> Any:
        """`to_polars(name)` as a pyarrow Table (the `pandas` extra)."""
        require("pandas", "to_arrow()")
        return self.to_polars(name).to_arrow()

    def to_pandas(self, name: str) -> Any:
        """`to_polars(name)` as pandas, with pyarrow dtypes: nullable integers, text kept as text."""
        require("pandas", "to_pandas()")
        return self.to_polars(name).to_pandas(use_pyarrow_extension_array=True)

    def to_duckdb(self) -> duckdb.DuckDBPyConnection:
        """An in-memory DuckDB database holding every table and every view (`meetings_view`, ...)."""
        require("duckdb", "to_duckdb()")
        import duckdb

        connection = duckdb.connect()
        frames = dict(self.tables) | {f"{name}{SQL_VIEW_SUFFIX}": self.view(name) for name in VIEWS}
        with tempfile.TemporaryDirectory(prefix="engagements-duckdb-") as folder:
            for name, frame in frames.items():
                path = Path(folder) / f"{name}.parquet"
                frame.write_parquet(path)
                connection.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet(?)', [str(path)])
        return connection


def load(path: str | os.PathLike[str] | None = None, *, validate: bool = True) -> Data:
    """Load the package at `path` (a folder or its `datapackage.json`); default: the published one.

    The package is validated first (raises `InvalidPackage` with the report when it is not
    valid); `validate=False` skips that for a package you have just validated.
    """
    root = published_path() if path is None else Path(path)
    descriptor = locate_descriptor(root)
    if descriptor is None:
        raise EngagementsError(
            f"no datapackage.json at {root}; pass a package folder or its datapackage.json"
        )
    if validate:
        from ..package.validate import validate_package

        report = validate_package(descriptor)
        if not report.valid:
            raise InvalidPackage(report)
    declared = read_descriptor(descriptor, Report(str(descriptor))) or {}
    folder = descriptor.parent
    frames = {t.name: read_table(folder / declared.get(t.name, t.file), t) for t in tables()}
    return Data(folder, frames)
