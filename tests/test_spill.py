"""Evidence and articles spilled to disk during a conversion (`pipeline/spill.py`): the same package
as in memory."""

from __future__ import annotations

import gc
import hashlib
import shutil
import sqlite3
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alive import alive_parsed_articles, parsed_articles
from engagements import convert
from engagements.cli import main
from engagements.models import Article, Evidence, Role
from engagements.models.article import text_checksum
from engagements.package import validate as package_validate
from engagements.package.write import render, render_files
from engagements.pipeline import spill as spill_module
from engagements.pipeline.build import ArticleRecords
from engagements.pipeline.cache import ExtractionCache
from engagements.pipeline.merge import merge
from engagements.pipeline.parse import ParsedArticle
from engagements.pipeline.resolve_across import resolve_across
from engagements.pipeline.spill import Spill, remove_leftovers, spill_prefix
from resolution_world import Draft
from test_resolve_across import worlds

CROSS_ARTICLE = Path(__file__).parent / "cross_article"


def row(identifier: str, subject: str = "per-a", quote: str = "A", start: int = 0) -> Evidence:
    return Evidence(
        id=identifier,
        subject_id=subject,
        field="name",
        article_id="art-0123456789abcdef",
        start=start,
        end=start + len(quote),
        quote=quote,
        provenance="automatic",
    )


def test_a_repeated_id_keeps_the_first_row_and_rows_come_back_in_id_order() -> None:
    with Spill() as spill:
        spill.add(
            [row("evi-c"), row("evi-a", quote="first"), row("evi-a", quote="second"), row("evi-b", "per-b")]
        )
        assert [(e.id, e.quote) for e in spill] == [("evi-a", "first"), ("evi-b", "A"), ("evi-c", "A")]
        assert len(spill) == 3
        assert [e.id for e in spill.of_subject("per-a")] == ["evi-a", "evi-c"]
        assert list(spill) == [row("evi-a", quote="first"), row("evi-b", "per-b"), row("evi-c")]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["per-b", "per-a", "org-a"]), st.sampled_from(["A", "B"]), st.integers(0, 2)
        ),
        max_size=30,
    )
)
def test_facts_are_each_distinct_fact_by_subject_then_as_added(
    drawn: list[tuple[str, str, int]],
) -> None:
    """What `Spill.facts` gives: the rows' distinct (subject, article, field, quote) in subject
    order, and within a subject in the order they were added, the first of repeats kept."""
    rows = [row(f"evi-{n:03d}", subject, quote, start) for n, (subject, quote, start) in enumerate(drawn)]
    expected: list[tuple[str, str, str, str]] = []
    for item in sorted(rows, key=lambda e: e.subject_id):  # stable: as added within a subject
        fact = (item.subject_id, item.article_id, item.field, item.quote)
        if fact not in expected:
            expected.append(fact)
    with Spill() as spill:
        spill.add(rows)
        assert [tuple(f) for f in spill.facts()] == expected


def _new_id(subject: str, field: str, article: str, start: int, end: int) -> str:
    return "evi-" + hashlib.sha256(f"{subject}|{field}|{article}|{start}|{end}".encode()).hexdigest()[:8]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["per-a", "per-b", "per-c"]),
            st.sampled_from(["name", "names", "titles"]),
            st.sampled_from(["A", "B"]),
            st.integers(0, 2),
        ),
        max_size=25,
    ),
    st.sampled_from(["A", "B", None]),
)
def test_moving_a_subject_is_replacing_each_of_its_rows_in_id_order(
    drawn: list[tuple[str, str, str, int]], name: str | None
) -> None:
    """`Spill.move_subject` (one statement) against `replace` row by row, as resolution did it:
    the same rows, numbered alike, the same rows lost to ids already taken."""
    rows = [
        # ids digest their rows, as `record_id` makes them: the survivor's rows can hold the ids
        # the moved rows get (those are dropped), and ids come in no order of the rows
        row(
            _new_id(subject, field, "art-0123456789abcdef", start, start + 1), subject, quote, start
        ).model_copy(update={"field": field})
        for subject, field, quote, start in drawn
    ]

    def dump(spill: Spill) -> list[tuple[Any, ...]]:
        return list(spill.db.execute("SELECT * FROM evidence ORDER BY seq"))

    with Spill() as one_by_one, Spill() as at_once:
        for spill in (one_by_one, at_once):
            spill.add(rows)
        for item in one_by_one.of_subject("per-a"):
            field = "names" if item.field == "name" and item.quote != name else item.field
            new = _new_id("per-b", field, item.article_id, item.start, item.end)
            moved = {"id": new, "subject_id": "per-b", "field": field}
            one_by_one.replace(item, item.model_copy(update=moved))
        at_once.move_subject("per-a", "per-b", name, _new_id)
        assert dump(at_once) == dump(one_by_one)
        assert at_once._seq == one_by_one._seq


