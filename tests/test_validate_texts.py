"""Article texts on disk by id range (`package/texts.py`): the report the held texts give.

With `stream_bytes=0` the articles are read in pieces (one or two articles each with
`piece_bytes=1`) and their texts filed by range; the quotes of evidence, whole or in pieces, are
checked a range at a time. Every case compares that report with the whole package's.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from engagements.models import Article, text_checksum
from engagements.package import texts
from engagements.package.read import append_scratch, read_scratch
from engagements.package.validate import validate_package
from packages import SAMPLE_TEXT, sample_dataset, set_cells, write

ARTICLES = 14


def _package(tmp_path: Path) -> Path:
    """The sample package with `ARTICLES` articles (texts that differ after the quoted span,
    some not ASCII past it) and one evidence row per sample row for each: valid."""
    dataset = sample_dataset()
    articles, evidence = [], []
    for n in range(ARTICLES):
        text = SAMPLE_TEXT + f"\n\nParagraphe {n} " + ("état" if n % 2 else "plain")
        articles.append(
            Article(
                id=f"art-{n}",
                title=f"Titre {n}",
                language="fr",
                checksum=text_checksum(text),
                source_file=f"{n}.txt",
                text=text,
            )
        )
        evidence += [
            e.model_copy(update={"id": e.id.replace("evi-", f"evi-{n:03d}", 1), "article_id": f"art-{n}"})
            for e in dataset.evidence
        ]
    keep = [a for a in dataset.articles if a.id not in {x.id for x in articles}]
    package = write(dataset.model_copy(update={"articles": keep + articles, "evidence": evidence}), tmp_path)
    assert _whole(package)["valid"]
    return package


def _whole(package: Path) -> dict:  # type: ignore[type-arg]
    return validate_package(package, stream_bytes=1 << 62).to_dict()


def _in_pieces(package: Path, piece_bytes: int = 1) -> dict:  # type: ignore[type-arg]
    return validate_package(package, stream_bytes=0, piece_bytes=piece_bytes).to_dict()


def _evidence_only_in_pieces(package: Path) -> dict:  # type: ignore[type-arg]
    """The articles in pieces, evidence whole (its file is the smaller here)."""
    size = (package / "data" / "evidence.csv").stat().st_size
    assert (package / "data" / "articles.csv").stat().st_size > size
    return validate_package(package, stream_bytes=size, piece_bytes=1).to_dict()


def _rewrite_articles(package: Path, change: Callable[[list[list[str]]], list[list[str]]]) -> None:
    """Rewrite `articles.csv` (records span lines) with its data rows changed by `change`."""
    path = package / "data" / "articles.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, *change(rows)])


@pytest.fixture
def ranges(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The first ids of the ranges each validation filed, seen as it closes them."""
    seen: list[list[str]] = []
    close = texts.ArticleTexts.close

    def spy(self: texts.ArticleTexts) -> None:
        seen.append(list(self.firsts))
        close(self)

    monkeypatch.setattr(texts.ArticleTexts, "close", spy)
    return seen


def test_valid_package_in_pieces_is_valid_and_its_texts_are_filed_by_range(
    tmp_path: Path, ranges: list[list[str]]
) -> None:
    package = _package(tmp_path)
    whole = _whole(package)
    assert ranges == []  # held whole: nothing on disk
    for piece_bytes in (1, 400, 1 << 20):
        ranges.clear()
        assert _in_pieces(package, piece_bytes) == whole
        [firsts] = ranges
        assert firsts == sorted(firsts) and firsts[0] == "art-0"
        assert len(firsts) == ARTICLES if piece_bytes == 1 else 1 <= len(firsts) < ARTICLES
    assert _evidence_only_in_pieces(package) == whole


