"""What a test process still holds: for tests that a conversion lets its articles go."""

from __future__ import annotations

import gc

from engagements.pipeline.parse import ParsedArticle


def parsed_articles() -> int:
    """How many parsed articles are alive in this process (after a collection)."""
    gc.collect()
    return sum(isinstance(o, ParsedArticle) for o in gc.get_objects())
