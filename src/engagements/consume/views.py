"""Flat views for the questions people ask, each one frame built from the typed tables.

`meetings`: one row per meeting, with date, precision, place, coordinates, hosts, participants'
names and the number of sources. `participation`: one row per meeting and participant (person
or organisation) with role and country. `pairs`: who met whom, one row per meeting and pair of
participants. `exercises`: one row per exercise and participant, with country codes and names.
`evidence`: every span with the sentence around it and its article.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from ..models.country_names import COUNTRY_NAMES
from ..models.types import ID_PREFIXES, PRECISION_BY_LENGTH
from .context import Sentences

Tables = dict[str, pl.DataFrame]


def country_name(column: str) -> pl.Expr:
    """The English short name of an ISO code column (`NA` is Namibia, never a missing value)."""
    return pl.col(column).replace_strict(COUNTRY_NAMES, default=None, return_dtype=pl.String)


def precision(column: str) -> pl.Expr:
    """`year`, `month` or `day` from a partial date's length (null with the date)."""
    return (
        pl.col(column)
        .str.len_chars()
        .replace_strict(PRECISION_BY_LENGTH, default=None, return_dtype=pl.String)
    )


def _meeting_facts(tables: Tables) -> pl.DataFrame:
    return tables["meetings"].select(
        pl.col("id").alias("meeting_id"),
        "date",
        "date_precision",
        "date_text",
        "place_name",
        "place_country",
        "status",
    )


def participation(tables: Tables) -> pl.DataFrame:
    """Meeting x participant: who was there, as what, for which country."""
    persons = tables["persons"].select(
        pl.col("id").alias("person_id"), pl.col("name").alias("person_name"), pl.col("country").alias("pc")
    )
    organisations = tables["organisations"].select(
        pl.col("id").alias("organisation_id"), pl.col("name").alias("org_name"), pl.col("country").alias("oc")
    )
    frame = (
        tables["meeting_participants"]
        .join(persons, on="person_id", how="left")
        .join(organisations, on="organisation_id", how="left")
        .select(
            "meeting_id",
            "position",
            pl.coalesce("person_id", "organisation_id").alias("participant_id"),
            pl.when(pl.col("person_id").is_not_null())
            .then(pl.lit("person"))
            .otherwise(pl.lit("organisation"))
            .alias("kind"),
            pl.coalesce("person_name", "org_name").alias("name"),
            "role",
            pl.coalesce("pc", "oc").alias("country"),
        )
        .with_columns(country_name("country").alias("country_name"))
    )
    return frame.join(_meeting_facts(tables), on="meeting_id", how="left").sort("meeting_id", "position")


def pairs(tables: Tables) -> pl.DataFrame:
    """Who met whom: every pair of distinct participants of a meeting, once (`a_id` < `b_id`)."""
    people = (
        participation(tables)
        .unique(["meeting_id", "participant_id"], keep="first", maintain_order=True)
        .select("meeting_id", "participant_id", "kind", "name", "role", "country", "country_name")
    )
    a = people.rename({c: f"a_{c.removeprefix('participant_')}" for c in people.columns if c != "meeting_id"})
    b = people.rename({c: f"b_{c.removeprefix('participant_')}" for c in people.columns if c != "meeting_id"})
    frame = a.join(b, on="meeting_id").filter(pl.col("a_id") < pl.col("b_id"))
    return _meeting_facts(tables).join(frame, on="meeting_id", how="inner").sort("meeting_id", "a_id", "b_id")


def meetings(tables: Tables) -> pl.DataFrame:
    """One row per meeting: when, where (with coordinates), hosts, participants, sources."""
    people = (
        participation(tables)
        .group_by("meeting_id", maintain_order=True)
        .agg(
            pl.col("name").filter(pl.col("role") == "host").alias("hosts"),
            pl.col("name").alias("participants"),
            pl.col("country").drop_nulls().unique(maintain_order=True).alias("countries"),
        )
    )
    sources = (
        tables["meeting_articles"]
        .group_by("meeting_id")
        .agg(pl.len().cast(pl.Int64).alias("sources"), pl.col("article_id").alias("article_ids"))
    )
    frame = (
        tables["meetings"]
        .rename({"place_latitude": "latitude", "place_longitude": "longitude"})
        .with_columns(country_name("place_country").alias("place_country_name"))
        .join(people, left_on="id", right_on="meeting_id", how="left")
        .join(sources, left_on="id", right_on="meeting_id", how="left")
    )
    empty = pl.lit([], dtype=pl.List(pl.String))
    return frame.select(
        "id",
        "date",
        "date_precision",
        "date_text",
        "status",
        "mode",
        "place_name",
        "place_country",
        "place_country_name",
        "latitude",
        "longitude",
        "place_gazetteer_id",
        pl.col("hosts").fill_null(empty),
        pl.col("participants").fill_null(empty),
        pl.col("countries").fill_null(empty),
        "topics",
        pl.col("sources").fill_null(0),
        pl.col("article_ids").fill_null(empty),
        "provenance",
    ).sort("id")


