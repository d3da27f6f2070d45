"""Backups in the window: made on a schedule and on demand, off the UI thread, and restored from a list.

``Backups`` belongs to the main window: it backs the cache up when the newest copy is older than
``backup/every_hours`` (settings.ini, 24 by default) — checked at start and every hour — keeping
``backup/keep`` copies (7). ``RestoreDialog`` lists the copies; choosing one asks the window's host
to put it in the cache's place (``store.backup.restore``), which needs the workspace closed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ..store import backup
from . import formatting
from .bridge import run_in_background

CHECK_MS = 3_600_000


def made_at(path: Path) -> datetime:
    """When a backup was made, from its name (``<cache>-YYYYmmddTHHMMSSffffffZ.sqlite``)."""
    stamp = path.stem.rsplit("-", 1)[-1]
    return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)


class Backups(QObject):
    done = Signal(object)      # the new backup's path
    failed = Signal(str)

    def __init__(self, cache: Path, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.cache, self.settings = cache, settings
        self.running = False
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.when_due)
        self.timer.start()
        QTimer.singleShot(60_000, self.when_due)   # not in the first minute: the window has work to do

    def every_hours(self) -> float:
        return float(self.settings.value("backup/every_hours", 24))

    def keep(self) -> int:
        return max(1, int(self.settings.value("backup/keep", backup.KEEP_DEFAULT)))

    def when_due(self) -> bool:
        """Back up if the newest copy is older than the interval (or there is none)."""
        newest = next(iter(backup.backups(self.cache)), None)
        if newest is not None and (datetime.now(UTC) - made_at(newest)).total_seconds() < self.every_hours() * 3600:
            return False
        return self.now()

    def now(self) -> bool:
        if self.running:
            return False
        self.running = True
        cache, keep = self.cache, self.keep()
        run_in_background(lambda: backup.back_up(cache, keep), self._done, self._failed, self)
        return True

    def _done(self, path: Path) -> None:
        self.running = False
        self.done.emit(path)

    def _failed(self, err: Exception) -> None:
        self.running = False
        self.failed.emit(str(err))


class RestoreDialog(QDialog):
    """The cache's backups, newest first; ``chosen`` once one is picked and confirmed."""

    def __init__(self, cache: Path, parent=None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore the cache from a backup"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The cache goes back to the copy you choose; the current file is kept "
                                        "aside, not deleted. Edits not yet synced are kept and sent again. What "
                                        "the platform changed since comes back with the next sync."),
                                wordWrap=True, objectName="muted"))
        self.list = QListWidget()
        for path in backup.backups(cache):
            size = path.stat().st_size / 2**20
            text = self.tr("%1 · %2 MB").replace("%1", formatting.timestamp(made_at(path).isoformat())) \
                .replace("%2", f"{size:.1f}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No backup yet: the console makes one a day, or use “Back up the cache now”."),
                            wordWrap=True)
        self.empty.setVisible(self.list.count() == 0)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setProperty("primary", True)
        self.restore_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
