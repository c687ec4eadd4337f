"""Benchmark: `engagements extract FILE` from a cold process, model loading included.

    python benchmarks/cold_start.py [--baseline-src DIR] [--runs 5] [--article FILE ...]

Each run is a fresh Python process running the CLI on one article with `--no-cache` and an
empty temporary `ENGAGEMENTS_CACHE`, so no extraction cache is read: the time is the import of
the package and spaCy, the loading of the language model and the gazetteer, and one article's
extraction. `--baseline-src` names the `src/` folder of older code (for example
`git archive d37a6df src | tar -x -C /tmp/cold-base`, then `--baseline-src /tmp/cold-base/src`);
it is put first on `PYTHONPATH` and timed in the same session, runs alternating with the
current code so that both see the same machine noise. The outputs of the two must be equal.

Articles: a French golden article from `tests/golden` and an invented English one (written to
a temporary file). Prints best and median wall-clock seconds per article and code, the best CPU
seconds (user and system time of the process: steadier on a shared machine), the ratios, then
the ten slowest imports of the current code (`python -X importtime`, cumulative).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURRENT_SRC = ROOT / "src"
FRENCH = ROOT / "tests" / "golden" / "dev-003.txt"

ENGLISH = """Kenya and United States hold talks on maritime security

Nairobi, March 4, 2025 (KNA) - Cabinet Secretary for Defence Halvard Quist received on Tuesday
Lt. Gen. Marlo Pettigrew, the commander of the Combined Joint Task Force-Horn of Africa, at the
Ministry of Defence in Nairobi. The two discussed maritime security, training and the exercise
Cutlass Express 2025, which the Kenya Navy will host in Mombasa from March 10 to 21.

Pettigrew later toured the port of Mombasa with Maj. Gen. Edwin Stroud, the commander of the
Kenya Navy. "Our partnership keeps the sea lanes open," Stroud said.
"""

CLI = "import sys; from engagements.cli import main; sys.argv[0] = 'engagements'; sys.exit(main())"
"""The console script, runnable against any `src/` (older code has no `__main__` module)."""


def _env(src: Path, cache: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]))
    env["ENGAGEMENTS_CACHE"] = cache
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(src: Path, article: Path, extra: tuple[str, ...] = ()) -> tuple[float, float, str, str]:
    """Wall and CPU seconds of one cold `extract` with the code in `src`, its stdout and stderr."""
    with tempfile.TemporaryDirectory() as cache:
        command = [sys.executable, *extra, "-c", CLI, "extract", str(article), "--format", "json"]
        command.append("--no-cache")
        started, cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run(command, capture_output=True, text=True, env=_env(src, cache), cwd=cache)
        seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"{src}: extract {article} failed:\n{done.stderr}")
    return seconds, cpu, done.stdout, done.stderr


def import_times(src: Path, article: Path, top: int = 10) -> list[tuple[int, int, str]]:
    """The `top` slowest imports (cumulative, self microseconds, module) of one cold `extract`."""
    _, _, _, stderr = run_once(src, article, ("-X", "importtime"))
    rows = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            own, cumulative, module = line[len("import time:") :].split("|")
            rows.append((int(cumulative), int(own), module.rstrip()))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline-src", type=Path, default=None, help="the src/ folder of the old code")
    parser.add_argument("--runs", type=int, default=5, help="cold runs per article and code")
    parser.add_argument("--article", type=Path, action="append", default=None, help="articles to extract")
    parser.add_argument("--no-importtime", action="store_true", help="skip the import-time table")
    args = parser.parse_args()
    codes = {"current": CURRENT_SRC}
    if args.baseline_src is not None:
        if not (args.baseline_src / "engagements").is_dir():
            parser.error(f"{args.baseline_src} has no engagements package")
        codes = {"baseline": args.baseline_src.resolve(), **codes}
    with tempfile.TemporaryDirectory() as tmp:
        english = Path(tmp) / "english.txt"
        english.write_text(ENGLISH, encoding="utf-8")
        articles = [a.resolve() for a in args.article] if args.article else [FRENCH, english]
        print(f"{'article':<14} {'code':<9} {'best s':>7} {'median s':>9} {'best CPU s':>11}  runs (wall s)")
        results: dict[tuple[Path, str], tuple[float, float]] = {}
        for article in articles:
            seconds: dict[str, list[float]] = {name: [] for name in codes}
            cpus: dict[str, list[float]] = {name: [] for name in codes}
            outputs: dict[str, str] = {}
            for _ in range(args.runs):  # alternate the codes: both see the same machine state
                for name, src in codes.items():
                    elapsed, cpu, stdout, _ = run_once(src, article)
                    seconds[name].append(elapsed)
                    cpus[name].append(cpu)
                    outputs.setdefault(name, stdout)
            for name, times in seconds.items():
                results[article, name] = (min(times), min(cpus[name]))
                runs = ", ".join(f"{t:.2f}" for t in times)
                best, median, cpu = min(times), statistics.median(times), min(cpus[name])
                print(f"{article.name:<14} {name:<9} {best:>7.2f} {median:>9.2f} {cpu:>11.2f}  {runs}")
            if len(set(outputs.values())) > 1:
                print(f"{article.name}: the outputs differ between baseline and current code")
        if "baseline" in codes:
            header = f"{'article':<14} {'baseline s':>10} {'current s':>10} {'ratio':>6}"
            print(f"\n{header}  {'CPU s':>12} {'ratio':>6}")
            for article in articles:
                (base, base_cpu), (current, cpu) = results[article, "baseline"], results[article, "current"]
                print(
                    f"{article.name:<14} {base:>10.2f} {current:>10.2f} {base / current:>5.2f}x  "
                    f"{base_cpu:>5.2f}/{cpu:<5.2f} {base_cpu / cpu:>5.2f}x"
                )
        if not args.no_importtime:
            print("\nslowest imports of the current code (python -X importtime, one cold run):")
            print(f"{'cumulative ms':>14} {'self ms':>8}  module")
            for cumulative, own, module in import_times(CURRENT_SRC, articles[0]):
                print(f"{cumulative / 1000:>14.0f} {own / 1000:>8.0f}  {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
