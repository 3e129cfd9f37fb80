"""Build hook: compile ``newsdigest.extract`` with mypyc, or stay pure Python.

Runs for ``pip install -e .`` (the extension modules land next to the sources
in ``desktop/``, which the editable install puts on ``sys.path``) and for
ordinary wheels (they are packed into the wheel, which is then tagged for this
interpreter and platform).  Any failure -- no C compiler, no Python headers, a
type error mypyc refuses -- only prints a warning: the install goes on and the
package runs as pure Python, with identical results.

``NEWSDIGEST_PURE=1`` skips compilation (and removes modules left by an earlier
build, which would otherwise shadow edited sources).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = ("newsdigest/extract",)  # packages compiled whole, relative to desktop/


def _artifacts(src: Path) -> list[Path]:
    found = [p for pkg in COMPILED for p in (src / pkg).glob("*.so")] + \
        [p for pkg in COMPILED for p in (src / pkg).glob("*.pyd")]
    return found + list(src.glob("*__mypyc*.so")) + list(src.glob("*__mypyc*.pyd"))


def remove_compiled(src: Path) -> None:
    for p in _artifacts(src):
        p.unlink()


class MypycHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        src = Path(self.root, "desktop")
        remove_compiled(src)  # never ship or import modules built from older sources
        if os.environ.get("NEWSDIGEST_PURE"):
            self.app.display_info("newsdigest: NEWSDIGEST_PURE set, extractor stays pure Python")
            return
        modules = sorted(str(p.relative_to(src)) for pkg in COMPILED for p in (src / pkg).glob("*.py"))
        t0 = time.monotonic()
        with tempfile.TemporaryDirectory() as tmp:
            try:
                # mypyc writes its C sources and objects to ./build; keep them out of the tree
                work = Path(tmp)
                # the whole package: mypy follows the compiled modules' imports (newsdigest.domain)
                shutil.copytree(src / "newsdigest", work / "newsdigest",
                                ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
                proc = subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=work,
                                      capture_output=True, text=True, timeout=900)
                ok = proc.returncode == 0
                log = proc.stdout + proc.stderr
            except Exception as exc:  # mypy missing, timeout, ...
                ok, log = False, repr(exc)
            if ok:
                built = _artifacts(work)
                ok = any(p.name.startswith("pipeline.") for p in built)
                for p in built:
                    shutil.copy2(p, src / p.relative_to(work))
        if not ok:
            remove_compiled(src)
            tail = "\n".join(log.strip().splitlines()[-15:])
            self.app.display_warning(f"newsdigest: mypyc compilation failed, extractor stays pure Python:\n{tail}")
            return
        self.app.display_info(f"newsdigest: compiled {len(modules)} extract modules with mypyc "
                              f"in {time.monotonic() - t0:.0f} s")
        if version == "editable":
            return  # the sources directory is on sys.path: the modules are found where they are
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for p in _artifacts(src):
            build_data["force_include"][str(p)] = str(p.relative_to(src))
