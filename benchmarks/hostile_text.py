"""Hostile text: how the extractor's time grows on pathological articles.

    python benchmarks/hostile_text.py [--sizes 4000,8000,16000] [--patterns NAME,...]
                                      [--baseline-src OLD/src] [--timeout 120]

Real pages are not only prose: a page can be one endless line, a list of a thousand names, a menu
of one-word lines, brackets by the hundred. Each pattern here repeats one such shape to the given
sizes (characters) after a headline and a dateline, and the whole extraction of that article
(`extract_view`: spaCy, extraction, linking, building) is timed in a child process with the model
already loaded. The table gives each size's seconds and the growth exponent between the last two
sizes (1: linear, 2: quadratic). With `--baseline-src`, the same articles run on that source tree
too, side by side, and the outputs of the two versions are compared (same digest or not).

`convert` analyses at most 100,000 characters of an article (`MAX_EXTRACTED_CHARS`), so the growth
measured here bounds what one hostile article can cost a conversion.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from pathlib import Path

PATTERNS = {
    "capital letters": "A ",
    "acronyms": "ABC ",
    "brackets": "((ABC) ",
    "ranks": "Le général ",
    "link words": "de la ",
    "capitalised words": "Forces Armées Royales ",
    "one-word lines": "\nX\n",
    "menu lines": "Chat\nAccueil\n",
    "slashed dates": "2018/1/26 ",
    "courtesy names": "M. Dupont, ",
    "honours": "President John Smith, GCFR, ",
    "positions": "Ministre de la Défense du Niger ",
    "english positions": "Commander of the US Africa Command ",
    "title-case lines": "Commander Visits Honduras\n",
    "received": "received Fahd bin Abdullah, Commander of ",
    "counterparts": "avec son homologue français ",
    "quoted names": "''Central accord 2015'' ",
    "dashes": " - ",
    "digits": "1 2 3 ",
    "one long word": "Aaaaaaaaaaaaaaaaaaaa",
    "meetings": "Le ministre X a reçu le général Y à Niamey. ",
    "exercise history": "L’exercice Sable Rouge 2026 s’est tenu en 2019 et en 2021. ",
    "edition words": "cette édition du Bulletin Officiel ",
    "credit labels": "Photo: Kim Lan/VTV Laos\n",
    "ranks at line ends": "Troops saluted General\n",
    "capitals after the word": "Les forces ont mené des missions (exercice TUNDRAK) avec leurs alliés. ",
    "exercise words in one sentence": "the annual Kalasag military exercise between Thai forces, ",
    "exercise abbreviations": "the Ex TARANG-IX exercise and ",
    "bodies in two orders": "the Defence Ministry of Mali and the Ministry of Defence (MoD) of Niger, ",
    "texts' letters": "la Loi de programmation militaire (LPM) et ",
    "visits to chair": "Minister Ravi Arman will be visiting Manila to co-chair the meeting. ",
}
"""The shapes, each repeated to the article's size."""

PUBLISHED = {"exercise history": "2026-04-02"}
"""Shapes whose article has a publication date (written beside it as a sidecar): the rules that read
them run only when the date is known (an earlier edition is one before it)."""

CHILD = r"""
import hashlib, json, signal, sys, tempfile, time
from pathlib import Path
from engagements.convert import extract_view

def article(unit, size):
    return "Titre\n\nNiamey, 3 mars 2024 – " + (unit * (size // len(unit) + 1))[:size] + "\n"

folder = Path(tempfile.mkdtemp())
warm = folder / "warm.txt"
warm.write_text("Titre\n\nLe ministre a reçu le général à Niamey.\n", encoding="utf-8")
extract_view(warm)
request = json.loads(sys.argv[1])
signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError()))
for name, unit in request["patterns"].items():
    sidecar = folder / "article.meta.json"
    sidecar.unlink(missing_ok=True)
    if name in request["published"]:
        sidecar.write_text(json.dumps({"published": request["published"][name]}), encoding="utf-8")
    for size in request["sizes"]:
        path = folder / "article.txt"
        path.write_text(article(unit, size), encoding="utf-8")
        signal.alarm(request["timeout"])
        start = time.perf_counter()
        try:
            view = extract_view(path)
            seconds = time.perf_counter() - start
            digest = hashlib.sha256(json.dumps(view, sort_keys=True, default=str).encode()).hexdigest()[:12]
        except TimeoutError:
            seconds, digest = None, None
        finally:
            signal.alarm(0)
        print(json.dumps({"pattern": name, "size": size, "seconds": seconds, "digest": digest}), flush=True)
        if seconds is None:
            break
"""


def run(
    label: str, src: Path | None, patterns: dict[str, str], sizes: list[int], timeout: int
) -> dict[tuple[str, int], tuple[float | None, str | None]]:
    """{(pattern, size): (seconds or None, digest)} of one version of the code."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    published = {name: PUBLISHED[name] for name in patterns if name in PUBLISHED}
    request = json.dumps({"patterns": patterns, "sizes": sizes, "timeout": timeout, "published": published})
    results = {}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, request],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:  # progress as each article is done: the slow ones take minutes
            row = json.loads(line)
            results[row["pattern"], row["size"]] = (row["seconds"], row["digest"])
            took = "timeout" if row["seconds"] is None else f"{row['seconds']:.2f} s"
            print(f"  {label}: {row['pattern']}, {row['size']:,} chars: {took}", file=sys.stderr, flush=True)
        errors = child.stderr.read()
    if child.returncode != 0:
        sys.exit(f"error: the extraction process failed:\n{errors[-2000:]}")
    return results


def growth(times: list[float | None], sizes: list[int]) -> str:
    if len(times) < 2 or times[-1] is None or times[-2] is None or times[-2] <= 0:
        return "-"
    return f"{math.log(times[-1] / times[-2]) / math.log(sizes[-1] / sizes[-2]):.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="4000,8000,16000", help="article sizes in characters")
    parser.add_argument("--patterns", help="names of patterns to run, comma-separated (default: all)")
    parser.add_argument("--baseline-src", type=Path, help="a source tree to run side by side (OLD/src)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed for one article")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = args.patterns.split(",") if args.patterns else list(PATTERNS)
    unknown = [p for p in chosen if p not in PATTERNS]
    if unknown:
        parser.error(f"unknown pattern(s) {', '.join(unknown)}; known: {', '.join(PATTERNS)}")
    patterns = {p: PATTERNS[p] for p in chosen}
    here = Path(__file__).resolve().parent.parent / "src"
    versions = {"this checkout": run("this checkout", here, patterns, sizes, args.timeout)}
    if args.baseline_src:
        versions["baseline"] = run("baseline", args.baseline_src.resolve(), patterns, sizes, args.timeout)
    cells = " | ".join(f"{s:,} chars" for s in sizes)
    print(f"| pattern | version | {cells} | growth | output |")
    print("|---|---|" + "---|" * len(sizes) + "---|---|")
    for name in patterns:
        digests = {v: [r.get((name, s), (None, None))[1] for s in sizes] for v, r in versions.items()}
        same = len({tuple(d) for d in digests.values()}) == 1
        for version, results in versions.items():
            times = [results.get((name, s), (None, None))[0] for s in sizes]
            shown = " | ".join("timeout" if t is None else f"{t:.2f} s" for t in times)
            output = "-" if len(versions) == 1 else ("same" if same else "DIFFERS")
            print(f"| {name} | {version} | {shown} | {growth(times, sizes)} | {output} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
