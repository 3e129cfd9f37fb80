"""Icons from ``resources/icons`` (source tree, wheel or frozen bundle), cached.

Resolved through :func:`newsdigest.paths.resource_path`, so it works from a
checkout, an installed wheel and a PyInstaller bundle alike
(borgbase/vorta: src/vorta/utils.py ``get_asset``).  Never a compiled ``.qrc``.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from newsdigest import paths

APP_ICON = paths.APP_ID


def icon_path(name: str) -> str:
    return str(paths.resource_path("icons", f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg`` (an empty icon if missing)."""
    return QIcon(icon_path(name))


def kind_icon(kind: str) -> QIcon:
    return icon(f"kind-{kind}") if kind in ("event", "quote", "claim") else QIcon()


def app_icon() -> QIcon:
    return icon(APP_ICON)
