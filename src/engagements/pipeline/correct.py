"""Correct: the merged dataset + reviewed corrections -> the published dataset, and what did not apply.

Runs after `build`/`merge` at every conversion, so corrections survive re-extraction. Each
correction is checked against the current extraction first: its spans must still quote the
article text, and its target must still be extracted from that article. One that fails is
reported (`Stale`) and skipped, never silently dropped. Records a correction adds or changes
say `provenance: reviewed`; references and evidence indices are kept consistent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from ..models import Dataset, Evidence
from ..models.correction import (
    AddRecord,
    Correction,
    CorrectionEvidence,
    CorrectionSpan,
    ExternalSource,
    FixFields,
    MergeRecords,
    RemoveRecord,
    SplitRecord,
)
from ..models.types import ID_PREFIXES
from ..package.tables import TOP_LEVEL
from .references import Record, combine, follow_merges, join_path, redirected, references, split_path
from .resolve import entity_id, item_key, record_id
from .spill import Spill

TABLE_BY_PREFIX = {prefix: table for table, prefix in ID_PREFIXES.items()}
ENTITY_TABLES = ("persons", "organisations", "meetings", "exercises")


@dataclass(frozen=True)
class Stale:
    """A correction that was not applied, and why (`code` is an issue code of the validator)."""

    correction_id: str
    code: str
    message: str


@dataclass
class Corrected:
    """Output of the correct step: the dataset with every applicable correction, and the others."""

    dataset: Dataset
    stale: list[Stale]
    applied: int = 0


class _Skip(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def apply_corrections(
    dataset: Dataset, corrections: Iterable[Correction], spill: Spill | None = None
) -> Corrected:
    """Apply `corrections` in order; each applies whole or not at all.

    With `spill` (holding the dataset's evidence and articles, as in `convert`), the evidence is
    changed there and the articles' texts are read there: they are never all in memory, and the
    dataset returned has neither, as the one given.
    """
    if spill is not None and (dataset.evidence or dataset.articles):
        raise ValueError("with a spill, the dataset's evidence and articles are in the spill")
    state = _State(dataset, spill)
    stale: list[Stale] = []
    applied = 0
    for correction in corrections:
        snapshot = state.copy()
        state.correction = correction
        try:
            state.check_spans(correction)
            subject, others = _APPLY[type(correction)](state, correction)
            state.check_references()
            state.review(correction, subject, others)
        except _Skip as skip:
            state = snapshot
            state.evidence.rollback()
            stale.append(Stale(correction.id, skip.code, skip.message))
        else:
            state.evidence.commit()
            applied += 1
    return Corrected(state.dataset(), stale, applied)


def stale_spans(texts: Mapping[str, str], correction: Correction) -> Stale | None:
    """Why a span of `correction` no longer quotes its article (by id -> text), or None."""
    for span in correction.spans:
        text = texts.get(span.article_id)
        if text is None:
            return Stale(
                correction.id,
                "correction_article_missing",
                f"article {span.article_id} is not in the sources; an article id is derived from its "
                "text, so an edited text has a new id (see articles.csv)",
            )
        if text[span.start : span.end] != span.quote:
            found = text.find(span.quote)
            hint = (
                f"; the quote is now at start {found}, end {found + len(span.quote)}"
                if found >= 0
                else "; the quote is not in the article any more"
            )
            return Stale(
                correction.id,
                "correction_span_mismatch",
                f"{span.article_id}[{span.start}:{span.end}] reads "
                f"{text[span.start : span.end][:60]!r}, not {span.quote[:60]!r}{hint}",
            )
    return None


# ---------------------------------------------------------------- state


def _model(table: str) -> type[BaseModel]:
    return TOP_LEVEL[table]


class _HeldEvidence(dict[str, Record]):
    """Evidence rows in memory, by id (a dataset that holds its evidence).

    Rows are found in id order, as in the spill: when two rows move to one id, which moved first
    decides the row's correction (`_State.move_evidence`), so both ways must take them alike."""

    def of_subject(self, subject: str) -> list[Record]:
        return sorted((e for e in self.values() if e["subject_id"] == subject), key=_by_id)

    def naming_item(self, key: str) -> list[Record]:
        return sorted((e for e in self.values() if split_path(e["field"])[1] == key), key=_by_id)

    def subjects(self) -> set[str]:
        return {e["subject_id"] for e in self.values()}

    def begin(self) -> _HeldEvidence:
        return _HeldEvidence(self)  # a correction changes the copy; the original is the undo

    def rollback(self) -> None:
        pass

    def commit(self) -> None:
        pass

    def held(self) -> list[Record]:
        return list(self.values())


def _by_id(record: Record) -> str:
    return str(record["id"])


class _SpilledEvidence(MutableMapping[str, Record]):
    """Evidence rows in a conversion's spill, by id, changed there; what one correction changed
    can be undone (`begin`, `rollback`): the rows it touched are remembered as they were."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self._undo: dict[str, Evidence | None] | None = None

    def __getitem__(self, key: str) -> Record:
        item = self.spill.row(key)
        if item is None:
            raise KeyError(key)
        return item.model_dump()

    def __setitem__(self, key: str, record: Record) -> None:
        assert record["id"] == key, (key, record["id"])
        try:  # now: `dataset()` validates held rows only
            item = Evidence.model_validate(record)
        except ValidationError as error:
            raise _Skip("correction_invalid", _first_error(error)) from None
        self._remember(key)
        self.spill.put(item)

    def __delitem__(self, key: str) -> None:
        if self.spill.row(key) is None:
            raise KeyError(key)
        self._remember(key)
        self.spill.delete(key)

    def __iter__(self) -> Iterator[str]:
        return (item.id for item in self.spill)

    def __len__(self) -> int:
        return len(self.spill)

    def of_subject(self, subject: str) -> list[Record]:
        return [item.model_dump() for item in self.spill.of_subject(subject)]

    def naming_item(self, key: str) -> list[Record]:
        items = self.spill.naming_item(key)
        return [item.model_dump() for item in items if split_path(item.field)[1] == key]

    def subjects(self) -> set[str]:
        return self.spill.subjects()

    def _remember(self, key: str) -> None:
        if self._undo is not None and key not in self._undo:
            self._undo[key] = self.spill.row(key)

    def begin(self) -> _SpilledEvidence:
        self._undo = {}
        return self

    def rollback(self) -> None:
        for key, item in reversed((self._undo or {}).items()):
            self.spill.delete(key)
            if item is not None:
                self.spill.put(item)
        self._undo = None

    def commit(self) -> None:
        self._undo = None

    def held(self) -> list[Record]:
        return []  # the rows stay in the spill


class _State:
    """Records as plain dicts by table and id: easy to rewrite, validated when they change.

    With a spill, the evidence is reached there (`_SpilledEvidence`) and so are the articles'
    texts; the tables hold the other records."""

    def __init__(self, dataset: Dataset | None = None, spill: Spill | None = None) -> None:
        self.tables: dict[str, dict[str, Record]] = {}
        self.correction: Correction | None = None
        """The correction being applied: evidence it supplies or moves names it."""
        self.evidence: _HeldEvidence | _SpilledEvidence = _HeldEvidence()
        self.spill = spill
        self.spilled_articles: set[str] = set()
        if dataset is not None:
            if spill is not None:
                self.spilled_articles = spill.articles.ids()
            for name in type(dataset).model_fields:
                if name != "evidence":
                    self.tables[name] = {r.id: r.model_dump() for r in getattr(dataset, name)}
            if spill is not None:
                self.evidence = _SpilledEvidence(spill)
            else:
                self.evidence = _HeldEvidence({r.id: r.model_dump() for r in dataset.evidence})

    def copy(self) -> _State:
        """The state as it is, to come back to if the correction about to apply cannot (then
        `evidence.rollback()`; else `evidence.commit()`)."""
        clone = _State(spill=self.spill)
        clone.tables = {name: dict(records) for name, records in self.tables.items()}
        clone.correction = self.correction
        clone.spilled_articles = self.spilled_articles
        clone.evidence = self.evidence
        self.evidence = self.evidence.begin()
        return clone

    def dataset(self) -> Dataset:
        tables: dict[str, list[Record]] = {name: list(t.values()) for name, t in self.tables.items()}
        return Dataset.model_validate({**tables, "evidence": self.evidence.held()}).sorted()

    def current(self, record_id: str) -> str:
        """The id a record has now: a merged id leads to the record it was merged into."""
        redirect = self.tables["redirects"].get(record_id)
        return str(redirect["target_id"]) if redirect else record_id

    def judged_apart(self, a: str, b: str) -> bool:
        """A negative judgement separates the records `a` and `b` (current ids)."""
        return any(
            j["judgement"] == "negative"
            and {self.current(j["left_id"]), self.current(j["right_id"])} == {a, b}
            for j in self.tables["judgements"].values()
        )

    def record(self, record_id: str) -> tuple[str, Record]:
        record_id = self.current(record_id)
        table = TABLE_BY_PREFIX[record_id.split("-", 1)[0]]
        record = self.tables[table].get(record_id)
        if record is None:
            raise _Skip("correction_target_missing", f"{record_id} is not in the extraction any more")
        return table, record

    def put(self, table: str, record: Record) -> None:
        """Validate and store a changed record, marked as reviewed, with every field: stored as
        given, a record a correction adds lacked the defaults (`names`) a later one reads."""
        record = {**record, "provenance": "reviewed"}
        try:
            validated = _model(table).model_validate(record)
        except ValidationError as error:
            raise _Skip("correction_invalid", _first_error(error)) from None
        self.tables[table][record["id"]] = validated.model_dump()

    def cite(self, subject: str, field: str, span: CorrectionEvidence) -> None:
        """Evidence the correction supplies: a span of a source, or another outlet's article."""
        correction_id = self.correction.id if self.correction else None
        if isinstance(span, ExternalSource):
            external_id = record_id("external_evidence", subject, field, span.url)
            self.tables["external_evidence"][external_id] = {
                "id": external_id,
                "subject_id": subject,
                "field": field,
                "url": span.url,
                "publisher": span.publisher,
                "quote": span.quote,
                "accessed": span.accessed,
                "correction_id": correction_id,
            }
            return
        evidence_id = record_id("evidence", subject, field, span.article_id, span.start, span.end)
        self.evidence[evidence_id] = {
            "id": evidence_id,
            "subject_id": subject,
            "field": field,
            "article_id": span.article_id,
            "start": span.start,
            "end": span.end,
            "quote": span.quote,
            "correction_id": correction_id,
            "provenance": "reviewed",
        }

    def move_evidence(self, item: Record, subject: str, field: str) -> None:
        """Re-point an evidence row (its id follows its subject, field and span)."""
        del self.evidence[item["id"]]
        new_id = record_id("evidence", subject, field, item["article_id"], item["start"], item["end"])
        known = self.evidence.get(new_id)
        self.evidence[new_id] = {
            **item,
            "id": new_id,
            "subject_id": subject,
            "field": field,
            "correction_id": self.correction.id
            if self.correction and known is None
            else item["correction_id"],
            "provenance": "reviewed" if known is None else known["provenance"],
        }

    def review(self, correction: Correction, subject: str, others: list[str]) -> None:
        """Publish who made the applied correction, why, and what it touched."""
        self.tables["reviews"][correction.id] = {
            "id": correction.id,
            "action": correction.action,
            "subject_id": subject,
            "others": others,
            "author": correction.author,
            "reason": correction.reason,
        }

    def evidence_of(self, subject: str) -> list[Record]:
        return self.evidence.of_subject(subject)

    def rekey(self, subject: str, field: str, keys: Mapping[str, str | None]) -> None:
        """Evidence of `field[old]` follows its item to `field[new]`, or goes when the item went."""
        for item in self.evidence_of(subject):
            root, key, rest = split_path(item["field"])
            if root != field or key is None or key not in keys:
                continue
            new = keys[key]
            if new is None:
                del self.evidence[item["id"]]
            elif new != key:
                self.move_evidence(item, subject, join_path(root, new, rest))

    def keep_keys(self, subject: str, field: str, present: set[str]) -> None:
        """Evidence of items of `field` no longer in the list goes."""
        for item in self.evidence_of(subject):
            root, key, _ = split_path(item["field"])
            if root == field and key is not None and key not in present:
                del self.evidence[item["id"]]

    def check_spans(self, correction: Correction) -> None:
        texts: Mapping[str, str] = {
            key: str(article["text"]) for key, article in self.tables["articles"].items()
        }
        if self.spill is not None:
            texts = self.spill.articles.texts(held=texts)
        problem = stale_spans(texts, correction)
        if problem:
            raise _Skip(problem.code, problem.message)

    def check_references(self) -> None:
        """Every reference in every record resolves (a correction must not leave one dangling)."""
        known = {
            key
            for name, table in self.tables.items()
            if name not in ("redirects", "judgements")
            for key in table
        }
        known |= self.spilled_articles  # (evidence ids are never referred to: no need of them)
        for table in ENTITY_TABLES:
            for record in self.tables[table].values():
                for ref in references(record):
                    if ref not in known:
                        raise _Skip("correction_invalid", f"{record['id']} would refer to unknown {ref}")
        subjects = self.evidence.subjects() | {
            e["subject_id"] for e in self.tables["external_evidence"].values()
        }
        for subject in sorted(subjects - known):
            raise _Skip("correction_invalid", f"evidence would support unknown {subject}")

    def require_in_articles(self, record_id: str, spans: list[CorrectionSpan]) -> None:
        """The target is still extracted from (one of) the articles the correction quotes.

        A correction citing only other outlets quotes no source article: its target must exist.
        """
        articles = {span.article_id for span in spans}
        _, record = self.record(record_id)
        seen = set(record.get("articles", [])) | {e["article_id"] for e in self.evidence_of(record["id"])}
        seen |= {role["article_id"] for role in record.get("roles", [])}
        if articles and not seen & articles:
            raise _Skip(
                "correction_target_mismatch",
                f"{record_id} is no longer extracted from {', '.join(sorted(articles))}; "
                "check the target id against the current package",
            )


# ---------------------------------------------------------------- actions


def _add(state: _State, correction: AddRecord) -> tuple[str, list[str]]:
    table, values = correction.table, dict(correction.record)
    if "id" in values or "provenance" in values:
        raise _Skip("correction_invalid", "`id` and `provenance` are derived; leave them out of `record`")
    if table in ("meetings", "exercises"):
        values.setdefault("articles", sorted({s.article_id for s in correction.spans}))
    if table == "meetings":
        new_id = record_id("meetings", correction.id)
    elif table == "exercises":
        new_id = entity_id(table, f"{values.get('name', '')} {values.get('edition') or ''}")
    else:
        new_id = entity_id(table, str(values.get("name", "")))
    if new_id in state.tables[table]:
        raise _Skip("correction_redundant", f"{new_id} is already extracted; delete this correction")
    state.put(table, {"id": new_id, **values})
    default = "name" if "name" in _model(table).model_fields else "status"
    for span in correction.evidence:
        state.cite(new_id, span.field or default, span)
    return new_id, []


def _remove(state: _State, correction: RemoveRecord) -> tuple[str, list[str]]:
    state.require_in_articles(correction.target, correction.spans)
    table, record = state.record(correction.target)
    del state.tables[table][record["id"]]
    for item in state.evidence_of(record["id"]):
        del state.evidence[item["id"]]
    _redirect(state, {record["id"]: None})
    return correction.target, []


def _fix(state: _State, correction: FixFields) -> tuple[str, list[str]]:
    state.require_in_articles(correction.target, correction.spans)
    table, record = state.record(correction.target)
    target = record["id"]
    fields = _model(table).model_fields
    unknown = sorted(set(correction.values) - set(fields) | set(correction.values) & {"id", "provenance"})
    if unknown:
        allowed = ", ".join(f for f in fields if f not in ("id", "provenance"))
        raise _Skip("correction_invalid", f"cannot fix {', '.join(unknown)}; fields: {allowed}")
    fixed = {**record, **correction.values}
    if "name" in correction.values and record.get("name") != fixed["name"] and "names" in fields:
        fixed["names"] = sorted(set(record["names"]) | {record["name"]} - {fixed["name"]})
        for item in state.evidence_of(target):
            if item["field"] == "name":
                state.move_evidence(item, target, "names")
    for name, value in correction.values.items():
        if isinstance(value, list):  # a replaced list: evidence of items no longer in it goes
            state.keep_keys(target, name, {item_key(item) for item in value})
    state.put(table, fixed)
    default = next(iter(correction.values))
    for span in correction.evidence:
        state.cite(target, span.field or default, span)
    return target, []


def _merge(state: _State, correction: MergeRecords) -> tuple[str, list[str]]:
    state.require_in_articles(correction.target, correction.spans)
    table, target = state.record(correction.target)
    others = []
    for other_id in correction.others:
        other_table, other = state.record(other_id)
        if other_table != table:
            raise _Skip("correction_invalid", f"cannot merge {other_id} into {correction.target}")
        if state.judged_apart(target["id"], other["id"]):
            raise _Skip(
                "correction_invalid", f"a negative judgement keeps {other_id} apart from {correction.target}"
            )
        if other["id"] == target["id"]:
            raise _Skip(
                "correction_redundant",
                f"{other_id} and {correction.target} are already one record ({target['id']}); delete this "
                "correction, or confirm the merge with a `judge` correction",
            )
        others.append(other)
    merged = combine(target, others)
    for other in others:
        del state.tables[table][other["id"]]
        for item in state.evidence_of(other["id"]):
            field = "names" if item["field"] == "name" and "names" in target else item["field"]
            state.move_evidence(item, target["id"], field)
    state.put(table, merged)
    _redirect(state, {other["id"]: target["id"] for other in others})
    for span in correction.evidence:
        state.cite(target["id"], span.field or ("names" if "names" in target else "articles"), span)
    return target["id"], list(correction.others)


def _split(state: _State, correction: SplitRecord) -> tuple[str, list[str]]:
    state.require_in_articles(correction.target, correction.spans)
    table, target = state.record(correction.target)
    target_id = target["id"]
    values = dict(correction.record)
    if "name" not in values or "id" in values or "provenance" in values:
        raise _Skip("correction_invalid", "`record` needs a `name`, and no `id` or `provenance`")
    new_id = entity_id(table, f"{values['name']} {values.get('edition') or ''}".strip())
    if new_id in state.tables[table]:
        raise _Skip("correction_redundant", f"{new_id} already exists; delete this correction")
    model = _model(table)
    for name, info in model.model_fields.items():  # required fields the author left out
        if info.is_required() and name not in values and name not in ("id", "provenance"):
            values[name] = target[name]
    spans = {(s.article_id, s.start, s.end) for s in correction.spans}
    moved_roles: set[tuple[str, str]] = set()  # (role key, article) of the role claims that move
    for item in state.evidence_of(target_id):
        if (item["article_id"], item["start"], item["end"]) not in spans:
            continue
        root, key, _ = split_path(item["field"])
        if root == "roles" and key is not None:
            moved_roles.add((key, item["article_id"]))
            state.move_evidence(item, new_id, item["field"])
        else:
            field = "name" if item["quote"] == values["name"] else "names"
            state.move_evidence(item, new_id, field if root in ("name", "names") else item["field"])
    if moved_roles:
        roles = target.get("roles") or []
        moving = [r for r in roles if (item_key(r), r["article_id"]) in moved_roles]
        values["roles"] = [*values.get("roles", []), *moving]
        target = {**target, "roles": [r for r in roles if r not in moving]}
    quoted_still = {e["quote"] for e in state.evidence_of(target_id)}
    if "names" in target:
        target = {**target, "names": [n for n in target["names"] if n in quoted_still]}
    state.put(table, target)
    state.put(table, {"id": new_id, **values})
    _move_participations(state, target_id, new_id, spans)
    for span in correction.evidence:
        state.cite(new_id, span.field or ("name" if span.quote == values["name"] else "names"), span)
    return correction.target, [new_id]


_APPLY: dict[type, Any] = {
    AddRecord: _add,
    RemoveRecord: _remove,
    FixFields: _fix,
    MergeRecords: _merge,
    SplitRecord: _split,
}


# ---------------------------------------------------------------- helpers


def _move_participations(state: _State, target: str, new_id: str, spans: set[tuple[str, int, int]]) -> None:
    """Participations whose span moved to the new record become its own.

    The new record joins the meeting with the target's role; the target stays a participant
    while other spans still support its participation.
    """
    for item in state.evidence.naming_item(target):
        root, _, rest = split_path(item["field"])
        if (item["article_id"], item["start"], item["end"]) not in spans:
            continue
        subject_table, subject = state.record(item["subject_id"])
        entries: list[Any] = subject.get(root) or []
        entry = next((e for e in entries if isinstance(e, dict) and item_key(e) == target), None)
        if entry is None:
            continue
        state.move_evidence(item, subject["id"], join_path(root, new_id, rest))
        ref = next(k for k, v in entry.items() if v == target)
        joined = {**entry, ref: new_id}
        supported = any(
            split_path(e["field"])[:2] == (root, target) for e in state.evidence_of(subject["id"])
        )
        if any(item_key(e) == new_id for e in entries):
            changed = [e for e in entries if e is not entry or supported]
        elif supported:
            changed = [*entries, joined]
        else:
            changed = [joined if e is entry else e for e in entries]
        state.put(subject_table, {**subject, root: changed})


def _redirect(state: _State, mapping: dict[str, str | None]) -> None:
    """Rewrite references to the keys of `mapping` (None: the record is gone) in every record."""
    for table in ENTITY_TABLES:
        for subject, record in list(state.tables[table].items()):
            if not any(ref in mapping for ref in references(record)):
                continue
            changed, keys = redirected(table, record, mapping)
            for field, key_map in keys.items():
                state.rekey(subject, field, key_map)
            state.put(table, changed)
    follow_merges(state.tables, mapping, state.correction.id if state.correction else None)


def _first_error(error: ValidationError) -> str:
    detail = error.errors()[0]
    where = ".".join(str(part) for part in detail["loc"]) or "record"
    return f"{where}: {detail['msg']}"
