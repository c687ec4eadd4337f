"""Validate a repository checkout: a submission is its sources, its corrections and its package.

`datasets/sources/` holds articles (`NAME.txt`) and their sidecars (`NAME.meta.json`),
`datasets/corrections/` the corrections, `datasets/engagements/` the generated package. A
checkout is valid when every source and correction is valid, every correction still applies,
the committed package is exactly what `engagements convert` builds from them (nobody edits
generated files; a difference is reported row by row), and the package passes the validator.
Nothing is written into the checkout; extraction results go to the cache only.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

from ..errors import SourceError
from ..extras import missing
from ..files import inside, resolved
from ..models.correction import ExternalSource
from ..package.validate import Engine, validate_package
from ..package.version import UNRELEASED, version_of
from ..package.write import render
from ..pipeline.parse import SIDECAR_SUFFIX, ParsedArticle, parse_file, sidecar_path
from ..pipeline.repeats import SeenArticles
from ..report import Issue, Location, Report
from .compare import compare_package
from .layout import DESCRIPTOR, DOCS, Layout, check_layout
from .load import SUFFIXES, LocatedCorrection, load_corrections

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")


def validate_checkout(
    root: Path,
    cache_dir: Path | None = None,
    engine: Engine = "fast",
    today: datetime.date | None = None,
) -> Report:
    """Every issue of the submission at `root`; see the module docstring."""
    layout = Layout(resolved(root) or root.absolute())
    report = Report(str(root))
    usable = check_layout(layout, report)
    sources, corrections = _walk(layout, report, usable)
    articles = _parse(layout, sources, report, today or datetime.date.today())
    loaded = load_corrections(corrections, {p: layout.show(p) for p in corrections})
    report.extend(loaded.issues)
    _external_dates(loaded.corrections, today or datetime.date.today(), report)
    if report.issues:
        report.add(
            "rebuild_skipped",
            "the package was not compared with a rebuild because of the problems above; fix them first",
            layout.show(layout.package),
        )
    else:
        _compare_with_rebuild(layout, articles, loaded.corrections, cache_dir, report)
    if os.path.lexists(layout.package) and "engagements" not in usable:
        return report.sorted()  # a file or a link where the package belongs: reported by check_layout
    if not layout.package.is_dir():  # not a fatal error here: the submission lacks its package
        if report.issues and report.issues[-1].code == "rebuild_skipped":
            report.add(
                "rebuild_missing_file",
                "the package is not committed; run convert",
                layout.show(layout.package),
            )
        return report.sorted()
    checked = validate_package(layout.package, engine=engine)
    shown_issues = []
    for issue in checked.issues:
        file = issue.location.file
        shown = layout.show(Path(file) if Path(file).is_absolute() else layout.package / file)
        shown_issues.append(Issue(Location(shown, *_rest(issue.location)), issue.code, issue.message))
    report.extend(shown_issues, checked.omitted)
    report.rows = checked.rows
    return report.sorted()


def _external_dates(corrections: list[LocatedCorrection], today: datetime.date, report: Report) -> None:
    """Other outlets' articles cannot have been read on a day still to come."""
    for located in corrections:
        for item in located.correction.evidence:
            if isinstance(item, ExternalSource) and item.accessed > today.isoformat():
                message = (
                    f"{located.correction.id}: accessed {item.accessed} is after today ({today.isoformat()})"
                )
                report.add("accessed_in_future", message, located.file, field="accessed", line=located.line)


def _rest(location: Location) -> tuple[int | None, str | None, int | None]:
    return location.row, location.field, location.line


