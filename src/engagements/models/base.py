"""The one strict base every model inherits, and the cross-field rules a model can declare.

Row rules are data (`NotAfter("start", "end")`), declared once on the model. The model
enforces them here; the vectorised validator turns the same declarations into column
expressions, so both paths check the same thing.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from functools import cache
from typing import Any, ClassVar, Self, get_args

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

    Likewise, small values that have no identity of their own (`shared_by_value`: a place, a
    meeting's participant) are one object wherever they are equal, once inside a record
    (`_share_values`): the same few participants and places recur in thousands of meeting
    reports, each read from the cache as objects of its own, and they were 40% of the records
    a conversion holds while it resolves.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, validate_default=True)

    row_rules: ClassVar[tuple[RowRule, ...]] = ()
    shared_by_value: ClassVar[bool] = False
    """Whether records share the instances of this model that are equal (`_share_values`)."""

    @model_validator(mode="after")
    def _check_row_rules(self) -> StrictModel:
        _share(self)
        _share_values(self)
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
        _share_values(self)

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


_VALUES: weakref.WeakValueDictionary[tuple[Any, ...], StrictModel] = weakref.WeakValueDictionary()
"""Each `shared_by_value` instance in use, by its type, fields given and values; an entry goes
when no record holds its instance any more."""


def _share_values(record: StrictModel) -> None:
    """Put in `record`, in place of each `shared_by_value` instance it holds, the equal one
    already in use. Safe for the reasons `_share` is: the models are frozen, and this runs while
    the record is built, before anything else holds it."""
    for name in _value_fields(type(record)):
        value = record.__dict__[name]
        if isinstance(value, list):
            record.__dict__[name] = [_one(item) for item in value]
        elif value is not None:
            record.__dict__[name] = _one(value)


def _one(value: StrictModel) -> StrictModel:
    fields = value.__dict__
    try:  # the fields given are one set per kind (`_share`): its id tells `exclude_unset` apart
        key = (type(value), id(value.__pydantic_fields_set__), *fields.values())
        return _VALUES.setdefault(key, value)
    except TypeError:  # a value that cannot be a key (a list): kept as it is
        return value


@cache
def _value_fields(model: type[StrictModel]) -> tuple[str, ...]:
    """The fields of `model` that can hold `shared_by_value` instances, alone or in a list."""
    return tuple(name for name, info in model.model_fields.items() if _holds_values(info.annotation))


def _holds_values(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, StrictModel):
        return annotation.shared_by_value
    return any(_holds_values(argument) for argument in get_args(annotation))
