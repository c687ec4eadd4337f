"""The characters that can make a text not NFC: what the fast engine looks for before normalising.

Normalising every text to prove it is NFC is the costliest cell check on real packages (French
text is never ASCII: 0.46 s of 0.70 for 19,512 articles' texts). Unicode's NFC quick check says a
text is NFC when every character is a starter (canonical combining class 0) whose NFC_Quick_Check
is Yes. The characters that are not are listed here, with the unassigned ones (which a later
Unicode may assign as either), so a text holding none of them is NFC; only the others are
normalised (`fast._checks`, cheap pass).

The exact test (`not_nfc`) is Python's `unicodedata`, the one the models apply, not polars'
normaliser: polars carries a later Unicode (16 against Python 3.11's 14), and a character
assigned since composes there and not here, so the two engines would disagree on such a text.

Derived from `unicodedata` by `engagements schema` into `nfc_suspects.txt`, as ranges; the
validator reads that file, not the 1.1 million code points (0.4 s). `tests/test_schema.py`
fails when the file is out of date, or on a Python whose Unicode makes it miss a character.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import polars as pl

SUSPECTS_FILE = Path(__file__).with_name("nfc_suspects.txt")
SUSPECTS_PATH = "src/engagements/package/nfc_suspects.txt"
HANGUL_VOWELS_AND_TRAILS = (range(0x1161, 0x1176), range(0x11A8, 0x11C3))
"""Jamo that compose with a preceding syllable (NFC_Quick_Check Maybe): Hangul composes by
arithmetic, so no decomposition in `unicodedata` names them."""


def suspect_code_points() -> set[int]:
    """Every non-ASCII code point that is unassigned, not a starter, not NFC alone, or the second
    of a canonical pair that composes (NFC_Quick_Check Maybe)."""
    suspects = {c for block in HANGUL_VOWELS_AND_TRAILS for c in block}
    for point in range(0x80, 0x110000):
        character = chr(point)
        if (
            unicodedata.combining(character)
            or unicodedata.category(character) == "Cn"
            or not unicodedata.is_normalized("NFC", character)
        ):
            suspects.add(point)
        decomposition = unicodedata.decomposition(character)
        if decomposition and not decomposition.startswith("<"):  # canonical, not compatibility
            parts = decomposition.split()
            if len(parts) == 2:
                suspects.add(int(parts[1], 16))
    return suspects


def ranges(points: set[int]) -> list[tuple[int, int]]:
    """Sorted code points as runs (first, last)."""
    runs: list[tuple[int, int]] = []
    for point in sorted(points):
        if runs and runs[-1][1] == point - 1:
            runs[-1] = (runs[-1][0], point)
        else:
            runs.append((point, point))
    return runs


def render_suspects() -> str:
    """`nfc_suspects.txt`: the Unicode version it was derived with, then a range a line."""
    lines = [f"# NFC suspects (engagements schema), unicodedata {unicodedata.unidata_version}"]
    lines += [f"{first:04X}-{last:04X}" for first, last in ranges(suspect_code_points())]
    return "\n".join(lines) + "\n"


def read_suspects(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(Unicode version, ranges) of a `nfc_suspects.txt`."""
    header, *lines = text.splitlines()
    runs = [(int(a, 16), int(b, 16)) for a, b in (line.split("-") for line in lines)]
    return header.rsplit(" ", 1)[-1], runs


@cache
def suspect_class() -> str:
    """The suspects as a polars (Rust) regex character class."""
    _, runs = read_suspects(SUSPECTS_FILE.read_text(encoding="utf-8"))
    return "[" + "".join(rf"\x{{{a:X}}}" + (rf"-\x{{{b:X}}}" if b > a else "") for a, b in runs) + "]"


def not_nfc(values: pl.Series) -> pl.Series:
    """Whether each text is not NFC, as `unicodedata.is_normalized` (the models' test) says (a null
    is not reported). Only the texts holding a suspect are given to Python: the others are NFC."""
    suspect = values.str.contains(suspect_class()).fill_null(False)
    at = suspect.arg_true()
    verdicts = [not unicodedata.is_normalized("NFC", text) for text in values.gather(at).to_list()]
    return pl.Series(values.name, [False] * len(values), dtype=pl.Boolean).scatter(at, verdicts)
