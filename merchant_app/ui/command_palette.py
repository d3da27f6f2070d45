"""The command palette (Ctrl+K): every action of the window, found by typing part of its name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class CommandPalette(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.actions_ = [a for a in actions if a.text()]
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(placeholderText=self.tr("Type a command…"))
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self._run_current)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._run)
        self.empty = QLabel(self.tr("No command matches."), objectName="muted")
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self._filter("")
        self.query.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.query and event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Down,
                                                                                        Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
            return True
        return super().eventFilter(obj, event)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for action in self.actions_:
            name = action.text().replace("&", "")
            if all(w in name.lower() for w in words) and action.isEnabled():
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                item = QListWidgetItem(f"{name}    {shortcut}" if shortcut else name)
                item.setData(Qt.ItemDataRole.UserRole, action)
                self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)

    def _run_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._run(item)

    def _run(self, item: QListWidgetItem) -> None:
        action: QAction = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        action.trigger()
