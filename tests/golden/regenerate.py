"""Regenerate the golden extraction files: `python tests/golden/regenerate.py`.

Each NAME.txt here gets NAME.expected.json, the output of `engagements extract NAME.txt`.
Review the diff before committing: a change is either an improvement or a regression.
"""

from __future__ import annotations

import json
from pathlib import Path

from engagements.convert import extract_view

HERE = Path(__file__).resolve().parent


def render(article: Path) -> str:
    return json.dumps(extract_view(article), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    for article in sorted(HERE.glob("*.txt")):
        article.with_suffix(".expected.json").write_text(render(article), encoding="utf-8")
        print(f"wrote {article.with_suffix('.expected.json').name}")