def test_evidence_is_not_moved_onto_its_own_subject() -> None:
    with Spill() as spill, pytest.raises(ValueError):
        spill.move_subject("per-a", "per-a", None, _new_id)


def test_rewrite_changes_only_the_rows_of_one_add_and_keeps_their_order() -> None:
    with Spill() as spill:
        one = spill.add([row("evi-1"), row("evi-2", quote="B")])
        spill.add([row("evi-3")])
        # both rows of the first add become one id: the first of them stays, as in a list
        spill.rewrite(one, lambda e: e.model_copy(update={"id": "evi-9", "subject_id": "per-z"}))
        assert [(e.id, e.subject_id, e.quote) for e in spill] == [
            ("evi-3", "per-a", "A"),
            ("evi-9", "per-z", "A"),
        ]


def test_replace_drops_a_row_whose_new_id_is_taken_and_drain_empties() -> None:
    with Spill() as spill:
        spill.add([row("evi-1"), row("evi-2", quote="B")])
        spill.replace(row("evi-2", quote="B"), row("evi-1", quote="other"))
        assert [(e.id, e.quote) for e in spill] == [("evi-1", "A")]
        spill.replace(row("evi-1"), row("evi-1", "per-b"))  # the same id: the row is the new one
        assert [e.subject_id for e in spill.drain()] == ["per-b"]
        assert len(spill) == 0 and list(spill) == []


def article(text: str, published: str | None = None, title: str | None = None) -> Article:
    checksum = text_checksum(text)
    return Article(
        id=f"art-{checksum[:12]}",
        title=title,
        published=published,
        language="fr",
        checksum=checksum,
        source_file="a.txt",
        text=text,
    )


def test_articles_keep_the_first_of_an_id_and_come_back_whole_in_id_order() -> None:
    first, again, other = (
        article("Un texte.", "2025-01-02", "Premier"),
        article("Un texte."),
        article("Autre."),
    )
    with Spill() as spill:
        for item in (first, other, again):
            spill.articles.add(item)
        assert list(spill.articles) == sorted([first, other], key=lambda a: a.id)
        assert len(spill.articles) == 2
        assert spill.articles.published() == {first.id: "2025-01-02", other.id: None}
        held = article("Gardé en mémoire.")
        texts = spill.articles.texts(held={held.id: held.text})
        assert (texts[first.id], texts[held.id], texts.get("art-000000000000")) == (
            "Un texte.",
            held.text,
            None,
        )
        assert sorted(texts) == sorted([first.id, other.id, held.id]) and len(texts) == 3
        assert spill.articles.ids() == {first.id, other.id}


def test_what_a_spill_holds_apart_is_what_the_dataset_lacks() -> None:
    from engagements.models import Dataset

    with Spill() as spill:
        assert set(spill.apart(Dataset())) == {"evidence", "articles"}
        assert set(spill.apart(Dataset(articles=[article("Repris.")]))) == {"evidence"}
        assert set(spill.apart(Dataset(evidence=[row("evi-1")]))) == {"articles"}


pairs_of_records = st.lists(
    st.tuples(
        st.sampled_from([0.4, 0.6, 0.95, 1.0]),
        st.sampled_from(["mtg-a", "mtg-b", "mtg-é", "mtg-B"]),
        st.sampled_from(["mtg-c", "mtg-d", "mtg-z"]),
        st.sampled_from(["same_meeting", "undated_meeting"]),
        st.sampled_from(["2 of 2 named participants in common", "1 of 2", "É"]),
    ),
    max_size=40,
)


