"""All records of one data package, nested as the models define them (the JSON output)."""

from __future__ import annotations

from pydantic import Field

from .article import Article
from .base import StrictModel
from .evidence import Evidence
from .exercise import Exercise
from .external import ExternalEvidence
from .judgement import Judgement
from .meeting import Meeting
from .organisation import Organisation
from .person import Person
from .redirect import Redirect
from .review import Review


class Dataset(StrictModel):
    """Every record of a package; lists are sorted by id when written."""

    articles: list[Article] = Field(default_factory=list, description="Source articles.")
    persons: list[Person] = Field(default_factory=list, description="Persons named in the articles.")
    organisations: list[Organisation] = Field(default_factory=list, description="Organisations named.")
    meetings: list[Meeting] = Field(default_factory=list, description="Meetings reported.")
    exercises: list[Exercise] = Field(default_factory=list, description="Military exercises reported.")
    evidence: list[Evidence] = Field(default_factory=list, description="The span behind every value.")
    external_evidence: list[ExternalEvidence] = Field(
        default_factory=list, description="Other outlets' articles that corrections cite (not stored)."
    )
    reviews: list[Review] = Field(default_factory=list, description="Corrections applied, by whom and why.")
    judgements: list[Judgement] = Field(
        default_factory=list, description="Decisions that two records are (or are not) one entity or event."
    )
    redirects: list[Redirect] = Field(
        default_factory=list, description="Ids merged into other records, and where each now leads."
    )

    def current_id(self, record_id: str) -> str:
        """The id a record has now: an id merged into another record leads there (`redirects`)."""
        return next((r.target_id for r in self.redirects if r.id == record_id), record_id)

    def sorted(self) -> Dataset:
        """The same records in id order, so output files are byte-identical for the same input."""
        return Dataset.model_construct(  # the records are validated already; only their order changes
            articles=sorted(self.articles, key=lambda r: r.id),
            persons=sorted(self.persons, key=lambda r: r.id),
            organisations=sorted(self.organisations, key=lambda r: r.id),
            meetings=sorted(self.meetings, key=lambda r: r.id),
            exercises=sorted(self.exercises, key=lambda r: r.id),
            evidence=sorted(self.evidence, key=lambda r: r.id),
            external_evidence=sorted(self.external_evidence, key=lambda r: r.id),
            reviews=sorted(self.reviews, key=lambda r: r.id),
            judgements=sorted(self.judgements, key=lambda r: r.id),
            redirects=sorted(self.redirects, key=lambda r: r.id),
        )
