"""`engagements.load`: typed tables that keep every value, the models, other engines."""

from __future__ import annotations

import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given

import engagements
from engagements.consume.load import InvalidPackage, published_path
from engagements.models import Dataset, Exercise, Meeting, Person
from packages import sample_dataset, set_cells, write
from strategies import datasets

ROOT = Path(__file__).resolve().parent.parent.parent


def tricky() -> Dataset:
    """Values default readers damage: Namibia (`NA`), a year-only date, an all-empty column."""
    base = sample_dataset()
    person = base.persons[0].model_copy(update={"country": "NA"})
    meeting = base.meetings[0].model_copy(update={"date": "2026", "date_precision": "year"})
    return base.model_copy(update={"persons": [person, *base.persons[1:]], "meetings": [meeting]})


def test_values_keep_their_types(tmp_path: Path) -> None:
    data = engagements.load(write(tricky(), tmp_path))
    persons = data.tables["persons"]
    assert persons.filter(pl.col("id") == "per-1")["country"].to_list() == ["NA"]
    meetings = data.tables["meetings"]
    assert meetings.schema["date"] == pl.String and meetings["date"].to_list() == ["2026"]
    assert meetings["date_precision"].to_list() == ["year"]
    exercises = data.tables["exercises"]  # every `end` and `edition` is empty: types stay declared
    assert exercises.schema["end"] == pl.String and exercises.schema["edition"] == pl.Int64
    assert persons.schema["titles"] == pl.List(pl.String)
    assert persons.filter(pl.col("id") == "per-2")["titles"].to_list() == [[]]


def test_pandas_keeps_namibia_and_partial_dates(tmp_path: Path) -> None:
    data = engagements.load(write(tricky(), tmp_path))
    persons = data.to_pandas("persons")
    assert persons["country"].isna().tolist() == [False, True]
    assert persons["country"].tolist()[0] == "NA"
    assert data.to_pandas("meetings")["date"].tolist() == ["2026"]
    assert str(data.to_pandas("exercises")["edition"].dtype).startswith("int64")


@given(datasets())
def test_models_round_trip(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = engagements.load(write(dataset, Path(folder)))
        assert data.dataset == dataset.sorted()


def test_default_is_the_published_package() -> None:
    assert published_path() == ROOT / "datasets" / "engagements"
    data = engagements.load()
    assert data.dataset == Dataset.model_validate_json(
        (ROOT / "datasets" / "engagements" / "engagements.json").read_text(encoding="utf-8")
    )
    assert all(isinstance(m, Meeting) for m in data.dataset.meetings)
    assert all(isinstance(p, Person) for p in data.dataset.persons)
    assert all(isinstance(e, Exercise) for e in data.dataset.exercises)


def test_an_invalid_package_is_refused_with_its_report(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    set_cells(package, "persons", 2, {"country": "ZZ"})
    with pytest.raises(InvalidPackage) as raised:
        engagements.load(package)
    assert "enum_mismatch" in raised.value.report.codes()
    assert engagements.load(package, validate=False).tables["persons"]["country"].to_list()[0] == "ZZ"


def test_missing_package(tmp_path: Path) -> None:
    with pytest.raises(engagements.EngagementsError):
        engagements.load(tmp_path / "nowhere")


def test_duckdb_holds_every_table_and_view() -> None:
    data = engagements.load()
    connection = data.to_duckdb()
    for name, frame in data.tables.items():
        assert connection.execute(f'SELECT count(*) FROM "{name}"').fetchone() == (frame.height,)
    pairs = connection.execute("SELECT count(*) FROM pairs_view").fetchone()
    assert pairs == (data.view("pairs").height,)


def test_unknown_names() -> None:
    data = engagements.load()
    with pytest.raises(KeyError):
        data.view("persons")
    with pytest.raises(KeyError):
        data.to_polars("nothing")
