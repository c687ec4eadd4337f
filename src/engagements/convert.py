"""Convert: source files -> parse -> extract (or cache) -> build -> merge -> resolve across articles
-> correct -> write -> validate.

The one place the steps are chained. A file that cannot be read is listed and skipped; the
others still convert. Invalid corrections stop the conversion before anything is written;
corrections that no longer apply are listed. The package is validated before it is moved
into place.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EngagementsError, OutputError, SourceError
from .extras import require
from .models import Dataset
from .models.correction import JudgeRecords
from .pipeline.correct import Stale, apply_corrections
from .pipeline.judge import judge
from .pipeline.parse import SIDECAR_SUFFIX, ParsedArticle, parse_file
from .pipeline.positions import Picked
from .pipeline.repeats import SeenArticles
from .pipeline.resolve_across import resolve_across
from .placing import c_function
from .report import Report
from .submission.load import LocatedCorrection, correction_files, load_corrections

if TYPE_CHECKING:  # extraction is the `extract` extra: imported only when articles are analysed
    from .package.write import StagedPackage
    from .pipeline.build import ArticleRecords
    from .pipeline.cache import ExtractionCache
    from .pipeline.spill import Spill

Progress = Callable[[int, int, str], None]
"""Called after each article is extracted: (done, total, source file)."""
Tell = Callable[[str], None]
"""Told what a conversion starts next (extracting, resolving, writing, checking): at archive sizes
each step takes minutes, and a finished progress bar says nothing of what follows it."""


@dataclass
class ConvertResult:
    """What a conversion did: counts, the files that failed and why, the package's report."""

    articles: int = 0
    records: int = 0
    failures: list[str] = field(default_factory=list)
    report: Report = field(default_factory=lambda: Report(""))
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    """Corrections that no longer apply, each with its file, line and reason."""
    cached: int = 0
    """Articles whose extraction came from the cache."""


def source_files(sources: list[Path]) -> list[Path]:
    """Article files named directly or found (`*.txt`, sorted) in named folders."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files += sorted(p for p in source.rglob("*.txt") if not p.name.endswith(SIDECAR_SUFFIX))
        else:
            files.append(source)
    return files


def parse_sources(files: list[Path]) -> tuple[list[ParsedArticle], list[SourceError]]:
    """Parse every file (cheap, no language model): the articles, and a failure per unreadable
    file and per repeat of an earlier article's text or URL (as `validate` reports them)."""
    articles: list[ParsedArticle] = []
    return articles, parse_into(files, articles.append)


def parse_into(files: list[Path], keep: Callable[[ParsedArticle], None]) -> list[SourceError]:
    """`parse_sources`, each article handed to `keep` as it is read (a conversion keeps them on
    disk, `spill.SpilledSources`): the failures."""
    failures: list[SourceError] = []
    seen = SeenArticles()
    for path in files:
        try:
            article = parse_file(path)
        except SourceError as error:
            failures.append(error)
            continue
        repeated = seen.repeat(article, path.name)
        if repeated:
            failures.append(SourceError(str(path), repeated[1], repeated[0]))
            continue
        keep(article)
    return failures


CHUNK = 16
"""Articles per task: large enough for nlp.pipe batching, small enough for steady progress."""


def default_workers(files: int) -> int:
    """One process for small inputs (starting workers costs seconds), every core for large ones."""
    return 1 if files < 4 * CHUNK else max(1, os.cpu_count() or 1)


