"""Fuzz targets: the validator and the loaders, fed mutated copies of valid inputs.

Each target takes bytes and must never raise: every problem is an issue with a known code and
a message, or (for a source file) a `SourceError` with one. The inputs are seeds from
`tests/fuzz/corpus/<target>/` (valid files, and every input a fuzz run found failing: they stay
as regression cases) mutated by Hypothesis: bytes flipped, inserted, deleted, duplicated or
truncated, and tokens that broke this kind of code before spliced in (a key twice, a number of
5,000 digits, half a surrogate pair, bidi controls, deep nesting, quotes, CR, NUL).

`tests/test_fuzz.py` replays the corpus and runs each target briefly; `benchmarks/fuzz.py` runs
them for minutes and adds what fails to the corpus.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from engagements.errors import SourceError
from engagements.package.rules import CODES
from engagements.package.validate import validate_package
from engagements.pipeline.parse import parse_file
from engagements.render import github_annotations, markdown_summary, text
from engagements.report import Report
from engagements.submission.load import load_corrections
from packages import sample_dataset, write

CORPUS = Path(__file__).resolve().parent / "fuzz" / "corpus"
TOKENS = [
    b'"',
    b",",
    b"\n",
    b"\r",
    b"\x00",
    b"\\",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\\ud800",
    b'"\\udc00"',
    b"9" * 5000,
    b"-0",
    b"1e999",
    b"NaN",
    b"[" * 200,
    b"{" * 50,
    b'{"a": 1, "a": 2}',
    b"a: 1\na: 2\n",
    "\u202e".encode(),
    "\u2066".encode(),
    "\u200b".encode(),
    "\U000e0041".encode(),
    "é".encode(),
    b"=cmd|' -C calc'!A0",
    b"../../etc/passwd",
    b"&a [x, *a]",
    b"*a",
    b"!!python/object/apply:os.system ['true']",
    b"- ",
    b": ",
    b"\t",
    b"0000-02-30",
    b"titles[999]",
    b"roles[0].password",
    b"x" * 140_000,
]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """(name, bytes) of a seed with a few random edits."""
    name, seed = draw(st.sampled_from(seeds))
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "token", "delete", "duplicate", "truncate", "byte"]))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 256))]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = bytes([draw(st.integers(0, 255))])
    return name, bytes(data)


def seeds(target: str) -> list[tuple[str, bytes]]:
    """(name, bytes) of the corpus of a target, in name order."""
    folder = CORPUS / target
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]


def _check_report(report: Report, base: Path) -> None:
    """What every report must be, whatever the input: known codes, located messages, renderable."""
    for issue in report.issues:
        assert issue.code in CODES, issue
        assert issue.message and issue.location.file, issue
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
    text(report).encode("utf-8")
    annotations = github_annotations(report, base, base).splitlines()
    assert len(annotations) == len(report.issues) + 1  # one line per issue: nothing forged
    summary = markdown_summary(report, base, base)
    rows = [line for line in summary.splitlines() if line.startswith("| ") and "---" not in line]
    listed = min(len(report.issues), 100)
    assert not report.issues or len(rows) == 2 + len(report.codes()) + listed


@cache
def _template() -> Path:
    """A valid package written once per process; each example works on a copy."""
    folder = Path(tempfile.mkdtemp(prefix="engagements-fuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # not left in the system's folder
    return write(sample_dataset(), folder)


PACKAGE_FILES = ("datapackage.json", "engagements.json", "data/persons.csv", "data/evidence.csv")


def package_target(name: str, data: bytes) -> None:
    """`name` starts with a file of the package (`/` as `__`); `data` replaces that file."""
    rel = next(f for f in PACKAGE_FILES if name.startswith(f.replace("/", "__")))
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "pkg"
        shutil.copytree(_template(), package)
        (package / rel).write_bytes(data)
        for engine in ("fast", "model"):
            _check_report(validate_package(package, engine=engine), package)  # type: ignore[arg-type]


def corrections_target(name: str, data: bytes) -> None:
    """Loaded as YAML and as JSON; every problem an issue at the file."""
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".yaml", ".json"):
            path = Path(tmp) / f"c{suffix}"
            path.write_bytes(data)
            loaded = load_corrections([path])
            report = Report(tmp)
            report.extend(loaded.issues)
            _check_report(report, Path(tmp))
            assert all(i.location.file == str(path) for i in loaded.issues)


def source_target(name: str, data: bytes) -> None:
    """An article file (and, for `*.meta.json` seeds, a sidecar beside a fixed article)."""
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "a.txt"
        if ".meta.json" in name:
            article.write_text("Titre\n\nLe ministre a reçu le général à Dakar.\n", encoding="utf-8")
            (Path(tmp) / "a.meta.json").write_bytes(data)
        else:
            article.write_bytes(data)
        try:
            parse_file(article)
        except SourceError as error:
            assert error.code in CODES and error.reason, error
            str(error).encode("utf-8", "backslashreplace")


TARGETS: dict[str, Callable[[str, bytes], None]] = {
    "package": package_target,
    "corrections": corrections_target,
    "source": source_target,
}
