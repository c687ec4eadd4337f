"""Benchmark: duplicates and false merges across articles, before and after cross-article resolution.

    python benchmarks/resolution_duplicates.py [--corpus ../shared/corpus/dev] [--details]

Converts every article of the corpus together (extraction from the cache when it has them),
then compares two datasets with the gold files: `merge` alone (records joined only when their
ids are equal, as before resolution) and `merge` + `resolve_across`. Each extracted record is
mapped, article by article, to the gold entities it stands for; then

- a **missed merge** is a gold entity (or event) spread over two extracted records (each extra
  record counts one);
- a **false merge** is an extracted record standing for two gold entities (each extra one
  counts one).

Gold identities: a person is its gold `name` (canonical across the corpus); an organisation
is its name and country, joined with others of the same acronym, country and kind (outlets
name AFRICOM differently, and two countries' `Ministère de la Défense nationale` are two
bodies); a meeting is its set of named participants with compatible dates (or, without named
participants, its date and place); an exercise is its name and edition (without an edition,
one per article). Extracted records are mapped to gold ones by their quoted names in that
article, meetings by their participants (Jaccard >= 0.34, as the corpus scorer does).
Re-run after extractor changes: the figures move with extraction, not only with resolution.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from engagements.convert import extract_articles, parse_sources, source_files
from engagements.models import Dataset, Exercise, Meeting
from engagements.pipeline.cache import ExtractionCache
from engagements.pipeline.cache_dir import default_dir
from engagements.pipeline.merge import merge
from engagements.pipeline.names import fold
from engagements.pipeline.resolve_across import resolve_across

TABLES = ("persons", "organisations", "meetings", "exercises")


class Gold:
    """The gold files, with an identity for every gold record across the corpus."""

    def __init__(self, corpus: Path) -> None:
        self.files = {
            p.name.removesuffix(".gold.json"): json.loads(p.read_text()) for p in corpus.glob("*.gold.json")
        }
        self.organisations = self._components(
            "organisations",
            lambda o: (
                [("name", fold(o["name"]), o["country"])]
                + (
                    [("acronym", fold(o["acronym"]), o["country"], o["kind"])]
                    if o["acronym"] and o["country"]
                    else []
                )
            ),
        )
        self.meetings = self._components("meetings", self._meeting_keys)

    def records(self, table: str, article: str) -> list[dict[str, Any]]:
        return list(self.files.get(article, {}).get(table, []))

    def _components(self, table: str, keys: Any) -> dict[tuple[str, int], str]:
        parent: dict[tuple[str, int], tuple[str, int]] = {}

        def find(node: tuple[str, int]) -> tuple[str, int]:
            while parent[node] != node:
                node = parent[node]
            return node

        first: dict[Any, tuple[str, int]] = {}
        for article, gold in sorted(self.files.items()):
            for index, record in enumerate(gold[table]):
                node = (article, index)
                parent[node] = node
                for key in keys(record):
                    if key in first:
                        parent[find(node)] = find(first[key])
                    else:
                        first[key] = node
        return {node: "{}#{}".format(*find(node)) for node in parent}

    def _meeting_keys(self, meeting: dict[str, Any]) -> list[Any]:
        """Named participants and date; an undated meeting joins the one date its people met on."""
        people = tuple(sorted(fold(p) for p in meeting["participants"]))
        if not people:
            return [("place", meeting["date"], fold(meeting["location"] or ""))] if meeting["date"] else []
        if meeting["date"]:
            return [("people", people, meeting["date"])]
        dates = {
            m["date"]
            for gold in self.files.values()
            for m in gold["meetings"]
            if m["date"] and tuple(sorted(fold(p) for p in m["participants"])) == people
        }
        return [("people", people, dates.pop() if len(dates) == 1 else None)]


def identities(dataset: Dataset, gold: Gold) -> dict[str, dict[str, set[str]]]:
    """Table -> extracted record id -> the gold identities it stands for."""
    stem = {a.id: Path(a.source_file).stem for a in dataset.articles}
    quotes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for item in dataset.evidence:
        if item.field in ("name", "names", "acronym"):
            quotes[item.subject_id][stem[item.article_id]].add(fold(item.quote))
    found: dict[str, dict[str, set[str]]] = {t: defaultdict(set) for t in TABLES}
    person_in: dict[tuple[str, str], str] = {}
    for person in dataset.persons:
        for article, said in quotes[person.id].items():
            match = _best(said, gold.records("persons", article), lambda p: [p["name"], *p["mentions"]])
            if match is not None:
                found["persons"][person.id].add(fold(match[1]["name"]))
                person_in[person.id, article] = fold(match[1]["name"])
    for org in dataset.organisations:
        for article, said in quotes[org.id].items():
            forms = lambda o: [o["name"], *o["mentions"], *([o["acronym"]] if o["acronym"] else [])]  # noqa: E731
            match = _best(said, gold.records("organisations", article), forms)
            if match is not None:
                found["organisations"][org.id].add(gold.organisations[article, match[0]])
    for meeting in dataset.meetings:
        for reported_in in map(stem.get, meeting.articles):
            assert reported_in is not None
            people = {
                person_in.get((p.person_id, reported_in)) for p in meeting.participants if p.person_id
            } - {None}
            best, best_overlap = None, 0.34
            for index, gm in enumerate(gold.records("meetings", reported_in)):
                theirs = {fold(p) for p in gm["participants"]}
                if people and theirs:
                    overlap = len(people & theirs) / len(people | theirs)
                elif not people and not theirs and meeting.place and gm["location"]:
                    overlap = float(fold(meeting.place.name) == fold(gm["location"]))
                else:
                    overlap = 0.0
                if overlap >= best_overlap:
                    best, best_overlap = index, overlap + 1e-9
            if best is not None:
                found["meetings"][meeting.id].add(gold.meetings[reported_in, best])
    for exercise in dataset.exercises:
        for reported_in in map(stem.get, exercise.articles):
            if reported_in is None:  # not an article of the dataset: no gold records to match
                continue
            for ge in gold.records("exercises", reported_in):
                edition = str(exercise.edition) if exercise.edition else None
                if (
                    ge["name"]
                    and fold(ge["name"]) == fold(exercise.name)
                    and edition in (None, ge["edition"])
                ):
                    edition = ge["edition"] or f"(no edition, {reported_in})"
                    found["exercises"][exercise.id].add(f"{fold(ge['name'])} {edition}")
    return found


def _best(said: set[str], records: list[dict[str, Any]], forms: Any) -> tuple[int, dict[str, Any]] | None:
    """The gold record whose names share the longest quoted form with `said`."""
    scored = [
        (max((len(f) for f in {fold(x) for x in forms(r)} & said), default=0), -i, r)
        for i, r in enumerate(records)
    ]
    best = max(scored, default=None, key=lambda s: (s[0], s[1]))
    return (-best[1], best[2]) if best and best[0] else None


def count(found: dict[str, set[str]], articles: dict[str, set[str]]) -> tuple[int, int, int, list[str]]:
    """(missed merges across articles, duplicates within one article, false merges, what they are).

    Two records of one article standing for one gold entity are the extractor's to join:
    resolution never merges what one article reports apart.
    """
    holders: dict[str, list[str]] = defaultdict(list)
    for record, gold_ids in found.items():
        for gold_id in gold_ids:
            holders[gold_id].append(record)
    missed = within = false = 0
    details = []
    for gold_id, records in sorted(holders.items()):
        if len(records) > 1:
            same_article = bool(set.intersection(*(articles[r] for r in records)))
            within += (len(records) - 1) * same_article
            missed += (len(records) - 1) * (not same_article)
            details.append(
                f"{'within one article' if same_article else 'missed'}: {gold_id}: {sorted(records)}"
            )
    for record, gold_ids in sorted(found.items()):
        false += len(gold_ids) - 1
        if len(gold_ids) > 1:
            details.append(f"false merge: {record}: {sorted(gold_ids)}")
    return missed, within, false, details


def articles_of(dataset: Dataset) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for item in dataset.evidence:
        found[item.subject_id].add(item.article_id)
    events: tuple[Meeting | Exercise, ...] = (*dataset.meetings, *dataset.exercises)
    for record in events:
        found[record.id] |= set(record.articles)
    return found


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=root.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--details", action="store_true", help="List every missed and false merge.")
    args = parser.parse_args()
    gold = Gold(args.corpus)
    articles, _ = parse_sources(source_files([args.corpus]))
    parts = list(extract_articles(articles, ExtractionCache(default_dir()), workers=None))
    before = merge(parts)
    after = resolve_across(before)
    rows = []
    for table in TABLES:
        counts = [count(identities(d, gold)[table], articles_of(d)) for d in (before, after)]
        rows.append((table, len(getattr(before, table)), len(getattr(after, table)), counts))
    identity = f"judgements {len(after.judgements)}, redirects {len(after.redirects)}"
    print(f"corpus: {len(articles)} articles; {identity}")
    print("| table | records (before / after) | missed merges | false merges | within one article |")
    print("|---|---|---|---|---|")
    for table, n_before, n_after, (b, a) in rows:
        print(f"| {table} | {n_before} / {n_after} | {b[0]} / {a[0]} | {b[2]} / {a[2]} | {b[1]} / {a[1]} |")
    if args.details:
        for table, _, _, counts in rows:
            for label, (_, _, _, details) in zip(("before", "after"), counts, strict=True):
                for line in details:
                    print(f"{table} {label} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
