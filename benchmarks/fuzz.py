"""Fuzz the validator and the loaders for a while; every failing input joins the corpus.

    python benchmarks/fuzz.py [--minutes 10] [--targets package,corrections,source] [--examples 200]

Runs the targets of `tests/fuzz_targets.py` in turn, in rounds of --examples Hypothesis examples
(random each round, no example database), until the time is up, and prints how many inputs each
target handled and what failed. A failing input, as Hypothesis shrank it, is written to
`tests/fuzz/corpus/<target>/<seed>.found-<digest>`: `tests/test_fuzz.py` replays it from then on
(fix the code, keep the file). Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzz_targets import CORPUS, TARGETS, mutated, seeds


def fuzz_round(target: str, examples: int) -> tuple[int, tuple[str, bytes] | None, str]:
    """(inputs run, the failing input or None, the error) for one round of a target."""
    state: dict[str, object] = {"runs": 0}

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated(seeds(target)))
    def probe(case: tuple[str, bytes]) -> None:
        state["runs"] = int(state["runs"]) + 1  # type: ignore[call-overload]
        state["case"] = case
        TARGETS[target](*case)

    try:
        probe()
    except Exception:  # what the target raised, on the shrunk input Hypothesis ran last
        return int(state["runs"]), state["case"], traceback.format_exc(limit=-3)  # type: ignore[call-overload,return-value]
    return int(state["runs"]), None, ""  # type: ignore[call-overload]


def keep(target: str, case: tuple[str, bytes]) -> Path:
    name, data = case
    seed = name.split(".found-", 1)[0]
    path = CORPUS / target / f"{seed}.found-{hashlib.sha256(data).hexdigest()[:12]}"
    path.write_bytes(data)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--examples", type=int, default=200, help="examples per round of a target")
    args = parser.parse_args()
    targets = args.targets.split(",")
    runs = dict.fromkeys(targets, 0)
    found: list[str] = []
    started = time.monotonic()
    deadline = started + args.minutes * 60
    while time.monotonic() < deadline:
        for target in targets:
            count, case, error = fuzz_round(target, args.examples)
            runs[target] += count
            if case is not None:
                path = keep(target, case)
                found.append(f"{target}: {path.name}\n{error}")
                print(f"FOUND {target}: {path}\n{error}", flush=True)
            if time.monotonic() >= deadline:
                break
    minutes = (time.monotonic() - started) / 60
    print(f"fuzzed {minutes:.1f} min: " + ", ".join(f"{t} {n} inputs" for t, n in runs.items()))
    print(f"{len(found)} failing input(s) kept in {CORPUS}" if found else "no failure")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
