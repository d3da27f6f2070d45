"""Diagnostics and unexpected errors in the window: facts for support, nothing secret in them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .conftest import settle


def test_diagnostics_say_how_the_sync_stands_without_a_secret(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    dialog = window.open_diagnostics()
    text = dialog.text.toPlainText()
    for fact in ("app:", "online: True", "outbox:", "pending: 0", "api_latency_p50_ms:", "cache_mb:", "qt:"):
        assert fact in text, fact
    token = window.workspace.client.session.access_token
    assert token not in text
    dialog.copy()
    assert QApplication.clipboard().text() == text


def test_an_unexpected_error_is_logged_and_shown_once_and_the_window_goes_on(sandbox, window_for, qtbot):
    from merchant_app.ui.diagnostics import CrashReporter

    window = window_for(sandbox.url)
    reporter = CrashReporter(lambda: window.workspace)
    try:
        def broken():
            raise RuntimeError("a bug with Bearer abcdef123456 in it")

        QTimer.singleShot(0, broken)
        QTimer.singleShot(0, broken)
        settle(qtbot, lambda: reporter.dialog is not None and reporter.dialog.isVisible() and reporter.seen == 2)
        text = reporter.dialog.text.toPlainText()
        assert "RuntimeError: a bug with Bearer [token] in it" in text and "abcdef123456" not in text
        assert "online:" in text
        visible = [w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Something went wrong"
                   and w.isVisible()]
        assert len(visible) == 1, "one dialog, however many errors"
        assert window.isVisible()
    finally:
        reporter.uninstall()
        if reporter.dialog is not None:
            reporter.dialog.close()
