"""Resolve across articles: the same person, organisation, exercise or meeting from several articles
becomes one record, each merge recorded as a judgement, each id that disappears as a redirect.

Runs after `merge` (which joins records with the same id: a person's name slug, an exercise's
series and edition) and before corrections. Tables are resolved in dependency order (persons
and organisations, then exercises, then meetings, whose matching uses the resolved persons),
and the whole pass repeats until it merges nothing, so the result is a fixed point: resolving
it again changes nothing, and neither does the order of the articles.

Clustering is greedy and conservative: candidate pairs (from `match_entities`, `match_events`)
are taken best score first; a pair joins two groups only when no article reports both (one
article's records were told apart by the extractor), their countries, kinds, dates or editions
do not disagree, and no reviewed `negative` judgement separates them. A reviewed `positive`
judgement joins two records whatever the rules say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..models import Dataset, Evidence, Judgement, Redirect
from ..models.judgement import JudgementKind, MatchRule
from ..package.tables import TOP_LEVEL
from .groups import Groups
from .match import Candidate, Context, candidate, publication_dates
from .match_entities import organisation_candidates, person_candidates
from .match_events import exercise_candidates, meeting_candidates
from .merge_records import survivor_and_merged
from .references import join_path, redirected, references, split_path
from .resolve import record_id
from .spill import Spill, SpilledPairs

TABLES = ("persons", "organisations", "exercises", "meetings")
"""In dependency order: meetings are matched by their (resolved) participants."""
Matcher = Callable[[Any, Context, SpilledPairs], Iterable[Candidate]]
"""A table's records (sorted by id), their context and room on disk for pairs in waiting ->
candidate pairs, in any order."""


def _without_scratch(matcher: Callable[[Any, Context], Iterable[Candidate]]) -> Matcher:
    return lambda records, context, _: matcher(records, context)


MATCHERS: dict[str, Matcher] = {
    "persons": _without_scratch(person_candidates),
    "organisations": _without_scratch(organisation_candidates),
    "exercises": _without_scratch(exercise_candidates),
    "meetings": meeting_candidates,
}


@dataclass(frozen=True)
class Decision:
    """A reviewer's judgement of two records, from a `judge` correction."""

    left: str
    right: str
    judgement: JudgementKind
    correction_id: str
    reason: str


def resolve_across(
    dataset: Dataset, decisions: Iterable[Decision] = (), spill: Spill | None = None
) -> Dataset:
    """`dataset` with the records that are one entity or event merged; see the module docstring.

    With `spill`, the dataset's evidence is there (`merge` put it there), is re-pointed there, and
    the dataset returned has none; without, the evidence goes through a spill in memory and back.
    Articles are not changed: those the spill holds stay there, the dataset's pass through.
    """
    if spill is None:
        with Spill.of(dataset.evidence) as own:
            resolved = resolve_across(dataset.model_copy(update={"evidence": []}), decisions, own)
            return resolved.model_copy(update={"evidence": own.drain()})
    if dataset.evidence:
        raise ValueError("with a spill, the dataset's evidence is in the spill, not in the dataset")
    state = _State(dataset, list(decisions), spill)
    while True:
        context = state.context()  # each table's matcher reads only its own records' entries
        merged = sum(state.resolve(table, context) for table in TABLES)
        del context  # not held while the next pass builds its own
        if not merged:
            break
    state.record_negatives()
    return state.dataset()


def _evidence_id(subject: str, field: str, article: str, start: int, end: int) -> str:
    return record_id("evidence", subject, field, article, start, end)


