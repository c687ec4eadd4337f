"""The dataset's own version: in `datapackage.json` (`version`), apart from the software's.

The data changes on its own schedule (new articles, corrections, a better extractor), so it is
versioned on its own, with semantic versions read for data: MAJOR when a table or column is
removed or renamed or ids change scheme, MINOR when tables, columns or articles are added,
PATCH when records change (corrections, extraction fixes). A conversion keeps the version of
the package it replaces, so a rebuild is byte-identical; a release sets the next one
(`engagements convert ... --dataset-version 0.3.0`) and its changelog comes from
`engagements diff` (`datasets/CHANGELOG.md`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..files import FileRefused, read_limited

DATASET_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
"""MAJOR.MINOR.PATCH."""
UNRELEASED = "0.0.0"
"""The version of a package that was never released."""
DESCRIPTOR_LIMIT = 16 * 1024**2
"""Bytes read of a descriptor to find its version (far above any real descriptor)."""


def version_of(package: Path) -> str | None:
    """The dataset version a package declares, or None (no package, unreadable, not a version)."""
    from .descriptor import locate_descriptor  # the descriptor module reads the schema, which names versions

    descriptor = locate_descriptor(package)
    if descriptor is None:
        return None
    try:
        declared = json.loads(read_limited(descriptor, DESCRIPTOR_LIMIT).decode("utf-8")).get("version")
    except (OSError, ValueError, AttributeError, RecursionError, FileRefused):  # a FIFO is never read
        return None
    return declared if isinstance(declared, str) and DATASET_VERSION.match(declared) else None
