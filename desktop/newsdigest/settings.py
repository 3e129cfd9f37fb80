"""Preferences: one typed dataclass saved as JSON in the config folder; no Qt."""
from __future__ import annotations

import getpass
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsdigest import paths

log = logging.getLogger(__name__)
MAX_RECENT = 10


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "analyst"


@dataclass
class Preferences:
    analyst: str = field(default_factory=_os_user)
    recent_stores: list[str] = field(default_factory=list)
    last_store: str = ""
    open_when_done: bool = True

    def add_recent(self, store: str) -> None:
        """Put ``store`` first in the recent list (and make it the last store)."""
        store = str(store)
        self.recent_stores = [store] + [s for s in self.recent_stores if s != store]
        del self.recent_stores[MAX_RECENT:]
        self.last_store = store


def _file() -> Path:
    return paths.config_dir() / "preferences.json"


def load() -> Preferences:
    """Saved preferences, or defaults when none (or unreadable ones) exist."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        known = {k: v for k, v in data.items() if k in Preferences.__dataclass_fields__}
        return Preferences(**known)
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError, TypeError) as exc:
        log.warning("ignoring unreadable preferences %s: %s", _file(), exc)
        return Preferences()


def save(prefs: Preferences) -> None:
    """Write atomically so a crash never leaves half a file."""
    target = _file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)
