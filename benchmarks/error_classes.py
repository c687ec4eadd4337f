"""Benchmark: extraction errors by class, per corpus, before → after, on the scorer's own matching.

    python benchmarks/error_classes.py GOLD_DIR [GOLD_DIR ...] [--after PRED_ROOT] [--before PRED_ROOT]
                                       [--scorer ../shared/tools/score.py] [--markdown] [--details]

Each GOLD_DIR is a folder of `NAME.txt` + `NAME.gold.json` (as for `extraction_quality.py`; the
dev-real excerpts live in a scratch folder outside the repository, as
`../shared/corpus/dev-real/fetch.md` says). Predictions, in the scorer's JSON shape, are read
from `PRED_ROOT/<GOLD_DIR's name>/NAME.json` (a missing file counts as an empty prediction, as
in the scorer). Without `--after`, the "after" predictions are made in this process by the
extractor, as `extraction_quality.py` makes them. Articles are grouped by the language their
gold file states; a folder holding one language gives one column named after the folder.

Records are matched with the scorer's own functions (`greedy_match`, the person and
organisation tiers, `place_ok`, loaded from `--scorer` by path); the meeting matching, inline in
the scorer's `score_article`, is reproduced here, and every article's TP/FP/FN for persons,
organisations, meetings, participants and exercises is checked against `score_article`'s (the
run stops if they differ). Classes: `missed` are gold records no prediction matches, `spurious`
predictions no gold record matches (`k of n` predictions); field classes count matched records
whose field differs among the matched records whose gold field is set (`k/n`), so a field class
can grow when more records are matched. Count classes show the gold total: `(of n)`.

The output is a table of counts only: rows are classes, columns are corpora, cells
`before → after` (just `after` without `--before`). `--markdown` prints the table exactly as
`docs/extraction.md` holds it (nothing else). `--details` adds, per corpus and class, the errors
themselves, quoting names and values from the articles and their gold files: never use it on
the dev-real excerpts (third-party texts) for anything committed or published.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from extraction_quality import System, groups, project

Record = dict[str, Any]

# (key, label, kind): "count" (missed records, shown with the gold total), "spur" (spurious
# among the predictions), "field" (wrong among the eligible matched records).
CLASSES: list[tuple[str, str, str]] = [
    ("per.missed", "persons: missed", "count"),
    ("per.spurious", "persons: spurious", "spur"),
    ("per.name", "persons: name wrong (matched, not exact)", "field"),
    ("org.missed", "organisations: missed", "count"),
    ("org.spurious", "organisations: spurious", "spur"),
    ("mtg.missed", "meetings: missed", "count"),
    ("mtg.spurious", "meetings: spurious", "spur"),
    ("mtg.part_missed", "meetings: participants missed (in matched meetings)", "count"),
    ("mtg.part_spurious", "meetings: participants spurious (in matched meetings)", "spur"),
    ("mtg.part_lost", "meetings: participants lost with missed meetings", "count"),
    ("mtg.part_extra", "meetings: participants in spurious meetings", "spur"),
    ("mtg.host", "meetings: host wrong (gold host set)", "field"),
    ("mtg.host_extra", "meetings: host given where gold has none", "field"),
    ("mtg.date", "meetings: date wrong (gold date set)", "field"),
    ("mtg.place", "meetings: place wrong (gold location set)", "field"),
    ("mtg.status", "meetings: status wrong (derived gold status*)", "field"),
    ("exe.missed", "exercises: missed", "count"),
    ("exe.spurious", "exercises: spurious", "spur"),
    ("exe.name", "exercises: name wrong (matched, not exact)", "field"),
    ("exe.edition", "exercises: edition wrong (gold set)", "field"),
    ("exe.edition_extra", "exercises: edition given where gold null", "field"),
    ("exe.start", "exercises: start wrong (gold set)", "field"),
    ("exe.end", "exercises: end wrong (gold set)", "field"),
    ("exe.location", "exercises: location wrong (gold set)", "field"),
    ("exe.status", "exercises: status wrong (gold not unknown)", "field"),
    ("exe.participants", "exercises: participants wrong (set differs)", "field"),
    ("art.title", "article: title wrong", "field"),
    ("art.publisher", "article: publisher wrong (gold set)", "field"),
    ("art.publisher_extra", "article: publisher given where gold null", "field"),
    ("art.published", "article: published wrong (gold set)", "field"),
    ("art.published_extra", "article: published given where gold null", "field"),
    ("art.dateline", "article: dateline wrong (gold set)", "field"),
    ("art.dateline_extra", "article: dateline given where gold null", "field"),
]
KIND = {key: kind for key, _, kind in CLASSES}
STATUS_NOTE = (
    "\\* Gold meetings carry no status; the derived gold status is `planned` when the gold date is "
    "after the publication date, else `held` (only meetings with both dates count)."
)


class MatchingDrift(RuntimeError):
    """The reproduced matching disagrees with the scorer's `score_article`."""


