"""The extraction cache's key covers the code that makes an entry, and only that code: a
release that changes how records are merged, resolved or written keeps an archive's entries."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import engagements
from engagements.pipeline.cache import extraction_sources

PACKAGE = Path(engagements.__file__).resolve().parent


def _names() -> set[str]:
    return {p.relative_to(PACKAGE).as_posix() for p in extraction_sources()}


def test_every_module_that_extraction_runs_is_in_the_key(tmp_path: Path) -> None:
    """Extract an article in a fresh process; every module of the package it loaded counts."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Le général Jean Dupont a rencontré le ministre Ali Ben Salah à Tunis le 3 mars 2026.\n"
        "The exercise Flintlock will be held in April.\n",
        encoding="utf-8",
    )
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from engagements.pipeline.build import build_articles
        from engagements.pipeline.cache import ExtractionCache
        from engagements.pipeline.parse import parse_file
        [records] = build_articles([parse_file(Path({str(article)!r}))])
        assert records.persons, "the article names persons"
        ExtractionCache(Path({str(tmp_path / "cache")!r})).put(parse_file(Path({str(article)!r})), records)
        print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items()
                                if n.split(".")[0] == "engagements" and getattr(m, "__file__", None))))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = {Path(f).resolve().relative_to(PACKAGE).as_posix() for f in json.loads(done.stdout)}
    assert "placing.py" in loaded  # the entry was put in place...
    assert loaded - _names() == {"placing.py"}  # ...by the one module that does not change its bytes


def test_merging_resolving_writing_and_validating_are_not_in_the_key() -> None:
    names = _names()
    assert {"pipeline/build.py", "pipeline/cache.py", "pipeline/parse.py", "extraction/meetings.py"} <= names
    assert "languages/en/lexicon.py" in names or any(n.startswith("languages/en/") for n in names)
    for later in ("pipeline/resolve_across.py", "pipeline/match_events.py", "pipeline/correct.py"):
        assert later not in names
    assert "package/write.py" not in names and "convert.py" not in names
    assert "files.py" in names  # parsing reads the article with it
    for output in ("placing.py", "process.py"):  # how files are put in place, the child process
        assert output not in names
    assert "mention_rule.py" in names  # what extraction shares with the validator, and no more
    assert not {n for n in names if n.startswith("package/")}, "the validator is in the key"
