"""Orders: every order of the shop, filtered, searched and sorted in SQL, and everything about one order
beside the table — lines, totals, payment, customer, address, shipments, refunds, tickets, timeline.

Actions — confirm, ship, cancel, refund, note, and shipping many orders from a CSV file — open the
dialogs of ``order_actions``, which go through the services layer; an action the order's state or
the user's role does not allow is disabled, with the reason as its tooltip.

Customers' contact details (e-mail, phone, street address) are masked by default (issue 7). Owners
and merchants show them for one order at a time with "Show contact details" (``services.privacy``:
each time an audit entry), and printing a packing slip or an invoice with the address records one
per order. Support agents cannot reveal them; they see them on the orders they handle an open
ticket for (issue 5: "phone and address masked except on the order or ticket they work on").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
)

from ...services import orders as order_service
from ...services import privacy
from ...services.permissions import allowed
from ...store import queries
from ...store.queries import (
    CHANNELS,
    CLOSED_TICKET_STATUSES,
    CREATED_PRESETS,
    ORDER_STATUSES,
    ORDERS_VIEW,
    PAYMENT_METHODS,
    RISK_LEVELS,
    created_bounds,
)
from .. import documents, formatting, labels, theme
from ..bridge import run_in_background
from ..records_view import RecordsView
from ..table_model import RAW_ROLE
from .order_actions import DIALOGS, BulkShipDialog

CUSTOM_RANGE = "__custom__"

STATUS_COLOURS = {"pending_payment": "warning", "paid": "info", "processing": "info", "partially_shipped": "info",
                  "cancelled": "muted"}
"""Order states that ask for something (payment awaited, to ship) stand out; the rest read as text."""
FINANCIAL_COLOURS = {"pending": "warning", "partially_refunded": "warning", "refunded": "warning", "voided": "muted"}
FULFILMENT_COLOURS = {"partial": "warning"}
RISK_COLOURS = {"high": "danger", "medium": "warning", "low": "muted"}
COLOURS_BY_COLUMN = {"status": STATUS_COLOURS, "financial_status": FINANCIAL_COLOURS,
                     "fulfillment_status": FULFILMENT_COLOURS, "risk": RISK_COLOURS}
CODE_COLUMNS = ("financial_status", "fulfillment_status", "payment", "channel")
HIDDEN_AT_FIRST = ("payment", "channel")
"""Columns left out until the user shows them (right-click on the header), so that the table fits
beside the detail pane: both are filters, and the detail pane shows them."""


def handles(actor, tickets: list[dict]) -> bool:
    """Whether this user may see the customer's contact details on an order with these tickets:
    owners and merchants always, an agent when one of the open tickets is theirs."""
    return actor.role != "agent" or any(t["assignee"] == actor.username and t["status"] not in CLOSED_TICKET_STATUSES
                                        for t in tickets)


class OrderCells(QStyledItemDelegate):
    """Colours the codes that need attention (a high risk, a refund, an order to ship); the table
    model leaves order codes in the text colour."""

    def __init__(self, keys: list[str], parent=None) -> None:
        super().__init__(parent)
        self.keys = keys

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        key = self.keys[index.column()] if 0 <= index.column() < len(self.keys) else None
        role = COLOURS_BY_COLUMN.get(key, {}).get(index.data(RAW_ROLE))
        if role:
            option.palette.setColor(QPalette.ColorRole.Text, theme.color(role))
        if key == "risk" and index.data(RAW_ROLE) == "high":
            option.font.setBold(True)


class DateRangeDialog(QDialog):
    """Two calendar days, both included: the orders placed from the first to the last."""

    def __init__(self, first: date, last: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Orders placed between"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first = QDateEdit(QDate(first.year, first.month, first.day), calendarPopup=True)
        self.last = QDateEdit(QDate(last.year, last.month, last.day), calendarPopup=True)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        layout.addLayout(form)
        self.error = QLabel(objectName="errorText", wordWrap=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return f"{self.first.date().toString('yyyy-MM-dd')}..{self.last.date().toString('yyyy-MM-dd')}"

    def accept(self) -> None:
        if self.last.date() < self.first.date():
            self.error.setText(self.tr("The last day comes before the first."))
            return
        super().accept()


class OrdersView(RecordsView):
    query = ORDERS_VIEW

    def __init__(self, workspace, settings, parent=None) -> None:
        self.order: dict | None = None
        self.tickets: list[dict] = []
        self.revealed: int | None = None   # the order whose contact details the user chose to show
        self.customer_filter: tuple[int, str] | None = None
        self._created_index = 0
        self._columns = {c.key: i + 1 for i, c in enumerate(ORDERS_VIEW.columns)}
        super().__init__(workspace, settings, parent)
        self.model.display_hook = self._display
        self.table.setItemDelegate(OrderCells([c.key for c in ORDERS_VIEW.columns], self.table))
        self.bulk_ship_button = self.add_action(self.tr("Ship from CSV…"), self.tr(
            "Ship many orders at once from a file of order numbers, carriers and tracking numbers"), self.bulk_ship)
        self.bulk_ship_button.setVisible(workspace.may("orders:fulfil"))
        self.print_note = QLabel(objectName="muted")
        self.actions_bar.insertWidget(0, self.print_note)
        self.slips_button = self.add_action(self.tr("Packing slips…"), self.tr(
            "Packing slips of the selected orders, one PDF (no prices on them)"),
            lambda: self.print_documents("packing_slips"))
        self.invoices_button = self.add_action(self.tr("Invoices…"), self.tr("Invoices of the selected orders, one PDF"),
                                               lambda: self.print_documents("invoices"))
        self.invoices_button.setVisible(documents.may_print_invoices(workspace.actor.role))
        self.dialog: QDialog | None = None

    def hidden_at_first(self) -> tuple[str, ...]:
        return HIDDEN_AT_FIRST

    def view_title(self) -> str:
        return self.tr("Orders")

    def search_hint(self) -> str:
        return self.tr("Order number, customer or SKU (Ctrl+F)")

    def resources(self) -> tuple[str, ...]:
        return ("orders", "tickets")  # a ticket opened or closed changes "has an open ticket"

    def on_changes(self, changes) -> None:
        if changes.resource == "orders":
            super().on_changes(changes)
        elif changes.resource == "tickets" and self.current_id is not None:
            self.refresh_detail(self.current_id)

    # --- filters ----------------------------------------------------------------------------
    def add_filters(self) -> None:
        self.status_box = self.combo(self.tr("Any status"), [(labels.code("to_ship"), "to_ship")]
                                     + [(labels.code(s), s) for s in ORDER_STATUSES])
        self.status_box.insertSeparator(2)
        self.status_box.setToolTip(self.tr("To ship: paid or being processed, with units not shipped yet "
                                           "(cash on delivery before payment too)"))
        self.created_box = QComboBox()
        self.created_box.addItem(self.tr("Any date"), None)
        for key, text in zip(CREATED_PRESETS, (self.tr("Today"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                                               self.tr("This month")), strict=True):
            self.created_box.addItem(text, key)
        self.created_box.insertSeparator(self.created_box.count())
        self.created_box.addItem(self.tr("Custom range…"), CUSTOM_RANGE)
        self.created_box.setToolTip(self.tr("When the order was placed (days in the shop's time zone)"))
        self.created_box.currentIndexChanged.connect(self._created_changed)
        self.filter_layout.addWidget(self.created_box)
        self.payment_box = self.combo(self.tr("Any payment"), [(labels.code(m), m) for m in PAYMENT_METHODS])
        self.channel_box = self.combo(self.tr("Any channel"), [(labels.code(c), c) for c in CHANNELS])
        self.risk_box = self.combo(self.tr("Any risk"), [(labels.prefixed_code("risk_", r), r) for r in RISK_LEVELS])
        for box in (self.status_box, self.created_box, self.payment_box, self.channel_box, self.risk_box):
            # narrow (the list that opens shows the longer names in full), so the bar fits a laptop screen
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.ticket_check = QCheckBox(self.tr("Open ticket"))
        self.ticket_check.setToolTip(self.tr("Only orders with an after-sales ticket that is not resolved or closed"))
        self.ticket_check.toggled.connect(lambda _: self.apply_filters())
        self.filter_layout.addWidget(self.ticket_check)
        self.customer_button = QPushButton()
        self.customer_button.setToolTip(self.tr("Showing one customer's orders: click to show everyone's"))
        self.customer_button.clicked.connect(self.clear_customer)
        self.customer_button.hide()
        self.filter_layout.addWidget(self.customer_button)

    def filter_values(self) -> dict:
        created = self.created_box.currentData()
        if created == CUSTOM_RANGE:
            created = None
        elif created and self.workspace.shop.get("timezone"):
            created = f"{created}@{self.workspace.shop['timezone']}"  # the shop's days, as on Home
        return {"status": self.status_box.currentData(), "created": created,
                "payment": self.payment_box.currentData(), "channel": self.channel_box.currentData(),
                "risk": self.risk_box.currentData(), "ticket": "open" if self.ticket_check.isChecked() else None,
                "customer": self.customer_filter[0] if self.customer_filter else None}

    def set_filter_values(self, values: dict) -> None:
        for box, key in ((self.status_box, "status"), (self.payment_box, "payment"), (self.channel_box, "channel"),
                         (self.risk_box, "risk")):
            box.blockSignals(True)
            self.select_data(box, values.get(key))
            box.blockSignals(False)
        created = values.get("created")
        self._show_created(created.partition("@")[0] if isinstance(created, str) else None)
        self.ticket_check.blockSignals(True)
        self.ticket_check.setChecked(values.get("ticket") == "open")
        self.ticket_check.blockSignals(False)
        customer = values.get("customer")
        self.customer_filter = (int(customer), self._customer_name(int(customer))) if customer not in (None, "") \
            else None
        self._show_customer_filter()

    def _show_created(self, value: str | None) -> None:
        box = self.created_box
        box.blockSignals(True)
        for i in reversed(range(box.count())):  # the one custom range shown, if any
            data = box.itemData(i)
            if isinstance(data, str) and ".." in data:
                box.removeItem(i)
        custom = box.findData(CUSTOM_RANGE)
        if value and value not in CREATED_PRESETS and created_bounds(value) is not None:
            first, last = value.split("..")
            box.insertItem(custom, formatting.day_range(first, last), value)
        self.select_data(box, value)
        self._created_index = box.currentIndex()
        box.blockSignals(False)

    def _created_changed(self, index: int) -> None:
        if self.created_box.itemData(index) == CUSTOM_RANGE:
            self.pick_created_range()
            return
        self._created_index = index
        self.apply_filters()

    def pick_created_range(self) -> DateRangeDialog:
        """Ask for the first and last day (the dialog is returned open, for tests and the palette)."""
        current = self.created_box.itemData(self._created_index)
        bounds = created_bounds(current) if current else None
        today = date.today()
        if isinstance(current, str) and ".." in current and bounds:
            first, last = (date.fromisoformat(d) for d in current.split(".."))
        else:
            first, last = today - timedelta(days=29), today
        dialog = DateRangeDialog(first, last, self)
        dialog.accepted.connect(lambda: self._range_picked(dialog.value()))
        dialog.rejected.connect(lambda: self._show_created(self.created_box.itemData(self._created_index)))
        dialog.open()
        return dialog

    def _range_picked(self, value: str) -> None:
        self._show_created(value)
        self.apply_filters()

    def _customer_name(self, customer_id: int) -> str:
        with self.workspace.engine.connect() as conn:
            name = conn.exec_driver_sql("SELECT name FROM customers WHERE id = ?", (customer_id,)).scalar() or \
                conn.exec_driver_sql("SELECT customer_name FROM orders WHERE customer_id = ? LIMIT 1",
                                     (customer_id,)).scalar()
        return name or str(customer_id)

    def _show_customer_filter(self) -> None:
        self.customer_button.setVisible(self.customer_filter is not None)
        if self.customer_filter:
            self.customer_button.setText(self.tr("Customer: %1  ✕").replace("%1", self.customer_filter[1]))

    def show_customer(self, customer_id: int) -> None:
        """Only this customer's orders (the other filters are cleared, the search too)."""
        self.filter_to({"customer": customer_id})

    def clear_customer(self) -> None:
        self.customer_filter = None
        self._show_customer_filter()
        self.apply_filters()

    # --- the table --------------------------------------------------------------------------
    def _display(self, key: str, row: tuple) -> str | None:
        if key in CODE_COLUMNS:
            return labels.code(row[self._columns[key]])
        if key == "risk":
            value = row[self._columns[key]]
            text = labels.prefixed_code("risk_", value)
            return f"⚠ {text}" if value == "high" else text
        return None

    # --- detail pane ------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        hint = self.tr("Select an order to see its items, payment, shipments and history.")
        self.empty_label, self.order_host = self.scrolling_detail(frame, hint)
        f = QVBoxLayout(self.order_host)
        f.setContentsMargins(0, 0, 0, 0)
        f.setSpacing(4)
        self.number_label = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        f.addWidget(self.number_label)
        self.placed_label = QLabel(objectName="muted", wordWrap=True)
        f.addWidget(self.placed_label)
        self.status_chip, self.payment_chip, self.fulfilment_chip, self.risk_chip, self.sync_chip = \
            self.chip_row(f, 5)
        self.alert_label = QLabel(wordWrap=True)
        f.addWidget(self.alert_label)
        self.action_buttons: dict[str, QPushButton] = {}
        for action, text in (("confirm", self.tr("Confirm")), ("ship", self.tr("Ship…")),
                             ("cancel", self.tr("Cancel…")), ("refund", self.tr("Refund…")),
                             ("note", self.tr("Note…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: self.open_action(a))
            button.setVisible(self.workspace.may(order_service.PERMISSION[action]))
            self.action_buttons[action] = button
        self.action_buttons["ship"].setProperty("primary", True)
        self.button_row(f, self.action_buttons.values())
        for key, title in (("items", self.tr("Items")), ("totals", self.tr("Totals")),
                           ("payment", self.tr("Payment")), ("customer", self.tr("Customer")),
                           ("address", self.tr("Shipping address")), ("shipments", self.tr("Shipments")),
                           ("refunds", self.tr("Refunds")), ("tickets", self.tr("After-sales tickets")),
                           ("timeline", self.tr("Timeline"))):
            self.add_section(f, key, title, self._link)
            if key == "address":  # why the contact details above are masked, right below them
                self.masked_label = QLabel(objectName="muted", wordWrap=True)
                f.addWidget(self.masked_label)

    def show_detail(self, record_id: int | None) -> None:
        self.order = self.workspace.record("orders", record_id) if record_id is not None else None
        has = self.order is not None
        self.empty_label.setVisible(not has)
        self.order_host.setVisible(has)
        if not has:
            return
        o = self.order
        with self.workspace.engine.connect() as conn:
            self.tickets = queries.order_tickets(conn, o["id"])
            campaigns = queries.campaign_names(conn, o.get("campaign_ids") or [])
            other_orders = queries.customer_orders(conn, o["customer"]["id"])
        currency = o.get("currency") or self.workspace.shop.get("currency") or "CNY"
        self.number_label.setText(o["number"])
        self.placed_label.setText(self.tr("Placed %1 · %2").replace("%1", formatting.timestamp(o["created_at"]))
                                  .replace("%2", labels.code(o["channel"])))
        theme.set_chip(self.status_chip, labels.code(o["status"]), STATUS_COLOURS.get(o["status"], "text"))
        theme.set_chip(self.payment_chip, labels.code(o["financial_status"]),
                   FINANCIAL_COLOURS.get(o["financial_status"], "success"))
        theme.set_chip(self.fulfilment_chip, labels.code(o["fulfillment_status"]),
                   FULFILMENT_COLOURS.get(o["fulfillment_status"],
                                          "success" if o["fulfillment_status"] == "fulfilled" else "muted"))
        theme.set_chip(self.risk_chip, self.tr("%1 risk").replace("%1", labels.prefixed_code("risk_", o["risk_level"])),
                   RISK_COLOURS.get(o["risk_level"], "muted"))
        self.risk_chip.setVisible(o["risk_level"] != "low")
        waiting = self.workspace.unsynced("orders", o["id"])
        self.sync_chip.setVisible(bool(waiting))
        if waiting:
            theme.set_chip(self.sync_chip, self.tr("%n change(s) waiting to sync", "", waiting), "info")
        self._show_alert(o)
        self._show_actions(o)
        reveal = self.may_see_contact(o)
        self.fill_section("items", self._items_html(o, currency))
        self.fill_section("totals", self._totals_html(o, currency))
        self.fill_section("payment", self._payment_html(o, campaigns))
        self.fill_section("customer", self._customer_html(o, reveal, other_orders))
        self.fill_section("address", self._address_html(o.get("shipping_address") or {}, reveal))
        self.fill_section("shipments", self._shipments_html(o))
        self.fill_section("refunds", self._refunds_html(o, currency))
        self.fill_section("tickets", self._tickets_html())
        self.fill_section("timeline", self._timeline_html(o))
        self.masked_label.setVisible(not reveal)
        if self.workspace.may("customers:reveal"):
            self.masked_label.setText(self.tr("Contact details are masked until you show them; each time is "
                                              "recorded in the audit log."))
        else:
            self.masked_label.setText(self.tr("Contact details are masked: your role (%1) sees them only on orders "
                                              "you handle an open ticket for.")
                                      .replace("%1", labels.code(self.workspace.actor.role)))

    # --- actions ----------------------------------------------------------------------------
    def _show_actions(self, o: dict) -> None:
        tips = {"confirm": self.tr("Paid → processing: tell the customer the order is being prepared"),
                "ship": self.tr("Carrier and tracking number, for all units or some (Ctrl+Shift+S)"),
                "cancel": self.tr("Before anything ships; a paid order is refunded in full"),
                "refund": self.tr("An amount, or units of some lines, with a reason; restock returns (Ctrl+Shift+R)"),
                "note": self.tr("An internal note in the timeline (Ctrl+Shift+N)")}
        for action, refused in order_service.refusals(o, self.workspace.actor.role).items():
            button = self.action_buttons[action]
            button.setEnabled(refused is None)
            button.setToolTip(tips[action] if refused is None else labels.service_error(refused, action))

    def open_action(self, action: str) -> QDialog | None:
        """The dialog of an action on the selected order (returned open, for tests and the palette);
        None when no order is selected or the action is not possible now."""
        if self.order is None or not self.action_buttons[action].isEnabled():
            return None
        order = self.workspace.record("orders", self.order["id"])  # as it is now, not as last shown
        if order is None:
            return None
        cls = DIALOGS[action]
        dialog = cls(self.workspace, order, self, self.settings) if action == "ship" else \
            cls(self.workspace, order, self)
        dialog.accepted.connect(lambda: self._acted(order["id"]))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _acted(self, order_id: int) -> None:
        if self.current_id == order_id:
            self.show_detail(order_id)

    def print_documents(self, kind: str, path: str | None = None) -> bool:
        """Packing slips or invoices of the selected orders into one PDF, written off the UI thread;
        False when there is nothing to print or the user cancelled the file dialog."""
        ids = self.selected_ids() or ([self.current_id] if self.current_id is not None else [])
        if not ids:
            self.print_note.setText(self.tr("Select the orders to print first."))
            return False
        if path is None:
            name = (self.tr("packing-slips") if kind == "packing_slips" else self.tr("invoices")) \
                + datetime.now().strftime("-%Y%m%d-%H%M.pdf")
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path(folder) / name),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return False
        engine, shop, actor = self.workspace.engine, dict(self.workspace.shop), self.workspace.actor
        role = actor.role

        def work() -> int:
            with engine.connect() as conn:
                orders = documents.load_orders(conn, ids)
                if allowed(role, "customers:reveal"):   # printed in full: one audit entry per order
                    revealed = set()
                    for o in orders:
                        privacy.reveal(engine, actor, "orders", o["id"], purpose="print")
                        revealed.add(o["id"])
                else:
                    revealed = {o["id"] for o in orders if handles(actor, queries.order_tickets(conn, o["id"]))}

            def reveal(order: dict) -> bool:
                return order["id"] in revealed

            if kind == "invoices":
                return documents.write_invoices(orders, shop, path, role=role, reveal=reveal)
            return documents.write_packing_slips(orders, shop, path, reveal=reveal)

        self.print_note.setText(self.tr("Writing %n order(s) to PDF…", "", len(ids)))
        run_in_background(work, lambda pages: self._printed(path, len(ids)), self._print_failed, self)
        return True

    def _printed(self, path: str, orders: int) -> None:
        self.print_note.setText(self.tr("%n order(s) saved to %1", "", orders).replace("%1", Path(path).name))
        self.print_note.setToolTip(path)
        self.printed_path = path

    def _print_failed(self, err: Exception) -> None:
        self.print_note.setText(self.tr("The PDF could not be written: %1").replace("%1", str(err)))

    def bulk_ship(self, path: str | None = None) -> BulkShipDialog:
        dialog = BulkShipDialog(self.workspace, self)
        if path:
            dialog.load(path)
        self.dialog = dialog
        dialog.open()
        return dialog

    def may_see_contact(self, order: dict) -> bool:
        """Owners and merchants once they chose to show this order's (audited); an agent on an order
        they handle an open ticket for."""
        if self.workspace.may("customers:reveal"):
            return self.revealed == order["id"]
        return handles(self.workspace.actor, self.tickets_of(order["id"]))

    def tickets_of(self, order_id: int) -> list[dict]:
        if self.order is not None and self.order["id"] == order_id:
            return self.tickets
        with self.workspace.engine.connect() as conn:
            return queries.order_tickets(conn, order_id)

    def _show_alert(self, o: dict) -> None:
        t = theme.current()
        if o["status"] == "cancelled":
            text = self.tr("Cancelled %1: %2").replace("%1", formatting.timestamp(o.get("cancelled_at"))) \
                .replace("%2", o.get("cancel_reason") or "—")
            colour = t.muted
        elif o["risk_level"] == "high":
            text = self.tr("⚠ High risk: check the payment and the shipping address before this order ships.")
            colour = t.danger
        elif o.get("replacement_for"):
            text = self.tr("Replacement for ticket %1, an exchange of order %2: nothing to pay.") \
                .replace("%1", o["replacement_for"]["ticket_number"]).replace("%2", o["replacement_for"]["order_number"])
            colour = t.info
        else:
            self.alert_label.hide()
            return
        self.alert_label.setText(text)
        self.alert_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.alert_label.show()

    def _link(self, target: str) -> None:
        kind, _, value = target.partition(":")
        if kind == "customer":
            self.show_customer(int(value))
        elif kind == "reveal":
            self.reveal_contact(int(value))

    def reveal_contact(self, order_id: int) -> None:
        """Show this order's contact details: the service checks the role and writes the audit entry."""
        engine, actor = self.workspace.engine, self.workspace.actor

        def shown(_fields) -> None:
            self.revealed = order_id
            if self.current_id == order_id:
                self.show_detail(order_id)

        run_in_background(lambda: privacy.reveal(engine, actor, "orders", order_id), shown,
                          lambda err: self.masked_label.setText(str(err)), self)

    # --- sections, as rich text (platform text escaped) ---------------------------------------
    def _items_html(self, o: dict, currency: str) -> str:
        rows = []
        for line in o["lines"]:
            detail = self.tr("%1 × %2").replace("%1", formatting.integer(line["quantity"])) \
                .replace("%2", formatting.money(line["unit_price"], currency))
            parts = [escape(line["sku"]), detail]
            if line.get("discount"):
                parts.append(self.tr("discount %1").replace("%1", formatting.money(line["discount"], currency)))
            parts = [p.replace(" ", "&nbsp;") for p in parts]  # wrap between the facts, not inside one
            state = []
            if line.get("fulfilled_quantity"):
                state.append(self.tr("%1 shipped").replace("%1", formatting.integer(line["fulfilled_quantity"])))
            if line.get("refunded_quantity"):
                state.append(f"<span style='color:{theme.current().warning}'>"
                             + self.tr("%1 refunded").replace("%1", formatting.integer(line["refunded_quantity"]))
                             + "</span>")
            sub = theme.muted(" · ".join(parts)) + ("<br>" + theme.muted(" · ".join(state)) if state else "")
            rows.append(f"<tr><td style='padding:3px 0'>{escape(line['title'])}<br>{sub}</td>"
                        f"<td align='right' valign='top' style='padding:3px 0 3px 8px'>"
                        f"{formatting.money(line['total'], currency)}</td></tr>")
        return f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>"

    def _totals_html(self, o: dict, currency: str) -> str:
        t = theme.current()
        money = lambda amount: formatting.money(amount, currency)
        rows = [(self.tr("Subtotal"), money(o["subtotal"]), "")]
        if o["discount_total"]:
            rows.append((self.tr("Discount"), "−" + money(o["discount_total"]), ""))
        rows += [(self.tr("Shipping"), money(o["shipping_total"]), ""), (self.tr("Tax"), money(o["tax_total"]), ""),
                 (self.tr("Total"), money(o["total"]), "font-weight:600"),
                 (self.tr("Paid"), money(o["paid_total"]), "")]
        if o["refunded_total"]:
            rows.append((self.tr("Refunded"), "−" + money(o["refunded_total"]), f"color:{t.warning}"))
            rows.append((self.tr("Net payment"), money(o["paid_total"] - o["refunded_total"]), "font-weight:600"))
        cells = "".join(f"<tr><td style='{style}'>{name}</td><td align='right' style='{style}'>{value}</td></tr>"
                        for name, value, style in rows)
        return f"<table width='100%' cellspacing='0' cellpadding='1'>{cells}</table>"

    def _payment_html(self, o: dict, campaigns: dict[int, str]) -> str:
        rows = [(self.tr("Method"), labels.code(o["payment_method"])),
                (self.tr("Status"), labels.code(o["financial_status"])),
                (self.tr("Paid"), formatting.timestamp(o["paid_at"]) if o.get("paid_at") else self.tr("Not paid yet"))]
        if o.get("coupon_code"):
            rows.append((self.tr("Coupon"), escape(o["coupon_code"])))
        if o.get("campaign_ids"):
            rows.append((self.tr("Campaigns"), escape(labels.join([campaigns.get(i, f"#{i}")
                                                                   for i in o["campaign_ids"]]))))
        return theme.pairs(rows)

    def _customer_html(self, o: dict, reveal: bool, other_orders: int) -> str:
        c = o["customer"]
        email = c.get("email") if reveal else formatting.mask_email(c.get("email"))
        phone = c.get("phone") if reveal else formatting.mask_phone(c.get("phone"))
        lines = [f"<b>{escape(c['name'])}</b>"]
        lines += [escape(x) for x in (email, phone) if x]
        if not reveal and self.workspace.may("customers:reveal"):
            lines.append(f"<a href='reveal:{int(o['id'])}'>" + self.tr("Show contact details") + "</a>")
        lines.append(f"<a href='customer:{int(c['id'])}'>"
                     + self.tr("%n order(s) from this customer", "", other_orders) + "</a>")
        return "<br>".join(lines)

    def _address_html(self, a: dict, reveal: bool) -> str:
        hide = (lambda s: s) if reveal else formatting.mask_text
        phone = a.get("phone") if reveal else formatting.mask_phone(a.get("phone"))
        place = ", ".join(x for x in (a.get("district"), a.get("city"), a.get("province")) if x)
        lines = [" · ".join(x for x in (a.get("name"), phone) if x), hide(a.get("line1")), hide(a.get("line2")),
                 " ".join(x for x in (place, hide(a.get("postal_code"))) if x), a.get("country")]
        return "<br>".join(escape(x) for x in lines if x)

    def _line_names(self, o: dict, items: list[dict]) -> str:
        by_id = {ln["id"]: ln for ln in o["lines"]}
        out = []
        for item in items:
            line = by_id.get(item["line_id"], {})
            out.append(self.tr("%1 × %2").replace("%1", formatting.integer(item["quantity"]))
                       .replace("%2", escape(line.get("sku") or str(item["line_id"]))))
        return ", ".join(out)

    def _shipments_html(self, o: dict) -> str:
        if not o["fulfilments"]:
            return theme.muted(self.tr("Cancelled before anything shipped.") if o["status"] == "cancelled"
                               else self.tr("Nothing shipped yet."))
        blocks = []
        for f in o["fulfilments"]:
            role = {"delivered": "success", "returned": "warning"}.get(f["status"], "info")
            status = f"<span style='color:{theme.color(role).name()}'>" \
                     f"{labels.prefixed_code('shipment_', f['status'])}</span>"
            when = self.tr("shipped %1").replace("%1", formatting.timestamp(f["shipped_at"]))
            if f.get("delivered_at"):
                when += " · " + self.tr("delivered %1").replace("%1", formatting.timestamp(f["delivered_at"]))
            blocks.append(f"<b>{escape(f['carrier'])}</b> {escape(f['tracking_number'])} · {status}<br>"
                          + theme.muted(when) + "<br>" + theme.muted(self._line_names(o, f["lines"])))
        return "<br><br>".join(blocks)

    def _refunds_html(self, o: dict, currency: str) -> str | None:
        if not o["refunds"]:
            return None
        blocks = []
        for r in o["refunds"]:
            facts = [formatting.timestamp(r["created_at"]), self.tr("by %1").replace("%1", escape(r["actor"]))]
            if r.get("lines"):
                facts.append(self._line_names(o, r["lines"]))
            if r.get("restock"):
                facts.append(self.tr("restocked"))
            blocks.append(f"<b>{formatting.money(r['amount'], currency)}</b> · {escape(r['reason'])}<br>"
                          + theme.muted(" · ".join(facts)))
        return "<br><br>".join(blocks)

    def _tickets_html(self) -> str | None:
        if not self.tickets:
            return None
        rows = []
        for t in self.tickets:
            who = escape(t["assignee"]) if t["assignee"] else self.tr("unassigned")
            rows.append(f"<b>{escape(t['number'])}</b> · {labels.code(t['type'])} · {labels.code(t['status'])}<br>"
                        + theme.muted(f"{escape(t['subject'])} · {who}"))
        return "<br>".join(rows)

    def _timeline_html(self, o: dict) -> str:
        if not o["events"]:
            return theme.muted(self.tr("No events yet."))
        rows = []
        for e in reversed(o["events"]):  # newest first
            name = labels.prefixed_code("event_", e["type"])
            when = theme.muted(f"{formatting.timestamp(e['at'])} · {escape(e['actor'])}")
            rows.append(f"<b>{escape(name)}</b> {when}<br>{escape(e['message'])}")
        return "<br>".join(rows)
