"""Timestamps as stored: UTC ISO 8601 with seconds."""
from datetime import datetime, timezone


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
