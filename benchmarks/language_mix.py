"""Benchmark: conversion time per article, French-only corpus against a French and English mix.

    python benchmarks/language_mix.py [--articles 300] [--corpus ../shared/corpus/dev] [--workers 1]

Two corpora of the same size are built from the corpus articles (copies with other numbers, as
`convert_speed.py` makes them): one of French articles only, one with English articles in the
share the corpus has (11 of 41 in the development corpus). Each is converted end to end
(`convert_sources`: parse, extract, link, build, write, validate) in a fresh process, models
loaded before the clock starts, and the seconds per article compared. The target of the English
issue: the mix runs at no less than 0.8x the French-only throughput per article. English uses
a standard English spaCy pipeline when one is installed, else the French pipeline with English
rules (docs/extraction.md); the line `English read with` says which.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from convert_speed import corpus_arguments, make_corpus

CONVERT_RUN = """
import json, sys, time
from pathlib import Path
from engagements.convert import convert_sources
from engagements.extraction import gazetteer
from engagements.extraction.nlp import model_for, pipeline
from engagements.languages import LANGUAGES
for language in LANGUAGES.values():
    pipeline(language)
gazetteer.cities()
start = time.perf_counter()
result = convert_sources([Path(sys.argv[1])], Path(sys.argv[2]), workers=int(sys.argv[3]))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "docs": result.articles, "valid": result.report.valid,
                  "english_model": model_for(LANGUAGES["en"]).name}))
"""


def split_by_language(corpus: Path, into: Path) -> tuple[Path, Path]:
    """The corpus's French and English articles (by their gold file's language) in two folders."""
    french, english = into / "fr", into / "en"
    for folder in (french, english):
        folder.mkdir(parents=True)
    for gold in sorted(corpus.glob("*.gold.json")):
        text = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        language = json.loads(gold.read_text(encoding="utf-8")).get("language")
        target = {"fr": french, "en": english}.get(language)
        if target is not None and text.exists():
            shutil.copy(text, target / text.name)
    return french, english


def run(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", CONVERT_RUN, *args], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"conversion failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    args = corpus_arguments(__doc__, 300)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        french, english = split_by_language(args.corpus, root / "split")
        share = len(list(english.glob("*.txt"))) / max(
            1, len(list(french.glob("*.txt"))) + len(list(english.glob("*.txt")))
        )
        english_count = round(args.articles * share)
        make_corpus(french, root / "french-only", args.articles)
        make_corpus(french, root / "mixed", args.articles - english_count)
        make_corpus(english, root / "mixed-en", english_count)
        for path in (root / "mixed-en").glob("*.txt"):
            path.rename(root / "mixed" / f"en-{path.name}")
        only = run(str(root / "french-only"), str(root / "out-fr"), "1")
        mixed = run(str(root / "mixed"), str(root / "out-mix"), "1")
    per_fr = float(only["seconds"]) / float(only["docs"])  # type: ignore[arg-type]
    per_mix = float(mixed["seconds"]) / float(mixed["docs"])  # type: ignore[arg-type]
    print(f"English read with {mixed['english_model']}")
    print(f"French only : {only['docs']} articles, {only['seconds']:.1f}s, {per_fr * 1000:.0f} ms/article")
    print(
        f"mixed       : {mixed['docs']} articles ({english_count} English), {mixed['seconds']:.1f}s, "
        f"{per_mix * 1000:.0f} ms/article"
    )
    print(f"throughput of the mix against French only: {per_fr / per_mix:.2f}x (target >= 0.80x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
