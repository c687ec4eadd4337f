"""Repeats: each article appears once among the sources, by its text and by its URL.

Apart from `parse` because the extraction cache's key covers `parse` (which `build` imports):
this rule decides which sources are converted, not what an article yields, and changing it
must not make a news archive's cached extractions stale.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .parse import ParsedArticle


@dataclass
class SeenArticles:
    """Texts and URLs of the articles read so far, for the rule that each appears once.

    A text is remembered by its SHA-256 digest, not whole: a conversion parses every source
    before it extracts any, and the texts of 100,000 articles (about 400 MiB) stayed in the
    heap that its extraction workers are then forked from."""

    texts: dict[bytes, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)

    def repeat(self, article: ParsedArticle, shown: str) -> tuple[str, str] | None:
        """(code, message) when `article` repeats an earlier one's text or URL; else remembers it."""
        digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).digest()
        if digest in self.texts:
            return "duplicate_text", f"same text as {self.texts[digest]}; remove one"
        if article.url and article.url in self.urls:
            return "duplicate_url", f"same url as {self.urls[article.url]}; remove one"
        self.texts[digest] = shown
        if article.url:
            self.urls[article.url] = shown
        return None