def _extracted(articles: Sequence[ParsedArticle], workers: int) -> Iterator[ArticleRecords]:
    """Records of `articles` in order, extracted in chunks (in worker processes when asked).

    Each chunk is read from `articles` when its turn comes (by the pool's feeding thread), so
    that a sequence on disk (`spill.SpilledSources`) is never all in memory."""
    chunks = (list(articles[i : i + CHUNK]) for i in range(0, len(articles), CHUNK))
    if workers <= 1 or len(articles) <= CHUNK:
        from .pipeline.build import build_articles

        for chunk in chunks:
            yield from build_articles(chunk)
        return
    from .extraction import gazetteer
    from .extraction.nlp import load, models_in_use
    from .pipeline.build import build_articles

    for model in models_in_use():  # load once here: forked workers share the models and the gazetteer
        load(model.name)
    gazetteer.cities()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # The forked workers share this process's pages (the models) until one writes to them, and
    # the garbage collector writes to every object it visits: frozen, the objects it holds now are
    # not visited while the pool runs (cold, 3,000 articles: 936 -> 815 MiB for the three
    # processes together).
    gc.freeze()
    try:
        with multiprocessing.get_context(method).Pool(workers) as pool:
            for records in pool.imap(build_articles, chunks):
                yield from records
    finally:
        gc.unfreeze()  # collectable again: a library does not keep its caller's garbage


def extract_articles(
    articles: Sequence[ParsedArticle],
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    workers: int | None = 1,
    dask: str | None = None,
    tell: Tell | None = None,
) -> Iterator[ArticleRecords]:
    """Each article's records, in order: from the cache when it has them, else extracted (and cached).

    With `dask` (a scheduler address or `local[N]`) the cache lookups and the extraction run on
    that cluster's workers instead (`engagements.cluster`); the records are the same. `tell`
    hears how many are cached before any is extracted: after a release that changes the
    extractor, an archive's cache is cold, and that is hours to know of before they start.
    """
    from .pipeline.cache import ExtractionCache

    cache = cache or ExtractionCache(None)
    if dask is not None:
        from .cluster import extract_on_dask

        if tell:
            tell(f"extracting {_count(len(articles), 'article')} on Dask (its workers use the cache)")
        yield from extract_on_dask(articles, dask, cache, progress, CHUNK)
        return
    # Entries are read as their turn comes, not all first: a corpus's records are never all in
    # memory here (`merge` spills their evidence as they come).
    cached = [cache.has(article) for article in articles]
    missing = Picked(articles, [index for index, known in enumerate(cached) if not known])
    processes = default_workers(len(missing)) if workers is None else workers
    if tell:
        on = f" in {processes} processes" if missing and processes > 1 else ""
        tell(
            f"{_count(len(articles), 'article')}: {len(articles) - len(missing):,} in the extraction cache, "
            f"{len(missing):,} to extract{on}"
        )
    fresh = _extracted(missing, processes)
    for index, known in enumerate(cached, start=1):
        article = articles[index - 1]  # by position: zip's reused tuple would hold the one before
        records = cache.get(article) if known else None
        if records is None:  # not cached, or an entry found unreadable (extracted again, here)
            records = next(fresh) if not known else next(_extracted([article], 1))
            cache.put(article, records)
        if progress:
            progress(index, len(articles), article.source_file)
        yield records


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def build_dataset(
    articles: Sequence[ParsedArticle],
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
    workers: int | None = 1,
    dask: str | None = None,
    spill: Spill | None = None,
    tell: Tell | None = None,
) -> tuple[Dataset, list[str]]:
    """`articles` merged by id (not yet resolved across articles) and the extraction warnings.

    Documents are streamed; `resolve_and_correct` takes it from there. With `spill`, the evidence
    goes there instead of into the dataset (`pipeline.spill`).
    """
    require("extract", "analysing articles")
    from .pipeline.merge import merge

    warnings: list[str] = []

    def parts() -> Iterator[ArticleRecords]:
        for records in extract_articles(articles, cache, progress, workers, dask, tell):
            warnings.extend(records.warnings)
            yield records

    return merge(parts(), spill), warnings


def read_corrections(folder: Path | None) -> list[LocatedCorrection]:
    """The corrections of `folder` (none when it is None); raises with every problem listed."""
    if folder is None:
        return []
    if not folder.is_dir():
        raise EngagementsError(f"corrections folder {folder} does not exist")
    loaded = load_corrections(correction_files(folder))
    if loaded.issues:
        raise EngagementsError(
            "corrections are invalid, nothing was written:\n  "
            + "\n  ".join(f"{i.location}: {i.code}: {i.message}" for i in loaded.issues)
        )
    return loaded.corrections


