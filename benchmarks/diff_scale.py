"""Benchmark: `engagements diff` between two releases of an archive's size.

    python benchmarks/diff_scale.py OLD NEW [--baseline-src OLD_CHECKOUT/src] [--repeat 1]

Runs `engagements diff OLD NEW --format json` with this checkout's code and, with
--baseline-src, with another's, each in a fresh process, alternately: wall time, CPU time, peak
memory (`ru_maxrss`), the exit status, and a digest of the output (the same digest: the same
diff). OLD and NEW are packages `convert` wrote; an archive's release and the next are the case
this measures (the diff reads both `engagements.json` files, about 13 KB an article each).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from validate_speed import MEASURE

SRC = Path(__file__).resolve().parent.parent / "src"


def measured(src: Path, old: Path, new: Path) -> tuple[float, float, int, int, str]:
    """(wall s, CPU s, peak RSS KiB, exit status, output digest) of `engagements diff` from `src`."""
    command = [
        sys.executable,
        "-c",
        "import sys; from engagements.cli import main; sys.exit(main())",
        "diff",
        str(old),
        str(new),
        "--format",
        "json",
    ]
    measure = MEASURE.replace(
        "sys.stdout.write(run.stdout)", "sys.stdout.write(str(run.returncode) + chr(10) + run.stdout)"
    )
    run = subprocess.run(
        [sys.executable, "-c", measure, *command],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(src)},
    )
    wall, cpu, peak = run.stderr.split()[-3:]
    status, _, output = run.stdout.partition("\n")
    return float(wall), float(cpu), int(peak), int(status), hashlib.sha256(output.encode()).hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old", type=Path, help="the earlier release (a package folder)")
    parser.add_argument("new", type=Path, help="the later release (a package folder)")
    parser.add_argument("--baseline-src", type=Path, default=None, help="another checkout's src/ to compare")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each code, alternately")
    args = parser.parse_args()
    sizes = [(p / "engagements.json").stat().st_size for p in (args.old, args.new)]
    print(f"engagements.json: {sizes[0]:,} and {sizes[1]:,} bytes")
    runs = [("this checkout", SRC)] + ([("baseline", args.baseline_src)] if args.baseline_src else [])
    for _ in range(args.repeat):
        for name, src in runs:
            wall, cpu, peak, status, digest = measured(src, args.old, args.new)
            figures = f"{wall:7.1f} s  CPU {cpu:7.1f} s  peak {peak / 1024:6.0f} MiB"
            print(f"{name:>14}: {figures}  exit {status}  {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
