"""Evidence that supports its value: a quote cited for a name, or for a participant, is a mention
of that record.

`quote_mismatch` only proves a quote is the text at its span; a participant citing another
participant's name passes it. Here a person's or organisation's `name`, `names` and `acronym`
evidence, a meeting's or exercise's `participants[<id>]` evidence naming a person or an
organisation, and an exercise's `name` evidence must quote the record itself: one of its names,
or words of them (`Haftar` for `Khalifa Haftar`, `Africom` for `AFRICOM`). Comparison ignores
case, accents, apostrophe style and spacing. Rows whose cells failed the cell checks, and subjects
that exist nowhere (reported as `dangling_reference`), are left to those checks; evidence a
correction added (`correction_id` set) is the reviewer's and may quote what supports a merge.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import TYPE_CHECKING

import polars as pl

from .read import ROW_COLUMN

if TYPE_CHECKING:
    from .validate_common import Found, Frames

SUPPORT_CODES: dict[str, str] = {
    "evidence_not_a_mention": "a name or participant evidence quote that does not name its record",
}
"""Issue codes of this module (part of `rules.CODES`)."""

NAME_FIELDS = ("name", "names", "acronym")
_PARTICIPANT = re.compile(r"^participants\[(?P<id>(?:per|org)-[^\]]+)\]$")


def fold(text: str) -> str:
    """Lower case, no accents, one apostrophe and single spaces: how a mention compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-‐‑]", " ", bare).split())


def names_a(quote: str, forms: list[str], within: bool = False) -> bool:
    """Whether `quote` is one of `forms` or made of their words (`Haftar`, `Saddam`); `within`: or
    holds one of them (`Flintlock 2026`, `l’exercice Flintlock`, as an exercise is cited)."""
    folded = fold(quote)
    if not folded:
        return False
    if any(folded == fold(form) for form in forms):
        return True
    if within and any(f" {fold(form)} " in f" {folded} " for form in forms if fold(form)):
        return True
    words = {word for form in forms for word in fold(form).split()}
    return set(folded.split()) <= words


def check_support(frames: Frames, found: Found) -> None:
    """Report every name or participant evidence row whose quote does not name its record."""
    table = "evidence"
    if table not in frames.frames:
        return
    frame = frames.frames[table]
    if not {"subject_id", "field", "quote"} <= set(frame.columns):
        return
    valid = frames.valid(table, "subject_id") & frames.valid(table, "field") & frames.valid(table, "quote")
    if "correction_id" in frame.columns:  # a reviewer's evidence for a merge may quote what links the two
        valid = valid & frame["correction_id"].is_null()
    rows = frame.filter(
        valid
        & (
            pl.col("field").is_in(list(NAME_FIELDS))
            | pl.col("field").str.starts_with("participants[per-")
            | pl.col("field").str.starts_with("participants[org-")
        )
    ).select(ROW_COLUMN, "subject_id", "field", "quote")
    if rows.is_empty():
        return
    forms = _forms(frames)
    redirects = _redirects(frames)
    for row, subject, field_name, quote in rows.iter_rows():
        participant = _PARTICIPANT.match(field_name)
        if participant:
            record = participant["id"]
        elif subject.startswith(("per-", "org-")) or (subject.startswith("exe-") and field_name == "name"):
            record = subject
        else:
            continue
        record = redirects.get(record, record)
        if record not in forms:
            continue  # a subject that is no record is a dangling reference, reported elsewhere
        if not names_a(quote, forms[record], within=record.startswith("exe-")):
            shown = ", ".join(repr(f) for f in forms[record][:3])
            what = f"participant {record}" if participant else f"{record}'s {field_name}"
            message = f"{quote[:60]!r} does not name {what} (known as {shown}); cite a mention of that record"
            found.add(frames.files[table], "evidence_not_a_mention", message, row, "quote")


def _forms(frames: Frames) -> dict[str, list[str]]:
    """Every person's, organisation's and exercise's names, by id, from cells that passed their checks."""
    forms: dict[str, list[str]] = {}
    for table, columns in (
        ("persons", ("name", "names")),
        ("organisations", ("name", "acronym", "names")),
        ("exercises", ("name", "series")),
    ):
        frame = frames.frames.get(table)
        if frame is None or "id" not in frame.columns:
            continue
        present = [c for c in columns if c in frame.columns]
        keep = frames.valid(table, "id")
        cells = {c: frame[c].to_list() for c in present}
        ok = {c: frames.valid(table, c).to_list() for c in present}
        for i, (identifier, kept) in enumerate(zip(frame["id"].to_list(), keep.to_list(), strict=True)):
            if not kept:
                continue
            names: list[str] = []
            for column in present:
                value = cells[column][i]
                if value is None or not ok[column][i]:
                    continue
                names += _listed(value) if column == "names" else [value]
            forms[identifier] = names
    return forms


def _listed(cell: str) -> list[str]:
    """The names of a `names` cell (a JSON array in CSV)."""
    try:
        value = json.loads(cell)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _redirects(frames: Frames) -> dict[str, str]:
    frame = frames.frames.get("redirects")
    if frame is None or not {"id", "target_id"} <= set(frame.columns):
        return {}
    valid = frames.valid("redirects", "id") & frames.valid("redirects", "target_id")
    return dict(frame.filter(valid).select("id", "target_id").iter_rows())