def resolve_and_correct(
    dataset: Dataset, corrections: list[LocatedCorrection], spill: Spill | None = None
) -> tuple[Dataset, list[tuple[LocatedCorrection, Stale]]]:
    """Resolve across articles with the reviewers' judgements, then apply the other corrections.

    Returns the dataset and the corrections that no longer apply, with where they are written.
    With `spill` (holding the dataset's evidence and articles), they stay there: corrections
    change the evidence there and read the articles' texts there.
    """
    judges = [c.correction for c in corrections if isinstance(c.correction, JudgeRecords)]
    judged = judge(dataset, judges, spill)
    if judged.reviews:
        dataset = dataset.model_copy(update={"reviews": [*dataset.reviews, *judged.reviews]})
    dataset = resolve_across(dataset, judged.decisions, spill)
    stale = judged.stale
    others = [c.correction for c in corrections if not isinstance(c.correction, JudgeRecords)]
    if others:
        corrected = apply_corrections(dataset, others, spill)
        dataset, stale = corrected.dataset, stale + corrected.stale
    position = {c.correction.id: (index, c) for index, c in enumerate(corrections)}
    ordered = sorted(stale, key=lambda s: position[s.correction_id][0])
    return dataset, [(position[s.correction_id][1], s) for s in ordered]


def describe_stale(located: LocatedCorrection, stale: Stale) -> str:
    where = f"{located.file}:{located.line}" if located.line else located.file
    return f"{where}: {stale.correction_id} not applied ({stale.code}): {stale.message}"


def convert_sources(
    sources: list[Path],
    out: Path,
    progress: Progress | None = None,
    workers: int | None = None,
    corrections: Path | None = None,
    cache_dir: Path | None = None,
    dataset_version: str | None = None,
    dask: str | None = None,
    tell: Tell | None = None,
) -> ConvertResult:
    """Sources (+ corrections) -> a validated package at `out`; see the module docstring.

    `workers` processes extract on this machine; or `dask`, a Dask scheduler address
    (`tcp://host:8786`) or `local[N]`, extracts on that cluster's workers (`engagements.cluster`).
    The two are exclusive. The package is the same either way. `tell` hears each step as it starts.
    """
    staged = stage_conversion(
        sources, out, progress, workers, corrections, cache_dir, dataset_version, dask, tell
    )
    return finish_conversion(*staged, tell=tell)


