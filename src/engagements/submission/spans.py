"""Find the evidence spans of a quote in a source article, ready to paste into a correction.

Offsets count code points in the article's *normalised* text (what `parse` makes of the file),
not in the file's bytes, so they are hard to count by hand; this does it.
"""

from __future__ import annotations

from pathlib import Path

from ..models import text_checksum
from ..models.correction import CorrectionSpan
from ..pipeline.parse import normalise, parse_file
from ..pipeline.resolve import article_id


def find_spans(source: Path, quote: str, field: str | None = None) -> list[CorrectionSpan]:
    """Every occurrence of `quote` in the article at `source`, as correction spans."""
    article = parse_file(source)
    identifier = article_id(text_checksum(article.text))
    wanted = normalise(quote).strip()
    spans = []
    start = article.text.find(wanted) if wanted else -1
    while start >= 0:
        end = start + len(wanted)
        spans.append(CorrectionSpan(article_id=identifier, start=start, end=end, quote=wanted, field=field))
        start = article.text.find(wanted, start + 1)
    return spans