def test_spans_go_to_one_file_whatever_the_ranges_and_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file per range and piece of evidence made about 100,000 files at a million articles."""
    package = _package(tmp_path)
    files: list[int] = []
    close = texts.ArticleTexts.close

    def count(self: texts.ArticleTexts) -> None:
        files.append(len(list(self.folder.glob("spans*"))))
        assert len(self.firsts) == ARTICLES  # a range per article: one piece each
        close(self)

    monkeypatch.setattr(texts.ArticleTexts, "close", count)
    _evidence_only_in_pieces(package)
    _in_pieces(package, piece_bytes=1)
    assert files == [1, 1]


def test_a_frame_appended_to_a_scratch_file_is_read_back_alone(tmp_path: Path) -> None:
    """Each payload is read at the cost of its own bytes: the others may be anything."""
    path = tmp_path / "scratch.arrow"
    frames = [pl.DataFrame({"n": list(range(k, k + 3)), "s": ["é" * k] * 3}) for k in range(4)]
    slices = [append_scratch(frame, path) for frame in frames]
    assert read_scratch(slices[1:3]).equals(pl.concat(frames[1:3]))
    data = bytearray(path.read_bytes())
    for kept in (slices[0], slices[2]):  # the others' bytes overwritten
        data[kept.offset : kept.offset + kept.length] = b"x" * kept.length
    path.write_bytes(bytes(data))
    assert read_scratch([slices[3], slices[1]]).equals(pl.concat([frames[3], frames[1]]))


def test_quotes_unlike_their_text_are_found_range_by_range(tmp_path: Path) -> None:
    package = _package(tmp_path)
    for row, quote in ((2, "autre"), (5, "é"), (9, "maréchaux"), (12, "m")):
        set_cells(package, "evidence", row, {"quote": quote})
    set_cells(package, "evidence", 7, {"end": "500"})  # past the end of its text
    set_cells(package, "evidence", 8, {"quote": "deux\nlignes"})  # a record over two lines
    whole = _whole(package)
    codes = sorted((i["location"]["row"], i["code"]) for i in whole["issues"])
    assert ("quote_mismatch" in {c for _, c in codes}) and ("span_out_of_bounds" in {c for _, c in codes})
    assert _in_pieces(package) == whole
    assert _in_pieces(package, 300) == whole
    assert _evidence_only_in_pieces(package) == whole


def test_a_repeated_article_id_quotes_its_first_text(tmp_path: Path) -> None:
    """The first row of an id is the text its evidence is checked against, held or on disk, also
    when the repeat is in the next piece."""
    package = _package(tmp_path)

    def repeat(rows: list[list[str]]) -> list[list[str]]:
        at = next(i for i, row in enumerate(rows) if row[0] == "art-1")
        again = [cell.replace("Le maréchal", "Le Maréchal") for cell in rows[at]]
        return [*rows[: at + 1], again, *rows[at + 1 :]]

    _rewrite_articles(package, repeat)
    whole = _whole(package)
    assert "duplicate_key" in {i["code"] for i in whole["issues"]}
    assert "quote_mismatch" not in {i["code"] for i in whole["issues"]}
    assert _in_pieces(package) == whole
    assert _in_pieces(package, 500) == whole


def test_articles_out_of_id_order_keep_their_texts_in_memory(tmp_path: Path, ranges: list[list[str]]) -> None:
    """Texts filed by range need the ids in order: out of order, they are read again and held,
    and the JSON is compared as with the whole file."""
    package = _package(tmp_path)
    _rewrite_articles(package, lambda rows: rows[::-1])
    assert _whole(package)["valid"]
    assert _in_pieces(package)["valid"]
    assert len(ranges) == 1  # given up once the order broke; nothing left on disk to check
    set_cells(package, "evidence", 3, {"quote": "autre"})
    assert _in_pieces(package) == _whole(package)


def test_no_text_file_outlives_a_validation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _package(tmp_path)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert _in_pieces(package)["valid"]
    assert list(scratch.iterdir()) == []

    def fails(self: texts.ArticleTexts, found: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(texts.ArticleTexts, "check", fails)
    with pytest.raises(KeyboardInterrupt):
        _in_pieces(package)
    assert list(scratch.iterdir()) == []


def test_a_scratch_file_gone_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A temporary folder cleaned while a check runs (or a full disk): the error names the file
    and the system's reason, which polars' own errors leave in their message only."""
    package = _package(tmp_path)
    add_spans = texts.ArticleTexts.add_spans

    def then_cleaned(self: texts.ArticleTexts, tf: object, spans: object) -> None:
        add_spans(self, tf, spans)  # type: ignore[arg-type]
        for path in self.folder.glob("texts*"):
            path.unlink()

    monkeypatch.setattr(texts.ArticleTexts, "add_spans", then_cleaned)
    with pytest.raises(FileNotFoundError) as raised:
        _in_pieces(package)
    assert raised.value.filename.startswith(str(Path(tempfile.gettempdir()) / "engagements-texts-"))
    assert raised.value.strerror.startswith("No such file or directory")


def test_issues_on_articles_found_after_their_pieces_keep_their_lines(tmp_path: Path) -> None:
    """A repeated id is found once every piece is read: its line, below an earlier article's
    line feeds but in a piece of one-line records, is the one the whole file gives."""
    package = _package(tmp_path)

    def one_line_texts_then_a_repeat(rows: list[list[str]]) -> list[list[str]]:
        for row in rows[3:]:
            row[-1] = "Le maréchal reçoit " + row[0]
            row[7] = text_checksum(row[-1])
        return [*rows, list(rows[-1])]

    _rewrite_articles(package, one_line_texts_then_a_repeat)
    whole = _whole(package)
    [repeat] = [i for i in whole["issues"] if i["code"] == "duplicate_key"]
    assert repeat["location"]["line"] > repeat["location"]["row"]
    for piece_bytes in (1, 2, 50, 300):
        assert _in_pieces(package, piece_bytes) == whole
    assert _evidence_only_in_pieces(package) == whole


@pytest.mark.parametrize("kept", [1, 2, 3])
def test_the_issues_kept_past_the_limit_are_the_ones_held_texts_keep(
    kept: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `report.MAX_ISSUES` only counts are kept: the spans' issues come where the held
    texts' would (before the checks of names), so the same issues are kept."""
    package = _package(tmp_path)
    set_cells(package, "evidence", 2, {"field": "name"})  # 'maréchal' does not name its person
    for row in (3, 9, 4):
        set_cells(package, "evidence", row, {"quote": "maréchax"})
    monkeypatch.setattr("engagements.package.validate_common.MAX_ISSUES", kept)
    whole = _whole(package)
    assert whole["issues"][-1]["code"] == "too_many_issues"
    assert _evidence_only_in_pieces(package) == whole
