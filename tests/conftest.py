"""Shared fixtures.  Qt must be told to render offscreen before it is imported."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from newsdigest.store import open_database  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(REPO, "resources", "samples", "kursk-2025.txt")


def pytest_sessionstart(session):
    """Modules mypyc compiled from older sources would shadow the edited ones."""
    pkg = os.path.join(REPO, "desktop", "newsdigest", "extract")
    stale = [f for f in os.listdir(pkg) if f.endswith((".so", ".pyd")) and
             os.path.getmtime(os.path.join(pkg, f)) < os.path.getmtime(os.path.join(pkg, f.split(".")[0] + ".py"))]
    if stale:
        pytest.exit(f"compiled modules older than their sources: {', '.join(sorted(stale))}; run "
                    "`make test` (recompiles) or `NEWSDIGEST_PURE=1 .venv/bin/pip install --no-deps -e .`",
                    returncode=2)


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    """Keep every test's preferences, logs and default store inside tmp_path."""
    monkeypatch.setenv("NEWSDIGEST_HOME", str(tmp_path / "home"))


@pytest.fixture
def db():
    """An in-memory store with every migration applied."""
    database = open_database(None)
    yield database
    database.close()


@pytest.fixture
def sample_path():
    return SAMPLE
