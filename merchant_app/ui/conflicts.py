"""Conflicts and rejected edits: what the sync engine could not settle alone, for the user to decide."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.conflicts import acknowledge_rejected, open_conflicts, rejected_edits, resolve
from ..services.edits import ServiceError
from ..services.workspace import Workspace
from . import labels


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Conflicts and rejected edits"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # conflicts: a list on the left, the fields side by side on the right
        page = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        QVBoxLayout(page).addWidget(split)
        self.conflict_list = QListWidget()
        split.addWidget(self.conflict_list)
        right = QWidget()
        r = QVBoxLayout(right)
        self.conflict_title = QLabel(objectName="sectionTitle", wordWrap=True)
        r.addWidget(self.conflict_title)
        r.addWidget(QLabel(self.tr("The record changed on the platform after you edited it. Choose what to keep."),
                           objectName="muted", wordWrap=True))
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("Yours"),
                                               self.tr("Platform's")])
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        r.addWidget(self.fields, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.keep_button.setProperty("primary", True)
        self.take_button.clicked.connect(lambda: self._resolve("take_theirs"))
        self.keep_button.clicked.connect(lambda: self._resolve("keep_mine"))
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        r.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        self.tabs.addTab(page, "")
        self.conflict_list.currentRowChanged.connect(self._show_conflict)

        # rejected edits
        page2 = QWidget()
        v = QVBoxLayout(page2)
        v.addWidget(QLabel(self.tr("The platform refused these changes; they were undone here. "
                                   "Read why, then put them away."), objectName="muted", wordWrap=True))
        self.rejected = QTableWidget(0, 3)
        self.rejected.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Record"), self.tr("Platform's reason")])
        self.rejected.verticalHeader().hide()
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rejected.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        v.addWidget(self.rejected, 1)
        ack = QPushButton(self.tr("Put away selected"))
        ack.clicked.connect(self._acknowledge)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(ack)
        v.addLayout(row)
        self.tabs.addTab(page2, "")

        self.error_label = QLabel(objectName="errorText", wordWrap=True)
        layout.addWidget(self.error_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.conflicts = open_conflicts(self.workspace.engine)
        self.rejections = rejected_edits(self.workspace.engine)
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace("%1", str(len(self.conflicts))))
        self.tabs.setTabText(1, self.tr("Rejected (%1)").replace("%1", str(len(self.rejections))))
        self.conflict_list.clear()
        for c in self.conflicts:
            record = c["server"] or {}
            name = record.get("title") or record.get("sku") or record.get("number") or f"#{c['record_id']}"
            QListWidgetItem(f"{labels.code(c['resource'])}: {name}", self.conflict_list)
        if self.conflicts:
            self.conflict_list.setCurrentRow(0)
        else:
            self._show_conflict(-1)
        self.rejected.setRowCount(len(self.rejections))
        for i, e in enumerate(self.rejections):
            for j, text in enumerate((labels.code(e["action"]), f"{labels.code(e['resource'])} #{e['record_id']}",
                                      e["last_error"] or "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e["id"])
                self.rejected.setItem(i, j, item)
        if not self.conflicts and self.rejections:
            self.tabs.setCurrentIndex(1)

    def _show_conflict(self, row: int) -> None:
        has = 0 <= row < len(self.conflicts)
        self.keep_button.setEnabled(has)
        self.take_button.setEnabled(has)
        if not has:
            self.conflict_title.setText(self.tr("No open conflicts."))
            self.fields.setRowCount(0)
            return
        c = self.conflicts[row]
        self.conflict_title.setText(self.conflict_list.item(row).text())
        self.fields.setRowCount(len(c["values"]))
        for i, (field, base, mine, theirs) in enumerate(c["values"]):
            for j, value in enumerate((field, _show(base), _show(mine), _show(theirs))):
                self.fields.setItem(i, j, QTableWidgetItem(value))

    def _resolve(self, choice: str) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            changes = resolve(self.workspace.engine, self.workspace.actor, self.conflicts[row]["id"], choice)
        except ServiceError as err:
            self.error_label.setText(err.message)
            return
        self.workspace.changes.emit(changes)
        self.workspace.sync.push_soon()
        self.error_label.clear()
        self.reload()

    def _acknowledge(self) -> None:
        rows = sorted({i.row() for i in self.rejected.selectionModel().selectedRows()})
        for r in rows:
            try:
                acknowledge_rejected(self.workspace.engine, self.workspace.actor,
                                     self.rejected.item(r, 0).data(Qt.ItemDataRole.UserRole))
            except ServiceError as err:
                self.error_label.setText(err.message)
        self.reload()
