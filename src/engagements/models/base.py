"""The one strict base every model inherits, and the cross-field rules a model can declare.

Row rules are data (`NotAfter("start", "end")`), declared once on the model. The model
enforces them here; the vectorised validator turns the same declarations into column
expressions, so both paths check the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
    """Immutable, unknown fields forbidden, no silent coercion.

    Records of one kind with the same fields given share one `model_fields_set` (`_share`):
    pydantic gives every instance its own set, which for an evidence row is more than half of
    its memory, and a news archive holds millions of rows. Sharing is safe because the models
    are frozen (pydantic adds to the set only on assignment) and `model_copy` gives the copy a
    set of its own; nothing here changes the set in place.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, validate_default=True)

    row_rules: ClassVar[tuple[RowRule, ...]] = ()

    @model_validator(mode="after")
    def _check_row_rules(self) -> StrictModel:
        _share(self)
        if not self.row_rules:  # most models have none; this runs for every record validated
            return self
        values = {name: getattr(self, name) for name in type(self).model_fields}
        for rule in self.row_rules:
            message = rule.broken(values)
            if message:
                raise PydanticCustomError(rule.code, message)
        return self

    def __setstate__(self, state: dict[Any, Any]) -> None:  # records unpickled from a worker
        super().__setstate__(state)
        _share(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        _share(copied)
        return copied


_FIELDS_SETS: dict[tuple[type, frozenset[str]], set[str]] = {}
"""One `model_fields_set` per model and set of fields given (a few dozen in all)."""


def _share(record: BaseModel) -> None:
    fields = record.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault((type(record), frozenset(fields)), fields)
    if shared is not fields:
        object.__setattr__(record, "__pydantic_fields_set__", shared)
