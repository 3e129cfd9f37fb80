"""Registers the bundled DejaVu fonts with ReportLab (once per process).

DejaVu covers Latin, Cyrillic, Greek and typographic punctuation, and is
embedded (subset) in every PDF, so names such as "Владимир Путин" and curly
quotes print on any machine.
"""
from __future__ import annotations

import threading

from newsdigest.paths import resource_path

SANS = "DejaVuSans"
SERIF = "DejaVuSerif"

_FILES = {
    SANS: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    SERIF: ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
}
_lock = threading.Lock()
_done = False


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of one face, e.g. ``DejaVuSans-Bold``."""
    suffix = {(False, False): "", (True, False): "-Bold",
              (False, True): "-Italic", (True, True): "-BoldItalic"}[(bold, italic)]
    return family + suffix


def register_fonts() -> None:
    """Register both families so ``<b>``/``<i>`` in Paragraphs pick the right
    face.  Safe to call repeatedly and from worker threads."""
    global _done
    if _done:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _done:
            return
        for family, files in _FILES.items():
            names = [face(family), face(family, True), face(family, False, True), face(family, True, True)]
            for name, filename in zip(names, files):
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names):
                addMapping(family, bold, italic, name)
        _done = True
