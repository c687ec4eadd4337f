"""The `engagements` command: thin wrappers that call one library function and render its result."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .errors import EngagementsError
from .placing import write_atomically
from .report import printable

if TYPE_CHECKING:
    from .convert import ConvertResult
    from .package.write import StagedPackage

MAX_WARNINGS = 10
"""Warnings printed by `convert` (failures and stale corrections are always listed in full)."""


def _cache_options(command: Any) -> Any:
    """`--cache DIR` and `--no-cache`, shared by every command that extracts."""
    command = click.option("--no-cache", is_flag=True, help="Extract again; read and write no cache.")(
        command
    )
    return click.option(
        "--cache",
        "cache_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Extraction cache folder [default: $ENGAGEMENTS_CACHE or ~/.cache/engagements].",
    )(command)


def _cache_folder(cache_dir: Path | None, no_cache: bool) -> Path | None:
    from .pipeline.cache_dir import default_dir

    return None if no_cache else cache_dir or default_dir()


def _dataset_version(value: str | None) -> str | None:
    from .package.version import DATASET_VERSION

    if value is not None and not DATASET_VERSION.match(value):
        raise click.BadParameter(f"{value!r} is not MAJOR.MINOR.PATCH (for example 0.2.0)")
    return value


def _dask_target(value: str | None) -> str | None:
    if value is None:
        return None
    from .cluster import check_target

    try:
        return check_target(value)
    except EngagementsError as error:
        raise click.BadParameter(str(error)) from None


def _since(started: float) -> str:
    """[h:mm:ss] since `started` (`time.monotonic()`), before a step told on stderr."""
    elapsed = int(time.monotonic() - started)
    return f"[{elapsed // 3600}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}]"


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {printable(message)}", err=True)
    sys.exit(code)


def _reason(error: Exception) -> str:
    """What went wrong, for a user: our message, or the file and the system's reason."""
    if isinstance(error, OSError) and not isinstance(error, EngagementsError):
        return f"cannot use {error.filename}: {error.strerror}"
    return str(error)


POLARS_ALLOCATOR = ("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
"""polars' allocator (jemalloc) keeps freed pages for seconds by default, to reuse them. In
`convert` polars only runs the final check, which reads the tables once: returning the pages at
once lowers a conversion's peak (506 → 449 MiB at 10,000 articles) for about a second more."""


def return_polars_memory_promptly(environ: Any, modules: Any) -> None:
    """Set `POLARS_ALLOCATOR` in `environ` unless the user set it, before polars is loaded (its
    allocator reads the setting once, when it starts)."""
    if "polars" not in modules:
        environ.setdefault(*POLARS_ALLOCATOR)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="engagements")
