"""Build: a parsed article and its linked entities -> validated models, every value with evidence.

Ids come from the resolve step: the same person, organisation or exercise edition gets the same
id in every article, so records from several articles merge (`merge`).

Whatever the text holds, building never raises: a topic or title that a spreadsheet would run
(`-la coopération`) loses its leading sign, evidence spans are narrowed to a quote the models
accept, and if a value still breaks the models the article keeps its metadata only, with a
warning. Only the first `MAX_EXTRACTED_CHARS` characters of an article are analysed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..extraction import gazetteer
from ..extraction.extract import Mention, extract
from ..extraction.link import Linked, link
from ..extraction.names import canonical_word
from ..languages import get as language_named
from ..mention_rule import names_a
from ..models import (
    Article,
    Evidence,
    Exercise,
    ExerciseParticipant,
    Meeting,
    Organisation,
    Participant,
    Person,
    Place,
    Role,
    text_checksum,
)
from ..models.meeting import ParticipantRole
from ..models.types import FORMULA_PREFIXES, DatePrecision, text_problem
from .parse import ParsedArticle
from .resolve import article_id, entity_id, item_key, record_id
from .resolve import exercise_id as resolve_exercise_id
from .resolve import meeting_id as resolve_meeting_id

MAX_EXTRACTED_CHARS = 100_000
"""Characters of an article that are analysed (about 15,000 words; news articles are far
shorter). The rest keeps its place in the published text but yields no facts: analysis time and
memory grow faster than the text (`benchmarks/long_articles.py`), and spaCy refuses texts over
its `max_length` (1,000,000 characters) while a source may hold 2 MB."""


def extraction_text(parsed: ParsedArticle) -> str:
    """The part of the article's text that is analysed: all of it, or its first
    `MAX_EXTRACTED_CHARS` characters cut at the last paragraph or line break."""
    if len(parsed.text) <= MAX_EXTRACTED_CHARS:
        return parsed.text
    cut = parsed.text.rfind("\n", 0, MAX_EXTRACTED_CHARS)
    return parsed.text[: cut if cut > MAX_EXTRACTED_CHARS // 2 else MAX_EXTRACTED_CHARS]


BATCH = 16
"""Texts per `nlp.pipe` batch."""


def build_articles(articles: list[ParsedArticle]) -> list[ArticleRecords]:
    """Analyse articles (one `nlp.pipe` call per pipeline) and build their records, in order.

    Here, not in `convert`, because what it does decides the records: the extraction cache's
    key covers this module and what it imports (`cache.extraction_sources`).
    """
    from ..extraction.nlp import load, model_for

    by_model: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        language = language_named(article.language)
        if language is not None:
            by_model.setdefault(model_for(language).name, []).append(index)
    docs: dict[int, Any] = {}
    for name, indices in by_model.items():
        analysed = load(name).pipe([extraction_text(articles[i]) for i in indices], batch_size=BATCH)
        docs.update(zip(indices, analysed, strict=True))
    return [build_article(article, docs.get(index)) for index, article in enumerate(articles)]


def _usable(mention: Mention) -> Mention | None:
    """`mention` without leading signs a spreadsheet runs, or None when no valid line is left."""
    text = mention.text.lstrip("".join(FORMULA_PREFIXES) + " ")
    if not text or text_problem(text, multiline=False):
        return None
    return Mention(text, mention.start + len(mention.text) - len(text), mention.end)


@dataclass
class ArticleRecords:
    """Everything one article contributes, before records from several articles are merged."""

    article: Article
    persons: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    exercises: list[Exercise] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def cite(self, subject: str, field_path: str, mention: Mention | None) -> None:
        """Evidence that `mention` supports `field_path` of `subject` (narrowed to a valid quote)."""
        if mention is None:
            return
        start, end = mention.start, mention.end
        text = self.article.text
        while start < end and (text[start] in FORMULA_PREFIXES or text[start].isspace()):
            start += 1
        while start < end and text[end - 1].isspace():
            end -= 1
        if start >= end or text_problem(text[start:end], multiline=True):
            return
        self.evidence.append(
            Evidence(
                provenance="automatic",
                id=record_id("evidence", subject, field_path, self.article.id, start, end),
                subject_id=subject,
                field=field_path,
                article_id=self.article.id,
                start=start,
                end=end,
                quote=text[start:end],
            )
        )


def article_of(parsed: ParsedArticle) -> Article:
    """The article record of a parsed article: its metadata and text, no extraction."""
    checksum = text_checksum(parsed.text)
    return Article(
        id=article_id(checksum),
        title=parsed.title,
        publisher=parsed.publisher,
        dateline=parsed.dateline,
        published=parsed.published,
        language=parsed.language,
        url=parsed.url,
        checksum=checksum,
        source_file=parsed.source_file,
        text=parsed.text,
    )


def build_article(parsed: ParsedArticle, doc: Any = None) -> ArticleRecords:
    """Models for one parsed article."""
    article = article_of(parsed)
    records = ArticleRecords(article)
    for key, span in sorted(parsed.spans.items()):
        records.cite(article.id, key, Mention(parsed.text[span.start : span.end], span.start, span.end))
    language = language_named(parsed.language)
    if language is None:
        records.warnings.append(
            f"{parsed.source_file}: language {parsed.language!r} is not supported yet; only the article "
            "metadata was extracted"
        )
        return records
    text = extraction_text(parsed)
    if len(text) < len(parsed.text):
        records.warnings.append(
            f"{parsed.source_file}: {len(parsed.text)} characters; only the first {len(text)} were "
            f"analysed (the limit is {MAX_EXTRACTED_CHARS})"
        )
    extracted = dataclasses.replace(records, evidence=list(records.evidence), warnings=list(records.warnings))
    try:
        title = parsed.spans.get("title")
        published = parsed.spans.get("published")
        published_span = (published.start, published.end) if published else None
        body_start = title.end if title else 0
        extraction = extract(text, language, doc, body_start, published_span, _dateline(parsed, text))
        _build(extracted, link(extraction, parsed.published, parsed.publisher, published_span), parsed)
    except ValidationError as error:  # a value the models refuse: keep the article, say so
        first = error.errors()[0]
        records.warnings.append(
            f"{parsed.source_file}: an extracted value breaks the models ({first['msg']}: "
            f"{str(first.get('input'))[:60]!r}); only the article metadata was kept"
        )
        return records
    return extracted


def _build(records: ArticleRecords, linked: Linked, parsed: ParsedArticle) -> None:
    article = records.article
    org_ids = [entity_id("organisations", entity.name) for entity in linked.organisations]
    for org_id, entity in zip(org_ids, linked.organisations, strict=True):
        records.organisations.append(
            Organisation(
                provenance="automatic",
                id=org_id,
                name=entity.name,
                acronym=entity.acronym.text if entity.acronym else None,
                names=sorted(
                    {m.text for m in entity.mentions}
                    - {entity.name, entity.acronym.text if entity.acronym else ""}
                ),
                kind=entity.kind,
                country=entity.country,
                parent_id=org_ids[entity.parent] if entity.parent is not None else None,
            )
        )
        records.cite(org_id, "name", entity.name_mention or _publisher_span(parsed))
        records.cite(org_id, "parent_id", entity.parent_mention)
        for mention in entity.mentions:
            field_path = "acronym" if entity.acronym and mention.text == entity.acronym.text else "names"
            if mention != entity.name_mention:
                records.cite(org_id, field_path, mention)
    person_ids = []
    for person in linked.persons:
        titles = [t for t in map(_usable, person.titles) if t]
        person_id = entity_id("persons", person.name)
        person_ids.append(person_id)
        roles = [
            Role(
                role=c.role.text,
                organisation_id=org_ids[c.organisation] if c.organisation is not None else None,
                article_id=article.id,
            )
            for c in person.roles
        ]
        records.persons.append(
            Person(
                provenance="automatic",
                id=person_id,
                name=person.name,
                names=sorted({m.text for m in person.mentions} - {person.name}),
                titles=list(dict.fromkeys(t.text for t in titles)),
                roles=roles,
                country=person.country,
            )
        )
        for mention in person.mentions:
            records.cite(person_id, "name" if mention.text == person.name else "names", mention)
        for title in titles:
            records.cite(person_id, "titles", title)
        for claimed, claim in zip(roles, person.roles, strict=True):
            records.cite(person_id, f"roles[{item_key(claimed)}]", claim.role)
    seen_meetings: set[str] = set()
    for event in linked.meetings:
        participants = []
        for index, _mention in event.participants:
            role: ParticipantRole = (
                "host"
                if index == event.host or index in event.host_side
                else ("visitor" if event.host is not None else "participant")
            )
            participants.append(Participant(person_id=person_ids[index], role=role))
        participants += [
            Participant(organisation_id=org_ids[i], role="participant") for i, _ in event.organisations
        ]
        date = event.date
        topics = list(dict.fromkeys(t for t in map(_usable, event.topics) if t))
        meeting_id = _unique(
            seen_meetings,
            resolve_meeting_id(
                article.id,
                date,
                [p.person_id for p in participants if p.person_id],
                [p.organisation_id for p in participants if p.organisation_id],
                event.place.text if event.place else None,
            ),
        )
        records.meetings.append(
            Meeting(
                provenance="automatic",
                id=meeting_id,
                date=date,
                date_precision=_precision(date),
                date_text=event.when.text if event.when else None,
                place=_place(event.place.text, event.place_country) if event.place else None,
                mode=event.mode,
                status=event.status,
                participants=participants,
                topics=list(dict.fromkeys(t.text for t in topics)),
                articles=[article.id],
            )
        )
        records.cite(
            meeting_id,
            "date_text",
            Mention(event.when.text, event.when.start, event.when.end) if event.when else None,
        )
        records.cite(meeting_id, "place", event.place)
        named = [
            *(naming(m, linked.persons[i].mentions) for i, m in event.participants),
            *(naming(m, _org_mentions(linked.organisations[i])) for i, m in event.organisations),
        ]
        for present, mention in zip(participants, named, strict=True):
            records.cite(meeting_id, f"participants[{item_key(present)}]", mention)
        for topic in topics:
            records.cite(meeting_id, f"topics[{item_key(topic.text)}]", topic)
        records.cite(meeting_id, "status", event.trigger)
    for exercise in linked.exercises:
        exercise_id = resolve_exercise_id(exercise.name, exercise.edition, article.id)
        start = exercise.start.value if exercise.start else None
        end = exercise.end if exercise.end and (start is None or start <= exercise.end) else None
        places = [_place(exercise.place.text, exercise.place_country)] if exercise.place else []
        records.exercises.append(
            Exercise(
                provenance="automatic",
                id=exercise_id,
                name=exercise.name,
                series=exercise.name,
                edition=exercise.edition,
                start=start,
                end=end,
                status=exercise.status,
                places=places,
                participants=[
                    ExerciseParticipant(name=p.text, country=gazetteer.country_of_name(p.text))
                    for p in exercise.participants
                ],
                articles=[article.id],
            )
        )
        for mention in exercise.mentions:  # `l’édition précédente` refers to it but does not name it
            if names_a(mention.text, [exercise.name], within=True):
                records.cite(exercise_id, "name", mention)
        if exercise.place:
            records.cite(exercise_id, f"places[{item_key(exercise.place.text)}]", exercise.place)
        if exercise.start:
            records.cite(
                exercise_id, "start", Mention(exercise.start.text, exercise.start.start, exercise.start.end)
            )
        if end and exercise.end_mention and exercise.end_mention is not exercise.start:
            when = exercise.end_mention
            records.cite(exercise_id, "end", Mention(when.text, when.start, when.end))
        for participant in exercise.participants:
            records.cite(exercise_id, f"participants[{item_key(participant.text)}]", participant)


def naming(mention: Mention, mentions: list[Mention]) -> Mention:
    """Evidence for a participant is a mention of that participant: `mention` when it names them,
    else their name written nearest before it (`il`, `son homologue` cite the name they stand for)."""
    if not mentions or mention in mentions:
        return mention
    before = [m for m in mentions if m.start <= mention.start]
    return max(before, key=lambda m: m.start) if before else min(mentions, key=lambda m: m.start)


def _org_mentions(entity: Any) -> list[Mention]:
    return [m for m in (entity.name_mention, *entity.mentions) if m is not None]


def _unique(seen: set[str], identifier: str) -> str:
    """`identifier`, or `-2`, `-3`... after it when the article already has a record with it.

    Only two meetings of one article with the same date and the same persons (or organisations
    and place) get a suffix, in text order: the one place where a position still matters.
    """
    candidate, number = identifier, 1
    while candidate in seen:
        number += 1
        candidate = f"{identifier}-{number}"
    seen.add(candidate)
    return candidate


def _place(name: str, country: str | None) -> Place:
    """A place with the gazetteer's coordinates and id when the name resolves to one city."""
    point = gazetteer.place_coordinates(name, country)
    if point is None:
        return Place(name=name, country=country)
    latitude, longitude, gazetteer_id = point
    return Place(
        name=name, country=country, latitude=latitude, longitude=longitude, gazetteer_id=gazetteer_id
    )


def _precision(date: str | None) -> DatePrecision | None:
    return {4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None  # type: ignore[return-value]


def _dateline(parsed: ParsedArticle, text: str) -> Mention | None:
    """The dateline's city where the analysed text holds it (`SOCHI` read as `Sochi`)."""
    span = parsed.spans.get("dateline")
    if span is None or span.end > len(text):
        return None
    city = " ".join(canonical_word(word) for word in text[span.start : span.end].split())
    return Mention(city, span.start, span.end)


def _publisher_span(parsed: ParsedArticle) -> Mention | None:
    span = parsed.spans.get("publisher")
    return Mention(parsed.text[span.start : span.end], span.start, span.end) if span else None
