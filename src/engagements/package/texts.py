"""Article texts on disk, a range of ids at a time: quotes checked without holding every text.

The texts are a package's largest column (191 MB of 540 at 100,000 articles), and the span and
quote checks of evidence need them: held whole, they grew a check's memory with the corpus.
When `articles.csv` is read in pieces (`stream.check_without_texts`, a file over the streaming
size, in id order, as `convert` writes it), each piece's valid texts are written here as one
range of ids, and the table is held without them. The span checks then go by range: each
evidence table (whole, or a piece at a time) hands its checkable spans to `add_spans`, which
files them under the range of their article; `check` reads one range's texts and spans at a
time and runs the queries the held texts would have run (`evidence.span_checks`). Memory holds
a range: about a piece of `articles.csv` and the spans that quote it.

The files live in a temporary folder that `close` removes; they take about the size of the
articles' texts and of the quotes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import polars as pl

from .evidence import span_checks, span_emitters, text_columns
from .read import (
    ROW_COLUMN,
    Slice,
    TableFile,
    append_scratch,
    line_shift,
    read_scratch,
    spans_lines,
    start_lines,
)
from .validate_common import Found

_LINE = "__line"


class ArticleTexts:
    """The texts of an articles table read in id order, by range, and the spans that quote them."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="engagements-texts-"))
        self.firsts: list[str] = []
        """The first article id of each range (ascending: the ranges do not overlap)."""
        self.texts: list[Slice] = []
        """Where each range's texts are."""
        self.last: str | None = None
        """The last id filed: a later row with the same id is a repeat, whose text is not used."""
        self.spans: dict[tuple[int, str], list[Slice]] = {}
        """(range, evidence file) -> where its spans are: payloads of the spans' file."""
        self.files: dict[str, TableFile] = {}

    def add_texts(self, texts: pl.DataFrame) -> None:
        """File the next range: a piece's texts as `evidence.valid_texts` gives them (the first
        row of an id counts), in id order, each id after the last one filed (the caller checks
        the order); an id the last range ended with is a repeat across pieces, not filed."""
        if self.last is not None:
            texts = texts.filter(pl.col("article_id") != self.last)
        if texts.is_empty():
            return
        self.texts.append(append_scratch(texts, self.folder / "texts.arrow"))
        self.firsts.append(texts["article_id"][0])
        self.last = texts["article_id"][-1]

    def add_spans(self, tf: TableFile, spans: pl.DataFrame) -> None:
        """File the spans (`evidence.span_rows`) of the evidence in `tf` (a whole file or a
        piece) under their articles' ranges, with the line where each row starts (the piece
        read, its lines are known now only). All go to one file, each range's rows of a call as
        a payload of their own: a file for each made some 100,000 at a million articles."""
        if spans.is_empty() or not self.firsts:
            return
        self.files.setdefault(tf.file, TableFile(tf.table, tf.file))
        firsts = pl.Series(self.firsts, dtype=pl.String)
        rows = spans[ROW_COLUMN].cast(pl.Int64)
        if spans_lines(tf):
            lines = rows.replace_strict(start_lines(tf, rows.to_list()), return_dtype=pl.Int64)
        else:
            lines = rows + line_shift(tf)
        tagged = spans.with_columns(
            (firsts.search_sorted(spans["article_id"], side="right").cast(pl.Int64) - 1).alias("__range"),
            lines.alias(_LINE),
        ).filter(pl.col("__range") >= 0)  # before the first article: no text to compare with
        for (index,), part in tagged.partition_by("__range", as_dict=True, include_key=False).items():
            where = append_scratch(part, self.folder / "spans.arrow")
            self.spans.setdefault((int(index), tf.file), []).append(where)

    def check(self, found: Found) -> None:
        """Run the span checks a range at a time; report as the held texts would have: each
        file's spans past their text, then its quotes, each in row order (which issues are kept
        past `report.MAX_ISSUES` follows that order). Issues found before must be flushed: these
        are located by lines of their own."""
        found_in: dict[tuple[str, str], list[pl.DataFrame]] = {}
        for (index, file), slices in sorted(self.spans.items()):
            texts = text_columns(read_scratch([self.texts[index]]).lazy())
            checks = span_checks(read_scratch(slices).lazy(), texts, keep=(_LINE,))
            for name, result in zip(checks, pl.collect_all(list(checks.values())), strict=True):
                found_in.setdefault((file, name), []).append(result)
        for file, tf in self.files.items():  # in the order the tables were checked
            for name in ("outside", "quote"):
                parts = found_in.get((file, name))
                issues = pl.concat(parts).sort(ROW_COLUMN) if parts else None
                if issues is None or issues.is_empty():
                    continue
                lines = dict(issues.select(ROW_COLUMN, _LINE).iter_rows())
                span_emitters(found, TableFile(tf.table, tf.file, lines=lines))[name](issues.drop(_LINE))
                found.flush()  # before another file of the same name holds other lines

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
