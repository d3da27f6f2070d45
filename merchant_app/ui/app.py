"""Starting the window: the application object, settings, theme and language, the demo shop, screenshots."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ..config import data_dir, resources_dir, sandbox_dir
from ..platform.client import PlatformClient
from ..services.workspace import Workspace
from ..store import backup, cache_path
from . import i18n, theme
from .diagnostics import CrashReporter

log = logging.getLogger(__name__)

ORGANISATION, APPLICATION = "MerchantConsole", "Merchant Console"
ICON = resources_dir() / "icons" / "merchant-console.svg"


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName(APPLICATION)
        app.setWindowIcon(QIcon(str(ICON)))
    return app


FULL_COLLECTION_EVERY = 1000


def startup_done() -> None:
    """The window is up: move everything made so far out of the garbage collector's sight.

    Start-up leaves hundreds of thousands of long-lived objects (Qt wrappers, SQLAlchemy and
    pydantic machinery). A full collection walks them all, holding the GIL for ~100 ms, and the
    sync's threads make enough garbage to trigger one every few seconds: the window froze each
    time. ``gc.freeze()`` leaves them out of later collections (measured: the longest stall of
    the event loop during a sync fell from ~100 ms to ~20 ms; see docs/performance.md).

    A sync still makes full collections of what it keeps (pages waiting to be written, cached
    rows): 15–60 ms each, every second or so on a medium shop. Objects here are freed by reference
    counting; the collector is only for cycles, so full collections are made a hundred times rarer
    (generation 2 after 1,000 collections of generation 1 instead of 10).
    """
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def defer_full_collections(syncing: bool) -> None:
    """No full garbage collection while a sync pulls (each one walked everything the pull kept alive
    for 35–60 ms on the large shop, the longest stalls left); the usual rhythm again once it is idle.
    Young generations are still collected; the rest is freed by reference counting as always."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 1_000_000_000 if syncing else FULL_COLLECTION_EVERY)