def main() -> None:
    """Build, validate and inspect the engagements dataset.

    \b
    Typical use:
      engagements convert datasets/sources -o datasets/engagements
      engagements validate datasets/engagements
    """


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="Package folder to write (replaced atomically if it is already a package).",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print only failures and the summary: no progress, no steps."
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for extraction [default: 1 for under 64 files, else one per core].",
)
@click.option(
    "--dask",
    "dask",
    metavar="ADDRESS|local[N]",
    default=None,
    callback=lambda _ctx, _param, value: _dask_target(value),
    help="Extract on a Dask cluster: its scheduler's address (tcp://HOST:8786; every worker needs "
    "the extract and dask extras, and --cache on storage they all see) or local[N] (N worker "
    "processes here). Merging and writing stay on this machine; the package is the same. Needs "
    "the dask extra; exclusive with --workers.",
)
@click.option(
    "--corrections",
    "-c",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of corrections (*.yaml, *.json) applied on top of extraction.",
)
@click.option(
    "--dataset-version",
    default=None,
    callback=lambda _ctx, _param, value: _dataset_version(value),
    help="Release the dataset under this version (MAJOR.MINOR.PATCH) [default: keep the version of "
    "the package at --out].",
)
@_cache_options
def convert(
    sources: tuple[Path, ...],
    out: Path,
    quiet: bool,
    workers: int | None,
    dask: str | None,
    corrections: Path | None,
    dataset_version: str | None,
    cache_dir: Path | None,
    no_cache: bool,
) -> None:
    """Convert article files (or folders of .txt files) into a validated data package.

    Each article may have a JSON sidecar NAME.meta.json with url, publisher, published
    (YYYY, YYYY-MM or YYYY-MM-DD), language and dateline (schema/json/sidecar.schema.json).
    Corrections (schema/json/corrections.schema.json) are applied after extraction;
    those that no longer apply are listed. Articles already extracted by the same
    extractor version come from the cache; how many is told before extraction starts, and
    each later step (resolving, writing, checking) as it starts, with the time since the
    start (-q silences both, and the progress). Files that cannot be read are listed and
    skipped; the others are still converted. Exit status: 0 all converted and every
    correction applied, 1 some files failed or some corrections did not apply,
    2 nothing could be written.

    \b
    On a Dask cluster (pip install 'engagements[dask]'):
      engagements convert SOURCES -o OUT --dask tcp://scheduler:8786 --cache /shared/cache
      engagements convert SOURCES -o OUT --dask 'local[4]'
    The workers look articles up in the cache and extract the missing ones; this machine parses,
    then merges, resolves, corrects, writes and validates as without Dask.
    """
    if dask is not None and workers is not None:
        raise click.UsageError(
            "--dask and --workers are exclusive: with --dask the cluster's workers "
            "extract (local[N] sets how many)"
        )
    return_polars_memory_promptly(os.environ, sys.modules)
    from .convert import finish_conversion, stage_conversion
    from .process import can_fork, can_fork_alone, in_child_process

    bar: Any = None
    started = time.monotonic()

    def tell(step: str) -> None:
        nonlocal bar
        if quiet:
            return
        if bar is not None:  # extraction is over: the bar ends before the next step is told
            bar.__exit__(None, None, None)
            bar = None
        click.echo(f"{_since(started)} {step}", err=True)

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if quiet:
            return
        if total < 20:
            click.echo(f"[{done}/{total}] {name}", err=True)
            return
        if bar is None:
            bar = click.progressbar(
                length=total, label="converting", file=sys.stderr, show_pos=True, show_eta=True
            )
            bar.__enter__()
        bar.update(1)

    def stage() -> tuple[ConvertResult, StagedPackage]:
        try:
            return stage_conversion(
                list(sources),
                out,
                progress=progress,
                workers=workers,
                dask=dask,
                corrections=corrections,
                cache_dir=_cache_folder(cache_dir, no_cache),
                dataset_version=dataset_version,
                tell=tell,
                once=True,  # this process ends after: the language models are released for resolution
            )
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)

    try:
        # in a child process of its own, so that its memory is the system's again before the
        # check (`engagements.process`); with --dask the child starts the client (and local[N]'s
        # cluster), so it is forked before any Dask thread exists: not from a caller that has
        # threads already (a fork copies them half-way)
        staged = (
            in_child_process(stage, undo=lambda it: it[1].discard())
            if (can_fork() if dask is None else can_fork_alone())
            else stage()
        )
        result = finish_conversion(*staged, tell=tell)
    except (EngagementsError, OSError) as error:
        _fail(_reason(error))
        return
    for failure in result.failures:
        click.echo(f"failed: {printable(failure)}", err=True)
    for warning in result.warnings[:MAX_WARNINGS]:
        click.echo(f"warning: {printable(warning)}", err=True)
    if len(result.warnings) > MAX_WARNINGS:
        click.echo(f"warning: ... and {len(result.warnings) - MAX_WARNINGS} more warnings", err=True)
    for stale in result.stale:
        click.echo(f"correction: {printable(stale)}", err=True)
    click.echo(
        f"wrote {printable(str(out))}: {result.articles} articles ({result.cached} from the cache), "
        f"{result.records} records"
        + (f"; {len(result.failures)} file(s) failed" if result.failures else "")
        + (f"; {len(result.stale)} correction(s) not applied" if result.stale else "")
    )
    if not result.report.valid:
        from . import render

        click.echo(render.text(result.report))
        sys.exit(2)
    sys.exit(1 if result.failures or result.stale else 0)


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="text for people, json (the library's report), github (annotations + job summary).",
)
@click.option(
    "--engine",
    type=click.Choice(["fast", "model"]),
    default="fast",
    show_default=True,
    help="fast: vectorised (polars); model: pydantic row by row, slow, the reference.",
)
@click.option(
    "--stream-above",
    type=click.IntRange(min=0),
    default=256,
    show_default=True,
    metavar="MIB",
    help="Check an evidence file larger than this (in MiB) in pieces, in memory that does not grow "
    "with its rows, and then (or when larger than this) hold articles.csv without its texts, checking "
    "quotes from the temporary folder; 0 always does. Same report; fast engine only.",
)
@click.option(
    "--max-table-size",
    type=click.IntRange(min=1),
    default=2048,
    show_default=True,
    metavar="MIB",
    help="Refuse a table file larger than this (in MiB) that is read whole: every table but an evidence "
    "file over --stream-above, which is read in pieces, as engagements.json is. The bound on what a "
    "check holds of one file; raise it for an archive of over a million articles (articles.csv). "
    "A package only: a checkout's package is checked with the default.",
)
@click.option(
    "--summary",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Append a Markdown summary to this file [default with --format github: $GITHUB_STEP_SUMMARY].",
)
@click.option(
    "--report-file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the JSON report to this file (keep it as a CI artifact).",
)
@click.option(
    "--checkout",
    "as_checkout",
    is_flag=True,
    help="PATH must be a checkout: a missing, moved or replaced datasets/ folder is an issue, "
    "never a reason to judge PATH as a plain package. CI passes it.",
)
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder that annotation and summary paths are relative to "
    "[default: $GITHUB_WORKSPACE or the current folder].",
)
@_cache_options
def validate(
    path: Path,
    fmt: str,
    engine: str,
    stream_above: int,
    max_table_size: int,
    summary: Path | None,
    report_file: Path | None,
    as_checkout: bool,
    workspace: Path | None,
    cache_dir: Path | None,
    no_cache: bool,
) -> None:
    """Validate a data package, or a repository checkout with its sources and corrections.

    PATH is a package (a folder or its datapackage.json): checked against the schema.
    PATH is a checkout (it has datasets/, or --checkout is given): its fixed layout,
    the sources, sidecars and corrections are checked, every correction must still
    apply, and datasets/engagements must be exactly what `engagements convert` builds
    from them (differences row by row); then the package is validated. Every problem
    has a stable code and its file, row, field and line. Exit status: 0 valid, 1 invalid, 2 could not run.
    """
    from .package.rules import FATAL_CODES
    from .package.validate import validate_package
    from .submission.layout import is_checkout

    checked_engine: Any = "model" if engine == "model" else "fast"
    try:
        if as_checkout or is_checkout(path):
            from .submission.checkout import validate_checkout  # sources, rebuild: only for a checkout

            report = validate_checkout(
                path, cache_dir=_cache_folder(cache_dir, no_cache), engine=checked_engine
            )
        else:
            report = validate_package(
                path,
                engine=checked_engine,
                stream_bytes=stream_above * 1024**2,
                max_bytes=max_table_size * 1024**2,
            )
    except (OSError, EngagementsError) as error:
        _fail(_reason(error))
        return
    from . import render

    base = path if path.is_dir() else path.parent
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "github":
        click.echo(render.github_annotations(report, base, workspace))
    else:
        click.echo(render.text(report, base))
    summary = summary or (
        Path(os.environ["GITHUB_STEP_SUMMARY"])
        if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY")
        else None
    )
    try:
        if summary:
            with summary.open("a", encoding="utf-8") as handle:
                handle.write(render.markdown_summary(report, base, workspace))
        if report_file:
            text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
            write_atomically(report_file, text.encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {error.filename}: {error.strerror}")
    if report.codes() & FATAL_CODES:
        sys.exit(2)
    sys.exit(0 if report.valid else 1)


def _write_json(value: Any, batch: int = 1 << 20) -> None:
    """`value` as indented JSON on stdout, written a megabyte at a time as it is encoded: a large
    diff's JSON is never one string (two releases of 9,756 and 19,512 articles: 411 -> 203 MiB)."""
    pieces: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(value):
        pieces.append(piece)
        size += len(piece)
        if size >= batch:
            click.echo(_encodable("".join(pieces)), nl=False)
            pieces, size = [], 0
    click.echo(_encodable("".join(pieces)))


def _encodable(text: str) -> str:
    """`text` with half surrogate pairs (which JSON can hold, UTF-8 cannot) written as `\\udxxx`:
    in a JSON string the same value, in text its code."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


TOLD_DIFF_BYTES = 64 * 1024**2
"""`engagements diff` tells its steps on stderr when both releases' JSON hold this much (about
5,000 articles: a few seconds of reading)."""


def _json_bytes(package: Path) -> int:
    """The size of a package's `engagements.json` (0 when it cannot say: diff names the problem)."""
    from .package.diff import nested_json

    try:
        return nested_json(package).stat().st_size
    except (EngagementsError, OSError):
        return 0


