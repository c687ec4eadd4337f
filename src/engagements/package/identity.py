"""Checks of the identity tables: redirects lead somewhere real, judgements agree with the records.

A redirect must lead, in one step, to a record that exists, of the same kind: no chain (a
redirect to a redirect), no cycle, and never from an id that is still a record. A judgement
names records that exist or redirect, of one kind; a positive one's records now resolve to one
record (its `subject_id`), a negative one's to two. These tables are small, so the checks run
over their rows in Python, on cells that passed the cell checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.constants import ID_PREFIXES
from .read import ROW_COLUMN

if TYPE_CHECKING:
    from .validate_common import Found, Frames

IDENTITY_CODES: dict[str, str] = {
    "redirect_dangling": "a redirect to an id that is no record",
    "redirect_shadowed": "a redirect from an id that is still a record",
    "redirect_chain": "a redirect to another redirect",
    "redirect_cycle": "redirects that lead back to where they start",
    "redirect_table_mismatch": "a redirect to a record of another kind",
    "judgement_unknown_record": "a judgement naming an id that is neither a record nor a redirect",
    "judgement_table_mismatch": "a judgement about records of different kinds",
    "judgement_not_applied": "a positive judgement whose records are not one, or a negative one whose are",
}
"""Issue codes of this module (part of `rules.CODES`)."""

RECORD_TABLES = ("persons", "organisations", "meetings", "exercises")


def check_identity(frames: Frames, found: Found) -> None:
    """Report every broken redirect and judgement."""
    if not any(t in frames.frames and frames.frames[t].height for t in ("redirects", "judgements")):
        return  # nothing to check (and no set of every record's id to build)
    live = set()
    for table in RECORD_TABLES:
        if table in frames.frames and "id" in frames.frames[table].columns:
            live |= set(frames.frames[table].filter(frames.valid(table, "id"))["id"].to_list())
    redirects = _rows(frames, "redirects", ("id", "target_id"))
    targets = {row["id"]: row["target_id"] for _, row in redirects if row["id"] and row["target_id"]}
    for line, row in redirects:
        source, target = row["id"], row["target_id"]
        if source is None or target is None:
            continue
        problem = _redirect_problem(source, target, live, targets)
        if problem:
            found.add(frames.files["redirects"], problem[0], problem[1], line, problem[2])
    for line, row in _rows(frames, "judgements", ("left_id", "right_id", "judgement", "subject_id")):
        problem = _judgement_problem(row, live, targets)
        if problem:
            found.add(frames.files["judgements"], problem[0], problem[1], line, problem[2])


def _rows(frames: Frames, table: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str | None]]]:
    """(row number, the named cells) of a table, None where a cell is missing or invalid."""
    if table not in frames.frames:
        return []
    frame = frames.frames[table]
    present = [c for c in columns if c in frame.columns]
    valid = {c: frames.valid(table, c).to_list() for c in present}
    values = {c: frame[c].to_list() for c in present}
    return [
        (row, {c: values[c][i] if c in present and valid[c][i] else None for c in columns})
        for i, row in enumerate(frame[ROW_COLUMN].to_list())
    ]


def _kind(identifier: str) -> str:
    return identifier.split("-", 1)[0]


def _redirect_problem(
    source: str, target: str, live: set[str], targets: dict[str, str]
) -> tuple[str, str, str] | None:
    if source in live:
        return "redirect_shadowed", f"{source} is still a record; it cannot also redirect", "id"
    if _kind(source) != _kind(target):
        return "redirect_table_mismatch", f"{source} and {target} are records of different kinds", "target_id"
    if target == source:
        return "redirect_cycle", f"{source} redirects to itself", "target_id"
    if target in targets:
        seen, step = {source}, target
        while step in targets and step not in seen:
            seen.add(step)
            step = targets[step]
        if step in seen:
            return "redirect_cycle", f"{source} -> {target} -> ... leads back to {step}", "target_id"
        return (
            "redirect_chain",
            f"{target} is itself a redirect (to {targets[target]}); lead to {step}",
            "target_id",
        )
    if target not in live:
        return "redirect_dangling", f"{target} is not a record of {_table(target)}", "target_id"
    return None


def _judgement_problem(
    row: dict[str, str | None], live: set[str], targets: dict[str, str]
) -> tuple[str, str, str] | None:
    left, right, subject = row["left_id"], row["right_id"], row["subject_id"]
    if left is None or right is None:
        return None
    for column, value in (("left_id", left), ("right_id", right)):
        if value not in live and value not in targets:
            return "judgement_unknown_record", f"{value} is neither a record nor a redirect", column
    if subject is not None and subject not in live:
        return "judgement_unknown_record", f"{subject} is not a record of {_table(subject)}", "subject_id"
    kinds = {_kind(left), _kind(right)} | ({_kind(subject)} if subject else set())
    if len(kinds) > 1:
        return "judgement_table_mismatch", f"{left}, {right} are not records of one kind", "right_id"
    now = targets.get(left, left), targets.get(right, right)
    if row["judgement"] == "positive" and (now[0] != now[1] or subject not in (None, now[0])):
        return (
            "judgement_not_applied",
            f"{left} and {right} are judged one but are {now[0]} and {now[1]}",
            "judgement",
        )
    if row["judgement"] == "negative" and now[0] == now[1]:
        return (
            "judgement_not_applied",
            f"{left} and {right} are judged two but are both {now[0]}",
            "judgement",
        )
    return None


def _table(identifier: str) -> str:
    return next((t for t, p in ID_PREFIXES.items() if p == _kind(identifier)), "any table")
