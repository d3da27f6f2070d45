"""``merchant-console --self-test``: a short end-to-end check of the console as installed or bundled.

It starts the embedded sandbox with the small demo shop, signs in as its owner with tokens held in
memory (never the OS keyring), syncs the shop into a throw-away data directory, and draws every view
of the main window (the ``--screenshot`` code, :func:`app.render_views`), checking each one shows
something. One line per step with its time; exit status 0 when every step passed, 1 otherwise. It
is what CI runs inside the PyInstaller bundle (docs/packaging.md), and tests/ui/test_self_test.py
runs it from the source checkout so it cannot rot.

Nothing the user has is touched: ``$MERCHANT_APP_HOME`` points at a temporary directory for the
run (caches, the sandbox's database, compiled translations, window settings), removed at the end.
On Linux without a display the views are drawn offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from .. import __version__
from ..config import HOME_ENV, frozen

MIN_COLOURS = 8
"""A view drawn with text in it has dozens of colours (anti-aliased glyphs); an empty or unpainted
widget has its background and perhaps a border."""

NATIVE_PLATFORM = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}
"""The Qt platform plugin a desktop session uses; the bundle must carry it even when the check itself
runs offscreen."""


class Failed(Exception):
    """A check did not hold; the message says what was seen."""


def colours(image) -> int:
    """How many distinct colours a QImage has."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(set(memoryview(rgb.constBits()).cast("I")))


def blank(image) -> str | None:
    """Why a rendered picture counts as empty, or None when it shows something."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return "nothing was drawn"
    found = colours(image)
    if found < MIN_COLOURS:
        return f"blank picture ({found} colour{'s' if found != 1 else ''})"
    return None


class Report:
    """Prints one line per step: its result, its time and what it found."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.started = time.perf_counter()
        self.passed = 0
        self.failed = 0

    def step(self, name: str, check: Callable[[], str], *, started: float | None = None) -> bool:
        """Run ``check`` (returns a detail line, raises when it does not hold); True when it passed."""
        begun = time.perf_counter() if started is None else started
        try:
            detail = check()
        except Failed as err:
            ok, detail = False, str(err)
        except Exception as err:  # noqa: BLE001 - a self-test reports every failure, carries on where it can
            first_line = (str(err).splitlines() or [""])[0]
            ok, detail = False, f"{type(err).__name__}: {first_line[:300]}"  # the traceback goes to stderr
            traceback.print_exc(file=sys.stderr)
        else:
            ok = True
        seconds = time.perf_counter() - begun
        self.passed += ok
        self.failed += not ok
        self.write(f"{'ok  ' if ok else 'FAIL'} {seconds:6.2f} s  {name}: {detail}")
        return ok

    def finish(self) -> int:
        total = time.perf_counter() - self.started
        if self.failed:
            self.write(f"self-test FAILED: {self.failed} of {self.passed + self.failed} steps in {total:.1f} s")
            return 1
        self.write(f"self-test passed: {self.passed} steps in {total:.1f} s")
        return 0


def _display_available() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _print(line: str) -> None:
    print(line, flush=True)  # a windowed build's stdout may be the null device (cli): the exit status says it


def run(write: Callable[[str], None] = _print) -> int:
    """The whole self-test; returns the exit status."""
    if sys.platform.startswith("linux") and not _display_available():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="merchant-self-test-"))
    previous_home = os.environ.get(HOME_ENV)
    os.environ[HOME_ENV] = str(home)
    report = Report(write)
    try:
        _steps(report, home)
    finally:
        if previous_home is None:
            os.environ.pop(HOME_ENV, None)
        else:
            os.environ[HOME_ENV] = previous_home
        shutil.rmtree(home, ignore_errors=True)
    return report.finish()


