"""What a test process still holds: for tests that a conversion lets its articles go."""

from __future__ import annotations

import gc
from collections.abc import Sequence

from engagements.pipeline.parse import ParsedArticle


def alive_parsed_articles() -> list[ParsedArticle]:
    """The parsed articles alive in this process (after a collection): what earlier tests of a CI
    worker may still hold, some of which a background thread (Dask's scheduler) frees at any time."""
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, ParsedArticle)]


def parsed_articles(besides: Sequence[ParsedArticle] = ()) -> int:
    """How many parsed articles are alive in this process (after a collection), besides those given.

    The caller holds `besides`, so none of them is freed and its id reused: a count of new ones
    does not drop when an earlier test's articles are let go while the measured code runs."""
    earlier = {id(article) for article in besides}
    gc.collect()
    return sum(isinstance(o, ParsedArticle) and id(o) not in earlier for o in gc.get_objects())
