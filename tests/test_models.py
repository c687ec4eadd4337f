"""Invariants of the models, each guarded by a property over generated valid datasets."""

from __future__ import annotations

import json
import unicodedata

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from engagements.models import Article, Dataset, Meeting, Person, text_checksum
from engagements.models.types import ID_PREFIXES
from engagements.package.rows import dataset_to_rows, from_cell, rows_to_dataset, to_cell
from engagements.package.schema import SCHEMA_MODELS
from engagements.package.tables import tables
from strategies import datasets, partial_dates

ALL_MODELS = [m for m in SCHEMA_MODELS.values()]


def _records(dataset: Dataset) -> list[tuple[str, object]]:
    return [(name, r) for name in ID_PREFIXES for r in getattr(dataset, name)]


@given(datasets())
def test_ids_are_unique_and_prefixed(dataset: Dataset) -> None:
    ids = [record.id for _, record in _records(dataset)]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids))
    for table, record in _records(dataset):
        assert record.id.startswith(ID_PREFIXES[table] + "-")  # type: ignore[attr-defined]


@given(datasets())
def test_json_round_trip_is_lossless(dataset: Dataset) -> None:
    assert Dataset.model_validate_json(dataset.model_dump_json()) == dataset


@given(datasets())
def test_csv_rows_round_trip_is_lossless(dataset: Dataset) -> None:
    rows = dataset_to_rows(dataset)
    cells = {t: [{k: to_cell(v) for k, v in row.items()} for row in rows[t]] for t in rows}
    by_name = {t.name: t for t in tables()}
    typed = {
        t: [{k: from_cell(by_name[t].column(k), v) for k, v in row.items()} for row in cells[t]]
        for t in cells
    }
    assert rows_to_dataset(typed) == dataset.sorted()


@given(datasets())
def test_every_dump_validates_against_the_generated_json_schema(dataset: Dataset) -> None:
    jsonschema.validate(dataset.model_dump(mode="json"), Dataset.model_json_schema())
    for person in dataset.persons:
        jsonschema.validate(person.model_dump(mode="json"), Person.model_json_schema())


@given(datasets())
def test_strings_are_nfc_trimmed_and_free_of_control_characters(dataset: Dataset) -> None:
    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    for text in strings(dataset.model_dump(mode="json")):
        assert unicodedata.is_normalized("NFC", text) and text == text.strip()
        assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in text)


@given(datasets())
def test_every_evidence_quote_is_the_article_text_at_its_span(dataset: Dataset) -> None:
    texts = {a.id: a.text for a in dataset.articles}
    for item in dataset.evidence:
        assert 0 <= item.start < item.end <= len(texts[item.article_id])
        assert texts[item.article_id][item.start : item.end] == item.quote


