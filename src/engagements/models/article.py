"""An article: the normalised text every fact points back into, with its metadata."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .base import ChecksumOf, RowRule, StrictModel, text_checksum
from .types import ArticleId, FileName, LanguageCode, Line, PartialDate, Sha256, Text, Url


class Article(StrictModel):
    """A news article after parsing: clean text, headline, credits and publication date."""

    row_rules: ClassVar[tuple[RowRule, ...]] = (ChecksumOf("text", "checksum"),)

    id: ArticleId = Field(description="Stable id: `art-` and the first 12 hex digits of the text checksum.")
    title: Line | None = Field(
        None,
        description=(
            "The headline, verbatim, when the text opens with one (an excerpt may start with body text)."
        ),
    )
    publisher: Line | None = Field(
        None, description="Outlet or news agency credited by the page or its source line (`APA News`)."
    )
    dateline: Line | None = Field(
        None, description="City of the dateline (`Le Caire`), when the article has one."
    )
    published: PartialDate | None = Field(None, description="Publication date as far as it is known.")
    language: LanguageCode = Field(description="ISO 639-1 code of the article's language.")
    url: Url | None = Field(None, description="Where the article was published, when known.")
    checksum: Sha256 = Field(description="SHA-256 of `text` encoded as UTF-8.")
    source_file: FileName = Field(description="Name of the source file in `datasets/sources/`.")
    text: Text = Field(description="Normalised article text (NFC, LF line ends, page furniture removed).")


__all__ = ["Article", "text_checksum"]
