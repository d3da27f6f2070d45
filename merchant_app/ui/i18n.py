"""Translations: Qt Linguist sources in resources/translations/*.ts, compiled to .qm with lrelease.

The .ts files are the sources people edit (with Qt Linguist or by hand). English is the source
language, so its .ts holds only the plural forms (``lupdate -pluralonly``: "%n order(s)" becomes
"1 order" / "2 orders"); every other language holds every string. A bundle (build.spec) ships
only the .qm files, compiled by ``release`` when it is built; from a source checkout the .qm is
compiled on first use into the data directory (``lrelease`` comes with PySide6) and recompiled
whenever the .ts is newer.

    python -m merchant_app.ui.i18n update     # lupdate: collect new strings from merchant_app/ui
    python -m merchant_app.ui.i18n release    # lrelease: compile every .ts next to itself
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..config import data_dir, package_dir, resources_dir

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
PACKAGE = package_dir()
RESOURCES = resources_dir()
TRANSLATIONS = RESOURCES / "translations"
_installed: list[QTranslator] = []


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    import PySide6
    candidate = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if candidate.exists():
        return str(candidate)
    raise FileNotFoundError(f"Qt's {name} was not found (it comes with PySide6)")


def compiled(lang: str) -> Path | None:
    """The .qm for a language: shipped next to the .ts, or compiled into the data directory."""
    source = TRANSLATIONS / f"merchant_console_{lang}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    target = data_dir() / "i18n" / shipped.name
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True,
                       capture_output=True)
    return target


def release(target: Path | None = None) -> list[Path]:
    """Compile every .ts into ``target`` (default: next to itself); the .qm files written. build.spec
    uses it to ship compiled translations in a bundle."""
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = (target or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Use ``lang`` (None: the system's language when translated, else English). Returns the language used."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang is None:
        system = QLocale.system().name()
        lang = system if system in LANGUAGES else ("zh_CN" if system.startswith("zh") else "en")
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    qm = compiled(lang)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    if lang == "en":
        return lang
    qt = QTranslator(app)  # Qt's own strings: dialog buttons and the like
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
        for lang in LANGUAGES:
            only_plurals = ["-pluralonly"] if lang == "en" else []
            subprocess.run([_tool("lupdate"), "-no-obsolete", *only_plurals, *sources, "-ts",
                            str(TRANSLATIONS / f"merchant_console_{lang}.ts")], check=True)
        return 0
    if argv[:1] == ["release"]:
        release()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
