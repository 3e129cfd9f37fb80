"""Errors the application reports to a person: ``str(exc)`` is the message."""
from __future__ import annotations


class AppError(Exception):
    """An expected failure with a message fit to show the user."""


class ImportFailed(AppError):
    """A file could not be read as an article.

    ``path`` names the file and ``reason`` says why, so the message always
    reads "<file>: <reason>".
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(AppError):
    """The store could not be opened, read or written."""


class ExportFailed(AppError):
    """A brief or export could not be written."""


class NotFound(AppError):
    """A requested entry, article or entity does not exist."""