@main.command(name="diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="text for people, json (everything), markdown (a section of the data changelog).",
)
def diff_command(old: Path, new: Path, fmt: str) -> None:
    """Compare two releases of the dataset: records added, removed, changed (field by field), merged.

    OLD and NEW are packages (folders or their datapackage.json). An id that NEW redirects is
    reported as merged into the record it now leads to; a record whose id changed scheme, as
    renamed. Exit status: 0 no differences, 1 differences, 2 could not read a package.

    Both releases are read a record at a time into a scratch file in the temporary folder (set
    TMPDIR to choose it), about 1.4 times their two engagements.json files, removed at the end;
    memory holds what differs. For releases of an archive's size the steps are told on stderr.

    \b
      engagements diff old/ datasets/engagements --format markdown >> datasets/CHANGELOG.md
    """
    from .package import changelog
    from .package.diff import diff

    started = time.monotonic()

    def tell(step: str) -> None:  # told for releases of an archive's size, where reading takes minutes
        click.echo(f"{_since(started)} {step}", err=True)

    try:
        result = diff(old, new, tell=tell if _json_bytes(old) + _json_bytes(new) >= TOLD_DIFF_BYTES else None)
    except EngagementsError as error:
        _fail(str(error))
        return
    if fmt == "json":
        _write_json(result.to_dict())
    elif fmt == "markdown":
        click.echo(_encodable(changelog.markdown(result)), nl=False)
    else:
        click.echo(_encodable(changelog.text(result)))
    sys.exit(0 if result.empty else 1)


