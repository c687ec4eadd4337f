"""Benchmark: `engagements convert --dask local[2]` against the built-in pool of 2 workers.

    python benchmarks/dask_convert.py [--articles 500] [--corpus ../shared/corpus/dev]

The varied corpus of `convert_speed.py`, no cache, each side in a fresh process, loading
excluded from both clocks (`engagements.cluster.warm`: the models, the gazetteer, one extraction
of two short articles for the lazy tables). The built-in pool converts after the parent warmed
(its forked workers share all that); Dask converts on a `local[2]` cluster (2 worker processes,
1 thread each, Dask's profiler off, as `--dask local[2]` starts it) whose workers were warmed,
through its scheduler address as a real cluster would be used. Besides wall-clock throughput
(noisy on a shared machine), the workers' CPU seconds per article, which the load of other jobs
disturbs less. The two packages must be byte-identical.

Then, from the records the Dask run gathered, the client's own part (merge, resolve across
articles, correct, write, validate) is timed on a quarter, a half and all of the articles:
what stays on one machine however many workers extract, the base of an estimate for a large
corpus (docs/benchmarks.md).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from convert_speed import corpus_arguments, make_corpus, same_package

BUILTIN_RUN = """
import json, resource, sys, time
from pathlib import Path
from engagements import cluster
from engagements.convert import convert_sources
cluster.warm()  # loading is not conversion: the forked workers start warm, as the Dask workers do
mine = resource.getrusage(resource.RUSAGE_SELF)
start = time.perf_counter()
result = convert_sources([Path(sys.argv[1])], Path(sys.argv[2]), workers=2, cache_dir=None)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers: extraction only
now = resource.getrusage(resource.RUSAGE_SELF)  # the parent: parse, gather, merge ... validate
print(json.dumps({"seconds": seconds, "docs": result.articles, "valid": result.report.valid,
                  "worker_cpu": usage.ru_utime + usage.ru_stime,
                  "client_cpu": now.ru_utime + now.ru_stime - mine.ru_utime - mine.ru_stime}))
"""

DASK_RUN = """
import json, logging, resource, sys, time
from pathlib import Path
import dask
from distributed import Client, LocalCluster
from engagements import cluster, convert
from engagements.package.validate import validate_package
from engagements.package.write import write_package
from engagements.pipeline.merge import merge

if __name__ == "__main__":  # the cluster's worker processes are spawned: they re-import this script
    gathered = []
    extract_articles = convert.extract_articles

    def keep(*args, **kwargs):  # the records the client receives, kept for the merge timings
        for records in extract_articles(*args, **kwargs):
            gathered.append(records)
            yield records

    convert.extract_articles = keep

    def cpu():
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    started = time.perf_counter()
    with dask.config.set(cluster.LOCAL_CONFIG), LocalCluster(  # as `--dask local[2]` starts it
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=logging.ERROR
    ) as local, Client(local) as client:
        client.run(cluster.warm)  # loading is not conversion; convert --dask local[N] loads lazily
        ready = time.perf_counter() - started
        before = client.run(cpu)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # the client, imports done
        mine = cpu()
        start = time.perf_counter()
        result = convert.convert_sources([Path(sys.argv[1])], Path(sys.argv[2]),
                                         dask=local.scheduler_address, cache_dir=None)
        seconds = time.perf_counter() - start
        client_cpu = cpu() - mine  # parse, send, gather, merge ... validate: the serial part
        worker_cpu = sum(client.run(cpu).values()) - sum(before.values())
    client_part = []
    for count in sorted({len(gathered) // 4, len(gathered) // 2, len(gathered)}):
        start = time.perf_counter()
        dataset = merge(gathered[:count])
        dataset, _ = convert.resolve_and_correct(dataset, [])
        write_package(dataset, Path(sys.argv[2] + f"-{count}"), check=validate_package)
        client_part.append((count, time.perf_counter() - start))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"seconds": seconds, "ready": ready, "docs": result.articles, "worker_cpu": worker_cpu,
                      "client_cpu": client_cpu,
                      "valid": result.report.valid, "client": client_part, "client_peak_mib": peak,
                      "client_base_mib": base}))
"""


EXCLUDED = ("dev-019",)
"""Left out of the corpus: at e0a57f2 its `Southern European Task Force-Africa (SETAF)`, merged
with the `Southern European Task Force, Africa (SETAF-AF)` of dev-013 and dev-033, leaves an
evidence quote the merged organisation does not name, and the package fails validation
(`evidence_not_a_mention`) whichever way it is extracted. Fixed since (`merge` keeps the other
acronym among the names); still left out so that runs compare with the figures of
`docs/benchmarks.md`."""


def run(script: str, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"benchmark run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    args = corpus_arguments(__doc__, 500)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        source, corpus = Path(tmp) / "source", Path(tmp) / "corpus"
        source.mkdir()
        for path in args.corpus.glob("*.txt"):
            if path.stem not in EXCLUDED:
                shutil.copy(path, source / path.name)
        make_corpus(source, corpus, args.articles)
        builtin = run(BUILTIN_RUN, str(corpus), str(Path(tmp) / "builtin"))
        dask = run(DASK_RUN, str(corpus), str(Path(tmp) / "dask"))
        identical = same_package(Path(tmp) / "builtin", Path(tmp) / "dask")
    builtin_rate = args.articles / float(builtin["seconds"])  # type: ignore[arg-type]
    dask_rate = args.articles / float(dask["seconds"])  # type: ignore[arg-type]
    print(f"corpus: {args.articles} articles, no cache, model loading excluded")
    print(f"built-in pool, 2 workers : {builtin['seconds']:7.1f} s  {builtin_rate:6.1f} articles/s")
    print(
        f"Dask local[2]            : {dask['seconds']:7.1f} s  {dask_rate:6.1f} articles/s  "
        f"(cluster start + model loading on the workers before: {dask['ready']:.1f} s)"
    )
    for label, measured in (("built-in", builtin), ("Dask", dask)):
        cpu = float(measured["worker_cpu"])  # type: ignore[arg-type]
        mine = float(measured["client_cpu"])  # type: ignore[arg-type]
        print(
            f"{label} workers' CPU: {cpu:.1f} s, {1000 * cpu / args.articles:.0f} ms/article; "
            f"client (parent) CPU: {mine:.1f} s, {1000 * mine / args.articles:.1f} ms/article"
        )
    print(f"Dask / built-in: {dask_rate / builtin_rate:.2f}x (target >= 0.8x); byte-identical: {identical}")
    print("client part (merge, resolve, correct, write, validate) by article count:")
    for count, seconds in dask["client"]:  # type: ignore[attr-defined]
        print(f"  {count:7d} articles: {seconds:6.2f} s  {1000 * seconds / count:5.1f} ms/article")
    base, peak = int(dask["client_base_mib"]), int(dask["client_peak_mib"])  # type: ignore[call-overload]
    print(
        f"client RSS: {base} MiB before the conversion, peak {peak} MiB after it and the merges above "
        f"(every article's records held): {1024 * (peak - base) / args.articles:.0f} KiB per article"
    )
    print(f"(benchmark took {time.perf_counter() - started:.0f}s)")
    return 0 if identical and builtin["valid"] and dask["valid"] else 1


if __name__ == "__main__":
    sys.exit(main())
