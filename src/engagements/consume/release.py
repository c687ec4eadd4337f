"""`engagements release`: one versioned archive holding the package in every form, with checksums.

The version is the dataset's: the descriptor's `version` when it has one, else the library's.
Everything is built in a temporary folder, then zipped with sorted entries, fixed timestamps
and permissions, so the same package gives the same archive, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from .. import __version__
from ..package.descriptor import read_descriptor
from ..package.schema import DATA_LICENCE, DATASET_ID, citation_cff
from ..placing import write_atomically
from ..report import Report
from .load import Data
from .page import render_report
from .parquet import write_parquet
from .sqlite import write_sqlite

EPOCH = (1980, 1, 1, 0, 0, 0)
"""The timestamp of every archive entry (zip's earliest), so archives do not depend on when."""


def release_version(data: Data) -> str:
    """The descriptor's `version` when it is a plain version string, else the library's."""
    descriptor = json.loads((data.path / "datapackage.json").read_text(encoding="utf-8"))
    version = descriptor.get("version") if isinstance(descriptor, dict) else None
    if isinstance(version, str) and re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}", version):
        return version
    return __version__


def _readme(data: Data, version: str) -> str:
    counts = ", ".join(f"{frame.height} {name}" for name, frame in data.tables.items() if "_" not in name)
    return f"""# engagements {version}

Security-cooperation engagements reported in the news: meetings and military exercises, with
the persons and organisations involved, every value with the article span it was read from.
Dataset id: `{DATASET_ID}`. This release holds {counts}.

| path | what |
|---|---|
| `datapackage.json`, `data/*.csv` | the Frictionless Data Package (Table Schemas, keys) |
| `engagements.json` | the same records nested as the models define them |
| `parquet/*.parquet` | one Parquet file per table, with logical types |
| `engagements.db`, `metadata.json` | SQLite with keys and indexes, and its datasette metadata |
| `report.html` | an offline report: timeline, who met whom, places, evidence |
| `CITATION.cff` | how to cite this version |
| `SHA256SUMS` | checksums of every file: `sha256sum -c SHA256SUMS` |

Load it in Python with `pip install engagements`, then `engagements.load("{data_folder(version)}")`.

## Licences

The data made by the project is licensed {DATA_LICENCE["name"]} ({DATA_LICENCE["path"]}).
The article texts (`articles.text`) and the quotes taken from them (`evidence.quote`) belong to
their publishers: they are reproduced so that every fact can be checked against its source and
are not licensed under {DATA_LICENCE["name"]}; reuse them under their publishers' terms. The
software is MIT-licensed.
"""


def data_folder(version: str) -> str:
    return f"engagements-{version}"


def _stage(data: Data, folder: Path, version: str) -> None:
    declared = read_descriptor(data.path / "datapackage.json", Report(str(data.path))) or {}
    for relative in ["datapackage.json", "engagements.json", *declared.values()]:
        source = data.path / relative
        if source.is_file():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / relative)
    write_parquet(data, folder / "parquet")
    write_sqlite(data, folder / "engagements.db")
    (folder / "report.html").write_text(render_report(data), encoding="utf-8")
    (folder / "README.md").write_text(_readme(data, version), encoding="utf-8")
    (folder / "CITATION.cff").write_text(citation_cff(version), encoding="utf-8")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    sums = "".join(f"{_sha256(p.read_bytes())}  {p.relative_to(folder).as_posix()}\n" for p in files)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_release(data: Data, out: Path) -> Path:
    """`out/engagements-VERSION.zip` and its `.sha256` beside it; returns the archive's path."""
    version = release_version(data)
    name = data_folder(version)
    with tempfile.TemporaryDirectory(prefix="engagements-release-") as temporary:
        staged = Path(temporary) / name
        staged.mkdir()
        _stage(data, staged, version)
        archive = Path(temporary) / f"{name}.zip"
        with zipfile.ZipFile(archive, "w") as bundle:
            for path in sorted(p for p in staged.rglob("*") if p.is_file()):
                entry = zipfile.ZipInfo(f"{name}/{path.relative_to(staged).as_posix()}", EPOCH)
                entry.external_attr = 0o644 << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                bundle.writestr(entry, path.read_bytes())
        content = archive.read_bytes()
    target = out / f"{name}.zip"
    write_atomically(target, content)
    write_atomically(out / f"{name}.zip.sha256", f"{_sha256(content)}  {target.name}\n".encode())
    return target
