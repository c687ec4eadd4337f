"""The typed models: the single source of truth for every schema, table and rule."""

from .article import Article, text_checksum
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
