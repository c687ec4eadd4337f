"""What the issue codes mean, and the messages both validation engines give for them.

Both engines report at most one cell issue per (row, column): the first rule broken, in the
order pydantic applies them (length, pattern, enum, then text and date checks).
"""

from __future__ import annotations

from .identity import IDENTITY_CODES
from .spec import Column
from .support import SUPPORT_CODES

CODES: dict[str, str] = {
    # package and files
    "package_not_found": "no datapackage.json at the given path",
    "descriptor_not_json": "datapackage.json is not valid JSON",
    "descriptor_invalid": "datapackage.json lacks a required property",
    "unsafe_path": "a resource path is absolute, remote or leaves the package",
    "unknown_resource": "a resource that is not a table of the schema",
    "resource_missing": "a table of the schema is not declared",
    "schema_mismatch": "a resource declares other fields, types, constraints or keys than the schema",
    "descriptor_mismatch": "a descriptor property (dialect, encoding, profile) that convert never writes",
    "file_missing": "a declared file (or engagements.json) does not exist",
    "file_too_large": (
        "a file is over its size limit (datapackage.json 10 MiB, a table read whole 2 GiB, a file read "
        "in pieces 1 TiB)"
    ),
    "special_file": "a FIFO, device or socket where a file belongs (never read: it could block for ever)",
    "repeated_key": "a JSON or YAML object with the same key twice (readers disagree on which wins)",
    "number_too_long": "a JSON or YAML integer of more than 64 digits",
    "too_many_issues": "issues past the first 10,000, counted by code but not listed",
    "empty_file": "a file is empty",
    "byte_order_mark": "a file starts with a UTF-8 BOM",
    "encoding_error": "a file is not UTF-8",
    "crlf_line_endings": "a file has CR line endings",
    "csv_malformed": "a row has the wrong number of cells or broken quoting",
    "json_invalid": "engagements.json is not UTF-8 JSON",
    "json_mismatch": "engagements.json holds other records than the tables",
    "table_out_of_order": (
        "a table checked in pieces is not in id order and over the limit of files read whole, "
        "too large to sort for the engagements.json comparison"
    ),
    "missing_column": "a column of the schema is missing",
    "extra_column": "a column not in the schema",
    "duplicate_column": "a column appears twice",
    "column_order": "columns are not in schema order",
    # cells
    "required": "a required value is empty",
    "type_error": "a value is not of the column's type",
    "too_short": "a value is shorter than allowed",
    "too_long": "a value is longer than allowed",
    "pattern_mismatch": "a value does not match the column's pattern",
    "enum_mismatch": "a value is not one of the allowed values",
    "out_of_range": "a number is outside the allowed range",
    "invalid_date": "a well-formed date that does not exist (2025-02-30, year 0000)",
    "control_character": "text holds a control character",
    "invisible_character": "text holds a character that does not show (bidi control, zero-width, ...)",
    "untrimmed": "text starts or ends with whitespace",
    "not_nfc": "text is not NFC-normalised",
    "formula_like": "text a spreadsheet would run as a formula",
    # rows
    "date_order": "a start date after its end date",
    "span_order": "an evidence span that ends before it starts",
    "precision_mismatch": "a date precision that disagrees with the date",
    "exactly_one": "not exactly one of alternative references is set",
    "checksum_mismatch": "an article checksum that does not match its text",
    # tables
    "duplicate_key": "a primary key value seen on an earlier row",
    "dangling_reference": "a reference to a record that does not exist",
    "too_few": "a record with fewer child rows than required",
    "span_out_of_bounds": "an evidence span that ends past its article text",
    "quote_mismatch": "an evidence quote that differs from the article text at its span",
    "unknown_field": "evidence naming a field its subject does not have (down to the leaf: `roles[0].x`)",
    "field_index_out_of_range": (
        "evidence naming a list item its subject does not have (`titles[general]`, no such title)"
    ),
    # evidence that supports its value (package/support.py)
    **SUPPORT_CODES,
    # identity: redirects and judgements (package/identity.py)
    **IDENTITY_CODES,
    # submissions: the layout of a checkout (fixed; a pull request cannot change it)
    "checkout_layout": "a folder of the checkout layout (datasets/sources, ...) missing, a file or a link",
    "unexpected_package": "a second datapackage.json in a checkout, outside datasets/engagements",
    # submissions: sources (datasets/sources)
    "source_unreadable": "a source or corrections file cannot be read (a broken link, no permission)",
    "binary_file": "an article file is binary, not text",
    "no_text": "an article file holds nothing but page furniture",
    "sidecar_invalid": "a sidecar NAME.meta.json is not valid JSON or breaks its schema",
    "orphan_sidecar": "a sidecar without its article NAME.txt",
    "unexpected_file": "a file that does not belong in the sources or corrections folder",
    "bad_file_name": "a file name with characters outside letters, digits, `.`, `-`, `_`",
    "name_collision": "two file names that differ only by case",
    "path_outside_repository": "a link that leads out of the repository",
    "published_in_future": "a publication date after today",
    "duplicate_text": "the same article text under two file names",
    "duplicate_url": "two articles with the same url",
    # submissions: corrections (datasets/corrections)
    "corrections_syntax": "a corrections file is not valid YAML or JSON",
    "yaml_unsafe_tag": "a YAML tag that would construct an object (`!!python/...`)",
    "yaml_alias_limit": "YAML aliases that expand beyond the limit (an alias bomb)",
    "nesting_too_deep": "a corrections file nested beyond the limit",
    "correction_invalid": "a correction that breaks the corrections schema or the models",
    "duplicate_correction": "a correction id used twice",
    "correction_article_missing": "a correction quoting an article that is not in the sources",
    "correction_span_mismatch": "a correction span whose quote differs from the article text",
    "correction_target_missing": "a correction whose target is no longer extracted",
    "correction_target_mismatch": "a correction whose target is not extracted from the quoted article",
    "correction_redundant": "a correction the extraction already satisfies",
    "accessed_in_future": "external evidence read on a day after today",
    # submissions: the committed package against a rebuild
    "rebuild_skipped": "the package was not compared with a rebuild (fix the other problems first)",
    "rebuild_unavailable": "the package could not be compared with a rebuild: the `extract` extra is missing",
    "rebuild_extra_file": "a package file that convert does not build",
    "rebuild_missing_file": "a package file that convert builds but is not committed",
    "rebuild_file_differs": "a package file that differs from the rebuild",
    "rebuild_extra_row": "a row that convert does not build (added by hand)",
    "rebuild_missing_row": "a row that convert builds but the committed file lacks",
    "rebuild_cell_differs": "a cell that differs from the rebuild (edited by hand)",
}
"""Every issue code, with what it means. Codes are stable: never rename one, only add."""

FATAL_CODES = frozenset({"package_not_found", "rebuild_unavailable"})
"""Codes meaning validation could not run at all (exit status 2)."""


def cell_message(code: str, column: Column) -> str:
    """What is wrong with a cell and what was expected, the same from both engines."""
    if code == "required":
        return f"{column.name} is required"
    if code == "type_error":
        return {
            "integer": "expected an integer (at most 18 digits)",
            "number": "expected a number",
            "array": "expected a JSON array of strings",
        }.get(column.type, "expected text")
    if code == "too_short":
        return f"shorter than {column.min_length} characters"
    if code == "too_long":
        return f"longer than {column.max_length} characters"
    if code == "pattern_mismatch":
        return f"does not match {column.pattern}"
    if code == "enum_mismatch":
        values = ", ".join((column.enum or ())[:12])
        return f"expected one of: {values}{', ...' if len(column.enum or ()) > 12 else ''}"
    if code == "out_of_range":
        return f"expected a value from {column.minimum} to {column.maximum}"
    if code == "invalid_date":
        return "not a real calendar date"
    return CODES[code]
