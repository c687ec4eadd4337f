#!/usr/bin/env python3
"""The project's two entry points, using nothing but Python 3.11+ and pip.

    python dev.py dataset   # build datasets/engagements from datasets/sources + corrections, validate
    python dev.py test      # ruff, mypy and pytest: exactly what CI runs

Each command creates `.venv` on first use and installs the project into it
(again whenever `pyproject.toml` changes), so a fresh clone needs nothing else.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".engagements-installed"


def run(*argv: str | Path) -> None:
    print("+", " ".join(str(a) for a in argv), flush=True)
    code = subprocess.call([str(a) for a in argv], cwd=ROOT)
    if code:
        sys.exit(code)


def ensure_venv(extras: str) -> None:
    """Install the project (editable) with `extras`, skipping the work when nothing changed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]" if extras else ".")
    STAMP.write_text(wanted)


def dataset() -> None:
    ensure_venv("")
    run(
        BIN / "engagements",
        "convert",
        "datasets/sources",
        "--corrections",
        "datasets/corrections",
        "-o",
        "datasets/engagements",
    )
    run(BIN / "engagements", "validate", ".", "--checkout")  # sources, corrections, package == rebuild


def test() -> None:
    ensure_venv("test")
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "dev.py")
    run(BIN / "ruff", "format", "--check", "src", "tests", "benchmarks", "dev.py")
    run(BIN / "mypy")
    run(BIN / "pytest", "-n", "auto", *sys.argv[2:])


COMMANDS = {"dataset": dataset, "test": test}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    COMMANDS[sys.argv[1]]()