def load_scorer(path: Path) -> ModuleType:
    """The scorer module, loaded from its file (it is not a package)."""
    name = "_error_classes_scorer"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@dataclass
class Tally:
    """Errors per class over a set of articles; `details` quote the articles (only for --details)."""

    err: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    elig: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    gold: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    details: defaultdict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))

    def wrong(self, key: str, article: str, detail: str) -> None:
        self.err[key] += 1
        self.details[key].append((article, detail))

    def hit(self, key: str, article: str, detail: str, wrong: bool) -> None:
        """One eligible record for a field class, wrong or not."""
        self.elig[key] += 1
        if wrong:
            self.wrong(key, article, detail)


def _check(article: str, what: str, mine: tuple[int, ...], counts: Any) -> None:
    theirs = (counts.tp, counts.fp, counts.fn)
    if mine != theirs:
        raise MatchingDrift(f"{article}: {what} TP/FP/FN {mine} differ from score_article's {theirs}")


def classify_article(s: ModuleType, name: str, gold: Record, pred: Record, t: Tally) -> None:
    """Add one article's errors to `t`, checking the matching against `s.score_article`."""
    ref = s.score_article(gold, pred)
    norm, person_tiers, org_tiers, place_ok = s.norm, s.person_tiers, s.org_tiers, s.place_ok

    # Persons
    gp, pp = gold.get("persons", []) or [], pred.get("persons", []) or []
    pmatch = s.greedy_match(gp, pp, person_tiers())
    for gi, g in enumerate(gp):
        if gi not in pmatch:
            t.wrong("per.missed", name, g["name"])
        else:
            p = pp[pmatch[gi]]
            detail = f"{p.get('name')!r} for {g['name']!r}"
            t.hit("per.name", name, detail, norm(p.get("name")) != norm(g["name"]))
    for pi, p in enumerate(pp):
        t.elig["per.spurious"] += 1
        if pi not in set(pmatch.values()):
            t.wrong("per.spurious", name, str(p.get("name")))
    _check(name, "persons", (len(pmatch), len(pp) - len(pmatch), len(gp) - len(pmatch)), ref.persons)

    # Organisations
    go, po = gold.get("organisations", []) or [], pred.get("organisations", []) or []
    omatch = s.greedy_match(go, po, org_tiers())
    for gi, g in enumerate(go):
        if gi not in omatch:
            t.wrong("org.missed", name, g["name"] + (f" ({g['acronym']})" if g.get("acronym") else ""))
    for pi, p in enumerate(po):
        t.elig["org.spurious"] += 1
        if pi not in set(omatch.values()):
            t.wrong("org.spurious", name, str(p.get("name")))
    _check(
        name, "organisations", (len(omatch), len(po) - len(omatch), len(go) - len(omatch)), ref.organisations
    )

    _meetings(s, name, gold, pred, gp, go, ref, t)
    _exercises(s, name, gold, pred, ref, t)

    # Article
    ga, pa = gold.get("article") or {}, pred.get("article") or {}
    if ga.get("title"):
        t.hit("art.title", name, f"pred {pa.get('title')!r}", norm(pa.get("title")) != norm(ga["title"]))
    checks: list[tuple[str, Callable[[Any, Any], bool]]] = [
        ("publisher", place_ok),
        ("published", lambda g, p: str(p or "")[:10] == g),
        ("dateline", place_ok),
    ]
    for fld, ok in checks:
        if ga.get(fld):
            detail = f"pred {pa.get(fld)!r} gold {ga[fld]!r}"
            t.hit(f"art.{fld}", name, detail, not ok(ga[fld], pa.get(fld)))
        else:
            t.hit(f"art.{fld}_extra", name, f"pred {pa.get(fld)!r}", bool(pa.get(fld)))