def since_launch() -> float | None:
    """Seconds since this process was started (the bundle's bootloader included), where the OS says: Linux."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _steps(report: Report, home: Path) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    report.write(f"self-test: merchant-console {__version__}, Python {platform.python_version()}, "
                 f"Qt {qVersion()} (PySide6 {pyside_version}), {sys.platform}, "
                 f"{'bundle' if frozen() else 'source'}")
    qt: dict = {}

    def start_qt() -> str:
        from PySide6.QtCore import QLibraryInfo

        from . import app as console  # the whole console: services, sync, store, the window's modules

        qt["app"] = app = console.application()
        platforms = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        native = NATIVE_PLATFORM.get(sys.platform)
        if native and not any(f"q{native}" in p.name for p in platforms.glob("*")):
            raise Failed(f"the {native} platform plugin is missing from {platforms.name}/")
        if app.windowIcon().pixmap(64, 64).isNull():
            raise Failed(f"the window icon could not be drawn ({console.ICON.name})")
        launched = since_launch()
        return (f"platform {app.platformName()}, {native or 'native'} plugin present, window icon drawn"
                + (f"; the application object up {launched:.2f} s after launch" if launched is not None else ""))

    def translations() -> str:
        from PySide6.QtCore import QTranslator

        from . import i18n

        found = []
        for lang in i18n.LANGUAGES:
            qm = i18n.compiled(lang)
            if qm is None:
                raise Failed(f"no translation for {lang}")
            translator = QTranslator()
            if not translator.load(str(qm)) or translator.isEmpty():
                raise Failed(f"the {lang} translation ({qm.name}) did not load")
            found.append(lang)
            shipped = qm.parent == i18n.TRANSLATIONS
        return ", ".join(found) + (" loaded as shipped" if shipped else " compiled from their .ts and loaded")

    with ExitStack() as cleanup:
        found: dict = {}

        def sandbox() -> str:
            from . import app as console

            found["server"] = server = cleanup.enter_context(console.demo_platform(live_activity=False))
            return f"the small demo shop seeded and served at {server.url}"

        def sign_in() -> str:
            from ..store import schema
            from . import app as console

            found["workspace"] = workspace = console.demo_workspace(found["server"].url, feed=False)
            cleanup.callback(workspace.close)
            with workspace.engine.connect() as conn:
                revision = schema.current_revision(conn)
            if revision != schema.head_revision():
                raise Failed(f"the cache is at revision {revision}, not {schema.head_revision()}")
            return (f"{workspace.actor.username} ({workspace.actor.role}) of {workspace.shop.get('name', '?')}, "
                    f"tokens in memory; cache migrated to revision {revision}")

        def sync() -> str:
            pulled, _ = found["workspace"].sync.run_pass()
            applied = sum(r.applied for r in pulled)
            quarantined = sum(r.quarantined for r in pulled)
            if not applied:
                raise Failed("nothing was pulled")
            if quarantined:
                raise Failed(f"{quarantined} records were quarantined")
            return f"{applied} records of {len(pulled)} kinds pulled"

        for name, check, needed in (("start", start_qt, True), ("translations", translations, False),
                                    ("sandbox", sandbox, True), ("sign in", sign_in, True), ("sync", sync, True)):
            if not report.step(name, check) and needed:
                return  # the steps after it need what it makes
        _render(report, qt["app"], found["workspace"], home)


def _render(report: Report, app, workspace, scratch: Path) -> None:
    from . import app as console
    from .records_view import RecordsView

    views = console.render_views(app, workspace, ["light"], ["en"], scratch)
    while True:
        started = time.perf_counter()
        shot = next(views, None)
        if shot is None:
            return

        def check(shot=shot) -> str:
            why = blank(shot.picture.toImage())
            if why:
                raise Failed(f"the window: {why}")
            own = shot.view.grab().toImage()
            why = blank(own)
            if why:
                raise Failed(f"the view: {why}")
            if not getattr(shot.view, "ready", True):
                raise Failed("still loading after 10 s")
            detail = f"{own.width()}×{own.height()}, {colours(own)} colours"
            if isinstance(shot.view, RecordsView):
                rows = shot.view.model.rowCount()
                if not rows:
                    raise Failed("the table is empty")
                detail += f", {rows} rows"
            return detail

        report.step(f"view {shot.key}", check, started=started)
