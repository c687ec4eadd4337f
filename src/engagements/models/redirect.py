"""Redirects: ids that no longer name a record, and the record each now leads to.

When records merge, one id survives; the others are published here so that an id a user
saved (in a note, a link, a correction) still leads somewhere. Every redirect leads directly
to a record that exists: no chains, no cycles (the validator checks it).
"""

from __future__ import annotations

from pydantic import Field

from .base import StrictModel
from .types import Provenance, RecordId, ReviewId


class Redirect(StrictModel):
    """An id merged into another record: it now leads to `target_id`."""

    id: RecordId = Field(description="The id that no longer names a record of its own.")
    target_id: RecordId = Field(description="The record it was merged into (same kind, never a redirect).")
    correction_id: ReviewId | None = Field(None, description="The correction that merged it, if any.")
    provenance: Provenance = Field(
        description="`automatic` from cross-article resolution, `reviewed` from a correction's merge."
    )