@settings(max_examples=60)
@given(pairs=pairs_of_records, batch=st.integers(1, 5))
def test_spilled_pairs_come_back_best_first_and_by_record_as_python_sorts_them(
    pairs: list[tuple[float, str, str, str, str]], batch: int
) -> None:
    """Resolution tries candidates in this order, so the judgements it writes depend on it."""
    with pytest.MonkeyPatch.context() as patch, Spill() as spill:
        patch.setattr(spill_module, "READ_ROWS", batch)  # batches of writes and reads
        spill.candidates.add(("0", "stale", "stale", "x", "cleared"))  # type: ignore[arg-type]
        spill.candidates.clear()
        for pair in pairs:
            spill.candidates.add(pair)
        expected = sorted(sorted(pairs), key=lambda p: (-p[0], p[1], p[2]))
        assert list(spill.candidates.best_first()) == expected
        assert sorted(spill.candidates) == sorted(pairs)
        partners: dict[str, list[str]] = {}
        for _, left, right, _, _ in pairs:
            partners.setdefault(left, []).append(right)
            partners.setdefault(right, []).append(left)
        assert list(spill.candidates.partners()) == [(r, sorted(partners[r])) for r in sorted(partners)]


def test_a_spill_on_disk_is_removed_when_closed_and_leftovers_are_found(tmp_path: Path) -> None:
    out = tmp_path / "package"
    with Spill(out) as spill:
        spill.add([row("evi-1")])
        assert spill.folder is not None and spill.folder.parent == tmp_path
        assert spill.folder.name.startswith(".package.spill-")
    assert not spill.folder.exists()
    leftover = tmp_path / f"{spill_prefix(out)}killed"
    another = tmp_path / f"{spill_prefix(tmp_path / 'other')}running"  # a conversion to another output
    for folder in (leftover, another, out):
        folder.mkdir()
    remove_leftovers(out)
    assert not leftover.exists() and another.exists() and out.exists()