def settings() -> QSettings:
    """Window state, columns, filters: an INI file in the data directory (never a secret in it)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


@contextmanager
def demo_platform(live_activity: bool = True, progress: Callable[[str], None] | None = None):
    """The embedded sandbox with the seeded demo shop, on a free loopback port."""
    from ..sandbox.app import SandboxConfig  # the CLI and the demo are the only places that know both sides
    from ..sandbox.server import SandboxServer, open_storage

    config = SandboxConfig(db_url=f"sqlite:///{sandbox_dir() / 'demo.db'}", live_activity=live_activity)
    storage = open_storage(config, progress=progress)
    server = SandboxServer(config, storage=storage).start()
    try:
        yield server
    finally:
        server.stop()


def demo_workspace(url: str, username: str = "owner", **sync_options) -> Workspace:
    """Signed in to the demo shop with tokens held in memory only (no keyring). Its cache's key is
    made for this process and kept in memory only, so the cache is made again on each run."""
    from ..store.engine import cache_key, new_key

    client = PlatformClient(url)
    client.sign_in(username, "demo")
    shop = client.me()["shop"]
    cache = cache_path(f"demo-{username}", shop["id"])
    key = cache_key(cache)  # opened before in this process: the same cache again
    if key is None:
        backup.remove_cache(cache)  # a previous run's, whose key is gone
        key = new_key()
    engine, _ = backup.ensure_healthy(cache, key)
    return Workspace.open(engine, client, **sync_options)


def wait_for_first_sync(app: QApplication, workspace: Workspace, timeout: float = 120.0) -> None:
    """Keep the event loop turning until the engine has finished one pass."""
    deadline = time.monotonic() + timeout
    while not (workspace.sync.passes >= 1 and workspace.sync.idle()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()


def run_demo(theme_name: str | None = None, lang: str | None = None) -> int:

    app = application()
    i18n.install(app, lang)
    theme.apply(app, theme_name)
    print(QCoreApplication.translate("app", "Preparing the demo shop…"), flush=True)
    with demo_platform(progress=print) as server:
        workspace = demo_workspace(server.url)
        workspace.sync.start()
        host = Console(app)
        host.show(workspace, switchable=False)
        startup_done()
        try:
            return app.exec()
        finally:
            host.close_current()


class Console:
    """The window's life on real accounts: sign in, open the shop's workspace, switch accounts."""

    def __init__(self, app: QApplication) -> None:
        from ..accounts import AccountStore, MemoryVault

        self.app = app
        self.store = AccountStore()
        self.session_vault = MemoryVault()  # sign-ins not remembered on disk, for switching back this session
        self.workspace: Workspace | None = None
        self.account = None
        self.window = None
        self.switchable = True
        self.crashes = CrashReporter(lambda: self.workspace)

    def sign_in(self) -> bool:
        from .sign_in import SignInDialog

        dialog = SignInDialog(self.store, session_vault=self.session_vault)
        dialog.before_forget = self._forgetting
        dialog.signedIn.connect(self.open)
        return bool(dialog.exec())

    def _forgetting(self, account) -> None:
        """The shop about to be forgotten is closed first when it is the one open: its files go."""
        if self.workspace is not None and self.account is not None and self.account.key == account.key:
            self.close_current()

    def open(self, client: PlatformClient, account) -> None:
        self.close_current()
        self.account = account
        engine, rebuilt = backup.ensure_healthy(account.cache_path(), self.cache_key(account))
        workspace = Workspace.open(engine, client)
        workspace.sync.start()
        self.show(workspace)
        if rebuilt is not None:
            self.window.announce_rebuild(rebuilt)
        startup_done()

    def cache_key(self, account) -> bytes:
        """The key of the account's encrypted cache: in the OS keyring when the sign-in is remembered
        there; otherwise (not remembered, or no usable keyring — the sign-in has said so) a key for
        this session only, as for the token, and a cache of an earlier session, unreadable without its
        key, is deleted first: the shop is downloaded again."""
        from ..accounts import CACHE_KEY_ENTRY, KeyringVault, VaultUnavailable, cache_key, cache_key_of, drop_token
        from ..store.engine import is_plain

        vault = KeyringVault()
        try:
            if vault.get(account.server, account.username):
                return cache_key(account, vault)
            drop_token(vault, CACHE_KEY_ENTRY, account.cache_path().stem)  # not remembered: keep no key
        except VaultUnavailable as err:
            log.warning("The cache's key cannot be kept in the keyring (%s): this session's cache is "
                        "made again next time", err.reason)
        key = cache_key_of(account.cache_path(), self.session_vault, create=False)
        if key is None:
            if not is_plain(account.cache_path()):  # a plain one (an earlier version's) is converted instead
                backup.remove_cache(account.cache_path())
            key = cache_key(account, self.session_vault)
        return key

    def show(self, workspace: Workspace, switchable: bool = True) -> None:
        """The main window on this workspace."""
        from .main_window import MainWindow

        self.workspace, self.switchable = workspace, switchable
        self.window = MainWindow(workspace, settings())
        if switchable:
            self.window.command(QCoreApplication.translate("app", "Switch shop or account…"), "Ctrl+Shift+A",
                                self.switch)
        self.window.restoreRequested.connect(self.restore)
        self.window.show()

    def restore(self, backup_path: Path) -> None:
        """Put a backup in the cache's place: this window closes, the workspace reopens on the copy with
        the same platform client, user and shop, and a new window says what happened."""
        window, old = self.window, self.workspace
        self.window = None
        window.close()
        window.deleteLater()
        cache = backup.cache_of(old.engine)
        old.sync.stop()
        old.engine.dispose()
        engine, kept = backup.restore(cache, backup_path)
        workspace = old.on(engine)
        workspace.sync.start()
        self.show(workspace, self.switchable)
        self.window.announce_restore(backup_path, kept)

    def switch(self) -> None:
        self.sign_in()

    def close_current(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def run_console(theme_name: str | None = None, lang: str | None = None) -> int:
    """``merchant-console``: sign in (or pick a remembered account), then the main window."""
    app = application()
    i18n.install(app, lang)
    theme.apply(app, theme_name)
    console = Console(app)
    if not console.sign_in():
        return 0
    try:
        return app.exec()
    finally:
        console.close_current()


@dataclass
class RenderedView:
    key: str          # the view's key in MainWindow.views: home, listings, ...
    theme: str
    lang: str
    view: QWidget
    picture: QPixmap  # the whole window showing the view


def render_views(app: QApplication, workspace: Workspace, themes: list[str], langs: list[str], scratch: Path,
                 size=(1440, 900)) -> Iterator[RenderedView]:
    """Every view of a window on ``workspace``, with its detail pane (third row selected), per language and
    theme: what ``--screenshot`` saves and ``--self-test`` checks. The window's settings are a throw-away
    file in ``scratch``, never the user's."""
    from .main_window import MainWindow
    from .records_view import RecordsView

    settings_file = scratch / ".screenshot-settings.ini"
    try:
        for lang in langs:
            i18n.install(app, lang)
            for name in themes:
                theme.apply(app, name)
                shot_settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
                shot_settings.clear()
                window = MainWindow(workspace, shot_settings)
                window.resize(*size)
                window.show()
                try:
                    for key, view in window.views.items():
                        window.show_view(key)
                        if isinstance(view, RecordsView):
                            view.table.selectRow(min(2, max(0, view.model.rowCount() - 1)))
                        deadline = time.monotonic() + 10
                        while not getattr(view, "ready", True) and time.monotonic() < deadline:
                            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                        for _ in range(5):
                            app.processEvents()
                        yield RenderedView(key, name, lang, view, window.grab())
                finally:
                    window.close()
                    window.deleteLater()
                    app.processEvents()
    finally:
        settings_file.unlink(missing_ok=True)


