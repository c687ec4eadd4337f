"""The typed models: the single source of truth for every schema, table and rule.

Imported on first use (`from engagements.models import Dataset` works as before): the light
modules beside them (`constants`, `rules`) load without pydantic, which the validator needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article
    from .base import StrictModel
    from .dataset import Dataset
    from .evidence import Evidence
    from .exercise import Exercise, ExerciseParticipant
    from .external import ExternalEvidence
    from .judgement import Judgement
    from .meeting import Meeting, Participant
    from .organisation import Organisation
    from .person import Person, Role
    from .place import Place
    from .redirect import Redirect
    from .review import Review
    from .rules import text_checksum

_WHERE = {
    "Article": "article",
    "Dataset": "dataset",
    "Evidence": "evidence",
    "Exercise": "exercise",
    "ExerciseParticipant": "exercise",
    "ExternalEvidence": "external",
    "Judgement": "judgement",
    "Meeting": "meeting",
    "Organisation": "organisation",
    "Participant": "meeting",
    "Person": "person",
    "Place": "place",
    "Redirect": "redirect",
    "Review": "review",
    "Role": "person",
    "StrictModel": "base",
    "text_checksum": "rules",
}


def __getattr__(name: str) -> object:
    if name in _WHERE:
        value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Article",
    "Dataset",
    "Evidence",
    "Exercise",
    "ExerciseParticipant",
    "ExternalEvidence",
    "Judgement",
    "Meeting",
    "Organisation",
    "Participant",
    "Person",
    "Place",
    "Redirect",
    "Review",
    "Role",
    "StrictModel",
    "text_checksum",
]