def spilled_files(parts: list[ArticleRecords], folder: Path) -> dict[str, str]:
    with Spill(folder / "package") as spill:
        dataset = resolve_across(merge(parts, spill), (), spill)
        assert not dataset.evidence and not dataset.articles
        return {name: "".join(pieces) for name, pieces in render_files(dataset, apart=spill.apart(dataset))}


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=worlds(), order=st.randoms(use_true_random=False))
def test_merging_resolving_and_writing_through_a_spill_gives_the_same_package(
    parts: list[ArticleRecords], order: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Namesakes re-keyed on disk, merges re-pointing evidence there, the files written from it."""
    expected = render(resolve_across(merge(parts)))
    shuffled = list(parts)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    assert spilled_files(shuffled, tmp_path_factory.mktemp("spill")) == expected


def test_namesakes_rekey_spilled_evidence_of_their_articles_only(tmp_path: Path) -> None:
    one, two, three = Draft("one", "2025-01-10"), Draft("two", "2025-01-11"), Draft("three", "2025-01-12")
    one.meeting([one.person("Khalifa Haftar", "LY"), one.person("Michael Langley")], "2025-01-09")
    two.meeting([two.person("Khalifa Haftar", "DZ"), two.person("Saïd Chanegriha")], "2025-01-09")
    three.person("Michael Langley")
    parts = [d.records() for d in (one, two, three)]
    in_memory = merge(parts)
    assert {p.id for p in in_memory.persons} >= {"per-khalifa-haftar-ly", "per-khalifa-haftar-dz"}
    with Spill(tmp_path / "package") as spill:
        merged = merge(parts, spill)
        assert (
            merged.model_copy(update={"evidence": list(spill), "articles": list(spill.articles)}) == in_memory
        )
    assert spilled_files(parts, tmp_path) == render(resolve_across(in_memory))


def test_merge_with_a_spill_holds_no_article_s_records_once_it_takes_the_next(tmp_path: Path) -> None:
    """Every article's records wait on disk, not in memory, until the last article is in: what
    merge holds grows with the merged records only. Namesakes are re-keyed there too."""
    countries = ["LY", "DZ", None, "LY", None, "TN"]

    def draft(index: int) -> ArticleRecords:
        article = Draft(f"article {index}", f"2025-01-{10 + index}")
        haftar = article.person("Khalifa Haftar", countries[index])
        article.meeting([haftar, article.person("Michael Langley")])
        return article.records()

    alive: list[weakref.ref[Any]] = []  # each article's records, not the part that carries them
    per_part = len(draft(0).persons) + len(draft(0).meetings)

    def parts() -> Iterator[ArticleRecords]:
        for index in range(len(countries)):
            gc.collect()
            # the merge's loop still names the part before this one; nothing before it is held
            held = [ref() for ref in alive[: len(alive) - per_part]]
            assert held == [None] * len(held)
            part = draft(index)
            alive.extend(weakref.ref(record) for record in [*part.persons, *part.meetings])
            yield part
            del part

    expected = merge([draft(index) for index in range(len(countries))])
    with Spill(tmp_path / "package") as spill:
        merged = merge(parts(), spill)
        gc.collect()
        assert len(alive) == per_part * len(countries)
        assert [ref() for ref in alive] == [None] * len(alive)
        spilled = {"evidence": list(spill), "articles": list(spill.articles)}
        assert merged.model_copy(update=spilled) == expected
    assert {"per-khalifa-haftar-ly", "per-khalifa-haftar-dz", "per-khalifa-haftar-tn"} <= {
        p.id for p in expected.persons
    }


def test_a_person_s_reports_combine_in_article_order_through_the_spill(tmp_path: Path) -> None:
    """Titles, roles and the first country follow the articles' ids, not the order they came in."""
    drafts = [Draft(key, "2025-01-10") for key in ("one", "two", "three")]
    for index, draft in enumerate(drafts):
        identifier = draft.person("Khalifa Haftar", "LY" if index else None)
        draft.persons[identifier] = draft.persons[identifier].model_copy(
            update={
                "titles": [f"titre {index}", "maréchal"],
                "roles": [Role(role=f"rôle {index}", article_id=draft.id)],
                "country": [None, "LY", "LY"][index],
            }
        )
    parts = [d.records() for d in drafts]
    in_memory = merge(parts)
    [person] = in_memory.persons
    by_id = sorted(range(3), key=lambda index: drafts[index].id)
    assert [r.role for r in person.roles] == [f"rôle {index}" for index in by_id]
    for order in (parts, parts[::-1], [parts[1], parts[2], parts[0]]):
        with Spill(tmp_path / "package") as spill:
            assert merge(order, spill).persons == in_memory.persons


def test_convert_spills_evidence_beside_the_output_and_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_articles: Path
) -> None:
    sources = two_articles
    added: list[tuple[Path | None, int]] = []
    original = Spill.add

    def spy(self: Spill, evidence: object) -> tuple[int, int]:
        items = list(evidence)  # type: ignore[call-overload]
        added.append((self.folder, len(items)))
        return original(self, items)

    monkeypatch.setattr(Spill, "add", spy)
    out = tmp_path / "out" / "package"
    result = convert.convert_sources([sources], out, workers=1)
    assert result.report.valid, result.report.issues
    folders = {folder for folder, _ in added}
    assert len(folders) == 1 and None not in folders
    [folder] = folders
    assert folder is not None and folder.parent == out.parent and not folder.exists()
    rows = (out / "data" / "evidence.csv").read_text(encoding="utf-8").count("\n") - 1
    assert rows > 0 and sum(count for _, count in added) >= rows
    assert not list(out.parent.glob(f"{spill_prefix(out)}*"))


def test_convert_returns_freed_memory_after_the_merge_and_before_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    convert.return_freed_memory()  # the real calls: a no-op or glibc's, never an error
    convert.map_large_buffers_apart()
    events: list[str] = []
    monkeypatch.setattr(convert, "return_freed_memory", lambda: events.append("returned"))
    monkeypatch.setattr(convert, "map_large_buffers_apart", lambda: events.append("mapped apart"))
    original = package_validate.validate_package

    def check(*args: Any, **kwargs: Any) -> Any:
        events.append("checked")
        return original(*args, **kwargs)

    monkeypatch.setattr(package_validate, "validate_package", check)
    result = convert.convert_sources([CROSS_ARTICLE / "dev-001.txt"], tmp_path / "package", workers=1)
    # once the parsed articles are merged, once the records are freed; then the check, its
    # large buffers mapped apart
    assert result.report.valid and events == ["returned", "returned", "mapped apart", "checked"]


