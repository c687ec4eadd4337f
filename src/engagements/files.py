"""Files as untrusted input and as output: links resolved without raising, atomic writes.

Reading a pull request's files must never raise on what the file system holds (a link loop,
a broken link); writing must never leave a half-written file (a temporary file, then a rename).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; raises OSError (nothing left behind) when it cannot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise
