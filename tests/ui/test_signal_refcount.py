"""Guard against PySide6 6.12.0 on Python 3.11, where every emit drops a reference to True.

The process then dies with "Fatal Python error: bool_dealloc" after a few
hundred emits (see /work/shared/tools/pyside_refcount_check.py); pyproject
pins PySide6 below 6.12 and this test fails loudly if that pin is lifted.
"""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal

EMITS = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Obj(QtCore.QObject):
    sig = QtCore.Signal(int)
seen = []
o = Obj()
o.sig.connect(lambda v: seen.append(v) if v % 10000 == 0 else None)
for i in range(100000):
    o.sig.emit(i)
print("survived", len(seen))
"""


class _Emitter(QObject):
    fired = Signal(int)


def test_100k_emits_in_a_subprocess_survive():
    proc = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "survived 10" in proc.stdout
    assert "Fatal Python error" not in proc.stderr


def test_emitting_keeps_the_refcount_of_true(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(1000):
        emitter.fired.emit(i)
    assert len(received) == 1000
    assert sys.getrefcount(True) >= before
