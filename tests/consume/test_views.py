"""Flat views: each row count and value follows from the models, on any valid dataset."""

from __future__ import annotations

import tempfile
from pathlib import Path

import polars as pl
from hypothesis import given

import engagements
from engagements.consume.context import Sentences
from engagements.models import Dataset
from engagements.models.country_names import COUNTRY_NAMES
from packages import write
from strategies import datasets


def loaded(dataset: Dataset) -> engagements.Data:
    with tempfile.TemporaryDirectory() as folder:
        return engagements.load(write(dataset, Path(folder)))


@given(datasets())
def test_views_follow_from_the_models(dataset: Dataset) -> None:
    data = loaded(dataset)
    meetings = {m.id: m for m in dataset.meetings}
    distinct = [len({p.person_id or p.organisation_id for p in m.participants}) for m in dataset.meetings]
    expected_pairs = sum(n * (n - 1) // 2 for n in distinct)
    assert data.view("pairs").height == expected_pairs
    assert data.view("participation").height == sum(len(m.participants) for m in dataset.meetings)
    flat = data.view("meetings")
    assert flat["id"].to_list() == sorted(meetings)
    for row in flat.iter_rows(named=True):
        meeting = meetings[row["id"]]
        assert row["sources"] == len(meeting.articles)
        assert len(row["participants"]) == len(meeting.participants)
        assert len(row["hosts"]) == sum(p.role == "host" for p in meeting.participants)
        assert row["date"] == meeting.date and row["date_precision"] == meeting.date_precision
    exercises = data.view("exercises")
    assert exercises.height == sum(max(1, len(e.participants)) for e in dataset.exercises)
    for row in exercises.filter(pl.col("participant_country").is_not_null()).iter_rows(named=True):
        assert row["participant_country_name"] == COUNTRY_NAMES[row["participant_country"]]
    texts = {a.id: a.text for a in dataset.articles}
    evidence = data.view("evidence")
    assert evidence.height == len(dataset.evidence)
    for row in evidence.iter_rows(named=True):
        text = texts[row["article_id"]]
        assert text[row["sentence_start"] :].startswith(row["sentence"])
        offset = row["start"] - row["sentence_start"]
        assert row["sentence"][offset : offset + len(row["quote"])] == row["quote"]


def test_the_seed_answers_the_four_questions() -> None:
    data = engagements.load()
    pairs = data.view("pairs").filter((pl.col("a_kind") == "person") & (pl.col("b_kind") == "person"))
    assert {"Dagvin Anderson", "Khalifa Haftar"} in [
        {a, b} for a, b in pairs.select("a_name", "b_name").rows()
    ]
    tripoli = data.view("meetings").filter(pl.col("place_name") == "Tripoli")
    assert tripoli["latitude"].to_list()[0] is not None
    assert tripoli["hosts"].to_list() == [
        ["Abdulhamid Dbeibah", "Mohamed Al-Haddad"]
    ]  # and his chief of staff
    flintlock = data.view("exercises").filter(pl.col("name") == "Flintlock")
    assert set(flintlock["participant_country_name"]) == {"United States", "Libya"}
    when = data.view("evidence").filter(
        (pl.col("subject_table") == "exercises") & (pl.col("field") == "start")
    )
    assert when.height == 1 and when["quote"][0] in when["sentence"][0]


def test_sentence_boundaries() -> None:
    text = "Premier point. Second point, à Rajma.\nTroisième… Quatrième 2026."
    sentences = Sentences(text)
    assert text[slice(*sentences.around(15, 21))] == "Second point, à Rajma."
    assert text[slice(*sentences.around(0, 7))] == "Premier point."
    assert text[slice(*sentences.around(38, 48))] == "Troisième…"
    assert text[slice(*sentences.around(5, 20))] == "Premier point. Second point, à Rajma."
