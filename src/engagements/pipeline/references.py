"""References between records, kept right when ids change: shared by resolution and corrections.

A merge (found by cross-article resolution or asked for by a correction) replaces ids, a
removal deletes them. Every record that refers to them changes, list items that become one are
joined, and evidence follows each list item by its identity (`participants[per-x]`), which a
merge does not change, so only items whose own id changed need their evidence re-addressed.
Records here are plain dicts (`model_dump()`): easy to rewrite, validated by the caller.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from ..package.tables import TOP_LEVEL, submodel, tables
from .resolve import item_key, record_id

Record = dict[str, Any]
KeyMap = dict[str, str | None]
"""Old item key -> new item key of one list field (None: the item is gone)."""

_PATH = re.compile(r"^([a-z_]+)(?:\[([0-9a-z]+(?:-[0-9a-z]+)*)\])?(.*)$")


def split_path(path: str) -> tuple[str, str | None, str]:
    """`participants[per-x].role` -> (`participants`, `per-x`, `.role`); no brackets: key None."""
    match = _PATH.match(path)
    if not match:
        return path, None, ""
    return match[1], match[2], match[3]


def join_path(root: str, key: str | None, rest: str = "") -> str:
    return f"{root}[{key}]{rest}" if key is not None else f"{root}{rest}"


@cache
def reference_keys() -> tuple[frozenset[str], frozenset[str]]:
    """(keys holding one id, keys holding a list of ids), from the derived tables."""
    single = {
        c.name
        for t in tables()
        for c in t.columns
        if c.references and c.name != "id" and not (t.parent and c is t.columns[0])
    }
    lists = {t.parent_field for t in tables() if t.scalar_column and t.parent_field}
    return frozenset(single), frozenset(lists)


def references(value: Any, key: str = "") -> Iterable[str]:
    """Ids a record refers to (`person_id`, `articles`, ...), as the models' schema marks them."""
    single, lists = reference_keys()
    if isinstance(value, dict):
        for k, v in value.items():
            yield from references(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from references(item, key)
    elif isinstance(value, str) and (key in single or key in lists):
        yield value


def same_entry(a: Any, b: Any) -> bool:
    """Two list items are one: equal, or the same identity (a participant naming the same person)."""
    if a == b:
        return True
    return isinstance(a, dict) and isinstance(b, dict) and "person_id" in a and item_key(a) == item_key(b)


def dedupe(items: list[Any]) -> list[Any]:
    """Items without repeats (`same_entry`), the first of each kept in place.

    Linear: an item is looked up by its JSON text (equal items) and, for a dict, by its
    identity among the kept items that name a person; a record seen in thousands of articles
    would otherwise compare each item with every one kept.
    """
    kept: list[Any] = []
    texts: set[str] = set()
    persons: set[str] = set()
    for item in items:
        text = json.dumps(item, sort_keys=True, default=repr)
        if text in texts or (isinstance(item, dict) and item_key(item) in persons):
            continue
        kept.append(item)
        texts.add(text)
        if isinstance(item, dict) and "person_id" in item:
            persons.add(item_key(item))
    return kept


def combine(target: Record, others: list[Record]) -> Record:
    """One record from several: lists joined without repeats, missing values filled in order."""
    merged = dict(target)
    for key, value in target.items():
        if key in ("id", "provenance"):
            continue
        if key == "names":  # every name the records went by, other acronyms included (`SETAF-AF`)
            every = set(value) | {n for o in others for n in [o["name"], *o["names"], o.get("acronym")] if n}
            kept = {
                target["name"],
                target.get("acronym") or next((o.get("acronym") for o in others if o.get("acronym")), None),
            }
            merged[key] = sorted(every - kept)
        elif isinstance(value, list):
            merged[key] = dedupe([*value, *(item for o in others for item in o[key])])
        elif value is None:
            merged[key] = next((o[key] for o in others if o[key] is not None), None)
    return merged


def redirected(
    table: str, record: Record, mapping: Mapping[str, str | None]
) -> tuple[Record, dict[str, KeyMap]]:
    """`record` with the ids in `mapping` replaced (None: removed), and how item keys changed.

    A list item left referring to nothing (a participant of no one) goes; items that become
    the same (one person twice after a merge) are joined.
    """
    single, _ = reference_keys()
    changed = dict(record)
    keys: dict[str, KeyMap] = {}
    for key, value in record.items():
        if key in single and value in mapping:
            changed[key] = mapping[value]
        if not (isinstance(value, list) and value and isinstance(value[0], dict)):
            if isinstance(value, list) and any(v in mapping for v in value if isinstance(v, str)):
                changed[key] = dedupe([mapping.get(v, v) for v in value if mapping.get(v, v)])
            continue
        item_model = submodel(TOP_LEVEL[table].model_fields[key].annotation)
        items = []
        for item in value:
            new = {k: mapping[v] if k.endswith("_id") and v in mapping else v for k, v in item.items()}
            old_key = item_key(item)
            if not _valid(item_model, new):
                keys.setdefault(key, {})[old_key] = None
                continue
            if item_key(new) != old_key:
                keys.setdefault(key, {})[old_key] = item_key(new)
            items.append(new)
        changed[key] = dedupe(items)
    return changed, keys


def _valid(model: type[BaseModel], values: Record) -> bool:
    try:
        model.model_validate(values)
    except ValidationError:
        return False
    return True


def follow_merges(
    tables: dict[str, dict[str, Record]], mapping: Mapping[str, str | None], correction_id: str | None
) -> None:
    """Redirects, judgements and external evidence after records were merged (or removed: None).

    A merged id becomes a redirect to its target and earlier redirects to it lead there too
    (never a chain); redirects to a removed record go, and so do judgements about it. External
    evidence follows its record, or goes with it.
    """
    external = tables["external_evidence"]
    for identifier, item in list(external.items()):
        if item["subject_id"] in mapping:
            del external[identifier]
            subject = mapping[item["subject_id"]]
            if subject is not None:
                new_id = record_id("external_evidence", subject, item["field"], item["url"])
                external[new_id] = {**item, "id": new_id, "subject_id": subject}
    redirects, judgements = tables["redirects"], tables["judgements"]
    for old, redirect in list(redirects.items()):
        if redirect["target_id"] in mapping:
            target = mapping[redirect["target_id"]]
            if target is None:
                del redirects[old]
            else:
                redirects[old] = {**redirect, "target_id": target}
    current = {old: r["target_id"] for old, r in redirects.items()}
    for old, target in mapping.items():
        if target is not None:
            redirects[old] = {
                "id": old,
                "target_id": target,
                "correction_id": correction_id,
                "provenance": "reviewed",
            }
            current[old] = target
    removed = {old for old, target in mapping.items() if target is None}
    for identifier, judgement in list(judgements.items()):
        ends = {current.get(judgement[k], judgement[k]) for k in ("left_id", "right_id")}
        subject = judgement["subject_id"]
        if ends & removed or subject in removed:
            del judgements[identifier]
        elif subject in mapping:
            judgements[identifier] = {**judgement, "subject_id": mapping[subject]}
