"""Benchmark: cross-article resolution alone at archive sizes, this code beside older code.

    python benchmarks/resolution_scale.py --corpus DIR --cache DIR [--baseline-src DIR] [--src DIR]

Each code, in a fresh process: parses the corpus's sources into a spill, merges their records
from the extraction cache (articles missing from it are extracted, which takes minutes per
thousand: warm the cache first, e.g. with `engagements convert DIR -o OUT --cache DIR`), then
runs `resolve_across` alone and prints its CPU time (all passes, then each pass to the fixed
point; the fastest of `--repeat` runs, the codes alternated), the process's peak RSS
(`ru_maxrss`, the merge before it included) and a digest of the resolved records and their
evidence. The two digests must be equal: a change to how resolution finds its pairs must not
change what it resolves.

Make an archive-like corpus with `convert_speed.make_corpus(dev, N, vary_years=True)` (each 28
copies of an article move its years one on). Its undated articles have no publication day:
their meeting reports are "timeless", which is what `match_events._timeless_reports` is for.

`--baseline-src` names the `src/` folder of older code (`git archive REV src | tar -x -C
/tmp/base`, then `--baseline-src /tmp/base/src`). The cache key covers the extraction code only,
so two codes that differ in resolution share the cache's entries. `--src` measures another tree
than this checkout's: older code with only the resolution modules replaced, say, to use a cache
that older code warmed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RESOLVE = """
import hashlib, json, resource, sys, time
from pathlib import Path
from engagements import convert
from engagements.pipeline import resolve_across as across
from engagements.pipeline.cache import ExtractionCache
from engagements.pipeline.spill import Spill
corpus, cache_dir, scratch = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with Spill(scratch) as spill:
    try:
        convert.parse_into(convert.source_files([corpus]), spill.sources.append)
    except AttributeError:  # older code (--baseline-src)
        convert._parsed_into(spill, convert.source_files([corpus]))
    cache = ExtractionCache(cache_dir)
    dataset, _ = convert.build_dataset(spill.sources, cache, None, 1, None, spill)
    convert.return_freed_memory()
    starts = []
    context = across._State.context
    def timed_context(state):
        starts.append(time.process_time())
        return context(state)
    across._State.context = timed_context
    start = time.process_time()
    resolved = across.resolve_across(dataset, [], spill)
    end = time.process_time()
    digest = hashlib.sha256(resolved.model_dump_json().encode())
    for row in spill:
        digest.update(row.model_dump_json().encode())
    print(json.dumps({
        "articles": len(spill.sources), "from_cache": cache.hits,
        "meetings": len(dataset.meetings), "cpu": end - start,
        "passes": [b - a for a, b in zip(starts, starts[1:] + [end])],
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "digest": digest.hexdigest()[:16],
    }))
"""


def measure(src: Path, corpus: Path, cache: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    with tempfile.TemporaryDirectory(prefix="resolution-scale-") as scratch:
        done = subprocess.run(
            [sys.executable, "-c", RESOLVE, str(corpus), str(cache), str(Path(scratch) / "spill")],
            env=env,
            capture_output=True,
            text=True,
        )
    if done.returncode != 0:
        sys.exit(f"resolution with {src} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, required=True, help="a folder of source articles")
    parser.add_argument("--cache", type=Path, required=True, help="the extraction cache, warm for the corpus")
    parser.add_argument("--baseline-src", type=Path, help="the src/ folder of older code, measured first")
    parser.add_argument("--src", type=Path, default=root / "src", help="the code measured (this checkout's)")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of each code, in alternating order (the fastest is shown)"
    )
    args = parser.parse_args()
    codes = [("baseline", args.baseline_src)] if args.baseline_src else []
    codes.append(("this code", args.src))
    best: dict[str, dict[str, object]] = {}
    for run in range(args.repeat):  # alternated: the second of two runs gains from warm files
        for name, src in codes if run % 2 == 0 else codes[::-1]:
            print(f"{name}: resolving {args.corpus} (run {run + 1}) ...", file=sys.stderr, flush=True)
            row = measure(src, args.corpus, args.cache)
            print(f"  {row['cpu']:.1f} s of CPU", file=sys.stderr, flush=True)
            if name not in best or row["cpu"] < best[name]["cpu"]:  # type: ignore[operator]
                best[name] = row
    rows = [(name, best[name]) for name, _ in codes]
    print("| code | articles (cached) | meeting reports | resolution CPU | passes | peak RSS | digest |")
    print("|---|---|---|---|---|---|---|")
    for name, row in rows:
        passes = ", ".join(f"{p:.1f}" for p in row["passes"])  # type: ignore[attr-defined]
        print(
            f"| {name} | {row['articles']:,} ({row['from_cache']:,}) | {row['meetings']:,} "
            f"| {row['cpu']:.1f} s | {passes} | {row['maxrss_mib']} MiB | {row['digest']} |"
        )
    if len({row["digest"] for _, row in rows}) > 1:
        sys.exit("the digests differ: the two codes resolve differently")


if __name__ == "__main__":
    main()