class _State:
    def __init__(self, dataset: Dataset, decisions: list[Decision], spill: Spill) -> None:
        self.base = dataset
        self.tables: dict[str, dict[str, Any]] = {t: {r.id: r for r in getattr(dataset, t)} for t in TABLES}
        self.evidence = spill
        self.published = publication_dates(dataset, spill)
        self.judgements = {j.id: j for j in dataset.judgements}
        self.redirects = {r.id: r for r in dataset.redirects}
        self.decisions = decisions
        self.reviewed: dict[tuple[str, str], Decision] = {}
        """Forced candidates (current ids) -> the reviewer's decision behind them."""

    def dataset(self) -> Dataset:
        final = {r.id: r.target_id for r in self.redirects.values()}
        judgements = [
            j.model_copy(update={"subject_id": final.get(j.subject_id, j.subject_id)}) if j.subject_id else j
            for j in self.judgements.values()
        ]
        return Dataset.model_construct(  # every record is a validated model already
            articles=self.base.articles,
            persons=list(self.tables["persons"].values()),
            organisations=list(self.tables["organisations"].values()),
            meetings=list(self.tables["meetings"].values()),
            exercises=list(self.tables["exercises"].values()),
            evidence=[],
            reviews=self.base.reviews,
            judgements=judgements,
            redirects=list(self.redirects.values()),
        ).sorted()

    # ------------------------------------------------------------ one table

    def context(self) -> Context:
        context = Context.build(
            self.published,
            self.tables["persons"].values(),
            self.tables["meetings"].values(),
            self.tables["exercises"].values(),
            self.evidence.facts(),
        )
        named = [r for d in self.decisions for r in (d.left, d.right)]
        context.reviewed = frozenset([*named, *map(self._current, named)])
        return context

    def resolve(self, table: str, context: Context) -> int:
        """Merge what the table's matcher and the reviewers' decisions join; how many records went."""
        records = self.tables[table]
        groups = Groups(table, records, context, self._negatives(records))
        accepted = [c for c in self._positives(records) if groups.join(c, forced=True)]
        found = MATCHERS[table]([records[k] for k in sorted(records)], context, self.evidence.undated)
        accepted += [c for c in self._best_first(found) if groups.join(c)]
        if not accepted:
            return 0
        mapping: dict[str, str] = {}
        for members in groups.clusters():
            survivor, merged = survivor_and_merged(
                table, [records[m] for m in members], context, self.evidence_of
            )
            records[survivor] = merged
            for member in members:
                if member != survivor:
                    del records[member]
                    mapping[member] = survivor
                    self._move_evidence(member, survivor, merged)
        self._redirect(mapping)
        for match in accepted:
            self._judge(match, mapping)
        return len(mapping)

    def _best_first(self, found: Iterable[Candidate]) -> Iterator[Candidate]:
        """`found`, best score first (then by ids, rule and reason), sorted on disk: a corpus's
        meetings can give millions of pairs (`spill.SpilledPairs`)."""
        pairs = self.evidence.candidates
        pairs.clear()
        for match in found:
            pairs.add(match.pair())
        return map(Candidate.of_pair, pairs.best_first())

    def _positives(self, records: dict[str, Any]) -> list[Candidate]:
        """Reviewed positive decisions between records of this table, as forced candidates."""
        found = []
        for decision in self.decisions:
            left, right = self._current(decision.left), self._current(decision.right)
            if decision.judgement == "positive" and left in records and right in records:
                match = candidate(left, right, "reviewed", 1.0, decision.reason)
                found.append(match)
                self.reviewed[match.left, match.right] = decision
        return found

    def _negatives(self, records: dict[str, Any]) -> set[frozenset[str]]:
        return {
            frozenset((self._current(d.left), self._current(d.right)))
            for d in self.decisions
            if d.judgement == "negative" and self._current(d.left) in records
        }

    def _current(self, record: str) -> str:
        redirect = self.redirects.get(record)
        return redirect.target_id if redirect else record

    # ------------------------------------------------------------ consequences of a merge

    def evidence_of(self, subject: str) -> list[Evidence]:
        return self.evidence.of_subject(subject)

    def _move_evidence(self, member: str, survivor: str, merged: Any) -> None:
        """The member's evidence is the survivor's: a name that is not the survivor's is one of
        its `names`; ids follow (`_replace`)."""
        self.evidence.move_subject(member, survivor, getattr(merged, "name", None), _evidence_id)

    def _replace(self, item: Evidence, subject: str, field: str) -> None:
        """Re-point an evidence row; its id follows its subject, field and span."""
        new_id = _evidence_id(subject, field, item.article_id, item.start, item.end)
        self.evidence.replace(
            item, item.model_copy(update={"id": new_id, "subject_id": subject, "field": field})
        )

    def _redirect(self, mapping: dict[str, str]) -> None:
        """References, evidence addresses and earlier redirects follow the merged ids."""
        for table in TABLES:
            model = TOP_LEVEL[table]
            for subject, record in list(self.tables[table].items()):
                dumped = record.model_dump()
                if not any(ref in mapping for ref in references(dumped)):
                    continue
                changed, keys = redirected(table, dumped, mapping)
                if changed.get("parent_id") == subject:
                    changed["parent_id"] = None  # an organisation merged with its parent
                self.tables[table][subject] = model.model_validate(changed)
                for item in self.evidence_of(subject):
                    root, key, rest = split_path(item.field)
                    if key is not None and key in keys.get(root, {}):
                        new = keys[root][key]
                        if new is None:  # a guard: `redirected` drops only items of removed
                            # records, and a merge removes none (each member maps to its survivor)
                            self.evidence.delete(item.id)
                        else:
                            self._replace(item, subject, join_path(root, new, rest))
        for old, redirect in list(self.redirects.items()):
            if redirect.target_id in mapping:
                self.redirects[old] = redirect.model_copy(update={"target_id": mapping[redirect.target_id]})
        for old, target in mapping.items():
            self.redirects[old] = Redirect(id=old, target_id=target, provenance="automatic")

    def _judge(self, match: Candidate, mapping: dict[str, str]) -> None:
        decision = self.reviewed.get((match.left, match.right)) if match.rule == "reviewed" else None
        left, right = (decision.left, decision.right) if decision else (match.left, match.right)
        subject = mapping.get(match.left, match.left)
        self._record("positive", left, right, match.rule, match.score, match.reason, subject, decision)

    def record_negatives(self) -> None:
        """Publish the reviewers' negative decisions between records that exist (or redirect)."""
        known = {r for t in TABLES for r in self.tables[t]} | set(self.redirects)
        for decision in self.decisions:
            if decision.judgement == "negative" and {decision.left, decision.right} <= known:
                self._record(
                    "negative",
                    decision.left,
                    decision.right,
                    "reviewed",
                    1.0,
                    decision.reason,
                    None,
                    decision,
                )

    def _record(
        self,
        kind: JudgementKind,
        a: str,
        b: str,
        rule: MatchRule,
        score: float,
        reason: str,
        subject: str | None,
        decision: Decision | None,
    ) -> None:
        left, right = sorted((a, b))
        identifier = record_id("judgements", left, right)
        self.judgements[identifier] = Judgement(
            id=identifier,
            left_id=left,
            right_id=right,
            judgement=kind,
            rule=rule,
            score=score,
            reason=reason,
            subject_id=subject,
            correction_id=decision.correction_id if decision else None,
            provenance="reviewed" if decision else "automatic",
        )
