"""A small repository checkout to break: two articles, one correction, the package built from them."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from engagements.convert import convert_sources
from engagements.models import Dataset
from engagements.submission.layout import Layout

GOLDEN = Path(__file__).resolve().parent / "golden"


@dataclass(frozen=True)
class Repo:
    """A checkout and what the tests need to write corrections against it."""

    root: Path
    cache: Path
    dataset: Dataset

    @property
    def sources(self) -> Path:
        return Layout(self.root).sources

    @property
    def corrections(self) -> Path:
        return Layout(self.root).corrections

    @property
    def package(self) -> Path:
        return Layout(self.root).package

    def edit_a_cell(self) -> None:
        """Flip the provenance of the first person in the committed CSV, as a hand edit would."""
        path = self.package / "data" / "persons.csv"
        header, first, rest = path.read_text(encoding="utf-8").split("\n", 2)
        old, new = ("automatic", "reviewed") if "automatic" in first else ("reviewed", "automatic")
        path.write_text(f"{header}\n{first.replace(old, new, 1)}\n{rest}", encoding="utf-8", newline="")

    def copy(self, to: Path) -> Repo:
        shutil.copytree(self.root, to, symlinks=True)
        return Repo(to, self.cache, self.dataset)

    def person_span(self) -> tuple[str, dict[str, Any]]:
        """A person of the meeting article and the evidence span of its name."""
        evidence = next(
            e for e in self.dataset.evidence if e.subject_id.startswith("per-") and e.field == "name"
        )
        return evidence.subject_id, {
            "article_id": evidence.article_id,
            "start": evidence.start,
            "end": evidence.end,
            "quote": evidence.quote,
        }

    def write_corrections(self, name: str, corrections: list[dict[str, Any]]) -> Path:
        path = self.corrections / name
        path.write_text(yaml.safe_dump({"corrections": corrections}, allow_unicode=True), encoding="utf-8")
        return path


def base_correction(repo: Repo, **changes: Any) -> dict[str, Any]:
    """A valid correction: the country of a person, supported by the span of its name."""
    person, span = repo.person_span()
    return {
        "id": "cor-country",
        "action": "fix",
        "target": person,
        "author": "tester",
        "reason": "the text says so",
        "values": {"country": "MR"},
        "evidence": [span],
        **changes,
    }


def build_repo(root: Path, cache: Path) -> Repo:
    """Sources from two invented articles, one correction, and the package convert builds."""
    layout = Layout(root)
    sources = layout.sources
    sources.mkdir(parents=True)
    layout.corrections.mkdir()
    shutil.copy(GOLDEN / "invented-mauritania.txt", sources / "mauritania.txt")
    shutil.copy(GOLDEN / "invented-ghana.txt", sources / "ghana.txt")
    (sources / "ghana.meta.json").write_text(
        json.dumps({"url": "https://example.org/ghana", "published": "2023-10-03"}), encoding="utf-8"
    )
    first = convert_sources([sources], layout.package, cache_dir=cache)
    package_json = layout.package / "engagements.json"
    repo = Repo(root, cache, Dataset.model_validate_json(package_json.read_text(encoding="utf-8")))
    assert first.report.valid
    repo.write_corrections("base.yaml", [base_correction(repo)])
    result = convert_sources([sources], repo.package, corrections=repo.corrections, cache_dir=cache)
    assert result.report.valid and not result.stale
    return repo


def snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` with a digest of its bytes (links by their target)."""
    state = {}
    for path in sorted(root.rglob("*")):
        key = path.relative_to(root).as_posix()
        if path.is_symlink():
            state[key] = "link:" + str(path.readlink())
        elif path.is_file():
            state[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            state[key] = "dir"
    return state
