"""Work in a child process (`engagements.process`): its value or its error comes back, whatever
happens to the child; `engagements convert` stages the package there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from engagements import convert
from engagements.cli import main
from engagements.errors import EngagementsError, SourceError
from engagements.process import can_fork, in_child_process, running_beside

pytestmark = pytest.mark.skipif(not can_fork(), reason="the child process is forked on Linux only")
CROSS_ARTICLE = Path(__file__).parent / "cross_article"


def test_the_value_comes_back_from_another_process() -> None:
    assert in_child_process(lambda: (os.getpid(), {"a": [1, 2]})) != (os.getpid(), {"a": [1, 2]})
    pid, value = in_child_process(lambda: (os.getpid(), {"a": [1, 2]}))
    assert pid != os.getpid() and value == {"a": [1, 2]}


def fail_with(error: BaseException) -> None:
    raise error


def test_the_child_s_error_is_raised_here() -> None:
    with pytest.raises(EngagementsError, match=r"^cannot write out: disk full$"):
        in_child_process(lambda: fail_with(EngagementsError("cannot write out: disk full")))


def test_an_error_that_cannot_be_rebuilt_comes_back_as_its_message() -> None:
    error = SourceError("a.txt", "not UTF-8")  # its arguments are not those of its constructor
    with pytest.raises(EngagementsError, match=r"^a\.txt: not UTF-8$"):
        in_child_process(lambda: fail_with(error))


def test_a_bug_in_the_child_is_raised_with_the_child_s_traceback_shown(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(ZeroDivisionError):
        in_child_process(lambda: 1 // 0)
    assert "Traceback" in capfd.readouterr().err


def test_a_child_that_dies_without_an_answer_is_a_clear_error() -> None:
    with pytest.raises(EngagementsError, match=r"exit status 7.*nothing was replaced"):
        in_child_process(lambda: os._exit(7))


def test_a_value_that_cannot_be_sent_back_is_undone_in_the_child_and_said(tmp_path: Path) -> None:
    undone = tmp_path / "undone"
    with pytest.raises(EngagementsError, match="cannot be sent back"):
        in_child_process(threading.Lock, undo=lambda _: undone.write_text("yes"))
    assert undone.read_text() == "yes"


def test_a_child_that_ends_on_the_interrupt_without_answering_is_an_interrupt_here() -> None:
    def interrupted_and_gone() -> None:
        os.kill(os.getppid(), signal.SIGINT)
        time.sleep(0.2)
        os._exit(130)

    with pytest.raises(KeyboardInterrupt):
        in_child_process(interrupted_and_gone)


def interrupt_the_parent_then(value: str, delay: float) -> str:
    os.kill(os.getppid(), signal.SIGINT)  # as Ctrl-C does, but the child has finished already
    time.sleep(delay)
    return value


def test_an_interrupt_waits_for_the_child_and_undoes_a_value_that_comes_all_the_same() -> None:
    undone: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        in_child_process(lambda: interrupt_the_parent_then("written", 0.3), undo=undone.append)
    assert undone == ["written"]


def test_an_interrupted_child_s_interrupt_is_raised_here() -> None:
    def interrupted() -> None:
        os.kill(os.getppid(), signal.SIGINT)
        raise KeyboardInterrupt

    undone: list[object] = []
    with pytest.raises(KeyboardInterrupt):
        in_child_process(interrupted, undo=undone.append)
    assert undone == []


PARENT = """
import os, sys, time
from engagements.process import in_child_process
def work():
    open(sys.argv[1], "w").write(str(os.getpid()))
    time.sleep(60)
