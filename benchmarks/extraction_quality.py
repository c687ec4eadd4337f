"""Benchmark: extraction quality per corpus and language, with the corpus scorer.

    python benchmarks/extraction_quality.py [CORPUS ...] [--scorer ../shared/tools/score.py]
                                            [--baseline] [--json OUT]

Each CORPUS is a folder of `NAME.txt` + `NAME.gold.json` (default `../shared/corpus/dev`; add
the folder where you fetched the dev-real excerpts, as `../shared/corpus/dev-real/fetch.md`
says; their texts are never stored in the repository). Articles are grouped by the language
their gold file states, and each group is scored on its own (`dev fr`, `dev en`, ...): the
figures `docs/extraction.md` reports. `--baseline` adds bare spaCy NER (PER as persons, ORG as
organisations, nothing else) for comparison. Predictions are made in this process (each model
loads once); the numbers equal those of the scorer's `--cmd` mode.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from engagements.convert import extract_view
from engagements.extraction.nlp import pipeline
from engagements.languages import get as language_named
from engagements.pipeline.parse import parse_file

System = Callable[[Path], dict[str, object]]


def project(article: Path) -> dict[str, object]:
    return extract_view(article)


def bare_spacy(article: Path) -> dict[str, object]:
    parsed = parse_file(article)
    doc = pipeline(language_named(parsed.language))(parsed.text)
    persons = sorted({e.text.strip() for e in doc.ents if e.label_ in ("PER", "PERSON")})
    orgs = sorted({e.text.strip() for e in doc.ents if e.label_ == "ORG"})
    return {
        "persons": [{"name": p} for p in persons],
        "organisations": [{"name": o} for o in orgs],
        "meetings": [],
        "exercises": [],
    }


def groups(corpus: Path) -> dict[str, list[Path]]:
    """The corpus's articles by the language their gold file states."""
    found: dict[str, list[Path]] = {}
    for gold in sorted(corpus.glob("*.gold.json")):
        language = json.loads(gold.read_text(encoding="utf-8")).get("language", "?")
        found.setdefault(language, []).append(gold.with_name(gold.name[: -len(".gold.json")] + ".txt"))
    return found


def score(scorer: Path, articles: list[Path], system: System, tmp: Path) -> dict[str, object]:
    """The scorer's JSON report for `system` on `articles` (gold and text linked into one folder)."""
    corpus, preds = tmp / "corpus", tmp / "preds"
    corpus.mkdir()
    preds.mkdir()
    for article in articles:
        for path in (article, article.with_name(article.stem + ".gold.json")):
            (corpus / path.name).symlink_to(path.resolve())
        (preds / f"{article.stem}.json").write_text(json.dumps(system(article), ensure_ascii=False))
    report = tmp / "report.json"
    subprocess.run(
        [sys.executable, str(scorer), str(corpus), "--pred-dir", str(preds), "--json", str(report)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(report.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", type=Path, nargs="*", default=[root.parent / "shared" / "corpus" / "dev"])
    parser.add_argument("--scorer", type=Path, default=root.parent / "shared" / "tools" / "score.py")
    parser.add_argument("--baseline", action="store_true", help="also score bare spaCy NER")
    parser.add_argument("--json", type=Path, help="write every report to this file")
    args = parser.parse_args()
    if not args.scorer.exists() or not all(any(c.glob("*.gold.json")) for c in args.corpora):
        print(
            f"need corpora with *.gold.json ({args.corpora}) and the scorer ({args.scorer})", file=sys.stderr
        )
        return 2
    systems: list[tuple[str, System]] = [("engagements", project)]
    if args.baseline:
        systems.append(("bare spaCy NER", bare_spacy))
    columns = ("persons", "organisations", "meetings", "participants", "exercises")
    accuracies = ("meeting_date", "meeting_location", "exercise_fields")
    print(f"| set | system | n | {' | '.join(columns)} | headline | {' | '.join(accuracies)} |")
    print(f"|---|---|---|{'---|' * (len(columns) + 1 + len(accuracies))}")
    reports = {}
    for corpus in args.corpora:
        for language, articles in sorted(groups(corpus).items()):
            for name, system in systems:
                with tempfile.TemporaryDirectory() as tmp:
                    report = score(args.scorer, articles, system, Path(tmp))
                label = f"{corpus.name} {language}"
                reports[f"{label} / {name}"] = report
                cells = [_fmt(report[c]["f1"]) for c in columns]  # type: ignore[index]
                rates = [_fmt(report[a]["accuracy"]) for a in accuracies]  # type: ignore[index]
                headline = _fmt(report["headline_f1"])
                row = [label, name, str(len(articles)), *cells, headline, *rates]
                print("| " + " | ".join(row) + " |")
                sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2, ensure_ascii=False))
    return 0


def _fmt(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else "–"


if __name__ == "__main__":
    sys.exit(main())
