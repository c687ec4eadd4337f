"""Benchmark: the converting process's memory during `convert --dask local[N]`, two versions.

    python benchmarks/dask_memory.py CORPUS --cache DIR [--baseline-src OLD/src] [--src src] [--repeat 2]

With `local[N]` the Dask scheduler runs in the converting process, so whatever it keeps of the
chunks it sent to the workers adds to the client's memory while the articles are extracted and
merged. Each version converts CORPUS in a fresh process (`PYTHONPATH=SRC`), alternated
`--repeat` times; printed per run: the peak resident memory (`VmHWM`) when resolution starts
(extraction and merge behind it) and at the end, and the wall time. Warm the cache first (one
`engagements convert CORPUS --cache DIR`) so that the workers load no language model and the
runs measure the client, not extraction. The packages must be byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from convert_speed import same_package

RUN = """
import json, sys, time
from pathlib import Path
from engagements.convert import convert_sources

def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024

if __name__ == "__main__":  # the workers are spawned: they re-import this script
    marks = {}
    def tell(step):
        if step.startswith("resolving"):
            marks["before resolution"] = peak()
    start = time.perf_counter()
    result = convert_sources([Path(sys.argv[1])], Path(sys.argv[2]), dask=sys.argv[4],
                             cache_dir=Path(sys.argv[3]), tell=tell)
    print(json.dumps({**marks, "whole conversion": peak(), "seconds": time.perf_counter() - start,
                      "valid": result.report.valid, "cached": result.cached}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parent.parent / "src")
    parser.add_argument("--baseline-src", type=Path, help="the other version's src/ (git archive REV src)")
    parser.add_argument("--dask", default="local[2]")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    versions = {"now": args.src}
    if args.baseline_src:
        versions = {"baseline": args.baseline_src, **versions}
    with tempfile.TemporaryDirectory(prefix="dask-memory-", dir=Path.cwd()) as scratch:
        script = Path(scratch) / "run.py"
        script.write_text(RUN, encoding="utf-8")
        outs: dict[str, Path] = {}
        print(f"{'version':<9} {'peak before resolution':>23} {'peak, whole':>12} {'wall':>8}")
        for turn in range(args.repeat):
            for name, src in versions.items():
                out = Path(scratch) / f"{name}-{turn}"
                env = {**os.environ, "PYTHONPATH": str(src.resolve())}
                command = [sys.executable, str(script), str(args.corpus), str(out)]
                command += [str(args.cache), args.dask]
                done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
                if done.returncode:
                    print(done.stderr[-2000:], file=sys.stderr)
                    return 1
                figures = json.loads(done.stdout.strip().splitlines()[-1])
                print(
                    f"{name:<9} {figures['before resolution']:>19} MiB {figures['whole conversion']:>8} MiB"
                    f" {figures['seconds']:>7.1f}s  valid={figures['valid']} cached={figures['cached']}"
                )
                if name in outs and not same_package(outs[name], out):
                    print(f"{name}: two runs wrote different packages", file=sys.stderr)
                    return 1
                outs.setdefault(name, out)
        if len(outs) == 2 and not same_package(*outs.values()):
            print("the two versions wrote different packages", file=sys.stderr)
            return 1
        print("packages byte-identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