def exercises(tables: Tables) -> pl.DataFrame:
    """One row per exercise and participant (an exercise without participants: one row, nulls)."""
    main_place = (
        tables["exercise_places"]
        .filter(pl.col("position") == 0)
        .select(
            "exercise_id",
            pl.col("name").alias("place_name"),
            pl.col("country").alias("place_country"),
            "latitude",
            "longitude",
            pl.col("gazetteer_id").alias("place_gazetteer_id"),
        )
    )
    participants = tables["exercise_participants"].select(
        "exercise_id",
        pl.col("position").alias("participant_position"),
        pl.col("name").alias("participant"),
        pl.col("country").alias("participant_country"),
        country_name("country").alias("participant_country_name"),
        pl.col("organisation_id").alias("participant_organisation_id"),
    )
    sources = (
        tables["exercise_articles"].group_by("exercise_id").agg(pl.len().cast(pl.Int64).alias("sources"))
    )
    frame = (
        tables["exercises"]
        .with_columns(precision("start").alias("start_precision"), precision("end").alias("end_precision"))
        .join(main_place, left_on="id", right_on="exercise_id", how="left")
        .join(sources, left_on="id", right_on="exercise_id", how="left")
        .join(participants, left_on="id", right_on="exercise_id", how="left")
    )
    return frame.select(
        "id",
        "name",
        "edition",
        "start",
        "start_precision",
        "end",
        "end_precision",
        "status",
        "place_name",
        "place_country",
        country_name("place_country").alias("place_country_name"),
        "latitude",
        "longitude",
        "place_gazetteer_id",
        "participant_position",
        "participant",
        "participant_country",
        "participant_country_name",
        "participant_organisation_id",
        pl.col("sources").fill_null(0),
        "provenance",
    ).sort("id", "participant_position", nulls_last=True)


def evidence(tables: Tables) -> pl.DataFrame:
    """Every span with its record, its article and the sentence around the quote."""
    prefix_table = {prefix: table for table, prefix in ID_PREFIXES.items()}
    names = pl.concat(
        [
            tables[t].select(pl.col("id").alias("subject_id"), pl.col("name").alias("subject_name"))
            for t in ("persons", "organisations", "exercises")
        ]
        + [tables["articles"].select(pl.col("id").alias("subject_id"), pl.col("title").alias("subject_name"))]
    )
    articles = tables["articles"].select(
        pl.col("id").alias("article_id"),
        pl.col("title").alias("article_title"),
        "publisher",
        "published",
        "url",
    )
    frame = (
        tables["evidence"]
        .with_columns(
            pl.col("subject_id")
            .str.extract(r"^([a-z]+)-")
            .replace_strict(prefix_table, default=None)
            .alias("subject_table")
        )
        .join(names, on="subject_id", how="left")
        .join(articles, on="article_id", how="left")
        .sort("article_id", "start", "id")
    )
    texts = dict(tables["articles"].select("id", "text").iter_rows())
    found: dict[str, Sentences] = {}
    bounds = []
    for article_id, start, end in frame.select("article_id", "start", "end").iter_rows():
        sentences = found.get(article_id) or found.setdefault(article_id, Sentences(texts[article_id]))
        bounds.append(sentences.around(start, end))
    sentence = [
        found[article_id].text[a:b]
        for (article_id,), (a, b) in zip(frame.select("article_id").iter_rows(), bounds, strict=True)
    ]
    frame = frame.with_columns(
        pl.Series("sentence", sentence, dtype=pl.String),
        pl.Series("sentence_start", [a for a, _ in bounds], dtype=pl.Int64),
    )
    return frame.select(
        "id",
        "subject_id",
        "subject_table",
        "subject_name",
        "field",
        "quote",
        "sentence",
        "sentence_start",
        "start",
        "end",
        "article_id",
        "article_title",
        "publisher",
        "published",
        "url",
        "correction_id",
        "provenance",
    )


VIEWS: dict[str, Callable[[Tables], pl.DataFrame]] = {
    "meetings": meetings,
    "participation": participation,
    "pairs": pairs,
    "exercises": exercises,
    "evidence": evidence,
}
"""Every flat view by name; `Data.view(name)` builds one."""
