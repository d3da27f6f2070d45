"""What an agent does on a ticket besides writing: approve a return, receive it (restock and refund in
one step). Replies, assignment, state and priority are in the tickets view itself (the composer and
the action menus); these two need a form.

Like the order dialogs, each hands its input to the services layer off the UI thread and closes
only when the change is made; a refusal stays in the dialog with its reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit

from ...services import orders as order_service
from ...services import tickets as ticket_service
from ...services.edits import ServiceError
from ...store import queries
from .. import formatting
from .order_actions import ActionDialog


class TicketDialog(ActionDialog):
    """An ActionDialog on a ticket (and its order, for the lines and the money)."""

    def __init__(self, workspace, ticket: dict, order: dict, parent=None) -> None:
        self.ticket = ticket
        super().__init__(workspace, order, parent)

    def service_action(self) -> str:
        return f"tickets.{self.action}"

    def target_id(self) -> int:
        return self.ticket["id"]


class ApproveReturnDialog(TicketDialog):
    """Which shipped units the customer sends back: the RMA's expected items."""

    action = "approve_return"

    def __init__(self, workspace, ticket: dict, order: dict, parent=None) -> None:
        super().__init__(workspace, ticket, order, parent)
        self.setWindowTitle(self.tr("Approve a return for %1").replace("%1", ticket["number"]))
        self.resize(640, 420)
        self.layout_.addWidget(QLabel(self.tr("Choose the units the customer sends back. The ticket then waits for "
                                              "the parcel, and the RMA number goes on it."), wordWrap=True))
        self.lines = self.line_table([self.tr("SKU"), self.tr("Product"), self.tr("Shipped"), self.tr("Can return"),
                                      self.tr("Return")])
        wanted = set(ticket.get("line_ids") or [])
        self.spins = []
        for line in order["lines"]:
            most = ticket_service.returnable(line)
            if most:
                spin = self.add_line_row(self.lines, line, [line["sku"], line["title"],
                                                            formatting.integer(line.get("fulfilled_quantity", 0)),
                                                            formatting.integer(most)], most)
                if wanted and line["id"] not in wanted:  # the lines the customer named, when they did
                    spin.setValue(0)
                self.spins.append(spin)
        self.layout_.addWidget(self.lines, 1)
        self.finish_layout()

    def ok_text(self) -> str:
        return self.tr("Approve return")

    def params(self) -> dict:
        items = [{"line_id": s.property("line_id"), "quantity": s.value()} for s in self.spins if s.value()]
        if not items:
            raise ServiceError("nothing_chosen", self.tr("Choose the units the customer sends back."), "items")
        return {"items": items}


class ReceiveReturnDialog(TicketDialog):
    """The parcel arrived: put the items back in stock and refund them, in one step."""

    action = "receive_return"

    def __init__(self, workspace, ticket: dict, order: dict, parent=None) -> None:
        super().__init__(workspace, ticket, order, parent)
        rma = ticket["rma"]
        self.setWindowTitle(self.tr("Receive return %1").replace("%1", rma["number"]))
        lines = {line["id"]: line for line in order["lines"]}
        items = [(lines[i["line_id"]], i["quantity"]) for i in rma["items"] if i["line_id"] in lines]
        text = "<br>".join(self.tr("%1 × %2").replace("%1", formatting.integer(q))
                           .replace("%2", f"{line['sku']} · {line['title']}") for line, q in items)
        self.layout_.addWidget(QLabel(self.tr("Expected in the parcel:") + "<br>" + text, wordWrap=True))
        self.exchange = ticket["type"] == "exchange"
        self.sends: dict[int, QComboBox] = {}
        if self.exchange:
            self._add_replacements(items)
        self.most = order_service.refundable_amount(order)
        suggested = 0 if self.exchange else min(self.most, sum(order_service.line_refund(line, q) for line, q in items))
        form = QFormLayout()
        self.restock = QCheckBox(self.tr("Put the returned units back in stock"), checked=True)
        self.refund_check = QCheckBox(self.tr("Refund the customer"), checked=suggested > 0)
        self.amount = QLineEdit(formatting.money(suggested, self.currency) if suggested else "")
        self.refund_check.toggled.connect(self.amount.setEnabled)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.refund_check)
        amount_row.addWidget(self.amount, 1)
        self.reason = QLineEdit(self.tr("Return received"))
        form.addRow("", self.restock)
        form.addRow(self.tr("Refund"), amount_row)
        form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addLayout(form)
        self.layout_.addWidget(QLabel(self.tr("At most %1 can still be refunded on order %2.")
                                      .replace("%1", self.money(self.most)).replace("%2", order["number"]),
                                      objectName="muted", wordWrap=True))
        may_refund = workspace.may("orders:refund")
        self.refund_check.setEnabled(may_refund and self.most > 0)
        self.amount.setEnabled(self.refund_check.isChecked() and self.refund_check.isEnabled())
        if not may_refund or self.most <= 0:
            self.refund_check.setChecked(False)
        self.finish_layout()

    def _add_replacements(self, items: list[tuple[dict, int]]) -> None:
        """An exchange: which size or colour goes back to the customer for each returned line."""
        self.layout_.addWidget(QLabel(self.tr("The platform creates a replacement order, at no charge, that ships "
                                              "like any order. Send instead:"), wordWrap=True))
        form = QFormLayout()
        with self.workspace.engine.connect() as conn:
            for line, quantity in items:
                box = QComboBox()
                for v in queries.listing_variants(conn, line["listing_id"]):
                    text = self.tr("%1 · %2 · %3 available").replace("%1", v["sku"]).replace("%2", v["title"] or "") \
                        .replace("%3", formatting.integer(v["available"]))
                    box.addItem(text, v["id"])
                box.setCurrentIndex(max(0, box.findData(line["variant_id"])))
                self.sends[line["id"]] = box
                form.addRow(self.tr("%1 × %2").replace("%1", formatting.integer(quantity)).replace("%2", line["sku"]),
                            box)
        self.layout_.addLayout(form)

    def ok_text(self) -> str:
        return self.tr("Receive return")

    def params(self) -> dict:
        amount = 0
        if self.refund_check.isChecked():
            amount = formatting.parse_money(self.amount.text(), self.currency)
            if amount is None or amount <= 0:
                raise ServiceError("invalid_amount", self.tr("Enter the amount to refund."), "refund_amount")
            if amount > self.most:
                raise ServiceError("refund_exceeds_paid", self.tr("At most %1 can still be refunded.")
                                   .replace("%1", self.money(self.most)), "refund_amount")
        reason = self.reason.text().strip()
        if amount and not reason:
            raise ServiceError("reason_required", self.tr("Give a reason."), "reason")
        params = {"restock": self.restock.isChecked(), "refund_amount": amount, "reason": reason or None}
        if self.exchange:
            params["replacements"] = [{"line_id": line_id, "variant_id": box.currentData()}
                                      for line_id, box in self.sends.items()]
        return params
