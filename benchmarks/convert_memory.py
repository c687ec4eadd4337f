"""Benchmark: peak memory and time of `engagements convert` as the corpus grows, cache warm.

    python benchmarks/convert_memory.py [--sizes 2000,10000] [--corpus ../shared/corpus/dev]
        [--cache DIR] [--baseline-src DIR] [--cold N]

Builds the varied corpus of `convert_speed.py` at each size (copies of the corpus articles
with other numbers and dates), warms the extraction cache by extracting every article on 2 workers
(its time is the cold figure), then runs a warm conversion of each size in a fresh process
and prints its wall time and peak memory, and what each article adds between the smallest and
the largest size. The conversion runs as the command runs it: staged in a child process, checked
in the parent (`engagements.process`); the peak is that of both processes together (their
proportional set sizes, sampled), beside the largest single process's `ru_maxrss`. A warm
conversion loads no language model: what is measured is merge, resolve, correct, write and
validate, the steps whose memory grows with the corpus.

`--baseline-src` names the `src/` folder of older code (`git archive REV src | tar -x -C
/tmp/base`, then `--baseline-src /tmp/base/src`), measured in the same run; the two packages
must be byte-identical. The cache key covers the code, so each code warms its own entries.
`--cache` keeps the cache between runs (a 10,000-article warm-up takes minutes). With
`--vary-years` the copies also move their years (`make_corpus`): each event then has a few
reports, not hundreds, as in a news archive.

`--cold N` also converts the first N articles of the largest corpus with an empty cache, on 2
workers, as the command does after a release that changes the extractor: the language models
are loaded, the workers forked, and extraction is the longest step (minutes per thousand).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from convert_speed import make_corpus, same_package

CONVERT = """
import json, os, resource, sys, time
from pathlib import Path
try:  # polars' allocator set as `engagements convert` sets it
    from engagements.cli import return_polars_memory_promptly
    return_polars_memory_promptly(os.environ, sys.modules)
except ImportError:  # older code (--baseline-src)
    pass
from engagements import convert
start = time.perf_counter()
sources, out, workers, cache = [Path(sys.argv[1])], Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
import inspect
once = {"once": True} if "once" in inspect.signature(convert.stage_conversion).parameters else {}
try:  # as the command does it: staged in a child process, checked here
    from engagements.process import can_fork, in_child_process
    stage = lambda: convert.stage_conversion(sources, out, workers=workers, cache_dir=cache, **once)
    result = convert.finish_conversion(*(in_child_process(stage) if can_fork() else stage()))
except ImportError:  # older code (--baseline-src): all in this process
    result = convert.convert_sources(sources, out, workers=workers, cache_dir=cache)
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mib": peak // 1024,
                  "valid": result.report.valid, "cached": result.cached, "records": result.records}))
"""


WARM_UP = """
import json, sys, time
from pathlib import Path
from engagements.convert import extract_articles, parse_sources, source_files
from engagements.pipeline.cache import ExtractionCache
start = time.perf_counter()
articles, _ = parse_sources(source_files([Path(sys.argv[1])]))
cache = ExtractionCache(Path(sys.argv[2]))
for _ in extract_articles(articles, cache, workers=2):
    pass
print(json.dumps({"seconds": time.perf_counter() - start, "cached": cache.hits}))
"""


def run(src: Path, script: str, *args: Path | int) -> dict[str, float]:
    """`script` in a fresh process with `src` first on the path: its JSON answer, and `tree_mib`,
    the peak of its processes' memory together (proportional set size, sampled every 25 ms on
    Linux): `ru_maxrss` gives one process's peak, and a conversion runs in two."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    with subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        tree_kib = 0
        while process.poll() is None:
            tree_kib = max(tree_kib, sum(map(_pss_kib, _process_tree(process.pid))))
            time.sleep(0.025)
        out, err = process.communicate()
    if process.returncode:
        sys.exit(f"failed ({src}):\n{err[-2000:]}")
    answer: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    answer["tree_mib"] = tree_kib // 1024
    return answer


