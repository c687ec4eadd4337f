"""The few exceptions the package raises; each carries a message a user can act on."""

from __future__ import annotations


class EngagementsError(Exception):
    """Base class: the CLI prints the message (never a traceback) and exits non-zero."""


class SourceError(EngagementsError):
    """A source article cannot be read (encoding, empty, binary, oversized, bad sidecar)."""

    def __init__(
        self, path: str, message: str, code: str = "source_unreadable", line: int | None = None
    ) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message
        self.code = code
        """The validator's issue code for this failure (`encoding_error`, `sidecar_invalid`, ...)."""
        self.line = line


class OutputError(EngagementsError):
    """The package cannot be written where asked."""
