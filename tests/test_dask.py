"""Conversion on Dask (`convert --dask`): a local cluster of two worker processes, started once,
gives the package the built-in path gives, byte for byte, with the cache read and written on
the workers. CI installs the `dask` extra, so these tests run there."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
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
        tempfile.TemporaryDirectory(prefix="engagements-dask-test-", ignore_cleanup_errors=True) as scratch,
        dask.config.set({**cluster.LOCAL_CONFIG, "temporary-directory": scratch}),  # as `local[N]` runs
        LocalCluster(
            local_directory=scratch,
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


def test_a_local_cluster_leaves_nothing_in_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with cluster.connect("local[1]") as client:
        assert client.submit(sum, [1, 2]).result() == 3
    assert list(tmp_path.iterdir()) == []  # Dask's default `dask-scratch-space` outlived the cluster


def test_a_local_cluster_runs_without_message_logs() -> None:
    with cluster.connect("local[1]") as client:
        workers = client.run(lambda: dask.config.get("distributed.admin.low-level-log-length"))
        streams = client.run_on_scheduler(
            lambda dask_scheduler: [s.recent_message_log.maxlen for s in dask_scheduler.stream_comms.values()]
        )
    assert list(workers.values()) == [0] and streams == [0]


def test_the_command_converts_on_dask(
    scheduler: str, sources: Path, expected: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Here, beside the fixture's Dask client and its threads, the command stages in this process:
    a fork would copy those threads half-way (the command forks only a process without threads)."""
    staged_in: list[int] = []
    real = convert.stage_conversion

    def stage_conversion(*args, **kwargs):  # type: ignore[no-untyped-def]
        staged_in.append(os.getpid())
        return real(*args, **kwargs)

    monkeypatch.setattr(convert, "stage_conversion", stage_conversion)
    assert threading.active_count() > 1  # the fixture's client
    out = tmp_path / "pkg"
    result = CliRunner().invoke(
        main, ["convert", str(sources), "-o", str(out), "--dask", scheduler, "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert staged_in == [os.getpid()]
    assert f"[{len(ARTICLES)}/{len(ARTICLES)}]" in result.output  # progress, as without Dask
    assert files(out) == expected


COMMAND = """
import os, sys, threading, time
from pathlib import Path
from engagements import cluster, convert
from engagements.cli import main

log, pause = Path(sys.argv[1]), sys.argv[2] == "pause"
real_stage, real_finish = convert.stage_conversion, convert.finish_conversion
real_extract = cluster.extract_on_dask

def note(line):
    with log.open("a") as handle:
        handle.write(line + "\\n")

def stage_conversion(*args, **kwargs):
    note(f"stage {os.getpid()}")
    return real_stage(*args, **kwargs)

def finish_conversion(*args, **kwargs):  # the parent: what it holds of Dask when it checks
    note(f"finish {os.getpid()} {'distributed' in sys.modules} {threading.active_count()}")
    return real_finish(*args, **kwargs)

def extract_on_dask(articles, target, cache, progress, chunk):
    def told(done, total, name):  # with `pause`, waits for Ctrl-C once the cluster works
        progress(done, total, name)
        if pause and done == 2:
            note(f"extracting {os.getpid()}")
            time.sleep(600)

    return real_extract(articles, target, cache, told, chunk)

convert.stage_conversion, convert.finish_conversion = stage_conversion, finish_conversion
cluster.extract_on_dask = extract_on_dask
main(sys.argv[3:], prog_name="engagements")
"""
"""`engagements convert` in a fresh process (no thread but the main one, as from a shell), which
notes in a log where it stages and where it checks; with `pause`, it waits after the second
article extracted, for a Ctrl-C."""


def _command(log: Path, pause: bool, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", COMMAND, str(log), "pause" if pause else "go", "convert", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, as a shell's job: Ctrl-C reaches all of it
    )


def _session_left(session: int) -> list[int]:
    """The processes still alive (not zombies) in `session`, after up to a minute for them to end."""
    left: list[int] = []
    for _ in range(600):
        left = []
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # not a process, or one that ended meanwhile
            if int(fields[3]) == session and fields[0] != "Z":
                left.append(int(entry.name))
        if not left:
            break
        time.sleep(0.1)
    return left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child process is forked on Linux only")
def test_the_command_stages_a_dask_conversion_in_a_child_process(
    sources: Path, expected: dict[str, bytes], tmp_path: Path
) -> None:
    """The child starts the client and `local[1]`'s cluster, merges, resolves and writes; the
    parent, which never imported Dask, checks the same package. Nothing is left behind."""
    log, out = tmp_path / "log", tmp_path / "pkg"
    command = _command(log, False, str(sources), "-o", str(out), "--dask", "local[1]", "--no-cache")
    output, _ = command.communicate(timeout=600)
    assert command.returncode == 0, output
    assert "Traceback" not in output
    [stage], [finish] = (
        [line.split()[1:] for line in log.read_text().splitlines() if line.startswith(step)]
        for step in ("stage", "finish")
    )
    assert stage != [str(command.pid)] and finish == [str(command.pid), "False", "1"]
    assert files(out) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log", "pkg"]  # no spill, no staged package
    assert _session_left(command.pid) == []  # the cluster's worker and the child ended


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child process is forked on Linux only")
def test_ctrl_c_stops_a_dask_conversion_in_its_child_and_leaves_nothing(
    sources: Path, tmp_path: Path
) -> None:
    log, out = tmp_path / "log", tmp_path / "pkg"
    command = _command(log, True, str(sources), "-o", str(out), "--dask", "local[1]", "--no-cache")
    try:
        for _ in range(6000):  # starting the cluster and loading the models: a minute on a busy machine
            if "extracting" in (log.read_text() if log.exists() else "") or command.poll() is not None:
                break
            time.sleep(0.1)
        [stage] = [line.split()[1] for line in log.read_text().splitlines() if line.startswith("stage")]
        assert f"extracting {stage}" in log.read_text() and stage != str(command.pid)
        os.killpg(command.pid, signal.SIGINT)  # Ctrl-C: the whole job, Dask's processes too
        output, _ = command.communicate(timeout=300)
    finally:
        if command.poll() is None:
            os.killpg(command.pid, signal.SIGKILL)
            command.wait()
    assert command.returncode == 1 and "Aborted!" in output, output
    assert "finish" not in log.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log"]  # no package, no spill
    assert _session_left(command.pid) == []


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
