"""Exports of a brief: PDF, Markdown, CSV and JSON.

Deliberately light: ReportLab costs ~160 ms to import, so it is loaded only
when a PDF is actually built.  Every writer is atomic (temporary file in the
target folder, renamed when complete) and reports any failure as
:class:`~newsdigest.domain.errors.ExportFailed` ("<file>: <reason>").
"""
from __future__ import annotations

from newsdigest.domain.errors import ExportFailed

FORMATS = {"pdf": "PDF brief", "md": "Markdown", "csv": "CSV", "json": "JSON"}

__all__ = ["FORMATS", "ExportFailed", "export_items", "write_brief_pdf",
           "write_csv", "write_json", "write_markdown"]


def write_brief_pdf(items, spec, out_path, *, progress=None, cancelled=None) -> int:
    """Write the PDF brief of ``items`` to ``out_path``; return its page count.

    ``progress(done, total)`` is called as items are laid out; when
    ``cancelled()`` returns true the build stops.  On any failure (or
    cancellation) no file is left and :class:`ExportFailed` is raised.
    """
    from newsdigest.export.pdf import write_brief_pdf as _write

    return _write(items, spec, out_path, progress=progress, cancelled=cancelled)


def write_markdown(items, spec, out_path) -> None:
    """Write the brief as Markdown (same sections, numbering and citations)."""
    from newsdigest.export.markdown import write_markdown as _write

    _write(items, spec, out_path)


def write_csv(items, spec, out_path) -> None:
    """Write one CSV row per item (UTF-8 with BOM so spreadsheets read it)."""
    from newsdigest.export.tabular import write_csv as _write

    _write(items, spec, out_path)


def write_json(items, spec, out_path) -> None:
    """Write the spec, the items and the numbered sources as JSON."""
    from newsdigest.export.tabular import write_json as _write

    _write(items, spec, out_path)


def export_items(fmt: str, items, spec, out_path):
    """Write ``items`` in ``fmt`` ("pdf", "md", "csv" or "json").

    Returns the page count for a PDF, ``None`` otherwise."""
    key = (fmt or "").lower().lstrip(".")
    key = "md" if key == "markdown" else key
    writers = {"pdf": write_brief_pdf, "md": write_markdown, "csv": write_csv, "json": write_json}
    if key not in writers:
        raise ExportFailed(f"{out_path}: unknown export format {fmt!r}")
    return writers[key](items, spec, out_path)