def _process_tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):  # a task that ended meanwhile
                todo += [int(child) for child in (task / "children").read_text().split()]
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _first(corpus: Path, count: int, folder: Path) -> Path:
    """A folder of the first `count` articles of `corpus` (by name), copied, made once."""
    if not folder.is_dir():
        folder.mkdir()
        for source in sorted(corpus.glob("*.txt"))[:count]:
            shutil.copyfile(source, folder / source.name)
    return folder


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="2000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--corpus", type=Path, default=root.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache kept between runs")
    parser.add_argument("--baseline-src", type=Path, default=None, help="the src/ folder of the old code")
    parser.add_argument(
        "--vary-years", action="store_true", help="copies also move their years: few reports per event"
    )
    parser.add_argument(
        "--cold", type=int, default=0, metavar="N", help="also convert N articles with an empty cache"
    )
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    codes = {"current": root / "src"}
    if args.baseline_src is not None:
        if not (args.baseline_src / "engagements").is_dir():
            parser.error(f"{args.baseline_src} has no engagements package")
        codes = {"baseline": args.baseline_src.resolve(), **codes}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp) / "cache"
        corpora = {n: Path(tmp) / f"corpus-{n}" for n in sizes}
        for n, folder in corpora.items():
            make_corpus(args.corpus, folder, n, args.vary_years)
        results: dict[str, dict[int, dict[str, float]]] = {}
        for label, src in codes.items():
            warm_up = run(src, WARM_UP, corpora[sizes[-1]], cache)
            print(
                f"{label}: extraction of {sizes[-1]} articles on 2 workers (cache warm-up): "
                f"{warm_up['seconds']:.0f}s, {warm_up['cached']} already cached",
                flush=True,
            )
            if sizes[0] != sizes[-1]:
                run(src, WARM_UP, corpora[sizes[0]], cache)
            results[label] = {}
            for n in sizes:
                result = run(src, CONVERT, corpora[n], Path(tmp) / f"{label}-{n}", 1, cache)
                results[label][n] = result
                print(
                    f"{label}: {n} articles, cache warm: {result['seconds']:6.1f}s  "
                    f"peak {result['tree_mib']} MiB (processes together; "
                    f"largest one {result['peak_mib']} MiB)  "
                    f"{result['records']} records  valid={result['valid']}",
                    flush=True,
                )
            if args.cold:
                cold = _first(corpora[sizes[-1]], args.cold, Path(tmp) / f"cold-{args.cold}")
                result = run(src, CONVERT, cold, Path(tmp) / f"{label}-cold", 2, Path(tmp) / f"{label}-empty")
                print(
                    f"{label}: {args.cold} articles, cache empty, 2 workers: {result['seconds']:6.1f}s  "
                    f"peak {result['tree_mib']} MiB (processes together; "
                    f"largest one {result['peak_mib']} MiB)  {result['records']} records  "
                    f"valid={result['valid']}",
                    flush=True,
                )
        print()
        print("| code | " + " | ".join(f"{n} articles" for n in sizes) + " | per article |")
        print("|---|" + "---|" * (len(sizes) + 1))
        for label, by_size in results.items():
            low, high = by_size[sizes[0]], by_size[sizes[-1]]
            slope = (high["tree_mib"] - low["tree_mib"]) * 1024 / max(1, sizes[-1] - sizes[0])
            cells = " | ".join(f"{r['tree_mib']} MiB, {r['seconds']:.0f}s" for r in by_size.values())
            print(f"| {label} | {cells} | {slope:.0f} KiB |")
        if "baseline" in codes:
            for n in sizes:
                same = same_package(Path(tmp) / f"baseline-{n}", Path(tmp) / f"current-{n}")
                print(f"{n} articles: packages {'byte-identical' if same else 'DIFFER'}")
            if args.cold:
                same = same_package(Path(tmp) / "baseline-cold", Path(tmp) / "current-cold")
                print(f"{args.cold} articles, cold: packages {'byte-identical' if same else 'DIFFER'}")
    print(f"(benchmark took {time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
