"""Benchmark: `engagements validate` against `frictionless validate` on a synthetic package.

    python benchmarks/validate_speed.py [--rows 1000000] [--out bench-out] [--skip-frictionless]
    python benchmarks/validate_speed.py --package DIR --baseline-src OLD_CHECKOUT/src [--repeat 7]

Writes a package whose largest table (evidence) has --rows rows, the others sized to match,
injects a dozen faults at known rows, then times both validators in separate processes and
prints wall time, rows/s, peak memory (max RSS) and whether every injected fault was found.
`engagements validate` runs --repeat times and the fastest run is reported, as hyperfine's
minimum; frictionless, at about a minute a run, runs once.

With --baseline-src, this checkout's validator and another's run alternately --repeat times each
(no frictionless): best and median wall time, CPU, peak memory, and whether the reports are the
same. --package validates an existing package (a converted archive, say) instead of generating.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from engagements.models import text_checksum
from engagements.package.schema import descriptor, dumps
from engagements.package.tables import tables

WORDS = 300


def article_text(a: int) -> str:
    return f"Titre {a:07d}\n\n" + " ".join(f"mot{j}" for j in range(WORDS))


def sizes(rows: int) -> dict[str, int]:
    return {
        "articles": max(rows // 500, 10),
        "persons": rows // 20,
        "organisations": rows // 100,
        "meetings": rows // 20,
        "exercises": rows // 200,
        "evidence": rows,
    }


def generate(
    out: Path, rows: int, records: int | None = None, faults: bool = True
) -> list[tuple[str, int, str]]:
    """Write the package, `rows` evidence rows and the other tables sized as for `records`
    (default: `rows`); return the injected faults as (file, row, code) (none without `faults`:
    a valid package, but for its missing `engagements.json`)."""
    n = sizes(records or rows) | {"evidence": rows}
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    texts = [article_text(a) for a in range(n["articles"])]
    offsets = []
    position = len(article_text(0).split("\n\n")[0]) + 2
    for j in range(WORDS):
        offsets.append((position, position + len(f"mot{j}")))
        position += len(f"mot{j}") + 1
    cells: dict[str, list[list[object]]] = {}
    cells["articles"] = [
        [
            f"art-{a}",
            f"Titre {a:07d}",
            "APA News",
            "",
            "2025-01-02",
            "fr",
            "",
            text_checksum(t),
            f"{a}.txt",
            t,
        ]
        for a, t in enumerate(texts)
    ]
    cells["persons"] = [
        [f"per-{p}", f"Personne mot{p % WORDS}", '["P"]', '["général"]', "LY", "automatic"]
        for p in range(n["persons"])
    ]
    cells["person_roles"] = [
        [f"per-{p}", 0, "commandant", f"org-{p % n['organisations']}", "art-0"] for p in range(n["persons"])
    ]
    cells["organisations"] = [
        [f"org-{o}", f"Organisation {o}", "", "", "military", "US", "", "automatic"]
        for o in range(n["organisations"])
    ]
    cells["meetings"] = [
        [
            f"mtg-{m}",
            "2025-03-04",
            "day",
            "mardi",
            "Rajma",
            "LY",
            "",
            "",
            "",
            "visit",
            "held",
            '["la sécurité"]',
            "reviewed",
        ]
        for m in range(n["meetings"])
    ]
    cells["meeting_participants"] = [
        [f"mtg-{m}", k, f"per-{(m + k) % n['persons']}", "", "host" if k == 0 else "visitor"]
        for m in range(n["meetings"])
        for k in range(3)
    ]
    cells["meeting_articles"] = [[f"mtg-{m}", 0, f"art-{m % n['articles']}"] for m in range(n["meetings"])]
    cells["exercises"] = [
        [f"exe-{e}", "Flintlock", "Flintlock", 2026, "", "2026-04", "2026-05", "planned", "automatic"]
        for e in range(n["exercises"])
    ]
    cells["exercise_places"] = [[f"exe-{e}", 0, "Syrte", "LY", 31.2, 16.6, ""] for e in range(n["exercises"])]
    cells["exercise_participants"] = [
        [f"exe-{e}", k, f"Pays {k}", "", ""] for e in range(n["exercises"]) for k in range(3)
    ]
    cells["exercise_articles"] = [[f"exe-{e}", 0, "art-1"] for e in range(n["exercises"])]

    def evidence(changed: dict[int, dict[int, object]]) -> Iterator[list[object]]:
        """The evidence rows, made as they are written (10M rows would not fit in memory as lists)."""
        for i in range(n["evidence"]):
            person = i % n["persons"]
            start, end = offsets[person % WORDS]  # the quote names its person (`evidence_not_a_mention`)
            a = i % n["articles"]
            row: list[object] = [
                f"evi-{i:09d}",  # in id order, as convert writes them
                f"per-{person}",
                "name",
                f"art-{a}",
                start,
                end,
                texts[a][start:end],
                "",
                "automatic",
            ]
            for column, value in changed.get(i, {}).items():
                row[column] = value
            yield row

    injected = [
        ("persons", 100, 4, "ZZ", "enum_mismatch"),
        ("persons", 200, 0, "per-1", "duplicate_key"),
        ("evidence", rows // 2, 6, "mot", "quote_mismatch"),
        ("evidence", rows - 1, 5, 99999, "span_out_of_bounds"),
        ("evidence", rows // 3, 4, "abc", "type_error"),
        ("evidence", rows // 4, 6, "=SUM(A1)", "formula_like"),
        ("meetings", 10, 1, "2025-02-30", "invalid_date"),
        ("meeting_participants", 1000, 2, "per-missing", "dangling_reference"),
        ("organisations", 50, 4, "army", "enum_mismatch"),
        ("exercises", 20, 5, "2026-06", "date_order"),
        ("articles", 3, 7, "0" * 64, "checksum_mismatch"),
        ("meeting_articles", 500, 2, "art-missing", "dangling_reference"),
    ]
    expected = []
    evidence_faults: dict[int, dict[int, object]] = {}
    for table, index, column, value, code in injected if faults else []:
        if table == "evidence":
            evidence_faults.setdefault(index, {})[column] = value
        else:
            cells[table][index][column] = value
        names = [c.name for t in tables() if t.name == table for c in t.columns]
        field = "id" if code == "duplicate_key" else names[column]
        if code == "date_order":
            field = "end"
        expected.append((f"data/{table}.csv", index + 2, code, field))
    for spec in tables():
        with (data / f"{spec.name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([c.name for c in spec.columns])
            rows_of = evidence(evidence_faults) if spec.name == "evidence" else cells.get(spec.name, [])
            writer.writerows(["" if v is None else v for v in row] for row in rows_of)
    (out / "datapackage.json").write_text(dumps(descriptor([])), encoding="utf-8")
    return [(f, r, c) for f, r, c, _ in expected]


MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
run = subprocess.run(sys.argv[1:], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(f"{time.perf_counter() - start} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
sys.stdout.write(run.stdout)
"""


