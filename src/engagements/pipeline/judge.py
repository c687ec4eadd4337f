"""Judge: reviewed judgements (`action: judge` corrections) as decisions for cross-article resolution.

Why a correction action of its own rather than `merge` and `split`: those rewrite records after
resolution, by ids of the published package, and a `split` needs spans to move. A judgement is
about two records *as extracted* (the ids of the `judgements` and `redirects` tables), and it
must act inside resolution: a positive one joins two groups whatever the rules say (and keeps
them joined when the rules change), a negative one keeps them apart, which no correction
applied afterwards could do without undoing the merge and everything built on it. Both are
published as `judgements` rows naming the correction.

A judgement is checked like every correction at every conversion: its spans must still quote
their articles, its records must still be extracted (from a quoted article, when it quotes
one); one that fails is reported and has no effect.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..models import Dataset, Review
from ..models.correction import JudgeRecords
from .correct import Stale, stale_spans
from .match import Context
from .resolve_across import Decision
from .spill import Spill


@dataclass
class Judged:
    """Output of the judge step: the decisions to resolve with, the judgements that do not apply."""

    decisions: list[Decision] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)


def judge(dataset: Dataset, corrections: Iterable[JudgeRecords], spill: Spill | None = None) -> Judged:
    """The reviewers' decisions about `dataset`'s records (merged by id, not yet resolved).

    With `spill`, the articles and evidence it holds for the dataset are read there: an
    organisation's articles are known from its evidence alone."""
    corrections = list(corrections)
    if not corrections:
        return Judged()
    texts: Mapping[str, str] = {a.id: a.text for a in dataset.articles}
    if spill is not None:
        texts = spill.articles.texts(held=texts)
    articles = Context.of(dataset, spill).articles
    known = {r.id for t in ("persons", "organisations", "meetings", "exercises") for r in getattr(dataset, t)}
    known |= {r.id for r in dataset.redirects}
    judged = Judged()
    for correction in corrections:
        records = [correction.target, *correction.others]
        problem = stale_spans(texts, correction) or _problem(correction, records, known, articles)
        if problem:
            judged.stale.append(problem)
            continue
        judged.decisions += [
            Decision(correction.target, other, correction.judgement, correction.id, correction.reason)
            for other in correction.others
        ]
        judged.reviews.append(
            Review(
                id=correction.id,
                action="judge",
                subject_id=correction.target,
                others=correction.others,
                author=correction.author,
                reason=correction.reason,
            )
        )
    return judged


def _problem(
    correction: JudgeRecords, records: list[str], known: set[str], articles: Mapping[str, AbstractSet[str]]
) -> Stale | None:
    missing = [r for r in records if r not in known]
    if missing:
        message = (
            f"{', '.join(missing)} not in the extraction any more; see the judgements and redirects tables"
        )
        return Stale(correction.id, "correction_target_missing", message)
    if len({r.split("-", 1)[0] for r in records}) > 1 or len(set(records)) < len(records):
        return Stale(correction.id, "correction_invalid", "judge distinct records of one kind")
    quoted = {s.article_id for s in correction.spans}
    if quoted and not any(articles[r] & quoted for r in records):
        message = f"none of {', '.join(records)} is extracted from {', '.join(sorted(quoted))} any more"
        return Stale(correction.id, "correction_target_mismatch", message)
    return None
