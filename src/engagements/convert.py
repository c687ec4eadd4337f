"""Convert: source files -> parse -> extract -> build -> merge -> write -> validate.

The one place the steps are chained. A file that cannot be read is listed and skipped; the
others still convert. The package is validated before it is moved into place.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EngagementsError, SourceError
from .models import Dataset
from .package.validate import validate_package
from .package.write import write_package
from .pipeline import gazetteer
from .pipeline.build import ArticleRecords, build_article, merge
from .pipeline.nlp import SUPPORTED_LANGUAGES, pipeline
from .pipeline.parse import SIDECAR_SUFFIX, ParsedArticle, parse_file
from .report import Report

Progress = Callable[[int, int, str], None]


@dataclass
class ConvertResult:
    """What a conversion did: counts, the files that failed and why, the package's report."""

    articles: int = 0
    records: int = 0
    failures: list[str] = field(default_factory=list)
    report: Report = field(default_factory=lambda: Report(""))
    warnings: list[str] = field(default_factory=list)


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
    """The merged dataset of `files`, and the failures (a reason per unreadable file)."""
    dataset, failures, _ = build_with_warnings(files, progress)
    return dataset, failures


CHUNK = 16
"""Articles per task: large enough for nlp.pipe batching, small enough for steady progress."""
Outcome = tuple[str, ArticleRecords | None, str | None]


def _convert_chunk(paths: list[Path]) -> list[Outcome]:
    """Parse, analyse (one nlp.pipe call) and build a chunk of articles, in file order."""
    parsed: list[ParsedArticle | str] = []
    for path in paths:
        try:
            parsed.append(parse_file(path))
        except SourceError as error:
            parsed.append(str(error))
    french = [a for a in parsed if isinstance(a, ParsedArticle) and a.language in SUPPORTED_LANGUAGES]
    docs = iter(pipeline().pipe([a.text for a in french], batch_size=CHUNK)) if french else iter(())
    outcomes: list[Outcome] = []
    for path, article in zip(paths, parsed, strict=True):
        if isinstance(article, str):
            outcomes.append((path.name, None, article))
            continue
        doc = next(docs) if article.language in SUPPORTED_LANGUAGES else None
        outcomes.append((path.name, build_article(article, doc), None))
    return outcomes


def default_workers(files: int) -> int:
    """One process for small inputs (starting workers costs seconds), every core for large ones."""
    return 1 if files < 4 * CHUNK else max(1, os.cpu_count() or 1)


def _outcomes(files: list[Path], workers: int) -> Iterator[Outcome]:
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from _convert_chunk(chunk)
        return
    pipeline()  # load once here: forked workers share the model and the gazetteer
    gazetteer.cities()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers) as pool:
        for outcomes in pool.imap(_convert_chunk, chunks):
            yield from outcomes


def build_with_warnings(
    files: list[Path], progress: Progress | None = None, workers: int = 1
) -> tuple[Dataset, list[str], list[str]]:
    """The merged dataset, the failures and the warnings; documents are streamed, never all held."""
    failures: list[str] = []
    warnings: list[str] = []

    def parts() -> Iterator[ArticleRecords]:
        for index, (name, part, failure) in enumerate(_outcomes(files, workers), start=1):
            if failure:
                failures.append(failure)
            if part is not None:
                warnings.extend(part.warnings)
                yield part
            if progress:
                progress(index, len(files), name)

    dataset = merge(parts())
    return dataset, failures, warnings


def convert_sources(
    sources: list[Path], out: Path, progress: Progress | None = None, workers: int | None = None
) -> ConvertResult:
    files = source_files(sources)
    if not files:
        raise EngagementsError(f"no article files (*.txt) in {', '.join(map(str, sources))}")
    workers = default_workers(len(files)) if workers is None else workers
    dataset, failures, warnings = build_with_warnings(files, progress, workers)
    if not dataset.articles:
        raise EngagementsError(
            "no article could be converted, nothing was written:\n  " + "\n  ".join(failures)
        )
    write_package(dataset, out, check=validate_package)
    result = ConvertResult(
        len(dataset.articles), failures=failures, report=validate_package(out), warnings=warnings
    )
    result.records = sum(len(getattr(dataset, name)) for name in type(dataset).model_fields)
    return result


def extract_view(path: Path) -> dict[str, Any]:
    """One article's extraction in the evaluation corpus's shape: a view of the built models."""
    dataset, failures, warnings = build_with_warnings([path])
    if failures:
        raise SourceError(str(path), failures[0])
    article = dataset.articles[0]
    orgs = {o.id: o for o in dataset.organisations}
    people = {p.id: p for p in dataset.persons}
    mentions: dict[str, list[str]] = {}
    for item in sorted(dataset.evidence, key=lambda e: e.start):
        if item.field in ("name", "names", "acronym") and item.quote not in mentions.setdefault(
            item.subject_id, []
        ):
            mentions[item.subject_id].append(item.quote)

    first_seen: dict[str, int] = {}  # exercises in the order the article mentions them
    for item in dataset.evidence:
        first_seen[item.subject_id] = min(first_seen.get(item.subject_id, item.start), item.start)

    def org_name(org_id: str | None) -> str | None:
        return orgs[org_id].name if org_id in orgs else None

    view: dict[str, Any] = {
        "id": path.stem,
        "language": article.language,
        "article": {
            "title": article.title,
            "publisher": article.publisher,
            "dateline": article.dateline,
            "published": article.published,
        },
        "persons": [
            {
                "name": p.name,
                "mentions": mentions.get(p.id, []),
                "titles": p.titles,
                "roles": [{"role": r.role, "organisation": org_name(r.organisation_id)} for r in p.roles],
                "country": p.country,
            }
            for p in dataset.persons
        ],
        "organisations": [
            {
                "name": o.name,
                "acronym": o.acronym,
                "mentions": mentions.get(o.id, []),
                "kind": o.kind,
                "country": o.country,
                "parent": org_name(o.parent_id),
            }
            for o in dataset.organisations
        ],
        "meetings": [
            {
                "date": m.date,
                "date_text": m.date_text,
                "location": m.place.name if m.place else None,
                "location_country": m.place.country if m.place else None,
                "participants": [people[x.person_id].name for x in m.participants if x.person_id],
                "organisations": [orgs[x.organisation_id].name for x in m.participants if x.organisation_id],
                "host": next(
                    (people[x.person_id].name for x in m.participants if x.role == "host" and x.person_id),
                    None,
                ),
                "topics": m.topics,
                "status": m.status,
            }
            for m in dataset.meetings
        ],
        "exercises": [
            {
                "name": e.name,
                "edition": str(e.edition) if e.edition else None,
                "location": e.places[0].name if e.places else None,
                "location_country": e.places[0].country if e.places else None,
                "start": e.start,
                "end": e.end,
                "status": e.status,
                "participants": [x.name for x in e.participants],
            }
            for e in sorted(dataset.exercises, key=lambda e: first_seen.get(e.id, 0))
        ],
    }
    if warnings:
        view["warnings"] = warnings
    return view
