"""Bulk price change: percent or amount, a preview of every old → new price, then apply all or none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...services.edits import ServiceError
from ...services.listings import plan_price_change, price_steps
from ...services.workspace import UNDO_GRACE_SECONDS
from .. import formatting, theme


class BulkPriceDialog(QDialog):
    def __init__(self, workspace, listing_ids: list[int], parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.listing_ids = listing_ids
        self.plan: list[dict] = []
        self.applied: list = []
        self.setWindowTitle(self.tr("Change prices of %n listing(s)", "", len(listing_ids)))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Change by percent"), "percent")
        self.mode.addItem(self.tr("Change by amount"), "amount")
        self.mode.addItem(self.tr("Set to"), "set")
        self.value = QDoubleSpinBox(minimum=-1_000_000, maximum=1_000_000, decimals=2, value=-10)
        self.round_to = QComboBox()
        self.round_to.addItem(self.tr("No rounding"), 0)
        self.round_to.addItem(self.tr("Up to 0.10"), 10)
        self.round_to.addItem(self.tr("Up to a whole unit"), 100)
        form.addRow(self.tr("Change"), self.mode)
        form.addRow(self.tr("By"), self.value)
        form.addRow(self.tr("Round"), self.round_to)
        layout.addLayout(form)
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Listing"), self.tr("Now"), self.tr("New"),
                                                self.tr("Note")])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview, 1)
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for w in (self.mode, self.round_to):
            w.currentIndexChanged.connect(self.update_preview)
        self.value.valueChanged.connect(self.update_preview)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _currency(self) -> str:
        return self.workspace.shop.get("currency") or "CNY"

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.value.setSuffix(" %" if mode == "percent" else "")
        self.value.setMinimum(-95 if mode == "percent" else (-1_000_000 if mode == "amount" else 0.01))
        self.update_preview()

    def _value(self):
        mode = self.mode.currentData()
        if mode == "percent":
            return self.value.value()
        return round(self.value.value() * 10 ** formatting.minor_digits(self._currency()))

    def update_preview(self) -> None:
        try:
            self.plan = plan_price_change(self.workspace.engine, self.listing_ids, self.mode.currentData(),
                                          self._value(), self.round_to.currentData())
        except ServiceError as err:
            self.plan = []
            self.summary.setText(err.message)
            self.apply_button.setEnabled(False)
            return
        self.preview.setRowCount(len(self.plan))
        for i, line in enumerate(self.plan):
            currency = line["currency"] or self._currency()
            cells = [line["sku"], line["title"], formatting.money(line["old"], currency),
                     formatting.money(line["new"], currency), line["error"] or line["note"] or ""]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line["error"]:
                    item.setForeground(theme.color("danger"))
                self.preview.setItem(i, j, item)
        errors = sum(1 for line in self.plan if line["error"])
        changing = sum(1 for line in self.plan if line["new"] != line["old"] and not line["error"])
        if errors:
            self.summary.setText(self.tr("%n price(s) cannot be set; fix the change or the selection. Nothing is "
                                         "applied while any line has an error.", "", errors))
        else:
            self.summary.setText(self.tr("%n price(s) will change. They are sent after %1 seconds: until then "
                                         "you can undo.", "", changing).replace("%1", str(int(UNDO_GRACE_SECONDS))))
        self.apply_button.setEnabled(not errors and changing > 0)

    def apply(self) -> None:
        try:
            steps = price_steps(self.plan)
            self.applied = self.workspace.perform_all(steps, hold_seconds=UNDO_GRACE_SECONDS)
        except ServiceError as err:
            self.summary.setText(err.message)
            return
        self.accept()
