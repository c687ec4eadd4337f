"""The one strict base every model inherits, and the cross-field rules a model can declare.

Row rules are data (`NotAfter("start", "end")`), declared once on the model. The model
enforces them here; the vectorised validator turns the same declarations into column
expressions, so both paths check the same thing.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from .rules import Before as Before
from .rules import ChecksumOf as ChecksumOf
from .rules import ExactlyOne as ExactlyOne
from .rules import NotAfter as NotAfter
from .rules import PrecisionMatches as PrecisionMatches
from .rules import RowRule as RowRule
from .rules import rule_field as rule_field
from .rules import rule_fields as rule_fields
from .rules import text_checksum as text_checksum


class StrictModel(BaseModel):
    """Immutable, unknown fields forbidden, no silent coercion."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, validate_default=True)

    row_rules: ClassVar[tuple[RowRule, ...]] = ()

    @model_validator(mode="after")
    def _check_row_rules(self) -> StrictModel:
        if not self.row_rules:  # most models have none; this runs for every record validated
            return self
        values = {name: getattr(self, name) for name in type(self).model_fields}
        for rule in self.row_rules:
            message = rule.broken(values)
            if message:
                raise PydanticCustomError(rule.code, message)
        return self
