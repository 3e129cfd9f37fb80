"""Shared fixtures.  Qt must be told to render offscreen before it is imported."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from newsdigest.store import open_database  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(REPO, "resources", "samples", "kursk-2025.txt")


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
