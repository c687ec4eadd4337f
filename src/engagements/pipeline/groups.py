"""Groups of records being resolved: union-find that refuses the joins the rules or reviewers forbid.

A join is refused when an article reports records of both groups (the extractor told them
apart), when the joined group would disagree on what one entity or event cannot differ on
(a person's country, an organisation's country or kind, an exercise's edition, a meeting's
date), or when a reviewer's negative judgement separates a member of each. A reviewer's
positive judgement is forced: only a negative judgement can refuse it.
"""

from __future__ import annotations

from typing import Any

from ..models.base import StrictModel
from .match import Candidate, Context, dates_agree

FACETS = {
    "persons": ("country",),
    "organisations": ("country", "kind"),
    "exercises": ("edition",),
    "meetings": (),
}
"""What the records of one group must not disagree on (meetings: their dates, always)."""


class Groups:
    """Union-find over one table's records."""

    def __init__(
        self, table: str, records: dict[str, Any], context: Context, negatives: set[frozenset[str]]
    ) -> None:
        self.table = table
        self.parent = {r: r for r in records}
        self.members = {r: {r} for r in records}
        self.articles = {r: set(context.articles.get(r, ())) for r in records}
        self.records = records
        self.negatives = negatives

    def find(self, record: str) -> str:
        while self.parent[record] != record:
            self.parent[record] = self.parent[self.parent[record]]
            record = self.parent[record]
        return record

    def join(self, match: Candidate, forced: bool = False) -> bool:
        a, b = self.find(match.left), self.find(match.right)
        if a == b:
            return False
        if not forced and (self.articles[a] & self.articles[b] or not self._compatible(a, b)):
            return False
        if any(frozenset((x, y)) in self.negatives for x in self.members[a] for y in self.members[b]):
            return False
        keep, gone = sorted((a, b))
        self.parent[gone] = keep
        self.members[keep] |= self.members.pop(gone)
        self.articles[keep] |= self.articles.pop(gone)
        return True

    def clusters(self) -> list[list[str]]:
        return [sorted(m) for m in self.members.values() if len(m) > 1]

    def _compatible(self, a: str, b: str) -> bool:
        """No two members of the joined group disagree on what one entity or event cannot differ on."""
        records: list[StrictModel] = [self.records[m] for m in sorted(self.members[a] | self.members[b])]
        for facet in FACETS[self.table]:
            values = {getattr(r, facet, None) for r in records} - {None, "other"}
            if len(values) > 1:
                return False
        dates = [d for r in records if (d := getattr(r, "date", None))]
        return all(dates_agree(x, y) is not False for i, x in enumerate(dates) for y in dates[i + 1 :])
