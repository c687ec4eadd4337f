"""Benchmark: extraction quality of the project against bare spaCy NER, with the corpus scorer.

    python benchmarks/extraction_quality.py [CORPUS] [--scorer ../shared/tools/score.py]

Writes one prediction per article for each system (the project's `engagements extract` view,
and bare `fr_core_news_md` NER with PER as persons and ORG as organisations), then prints the
scorer's table for both, one after the other. Predictions are made in this process, so the
model loads once; the numbers equal those of the scorer's `--cmd` mode.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from engagements.convert import extract_view
from engagements.extraction.nlp import pipeline
from engagements.pipeline.parse import parse_file


def project(article: Path) -> dict[str, object]:
    return extract_view(article)


def bare_spacy(article: Path) -> dict[str, object]:
    doc = pipeline()(parse_file(article).text)
    persons = sorted({e.text.strip() for e in doc.ents if e.label_ == "PER"})
    orgs = sorted({e.text.strip() for e in doc.ents if e.label_ == "ORG"})
    return {
        "persons": [{"name": p} for p in persons],
        "organisations": [{"name": o} for o in orgs],
        "meetings": [],
        "exercises": [],
    }


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, nargs="?", default=root.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--scorer", type=Path, default=root.parent / "shared" / "tools" / "score.py")
    args = parser.parse_args()
    articles = sorted(
        p.with_name(p.name[: -len(".gold.json")] + ".txt") for p in args.corpus.glob("*.gold.json")
    )
    if not articles or not args.scorer.exists():
        print(
            f"need a corpus with *.gold.json ({args.corpus}) and the scorer ({args.scorer})", file=sys.stderr
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for name, system in (("engagements", project), ("bare spaCy NER", bare_spacy)):
            out = Path(tmp) / name.replace(" ", "_")
            out.mkdir()
            for article in articles:
                (out / f"{article.stem}.json").write_text(json.dumps(system(article), ensure_ascii=False))
            print(f"\n=== {name}")
            sys.stdout.flush()
            subprocess.run(
                [sys.executable, str(args.scorer), str(args.corpus), "--pred-dir", str(out)], check=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
