"""The main window: sidebar navigation, the views, and a status bar that always says where sync stands."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import diagnostics
from ..services import orders as order_service
from ..services.workspace import Workspace
from ..store.backup import cache_of
from ..sync.engine import SyncStatus
from . import formatting, labels, theme
from .app import defer_full_collections
from .backups import Backups, RestoreDialog
from .bridge import SyncBridge, run_in_background
from .command_palette import CommandPalette
from .conflicts import ConflictsDialog
from .diagnostics import DiagnosticsDialog
from .notifications import Notifier
from .records_view import RecordsView
from .views.audit import AuditDialog
from .views.campaigns import CampaignsView
from .views.home import HomeView
from .views.listings import ListingsView
from .views.orders import OrdersView
from .views.reviews import ReviewsView
from .views.sales import SalesView
from .views.stock import StockView
from .views.tickets import TicketsView


class MainWindow(QMainWindow):
    restoreRequested = Signal(object)
    """A backup to put in the cache's place (the window's host closes this window and reopens)."""

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        shop = workspace.shop.get("name") or self.tr("Shop")
        self.setWindowTitle(self.tr("%1 — Merchant Console").replace("%1", shop))
        self.resize(1440, 900)
        self.bridge = SyncBridge(workspace.sync.events, workspace.changes, self)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side.setFixedWidth(208)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        brand = QLabel(shop, objectName="brand")
        brand.setWordWrap(True)
        side_layout.addWidget(brand)
        who = QLabel(f"{workspace.actor.username} · {self._role_name(workspace.actor.role)}", objectName="brand")
        who.setStyleSheet("font-size: 9pt; font-weight: normal; padding-top: 0; padding-bottom: 10px;")
        side_layout.addWidget(who)
        self.sidebar = QListWidget(objectName="sidebar")
        side_layout.addWidget(self.sidebar, 1)
        self.stack = QStackedWidget()
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.views: dict[str, QWidget] = {}
        pages = (("home", self.tr("Home"), lambda: HomeView(workspace, settings, self.open_list,
                                                             lambda key: key in self.views, self)),
                 ("listings", self.tr("Listings"), lambda: ListingsView(workspace, settings, self)),
                 ("stock", self.tr("Stock"), lambda: StockView(workspace, settings, self)),
                 ("orders", self.tr("Orders"), lambda: OrdersView(workspace, settings, self)),
                 ("tickets", self.tr("After-sales"), lambda: TicketsView(workspace, settings, self)),
                 ("reviews", self.tr("Reviews"), lambda: ReviewsView(workspace, settings, self,
                                                                    open_list=self.open_list)),
                 ("campaigns", self.tr("Campaigns"), lambda: CampaignsView(workspace, settings, self)))
        if workspace.may("analytics:read"):   # revenue is for owners and merchants, not agents
            pages += (("sales", self.tr("Sales"), lambda: SalesView(workspace, settings, self)),)
        for key, label, factory in pages:
            view = factory()
            self.views[key] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self.bridge.event.connect(view.on_sync_event)
            self.bridge.changes.connect(view.on_changes)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.commands: list[QAction] = []
        for i, key in enumerate(self.views):
            label = self.sidebar.item(i).text()
            self.command(self.tr("Go to %1").replace("%1", label), f"Ctrl+{i + 1}",
                         lambda k=key: self.show_view(k))
        self.command(self.tr("Sync now"), "F5", lambda: workspace.sync.request_sync())
        self.table_commands = [
            self.command(self.tr("Search in this view"), "", lambda: self.current_view().focus_search()),
            self.command(self.tr("Export this view to CSV…"), "", lambda: self.current_view().export_csv()),
            self.command(self.tr("Clear the filters of this view"), "", lambda: self.current_view().clear_filters()),
        ]
        self.sidebar.currentRowChanged.connect(self._view_changed)
        self.command(self.tr("Change prices of the selected listings…"), "",
                     lambda: self.show_view("listings").bulk_price())
        self.command(self.tr("Import listing changes from CSV…"), "", lambda: self.show_view("listings").import_csv())
        if "orders" in self.views:
            for action, text, keys in (
                    ("ship", self.tr("Ship the selected order…"), "Ctrl+Shift+S"),
                    ("refund", self.tr("Refund the selected order…"), "Ctrl+Shift+R"),
                    ("note", self.tr("Add a note to the selected order…"), "Ctrl+Shift+N"),
                    ("confirm", self.tr("Confirm the selected order"), ""),
                    ("cancel", self.tr("Cancel the selected order…"), "")):
                if workspace.may(order_service.PERMISSION[action]):
                    self.command(text, keys, lambda a=action: self.order_action(a))
            if workspace.may("orders:fulfil"):
                self.command(self.tr("Ship orders from a CSV file…"), "", lambda: self.show_view("orders").bulk_ship())
        if "reviews" in self.views and workspace.may("reviews:write"):
            for action, text in (("reply", self.tr("Reply to the selected reviews…")),
                                 ("hide", self.tr("Hide the selected reviews…")),
                                 ("report", self.tr("Report the selected reviews…")),
                                 ("tag", self.tr("Tag the selected reviews…"))):
                self.command(text, "", lambda a=action: self.show_view("reviews").bulk(a))
            self.command(self.tr("Open a ticket from the selected review"), "",
                         lambda: self.show_view("reviews").open_ticket())
        if workspace.may("campaigns:write"):
            self.command(self.tr("Create a campaign…"), "", lambda: self.show_view("campaigns").create())
        if "sales" in self.views:
            self.command(self.tr("Open the dashboard of the selected campaign"), "",
                         lambda: self.show_view("campaigns").open_dashboard())
            self.command(self.tr("Compare the selected campaigns"), "", lambda: self.show_view("campaigns").compare())
        self.command(self.tr("Show conflicts and rejected edits"), "", self.open_conflicts)
        self.backups = Backups(cache_of(workspace.engine), settings, self)
        self.backups.done.connect(lambda path: self.statusBar().showMessage(
            self.tr("Cache backed up: %1").replace("%1", path.name), 8000))
        self.backups.failed.connect(lambda why: self.statusBar().showMessage(
            self.tr("The backup failed: %1").replace("%1", why), 15000))
        self.command(self.tr("Back up the cache now"), "", self.backups.now)
        self.command(self.tr("Show the audit log"), "", self.open_audit)
        self.command(self.tr("Diagnostics…"), "", self.open_diagnostics)
        self.command(self.tr("Restore the cache from a backup…"), "", self.open_restore)
        self.command(self.tr("Show low stock"), "", lambda: self.show_view("stock").filter_to({"stock": "low"}))
        self.command(self.tr("Show orders to ship"), "",
                     lambda: self.show_view("orders").filter_to({"status": "to_ship"}))
        self.command(self.tr("Show tickets breaching their SLA soon"), "",
                     lambda: self.show_view("tickets").filter_to({"queue": "breaching"}))
        self.command(self.tr("Show reviews awaiting a reply"), "",
                     lambda: self.show_view("reviews").filter_to({"replied": "no"}))
        self.command(self.tr("Show listings without images"), "",
                     lambda: self.show_view("listings").filter_to({"incomplete": "no_image"}))
        self.notifier = Notifier(self, settings)
        self.command(self.tr("Turn notifications of new orders and tickets on or off"), "",
                     lambda: self.notifier.set_enabled(not self.notifier.enabled))
        self.command(self.tr("Command palette"), "Ctrl+K", self.open_palette)
        # a text box would take Ctrl+K for itself (delete to the end of the line, on Linux): the palette
        # wins. The filter sits on the focused widget only: a filter on the whole application would run
        # Python for every event of every widget, each waiting for the GIL while a sync runs (it made
        # the event loop stall ~60 ms at a time)
        self._filtered: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

        self._build_status_bar()
        self.bridge.event.connect(self._on_sync_event)
        self.bridge.changes.connect(self._on_changes)
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self._refresh_status)
        self._tick.start()
        self._restore()
        self._refresh_status()

    def command(self, text: str, shortcut: str, run) -> QAction:
        """An action of the window: its shortcut works everywhere in it, and the palette lists it."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: run())
        self.addAction(action)
        self.commands.append(action)
        return action

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._filtered is not None:
            try:
                self._filtered.removeEventFilter(self)
            except RuntimeError:   # the widget is gone
                pass
            self._filtered = None
        if new is not None and self.isAncestorOf(new):
            new.installEventFilter(self)
            self._filtered = new

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and obj is self._filtered \
                and event.key() == Qt.Key.Key_K and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            return True
        return super().eventFilter(obj, event)

    def open_palette(self) -> CommandPalette:
        palette = CommandPalette([a for a in self.commands if a.text() != self.tr("Command palette")], self)
        palette.move(self.geometry().center().x() - 260, self.geometry().top() + 80)
        palette.open()
        return palette

    def _role_name(self, role: str) -> str:
        return labels.code(role)

    # --- navigation -------------------------------------------------------------------------
    def show_view(self, key: str) -> QWidget:
        index = list(self.views).index(key)
        self.sidebar.setCurrentRow(index)
        return self.views[key]

    def order_action(self, action: str) -> None:
        """An action on the order selected in the orders view; from elsewhere, the shortcut goes there first."""
        view = self.views["orders"]
        if self.current_view() is not view:
            self.show_view("orders")
            return
        view.open_action(action)

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def open_list(self, key: str, filters: dict, text: str = "") -> RecordsView | None:
        """Show a table view filtered (Home's figures, notifications); None if the role has no such view."""
        if key not in self.views:
            return None
        view = self.show_view(key)
        view.filter_to(filters, text)
        return view

    def _view_changed(self, _row: int) -> None:
        # the palette offers table commands only where there is a table
        on_table = isinstance(self.current_view(), RecordsView)
        for action in self.table_commands:
            action.setEnabled(on_table)

    # --- status bar -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.online_label = QLabel()
        self.synced_label = QLabel()
        self.pending_label = QLabel()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setToolTip(self.tr("Edits the platform did not accept as they were (Ctrl+Shift+C)"))
        self.conflicts_button.setShortcut("Ctrl+Shift+C")
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.activity_label = QLabel(objectName="muted")
        bar.addWidget(self.online_label)
        bar.addWidget(self.synced_label)
        bar.addWidget(self.pending_label)
        bar.addWidget(self.conflicts_button)
        bar.addPermanentWidget(self.activity_label)
        bar.addPermanentWidget(self.progress)

    def _on_sync_event(self, event) -> None:
        if event.kind == "pull_started":
            defer_full_collections(True)
            self.progress.show()
            self.activity_label.setText(self.tr("Syncing %1…").replace("%1", labels.code(event.resource)))
        elif event.kind == "pull_progress":
            self.activity_label.setText(self.tr("Syncing %1… %2").replace("%1", labels.code(event.resource))
                                        .replace("%2", formatting.integer(event.count)))
        elif event.kind == "status":
            defer_full_collections(False)
            self.progress.hide()
            self.activity_label.clear()
            self._show_status(event.status)
        elif event.kind in ("online", "offline", "conflict", "rejected", "push_done", "signed_out"):
            self._refresh_status()

    def _on_changes(self, _changes) -> None:
        self._refresh_status()

    def _refresh_status(self) -> None:
        run_in_background(self.workspace.sync.status, self._show_status, lambda err: None, self)

    def _show_status(self, status: SyncStatus | None) -> None:
        if status is None:
            return
        self.last_status = status
        t = theme.current()
        if not status.signed_in:
            dot, text = t.danger, self.tr("Signed out — sign in again to sync")
        elif status.online is False:
            dot, text = t.warning, self.tr("Offline — edits are kept and sent when back online")
        elif status.online:
            dot, text = t.success, self.tr("Online")
        else:
            dot, text = t.muted, self.tr("Connecting…")
        self.online_label.setText(f"<span style='color:{dot}'>●</span> {text}")
        self.online_label.setToolTip(status.last_error or "")
        self.synced_label.setText(self.tr("Last sync: %1").replace("%1", formatting.ago(status.last_sync_at)))
        self.pending_label.setText(self.tr("%n edit(s) waiting", "", status.pending) if status.pending
                                   else self.tr("All edits synced"))
        attention = status.conflicts + status.rejected
        self.conflicts_button.setVisible(bool(attention))
        self.conflicts_button.setText(self.tr("⚠ %n need(s) attention", "", attention))
        self.conflicts_button.setStyleSheet(f"color: {t.danger}; font-weight: 600; border: none;")

    def open_diagnostics(self) -> DiagnosticsDialog:
        dialog = DiagnosticsDialog(lambda: diagnostics.as_text(diagnostics.report(self.workspace,
                                                                                  {"qt": qVersion()})), self)
        dialog.open()
        return dialog

    def open_audit(self) -> AuditDialog:
        dialog = AuditDialog(self.workspace, self.settings, self)
        self.bridge.changes.connect(dialog.view.on_changes)
        dialog.finished.connect(lambda _: self.bridge.changes.disconnect(dialog.view.on_changes))
        dialog.open()
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(cache_of(self.workspace.engine), self)
        dialog.accepted.connect(lambda: dialog.chosen is not None and self.restoreRequested.emit(dialog.chosen))
        dialog.open()
        return dialog

    def tell(self, title: str, text: str) -> QMessageBox:
        """A message that does not stop the window (a rebuilt or restored cache)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()
        return box

    def announce_rebuild(self, rebuilt) -> QMessageBox:
        return self.tell(self.tr("The cache was rebuilt"), self.tr(
            "The local cache was damaged. It was set aside and a new one is being filled from the platform; "
            "%n edit(s) not yet synced were kept and will be sent.", "", rebuilt.edits_kept))

    def announce_restore(self, path, kept: int) -> QMessageBox:
        return self.tell(self.tr("The cache was restored"), self.tr(
            "The cache is back to the copy %1; %n edit(s) made since and not yet synced were kept. The next sync "
            "brings what the platform changed meanwhile.", "", kept).replace("%1", path.name))

    def open_conflicts(self) -> None:
        dialog = ConflictsDialog(self.workspace, self)
        dialog.finished.connect(lambda _: self._refresh_status())
        dialog.open()

    # --- state ------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        current = self.settings.value("window/view", "home")
        self.show_view(current if current in self.views else "home")
        self._view_changed(self.sidebar.currentRow())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        key = next((k for k, v in self.views.items() if v is self.current_view()), "home")
        self.settings.setValue("window/view", key)
        for view in self.views.values():
            view.save_state()
        self.bridge.close()
        self.notifier.close()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self._focus_changed(None, None)
        super().closeEvent(event)
