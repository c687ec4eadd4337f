"""Output put in place in one step: a file written atomically, a folder swapped in, what a killed
writer left recovered; and the C library's calls that this needs.

Writing must never leave a half-written file (a temporary file, then a rename) nor, for a
folder, a moment without one (`swap_in`, `recover`). Apart from `files.py` (reading), which the
extraction cache key covers: this module can change without making cached extractions stale.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any


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
        os.chmod(temporary, 0o644)  # as a plain write would leave it, not the temporary file's 0600
        os.replace(temporary, path)
    except BaseException:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise


AT_FDCWD = -100
RENAME_EXCHANGE = 2


def c_function(name: str) -> Any | None:
    """The function `name` of the C library this process runs on (Linux), or None where there is
    no such call (another system, another C library)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL(None, use_errno=True), name)
    except (OSError, AttributeError):
        return None


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux `renameat2(RENAME_EXCHANGE)`); False where the system
    or the file system cannot, having changed nothing."""
    renameat2 = c_function("renameat2")
    if renameat2 is None:
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(second))


def swap_in(folder: Path, target: Path) -> None:
    """Put `folder` where `target` is, so that `target` always holds a complete folder.

    Where the system can exchange two paths, it does: `target` is never missing. Elsewhere the old
    folder is first moved aside (`.NAME.old-*`), and a process killed between the two renames
    leaves no `target`: `recover` puts the old folder back at the next run.
    """
    if not target.exists():
        os.replace(folder, target)
    elif exchange(folder, target):
        shutil.rmtree(folder)  # it now holds the old package
    else:
        aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, aside / "package")
        os.replace(folder, target)
        shutil.rmtree(aside)


def recover(target: Path) -> None:
    """Undo what an interrupted `swap_in` (or a write before it) left beside `target`: the old
    folder goes back in place if `target` is missing, and temporary folders are removed.
    Only one writer may work on a target at a time: another's temporary folder would go too."""
    parent = target.parent
    if not parent.is_dir():
        return
    asides = sorted(parent.glob(f".{target.name}.old-*/package"), key=lambda p: p.stat().st_mtime)
    if not os.path.lexists(target) and asides:
        os.replace(asides[-1], target)
    for leftover in [*parent.glob(f".{target.name}.tmp-*"), *parent.glob(f".{target.name}.old-*")]:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover)
