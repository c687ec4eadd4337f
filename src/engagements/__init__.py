"""engagements: security-cooperation engagements reported in the news, as validated open data.

import engagements
data = engagements.load()            # the published package: typed tables, views, models
report = engagements.validate(".")   # a package, or a checkout with its sources
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import EngagementsError
from .report import Issue, Location, Report

if TYPE_CHECKING:
    from .consume.load import Data
    from .models import Article, Dataset, Evidence, Exercise, Meeting, Organisation, Person

_MODELS = frozenset({"Article", "Dataset", "Evidence", "Exercise", "Meeting", "Organisation", "Person"})
"""Imported on use: the models load pydantic, which `engagements validate` does without."""

__version__ = "0.1.0"


def validate(path: str | os.PathLike[str]) -> Report:
    """Validate what `engagements validate PATH` validates; never raises on bad data.

    A package (a folder or its `datapackage.json`) is checked against the schema; a checkout
    (a folder holding `datasets/sources/`) is checked whole: sources, corrections, the
    package against a rebuild (using the extraction cache, as the command does), then the
    package. `report.valid`; a code in `FATAL_CODES` means it could not be validated.
    """
    from pathlib import Path

    from .package.validate import validate_package
    from .pipeline.cache_dir import default_dir
    from .submission.checkout import validate_checkout
    from .submission.layout import is_checkout

    if is_checkout(Path(path)):
        return validate_checkout(Path(path), cache_dir=default_dir())
    return validate_package(path)


def load(path: str | os.PathLike[str] | None = None, *, validate: bool = True) -> Data:
    """The package at `path` (default: the published one) as typed tables, flat views and models.

    See `engagements.consume.load.load`; raises `EngagementsError` when there is no package,
    `InvalidPackage` (with its report) when it does not validate.
    """
    from .consume.load import load as load_package

    return load_package(path, validate=validate)


def __getattr__(name: str) -> object:
    if name == "Data":  # imported on use: polars loads only when data is
        from .consume.load import Data

        return Data
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    raise AttributeError(name)


__all__ = [
    "Article",
    "Data",
    "Dataset",
    "EngagementsError",
    "Evidence",
    "Exercise",
    "Issue",
    "Location",
    "Meeting",
    "Organisation",
    "Person",
    "Report",
    "__version__",
    "load",
    "validate",
]
