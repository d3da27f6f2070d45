"""Where the app keeps its files, and its settings.

Every file the app writes lives under one directory: the platform's user data directory
(platformdirs), or ``$MERCHANT_APP_HOME`` when set — for tests and portable installs.

The files it only reads (icons, translations, the cache's migrations) are found through
:func:`install_dir`, the one place that knows whether the app runs from a source checkout or from
a PyInstaller bundle (build.spec, docs/packaging.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "MerchantConsole"
HOME_ENV = "MERCHANT_APP_HOME"


def frozen() -> bool:
    """Running from a PyInstaller bundle rather than from Python and a source checkout."""
    return bool(getattr(sys, "frozen", False))


def install_dir() -> Path:
    """Where the files the app ships with are: the bundle's data directory when frozen
    (``sys._MEIPASS``: ``_internal/`` beside the executable, ``Contents/Frameworks`` in a macOS
    .app), else the root of the source checkout. Both hold ``resources/`` and ``merchant_app/``."""
    if frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """``resources/``: icons and translations (compiled .qm files in a bundle, .ts sources in a checkout)."""
    return install_dir() / "resources"


def package_dir() -> Path:
    """The ``merchant_app`` package's files on disk (a bundle carries the few it reads as data, such as
    the Alembic migrations, which Alembic loads from their .py sources)."""
    return install_dir() / "merchant_app" if frozen() else Path(__file__).resolve().parent


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
