"""Where things live: bundled resources and the user's data folders.

``NEWSDIGEST_HOME`` overrides every user folder (tests and portable installs
use it); otherwise platformdirs gives the platform's usual places.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "newsdigest"
APP_ID = "org.newsdigest.NewsDigest"


def resources_dir() -> Path:
    """The ``resources/`` folder: frozen bundle, installed wheel, or source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file inside ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


def _home() -> Path | None:
    home = os.environ.get("NEWSDIGEST_HOME")
    return Path(home) if home else None


def _user_dir(kind: str) -> Path:
    """``NEWSDIGEST_HOME/<kind>``, or platformdirs' user folder of that kind; created."""
    home = _home()
    if home is not None:
        path = home / kind
    else:
        import platformdirs

        finder = {"data": platformdirs.user_data_path, "config": platformdirs.user_config_path,
                  "logs": platformdirs.user_log_path}[kind]
        path = finder(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Folder of the default store."""
    return _user_dir("data")


def config_dir() -> Path:
    """Folder of preferences (JSON) and Qt window state."""
    return _user_dir("config")


def log_dir() -> Path:
    """Folder of the application's log files."""
    return _user_dir("logs")


def default_store_path() -> Path:
    """The store the app opens when none is named."""
    return data_dir() / "newsdigest.db"
