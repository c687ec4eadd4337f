"""Releases: one versioned, reproducible archive with checksums; metadata with real identifiers."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
import zipfile
from pathlib import Path

import yaml
from click.testing import CliRunner

import engagements
from engagements.cli import main
from engagements.consume.release import build_release, release_version
from engagements.package.schema import DATASET_ID, HOMEPAGE
from packages import sample_dataset, write

ROOT = Path(__file__).resolve().parent.parent.parent


def data_version() -> str:
    descriptor = json.loads(
        (ROOT / "datasets" / "engagements" / "datapackage.json").read_text(encoding="utf-8")
    )
    return str(descriptor["version"])


PLACEHOLDER = re.compile(r"example\.(invalid|com|org)|\.invalid\b|<owner>", re.IGNORECASE)


def test_the_archive_is_complete_checked_and_reproducible(tmp_path: Path) -> None:
    data = engagements.load()
    archive = build_release(data, tmp_path / "a")
    version = release_version(data)  # the dataset's, from its descriptor
    assert version == data_version() and archive.name == f"engagements-{version}.zip"
    assert build_release(data, tmp_path / "b").read_bytes() == archive.read_bytes()
    digest, name = (tmp_path / "a" / f"{archive.name}.sha256").read_text(encoding="utf-8").split()
    assert name == archive.name and digest == hashlib.sha256(archive.read_bytes()).hexdigest()
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(tmp_path / "x")
    folder = tmp_path / "x" / f"engagements-{version}"
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    expected = {"datapackage.json", "engagements.json", "engagements.db", "metadata.json", "report.html"}
    assert expected | {"README.md", "CITATION.cff", "SHA256SUMS"} <= names
    assert {f"data/{t}.csv" for t in data.tables} | {f"parquet/{t}.parquet" for t in data.tables} <= names
    sums = dict(reversed(line.split("  ")) for line in (folder / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == names - {"SHA256SUMS"}
    assert all(hashlib.sha256((folder / n).read_bytes()).hexdigest() == h for n, h in sums.items())
    assert engagements.load(folder).dataset == data.dataset


def test_the_version_is_the_descriptor_s(tmp_path: Path) -> None:
    package = write(sample_dataset(), tmp_path)
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    (package / "datapackage.json").write_text(
        json.dumps(descriptor | {"version": "2026.12.1"}), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["release", str(package), "-o", str(tmp_path / "dist")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "dist" / "engagements-2026.12.1.zip").is_file()
    with zipfile.ZipFile(tmp_path / "dist" / "engagements-2026.12.1.zip") as bundle:
        citation = yaml.safe_load(bundle.read("engagements-2026.12.1/CITATION.cff"))
    assert citation["version"] == "2026.12.1"


def test_metadata_names_real_identifiers_only() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    descriptor = json.loads(
        (ROOT / "datasets" / "engagements" / "datapackage.json").read_text(encoding="utf-8")
    )
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    for text in (pyproject, json.dumps(descriptor), json.dumps(citation)):
        assert not PLACEHOLDER.search(text)
    assert descriptor["id"] == DATASET_ID == citation["identifiers"][0]["value"]
    urls = tomllib.loads(pyproject)["project"].get("urls", {})
    assert descriptor.get("homepage") == HOMEPAGE == urls.get("Homepage")
    assert citation["version"] == descriptor["version"]
    licences = [entry["name"] for entry in descriptor["licenses"]]
    assert licences == ["CC-BY-4.0"] and set(citation["license"]) == {"CC-BY-4.0", "MIT"}
    third_party = {r["name"] for r in descriptor["resources"] if len(r.get("licenses", [])) > 1}
    assert third_party == {"articles", "evidence"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