def stage_conversion(
    sources: list[Path],
    out: Path,
    progress: Progress | None = None,
    workers: int | None = None,
    corrections: Path | None = None,
    cache_dir: Path | None = None,
    dataset_version: str | None = None,
    dask: str | None = None,
    tell: Tell | None = None,
    once: bool = False,
) -> tuple[ConvertResult, StagedPackage]:
    """`convert_sources` up to a package written beside `out`, not yet checked nor in place.

    Apart from `finish_conversion` so that the command can run this part in a process of its own
    (`engagements.process`): whatever memory it took goes back to the system when that process
    ends, before the package is checked. `once`: this process converts nothing after, so the
    language models are released when extraction is over (`release_models`).
    """
    if dask is not None:
        if workers is not None:
            raise EngagementsError(
                "workers and dask are exclusive: on Dask the cluster's workers extract "
                "(local[N] sets how many)"
            )
        from .cluster import check_target

        require("dask", "converting on Dask (--dask)")
        check_target(dask)
    files = source_files(sources)
    if not files:
        raise EngagementsError(f"no article files (*.txt) in {', '.join(map(str, sources))}")
    located = read_corrections(corrections)
    from .pipeline.spill import Spill, remove_leftovers

    beside = out.absolute()  # the spill goes on the output's disk: /tmp may be memory
    try:
        beside.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(beside)
        spill = Spill(beside)
    except (OSError, sqlite3.Error) as error:
        raise OutputError(
            f"cannot write beside {out} (the conversion's working file): {error}; nothing was replaced"
        ) from None
    staged = None
    try:
        with spill, _spill_errors(spill, out):
            if tell:
                tell(f"reading {_count(len(files), 'source file')}")
            failures = parse_into(files, spill.sources.append)
            if not spill.sources:
                listed = "\n  ".join(map(str, failures))
                raise EngagementsError(f"no article could be converted, nothing was written:\n  {listed}")
            require("extract", "converting articles")
            from .package.write import stage_package
            from .pipeline.cache import ExtractionCache

            cache = ExtractionCache(cache_dir)
            dataset, warnings = build_dataset(spill.sources, cache, progress, workers, dask, spill, tell)
            if once:
                release_models()  # also returns the freed pages
            else:
                return_freed_memory()  # the articles' freed pages, which resolution's arenas cannot reuse
            if tell:
                tell(
                    f"resolving across articles: {_count(len(dataset.meetings), 'meeting report')}, "
                    f"{_count(len(dataset.exercises), 'exercise report')}"
                )
            dataset, stale = resolve_and_correct(dataset, located, spill)
            apart = spill.apart(dataset)
            if tell:
                tell("writing the package")
            staged = stage_package(dataset, out, dataset_version, apart)
            result = ConvertResult(
                len(dataset.articles) + len(spill.articles),
                records=sum(len(records) for records in apart.values())
                + sum(len(getattr(dataset, name)) for name in type(dataset).model_fields),
                failures=[str(f) for f in failures],
                warnings=warnings,
                stale=[describe_stale(*item) for item in stale],
                cached=cache.hits,
            )
            del dataset  # validation reads the files: the records need not be in memory beside them
    except BaseException:  # interrupted once the package was written (removing the spill takes a while)
        if staged is not None:
            staged.discard()
        raise
    return result, staged


def finish_conversion(
    result: ConvertResult, staged: StagedPackage, tell: Tell | None = None
) -> ConvertResult:
    """Check the package `stage_conversion` wrote and move it into place: `result` with its report.

    Whatever stops it (an invalid package, Ctrl-C while polars loads) removes the written package."""
    try:
        from .package.read import MAX_STREAMED_BYTES
        from .package.validate import validate_package

        return_freed_memory()
        map_large_buffers_apart()
        if tell:
            tell(f"checking the package ({result.records:,} records)")

        def check(package: Path) -> Report:
            return validate_package(
                package,
                max_bytes=MAX_STREAMED_BYTES,  # files it has just written: no size is refused
                stream_bytes=CHECK_STREAM_BYTES,
                piece_bytes=CHECK_PIECE_BYTES,
            )

        result.report = staged.finish(check) or Report(str(staged.out))
    except BaseException:
        staged.discard()
        raise
    return result


def release_models() -> None:
    """Forget the language pipelines and the city gazetteer, for a process whose extraction is over.

    They take about 400 MiB, and with the cache cold they are loaded in the process that then
    merges and resolves (before it forks the extraction workers, which share them): a 100,000-
    article archive converted cold held them under resolution's peak, 1.42 GiB where the same
    conversion with the cache warm (nothing loaded) took 1.0. A later extraction in the same
    process loads them again (seconds), so only a process that converts once asks for this:
    the `convert` command. Here, not in `extraction/`, whose code is the cache key's.
    """
    from .extraction import gazetteer
    from .extraction.nlp import load

    load.cache_clear()
    gazetteer._geonames.cache_clear()  # the cities; the countries are small, and resolution reads them
    gc.collect()  # spaCy's objects hold cycles
    return_freed_memory()


