"""Loading corrections files never crashes: any bytes give corrections or located issues."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagements.package.rules import CODES
from engagements.submission.load import load_corrections

YAML_ATOMS = st.sampled_from(
    ["corrections:", "- ", "  ", "&a ", "*a", "!!python/name:os.system", "{", "}", "[", "]", ": ", "\n",
     "id: cor-x", "action: fix", "2026-04-12", "~", "'", '"', "\t", "évidence", "\xff"]
)  # fmt: skip


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=300), st.lists(YAML_ATOMS, max_size=40).map("".join)))
def test_any_content_gives_corrections_or_located_issues(content: bytes | str, tmp_path: Path) -> None:
    for suffix in (".yaml", ".json"):
        path = tmp_path / f"c{suffix}"
        path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
        loaded = load_corrections([path])
        assert all(issue.code in CODES and issue.location.file == str(path) for issue in loaded.issues)
        assert loaded.issues or loaded.corrections or _empty(path)


def _empty(path: Path) -> bool:
    """A file that is valid and holds no correction (`corrections: []`)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and data.get("corrections") == []


def test_dates_stay_text_and_values_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "corrections:\n  - id: cor-date\n    action: fix\n    target: mtg-1\n    author: a\n    reason: r\n"
        "    values: {date: 2026-04-12, date_precision: day}\n"
        "    evidence: [{article_id: art-1, start: 0, end: 2, quote: Le}]\n",
        encoding="utf-8",
    )
    [located] = load_corrections([path]).corrections
    assert located.line == 2
    assert located.correction.values == {"date": "2026-04-12", "date_precision": "day"}  # type: ignore[union-attr]