def _meetings(
    s: ModuleType, name: str, gold: Record, pred: Record, gp: list[Any], go: list[Any], ref: Any, t: Tally
) -> None:
    """Meetings and their participants, matched as `score_article` matches them."""
    norm, place_ok = s.norm, s.place_ok

    def resolve(n: str, golds: list[Any], tiers: list[Any]) -> str:
        probe = {"name": n}
        for tier in tiers:
            for g in golds:
                if tier(g, probe):
                    return str(norm(g["name"]))
        return "?" + str(norm(n))

    def gold_set(m: Record) -> set[str]:
        return {norm(n) for n in m.get("participants", [])}

    def pred_set(m: Record) -> set[str]:
        return {resolve(n, gp, s.person_tiers()) for n in m.get("participants", []) or []}

    def similarity(g: Record, p: Record) -> float:
        a, b = gold_set(g), pred_set(p)
        if a:
            return len(a & b) / len(a | b)
        ga = {norm(n) for n in g.get("organisations", [])}
        gb = {resolve(n, go, s.org_tiers()) for n in p.get("organisations", []) or []}
        if ga and gb:
            return len(ga & gb) / len(ga | gb)
        return 0.5 if g.get("location") and place_ok(g["location"], p.get("location")) else 0.0

    def describe(m: Record) -> str:
        who = ", ".join(m.get("participants") or []) or "/".join(m.get("organisations") or []) or "-"
        return f"[{who} @ {m.get('location')} {m.get('date') or m.get('date_text')}]"

    gm, pm = gold.get("meetings", []) or [], pred.get("meetings", []) or []
    candidates = sorted(
        ((similarity(g, p), gi, pi) for gi, g in enumerate(gm) for pi, p in enumerate(pm)), reverse=True
    )
    mmatch: dict[int, int] = {}
    used: set[int] = set()
    for j, gi, pi in candidates:
        if j >= 0.34 and gi not in mmatch and pi not in used:
            mmatch[gi] = pi
            used.add(pi)
    _check(name, "meetings", (len(mmatch), len(pm) - len(mmatch), len(gm) - len(mmatch)), ref.meetings)

    published = (gold.get("article") or {}).get("published")
    tp = fp = fn = 0
    for gi, g in enumerate(gm):
        a = gold_set(g)
        if gi not in mmatch:
            t.wrong("mtg.missed", name, describe(g))
            t.err["mtg.part_lost"] += len(a)
            fn += len(a)
            continue
        p = pm[mmatch[gi]]
        b = pred_set(p)
        for x in sorted(a - b):
            t.wrong("mtg.part_missed", name, f"{x} missing from {describe(p)}")
        t.elig["mtg.part_spurious"] += len(b)
        for x in sorted(b - a):
            t.wrong("mtg.part_spurious", name, f"{x} added to {describe(g)}")
        tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
        if g.get("host"):
            host = resolve(p["host"], gp, s.person_tiers()) if p.get("host") else None
            t.hit("mtg.host", name, f"pred {p.get('host')!r} gold {g['host']!r}", host != norm(g["host"]))
        else:
            t.hit(
                "mtg.host_extra", name, f"pred host {p.get('host')!r} in {describe(g)}", bool(p.get("host"))
            )
        if g.get("date"):
            detail = (
                f"pred {p.get('date')} ({p.get('date_text')!r}) gold {g['date']} ({g.get('date_text')!r})"
            )
            t.hit("mtg.date", name, detail, str(p.get("date") or "")[:10] != g["date"])
        if g.get("location"):
            detail = f"pred {p.get('location')!r} gold {g['location']!r}"
            t.hit("mtg.place", name, detail, not place_ok(g["location"], p.get("location")))
        # Gold meetings carry no status: held/planned is derived from the gold and publication dates.
        if g.get("date") and published:
            status = "planned" if g["date"] > published else "held"
            detail = f"pred {p.get('status')!r} derived gold {status!r} {describe(g)}"
            t.hit("mtg.status", name, detail, p.get("status") != status)
    for pi, p in enumerate(pm):
        t.elig["mtg.spurious"] += 1
        if pi not in used:
            b = pred_set(p)
            t.wrong("mtg.spurious", name, describe(p))
            t.elig["mtg.part_extra"] += len(b)
            t.err["mtg.part_extra"] += len(b)
            fp += len(b)
    _check(name, "participants", (tp, fp, fn), ref.participants)


