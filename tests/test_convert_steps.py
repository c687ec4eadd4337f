"""A conversion tells each step as it starts (first, how many articles the cache spares), and
holds no more than it needs: the models released after extraction, the workers forked frozen."""

from __future__ import annotations

import gc
import multiprocessing.pool
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from engagements.convert import _extracted, convert_sources, parse_sources, source_files, stage_conversion


def test_the_steps_are_told_in_order_with_what_the_cache_holds(two_articles: Path, tmp_path: Path) -> None:
    told: list[list[str]] = []
    for run in ("cold", "warm"):
        steps: list[str] = []
        result = convert_sources(
            [two_articles], tmp_path / run, cache_dir=tmp_path / "cache", tell=steps.append
        )
        assert result.report.valid
        told.append(steps)
    extracting = [
        "2 articles: 0 in the extraction cache, 2 to extract",
        "2 articles: 2 in the extraction cache, 0 to extract",
    ]
    for steps, first in zip(told, extracting, strict=True):
        assert steps[:2] == ["reading 2 source files", first]
        assert re.fullmatch(
            r"resolving across articles: \d+ meeting reports?, \d+ exercise reports?", steps[2]
        )
        assert steps[3:] == ["writing the package", f"checking the package ({result.records:,} records)"]


def test_the_command_prints_the_steps_from_its_child_and_none_when_quiet(
    two_articles: Path, tmp_path: Path
) -> None:
    def convert(*flags: str) -> str:
        done = subprocess.run(
            [
                str(Path(sys.executable).with_name("engagements")),
                "convert",
                str(two_articles),
                "-o",
                str(tmp_path / "out"),
                "--no-cache",
                *flags,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stderr

    told = [
        line.split("] ", 1)[1] for line in convert().splitlines() if re.match(r"\[\d+:\d\d:\d\d\] ", line)
    ]
    assert told[:2] == ["reading 2 source files", "2 articles: 0 in the extraction cache, 2 to extract"]
    assert told[2].startswith("resolving across articles: ")  # from the child that stages the package
    assert told[3] == "writing the package" and told[4].startswith("checking the package (")
    assert len(told) == 5
    assert convert("-q") == ""


def test_a_process_that_converts_once_releases_the_language_models(
    two_articles: Path, tmp_path: Path
) -> None:
    from engagements.extraction import gazetteer
    from engagements.extraction.nlp import load

    loaded: list[int] = []
    for once in (False, True):
        _, staged = stage_conversion([two_articles], tmp_path / str(once), once=once)  # no cache: extracted
        staged.discard()
        loaded.append(load.cache_info().currsize + gazetteer._geonames.cache_info().currsize)
    assert loaded[0] >= 2 and loaded[1] == 0  # the pipeline(s) and the cities, then none


def test_the_workers_fork_with_the_collector_frozen_and_it_thaws_after(
    two_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen: list[int] = []
    imap = multiprocessing.pool.Pool.imap

    def watched(pool: Any, *args: Any, **kwargs: Any) -> Any:
        frozen.append(gc.get_freeze_count())
        return imap(pool, *args, **kwargs)

    monkeypatch.setattr(multiprocessing.pool.Pool, "imap", watched)
    articles, _ = parse_sources(source_files([two_articles]))
    records = list(_extracted(articles * 9, 2))  # 18 articles: two chunks, two workers
    assert len(records) == 18 and frozen and frozen[0] > 0
    assert gc.get_freeze_count() == 0
