"""Run a piece of work in a child process and get its result back, so its memory goes with it.

Python does not give most of a large computation's memory back to the system: its allocator
keeps an arena (1 MiB) while any object in it lives, and a few long-lived objects among
millions of freed ones keep most arenas. After merging and resolving 19,512 articles a
conversion kept about 200 MiB that way, under the check of the package, which polars makes
with an allocator of its own. A child process returns everything when it ends.

Only where `fork` is the safe default (Linux): the child starts with the parent's modules and
objects, so the work needs no pickling, only its result does. Elsewhere, and where the caller
has threads that a fork would copy half-way (a Dask client), the work runs here.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from .errors import EngagementsError

T = TypeVar("T")


def can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def in_child_process(work: Callable[[], T], undo: Callable[[T], object] | None = None) -> T:
    """`work()`, run in a forked child: its value, or its exception raised here.

    A child that dies without an answer (killed, out of memory) is an `EngagementsError` that
    says so. On Ctrl-C both processes get the interrupt: the parent waits for the child's answer
    (the child cleans up its temporary files first) and raises the interrupt; if the child had
    finished and its value comes all the same, `undo(value)` lets go of what it holds (a
    package written beside the output).
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(work, send), daemon=False)  # it may start a pool
    child.start()
    send.close()
    answer: tuple[str, Any] | None = None
    interrupted: KeyboardInterrupt | None = None
    with receive:
        while True:
            try:
                if answer is None:
                    answer = receive.recv()
                child.join()
                break
            except KeyboardInterrupt as interrupt:
                interrupted = interrupt  # the child has it too: wait for its answer
            except EOFError:
                child.join()
                raise EngagementsError(
                    f"the conversion's process ended without an answer (exit status {child.exitcode}: "
                    "killed, or out of memory?); nothing was replaced"
                ) from None
    kind, value = answer
    if interrupted is not None:
        if kind == "value" and undo is not None:
            undo(value)
        raise interrupted
    if kind == "error":
        raise value
    return value  # type: ignore[no-any-return]


def _answer(work: Callable[[], Any], send: Connection) -> None:
    """In the child: send ("value", result) or ("error", exception), one that the parent can
    rebuild (an exception whose arguments do not rebuild it goes as an `EngagementsError`).
    Once the work is done, a Ctrl-C no longer stops the answer: the parent waits for it."""
    try:
        answer: tuple[str, Any] = ("value", work())
    except BaseException as error:
        if not isinstance(error, EngagementsError | OSError | KeyboardInterrupt):
            traceback.print_exc()  # a bug: its traceback is the child's, shown here
        answer = ("error", error)
        try:
            pickle.loads(pickle.dumps(error))
        except Exception:
            answer = ("error", EngagementsError(str(error)))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    send.send(answer)
    send.close()