def campaign_windows(app: QApplication, workspace: Workspace, themes: list[str], langs: list[str],
                     target: Path) -> list[Path]:
    """The dashboard of the campaign with the most orders, and the four busiest compared, as PNG files
    (``campaign-dashboard-…``, ``campaign-compare-…``): windows of their own, not views."""
    from sqlalchemy import text

    from .views.campaign_dashboard import CampaignComparison, CampaignDashboard

    with workspace.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text(
            "SELECT campaign_id FROM campaign_sales_daily GROUP BY 1 ORDER BY sum(orders) DESC, 1 LIMIT 4"))]
    written: list[Path] = []
    if len(ids) < 2:
        return written
    for lang in langs:
        i18n.install(app, lang)
        for name in themes:
            theme.apply(app, name)
            for key, window in (("campaign-dashboard", CampaignDashboard(workspace, ids[0])),
                                ("campaign-compare", CampaignComparison(workspace, ids))):
                window.show()
                deadline = time.monotonic() + 10
                while not window.ready and time.monotonic() < deadline:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                for _ in range(5):
                    app.processEvents()
                path = target / f"{key}-{name}-{lang}.png"
                window.grab().save(str(path))
                written.append(path)
                window.close()
                window.deleteLater()
                app.processEvents()
    return written


def screenshots(target: Path, themes: list[str], langs: list[str], size=(1440, 900)) -> list[Path]:
    """Every view with its detail pane, per theme and language, as PNG files in ``target``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with demo_platform(live_activity=False) as server:
        workspace = demo_workspace(server.url)
        workspace.sync.start()
        wait_for_first_sync(app, workspace)
        try:
            for shot in render_views(app, workspace, themes, langs, target, size):
                path = target / f"{shot.key}-{shot.theme}-{shot.lang}.png"
                shot.picture.save(str(path))
                written.append(path)
            if workspace.may("analytics:read"):
                written += campaign_windows(app, workspace, themes, langs, target)
        finally:
            workspace.close()
    return written