def _exercises(s: ModuleType, name: str, gold: Record, pred: Record, ref: Any, t: Tally) -> None:
    norm, place_ok = s.norm, s.place_ok
    ge, pe = gold.get("exercises", []) or [], pred.get("exercises", []) or []

    def by_name(g: Record, p: Record) -> bool:
        gn, pn = norm(g.get("name")), norm(p.get("name"))
        return bool(gn) and (gn == pn or bool(s.contains(pn, gn)))

    def by_place(g: Record, p: Record) -> bool:
        return (
            not norm(g.get("name"))
            and place_ok(g.get("location"), p.get("location"))
            and bool(g.get("location"))
        )

    ematch = s.greedy_match(ge, pe, [by_name, by_place])
    _check(name, "exercises", (len(ematch), len(pe) - len(ematch), len(ge) - len(ematch)), ref.exercises)
    for gi, g in enumerate(ge):
        tag = f"{g.get('name')} {g.get('edition')}"
        if gi not in ematch:
            t.wrong("exe.missed", name, tag)
            continue
        p = pe[ematch[gi]]
        if g.get("name"):
            t.hit(
                "exe.name",
                name,
                f"pred {p.get('name')!r} gold {g['name']!r}",
                norm(p.get("name")) != norm(g["name"]),
            )
        if g.get("edition"):
            wrong = norm(str(p.get("edition") or "")) != norm(str(g["edition"]))
            t.hit("exe.edition", name, f"{tag}: pred {p.get('edition')!r}", wrong)
        else:
            t.hit("exe.edition_extra", name, f"{tag}: pred {p.get('edition')!r}", bool(p.get("edition")))
        for fld in ("start", "end"):
            if g.get(fld):
                detail = f"{tag}: pred {p.get(fld)!r} gold {g[fld]!r}"
                t.hit(f"exe.{fld}", name, detail, not str(p.get(fld) or "").startswith(g[fld]))
        if g.get("location"):
            detail = f"{tag}: pred {p.get('location')!r} gold {g['location']!r}"
            t.hit("exe.location", name, detail, not place_ok(g["location"], p.get("location")))
        if g.get("status") and g["status"] != "unknown":
            detail = f"{tag}: pred {p.get('status')!r} gold {g['status']!r}"
            t.hit("exe.status", name, detail, p.get("status") != g["status"])
        gpart = {norm(x) for x in g.get("participants") or []}
        ppart = {norm(x) for x in p.get("participants") or []}
        if gpart or ppart:
            detail = f"{tag}: missing {sorted(gpart - ppart)} extra {sorted(ppart - gpart)}"
            t.hit("exe.participants", name, detail, gpart != ppart)
    for pi, p in enumerate(pe):
        t.elig["exe.spurious"] += 1
        if pi not in set(ematch.values()):
            t.wrong("exe.spurious", name, f"{p.get('name')} {p.get('edition')} @ {p.get('location')}")


def gold_totals(gold: Record, t: Tally) -> None:
    """Gold totals per class, independent of any prediction."""
    totals = t.gold
    totals["per.missed"] += len(gold.get("persons", []))
    totals["per.name"] += len(gold.get("persons", []))
    totals["org.missed"] += len(gold.get("organisations", []))
    published = (gold.get("article") or {}).get("published")
    for m in gold.get("meetings", []):
        totals["mtg.missed"] += 1
        n = len(m.get("participants", []))
        totals["mtg.part_missed"] += n
        totals["mtg.part_lost"] += n
        totals["mtg.host"] += bool(m.get("host"))
        totals["mtg.date"] += bool(m.get("date"))
        totals["mtg.place"] += bool(m.get("location"))
        totals["mtg.status"] += bool(m.get("date") and published)
    for e in gold.get("exercises", []):
        totals["exe.missed"] += 1
        totals["exe.name"] += bool(e.get("name"))
        for f in ("edition", "start", "end", "location"):
            totals[f"exe.{f}"] += bool(e.get(f))
        totals["exe.status"] += bool(e.get("status") and e["status"] != "unknown")
        totals["exe.participants"] += bool(e.get("participants"))
    for f in ("title", "publisher", "published", "dateline"):
        totals[f"art.{f}"] += bool((gold.get("article") or {}).get(f))


