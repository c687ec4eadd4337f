"""The package as Parquet, one file per table, typed from the same table definitions as the CSVs.

Columns carry Parquet logical types: STRING for text (partial dates and codes included),
INT64, DOUBLE, and LIST<STRING> for array cells. Written into a temporary folder beside the
target, then moved into place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import OutputError
from ..package.tables import tables
from .load import Data


def write_parquet(data: Data, out: Path) -> list[Path]:
    """`out/<table>.parquet` for every table; `out` is replaced as a whole. Returns the files."""
    out = out.resolve()
    if out.exists() and (not out.is_dir() or any(p.suffix != ".parquet" for p in out.iterdir())):
        raise OutputError(f"{out} exists and is not a folder of Parquet files; choose another -o")
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for table in tables():
            data.tables[table.name].write_parquet(folder / f"{table.name}.parquet", compression="zstd")
        os.chmod(folder, 0o755)
        if out.exists():
            shutil.rmtree(out)
        os.replace(folder, out)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return [out / f"{table.name}.parquet" for table in tables()]
