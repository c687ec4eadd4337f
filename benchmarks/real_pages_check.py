"""Check texts fetched for a set of real pages against its fetch list, and put the gold beside them.

    python benchmarks/real_pages_check.py benchmarks/real_pages/SET DIR

DIR holds `ID.txt` files taken from the `search` tool as `benchmarks/real_pages/README.md` says;
each must have the length and the SHA-256 that `fetch.tsv` records. The gold files are copied into
DIR, ready for `benchmarks/extraction_quality.py DIR`. Exit 1 when a text is missing or differs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import sys
from pathlib import Path


def check(set_dir: Path, texts: Path) -> list[str]:
    """Problems with the texts in `texts`, one line each; none when every text matches."""
    problems = []
    with (set_dir / "fetch.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            path = texts / f"{row['id']}.txt"
            if not path.is_file():
                problems.append(f"{path}: missing; fetch {row['url']} with the query {row['query']!r}")
                continue
            text = path.read_bytes().decode("utf-8")
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if len(text) != int(row["chars"]) or digest != row["sha256"]:
                problems.append(
                    f"{path}: {len(text)} characters, sha256 {digest[:12]}…; expected {row['chars']} and "
                    f"{row['sha256'][:12]}… (compare whitespace first: no-break spaces, a trailing newline)"
                )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("set_dir", type=Path, help="benchmarks/real_pages/SET")
    parser.add_argument("texts", type=Path, help="the scratch folder holding the fetched texts")
    args = parser.parse_args()
    problems = check(args.set_dir, args.texts)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    for gold in sorted(args.set_dir.glob("*.gold.json")):
        shutil.copyfile(gold, args.texts / gold.name)
    print(f"{len(list(args.set_dir.glob('*.gold.json')))} texts match; gold files copied into {args.texts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
