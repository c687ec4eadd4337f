"""Write a dataset as a data package: CSV per table, nested JSON, `datapackage.json`.

Written into a temporary folder beside the target, then swapped into place (`files.swap_in`), so
readers never see a half-written package, nor, on Linux, a moment without one. Rows are sorted
and nothing time-dependent is written: the same dataset gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import OutputError
from ..files import recover, resolved, swap_in
from ..models import Dataset
from ..report import Report
from .rows import dataset_to_rows, to_cell
from .schema import descriptor, dumps
from .spec import JSON_FILE as JSON_FILE
from .tables import tables
from .version import UNRELEASED, version_of


def render_csv(columns: list[str], rows: list[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([to_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def render(dataset: Dataset, version: str = UNRELEASED) -> dict[str, str]:
    """Every file of the package, by relative path; `version` is the dataset's."""
    dataset = dataset.sorted()
    rows = dataset_to_rows(dataset)
    files = {table.file: render_csv([c.name for c in table.columns], rows[table.name]) for table in tables()}
    sources = [
        {"title": a.title or a.source_file, "path": a.url} if a.url else {"title": a.title or a.source_file}
        for a in dataset.articles
    ]
    files["datapackage.json"] = dumps(descriptor(sources, version))
    files[JSON_FILE] = dataset.model_dump_json(indent=2) + "\n"  # pydantic's encoder: ~5x json.dumps
    return files


def write_package(
    dataset: Dataset, out: Path, check: Callable[[Path], Report] | None = None, version: str | None = None
) -> Report | None:
    """Replace `out` with the package, atomically; refuses to replace a folder that is not a package.

    `check` validates the package while it is still in its temporary folder: an invalid package
    is never moved into place. Returns the check's report (of the package now at `out`).
    The dataset version is `version`, else that of the package replaced (a rebuild changes nothing).
    """
    try:
        return _write(dataset, out, check, version)
    except OSError as error:  # disk full, read-only folder, no permission: a message, not a traceback
        where = error.filename or out
        raise OutputError(f"cannot write {where}: {error.strerror}; nothing was replaced") from None


def _write(
    dataset: Dataset, out: Path, check: Callable[[Path], Report] | None, version: str | None
) -> Report | None:
    target = resolved(out)
    if target is None:
        raise OutputError(f"{out} cannot be resolved (a link loop?); choose another -o")
    out = target
    if out.exists() and (
        not out.is_dir() or (any(out.iterdir()) and not (out / "datapackage.json").exists())
    ):
        raise OutputError(f"{out} exists and is not a data package; choose another -o or remove it")
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)  # what a killed conversion left beside `out`
    files = render(dataset, version or version_of(out) or UNRELEASED)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for name, text in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        os.chmod(tmp, 0o755)
        report = None
        if check is not None:
            report = check(tmp)
            if not report.valid:
                shown = "; ".join(f"{i.location}: {i.code}: {i.message}" for i in report.issues[:5])
                raise OutputError(f"the built package is invalid, nothing was written: {shown}")
        swap_in(tmp, out)
        return None if report is None else Report(str(out), report.issues, report.rows)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