@main.command()
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Repository root: schema/ and docs/reference/ are written under it.",
)
def schema(root: Path) -> None:
    """Regenerate everything derived from the models: schema/, docs/reference/, CITATION.cff.

    schema/json holds a JSON Schema per model, schema/tables a Table Schema per CSV;
    docs/reference holds the data dictionary and the list of validation issue codes;
    CITATION.cff the citation, from the package metadata; in a source checkout,
    src/engagements/package/spec.json the tables as the validator reads them, and
    nfc_suspects.txt beside it the characters its cheap NFC test looks for.
    """
    from .package.docs import rendered_docs
    from .package.nfc_suspects import SUSPECTS_PATH, render_suspects
    from .package.schema import spec_text, write_schema_dir
    from .package.spec import SPEC_PATH

    try:
        written = write_schema_dir(root / "schema")
        spec = root / SPEC_PATH
        if spec.parent.is_dir():  # a source checkout (an installed package is never rewritten)
            spec.write_text(spec_text(), encoding="utf-8", newline="\n")
            suspects = root / SUSPECTS_PATH
            suspects.write_text(render_suspects(), encoding="utf-8", newline="\n")
            written += [spec, suspects]
        for name, text in rendered_docs(root).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
    except OSError as error:
        _fail(_reason(error))
        return
    click.echo(f"wrote {len(written)} files under {root / 'schema'} and {root / 'docs/reference'}")


_PACKAGE_ARGUMENT = click.argument("package", required=False, type=click.Path(path_type=Path))


def _load(package: Path | None) -> Any:
    """The package (default: the published one), validated; exits 2 with the reason otherwise."""
    from .consume.load import load

    try:
        return load(package)
    except EngagementsError as error:
        _fail(str(error))


