"""The Qt binding itself: a release that loses a reference on every call is refused.

PySide6 6.12.0, on Python 3.11, decrements None's reference count each time a wrapped method that
returns nothing (``QTimer.setInterval``, ``QCoreApplication.processEvents``...) is called. None is
not immortal before Python 3.12, so a session ends in "Fatal Python error: none_dealloc" after a
few thousand calls. pyproject.toml excludes that release; this test catches any other that does it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_into_qt_keep_the_reference_count_of_none(qapp):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(300):  # far fewer than None has references: a faulty binding fails here, not crashes
        timer.setInterval(5)
        QCoreApplication.processEvents()
    after = sys.getrefcount(None)
    assert after > before - 100, f"None lost {before - after} references in 600 calls into Qt"