in_child_process(work)
"""


def test_a_child_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    """`timeout` or an out-of-memory kill ends the parent only: its child must not work on."""
    pid_file = tmp_path / "child"
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(pid_file)])
    try:
        for _ in range(1200):  # the parent imports the package first: seconds on a busy CI machine
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.05)
        child = int(pid_file.read_text())
    finally:
        parent.kill()
        parent.wait()
    for _ in range(100):
        if not Path(f"/proc/{child}").exists() or "Z" in _state(child):
            break
        time.sleep(0.05)
    assert not Path(f"/proc/{child}").exists() or "Z" in _state(child)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_convert_stages_in_a_child_and_checks_here_with_the_same_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_articles: Path
) -> None:
    sources = two_articles
    pids = tmp_path / "pids"
    real_stage, real_finish = convert.stage_conversion, convert.finish_conversion

    def stage_conversion(*args, **kwargs):  # type: ignore[no-untyped-def]
        with pids.open("a") as handle:
            handle.write(f"stage {os.getpid()}\n")
        return real_stage(*args, **kwargs)

    def finish_conversion(*args, **kwargs):  # type: ignore[no-untyped-def]
        with pids.open("a") as handle:
            handle.write(f"finish {os.getpid()}\n")
        return real_finish(*args, **kwargs)

    monkeypatch.setattr(convert, "stage_conversion", stage_conversion)
    monkeypatch.setattr(convert, "finish_conversion", finish_conversion)
    apart = CliRunner().invoke(
        main, ["convert", str(sources), "-o", str(tmp_path / "apart"), "-q", "--no-cache"]
    )
    assert apart.exit_code == 0, apart.output
    stage, finish = pids.read_text().split()[1::2]
    assert finish == str(os.getpid()) and stage != finish

    monkeypatch.setattr("engagements.process.can_fork", lambda: False)
    here = CliRunner().invoke(
        main, ["convert", str(sources), "-o", str(tmp_path / "here"), "-q", "--no-cache"]
    )
    assert here.exit_code == 0, here.output
    assert here.output == apart.output.replace("apart", "here")
    files = sorted(p.relative_to(tmp_path / "here") for p in (tmp_path / "here").rglob("*") if p.is_file())
    assert files and all(
        (tmp_path / "here" / f).read_bytes() == (tmp_path / "apart" / f).read_bytes() for f in files
    )


def test_convert_reports_an_error_of_the_child_and_replaces_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    source = CROSS_ARTICLE / "dev-001.txt"
    assert (
        CliRunner().invoke(main, ["convert", str(source), "-o", str(out), "-q", "--no-cache"]).exit_code == 0
    )
    before = (out / "datapackage.json").read_bytes()

    def full_disk(*_: object, **__: object) -> None:
        raise EngagementsError("cannot keep the evidence: database or disk is full; nothing was replaced")

    monkeypatch.setattr("engagements.package.write.stage_package", full_disk)
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(out), "-q", "--no-cache"])
    assert result.exit_code == 2
    assert "database or disk is full" in result.output and "Traceback" not in result.output
    assert (out / "datapackage.json").read_bytes() == before


def test_work_beside_runs_while_the_caller_goes_on_and_its_value_comes_back(tmp_path: Path) -> None:
    started = tmp_path / "started"

    def work() -> int:
        started.write_text("")
        return os.getpid()

    with running_beside(work) as child:
        for _ in range(200):  # the child runs without being waited for
            if started.exists():
                break
            time.sleep(0.05)
        assert started.exists()
        assert child() != os.getpid()


def test_work_beside_raises_its_error_here_and_a_dead_child_is_a_clear_error() -> None:
    failing = running_beside(lambda: fail_with(EngagementsError("cannot read old.json")))
    with failing as child, pytest.raises(EngagementsError, match=r"^cannot read old\.json$"):
        child()
    with running_beside(lambda: os._exit(9)) as dead, pytest.raises(EngagementsError, match=r"status 9"):
        dead()


def test_leaving_the_block_ends_work_beside_that_is_not_done(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"

    def forever() -> None:
        pid_file.write_text(str(os.getpid()))
        time.sleep(600)

    with pytest.raises(ZeroDivisionError), running_beside(forever):
        while not pid_file.exists() or not pid_file.read_text():
            time.sleep(0.05)
        fail_with(ZeroDivisionError())  # the caller fails: it no longer waits for the child
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)
