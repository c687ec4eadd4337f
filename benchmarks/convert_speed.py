"""Benchmark: `engagements convert` against spaCy's own `nlp.pipe`, same model, same texts, same run.

    python benchmarks/convert_speed.py [--articles 2000] [--corpus ../shared/corpus/dev]

Builds a corpus by repeating the corpus articles with varied text (each copy gets other
numbers and a reference line, so no two texts are equal), then measures, each in a fresh
process: spaCy `nlp.pipe` over the parsed texts with n_process=2; `engagements convert` with
1 and 2 workers (the whole job: parse, extract, link, build, write, validate); and the peak
memory of the conversion at a quarter and at the full corpus size (it should stay flat).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SPACY_RUN = """
import json, sys, time, resource
from pathlib import Path
from engagements.extraction.nlp import pipeline
from engagements.pipeline.parse import parse_file
parsed = [parse_file(p) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
texts = [a.text for a in parsed if a.language == "fr"]  # what the converter analyses
nlp = pipeline()
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=16, n_process=2):
    pass
print(json.dumps({"seconds": time.perf_counter() - start, "docs": len(texts)}))
"""

CONVERT_RUN = """
import json, sys, time, resource
from pathlib import Path
from engagements.convert import convert_sources
from engagements.extraction import gazetteer
from engagements.extraction.nlp import pipeline
pipeline(); gazetteer.cities()  # loading is not conversion: spaCy's timing excludes it too
start = time.perf_counter()
result = convert_sources([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]))
seconds = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "docs": result.articles, "peak_mib": peak // 1024,
                  "valid": result.report.valid}))
"""


def shift_days(k: int) -> Callable[[re.Match[str]], str]:
    """A `re.sub` replacement: the day number in group 1 moved `k` days on, within 1-28."""

    def replace(m: re.Match[str]) -> str:
        return f"{(int(m.group(1)) + k) % 28 + 1} "

    return replace


def shift_years(k: int) -> Callable[[re.Match[str]], str]:
    """A `re.sub` replacement: the year matched moved `k` years on."""

    def replace(m: re.Match[str]) -> str:
        return str(int(m.group(0)) + k)

    return replace


def make_corpus(source: Path, out: Path, count: int, vary_years: bool = False) -> None:
    """`count` copies of the corpus articles, each with other day numbers (28 variants).

    With `vary_years`, every 28 copies of an article also move its years (`19xx`, `20xx`) one
    year on, so the copies report other events (other meetings, other exercise editions) instead
    of hundreds of reports of a few dozen: closer to an archive, where an event has few reports.
    """
    articles = sorted(p for p in source.glob("*.txt") if not p.name.endswith(".meta.json"))
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        article = articles[i % len(articles)]
        shift = i // len(articles)
        text = article.read_text(encoding="utf-8")
        text = re.sub(r"\b(\d{1,2}) (?=[a-zéû]+\b)", shift_days(shift), text)
        if vary_years:
            text = re.sub(r"\b(19|20)(\d\d)\b", shift_years(shift // 28), text)
        text = text.rstrip("\n") + f"\n\nRéf. {i:05d}\n"
        (out / f"{article.stem}-{i:05d}.txt").write_text(text, encoding="utf-8")


def same_package(a: Path, b: Path) -> bool:
    """Whether two package folders hold the same files with the same bytes."""
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    theirs = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files == theirs and all(filecmp.cmp(a / f, b / f, shallow=False) for f in files)


def run(script: str, *args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def corpus_arguments(description: str | None, articles: int) -> argparse.Namespace:
    """`--articles N` and `--corpus DIR` (the shared development corpus by default)."""
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument("--corpus", type=Path, default=root.parent / "shared" / "corpus" / "dev")
    return parser.parse_args()


def main() -> int:
    args = corpus_arguments(__doc__, 2000)
    with tempfile.TemporaryDirectory() as tmp:
        full, quarter = Path(tmp) / "full", Path(tmp) / "quarter"
        make_corpus(args.corpus, full, args.articles)
        make_corpus(args.corpus, quarter, args.articles // 4)
        started = time.perf_counter()
        spacy = run(SPACY_RUN, str(full))
        two = run(CONVERT_RUN, str(full), str(Path(tmp) / "out2"), "2")
        one = run(CONVERT_RUN, str(full), str(Path(tmp) / "out1"), "1")
        small = run(CONVERT_RUN, str(quarter), str(Path(tmp) / "outq"), "2")
        print(f"corpus: {args.articles} articles ({spacy['docs']} French texts for spaCy)")
        spacy_rate = spacy["docs"] / spacy["seconds"]
        print(f"spaCy nlp.pipe (n_process=2)      : {spacy['seconds']:7.1f}s  {spacy_rate:6.1f} docs/s")
        for label, result in (
            ("engagements convert, 2 workers", two),
            ("engagements convert, 1 worker ", one),
        ):
            rate = args.articles / result["seconds"]
            print(
                f"{label}    : {result['seconds']:7.1f}s  {rate:6.1f} articles/s  "
                f"peak {result['peak_mib']} MiB  valid={result['valid']}"
            )
        french_rate = spacy["docs"] / two["seconds"]  # the French texts both systems analyse
        print(
            f"throughput vs nlp.pipe: {french_rate / spacy_rate:.0%} (2 workers); "
            f"scaling 1 -> 2 workers: {one['seconds'] / two['seconds']:.2f}x"
        )
        print(
            f"peak memory, {args.articles // 4} articles: {small['peak_mib']} MiB; "
            f"{args.articles} articles: {two['peak_mib']} MiB"
        )
        print(f"(benchmark took {time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
