"""Groups of records being resolved: union-find that refuses the joins the rules or reviewers forbid.

A join is refused when an article reports records of both groups (the extractor told them
apart), when the joined group would disagree on what one entity or event cannot differ on
(a person's country, an organisation's country or kind, an exercise's edition, a meeting's
date), or when a reviewer's negative judgement separates a member of each. A reviewer's
positive judgement is forced: only a negative judgement can refuse it.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from ..models.base import StrictModel
from .match import Candidate, Context, dates_agree

FACETS = {
    "persons": ("country",),
    "organisations": ("country", "kind"),
    "exercises": ("edition",),
    "meetings": (),
}
"""What the records of one group must not disagree on (meetings: their dates, always).
`match_events._timeless_reports` relies on meetings' joins being refused only for shared
articles, dates and reviewers' decisions: a new refusal must be checked there too."""


class Groups:
    """Union-find over one table's records.

    A record alone is its own group: only joined groups get sets of members and articles of their
    own (a corpus's tables have hundreds of thousands of records, most of them never joined)."""

    def __init__(
        self, table: str, records: dict[str, Any], context: Context, negatives: set[frozenset[str]]
    ) -> None:
        self.table = table
        self.parent = {r: r for r in records}
        self.joined: dict[str, set[str]] = {}
        """A joined group's root -> its members."""
        self.joined_articles: dict[str, set[str]] = {}
        """A joined group's root -> the articles of its members."""
        self.context = context
        self.records = records
        self.negatives = negatives

    def members(self, root: str) -> set[str]:
        return self.joined.get(root) or {root}

    def articles(self, root: str) -> AbstractSet[str]:
        return self.joined_articles.get(root) or self.context.articles.get(root) or frozenset()

    def find(self, record: str) -> str:
        while self.parent[record] != record:
            self.parent[record] = self.parent[self.parent[record]]
            record = self.parent[record]
        return record

    def join(self, match: Candidate, forced: bool = False) -> bool:
        a, b = self.find(match.left), self.find(match.right)
        if a == b:
            return False
        if not forced and (self.articles(a) & self.articles(b) or not self._compatible(a, b)):
            return False
        if any(frozenset((x, y)) in self.negatives for x in self.members(a) for y in self.members(b)):
            return False
        keep, gone = sorted((a, b))
        self.parent[gone] = keep
        if keep not in self.joined:  # its own sets from now on (the context's are not changed)
            self.joined[keep] = {keep}
            self.joined_articles[keep] = set(self.articles(keep))
        self.joined[keep] |= self.members(gone)
        self.joined_articles[keep] |= self.articles(gone)
        self.joined.pop(gone, None)
        self.joined_articles.pop(gone, None)
        return True

    def clusters(self) -> list[list[str]]:
        """Each joined group's members, the groups in the order of their roots among the records."""
        return [sorted(self.joined[r]) for r in self.records if r in self.joined]

    def _compatible(self, a: str, b: str) -> bool:
        """No two members of the joined group disagree on what one entity or event cannot differ on."""
        records: list[StrictModel] = [self.records[m] for m in sorted(self.members(a) | self.members(b))]
        for facet in FACETS[self.table]:
            values = {getattr(r, facet, None) for r in records} - {None, "other"}
            if len(values) > 1:
                return False
        dates = [d for r in records if (d := getattr(r, "date", None))]
        return all(dates_agree(x, y) is not False for i, x in enumerate(dates) for y in dates[i + 1 :])
