"""Benchmark: what cross-article resolution adds to the time of a conversion.

    python benchmarks/resolution_speed.py [--articles 2000] [--corpus ../shared/corpus/dev] [--workers 2]

Builds the same varied corpus as `convert_speed.py` (copies of the corpus articles with other
numbers and dates, so persons, organisations and exercises recur across hundreds of articles
and meetings of the same people are reported on many days), then, in a fresh process, runs
`engagements convert` end to end (parse, extract, build, merge, resolve, correct, write,
validate; model loading excluded, as in `convert_speed.py`) with the resolution step timed
inside it. Prints the conversion time, the resolution time and its share of the rest; then
resolution alone on the same merged dataset, best of three.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from convert_speed import corpus_arguments, make_corpus

TIMED_CONVERT = """
import json, sys, time
from pathlib import Path
import engagements.convert as convert
from engagements.extraction import gazetteer
from engagements.extraction.nlp import pipeline
from engagements.pipeline.resolve_across import resolve_across

spent = []
def timed(dataset, decisions=()):
    start = time.perf_counter()
    result = resolve_across(dataset, decisions)
    spent.append(time.perf_counter() - start)
    sizes.update({t: len(getattr(dataset, t)) for t in ("persons", "organisations", "meetings", "exercises")})
    sizes["redirects"] = len(result.redirects)
    return result
sizes = {}
convert.resolve_across = timed
pipeline(); gazetteer.cities()
start = time.perf_counter()
result = convert.convert_sources([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]),
                                 cache_dir=Path(sys.argv[4]))
print(json.dumps({"seconds": time.perf_counter() - start, "resolution": sum(spent), "sizes": sizes,
                  "valid": result.report.valid, "articles": result.articles}))
"""

RESOLUTION_ALONE = """
import json, sys, time
from pathlib import Path
from engagements.convert import build_dataset, parse_sources, source_files
from engagements.pipeline.cache import ExtractionCache
from engagements.pipeline.resolve_across import resolve_across
articles, _ = parse_sources(source_files([Path(sys.argv[1])]))
merged, _ = build_dataset(articles, ExtractionCache(Path(sys.argv[2])))
times = []
for _ in range(3):
    start = time.perf_counter()
    resolve_across(merged)
    times.append(time.perf_counter() - start)
print(json.dumps({"best": min(times), "all": times}))
"""


def run(script: str, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    args = corpus_arguments(__doc__, 2000)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, cache = Path(tmp) / "corpus", Path(tmp) / "cache"
        make_corpus(args.corpus, corpus, args.articles)
        started = time.perf_counter()
        converted = run(TIMED_CONVERT, str(corpus), str(Path(tmp) / "out"), "2", str(cache))
        alone = run(RESOLUTION_ALONE, str(corpus), str(cache))
    seconds, resolution = float(converted["seconds"]), float(converted["resolution"])  # type: ignore[arg-type]
    print(f"corpus: {converted['articles']} articles; records before resolution: {converted['sizes']}")
    print(f"engagements convert (2 workers)   : {seconds:7.1f}s  valid={converted['valid']}")
    print(f"  of which cross-article resolution: {resolution:7.2f}s")
    print(f"resolution adds {resolution / (seconds - resolution):.1%} to the conversion without it")
    print(f"resolution alone, best of 3        : {float(alone['best']):7.2f}s  {alone['all']}")  # type: ignore[arg-type]
    print(f"(benchmark took {time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
