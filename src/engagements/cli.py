"""The `engagements` command: thin wrappers that call one library function and render its result."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import EngagementsError
from .report import Report


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


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
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary.")
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for extraction [default: 1 for under 64 files, else one per core].",
)
def convert(sources: tuple[Path, ...], out: Path, quiet: bool, workers: int | None) -> None:
    """Convert article files (or folders of .txt files) into a validated data package.

    Each article may have a JSON sidecar NAME.meta.json with url, publisher, published
    (YYYY, YYYY-MM or YYYY-MM-DD) and language. Files that cannot be read are listed
    and skipped; the others are still converted. Exit status: 0 all converted,
    1 some files failed, 2 nothing could be written.
    """
    from .convert import convert_sources

    bar: Any = None

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

    try:
        result = convert_sources(list(sources), out, progress=progress, workers=workers)
    except EngagementsError as error:
        _fail(str(error))
        return
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for failure in result.failures:
        click.echo(f"failed: {failure}", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        f"wrote {out}: {result.articles} articles, {result.records} records"
        + (f"; {len(result.failures)} file(s) failed" if result.failures else "")
    )
    if not result.report.valid:
        _render_text(result.report)
        sys.exit(2)
    sys.exit(1 if result.failures else 0)


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="text for people, json (the library's report), github (annotations).",
)
@click.option(
    "--engine",
    type=click.Choice(["fast", "model"]),
    default="fast",
    show_default=True,
    help="fast: vectorised (polars); model: pydantic row by row, slow, the reference.",
)
def validate(path: Path, fmt: str, engine: str) -> None:
    """Validate a data package (a folder or its datapackage.json) against the engagements schema.

    Reports every problem with a stable code and its file, row, field and line.
    Exit status: 0 valid, 1 invalid, 2 could not run.
    """
    from .package.rules import FATAL_CODES
    from .package.validate import validate_package

    try:
        report = validate_package(path, engine="model" if engine == "model" else "fast")
    except (OSError, EngagementsError) as error:
        _fail(str(error))
        return
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "github":
        _render_github(report, path)
    else:
        _render_text(report)
    if report.codes() & FATAL_CODES:
        sys.exit(2)
    sys.exit(0 if report.valid else 1)


@main.command()
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Repository root: schema/ and docs/reference/ are written under it.",
)
def schema(root: Path) -> None:
    """Regenerate everything derived from the models: schema/ and docs/reference/.

    schema/json holds a JSON Schema per model, schema/tables a Table Schema per CSV;
    docs/reference holds the data dictionary and the list of validation issue codes.
    """
    from .package.docs import rendered_docs
    from .package.schema import write_schema_dir

    written = write_schema_dir(root / "schema")
    for name, text in rendered_docs().items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    click.echo(f"wrote {len(written)} files under {root / 'schema'} and {root / 'docs/reference'}")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
def extract(file: Path, fmt: str) -> None:
    """Print one article's extraction as JSON, in the shape of the evaluation corpus."""
    from .convert import extract_view

    try:
        view: dict[str, Any] = extract_view(file)
    except EngagementsError as error:
        _fail(str(error), 1)
        return
    for warning in view.get("warnings", []):
        click.echo(f"warning: {warning}", err=True)
    click.echo(json.dumps(view, ensure_ascii=False, indent=2))


def _render_text(report: Report) -> None:
    for issue in report.issues:
        click.echo(f"{issue.location}: {issue.code}: {issue.message}")
    status = "valid" if report.valid else f"invalid: {len(report.issues)} issue(s)"
    click.echo(f"{report.path}: {status} ({report.rows} rows checked)")


def _render_github(report: Report, path: Path) -> None:
    root = path if path.is_dir() else path.parent
    for issue in report.issues:
        loc = issue.location
        file = (root / loc.file).as_posix() if loc.file != str(path) else loc.file
        props = [f"file={_escape_property(file)}"]
        if loc.line is not None:
            props.append(f"line={loc.line}")
        props.append(f"title={_escape_property(issue.code)}")
        where = f" (row {loc.row}, {loc.field})" if loc.row is not None and loc.field else ""
        click.echo(f"::error {','.join(props)}::{_escape_data(issue.message + where)}")
    click.echo(f"{report.path}: {'valid' if report.valid else f'{len(report.issues)} issue(s)'}")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