def from_predictions(pred_root: Path, corpus: Path) -> System:
    """Predictions read from `pred_root/<corpus name>/NAME.json`; a missing file is an empty one."""

    def read(article: Path) -> dict[str, object]:
        path = pred_root / corpus.name / f"{article.stem}.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    return read


def tally(s: ModuleType, articles: list[Path], system: System) -> Tally:
    t = Tally()
    for article in articles:
        gold = json.loads(article.with_name(article.stem + ".gold.json").read_text(encoding="utf-8"))
        gold_totals(gold, t)
        classify_article(s, article.stem, gold, system(article), t)
    return t


def cell(key: str, after: Tally, before: Tally | None) -> str:
    def count(t: Tally) -> str:
        k = t.err.get(key, 0)
        if KIND[key] == "field":
            return f"{k}/{t.elig.get(key, 0)}"
        if KIND[key] == "spur":
            return f"{k} of {t.elig.get(key, 0)}"
        return str(k)

    text = count(after) if before is None else f"{count(before)} → {count(after)}"
    if KIND[key] == "count":
        text += f" (of {after.gold.get(key, 0)})"
    return text


def table(labels: list[str], cells: list[list[str]], aligned: bool) -> list[str]:
    rows = [["class", *labels], ["---"] * (len(labels) + 1)]
    rows += [[label, *row] for (_, label, _), row in zip(CLASSES, cells, strict=True)]
    if aligned:
        widths = [max(len(r[i]) for r in rows) for i in range(len(labels) + 1)]
        rows[1] = ["-" * w for w in widths]
        rows = [[c.ljust(w) for c, w in zip(r, widths, strict=True)] for r in rows]
        return ["| " + " | ".join(r) + " |" for r in rows]
    return ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * (len(labels) + 1)] + [
        "| " + " | ".join(r) + " |" for r in rows[2:]
    ]


def third_party(articles: list[Path]) -> bool:
    """Gold files of fetched third-party excerpts carry a `retrieval` block (dev-real)."""
    return any(
        "retrieval" in json.loads(a.with_name(a.stem + ".gold.json").read_text(encoding="utf-8"))
        for a in articles
    )


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", type=Path, nargs="+", metavar="GOLD_DIR")
    parser.add_argument("--after", type=Path, metavar="PRED_ROOT", help="default: run the extractor")
    parser.add_argument("--before", type=Path, metavar="PRED_ROOT")
    parser.add_argument("--scorer", type=Path, default=root.parent / "shared" / "tools" / "score.py")
    parser.add_argument(
        "--markdown", action="store_true", help="the table alone, as docs/extraction.md holds it"
    )
    parser.add_argument(
        "--details",
        action="store_true",
        help="also list the errors, quoting the articles (never on dev-real)",
    )
    args = parser.parse_args()
    if not args.scorer.exists() or not all(any(c.glob("*.gold.json")) for c in args.corpora):
        print(
            f"need corpora with *.gold.json ({args.corpora}) and the scorer ({args.scorer})", file=sys.stderr
        )
        return 2
    scorer = load_scorer(args.scorer)

    labels: list[str] = []
    results: list[tuple[Tally, Tally | None]] = []
    for corpus in args.corpora:
        by_language = groups(corpus)
        for language, articles in sorted(by_language.items()):
            label = corpus.name if len(by_language) == 1 else f"{corpus.name} {language}"
            if args.details and third_party(articles):
                print(
                    f"warning: --details quotes {label}, third-party texts: commit none of it",
                    file=sys.stderr,
                )
            after_system = project if args.after is None else from_predictions(args.after, corpus)
            after = tally(scorer, articles, after_system)
            before = (
                None
                if args.before is None
                else tally(scorer, articles, from_predictions(args.before, corpus))
            )
            labels.append(label)
            results.append((after, before))

    cells = [[cell(key, after, before) for after, before in results] for key, _, _ in CLASSES]
    print("\n".join(table(labels, cells, aligned=not args.markdown)))
    if not args.markdown:
        print()
        print(STATUS_NOTE)
    if args.details:
        for label, (after, before) in zip(labels, results, strict=True):
            for version, t in (("before", before), ("after", after)):
                if t is None:
                    continue
                print(f"\n## {label}, {version}")
                for key, class_label, _ in CLASSES:
                    for article, detail in t.details.get(key, []):
                        print(f"- {class_label}: {article}: {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
