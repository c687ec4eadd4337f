"""The sentence around a quote: what a reader needs to judge a fact without opening the article.

Sentences end at `.`, `!`, `?` or `…` followed by a space and a capital, a digit or an opening
quote, and at line breaks: the rule the extractor's sentence splitter uses for news text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_BOUNDARY = re.compile(r"(?<=[.!?…])[ \t]+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+")


class Sentences:
    """The sentence boundaries of one text, found once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
        self.starts = [0] + [end for _, end in spans]
        """Where each sentence starts."""
        self.ends = [start for start, _ in spans] + [len(text)]
        """Where each sentence ends (exclusive)."""

    def around(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the sentence(s) holding the span `start:end`."""
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = min(bisect_left(self.ends, end), len(self.ends) - 1)
        return self.starts[first], max(self.ends[last], end)
