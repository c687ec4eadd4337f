"""The `sources` a package's descriptor credits: its publishers, not its articles.

`datapackage.json` is read whole by every tool that opens the package, and the validator refuses
one over `descriptor.MAX_DESCRIPTOR_BYTES`. One entry per article made it grow with the corpus
(about 100 bytes each: a 100,000-article archive wrote a descriptor the validator refused), and
repeated what `articles.csv` already holds. So the descriptor names each publisher once (the
article's `publisher`, else the host of its URL), the largest first up to `MAX_PUBLISHERS`, and
points to the articles table for the rest: its size no longer depends on the number of articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..models import Article
from .tables import table_by_name

MAX_PUBLISHERS = 500
"""Publishers named at most: under 4 MB of descriptor at the longest names, about 20 KB at real ones."""
WITHOUT_PUBLISHER = "without a publisher or URL"


def publisher_of(article: Article) -> str | None:
    """Who published `article`: its `publisher`, else its URL's host without `www.`, else None."""
    if article.publisher:
        return article.publisher
    if article.url:
        host = (urlsplit(article.url).hostname or "").removeprefix("www.")
        return host or None
    return None


def credited_sources(articles: Iterable[Article]) -> list[dict[str, str]]:
    """The descriptor's `sources`: each publisher once, then the articles table, which lists all.

    Publishers are ordered by number of articles (most first), then by name, so the same
    articles give the same list whatever their order. No articles, no sources.
    """
    counts: Counter[str] = Counter()
    unknown = 0
    for article in articles:
        name = publisher_of(article)
        if name is None:
            unknown += 1
        else:
            counts[name] += 1
    ranked = sorted(counts, key=lambda name: (-counts[name], name))
    notes = [f"{len(ranked) - MAX_PUBLISHERS} more publishers"] if len(ranked) > MAX_PUBLISHERS else []
    if unknown:
        notes.append(f"{unknown} article{'s' if unknown > 1 else ''} {WITHOUT_PUBLISHER}")
    listing = {
        "title": "; ".join([*notes, "every article's title, publisher and URL"]),
        "path": table_by_name()["articles"].file,
    }
    return [*({"title": name} for name in ranked[:MAX_PUBLISHERS]), listing] if counts or unknown else []
