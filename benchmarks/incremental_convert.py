"""Benchmark: what a pull request that adds one article costs, with and without the extraction cache.

    python benchmarks/incremental_convert.py [--articles 200] [--corpus ../shared/corpus/dev]

Builds a checkout of N varied articles (as `convert_speed.py` does), converts it once to fill
the cache, adds one article, then measures in fresh processes (model loading included: CI
pays it too): the conversion without cache (the baseline: every article extracted again),
the conversion with the cache (one article extracted), and `engagements validate` on the
checkout with a warm cache (sources, corrections, rebuild comparison, package).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from convert_speed import corpus_arguments, make_corpus


def timed(*argv: str | Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(a) for a in argv], check=False, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    args = corpus_arguments(__doc__, 200)
    cli = Path(sys.executable).with_name("engagements")
    with tempfile.TemporaryDirectory() as tmp:
        checkout = Path(tmp) / "repo"
        sources = checkout / "datasets" / "sources"
        make_corpus(args.corpus, Path(tmp) / "all", args.articles + 1)
        every = sorted((Path(tmp) / "all").glob("*.txt"))
        sources.mkdir(parents=True)
        for path in every[:-1]:
            shutil.copy(path, sources / path.name)
        package, cache = checkout / "datasets" / "engagements", Path(tmp) / "cache"
        convert: list[str | Path] = [cli, "convert", sources, "-o", package, "-q"]
        fill = timed(*convert, "--cache", cache)
        shutil.copy(every[-1], sources / every[-1].name)  # the pull request: one new article
        without = timed(*convert, "--no-cache")
        shutil.rmtree(package)
        with_cache = timed(*convert, "--cache", cache)
        check = timed(cli, "validate", checkout, "--cache", cache)
    print(f"{args.articles} articles + 1 new, whole job in a fresh process (model loading included):")
    rows = [
        ("first conversion, empty cache", fill, ""),
        ("convert without cache (baseline)", without, ""),
        ("convert with cache (1 article extracted)", with_cache, f"{without / with_cache:.1f}x faster"),
        ("validate the checkout, warm cache", check, ""),
    ]
    for label, seconds, note in rows:
        print(f"  {label:<42} {seconds:7.1f} s  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