def return_freed_memory() -> None:
    """Give the C heap's free pages back to the system before the written package is checked.

    The records are freed by then, but glibc keeps the freed pages of its heap for later
    requests, and the check's tables are allocated by polars' own allocator, which cannot use
    them: they sat under the check's peak (78 MiB at 19,512 articles, `docs/benchmarks.md`).
    `malloc_trim` hands them back in a few milliseconds. Also called once the parsed articles are
    freed after the merge: Python's arenas for resolution are mapped apart and cannot use their
    pages either (56 MiB at 19,512 articles). Where the C library has no such call (macOS,
    Windows), this does nothing.
    """
    trim = c_function("malloc_trim")
    if trim is not None:
        trim(0)


LARGE_BUFFER_BYTES = 1024**2
"""Buffers from this size up get a mapping of their own (`map_large_buffers_apart`)."""
_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def map_large_buffers_apart() -> None:
    """Have the C library map every buffer of `LARGE_BUFFER_BYTES` or more apart, so that it goes
    back to the system once freed; set for the rest of the process, before the check.

    The check reads its files a piece at a time (pieces of 8 MiB, their frames, the JSON text
    beside them). glibc's heap took those buffers after the first (it raises its threshold to
    the size of a freed mapping) and kept the freed ones, under the check's later steps: at
    19,512 articles its peak fell 271–275 → 236–243 MiB for about a second more of CPU
    (`docs/benchmarks.md`). Where the C library has no such call (macOS, Windows), nothing."""
    mallopt = c_function("mallopt")
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, LARGE_BUFFER_BYTES)


@contextmanager
def _spill_errors(spill: Spill, out: Path) -> Iterator[None]:
    """A full disk while the evidence and articles are on it: a message, not a traceback (nothing
    is replaced)."""
    from .pipeline.spill import SpillError

    try:
        yield
    except (sqlite3.Error, SpillError) as error:
        raise OutputError(
            f"cannot keep the evidence and articles in {spill.folder} beside {out}: {error}; "
            "nothing was replaced"
        ) from None


CHECK_STREAM_BYTES = 16 * 1024**2
CHECK_PIECE_BYTES = 8 * 1024**2
"""`convert` validates the package it wrote, and that check was the peak of a warm conversion
(813 MiB at 10,000 articles, resolution 758): evidence over 16 MiB is checked in pieces of 8 MiB
(`package/stream.py`, the same report). Validating that package: 569 → 444 MiB, 1 s more of a
67 s conversion. `engagements validate` keeps larger pieces, for speed."""


def extract_view(path: Path, cache_dir: Path | None = None) -> dict[str, Any]:
    """One article's extraction in the evaluation corpus's shape: a view of the built models."""
    require("extract", "extracting an article")
    from .pipeline.cache import ExtractionCache

    articles, failures = parse_sources([path])
    if failures:
        raise failures[0]
    from .pipeline.merge import merge

    [records] = extract_articles(articles, ExtractionCache(cache_dir))
    dataset, warnings = merge([records]), records.warnings
    text_order = {m.id: index for index, m in enumerate(records.meetings)}  # as the extractor found them
    article = dataset.articles[0]
    orgs = {o.id: o for o in dataset.organisations}
    people = {p.id: p for p in dataset.persons}
    mentions: dict[str, list[str]] = {}
    for item in sorted(dataset.evidence, key=lambda e: e.start):
        if item.field in ("name", "names", "acronym") and item.quote not in mentions.setdefault(
            item.subject_id, []
        ):
            mentions[item.subject_id].append(item.quote)

    # exercises in the order the article mentions them; editions named by the same mention (`X 2025 …
    # la prochaine édition`) in the order of what else it says of them
    first_seen: dict[str, list[int]] = {}
    for item in dataset.evidence:
        first_seen.setdefault(item.subject_id, []).append(item.start)
    for starts in first_seen.values():
        starts.sort()

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
            for m in sorted(dataset.meetings, key=lambda m: text_order[m.id])
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
            for e in sorted(dataset.exercises, key=lambda e: first_seen.get(e.id, [0]))
        ],
    }
    if warnings:
        view["warnings"] = warnings
    return view