def test_an_interrupt_while_the_spill_is_removed_leaves_no_written_package_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The package is written before the spill goes, and removing it takes a while."""
    real_close = Spill.close

    def interrupted(self: Spill) -> None:
        real_close(self)
        raise KeyboardInterrupt

    monkeypatch.setattr(Spill, "close", interrupted)
    out = tmp_path / "package"
    with pytest.raises(KeyboardInterrupt):
        convert.convert_sources([CROSS_ARTICLE / "dev-001.txt"], out, workers=1)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupt_before_the_check_leaves_no_written_package_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the staging and the check (loading polars takes a while)."""

    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(convert, "return_freed_memory", interrupted)
    with pytest.raises(KeyboardInterrupt):
        convert.convert_sources([CROSS_ARTICLE / "dev-001.txt"], tmp_path / "package", workers=1)
    assert list(tmp_path.iterdir()) == []


def test_cached_extractions_are_read_as_their_turn_comes(tmp_path: Path) -> None:
    """Not all first: a corpus's records never all wait in memory before the merge takes them."""
    files = [CROSS_ARTICLE / f"dev-00{n}.txt" for n in (1, 2, 3)]
    articles, failures = convert.parse_sources(files)
    assert not failures
    list(convert.extract_articles(articles, ExtractionCache(tmp_path)))  # fills the cache
    events: list[str] = []

    class Spied(ExtractionCache):
        def get(self, article: ParsedArticle) -> ArticleRecords | None:
            events.append(f"read {article.source_file}")
            return super().get(article)

    def progress(done: int, total: int, name: str) -> None:
        events.append(f"gave {name}")

    cache = Spied(tmp_path)
    for records in convert.extract_articles(articles, cache, progress):
        events.append(f"merged {records.article.source_file}")
    names = [a.source_file for a in articles]
    assert events == [f"{step} {name}" for name in names for step in ("read", "gave", "merged")]
    assert cache.hits == 3


@pytest.mark.parametrize("failing", ["add", "__init__"])
def test_a_full_disk_under_the_spill_is_a_message_and_replaces_nothing(
    failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(CROSS_ARTICLE / "dev-001.txt", sources / "dev-001.txt")
    out = tmp_path / "pkg"
    assert CliRunner().invoke(main, ["convert", str(sources), "-o", str(out)]).exit_code == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Spill, failing, full)
    result = CliRunner().invoke(main, ["convert", str(sources), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "disk is full" in result.output and "nothing was replaced" in result.output
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not list(tmp_path.glob(f"{spill_prefix(out)}*"))


def test_parsed_articles_wait_on_disk_and_each_read_is_a_new_object(tmp_path: Path) -> None:
    articles, failures = convert.parse_sources([CROSS_ARTICLE / f"dev-00{n}.txt" for n in (1, 2, 3)])
    assert not failures
    with Spill(tmp_path / "pkg") as spill:
        for article in articles:
            spill.sources.append(article)
        assert len(spill.sources) == 3 and list(spill.sources) == articles
        assert spill.sources[-1] == articles[2] and spill.sources[1:] == articles[1:]
        assert spill.sources[0] is not spill.sources[0]  # read again, not held
        with pytest.raises(IndexError):
            spill.sources[3]
    with Spill() as held:  # in memory: held as they are
        held.sources.append(articles[0])
        assert held.sources[0] is articles[0]


def test_a_conversion_holds_the_parsed_article_it_merges_not_every_one(tmp_path: Path) -> None:
    """A cold archive's parsed articles were all held until the last was extracted (427 MiB at
    100,000), and copied again by the forked workers: now only those in flight are."""
    files = [CROSS_ARTICLE / f"dev-00{n}.txt" for n in (1, 2, 3, 4)]
    held: list[int] = []
    earlier: list[ParsedArticle] = []  # what earlier tests of this process still hold (a CI worker's)

    def progress(done: int, total: int, name: str) -> None:
        held.append(parsed_articles(besides=earlier))

    cache = tmp_path / "cache"
    convert.convert_sources(files, tmp_path / "first", workers=1, cache_dir=cache)  # fills the cache
    earlier.extend(alive_parsed_articles())
    convert.convert_sources(files, tmp_path / "pkg", progress, workers=1, cache_dir=cache)
    assert len(held) == 4 and max(held) == 1


def test_a_full_disk_while_the_sources_are_parsed_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spill_module.os, "pwrite", full)
    out = tmp_path / "pkg"
    result = CliRunner().invoke(main, ["convert", str(CROSS_ARTICLE / "dev-001.txt"), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "No space left on device (writing the parsed articles)" in result.output
    assert isinstance(result.exception, SystemExit)
    assert list(tmp_path.iterdir()) == []
