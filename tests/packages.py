"""Helpers to write a package and then break one thing in it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from engagements.models import (
    Article,
    Dataset,
    Evidence,
    Exercise,
    ExternalEvidence,
    Judgement,
    Meeting,
    Organisation,
    Participant,
    Person,
    Redirect,
    Review,
    Role,
    text_checksum,
)
from engagements.package.write import write_package
from engagements.report import Report


def write(dataset: Dataset, root: Path) -> Path:
    out = root / "pkg"
    write_package(dataset, out)
    return out


def set_cells(package: Path, table: str, row: int, values: dict[str, str]) -> None:
    """Overwrite cells of data row `row` (header = row 1) of a table's CSV."""
    path = package / "data" / f"{table}.csv"
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    header = records[0]
    for name, value in values.items():
        records[row - 1][header.index(name)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(records)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def found(report: Report) -> set[tuple[str, int | None, str | None, str]]:
    """What a report found, without the prose: (file, row, field, code)."""
    return {(i.location.file, i.location.row, i.location.field, i.code) for i in report.issues}


SAMPLE_TEXT = "Le maréchal reçoit le général\n\nRajma, près de Benghazi"


def sample_dataset() -> Dataset:
    """A small valid dataset with at least one row in every table."""
    article = Article(
        id="art-1",
        title="Le maréchal reçoit le général",
        language="fr",
        checksum=text_checksum(SAMPLE_TEXT),
        source_file="a.txt",
        text=SAMPLE_TEXT,
    )
    return Dataset(
        articles=[article],
        persons=[
            Person(
                provenance="automatic",
                id="per-1",
                name="Khalifa Haftar",
                titles=["maréchal"],
                roles=[Role(role="chef", organisation_id="org-1", article_id="art-1")],
            ),
            Person(provenance="automatic", id="per-2", name="Dagvin Anderson"),
        ],
        organisations=[
            Organisation(
                provenance="automatic",
                id="org-1",
                name="Armée nationale libyenne",
                acronym="ANL",
                kind="military",
            ),
            Organisation(
                provenance="automatic", id="org-2", name="Service de presse", kind="media", parent_id="org-1"
            ),
        ],
        meetings=[
            Meeting(
                provenance="automatic",
                id="mtg-1",
                mode="visit",
                status="held",
                articles=["art-1"],
                participants=[Participant(person_id="per-1", role="host")],
            )
        ],
        exercises=[
            Exercise(
                provenance="automatic", id="exe-1", name="Flintlock", status="planned", articles=["art-1"]
            )
        ],
        evidence=[
            Evidence(
                provenance="automatic",
                id="evi-1",
                subject_id="per-1",
                field="titles",
                article_id="art-1",
                start=3,
                end=11,
                quote="maréchal",
            )
        ],
        reviews=[
            Review(id="cor-1", action="fix", subject_id="mtg-1", author="tester", reason="dated elsewhere")
        ],
        external_evidence=[
            ExternalEvidence(
                id="ext-1",
                subject_id="mtg-1",
                field="date",
                url="https://example.org/report",
                quote="met on Tuesday 2 December",
                accessed="2026-12-01",
                correction_id="cor-1",
            )
        ],
        judgements=[
            Judgement(
                provenance="automatic",
                id="jdg-1",
                left_id="per-1",
                right_id="per-9",
                judgement="positive",
                rule="name_variant",
                score=0.85,
                reason="Khalifa Haftar / Khalifa Hafter: spelling",
                subject_id="per-1",
            )
        ],
        redirects=[
            Redirect(provenance="automatic", id="per-8", target_id="per-1"),
            Redirect(provenance="automatic", id="per-9", target_id="per-1"),
        ],
    )
