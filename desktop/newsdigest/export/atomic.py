"""Atomic file output: write a temporary file beside the target, then rename.

A reader never sees a half-written brief, and a failure (full disk, missing
folder, cancelled build, a bad item) leaves no file behind and raises
:class:`ExportFailed` whose message names the file and the reason.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from newsdigest.domain.errors import ExportFailed


class Cancelled(Exception):
    """The caller's ``cancelled()`` callback asked the export to stop."""


def reason_of(exc: BaseException) -> str:
    """A short, human explanation of why an export failed."""
    if isinstance(exc, Cancelled):
        return "export cancelled"
    if isinstance(exc, FileNotFoundError):
        return "the folder does not exist"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower() if exc.strerror else str(exc)
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


@contextlib.contextmanager
def atomic_path(out_path):
    """Yield a temporary path in ``out_path``'s folder; on success move it to
    ``out_path``, on any exception delete it and raise :class:`ExportFailed`."""
    target = Path(out_path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
        yield tmp
        os.replace(tmp, target)
        tmp = None
    except ExportFailed:
        raise
    except Exception as exc:  # any failure must leave no partial file
        raise ExportFailed(f"{target}: {reason_of(exc)}") from exc
    finally:
        if tmp is not None:
            _remove(tmp)


@contextlib.contextmanager
def atomic_text(out_path, *, newline: str | None = None):
    """Like :func:`atomic_path` but yields an open UTF-8 text file."""
    with atomic_path(out_path) as tmp, open(tmp, "w", encoding="utf-8", newline=newline) as handle:
        yield handle