@main.command()
@_PACKAGE_ARGUMENT
@click.option(
    "--to",
    "target",
    type=click.Choice(["sqlite", "parquet"]),
    required=True,
    help="sqlite: one database (+ metadata.json for datasette); parquet: a folder, one file per table.",
)
@click.option(
    "-o", "--out", required=True, type=click.Path(path_type=Path), help="Database file or Parquet folder."
)
def export(package: Path | None, target: str, out: Path) -> None:
    """Export a package (default: the published one) to SQLite or Parquet.

    Both are derived from the same table definitions as the CSVs: SQLite with column types,
    NOT NULL, enums, primary and foreign keys and indexes; Parquet with logical types. The
    package is validated first. Exit status: 0 written, 2 nothing written.
    """
    from .consume.parquet import write_parquet
    from .consume.sqlite import write_sqlite

    data = _load(package)
    try:
        if target == "sqlite":
            write_sqlite(data, out)
            metadata = out.parent / "metadata.json"
            click.echo(f"wrote {out} and {metadata}; browse: datasette {out} -m {metadata}")
        else:
            files = write_parquet(data, out)
            click.echo(f"wrote {len(files)} Parquet files under {out}")
    except (OSError, EngagementsError) as error:
        _fail(str(error))


@main.command()
@_PACKAGE_ARGUMENT
@click.option(
    "-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file."
)
def report(package: Path | None, out: Path) -> None:
    """Write a self-contained HTML report of a package (default: the published one).

    One file that needs no network: a timeline of meetings and exercises, a who-met-whom
    network, a map of places with coordinates, and every fact's quote in its sentence with
    its source. Exit status: 0 written, 2 nothing written.
    """
    from .consume.page import render_report

    data = _load(package)
    try:
        write_atomically(out, render_report(data).encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {out}: {error.strerror}")
    click.echo(f"wrote {out}")


@main.command()
@_PACKAGE_ARGUMENT
@click.option(
    "-o",
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write into.",
)
def release(package: Path | None, out: Path) -> None:
    """Build a versioned release archive of a package (default: the published one).

    OUT/engagements-VERSION.zip holds the package (CSV, JSON), Parquet, SQLite with datasette
    metadata, the HTML report, a README, CITATION.cff and SHA256SUMS; OUT/...zip.sha256 is the
    archive's checksum. VERSION is the descriptor's `version`, else the library's. The same
    package gives the same bytes. Exit status: 0 written, 2 nothing written.
    """
    from .consume.release import build_release

    data = _load(package)
    try:
        archive = build_release(data, out)
    except (OSError, EngagementsError) as error:
        _fail(str(error))
        return
    click.echo(f"wrote {archive} and {archive.name}.sha256")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@_cache_options
def extract(file: Path, fmt: str, cache_dir: Path | None, no_cache: bool) -> None:
    """Print one article's extraction as JSON, in the shape of the evaluation corpus.

    A cached article is printed without loading the language model.
    """
    from .convert import extract_view

    try:
        view: dict[str, Any] = extract_view(file, _cache_folder(cache_dir, no_cache))
    except (EngagementsError, OSError) as error:
        _fail(_reason(error), 1)
        return
    for warning in view.get("warnings", []):
        click.echo(f"warning: {warning}", err=True)
    click.echo(json.dumps(view, ensure_ascii=False, indent=2))


@main.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("quote")
@click.option(
    "--field", default=None, help="The value the span supports (`name`, `participants[per-khalifa-haftar]`)."
)
def span(source: Path, quote: str, field: str | None) -> None:
    """Print the evidence spans of QUOTE in a source article, as YAML for a correction.

    Offsets count characters of the article's normalised text, as every span in the
    dataset does. Example:

    \b
      engagements span datasets/sources/000_b67420481be86f31.txt "forces américaines"
    """
    import yaml

    from .submission.spans import find_spans

    try:
        found = find_spans(source, quote, field)
    except EngagementsError as error:
        _fail(str(error))
        return
    if not found:
        _fail(f"{quote!r} is not in {source} (after normalisation); copy it from the article text", 1)
    click.echo(f"# {len(found)} occurrence(s) in {found[0].article_id} ({source})")
    for item in found:
        entry = item.model_dump(exclude_none=True)
        click.echo(
            yaml.safe_dump(
                [entry], allow_unicode=True, default_flow_style=None, width=1000, sort_keys=False
            ).rstrip()
        )
