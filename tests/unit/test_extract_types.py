"""The extractor type-checks, so mypyc can compile it (hatch_build.py).

A type error would not fail the build: the hook falls back to pure Python and
only `make` says so.  This test makes such a regression visible, and
--disallow-untyped-defs keeps every function annotated, so that a value of the
wrong type raises in the compiled build only where mypy already flagged it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_extract_package_type_checks_strictly_enough_for_mypyc():
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--disallow-untyped-defs", "--no-incremental", "newsdigest/extract"],
        cwd=DESKTOP, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
