"""Extraction on a Dask cluster: `engagements convert --dask ADDRESS` or `--dask local[N]`.

The client parses the sources as on one machine (repeated articles are found there), sends
the articles in chunks to the workers and gathers their records in article order. Each worker
looks its articles up in the extraction cache, extracts the missing ones (spaCy, the gazetteer)
and stores them, so `--cache DIR` must be a folder every worker sees. Merging, resolving
across articles, correcting, writing and validating then run on the client exactly as without
Dask: the package is byte-identical. `engagements convert` stages the package in a child process
(`engagements.process`), which starts the client, and `local[N]`'s cluster, and closes them once
the last chunk is gathered: the parent, which checks the package, never starts Dask.

Every worker needs this package with the `extract` and `dask` extras, at the client's version:
each chunk comes back with the worker's extractor version (the cache key's), and another one
stops the conversion rather than mixing two extractors in one package. At most a few chunks
per worker thread are in flight, so neither the client nor the scheduler holds the corpus twice.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EngagementsError
from .extras import missing, require

if TYPE_CHECKING:
    from distributed import Client

    from .pipeline.build import ArticleRecords
    from .pipeline.cache import ExtractionCache
    from .pipeline.parse import ParsedArticle

LOCAL = re.compile(r"local\[(\d+)\]")
"""`local[N]`: a cluster of N worker processes on this machine, one thread each."""
ADDRESS = re.compile(r"[a-z]+://\S+")
"""A scheduler address: `tcp://host:8786` (any protocol Dask knows: tls://, ucx://, ...)."""
IN_FLIGHT = 4
"""Chunks submitted ahead per worker thread: enough to keep every worker busy while the client
merges, few enough that the articles in flight stay a small part of the corpus."""
NO_PROFILE = {"distributed.worker.profile.enabled": False}
"""Dask's statistical profiler samples each worker's stacks every 10 ms and costs extraction
about a sixth of its speed (benchmarks/dask_convert.py); off for `local[N]`. On a cluster of
one's own: DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False in the workers' environment."""
NO_MESSAGE_LOG = {"distributed.admin.low-level-log-length": 0}
"""Dask keeps the last 1,000 messages of each connection for debugging (`BatchedSend`), and as
many transitions and events: the scheduler kept every message that sent a chunk to a worker,
and with it the chunk's articles, up to 16,000 articles per worker however few chunks are in
flight (all 10,000 articles of `benchmarks/dask_memory.py` on 2 workers, 60 MiB). With
`local[N]` the scheduler is in the converting process: off for its cluster (the workers' logs
drop the tasks' arguments). On a cluster of one's own:
DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=0 in the scheduler's environment
(`docs/cluster.md`)."""
LOCAL_CONFIG = NO_PROFILE | NO_MESSAGE_LOG
"""How `local[N]` runs its cluster."""
CONNECT_SECONDS = 30
"""How long to wait for the scheduler, and then for its first worker."""


def check_target(target: str) -> str:
    """`target` if it is `local[N]` (N >= 1) or a scheduler address; raises with the forms otherwise."""
    local = LOCAL.fullmatch(target)
    if (local and int(local.group(1)) >= 1) or (not local and ADDRESS.fullmatch(target)):
        return target
    raise EngagementsError(
        f"--dask {target!r}: expected a scheduler address (tcp://HOST:8786) or local[N] "
        "(N worker processes on this machine, N >= 1)"
    )


@contextmanager
def connect(target: str) -> Iterator[Client]:
    """A client of the scheduler at `target`, or of a new local cluster for `local[N]` (closed after)."""
    require("dask", "converting on Dask (--dask)")
    import dask
    from distributed import Client, LocalCluster

    local = LOCAL.fullmatch(check_target(target))
    if local:
        with (
            # the workers' scratch space in a folder of our own, removed after: Dask's default
            # (`dask-scratch-space` in the system's temporary folder) outlives the cluster
            tempfile.TemporaryDirectory(prefix="engagements-dask-", ignore_cleanup_errors=True) as scratch,
            dask.config.set({**LOCAL_CONFIG, "temporary-directory": scratch}),
            LocalCluster(
                local_directory=scratch,
                n_workers=int(local.group(1)),
                threads_per_worker=1,  # spaCy and our code hold the GIL: one process per core
                processes=True,
                dashboard_address=None,
                # no dashboard; the scheduler's HTTP server (health, metrics) still starts: on a
                # free loopback port, not 8787, where another cluster made Dask warn
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(target, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as error:
        raise EngagementsError(f"cannot reach the Dask scheduler at {target}: {error}") from None
    with client:  # closes our connection; the cluster and its workers stay up
        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError):
            raise EngagementsError(
                f"the Dask scheduler at {target} has no worker after {CONNECT_SECONDS} s"
            ) from None
        yield client


WARM_UP = (
    "Coopération\n\nDAKAR, 3 mars 2025 (APS) - Le ministre sénégalais des Forces armées a reçu à Dakar "
    "le général Jean Dupont, chef d’état-major de l’armée malienne. L’exercice Flintlock 2025 se "
    "tiendra au Ghana.\n",
    "Talks\n\nNAIROBI, Kenya — Gen. John Smith met with the Chief of Defence Forces of Kenya on "
    "March 3, 2025. Exercise Justified Accord 2025 will be held in Kenya.\n",
)
"""Two short articles extracted once by `warm`: the first extraction builds lazy tables (about 3 s)."""


def warm() -> None:
    """Load and build what a worker's first chunk would (the language models, the gazetteer, the
    lazy tables of the first extraction, the extractor version): `client.run(warm)` readies
    every worker before the work starts."""
    from .extraction import gazetteer
    from .extraction.nlp import load, models_in_use
    from .pipeline.build import build_articles
    from .pipeline.cache import extractor_version
    from .pipeline.parse import clean, describe

    for model in models_in_use():
        load(model.name)
    gazetteer.cities()
    extractor_version()
    build_articles([describe(f"warm-up-{i}.txt", clean(text), {}) for i, text in enumerate(WARM_UP)])


def extract_chunk(
    articles: list[ParsedArticle], cache_folder: Path | None
) -> tuple[str, list[ArticleRecords], int, int]:
    """On a worker: the records of `articles` in order, from the cache or extracted (and cached).

    Returns the worker's extractor version, the records, and the cache's hits and misses.
    """
    absent = missing("extract")
    if absent:  # a plain EngagementsError: it travels back to the client intact
        raise EngagementsError(
            f"a Dask worker lacks the `extract` extra ({', '.join(absent)} not installed): "
            "pip install 'engagements[extract,dask]' on every worker"
        )
    from .pipeline.build import build_articles
    from .pipeline.cache import ExtractionCache, extractor_version

    cache = ExtractionCache(cache_folder)
    known = [cache.get(article) for article in articles]
    fresh = iter(build_articles([a for a, r in zip(articles, known, strict=True) if r is None]))
    records = []
    for article, cached in zip(articles, known, strict=True):
        if cached is None:
            cached = next(fresh)
            cache.put(article, cached)
        records.append(cached)
    return extractor_version(), records, cache.hits, cache.misses


def extract_on_dask(
    articles: Sequence[ParsedArticle],
    target: str,
    cache: ExtractionCache,
    progress: Callable[[int, int, str], None] | None = None,
    chunk: int = 16,
) -> Iterator[ArticleRecords]:
    """Each article's records, in order, extracted on the Dask workers of `target`.

    The workers read and write `cache.folder`; their hits and misses are added to `cache`'s.
    """
    from .pipeline.cache import extractor_version

    expected = extractor_version()
    count = -(-len(articles) // chunk)  # chunks
    done = 0
    with connect(target) as client:
        # the chunks submitted and not yet gathered, in order, with their futures: a chunk's
        # articles are read from `articles` when it is submitted (they may be on disk)
        pending: deque[tuple[Any, list[ParsedArticle]]] = deque()
        submitted = 0
        for _ in range(count):
            ahead = IN_FLIGHT * max(1, sum(client.nthreads().values()))  # workers may join or leave
            while submitted < count and len(pending) < ahead:
                part = list(articles[submitted * chunk : (submitted + 1) * chunk])
                pending.append((client.submit(extract_chunk, part, cache.folder, pure=False), part))
                submitted += 1
            future, chunk_articles = pending.popleft()
            try:
                version, records, hits, misses = future.result()
            except EngagementsError:
                raise
            except Exception as error:
                raise EngagementsError(
                    f"a Dask worker failed on {chunk_articles[0].source_file} and the "
                    f"{len(chunk_articles) - 1} articles after it: {type(error).__name__}: {error} "
                    "(every worker needs pip install 'engagements[extract,dask]' at the client's version)"
                ) from error
            del future  # the records are ours now: the cluster may forget them
            if version != expected:
                raise EngagementsError(
                    f"a Dask worker runs another extractor (version {version}, here {expected}): "
                    "install the same engagements version and models on the client and every worker"
                )
            cache.hits += hits
            cache.misses += misses
            for article, article_records in zip(chunk_articles, records, strict=True):
                done += 1
                if progress:
                    progress(done, len(articles), article.source_file)
                yield article_records
