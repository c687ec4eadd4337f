"""Hypothesis strategies that build valid models by construction."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from engagements.models import (
    Article,
    Dataset,
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
from engagements.models.countries import COUNTRY_CODES

LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçôÉÀABCDEFGHLMNOPRSTZ’"
words = st.text(alphabet=LETTERS, min_size=1, max_size=9)
lines = st.lists(words, min_size=1, max_size=4).map(" ".join)
countries = st.sampled_from(COUNTRY_CODES)
provenances = st.sampled_from(["automatic", "reviewed"])
FIELD_BY_PREFIX = {"art": "title", "per": "titles", "org": "kind", "mtg": "place", "exe": "status"}
"""A field of each kind of record whose evidence may quote any word (a name's evidence must name
its record: `evidence_not_a_mention`)."""


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1990, 2030))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    return draw(st.sampled_from([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"]))


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(words, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4)
    )
    return "\n\n".join(paragraphs)


@st.composite
def places(draw: st.DrawFn) -> Place:
    return Place(
        name=draw(lines),
        country=draw(st.none() | countries),
        latitude=draw(st.none() | st.floats(-90, 90, allow_nan=False)),
        longitude=draw(st.none() | st.floats(-180, 180, allow_nan=False)),
        gazetteer_id=draw(st.none() | st.just("geonames:88319")),
    )


@st.composite
def datasets(draw: st.DrawFn, min_each: int = 0) -> Dataset:
    """A valid dataset: unique ids, every reference resolving, every span inside its article."""
    articles = []
    for i in range(draw(st.integers(1, 3))):
        text = draw(article_texts())
        articles.append(
            Article(
                id=f"art-{i}",
                title=text.split("\n")[0][:50].strip(),
                language=draw(st.sampled_from(["fr", "en"])),
                publisher=draw(st.none() | lines),
                dateline=draw(st.none() | lines),
                published=draw(st.none() | partial_dates()),
                url=draw(st.none() | st.just(f"https://example.org/{i}")),
                checksum=text_checksum(text),
                source_file=f"{i}.txt",
                text=text,
            )
        )
    article_ids = [a.id for a in articles]
    orgs: list[Organisation] = []
    for i in range(draw(st.integers(min_each, 3))):
        orgs.append(
            Organisation(
                provenance=draw(provenances),
                id=f"org-{i}",
                name=draw(lines),
                acronym=draw(st.none() | words),
                names=draw(st.lists(lines, max_size=2)),
                kind=draw(st.sampled_from(["military", "government", "media", "other"])),
                country=draw(st.none() | countries),
                parent_id=draw(st.none() | st.sampled_from([o.id for o in orgs])) if orgs else None,
            )
        )
    org_ids = [o.id for o in orgs]
    persons = []
    for i in range(draw(st.integers(min_each, 3))):
        roles = [
            Role(
                role=draw(lines),
                article_id=draw(st.sampled_from(article_ids)),
                organisation_id=draw(st.none() | st.sampled_from(org_ids)) if org_ids else None,
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        persons.append(
            Person(
                provenance=draw(provenances),
                id=f"per-{i}",
                name=draw(lines),
                names=draw(st.lists(lines, max_size=2)),
                titles=draw(st.lists(words, max_size=2)),
                roles=roles,
                country=draw(st.none() | countries),
            )
        )
    person_ids = [p.id for p in persons]
    meetings = []
    for i in range(draw(st.integers(min_each, 2))):
        date = draw(st.none() | partial_dates())
        participants = []
        for _ in range(draw(st.integers(0, 3))):
            if person_ids and (not org_ids or draw(st.booleans())):
                participants.append(
                    Participant(
                        person_id=draw(st.sampled_from(person_ids)),
                        role=draw(st.sampled_from(["host", "visitor", "participant"])),
                    )
                )
            elif org_ids:
                participants.append(
                    Participant(organisation_id=draw(st.sampled_from(org_ids)), role="participant")
                )
        meetings.append(
            Meeting(
                provenance=draw(provenances),
                id=f"mtg-{i}",
                date=date,
                date_precision={4: "year", 7: "month", 10: "day"}[len(date)] if date else None,
                date_text=draw(st.none() | words),
                place=draw(st.none() | places()),
                mode=draw(st.sampled_from(["in_person", "visit", "phone", "video", "multilateral"])),
                status=draw(st.sampled_from(["planned", "held", "postponed", "cancelled"])),
                participants=participants,
                topics=draw(st.lists(lines, max_size=2)),
                articles=draw(st.lists(st.sampled_from(article_ids), min_size=1, max_size=2)),
            )
        )
    exercises = []
    for i in range(draw(st.integers(min_each, 2))):
        start, end = sorted([draw(partial_dates()), draw(partial_dates())])
        if draw(st.booleans()):
            start = end = None
        exercises.append(
            Exercise(
                provenance=draw(provenances),
                id=f"exe-{i}",
                name=draw(lines),
                series=draw(st.none() | lines),
                edition=draw(st.none() | st.integers(1990, 2030)),
                kind=draw(st.none() | words),
                start=start,
                end=end if start is None or start[: len(end)] <= end[: len(start)] else None,
                status=draw(st.sampled_from(["planned", "ongoing", "held", "unknown"])),
                places=draw(st.lists(places(), max_size=2)),
                participants=[
                    ExerciseParticipant(name=draw(lines), country=draw(st.none() | countries))
                    for _ in range(draw(st.integers(0, 2)))
                ],
                articles=draw(st.lists(st.sampled_from(article_ids), min_size=1, max_size=2)),
            )
        )
    subjects = article_ids + org_ids + person_ids + [m.id for m in meetings] + [e.id for e in exercises]
    evidence = []
    for i in range(draw(st.integers(min_each, 4))):
        article = draw(st.sampled_from(articles))
        offsets = [(m.start(), m.end()) for m in re.finditer(r"\S+", article.text)]
        start, end = draw(st.sampled_from(offsets))
        subject = draw(st.sampled_from(subjects))
        evidence.append(
            Evidence(
                provenance=draw(provenances),
                id=f"evi-{i}",
                subject_id=subject,
                field=FIELD_BY_PREFIX[subject[:3]],
                article_id=article.id,
                start=start,
                end=end,
                quote=article.text[start:end],
            )
        )
    return Dataset(
        articles=articles,
        persons=persons,
        organisations=orgs,
        meetings=meetings,
        exercises=exercises,
        evidence=evidence,
    )
