"""Building records never raises, whatever the text: values the models refuse are trimmed,
dropped or, at worst, cost the article its extracted facts, with a warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import engagements.pipeline.build as build
from engagements.convert import build_dataset
from engagements.extraction.nlp import pipeline
from engagements.models import Person
from engagements.pipeline.parse import parse_file

MEETING = (
    "Le ministre sénégalais de la Défense, Omar Talbi, a reçu mardi à Dakar le général Henrik Sande. "
    "Les entretiens ont porté sur {topic}.\n"
)


def _article(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Visite à Dakar\n\n" + body, encoding="utf-8")
    return path


def test_a_topic_starting_like_a_formula_loses_the_sign(tmp_path: Path) -> None:
    parsed = parse_file(_article(tmp_path, MEETING.format(topic="-la coopération militaire")))
    dataset, warnings = build_dataset([parsed])
    [meeting] = dataset.meetings
    assert meeting.topics == ["la coopération militaire"] and not warnings
    [cited] = [e for e in dataset.evidence if e.field == "topics[la-cooperation-militaire]"]
    assert cited.quote == "la coopération militaire" == parsed.text[cited.start : cited.end]


def test_an_article_over_the_extraction_limit_is_analysed_up_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, an article over spaCy's max_length (but under the 2 MB source limit) raised."""
    monkeypatch.setattr(build, "MAX_EXTRACTED_CHARS", 400)
    monkeypatch.setattr(pipeline(), "max_length", 600)  # spaCy refuses longer texts (E088)
    parsed = parse_file(_article(tmp_path, MEETING.format(topic="la sécurité") * 8))
    assert len(parsed.text) > 600
    dataset, warnings = build_dataset([parsed])
    analysed = len(build.extraction_text(parsed))
    assert analysed <= 400 and parsed.text[analysed] == "\n"  # cut at a line break
    assert any("only the first" in w for w in warnings)
    assert dataset.meetings and all(e.end <= analysed for e in dataset.evidence if e.field != "title")


def test_a_value_the_models_refuse_costs_the_facts_not_the_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(records: Any, *_: Any) -> None:
        records.persons.append(Person(provenance="automatic", id="per-x", name="=HYPERLINK()"))

    monkeypatch.setattr(build, "_build", refused)
    parsed = parse_file(_article(tmp_path, MEETING.format(topic="la sécurité")))
    dataset, warnings = build_dataset([parsed])
    assert [a.source_file for a in dataset.articles] == ["a.txt"] and not dataset.persons
    assert any("only the article metadata was kept" in w for w in warnings)
