"""Shared fixtures: every test gets its own data directory; nothing touches the user's files."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _app_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MERCHANT_APP_HOME", str(tmp_path / "app-home"))
