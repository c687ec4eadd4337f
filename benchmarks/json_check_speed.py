"""Benchmark: what checking `engagements.json` against the tables costs `engagements validate`.

    python benchmarks/json_check_speed.py [--rows 200000] [--repeat 3]

Writes a valid package (through the models and `write_package`, so its JSON is what convert
writes) whose evidence table has --rows rows, then validates it in fresh processes with and
without its `engagements.json` (without it, the JSON check stops at `file_missing`) and prints
the fastest wall time of each, and the difference: the cost of the check.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from engagements.models import Article, Dataset, Evidence, Person, text_checksum
from engagements.package.validate import validate_package
from engagements.package.write import write_package

WORDS = 300
TEXT = "Titre\n\n" + " ".join(f"mot{j}" for j in range(WORDS))
SPANS = [(word.start(), word.group()) for word in re.finditer(r"mot[0-9]+", TEXT)]
"""(start, word) of the words of the text; each person is named after one, so that its name
evidence quotes a mention of it (`evidence_not_a_mention`)."""


def dataset(rows: int) -> Dataset:
    articles = max(rows // 500, 1)
    persons = max(rows // 20, 1)
    return Dataset(
        articles=[
            Article(
                id=f"art-{a}",
                title=f"Titre {a}",
                language="fr",
                checksum=text_checksum(TEXT),
                source_file=f"{a}.txt",
                text=TEXT,
            )
            for a in range(articles)
        ],
        persons=[
            Person(
                provenance="automatic",
                id=f"per-{p}",
                name=f"Personne {SPANS[p % len(SPANS)][1]}",
                titles=["général"],
            )
            for p in range(persons)
        ],
        evidence=[
            Evidence(
                provenance="automatic",
                id=f"evi-{i}",
                subject_id=f"per-{i % persons}",
                field="name",
                article_id=f"art-{i % articles}",
                start=start,
                end=start + len(word),
                quote=word,
            )
            for i in range(rows)
            for start, word in [SPANS[i % persons % len(SPANS)]]  # the word its person is named after
        ],
    )


def fastest(package: Path, repeat: int) -> float:
    cli = Path(sys.executable).with_name("engagements")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([str(cli), "validate", str(package)], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "package"
        write_package(dataset(args.rows), package)
        size = (package / "engagements.json").stat().st_size
        report = validate_package(package)
        if not report.valid:  # else the JSON is never compared and the figures measure nothing
            print(f"the generated package is invalid: {report.issues[:3]}", file=sys.stderr)
            return 1
        with_json = fastest(package, args.repeat)
        (package / "engagements.json").unlink()
        without = fastest(package, args.repeat)
    print(f"{args.rows:,} evidence rows, engagements.json {size / 1e6:.0f} MB, best of {args.repeat}:")
    print(f"  validate with engagements.json    {with_json:6.2f} s")
    print(f"  validate without (file_missing)   {without:6.2f} s")
    print(f"  the JSON check                    {with_json - without:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
