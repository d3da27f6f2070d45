"""Shared by the UI tests: Qt offscreen and the real sandbox (the in-memory keyring is in tests/conftest.py).

``QT_QPA_PLATFORM`` is set before anything imports Qt, so widgets render without a display.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from tests.integration.conftest import api, sandbox, shop_db, shop_template  # noqa: F401 - fixtures


def settle(qtbot, condition, timeout: int = 20000) -> None:
    """Let the event loop run until ``condition()`` holds (sync threads report through it)."""
    qtbot.waitUntil(condition, timeout=timeout)


@pytest.fixture
def window_for(qtbot):
    """window_for(url, user) -> a main window signed in to that platform, its first sync done."""
    from PySide6.QtWidgets import QApplication

    from merchant_app.ui import i18n, theme
    from merchant_app.ui.app import demo_workspace, settings
    from merchant_app.ui.main_window import MainWindow

    opened = []

    def make(url: str, user: str = "owner", **sync_options):
        theme.apply(QApplication.instance(), "light")
        if not i18n._installed:   # English, as the app starts it (unless a test chose another language)
            i18n.install(QApplication.instance(), "en")
        options = {"feed_timeout": 1.0, "probe_min": 0.1, "probe_max": 0.5, "retry_base": 0.05, "retry_cap": 0.3}
        options.update(sync_options)
        workspace = demo_workspace(url, user, **options)
        workspace.client.max_attempts = 2
        workspace.client.backoff_base = 0.01
        workspace.sync.start()
        settle(qtbot, lambda: workspace.sync.passes >= 1 and workspace.sync.idle(), 60000)
        window = MainWindow(workspace, settings())
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window, as on a desktop
        opened.append(workspace)
        return window

    yield make
    for workspace in opened:
        workspace.close()


@pytest.fixture
def view_for(qtbot):
    """view_for(ViewClass, url, user, theme_name) -> that table view alone (no main window) on a
    workspace signed in to the platform, its first sync done, shown at 1232 x 860."""
    from PySide6.QtWidgets import QApplication

    from merchant_app.ui import i18n, theme
    from merchant_app.ui.app import demo_workspace, settings

    opened = []

    def make(view_class, url: str, user: str = "owner", theme_name: str = "light"):
        theme.apply(QApplication.instance(), theme_name)
        if not i18n._installed:   # English, as the app starts it (unless a test chose another language)
            i18n.install(QApplication.instance(), "en")
        workspace = demo_workspace(url, user, feed_timeout=1.0, probe_min=0.1, probe_max=0.5)
        opened.append(workspace)
        workspace.sync.start()
        settle(qtbot, lambda: workspace.sync.passes >= 1 and workspace.sync.idle(), 60000)
        view = view_class(workspace, settings())
        qtbot.addWidget(view)
        view.resize(1232, 860)
        view.show()
        return view

    yield make
    for workspace in opened:
        workspace.close()
