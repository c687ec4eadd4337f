"""An invented article on disk for an extraction test: its text (a headline line, a blank line, the
body) and, when given, its publication date in a sidecar; one helper for every extraction test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from engagements.convert import extract_view


def write_article(tmp_path: Path, body: str, published: str | None, title: str | None) -> Path:
    """`tmp_path/article.txt`; `title=None` writes the body alone (no headline line)."""
    path = tmp_path / "article.txt"
    path.write_text(body + "\n" if title is None else f"{title}\n\n{body}\n", encoding="utf-8")
    if published:
        (tmp_path / "article.meta.json").write_text(json.dumps({"published": published}))
    return path


def extract_article(tmp_path: Path, body: str, published: str | None, title: str | None) -> Any:
    """The extraction of that article, in the evaluation corpus's shape."""
    return extract_view(write_article(tmp_path, body, published, title))


def titled(tmp_path: Path, title: str, body: str) -> Any:
    """The extraction of an article with this headline and body, no publication date."""
    return extract_article(tmp_path, body, None, title)


def body_names(got: Any) -> list[str]:
    """The names of the bodies an extraction lists, sorted."""
    return sorted(o["name"] for o in got["organisations"])