def _walk(layout: Layout, report: Report, usable: frozenset[str]) -> tuple[list[Path], list[Path]]:
    """Article files and corrections files, after checking every entry of both folders."""
    articles: list[Path] = []
    corrections: list[Path] = []
    seen: dict[str, Path] = {}
    for folder, allowed in ((layout.sources, (".txt", SIDECAR_SUFFIX)), (layout.corrections, SUFFIXES)):
        if folder.name not in usable:
            continue
        for directory, subdirs, files in os.walk(folder, followlinks=False):
            subdirs.sort()
            for name in sorted(files) + [d for d in subdirs if Path(directory, d).is_symlink()]:
                path = Path(directory, name)
                shown = layout.show(path)
                if resolved(path) is None:
                    report.add("source_unreadable", "a link in a loop; put the file itself here", shown)
                    continue
                if not inside(path, layout.root):
                    report.add(
                        "path_outside_repository",
                        "a link to a file outside the repository; copy the file in instead",
                        shown,
                    )
                    continue
                if name in DOCS:
                    continue
                if name == DESCRIPTOR:
                    report.add(
                        "unexpected_package",
                        f"a second package descriptor; the package is {layout.show(layout.package)}",
                        shown,
                    )
                    continue
                if not name.endswith(allowed):
                    report.add(
                        "unexpected_file",
                        f"only {', '.join('*' + s for s in allowed)} files belong here; move or remove it",
                        shown,
                    )
                    continue
                if not SAFE_NAME.match(name):
                    report.add(
                        "bad_file_name",
                        "use letters, digits, dot, dash and underscore only, starting with a letter or digit",
                        shown,
                    )
                    continue
                folded = shown.lower()
                if folded in seen:
                    report.add(
                        "name_collision",
                        f"differs from {layout.show(seen[folded])} only by case; rename one",
                        shown,
                    )
                    continue
                seen[folded] = path
                if folder == layout.corrections:
                    corrections.append(path)
                elif name.endswith(SIDECAR_SUFFIX):
                    if not path.with_name(name[: -len(SIDECAR_SUFFIX)] + ".txt").exists():
                        report.add(
                            "orphan_sidecar",
                            "no article NAME.txt beside this sidecar; add it or remove this",
                            shown,
                        )
                else:
                    articles.append(path)
    return sorted(articles), sorted(corrections)  # the order convert reads them in


def _parse(layout: Layout, files: list[Path], report: Report, today: datetime.date) -> list[ParsedArticle]:
    """Parse each article, with the checks that need all of them (duplicates) or the date."""
    articles: list[ParsedArticle] = []
    seen = SeenArticles()
    for path in files:
        shown = layout.show(path)
        try:
            article = parse_file(path)
        except SourceError as error:
            report.add(error.code, error.reason, layout.show(Path(error.path)), line=error.line)
            continue
        if article.published and article.published > today.isoformat()[: len(article.published)]:
            report.add(
                "published_in_future",
                f"published {article.published} is after today ({today.isoformat()}); check the date",
                _metadata_file(layout, path, "published", article),
                field="published",
            )
            continue
        repeated = seen.repeat(article, shown)
        if repeated:
            code, message = repeated
            report.add(code, message, shown, field="url" if code == "duplicate_url" else None)
            continue
        articles.append(article)
    return articles


def _metadata_file(layout: Layout, path: Path, key: str, article: ParsedArticle) -> str:
    """The file a metadata value came from: the sidecar, unless it was read from the text."""
    sidecar = sidecar_path(path)
    return layout.show(path if key in article.spans or not sidecar.exists() else sidecar)


def _compare_with_rebuild(
    layout: Layout,
    articles: list[ParsedArticle],
    corrections: list[LocatedCorrection],
    cache_dir: Path | None,
    report: Report,
) -> None:
    absent = missing("extract")
    if absent:
        report.add(
            "rebuild_unavailable",
            f"comparing the package with a rebuild needs the `extract` extra ({', '.join(absent)} "
            "not installed): pip install 'engagements[extract]'",
            layout.show(layout.package),
        )
        return
    from ..convert import build_dataset, resolve_and_correct
    from ..pipeline.cache import ExtractionCache

    dataset, _ = build_dataset(articles, ExtractionCache(cache_dir))
    dataset, stale = resolve_and_correct(dataset, corrections)
    for located, item in stale:
        report.add(item.code, f"{item.correction_id}: {item.message}", located.file, line=located.line)
    version = version_of(layout.package) or UNRELEASED  # a release sets it; a rebuild keeps it
    compare_package(layout.package, render(dataset, version), layout.show(layout.package), report)