SRC = Path(__file__).resolve().parent.parent / "src"
ENGAGEMENTS = [sys.executable, "-c", "import sys; from engagements.cli import main; sys.exit(main())"]
"""The CLI of this checkout (`src/` first on the path), not whichever `engagements` is installed."""


def timed(argv: list[str], src: Path = SRC) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user + system, every thread), peak RSS in MiB and stdout of a
    command, measured in its own wrapper process, with `src` first on the path. On a shared
    machine CPU time varies less than wall time."""
    env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-c", MEASURE, *argv], capture_output=True, text=True, env=env)
    seconds, cpu, peak_kib = run.stderr.split()[-3:]
    return float(seconds), float(cpu), int(peak_kib) // 1024, run.stdout


def alternately(variants: dict[str, tuple[list[str], Path]], repeat: int) -> int:
    """Each variant's command (run with its `src`) in turn, `repeat` times: per variant the best
    and median wall time, the least CPU, the peak memory over its runs, each run's time; then
    whether every run gave the same report (exit 1 if not)."""
    runs: dict[str, list[tuple[float, float, int, str]]] = {name: [] for name in variants}
    for _ in range(repeat):
        for name, (command, src) in variants.items():
            runs[name].append(timed(command, src))
    for name, measured in runs.items():
        ordered = sorted(measured)
        peaks = [r[2] for r in measured]
        listed = ", ".join(f"{r[0]:.2f}s/{r[2]} MiB" for r in measured)
        print(
            f"{name:18}: best {ordered[0][0]:6.2f}s (median {ordered[len(ordered) // 2][0]:.2f}s)  "
            f"CPU {min(r[1] for r in measured):6.2f}s  peak {min(peaks)}-{max(peaks)} MiB  ({listed})"
        )
    reports = {json.dumps(json.loads(r[3]), sort_keys=True) for measured in runs.values() for r in measured}
    print(f"reports identical: {len(reports) == 1}")
    return 0 if len(reports) == 1 else 1


def compare_baseline(command: list[str], baseline: Path, repeat: int) -> int:
    """This checkout and `baseline` alternately, `repeat` times each."""
    return alternately({"baseline": (command, baseline), "this checkout": (command, SRC)}, repeat)


def compare_streaming(command: list[str], repeat: int) -> int:
    """Evidence checked whole, then in pieces, alternately."""
    settings = {"whole": str(1 << 40), "in pieces": "0"}
    return alternately(
        {f"evidence {name}": ([*command, "--stream-above", mib], SRC) for name, mib in settings.items()},
        repeat,
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--skip-frictionless", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of engagements validate; the fastest is reported (the VM is noisy)",
    )
    parser.add_argument(
        "--records",
        type=int,
        default=None,
        metavar="ROWS",
        help="size the tables other than evidence as for this many evidence rows (default: --rows), "
        "to see what evidence rows alone cost",
    )
    parser.add_argument(
        "--stream-above",
        type=int,
        default=None,
        metavar="MIB",
        help="passed to engagements validate (its default: 256); 0 checks evidence in pieces",
    )
    parser.add_argument(
        "--compare-streaming",
        action="store_true",
        help="also run engagements validate with evidence checked whole and in pieces, alternately, "
        "--repeat times each; print both and whether their reports are the same (no frictionless)",
    )
    parser.add_argument(
        "--baseline-src",
        type=Path,
        default=None,
        metavar="SRC",
        help="another checkout's src/: run its validator and this one alternately (no frictionless)",
    )
    parser.add_argument(
        "--package",
        type=Path,
        default=None,
        metavar="DIR",
        help="validate this package instead of generating one (with --baseline-src)",
    )
    args = parser.parse_args()
    if args.package is not None:
        if args.baseline_src is None:
            parser.error("--package needs --baseline-src (its faults are not known)")
        command = [*ENGAGEMENTS, "validate", str(args.package), "--format", "json"]
        return compare_baseline(command, args.baseline_src, max(args.repeat, 1))
    package = args.out / "package"
    t0 = time.perf_counter()
    expected = generate(package, args.rows, args.records)
    total = sum(1 for t in tables() for _ in (package / t.file).open(encoding="utf-8")) - len(tables())
    print(f"generated {total:,} rows ({args.rows:,} in evidence) in {time.perf_counter() - t0:.1f}s")
    bin_dir = Path(sys.executable).parent
    command = [*ENGAGEMENTS, "validate", str(package), "--format", "json"]
    if args.compare_streaming:
        return compare_streaming(command, max(args.repeat, 1))
    if args.baseline_src is not None:
        return compare_baseline(command, args.baseline_src, max(args.repeat, 1))
    if args.stream_above is not None:
        command += ["--stream-above", str(args.stream_above)]
    runs = [timed(command) for _ in range(max(args.repeat, 1))]
    seconds, cpu, peak, out = min(runs)
    print("engagements validate runs: " + ", ".join(f"{r[0]:.2f}s (CPU {r[1]:.2f}s)" for r in runs))
    report = json.loads(out)
    found = {(i["location"]["file"], i["location"]["row"], i["code"]) for i in report["issues"]}
    missed = [e for e in expected if e not in found]
    print(
        f"engagements validate : {seconds:7.2f}s  CPU {cpu:6.2f}s  {total / seconds:>12,.0f} rows/s  "
        f"peak {peak:5d} MiB  "
        f"issues {len(report['issues'])}, injected found {len(expected) - len(missed)}/{len(expected)}"
    )
    for item in missed:
        print(f"  MISSED {item}")
    if args.skip_frictionless:
        return 1 if missed else 0
    fseconds, fcpu, fpeak, fout = timed(
        [str(bin_dir / "frictionless"), "validate", "--json", str(package / "datapackage.json")]
    )
    errors = sum(len(task["errors"]) for task in json.loads(fout)["tasks"]) if fout.strip() else -1
    print(
        f"frictionless validate: {fseconds:7.2f}s  CPU {fcpu:6.2f}s  {total / fseconds:>12,.0f} rows/s  "
        f"peak {fpeak:5d} MiB  "
        f"errors {errors}"
    )
    print(f"speed-up: {fseconds / seconds:.1f}x wall, {fcpu / cpu:.1f}x CPU")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
