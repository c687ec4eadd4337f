"""Where the extraction cache lives; apart from the cache, so choosing the folder loads no extractor."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "ENGAGEMENTS_CACHE"


def default_dir() -> Path:
    """`$ENGAGEMENTS_CACHE`, else the user cache folder (`~/.cache/engagements`)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "engagements"
