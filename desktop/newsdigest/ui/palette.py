"""Light and dark palettes that follow the system colour scheme.

Fusion draws the same on every platform, and with an explicit palette the
table, chips and highlights stay readable in both schemes.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

#: Background of search hits in the table, the details and the article.
HIT_LIGHT, HIT_DARK = "#ffe066", "#8a6d00"


def is_dark() -> bool:
    """The scheme in use: ``NEWSDIGEST_THEME`` (light/dark) wins over the system's."""
    forced = os.environ.get("NEWSDIGEST_THEME", "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def hit_color() -> str:
    return HIT_DARK if is_dark() else HIT_LIGHT


#: Inline validation messages: dark red on light, a light red that stays readable on dark.
ERROR_LIGHT, ERROR_DARK = "#b00020", "#ff8a80"


def error_style() -> str:
    """Style sheet for an inline error label, in the palette the app uses now."""
    app = QApplication.instance()
    dark = app.property("newsdigest_dark") if app is not None else None
    return f"color: {ERROR_DARK if (is_dark() if dark is None else dark) else ERROR_LIGHT};"


def error_label() -> QLabel:
    """A hidden inline error label: plain text (never read as HTML), wrapped, in red."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(error_style())
    label.hide()
    return label


def apply(app: QApplication, dark: bool | None = None) -> None:
    """Use Fusion with a light or dark palette (``None``: follow the system)."""
    app.setStyle("Fusion")
    dark = is_dark() if dark is None else dark
    app.setPalette(dark_palette() if dark else light_palette())
    app.setProperty("newsdigest_dark", dark)


def follow_system(app: QApplication) -> None:
    """Switch palettes when the desktop switches between light and dark."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def light_palette() -> QPalette:
    p = QApplication.style().standardPalette() if QApplication.style() else QPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6f9f"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1f5f8f"))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3a3c40", QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#34363a",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#79b8ff", QPalette.ColorRole.Highlight: "#3d6f99",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a8d91",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6d7075"))
    return p
