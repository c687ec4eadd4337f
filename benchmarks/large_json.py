"""Benchmark: a package whose `engagements.json` is over 2 GiB, as an archive's is.

    python benchmarks/large_json.py [--rows 10000000] [--out bench-large] [--baseline-src OLD/src]
                                    [--out-of-order]

Writes `validate_speed.py`'s package without its faults (--rows evidence rows, the other tables
sized to match) and its `engagements.json`, rendered in pieces by the validator's own renderer
(the one a test proves byte-identical to what `convert` writes), then validates it with this
checkout's code and, with --baseline-src, with another's, in fresh processes: wall time, CPU
time, peak memory and the issues found. A package convert writes passes 2 GiB of JSON from
about 165,000 articles; before the validator read that file in pieces without the limit of
files read whole, such a package was refused (`file_too_large`), by `validate` and by convert's
own check of what it wrote. With --out-of-order the evidence rows are written in reverse id
order, as a foreign package may hold them: the JSON check then sorts them (on disk since stop 28;
before, in memory).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import polars as pl

from engagements.package import validate
from engagements.package.json_check import expected_pieces
from engagements.package.validate_common import Frames
from validate_speed import MEASURE, generate

SRC = Path(__file__).resolve().parent.parent / "src"


def write_json(package: Path) -> int:
    """Write the package's `engagements.json` from its (valid) tables, a piece at a time; its bytes."""
    seen: dict[str, Frames] = {}

    def keep(root: Path, frames: Frames, *_: object) -> None:
        seen["frames"] = frames

    with mock.patch.object(validate, "check_json", keep):  # the frames, not the comparison
        report = validate.validate_package(package)
    problems = [i for i in report.issues if i.code != "file_missing"]
    if problems:
        raise SystemExit(f"the generated tables are not valid: {problems[:3]}")
    written = 0
    with (package / "engagements.json").open("wb") as handle:
        for piece in expected_pieces(seen["frames"], quick=True):
            handle.write(piece)
            written += len(piece)
    return written


def reverse_evidence(package: Path) -> None:
    """Rewrite `data/evidence.csv` with its rows in reverse order: the same table, not in id order."""
    path = package / "data" / "evidence.csv"
    frame = pl.read_csv(path, infer_schema=False, null_values=[""]).reverse()
    frame.write_csv(path, quote_style="necessary", line_terminator="\n")


def measured(src: Path, package: Path) -> tuple[float, float, int, list[str]]:
    """(wall s, CPU s, peak RSS KiB, issue codes) of `engagements validate` run from `src`."""
    command = [
        sys.executable,
        "-c",
        "import sys; from engagements.cli import main; sys.exit(main())",
        "validate",
        str(package),
        "--format",
        "json",
    ]
    environment = {**os.environ, "PYTHONPATH": str(src)}
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, env=environment
    )
    wall, cpu, peak = run.stderr.split()[-3:]
    codes = [issue["code"] for issue in json.loads(run.stdout)["issues"]]
    return float(wall), float(cpu), int(peak), codes


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench-large"))
    parser.add_argument("--baseline-src", type=Path, default=None, help="another checkout's src/ to compare")
    parser.add_argument(
        "--out-of-order",
        action="store_true",
        help="write the evidence rows in reverse id order (a foreign package: the JSON check sorts them)",
    )
    args = parser.parse_args()
    package = args.out / "package"
    started = time.perf_counter()
    generate(package, args.rows, faults=False)
    size = write_json(package)
    if args.out_of_order:
        reverse_evidence(package)
    took = time.perf_counter() - started
    print(f"generated {args.rows:,} evidence rows and {size:,} bytes of JSON in {took:.0f} s")
    runs = [("this checkout", SRC)] + ([("baseline", args.baseline_src)] if args.baseline_src else [])
    for name, src in runs:
        wall, cpu, peak, codes = measured(src, package)
        verdict = "valid" if not codes else ", ".join(sorted(set(codes)))
        print(f"{name:>14}: {wall:7.1f} s  CPU {cpu:7.1f} s  peak {peak / 1024:6.0f} MiB  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