@given(partial_dates())
def test_partial_dates_are_accepted(value: str) -> None:
    Meeting(
        provenance="automatic",
        id="mtg-1",
        date=value,
        date_precision={4: "year", 7: "month", 10: "day"}[len(value)],
        mode="visit",
        status="held",
        articles=["art-1"],
    )


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13", "2023-02-29", "2025-00", "25-01-01", "2025-1-01"])
def test_impossible_or_malformed_dates_are_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        Meeting(
            provenance="automatic",
            id="mtg-1",
            date=value,
            date_precision="day",
            mode="visit",
            status="held",
            articles=["art-1"],
        )


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (" Haftar", "untrimmed"),
        ("Ha\u0000ftar", "control_character"),
        ("e\u0301", "not_nfc"),
        ("=HYPERLINK()", "formula_like"),
        ("@SUM", "formula_like"),
        ("Ha\nftar", "control_character"),
    ],
)
def test_text_rules_have_stable_codes(value: str, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        Person(provenance="automatic", id="per-1", name=value)
    assert error.value.errors()[0]["type"] == code


def test_models_are_strict_and_immutable() -> None:
    text = "Titre\n\nCorps"
    article = Article(
        id="art-1", title="Titre", language="fr", checksum=text_checksum(text), source_file="a.txt", text=text
    )
    with pytest.raises(ValidationError):
        article.title = "Autre"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Article.model_validate({**article.model_dump(), "surprise": 1})
    with pytest.raises(ValidationError):
        Article.model_validate({**article.model_dump(), "checksum": "0" * 64})


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_every_field_has_a_description(model: type) -> None:
    schema = model.model_json_schema()  # type: ignore[attr-defined]
    for definition in [schema, *schema.get("$defs", {}).values()]:
        for name, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{definition['title']}.{name} has no description"


@given(st.sampled_from(["2026-04", "2026-05-01", "2027"]), st.sampled_from(["2026-03", "2025"]))
def test_exercise_start_after_end_is_rejected(start: str, end: str) -> None:
    from engagements.models import Exercise

    with pytest.raises(ValidationError) as error:
        Exercise(
            provenance="automatic",
            id="exe-1",
            name="Flintlock",
            start=start,
            end=end,
            status="planned",
            articles=["art-1"],
        )
    assert error.value.errors()[0]["type"] == "date_order"


def test_generated_json_schema_is_itself_valid() -> None:
    for model in ALL_MODELS:
        jsonschema.Draft202012Validator.check_schema(model.model_json_schema())
    assert json.dumps(Dataset.model_json_schema())


def test_records_of_one_kind_share_their_fields_set_and_copies_keep_theirs_apart() -> None:
    """Memory: records share `model_fields_set` (see `StrictModel`); meaning: none changes another's."""
    import pickle

    from engagements.models import Evidence

    def evidence(**extra: object) -> Evidence:
        values = {
            "id": "evi-1",
            "subject_id": "per-a",
            "field": "name",
            "article_id": "art-1",
            "start": 0,
            "end": 3,
            "quote": "Ali",
            "provenance": "automatic",
        }
        return Evidence.model_validate({**values, **extra})

    one, two = evidence(), evidence(id="evi-2")
    assert one.model_fields_set is two.model_fields_set
    assert "correction_id" not in one.model_fields_set
    copied = one.model_copy(update={"correction_id": "rev-1"})
    assert "correction_id" in copied.model_fields_set and "correction_id" not in one.model_fields_set
    assert one.model_dump(exclude_unset=True) == two.model_dump(exclude_unset=True) | {"id": "evi-1"}
    assert copied.model_dump(exclude_unset=True)["correction_id"] == "rev-1"
    restored = pickle.loads(pickle.dumps(one))
    assert restored == one and restored.model_fields_set is one.model_fields_set
    given = evidence(correction_id=None)
    assert given.model_fields_set == one.model_fields_set | {"correction_id"}
    assert given.model_fields_set is not one.model_fields_set


def test_records_share_equal_places_and_participants_and_nothing_else() -> None:
    """Memory: records read apart (from the cache, from a worker) hold one object per equal
    place or participant (see `StrictModel`); meaning: what each record says is unchanged."""
    import pickle

    def meeting(identifier: str, person: str = "per-a", **place: object) -> Meeting:
        return Meeting.model_validate_json(
            json.dumps(
                {
                    "id": identifier,
                    "mode": "in_person",
                    "status": "held",
                    "place": {"name": "Rajma", **place},
                    "participants": [
                        {"person_id": person, "role": "host"},
                        {"person_id": "per-b", "role": "visitor"},
                    ],
                    "articles": ["art-1"],
                    "provenance": "automatic",
                }
            )
        )

    one, two = meeting("mtg-1"), meeting("mtg-2")
    assert one.place is two.place and one.participants[0] is two.participants[0]
    assert one.participants is not two.participants  # lists are each record's own
    assert pickle.loads(pickle.dumps(one)).participants[1] is two.participants[1]
    other = meeting("mtg-3", person="per-c", country="LY")
    assert other.participants[0] is not one.participants[0] and other.place is not one.place
    assert other.participants[1] is one.participants[1]
    given = meeting("mtg-4", country=None)  # equal, but a field given: it dumps otherwise
    assert given.place == one.place and given.place is not one.place
    assert given.model_dump(exclude_unset=True)["place"] == {"name": "Rajma", "country": None}
    assert one.model_dump(exclude_unset=True)["place"] == {"name": "Rajma"}
    ali = {
        "id": "per-a",
        "name": "Ali",
        "roles": [{"role": "chef", "article_id": "art-1"}],
        "provenance": "automatic",
    }
    assert Person.model_validate(ali).roles[0] is not Person.model_validate(ali).roles[0]  # names its article
