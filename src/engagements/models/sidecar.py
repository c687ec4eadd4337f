"""The metadata sidecar `NAME.meta.json` beside a source article: what its text does not say."""

from __future__ import annotations

from pydantic import Field

from .base import StrictModel
from .types import LanguageCode, Line, PartialDate, Url


class ArticleMetadata(StrictModel):
    """Optional facts about one source article; each overrides what the parser reads from the text."""

    url: Url | None = Field(None, description="Where the article was published (http or https).")
    publisher: Line | None = Field(None, description="Outlet or news agency (`APA News`).")
    published: PartialDate | None = Field(
        None, description="Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, not in the future."
    )
    language: LanguageCode | None = Field(
        None, description="ISO 639-1 code; detected from the text when absent."
    )
    dateline: Line | None = Field(None, description="City of the dateline (`Le Caire`).")
