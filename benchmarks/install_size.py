"""Benchmark: what `pip install engagements` and each extra cost, distribution by distribution.

    python benchmarks/install_size.py [--extras extract pandas duckdb] [--out bench-out/install]

Builds the wheel from this checkout, installs it (with `constraints.txt`) into fresh virtual
environments without pip (so only what the library brings is counted), and prints every
distribution's size on disk, from its RECORD. The figures in `docs/install.md` come from here.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def build_wheel(out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "-w", str(out), "."], cwd=ROOT, check=True)
    return next(out.glob("engagements-*.whl"))


def install(wheel: Path, extras: str, folder: Path) -> Path:
    """A fresh environment (no pip) holding the wheel with `extras`; returns its site-packages."""
    shutil.rmtree(folder, ignore_errors=True)
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / "bin" / "python"
    spec = f"{wheel}[{extras}]" if extras else str(wheel)
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), spec], check=True)
    return next(folder.glob("lib/python3*/site-packages"))


def distributions(site: Path) -> dict[str, int]:
    """Distribution name -> bytes of the files its RECORD lists."""
    sizes: dict[str, int] = {}
    for record in sorted(site.glob("*.dist-info/RECORD")):
        name = record.parent.name.removesuffix(".dist-info").rsplit("-", 1)[0]
        total = 0
        with record.open(encoding="utf-8") as handle:
            for row in csv.reader(handle):
                path = (site / row[0]).resolve()
                if path.is_file():
                    total += path.stat().st_size
        sizes[name] = total
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", nargs="*", default=["extract", "pandas", "duckdb"])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out" / "install")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    wheel = build_wheel(args.out / "dist")
    core = distributions(install(wheel, "", args.out / "core"))
    print(f"core: {len(core)} distributions, {sum(core.values()) / MB:.0f} MB")
    for name, size in sorted(core.items(), key=lambda item: -item[1]):
        print(f"  {name:28s} {size / MB:8.1f} MB")
    for extra in args.extras:
        sizes = distributions(install(wheel, extra, args.out / extra))
        added = {name: size for name, size in sizes.items() if name not in core}
        print(
            f"core + [{extra}]: {len(sizes)} distributions, {sum(sizes.values()) / MB:.0f} MB "
            f"(+{len(added)}, +{sum(added.values()) / MB:.0f} MB)"
        )
        for name, size in sorted(added.items(), key=lambda item: -item[1]):
            print(f"  {name:28s} {size / MB:8.1f} MB")


if __name__ == "__main__":
    main()
