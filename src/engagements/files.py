"""Files as untrusted input: links resolved without raising, special files refused unread.

Reading a pull request's files must never raise on what the file system holds (a link loop,
a broken link, a FIFO). Writing is `placing.py`'s: parsing an article reads with this module,
so it is part of the extraction cache key (`pipeline.cache.extraction_sources`), and how output
is put in place must not make an archive's cached extractions stale.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class FileRefused(Exception):
    """A file that is not read: `code` is the issue code (`special_file`, `file_too_large`)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, refusing anything else before reading a byte.

    A FIFO would block the reader for ever and a device (`/dev/zero`) never ends: the file is
    opened without blocking and checked to be a regular file first; its size is checked
    against `limit` before reading, and no more than `limit` bytes are read in any case.
    Raises FileRefused, or OSError when it cannot be opened (missing, a link loop, no access).
    """
    with open_limited(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # grown since it was measured
        raise FileRefused("file_too_large", f"over the limit of {limit} bytes")
    return data


def open_limited(path: Path, limit: int) -> BinaryIO:
    """The regular file at `path`, open for reading, after the checks of `read_limited`; for a
    reader that takes it in pieces (the caller stops at `limit` bytes)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    handle = os.fdopen(descriptor, "rb")
    try:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(
                "special_file", "not a regular file (a FIFO, device or socket); only plain files are read"
            )
        if info.st_size > limit:
            raise FileRefused("file_too_large", f"{info.st_size} bytes, over the limit of {limit} bytes")
    except BaseException:
        handle.close()
        raise
    return handle


def resolved(path: Path) -> Path | None:
    """`path` with every link followed, or None when that fails (a link loop, a name the OS refuses)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: "Symlink loop" before Python 3.13
        return None


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, links followed, lies under `root` (already resolved); False when it cannot tell."""
    target = resolved(path)
    return target is not None and target.is_relative_to(root)
