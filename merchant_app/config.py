"""Where the app keeps its files, and its settings.

Every file the app writes lives under one directory: the platform's user data directory
(platformdirs), or ``$MERCHANT_APP_HOME`` when set — for tests and portable installs.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "MerchantConsole"
HOME_ENV = "MERCHANT_APP_HOME"


def data_dir() -> Path:
    """The root of everything the app writes; created on first use."""
    override = os.environ.get(HOME_ENV)
    path = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def sandbox_dir() -> Path:
    """Databases of the embedded demo platform."""
    path = data_dir() / "sandbox"
    path.mkdir(parents=True, exist_ok=True)
    return path
