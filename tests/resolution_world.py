"""Invented articles for resolution tests: per-article records as the build step makes them.

Each article's text is the quotes it needs, so every evidence span is real and the packages
these records make validate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from engagements.models import (
    Article,
    Evidence,
    Exercise,
    Meeting,
    Organisation,
    Participant,
    Person,
    Place,
    text_checksum,
)
from engagements.models.meeting import MeetingStatus
from engagements.models.organisation import OrganisationKind
from engagements.pipeline.build import ArticleRecords
from engagements.pipeline.resolve import entity_id, exercise_id, item_key, meeting_id, record_id


@dataclass
class Draft:
    """One invented article being written."""

    key: str
    published: str | None = None
    text: str = "Titre"
    persons: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    exercises: list[Exercise] = field(default_factory=list)
    cites: list[tuple[str, str, int, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"art-{text_checksum(self.key)[:12]}"

    def quote(self, subject: str, field_path: str, words: str) -> None:
        self.text += "\n" + words
        end = len(self.text)
        self.cites.append((subject, field_path, end - len(words), end))

    def person(self, name: str, country: str | None = None, also: tuple[str, ...] = ()) -> str:
        identifier = entity_id("persons", name)
        self.persons[identifier] = Person(
            provenance="automatic",
            id=identifier,
            name=name,
            names=sorted(set(also) - {name}),
            country=country,
        )
        self.quote(identifier, "name", name)
        for other in also:
            self.quote(identifier, "names", other)
        return identifier

    def organisation(
        self, name: str, kind: OrganisationKind, acronym: str | None = None, country: str | None = None
    ) -> str:
        identifier = entity_id("organisations", name)
        self.organisations[identifier] = Organisation(
            provenance="automatic", id=identifier, name=name, acronym=acronym, kind=kind, country=country
        )
        self.quote(identifier, "name", name)
        if acronym:
            self.quote(identifier, "acronym", acronym)
        return identifier

    def meeting(
        self,
        persons: list[str],
        date: str | None = None,
        place: str | None = None,
        status: MeetingStatus = "held",
        organisations: tuple[str, ...] = (),
        country: str | None = None,
    ) -> str:
        participants = [Participant(person_id=p, role="participant") for p in persons]
        participants += [Participant(organisation_id=o, role="participant") for o in organisations]
        identifier = meeting_id(self.id, date, persons, organisations, place)
        self.meetings.append(
            Meeting(
                provenance="automatic",
                id=identifier,
                date=date,
                date_precision={4: "year", 7: "month", 10: "day"}[len(date)] if date else None,
                place=Place(name=place, country=country) if place else None,
                mode="in_person",
                status=status,
                participants=participants,
                articles=[self.id],
            )
        )
        for participant in participants:
            named = (
                self.persons.get(participant.person_id or "")
                or self.organisations[participant.organisation_id or ""]
            )
            self.quote(identifier, f"participants[{item_key(participant)}]", named.name)
        return identifier

    def exercise(self, name: str, edition: int | None = None) -> str:
        identifier = exercise_id(name, edition, self.id)
        self.exercises.append(
            Exercise(
                provenance="automatic",
                id=identifier,
                name=name,
                edition=edition,
                status="held",
                articles=[self.id],
            )
        )
        self.quote(identifier, "name", name)
        return identifier

    def records(self) -> ArticleRecords:
        article = Article(
            id=self.id,
            title="Titre",
            language="fr",
            published=self.published,
            checksum=text_checksum(self.text),
            source_file=f"{self.key}.txt",
            text=self.text,
        )
        evidence = [
            Evidence(
                provenance="automatic",
                id=record_id("evidence", subject, path, self.id, start, end),
                subject_id=subject,
                field=path,
                article_id=self.id,
                start=start,
                end=end,
                quote=self.text[start:end],
            )
            for subject, path, start, end in self.cites
        ]
        return ArticleRecords(
            article=article,
            persons=list(self.persons.values()),
            organisations=list(self.organisations.values()),
            meetings=self.meetings,
            exercises=self.exercises,
            evidence=evidence,
        )
