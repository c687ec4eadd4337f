"""Conversion on Dask (`convert --dask`): a local cluster of two worker processes, started once,
gives the package the built-in path gives, byte for byte, with the cache read and written on
the workers. CI installs the `dask` extra, so these tests run there."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from alive import alive_parsed_articles, parsed_articles
from engagements import cluster, convert
from engagements.cli import main
from engagements.convert import convert_sources
from engagements.errors import EngagementsError
from engagements.extras import MissingExtra

GOLDEN = Path(__file__).resolve().parent / "golden"
ARTICLES = ("dev-003", "dev-010", "invented-ghana", "seed")


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local cluster of 2 worker processes (1 thread each), shared by the module.

    Both workers load the models now, while this process converts on its own (`expected`): a test
    whose chunk lands on a cold worker would otherwise wait for spaCy to load there.
    """
    with (
        dask.config.set(cluster.LOCAL_CONFIG),  # as `local[N]` runs its cluster
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        loading = [client.submit(cluster.warm, workers=[w], pure=False) for w in client.nthreads()]
        yield local.scheduler_address
        del loading


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "sources"
    folder.mkdir()
    for name in ARTICLES:
        (folder / f"{name}.txt").write_bytes((GOLDEN / f"{name}.txt").read_bytes())
    return folder


@pytest.fixture(scope="module")
def expected(sources: Path) -> dict[str, bytes]:
    """The package of the built-in path (one process, no cache)."""
    out = sources.parent / "builtin"
    result = convert_sources([sources], out, workers=1, cache_dir=None)
    assert result.report.valid and result.articles == len(ARTICLES)
    return files(out)


def test_the_package_built_on_dask_is_byte_identical(
    scheduler: str, sources: Path, expected: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(convert, "CHUNK", 1)  # one task per article: both workers, gathered in order
    seen: list[tuple[int, int, str]] = []
    result = convert_sources(
        [sources],
        tmp_path / "out",
        progress=lambda done, total, name: seen.append((done, total, Path(name).stem)),
        dask=scheduler,
        cache_dir=None,
    )
    assert result.report.valid and result.failures == [] and result.cached == 0
    assert files(tmp_path / "out") == expected
    assert seen == [(i, len(ARTICLES), name) for i, name in enumerate(sorted(ARTICLES), start=1)]


def test_the_workers_fill_and_read_the_cache(
    scheduler: str, sources: Path, expected: dict[str, bytes], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = convert_sources([sources], tmp_path / "first", dask=scheduler, cache_dir=cache)
    assert first.cached == 0 and len(list(cache.rglob("*.json"))) == len(ARTICLES)
    second = convert_sources([sources], tmp_path / "second", dask=scheduler, cache_dir=cache)
    assert second.cached == len(ARTICLES)
    assert files(tmp_path / "first") == files(tmp_path / "second") == expected


def test_the_scheduler_keeps_no_article_once_its_chunk_is_done(
    scheduler: str, sources: Path, tmp_path: Path
) -> None:
    """The fixture's scheduler runs in this process, as `local[N]`'s does in the converting one:
    Dask's message logs kept every chunk it sent, articles included, until the cluster closed."""
    earlier = alive_parsed_articles()  # an earlier test's last chunk may be let go while this runs
    convert_sources([sources], tmp_path / "pkg", dask=scheduler, cache_dir=None)
    for _ in range(100):  # the last chunk is forgotten a moment after it is gathered
        if parsed_articles(besides=earlier) == 0:
            break
        time.sleep(0.1)
    assert parsed_articles(besides=earlier) == 0


def test_a_local_cluster_runs_without_message_logs() -> None:
    with cluster.connect("local[1]") as client:
        workers = client.run(lambda: dask.config.get("distributed.admin.low-level-log-length"))
        streams = client.run_on_scheduler(
            lambda dask_scheduler: [s.recent_message_log.maxlen for s in dask_scheduler.stream_comms.values()]
        )
    assert list(workers.values()) == [0] and streams == [0]


def test_the_command_converts_on_dask(
    scheduler: str, sources: Path, expected: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    result = CliRunner().invoke(
        main, ["convert", str(sources), "-o", str(out), "--dask", scheduler, "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert f"[{len(ARTICLES)}/{len(ARTICLES)}]" in result.output  # progress, as without Dask
    assert files(out) == expected


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--dask", "local[2]", "-j", "2"], "exclusive"),
        (["--dask", "local[0]"], "local[N]"),
        (["--dask", "somewhere"], "tcp://HOST:8786"),
    ],
)
def test_the_command_refuses_bad_dask_options(
    sources: Path, tmp_path: Path, arguments: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, ["convert", str(sources), "-o", str(tmp_path / "pkg"), *arguments])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "pkg").exists()


def test_workers_and_dask_are_exclusive_in_the_library(sources: Path, tmp_path: Path) -> None:
    with pytest.raises(EngagementsError, match="exclusive"):
        convert_sources([sources], tmp_path / "pkg", workers=2, dask="local[2]")


def test_without_the_extra_the_message_names_it(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import engagements.extras

    real = engagements.extras.find_spec
    monkeypatch.setattr(
        engagements.extras, "find_spec", lambda name: None if name == "distributed" else real(name)
    )
    with pytest.raises(MissingExtra, match=r"engagements\[dask\]"):
        convert_sources([sources], tmp_path / "pkg", dask="local[2]")
    result = CliRunner().invoke(
        main, ["convert", str(sources), "-o", str(tmp_path / "pkg"), "--dask", "local[2]"]
    )
    assert result.exit_code == 2 and "pip install 'engagements[dask]'" in result.output
    assert not (tmp_path / "pkg").exists()


def test_an_unreachable_scheduler_is_a_message(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    result = CliRunner().invoke(
        main,
        ["convert", str(sources), "-o", str(tmp_path / "pkg"), "--dask", "tcp://127.0.0.1:9", "--no-cache"],
    )
    assert result.exit_code == 2 and "cannot reach the Dask scheduler" in result.output, result.output
    assert not (tmp_path / "pkg").exists()


def test_a_worker_with_another_extractor_stops_the_conversion(
    scheduler: str, sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import engagements.pipeline.cache

    monkeypatch.setattr(engagements.pipeline.cache, "extractor_version", lambda: "not-the-workers")
    with pytest.raises(EngagementsError, match="another extractor"):
        convert_sources([sources], tmp_path / "pkg", dask=scheduler, cache_dir=None)
    assert not (tmp_path / "pkg").exists()
