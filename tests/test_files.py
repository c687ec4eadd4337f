"""Folders swapped into place: a conversion killed at any moment leaves a complete package, or
one the next conversion puts back; reading refuses what would hang or never end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.files import FileRefused, read_limited
from engagements.package.validate import validate_package
from engagements.package.write import write_package
from engagements.placing import exchange, recover
from packages import sample_dataset

TESTS = Path(__file__).resolve().parent

KILLED = """
import os, shutil, signal, sys
sys.path.insert(0, sys.argv[1])
import engagements.placing as placing
from engagements.package.write import write_package
from packages import sample_dataset
out, moment = sys.argv[2], sys.argv[3]
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if moment == "between the two renames":  # where the system cannot exchange two paths
    placing.exchange = lambda first, second: False
    replace = os.replace
    def first_rename_then_die(source, target):
        replace(source, target)
        die()
    placing.os.replace = first_rename_then_die
else:  # "after the exchange": the old package is still in the temporary folder
    placing.shutil.rmtree = die
dataset = sample_dataset()
write_package(dataset.model_copy(update={"exercises": []}), __import__("pathlib").Path(out))
"""


def _killed_while_replacing(out: Path, moment: str) -> None:
    run = subprocess.run([sys.executable, "-c", KILLED, str(TESTS), str(out), moment], check=False)
    assert run.returncode == -9, "the writer was meant to be killed"


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.mark.parametrize("moment", ["between the two renames", "after the exchange"])
def test_a_conversion_killed_while_replacing_leaves_or_gets_back_a_complete_package(
    moment: str, tmp_path: Path
) -> None:
    if moment == "after the exchange" and not _exchange_works(tmp_path):
        pytest.skip("this file system cannot exchange two paths")
    out = tmp_path / "pkg"
    write_package(sample_dataset(), out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    _killed_while_replacing(out, moment)
    assert _leftovers(out)  # the interrupted writer's folders
    if moment == "after the exchange":
        assert validate_package(out).valid  # never a moment without a complete package
    else:
        assert not out.exists()  # what issue 12 found; the next run repairs it
    recover(out)
    assert _leftovers(out) == [] and validate_package(out).valid
    if moment == "between the two renames":
        assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    write_package(sample_dataset(), out)
    assert _leftovers(out) == [] and validate_package(out).valid


def _exchange_works(folder: Path) -> bool:
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    (folder / "a" / "x").write_text("a")
    works = exchange(folder / "a", folder / "b")
    for name in ("a", "b"):
        for child in (folder / name).iterdir():
            child.unlink()
        (folder / name).rmdir()
    return works


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(FileRefused) as refused:
        read_limited(tmp_path / "pipe", 100)  # would block for ever if it were opened to read
    assert refused.value.code == "special_file"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    (tmp_path / "big").write_bytes(b"x" * 101)
    with pytest.raises(FileRefused) as refused:
        read_limited(tmp_path / "big", 100)
    assert refused.value.code == "file_too_large"
    assert read_limited(tmp_path / "big", 101) == b"x" * 101


@given(
    st.lists(
        st.sampled_from(
            [
                b"a",
                b"\n",
                b"\xc3\xa9",
                b"\xe2\x82\xac",
                b"\xf0\x9d\x84\x9e",
                b"\xed\xa0\x80",
                b"\xc0\x80",
                b"\xf4\x90\x80\x80",
                b"\x80",
                b"\xbf",
                b"\xc3",
                b"\xe2\x82",
                b"\xf0\x9d\x84",
                b"\xff",
                b"\xf5",
            ]
        ),
        max_size=40,
    ).map(b"".join)
    | st.binary(max_size=40)
    | st.text(alphabet=st.sampled_from(list("aé€𝄞\n")), max_size=30).map(str.encode),
    st.integers(min_value=1, max_value=12),
)
def test_utf8_is_pythons_verdict_whatever_the_pieces(data: bytes, piece: int) -> None:
    """`read.is_utf8` says what Python's codec says, surrogates, overlong and truncated
    sequences included, wherever its pieces cut."""
    from engagements.package.read import is_utf8

    try:
        data.decode("utf-8")
        python = True
    except UnicodeDecodeError:
        python = False
    assert is_utf8(data, piece) == python or (python and piece < 4)  # a cut under 4 bytes may refuse
    assert is_utf8(data) == python
