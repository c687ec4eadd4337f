"""Run a piece of work in a child process and get its result back, so its memory goes with it.

Python does not give most of a large computation's memory back to the system: its allocator
keeps an arena (1 MiB) while any object in it lives, and a few long-lived objects among
millions of freed ones keep most arenas. After merging and resolving 19,512 articles a
conversion kept about 200 MiB that way, under the check of the package, which polars makes
with an allocator of its own. A child process returns everything when it ends.

Only on Linux, where `fork` is available and usual: the child starts with the parent's modules
and objects, so the work needs no pickling, only its result does. Elsewhere, and where the
caller has threads that a fork would copy half-way (the caller decides), the work runs here:
`convert --dask` forks before any Dask thread exists, and starts its client (and `local[N]`'s
cluster) in the child; from a process that has threads already, it stages there.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from .errors import EngagementsError
from .placing import c_function

T = TypeVar("T")


def can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def can_fork_alone() -> bool:
    """`can_fork`, and this process has no thread but the main one: a fork copies other
    threads half-way (a Dask client's, a held lock), so work that starts threads of its own in
    the child, or runs beside the caller, forks only then."""
    return can_fork() and threading.active_count() == 1


def in_child_process(work: Callable[[], T], undo: Callable[[T], object] | None = None) -> T:
    """`work()`, run in a forked child: its value, or its exception raised here.

    A child that dies without an answer (killed, out of memory) is an `EngagementsError` that
    says so, and so is a value that cannot be sent back (undone in the child); a parent that
    dies takes the child with it. On Ctrl-C both processes get the
    interrupt: the parent notes it and waits for the child's answer (the child cleans up its
    temporary files first), then raises it; if the child had finished and its value comes all
    the same, `undo(value)` lets go of what it holds (a package written beside the output).
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    with receive, _noting_interrupts() as interrupted:
        child = context.Process(  # not a daemon: it may start a pool of its own
            target=_answer, args=(work, send, os.getpid(), interrupted, undo), daemon=False
        )
        try:
            child.start()
        finally:
            send.close()
        try:
            kind, value = receive.recv()
        except EOFError:
            child.join()
            if interrupted:
                raise KeyboardInterrupt from None
            raise EngagementsError(
                f"the conversion's process ended without an answer (exit status {child.exitcode}: "
                "killed, or out of memory?); nothing was replaced"
            ) from None
        finally:
            child.join()
    if interrupted:
        if kind == "value" and undo is not None:
            undo(value)
        raise KeyboardInterrupt
    if kind == "error":
        raise value
    return value  # type: ignore[no-any-return]


@contextmanager
def running_beside(work: Callable[[], T]) -> Iterator[Callable[[], T]]:
    """`work()` started in a forked child while the caller goes on: gives a function that waits
    for its value (or raises its exception here). Leaving the block ends the child, done or not
    (the caller failed, or was interrupted, and no longer wants the value).

    A child that dies without an answer is an `EngagementsError` that says so, when waited for:
    the pipe closes, where `multiprocessing.Pool` waits forever for a worker that died."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(work, send, os.getpid(), [], None), daemon=True)
    try:
        child.start()
    except OSError as error:  # no process to be had (out of memory, a limit of processes)
        receive.close()
        raise EngagementsError(f"cannot start a helper process: {error}") from None
    finally:
        send.close()

    def result() -> T:
        try:
            kind, value = receive.recv()
        except EOFError:
            child.join()
            raise EngagementsError(
                f"a helper process ended without an answer (exit status {child.exitcode}: "
                "killed, or out of memory?)"
            ) from None
        if kind == "error":
            raise value
        return value  # type: ignore[no-any-return]

    try:
        yield result
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()


@contextmanager
def _noting_interrupts() -> Iterator[list[bool]]:
    """Ctrl-C noted (a true item in the list), not raised, while the parent waits: raised
    half-way, it could lose the child's answer just read. Outside the main thread, where a
    handler cannot be set, interrupts are raised as usual."""
    noted: list[bool] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda *_: noted.append(True))
    except ValueError:
        yield noted
        return
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)


def _answer(
    work: Callable[[], Any],
    send: Connection,
    parent: int,
    noted: list[bool],
    undo: Callable[[Any], object] | None,
) -> None:
    """In the child: send ("value", result) or ("error", exception), one that the parent can
    rebuild (an exception whose arguments do not rebuild it goes as an `EngagementsError`).

    A Ctrl-C that came between the fork and here (noted by the copy of the parent's handler)
    stops the work before it starts. Once the work is done or has failed, a Ctrl-C no longer
    stops the answer: the parent waits for it. A value that cannot be sent is undone here."""
    signal.signal(signal.SIGINT, signal.default_int_handler)  # the parent's noting handler was copied
    _end_with(parent)
    try:
        if noted:
            raise KeyboardInterrupt
        value = work()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        answer: tuple[str, Any] = ("value", value)
    except BaseException as error:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if not isinstance(error, EngagementsError | OSError | KeyboardInterrupt):
            traceback.print_exc()  # a bug: its traceback is the child's, shown here
        answer = ("error", error)
    try:
        payload = pickle.dumps(answer)
        pickle.loads(payload)  # an exception whose arguments do not rebuild it fails here
    except Exception as problem:
        if answer[0] == "value" and undo is not None:
            undo(answer[1])
        message = str(answer[1]) if answer[0] == "error" else f"its result cannot be sent back: {problem}"
        payload = pickle.dumps(("error", EngagementsError(message)))
    send.send_bytes(payload)
    send.close()


def _end_with(parent: int) -> None:
    """Be terminated when the parent dies (killed by `timeout`, say), not work on for nobody."""
    prctl = c_function("prctl")
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it died before the request
        os._exit(1)


PR_SET_PDEATHSIG = 1
"""Linux's `prctl` option: the signal a process gets when its parent dies."""
