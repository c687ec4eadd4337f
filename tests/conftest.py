"""Hypothesis profiles (`ci`: CI=true or HYPOTHESIS_PROFILE=ci: small, derandomised) and shared fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from submission_repo import Repo, build_repo

# CLI runs in tests must not fill the user's cache folder, nor leave one behind in the system's.
os.environ["ENGAGEMENTS_CACHE"] = tempfile.mkdtemp(prefix="engagements-test-cache-")
atexit.register(shutil.rmtree, os.environ["ENGAGEMENTS_CACHE"], ignore_errors=True)

settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci", max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def base(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    """A valid checkout (two articles, one correction, its package), built once per test process."""
    root = tmp_path_factory.mktemp("base")
    return build_repo(root / "repo", root / "cache")


@pytest.fixture
def repo(base: Repo, tmp_path: Path) -> Repo:
    """A copy of the valid checkout to break."""
    return base.copy(tmp_path / "repo")


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    """A sources folder with two articles that report one meeting (`cross_article/dev-00[12]`)."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("dev-001.txt", "dev-002.txt"):
        shutil.copy(Path(__file__).parent / "cross_article" / name, sources / name)
    return sources
