"""The real-page sets kept for scoring: every gold file has its fetch row, and the check finds a
missing or altered text (the texts themselves are never stored)."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

SETS = Path(__file__).resolve().parent.parent / "benchmarks" / "real_pages"


def _checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("real_pages_check", SETS.parent / "real_pages_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("set_dir", sorted(p for p in SETS.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_every_gold_file_has_its_fetch_row_and_no_text_is_stored(set_dir: Path) -> None:
    with (set_dir / "fetch.tsv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}
    golds = {
        p.name.removesuffix(".gold.json"): json.loads(p.read_text("utf-8"))
        for p in set_dir.glob("*.gold.json")
    }
    assert set(golds) == set(rows)
    assert not list(set_dir.glob("*.txt"))
    for name, gold in golds.items():
        assert gold["id"] == name
        assert gold["based_on"]["url"] == rows[name]["url"]


def test_the_check_finds_a_missing_or_altered_text(tmp_path: Path) -> None:
    set_dir, texts = tmp_path / "set", tmp_path / "texts"
    set_dir.mkdir()
    texts.mkdir()
    text = "Le ministre a reçu le général.\u00a0"
    digest = hashlib.sha256(text.encode()).hexdigest()
    (set_dir / "fetch.tsv").write_text(
        f"id\tquery\turl\trank\tchars\tsha256\na-001\tq\thttps://x.test/a\t1\t{len(text)}\t{digest}\n"
        f"a-002\tq\thttps://x.test/b\t2\t3\t{digest}\n",
        encoding="utf-8",
    )
    (texts / "a-001.txt").write_text(text, encoding="utf-8")
    check = _checker().check
    assert [p.split(":")[0] for p in check(set_dir, texts)] == [str(texts / "a-002.txt")]
    (texts / "a-001.txt").write_text(text.replace("\u00a0", " "), encoding="utf-8")
    assert len(check(set_dir, texts)) == 2
