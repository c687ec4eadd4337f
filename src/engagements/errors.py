"""The few exceptions the package raises; each carries a message a user can act on."""

from __future__ import annotations


class EngagementsError(Exception):
    """Base class: the CLI prints the message (never a traceback) and exits non-zero."""


class SourceError(EngagementsError):
    """A source article cannot be read (encoding, empty, binary, oversized, bad sidecar)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class OutputError(EngagementsError):
    """The package cannot be written where asked."""
