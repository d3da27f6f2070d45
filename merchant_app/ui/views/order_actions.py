"""What a merchant does to an order: confirm, ship (all or some units), cancel, refund, note — and
ship many orders from a carrier's CSV file.

Each dialog collects the input, hands it to the services layer off the UI thread
(``Workspace.perform``) and closes only when the change is made; a refusal stays in the dialog with
its reason, and nothing is changed. The order's own rules (what may happen now, and why not) come
from ``services.orders.refusal``, so a button is disabled for the same reason the service refuses.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...services import orders as order_service
from ...services.edits import ServiceError
from ...services.imports import guess_mapping
from .. import formatting, labels, theme
from ..bridge import run_in_background
from .csv_import import CsvImportDialog


class ActionDialog(QDialog):
    """A form that performs one service action on an order and closes when it is made."""

    action = ""

    def __init__(self, workspace, order: dict, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.order = workspace, order
        self.currency = order.get("currency") or workspace.shop.get("currency") or "CNY"
        self.changes = None
        self.layout_ = QVBoxLayout(self)
        self.error = QLabel(objectName="errorText", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.ok_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def ok_text(self) -> str:
        raise NotImplementedError

    def params(self) -> dict:
        """The request, or raise ServiceError with a message for the user."""
        raise NotImplementedError

    def money(self, amount: int) -> str:
        return formatting.money(amount, self.currency)

    def submit(self) -> None:
        try:
            params = self.params()
        except ServiceError as err:
            self.error.setText(err.message)
            return
        self.ok_button.setEnabled(False)
        self.error.clear()
        run_in_background(self.work(params), self._done, self._failed, self)

    def work(self, params: dict):
        """The change as a call to run off the UI thread: this dialog's one action on its record (a
        dialog acting on several records makes them all or none with ``perform_all``)."""
        action, record_id = self.service_action(), self.target_id()
        return lambda: self.workspace.perform(action, record_id, **params)

    def service_action(self) -> str:
        return f"orders.{self.action}"

    def target_id(self) -> int:
        return self.order["id"]

    def _done(self, changes) -> None:
        self.changes = changes
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(labels.service_error(err, self.action) if isinstance(err, ServiceError)
                           else self.tr("The change could not be saved: %1").replace("%1", str(err)))

    def line_table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin boxes take the keyboard, not the cells
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def add_line_row(self, table: QTableWidget, line: dict, cells: list[str], most: int) -> QSpinBox:
        """A row of ``cells`` for a line, ending in a spin box of 0 … ``most`` units (set to ``most``)."""
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
        spin = QSpinBox(minimum=0, maximum=most, value=most)
        spin.setProperty("line_id", line["id"])
        table.setCellWidget(row, len(cells), spin)
        return spin


class ConfirmDialog(ActionDialog):
    action = "confirm"

    def __init__(self, workspace, order: dict, parent=None) -> None:
        super().__init__(workspace, order, parent)
        self.setWindowTitle(self.tr("Confirm order %1").replace("%1", order["number"]))
        self.layout_.addWidget(QLabel(self.tr("Order %1 is paid. Confirming it tells the customer it is being "
                                              "prepared, and it moves to Processing.").replace("%1", order["number"]),
                                      wordWrap=True))
        self.finish_layout()

    def ok_text(self) -> str:
        return self.tr("Confirm order")

    def params(self) -> dict:
        return {}


class ShipDialog(ActionDialog):
    """Carrier, tracking number and how many units of each line go in this parcel."""

    action = "ship"

    def __init__(self, workspace, order: dict, parent=None, settings: QSettings | None = None) -> None:
        super().__init__(workspace, order, parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Ship order %1").replace("%1", order["number"]))
        self.resize(640, 480)
        form = QFormLayout()
        self.carrier = QComboBox(editable=True)
        self.carrier.addItems(order_service.CARRIERS.get(self.currency, order_service.CARRIERS["CNY"]))
        last = settings.value("orders/last_carrier") if settings is not None else None
        if last:
            self.carrier.setCurrentText(str(last))
        self.tracking = QLineEdit(placeholderText=self.tr("As printed on the label"))
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Tracking number"), self.tracking)
        self.layout_.addLayout(form)
        self.layout_.addWidget(QLabel(self.tr("Units in this shipment (fewer than ordered: a partial shipment)"),
                                      objectName="muted", wordWrap=True))
        self.lines = self.line_table([self.tr("SKU"), self.tr("Product"), self.tr("Ordered"), self.tr("Shipped"),
                                      self.tr("Ship now")])
        self.spins: list[QSpinBox] = []
        for line in order["lines"]:
            left = order_service.to_ship(line)
            if left:
                self.spins.append(self.add_line_row(self.lines, line, [
                    line["sku"], line["title"], formatting.integer(line["quantity"]),
                    formatting.integer(line.get("fulfilled_quantity", 0))], left))
        self.layout_.addWidget(self.lines, 1)
        self.risk_check = QCheckBox(self.tr("This order is high risk. I checked the payment and the shipping "
                                            "address: ship it."))
        self.risk_check.setStyleSheet(f"color: {theme.current().danger}; font-weight: 600;")
        self.risk_check.setVisible(order.get("risk_level") == "high")
        self.layout_.addWidget(self.risk_check)
        self.finish_layout()
        self.tracking.setFocus()

    def ok_text(self) -> str:
        return self.tr("Ship")

    def params(self) -> dict:
        if not self.carrier.currentText().strip():
            raise ServiceError("carrier_required", self.tr("Name the carrier."), "carrier")
        if not self.tracking.text().strip():
            raise ServiceError("tracking_required", self.tr("Enter the tracking number."), "tracking_number")
        lines = [{"line_id": s.property("line_id"), "quantity": s.value()} for s in self.spins if s.value()]
        if not lines:
            raise ServiceError("nothing_chosen", self.tr("Choose at least one unit to ship."), "lines")
        if self.risk_check.isVisible() and not self.risk_check.isChecked():
            raise ServiceError("risk_not_confirmed", self.tr("Tick the box to confirm that this high-risk order "
                                                             "ships."), "risk_confirmed")
        if self.settings is not None:  # offered first next time
            self.settings.setValue("orders/last_carrier", self.carrier.currentText().strip())
        return {"carrier": self.carrier.currentText(), "tracking_number": self.tracking.text(), "lines": lines,
                "risk_confirmed": self.risk_check.isChecked()}


class ReasonDialog(ActionDialog):
    """An action that needs a reason, picked from the usual ones or written."""

    def reason_box(self, reasons: list[str]) -> QComboBox:
        box = QComboBox(editable=True)
        box.addItems(reasons)
        box.setCurrentIndex(-1)
        box.lineEdit().setPlaceholderText(self.tr("Pick or write a reason"))
        return box

    def reason(self, box: QComboBox) -> str:
        text = box.currentText().strip()
        if not text:
            raise ServiceError("reason_required", self.tr("Give a reason."), "reason")
        return text


class CancelDialog(ReasonDialog):
    action = "cancel"

    def __init__(self, workspace, order: dict, parent=None) -> None:
        super().__init__(workspace, order, parent)
        self.setWindowTitle(self.tr("Cancel order %1").replace("%1", order["number"]))
        paid = order_service.refundable_amount(order)
        text = (self.tr("The customer is refunded %1 in full, and the reserved stock becomes available again.")
                .replace("%1", self.money(paid)) if paid else
                self.tr("The order is not paid: nothing is refunded. The reserved stock becomes available again."))
        self.layout_.addWidget(QLabel(text, wordWrap=True))
        form = QFormLayout()
        self.reason_edit = self.reason_box([self.tr("Customer asked to cancel"), self.tr("Out of stock"),
                                            self.tr("Suspected fraud"), self.tr("Payment problem"),
                                            self.tr("Duplicate order")])
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.layout_.addLayout(form)
        self.finish_layout()

    def ok_text(self) -> str:
        return self.tr("Cancel order")

    def params(self) -> dict:
        return {"reason": self.reason(self.reason_edit)}


class RefundDialog(ReasonDialog):
    """Refund by line (the amount follows the units chosen) or an amount alone; restock what came back."""

    action = "refund"

    def __init__(self, workspace, order: dict, parent=None) -> None:
        super().__init__(workspace, order, parent)
        self.setWindowTitle(self.tr("Refund order %1").replace("%1", order["number"]))
        self.resize(680, 520)
        self.most = order_service.refundable_amount(order)
        self.layout_.addWidget(QLabel(self.tr("Paid %1; refunded so far %2; at most %3 can still be refunded.")
                                      .replace("%1", self.money(order["paid_total"]))
                                      .replace("%2", self.money(order["refunded_total"]))
                                      .replace("%3", self.money(self.most)), wordWrap=True))
        self.lines = self.line_table([self.tr("SKU"), self.tr("Product"), self.tr("Line total"), self.tr("Refunded"),
                                      self.tr("Refund now")])
        self.spins: list[tuple[QSpinBox, dict]] = []
        for line in order["lines"]:
            left = order_service.refundable_units(line)
            if left:
                spin = self.add_line_row(self.lines, line, [
                    line["sku"], line["title"], self.money(line["total"]),
                    formatting.integer(line.get("refunded_quantity", 0))], left)
                spin.setValue(0)
                spin.valueChanged.connect(self._units_changed)
                self.spins.append((spin, line))
        self.layout_.addWidget(self.lines, 1)
        form = QFormLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Choose units above, or type an amount"))
        self.amount.textEdited.connect(lambda _: setattr(self, "_typed", True))
        self._typed = False
        everything = QPushButton(self.tr("Refund everything left (%1)").replace("%1", self.money(self.most)))
        everything.clicked.connect(self.refund_everything)
        self.reason_edit = self.reason_box([self.tr("Returned by the customer"), self.tr("Damaged in transit"),
                                            self.tr("Wrong item sent"), self.tr("Late delivery"),
                                            self.tr("Goodwill gesture")])
        self.restock = QCheckBox(self.tr("Put returned units back in stock"))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(everything)
        form.addRow(self.tr("Amount"), amount_row)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.restock)
        self.layout_.addLayout(form)
        self.finish_layout()
        self._units_changed()

    def ok_text(self) -> str:
        return self.tr("Refund")

    def chosen(self) -> list[dict]:
        return [{"line_id": line["id"], "quantity": spin.value()} for spin, line in self.spins if spin.value()]

    def _units_changed(self) -> None:
        returned = sum(order_service.returned_units(line, spin.value()) for spin, line in self.spins)
        self.restock.setEnabled(returned > 0)
        if not returned:
            self.restock.setChecked(False)
        self.restock.setToolTip(self.tr("%n unit(s) chosen had shipped and can go back on the shelf.", "", returned))
        if not self._typed:
            amount = min(self.most, sum(order_service.line_refund(line, spin.value()) for spin, line in self.spins))
            self.amount.setText(formatting.money(amount, self.currency) if amount else "")

    def refund_everything(self) -> None:
        for spin, _ in self.spins:
            spin.setValue(spin.maximum())
        self._typed = True
        self.amount.setText(formatting.money(self.most, self.currency))

    def params(self) -> dict:
        amount = formatting.parse_money(self.amount.text(), self.currency)
        if amount is None or amount <= 0:
            raise ServiceError("invalid_amount", self.tr("Enter the amount to refund."), "amount")
        if amount > self.most:
            raise ServiceError("refund_exceeds_paid", self.tr("At most %1 can still be refunded.")
                               .replace("%1", self.money(self.most)), "amount")
        return {"amount": amount, "reason": self.reason(self.reason_edit), "lines": self.chosen(),
                "restock": self.restock.isChecked()}


class NoteDialog(ActionDialog):
    action = "add_note"

    def __init__(self, workspace, order: dict, parent=None) -> None:
        super().__init__(workspace, order, parent)
        self.setWindowTitle(self.tr("Note on order %1").replace("%1", order["number"]))
        self.layout_.addWidget(QLabel(self.tr("Internal: colleagues see it in the timeline, the customer does not."),
                                      objectName="muted", wordWrap=True))
        self.body = QPlainTextEdit()
        self.layout_.addWidget(self.body, 1)
        self.finish_layout()
        self.body.setFocus()

    def ok_text(self) -> str:
        return self.tr("Add note")

    def params(self) -> dict:
        if not self.body.toPlainText().strip():
            raise ServiceError("empty_text", self.tr("Write the note first."), "body")
        return {"body": self.body.toPlainText()}


DIALOGS = {"confirm": ConfirmDialog, "ship": ShipDialog, "cancel": CancelDialog, "refund": RefundDialog,
           "note": NoteDialog}


class BulkShipDialog(CsvImportDialog):
    """Orders shipped from a CSV file (order number, carrier, tracking number), all or none."""

    fields = order_service.SHIP_FIELDS

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Ship orders from a CSV file"))

    def intro(self) -> str:
        return self.tr("Each row ships everything an order has left to ship, with the carrier and tracking number "
                       "given. Nothing ships while any row has a problem.")

    def field_names(self) -> dict[str, str]:
        return {"order_number": self.tr("Order number"), "carrier": self.tr("Carrier"),
                "tracking_number": self.tr("Tracking number")}

    def apply_text(self) -> str:
        return self.tr("Ship")

    def add_options(self, layout: QVBoxLayout) -> None:
        self.risk_check = QCheckBox(self.tr("Ship high-risk orders in the file too: I checked them"))
        self.risk_check.setStyleSheet(f"color: {theme.current().danger}; font-weight: 600;")
        self.risk_check.toggled.connect(lambda _: self._mapping_changed())
        self.risk_check.hide()
        layout.addWidget(self.risk_check)

    def guess(self, header: list[str]) -> dict[str, str]:
        return guess_mapping(header, order_service.SHIP_HEADER_NAMES)

    def make_plan(self, rows: list[dict], mapping: dict[str, str]):
        return order_service.plan_bulk_ship(self.workspace.engine, self.workspace.actor, rows, mapping,
                                            ship_high_risk=self.risk_check.isChecked())

    def _checked(self, plan) -> None:
        super()._checked(plan)
        if plan.high_risk:
            self.risk_check.show()
            self.risk_check.setText(self.tr("Ship the %n high-risk order(s) in the file too: I checked them", "",
                                            len(plan.high_risk)) + f" ({labels.join(plan.high_risk[:5])}"
                                    + ("…)" if len(plan.high_risk) > 5 else ")"))

    def ready_text(self, plan) -> str:
        return self.tr("Ready: %n order(s) to ship.", "", len(plan.steps))
