"""Convert: source files -> parse -> extract -> build -> merge -> write -> validate.

The one place the steps are chained. A file that cannot be read is listed and skipped; the
others still convert. The package is validated before it is moved into place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EngagementsError, SourceError
from .models import Dataset
from .package.validate import validate_package
from .package.write import write_package
from .pipeline.build import ArticleRecords, build_article, merge
from .pipeline.parse import SIDECAR_SUFFIX, parse_file
from .report import Report

Progress = Callable[[int, int, str], None]


@dataclass
class ConvertResult:
    """What a conversion did: counts, the files that failed and why, the package's report."""

    articles: int = 0
    records: int = 0
    failures: list[str] = field(default_factory=list)
    report: Report = field(default_factory=lambda: Report(""))


def source_files(sources: list[Path]) -> list[Path]:
    """Article files named directly or found (`*.txt`, sorted) in named folders."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files += sorted(p for p in source.rglob("*.txt") if not p.name.endswith(SIDECAR_SUFFIX))
        else:
            files.append(source)
    return files


def build_dataset(files: list[Path], progress: Progress | None = None) -> tuple[Dataset, list[str]]:
    parts: list[ArticleRecords] = []
    failures: list[str] = []
    for index, path in enumerate(files, start=1):
        try:
            parts.append(build_article(parse_file(path)))
        except SourceError as error:
            failures.append(str(error))
        if progress:
            progress(index, len(files), path.name)
    return merge(parts), failures


def convert_sources(sources: list[Path], out: Path, progress: Progress | None = None) -> ConvertResult:
    files = source_files(sources)
    if not files:
        raise EngagementsError(f"no article files (*.txt) in {', '.join(map(str, sources))}")
    dataset, failures = build_dataset(files, progress)
    if not dataset.articles:
        raise EngagementsError(
            "no article could be converted, nothing was written:\n  " + "\n  ".join(failures)
        )
    write_package(dataset, out, check=validate_package)
    result = ConvertResult(len(dataset.articles), failures=failures, report=validate_package(out))
    result.records = sum(len(getattr(dataset, name)) for name in type(dataset).model_fields)
    return result


def extract_view(path: Path) -> dict[str, Any]:
    """One article's extraction in the evaluation corpus's shape: a view of the built models."""
    dataset, failures = build_dataset([path])
    if failures:
        raise SourceError(str(path), failures[0])
    article = dataset.articles[0]
    mentions: dict[str, list[str]] = {}
    for item in dataset.evidence:
        mentions.setdefault(item.subject_id, [])
        if item.quote not in mentions[item.subject_id]:
            mentions[item.subject_id].append(item.quote)
    names = {o.id: o.name for o in dataset.organisations}
    return {
        "id": path.stem,
        "language": article.language,
        "article": {
            "title": article.title,
            "publisher": article.publisher,
            "dateline": article.dateline,
            "published": article.published,
        },
        "persons": [],
        "organisations": [
            {
                "name": o.name,
                "acronym": o.acronym,
                "mentions": mentions.get(o.id, []),
                "kind": o.kind,
                "country": o.country,
                "parent": names.get(o.parent_id or ""),
            }
            for o in dataset.organisations
        ],
        "meetings": [],
        "exercises": [],
    }
