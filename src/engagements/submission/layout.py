"""The fixed layout of a repository checkout, and the checks a pull request cannot switch off.

A checkout keeps its articles in `datasets/sources/`, its corrections in `datasets/corrections/`
and the package built from them in `datasets/engagements/`. The layout is fixed here, in code,
never read from the checkout being judged: a pull request that removes, moves or replaces one of
these folders, links one elsewhere, or adds a second `datapackage.json` (at the root or under
`datasets/`) gets an issue. Before, removing `datasets/sources` made `validate .` judge a root
descriptor as a plain package, skipping the rebuild comparison, so a hand-edited cell passed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..files import inside
from ..report import Report

DATASETS = ("sources", "corrections", "engagements")
"""The entries of `datasets/`, in the order they are read."""
DOCS = frozenset({"README.md", "CHANGELOG.md"})
"""Files allowed beside the data (they are not read)."""
DESCRIPTOR = "datapackage.json"


@dataclass(frozen=True)
class Layout:
    """Where a checkout keeps its sources, corrections and package."""

    root: Path

    @property
    def datasets(self) -> Path:
        return self.root / "datasets"

    @property
    def sources(self) -> Path:
        return self.datasets / "sources"

    @property
    def corrections(self) -> Path:
        return self.datasets / "corrections"

    @property
    def package(self) -> Path:
        return self.datasets / "engagements"

    def show(self, path: Path) -> str:
        """A path as reports print it: relative to the checkout, with forward slashes."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


def is_checkout(path: Path) -> bool:
    """Whether `validate PATH` (without `--checkout`) judges PATH as a checkout.

    Any `datasets` entry (a folder, a file, a link) makes it one, so removing or replacing one
    of its folders gives an issue rather than a plain-package check of whatever else is there.
    """
    return path.is_dir() and os.path.lexists(path / "datasets")


def check_layout(layout: Layout, report: Report) -> frozenset[str]:
    """Report a layout no checkout may have; returns the `DATASETS` folders that can be read."""
    usable = set()
    datasets = layout.datasets
    if os.path.lexists(layout.root / DESCRIPTOR):
        report.add(
            "unexpected_package",
            f"a second package descriptor; the package of a checkout is {layout.show(layout.package)}",
            DESCRIPTOR,
        )
    if not _real_folder(layout, datasets, report, "the folder of the data"):
        return frozenset()
    for name in DATASETS:
        path = datasets / name
        if not os.path.lexists(path):
            if name == "sources":
                report.add(
                    "checkout_layout",
                    "datasets/sources is missing: a checkout keeps its articles there (the layout is fixed)",
                    layout.show(path),
                )
            elif name == "corrections":
                usable.add(name)  # no corrections is a valid submission
            continue  # a missing package is reported by the rebuild comparison
        if _real_folder(layout, path, report, f"the {name} folder"):
            usable.add(name)
    for entry in sorted(os.scandir(datasets), key=lambda e: e.name):
        if entry.name in DATASETS or entry.name in DOCS:
            continue
        shown = layout.show(Path(entry.path))
        report.add(
            "unexpected_file",
            "only sources/, corrections/ and engagements/ belong in datasets/; move or remove it "
            "(a leftover .engagements.* folder is removed by the next `engagements convert`)",
            shown,
        )
        if entry.is_dir(follow_symlinks=False):
            _report_descriptors(layout, Path(entry.path), report)
    return frozenset(usable)


def _real_folder(layout: Layout, path: Path, report: Report, what: str) -> bool:
    """Whether `path` is a folder of the checkout itself; reports it when not."""
    shown = layout.show(path)
    if path.is_symlink():
        if not inside(path, layout.root):
            report.add("path_outside_repository", f"{what} is a link leading out of the repository", shown)
        else:
            report.add("checkout_layout", f"{what} is a link; it must be a folder of its own", shown)
        return False
    if not path.is_dir():
        report.add(
            "checkout_layout",
            f"{what} is missing or not a folder: a checkout keeps it at {shown} (the layout is fixed)",
            shown,
        )
        return False
    return True


def _report_descriptors(layout: Layout, folder: Path, report: Report) -> None:
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        subdirs.sort()
        if DESCRIPTOR in files:
            report.add(
                "unexpected_package",
                f"a second package descriptor; the package of a checkout is {layout.show(layout.package)}",
                layout.show(Path(directory, DESCRIPTOR)),
            )
