"""Benchmark: extraction time and peak memory against the length of one article.

    python benchmarks/long_articles.py [--sizes 10,30,100,300,1000] [--timeout 900] [--as-convert]

Builds one synthetic French article per size (kilobytes of UTF-8 text) from the golden articles
(`tests/golden/*.txt`): their bodies repeated, each copy with other day numbers and a reference
line, so no two paragraphs are equal. Then, each size in a fresh process, it loads the model
(timed apart) and analyses the article as `convert` does (spaCy, extraction, linking, building:
`build_article`), printing seconds, characters per second, the peak memory of the process and
its growth over the loaded model. Extraction should be linear: characters per second stay flat
and memory grows in proportion. By default the whole text is analysed (the limit
`MAX_EXTRACTED_CHARS` and spaCy's `max_length` are lifted, to see how the extractor itself
scales); `--as-convert` keeps them, to see what `convert` does. A size that runs past
`--timeout` seconds is reported as such.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

RUN = """
import json, resource, sys, time
from pathlib import Path
import engagements.pipeline.build as build
from engagements.extraction import gazetteer
from engagements.extraction.nlp import pipeline
from engagements.pipeline.parse import parse_file
started = time.perf_counter()
nlp = pipeline(); gazetteer.cities()
loading = time.perf_counter() - started
parsed = parse_file(Path(sys.argv[1]))
if sys.argv[2] == "whole":
    build.MAX_EXTRACTED_CHARS = len(parsed.text)
    nlp.max_length = max(nlp.max_length, len(parsed.text) + 1)
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
text = build.extraction_text(parsed)
doc = nlp(text)
analysed = time.perf_counter()
records = build.build_article(parsed, doc)
done = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(parsed.text), "analysed": len(text), "loading": loading,
                  "spacy": analysed - start, "seconds": done - start, "peak_mib": peak // 1024,
                  "growth_mib": (peak - loaded) // 1024, "persons": len(records.persons),
                  "evidence": len(records.evidence)}))
"""


def shift_days(k: int) -> Callable[[re.Match[str]], str]:
    """A `re.sub` replacement: the day number in group 1 moved `k` days on, within 1-28."""

    def replace(m: re.Match[str]) -> str:
        return f"{(int(m[1]) + k) % 28 + 1} "

    return replace


def make_article(kilobytes: int, path: Path) -> None:
    """An article of about `kilobytes` KB: a headline, then golden bodies with varied day numbers."""
    bodies = [p.read_text(encoding="utf-8").split("\n", 1)[1].strip() for p in sorted(GOLDEN.glob("*.txt"))]
    parts = [f"Article de synthèse de {kilobytes} Ko"]
    size, copy = 0, 0
    while size < kilobytes * 1024:
        body = bodies[copy % len(bodies)]
        shift = copy // len(bodies)
        body = re.sub(r"\b(\d{1,2}) (?=[a-zéû]+\b)", shift_days(shift), body)
        parts.append(f"{body}\n\nRéf. {copy:05d}")
        size += len(parts[-1].encode("utf-8")) + 2
        copy += 1
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10,30,100,300,1000", help="article sizes in KB, comma-separated")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed for one size")
    parser.add_argument("--as-convert", action="store_true", help="keep the extraction limit, as convert")
    args = parser.parse_args()
    mode = "limited" if args.as_convert else "whole"
    print(f"{'size':>8} {'chars':>9} {'analysed':>9} {'spaCy s':>8} {'total s':>8} {'chars/s':>8} "
          f"{'peak MiB':>9} {'growth MiB':>10}  records")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for kilobytes in (int(size) for size in args.sizes.split(",")):
            article = Path(tmp) / f"article-{kilobytes}.txt"
            make_article(kilobytes, article)
            try:
                run = subprocess.run(
                    [sys.executable, "-c", RUN, str(article), mode],
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=args.timeout,
                )
            except subprocess.TimeoutExpired:
                print(f"{kilobytes:>6}KB  over {args.timeout:.0f} s: stopped")
                continue
            except subprocess.CalledProcessError as error:
                print(f"{kilobytes:>6}KB  failed: {error.stderr.strip().splitlines()[-1]}")
                continue
            r = json.loads(run.stdout.strip().splitlines()[-1])
            print(
                f"{kilobytes:>6}KB {r['chars']:>9,} {r['analysed']:>9,} "
                f"{r['spacy']:>8.1f} {r['seconds']:>8.1f} "
                f"{r['analysed'] / r['seconds']:>8,.0f} {r['peak_mib']:>9,} {r['growth_mib']:>10,}  "
                f"{r['persons']} persons, {r['evidence']} evidence (model loading {r['loading']:.1f} s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
