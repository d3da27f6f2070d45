"""After-sales: the ticket queue and, beside it, one ticket in full.

The table lists the shop's tickets by queue (mine, unassigned, breaching, awaiting the customer,
disputes, all open), status, type and priority, each row with its SLA clock counting down (or
overdue, or paused while the customer is to answer). The detail pane shows the customer and the
linked order, the three SLA clocks, the return (RMA), a dispute's deadline, the tags and the
conversation, internal notes set apart from what the customer sees.

Beside the conversation, the customer's latest orders and tickets. Below it, the composer: a reply
to the customer or an internal note, canned replies with the ticket's facts filled in, Ctrl+Enter
to send; a draft stays with its ticket when the agent looks at another one. Above it, the actions:
assign (to me, to a colleague, or no one), change the state (only the moves the ticket allows),
the priority, approve a return and receive it (``ticket_actions``). Every change goes through the
services layer, queued when offline; an action the ticket does not allow is disabled with the reason.
Agents may see all of it (the requested amount included: agents handle refunds).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QRect, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
)

from ...services import canned
from ...services import tickets as ticket_service
from ...services.edits import ServiceError
from ...store import queries
from ...store.queries import (
    CLOSED_TICKET_STATUSES,
    NEAR_BREACH,
    NEVER_DUE,
    PAUSED_DUE,
    PRIORITY_RANK,
    TICKET_PRIORITIES,
    TICKET_STATUSES,
    TICKET_TYPES,
    TICKETS_VIEW,
)
from ...sync.mapping import read_record
from .. import documents, formatting, labels, theme
from ..bridge import run_in_background
from ..composer import Composer
from ..records_view import RecordsView
from ..table_model import RAW_ROLE
from .canned_replies import CannedRepliesDialog
from .orders import handles
from .ticket_actions import ApproveReturnDialog, ReceiveReturnDialog

STATUS_COLOURS = {"new": "info", "reopened": "info", "escalated": "danger", "awaiting_customer": "muted",
                  "awaiting_return": "warning", "resolved": "success", "closed": "muted"}
"""Ticket states that ask for something stand out; "open" reads as text."""
PRIORITY_COLOURS = {"urgent": "danger", "high": "warning", "low": "muted"}
CLOCK_COLOURS = {"overdue": "danger", "soon": "warning", "running": "info", "paused": "muted"}
PRIORITY_BY_RANK = {rank: code for code, rank in PRIORITY_RANK.items()}
HIDDEN_AT_FIRST = ("order", "assignee")
"""Columns left out until the user shows them (right-click on the header), so that the table fits
beside the detail pane: the detail pane shows both, and the queues "Mine" and "Unassigned" select by
assignee."""
MANAGE_CANNED = "manage"
LATEST_MESSAGES = 50
"""A conversation opens on this many latest messages; a link above them shows the earlier ones."""
REFRESH_MS = 60_000
"""Clocks move: the countdowns are redrawn, and the breaching queue counted again, every minute."""


def parse_time(iso: str | None) -> datetime | None:
    """A due time, or None for the markers of a paused clock and of none running."""
    if not iso or iso.startswith(NEVER_DUE) or iso == PAUSED_DUE:
        return None
    return datetime.fromisoformat(iso)


def clock_state(due: str | None, status: str | None, now: datetime) -> str:
    """Where a clock stands: ``none`` (stopped or never ran), ``paused`` (awaiting the customer),
    ``overdue``, ``soon`` (due within :data:`NEAR_BREACH`) or ``running``."""
    if not due or status in CLOSED_TICKET_STATUSES or due.startswith(NEVER_DUE):
        return "none"
    if due == PAUSED_DUE or status == "awaiting_customer":
        return "paused"
    moment = parse_time(due)
    if moment is None:
        return "none"
    if moment <= now:
        return "overdue"
    return "soon" if moment - now < NEAR_BREACH else "running"


def earliest_due(ticket: dict) -> str | None:
    """A ticket's earliest due time, as the queue's "next due" column computes it in SQL."""
    dues = [ticket.get("next_response_due"), ticket.get("resolution_due")]
    if ticket.get("first_responded_at") is None:
        dues.append(ticket.get("first_response_due"))
    dues = [d for d in dues if d]
    return min(dues) if dues else None


class TicketCells(QStyledItemDelegate):
    """Colours statuses and priorities that need attention, and draws the SLA clock as a badge."""

    def __init__(self, view: TicketsView) -> None:
        super().__init__(view.table)
        self.view = view
        self.keys = [c.key for c in TICKETS_VIEW.columns]
        self.status_column = self.keys.index("status")

    def _key(self, index) -> str | None:
        return self.keys[index.column()] if 0 <= index.column() < len(self.keys) else None

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        key, raw = self._key(index), index.data(RAW_ROLE)
        role = None
        if key == "status":
            role = STATUS_COLOURS.get(raw)
        elif key == "priority":
            role = PRIORITY_COLOURS.get(PRIORITY_BY_RANK.get(raw))
            if raw == PRIORITY_RANK["urgent"]:
                font = QFont(option.font)
                font.setBold(True)
                option.font = font
        elif key == "assignee" and raw is None:
            role = "muted"
        if role:
            option.palette.setColor(QPalette.ColorRole.Text, theme.color(role))

    def _state(self, index) -> str:
        status = index.sibling(index.row(), self.status_column).data(RAW_ROLE)
        return clock_state(index.data(RAW_ROLE), status, datetime.now(UTC))

    def paint(self, painter: QPainter, option, index) -> None:
        if self._key(index) != "next_due":
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = theme.color("highlight_text" if selected else CLOCK_COLOURS.get(self._state(index), "text"))
        font = QFont(opt.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = min(metrics.horizontalAdvance(text) + 16, opt.rect.width() - 8)
        rect = QRect(opt.rect.x() + 4, opt.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(60 if selected else 38)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8))
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:
        if self._key(index) == "next_due":
            due = index.data(RAW_ROLE)
            tip = self.view.due_tooltip(due, self._state(index))
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)


class TicketsView(RecordsView):
    query = TICKETS_VIEW

    def __init__(self, workspace, settings, parent=None) -> None:
        self.ticket: dict | None = None
        self.order: dict | None = None
        self._exported_for: int | None = None
        self.dialog = None
        self.queue_counts: dict[str, int] = {}
        self._counting = False
        self._count_again = False
        self._columns = {c.key: i + 1 for i, c in enumerate(TICKETS_VIEW.columns)}
        super().__init__(workspace, settings, parent)
        self.model.display_hook = self._display
        self.table.setItemDelegate(TicketCells(self))
        self.model.countChanged.connect(lambda _: self.count_queues())
        self.clock_timer = QTimer(self, interval=REFRESH_MS)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self.count_queues()

    def view_title(self) -> str:
        return self.tr("After-sales")

    def search_hint(self) -> str:
        return self.tr("Ticket number, subject, customer or order (Ctrl+F)")

    def resources(self) -> tuple[str, ...]:
        return ("tickets",)

    def on_changes(self, changes) -> None:
        super().on_changes(changes)
        if changes.resource == "tickets":
            self.count_queues()
        elif changes.resource == "orders" and self.ticket is not None and self.ticket.get("order_id") in changes.ids:
            self.refresh_detail(self.ticket["id"])

    def _tick(self) -> None:
        """A minute passed: countdowns move, tickets enter the breaching queue."""
        self.table.viewport().update()
        if not self.isVisible():
            return
        if self.queue_box.currentData() == "breaching":
            self.model.refresh_in_background()
        else:
            self.count_queues()
        if self.current_id is not None:
            self.refresh_detail(self.current_id)

    # --- columns ----------------------------------------------------------------------------
    def hidden_at_first(self) -> tuple[str, ...]:
        return HIDDEN_AT_FIRST

    # --- filters ----------------------------------------------------------------------------
    def queue_names(self) -> dict[str, str]:
        return {"mine": self.tr("Mine"), "unassigned": self.tr("Unassigned"), "breaching": self.tr("Breaching soon"),
                "awaiting_customer": labels.code("awaiting_customer"), "disputes": self.tr("Disputes"),
                "open": self.tr("All open")}

    def add_filters(self) -> None:
        self.queue_box = self.combo(self.tr("All tickets"), [(text, key) for key, text in self.queue_names().items()])
        hours = int(NEAR_BREACH.total_seconds() // 3600)
        self.queue_box.setToolTip(self.tr(
            "Mine, Unassigned, Disputes: tickets not resolved or closed. Breaching soon: tickets being worked on "
            "whose next response or resolution is due within %1 h, or overdue (as on Home).").replace("%1", str(hours)))
        self.status_box = self.combo(self.tr("Any status"), [(labels.code(s), s) for s in TICKET_STATUSES])
        self.type_box = self.combo(self.tr("Any type"), [(labels.code(t), t) for t in TICKET_TYPES])
        self.priority_box = self.combo(self.tr("Any priority"),
                                       [(labels.prefixed_code("priority_", p), p) for p in TICKET_PRIORITIES])

    def filter_values(self) -> dict:
        queue = self.queue_box.currentData()
        if queue == "mine":
            queue = f"mine@{self.workspace.actor.username}"  # the signed-in user's
        return {"queue": queue, "status": self.status_box.currentData(), "type": self.type_box.currentData(),
                "priority": self.priority_box.currentData()}

    def set_filter_values(self, values: dict) -> None:
        queue = values.get("queue")
        queue = queue.partition("@")[0] if isinstance(queue, str) else None
        for box, value in ((self.queue_box, queue), (self.status_box, values.get("status")),
                           (self.type_box, values.get("type")), (self.priority_box, values.get("priority"))):
            box.blockSignals(True)
            self.select_data(box, value)
            box.blockSignals(False)

    def count_queues(self) -> None:
        """How many tickets each queue holds, counted off the UI thread and shown in the queue list."""
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        engine, username = self.workspace.engine, self.workspace.actor.username

        def count():
            with engine.connect() as conn:
                return queries.ticket_queue_counts(conn, username)

        run_in_background(count, self._show_queue_counts, self._count_failed, self)

    def _count_failed(self, _err: Exception) -> None:
        self._counting = False

    def _show_queue_counts(self, counts: dict[str, int]) -> None:
        self._counting = False
        self.queue_counts = counts
        for key, name in self.queue_names().items():
            i = self.queue_box.findData(key)
            if i >= 0 and key in counts:
                self.queue_box.setItemText(i, self.tr("%1 (%2)").replace("%1", name)
                                           .replace("%2", formatting.integer(counts[key])))
        if self._count_again:
            self._count_again = False
            self.count_queues()

    # --- the table --------------------------------------------------------------------------
    def _display(self, key: str, row: tuple) -> str | None:
        value = row[self._columns[key]]
        if key == "type":
            return labels.code(value)
        if key == "priority":
            return labels.prefixed_code("priority_", row[len(self.query.columns) + 1])
        if key == "assignee":
            return value if value else self.tr("unassigned")
        if key == "next_due":
            return self.countdown(value, row[self._columns["status"]])
        if key == "last_message":
            return formatting.ago(value) if value else ""
        return None

    def countdown(self, due: str | None, status: str | None, now: datetime | None = None) -> str:
        """A row's badge: "in 3 h", "25 min overdue", "paused"; nothing when no clock runs."""
        now = now or datetime.now(UTC)
        state = clock_state(due, status, now)
        if state == "none":
            return ""
        if state == "paused":
            return self.tr("paused")
        if state == "overdue":
            return self.tr("%1 overdue").replace("%1", formatting.age(due, now))
        return self.tr("in %1").replace("%1", formatting.age_until(due, now))

    def due_tooltip(self, due: str | None, state: str) -> str:
        if state == "none":
            return ""
        if state == "paused":
            return self.tr("The clock is paused while awaiting the customer")
        return self.tr("Due %1").replace("%1", formatting.timestamp(due))

    def _csv_value(self, column, value, row):
        if column.key == "next_due":
            return "" if value is None or str(value).startswith(NEVER_DUE) or value == PAUSED_DUE else value
        if column.key == "priority":
            return row[len(self.query.columns) + 1]
        return super()._csv_value(column, value, row)

    # --- detail pane ------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        hint = self.tr("Select a ticket to see its customer, order, SLA clocks and conversation.")
        self.empty_label, self.ticket_host = self.scrolling_detail(frame, hint)
        f = QVBoxLayout(self.ticket_host)
        f.setContentsMargins(0, 0, 0, 0)
        f.setSpacing(4)
        self.number_label = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        f.addWidget(self.number_label)
        self.subject_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject_label.setStyleSheet("font-size: 11pt; font-weight: 600;")
        f.addWidget(self.subject_label)
        self.opened_label = QLabel(objectName="muted", wordWrap=True)
        f.addWidget(self.opened_label)
        self.status_chip, self.type_chip, self.priority_chip, self.sync_chip = self.chip_row(f, 4)
        self.alert_label = QLabel(wordWrap=True)
        f.addWidget(self.alert_label)
        self.assign_me_button = QPushButton(self.tr("Assign to me"))
        self.assign_me_button.clicked.connect(lambda: self.act("tickets.assign",
                                                               assignee=self.workspace.actor.username))
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setMenu(QMenu(self.assign_button, aboutToShow=self._fill_assign_menu))
        self.status_button = QPushButton(self.tr("Status"))
        self.status_button.setMenu(QMenu(self.status_button, aboutToShow=self._fill_status_menu))
        self.priority_button = QPushButton(self.tr("Priority"))
        self.priority_button.setMenu(QMenu(self.priority_button, aboutToShow=self._fill_priority_menu))
        self.approve_button = QPushButton(self.tr("Approve return…"))
        self.approve_button.clicked.connect(lambda: self.open_dialog("approve_return"))
        self.receive_button = QPushButton(self.tr("Receive return…"))
        self.receive_button.clicked.connect(lambda: self.open_dialog("receive_return"))
        self.evidence_button = QPushButton(self.tr("Export evidence…"))
        self.evidence_button.setToolTip(self.tr("The dispute's evidence for the platform, one PDF: the order, "
                                                "shipments and tracking, the timeline, the conversation with the "
                                                "customer (no internal notes), refunds and photos"))
        self.evidence_button.clicked.connect(lambda: self.export_evidence())
        self.button_row(f, (self.assign_me_button, self.assign_button, self.status_button, self.priority_button,
                            self.approve_button, self.receive_button, self.evidence_button))
        self.action_error = self.error_line(f)
        self.export_note = QLabel(objectName="muted", wordWrap=True)
        self.export_note.hide()
        f.addWidget(self.export_note)
        for key, title in (("case", self.tr("Customer and order")), ("sla", self.tr("Service level")),
                           ("rma", self.tr("Return (RMA)")), ("dispute", self.tr("Dispute")),
                           ("history", self.tr("This customer's latest orders and tickets")),
                           ("conversation", self.tr("Conversation"))):
            if key == "conversation":
                self.add_section(f, key, title, self._link, long=True)
            else:
                self.add_section(f, key, title)
        self.build_composer(frame)

    def build_composer(self, frame: QFrame) -> None:
        """Under the scrolling detail, always in sight: the reply box, with canned replies and the
        internal-note switch above it."""
        self.composer = Composer(self.tr("Reply to the customer… (Ctrl+Enter sends)"), self.tr("Send"))
        self.composer.on_send = self.send_reply
        self.reply_edit, self.send_button, self.reply_error = \
            self.composer.edit, self.composer.send_button, self.composer.error
        self.canned_box = QComboBox()
        self.canned_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.canned_box.setMinimumContentsLength(14)
        self.canned_box.setToolTip(self.tr("A canned reply, with this ticket's customer, order, tracking and return "
                                           "numbers filled in"))
        self.canned_box.activated.connect(self._canned_picked)
        self.note_check = QCheckBox(self.tr("Internal note"))
        self.note_check.setToolTip(self.tr("Only colleagues see an internal note; the customer does not"))
        self.note_check.toggled.connect(self._note_toggled)
        self.composer.top.addWidget(self.canned_box, 1)
        self.composer.top.addWidget(self.note_check)
        self.composer.attach(frame)   # the conversation takes the height; the composer what it needs

    def show_detail(self, record_id: int | None) -> None:
        self.ticket = self.workspace.record("tickets", record_id) if record_id is not None else None
        has = self.ticket is not None
        self.empty_label.setVisible(not has)
        self.ticket_host.setVisible(has)
        if not has:
            self.order = None
            self.composer.show_for(None)
            return
        t = self.ticket
        self.order = self.workspace.record("orders", t["order_id"]) if t.get("order_id") is not None else None
        with self.workspace.engine.connect() as conn:
            history = queries.customer_history(conn, t["customer_id"], limit=6)
        currency = (self.order or {}).get("currency") or self.workspace.shop.get("currency") or "CNY"
        now = datetime.now(UTC)
        self.number_label.setText(t["number"])
        self.subject_label.setText(t["subject"])
        opened = self.tr("Opened %1").replace("%1", formatting.timestamp(t["created_at"]))
        if t.get("last_message_at"):
            opened += " · " + self.tr("last message %1").replace("%1", formatting.ago(t["last_message_at"], now))
        self.opened_label.setText(opened)
        theme.set_chip(self.status_chip, labels.code(t["status"]), STATUS_COLOURS.get(t["status"], "text"))
        theme.set_chip(self.type_chip, labels.code(t["type"]), "info" if t["type"] == "dispute" else "muted")
        theme.set_chip(self.priority_chip, self.tr("%1 priority").replace("%1", labels.prefixed_code("priority_",
                                                                                                 t["priority"])),
                   PRIORITY_COLOURS.get(t["priority"], "muted"))
        waiting = self.workspace.unsynced("tickets", t["id"])
        self.sync_chip.setVisible(bool(waiting))
        if waiting:
            theme.set_chip(self.sync_chip, self.tr("%n change(s) waiting to sync", "", waiting), "info")
        self._show_alert(t, now)
        self.fill_section("case", self._case_html(t, currency))
        self.fill_section("sla", self._sla_html(t, now))
        self.fill_section("rma", self._rma_html(t))
        self.fill_section("dispute", self._dispute_html(t, now))
        self.fill_section("history", self._history_html(t, *history))
        self.fill_section("conversation", self._conversation_html(t))
        self._show_actions(t)
        self._show_composer(t)

    # --- actions ----------------------------------------------------------------------------
    def _show_actions(self, t: dict) -> None:
        role = self.workspace.actor.role
        reasons = ticket_service.refusals(t, role)
        mine = t.get("assignee") == self.workspace.actor.username
        for button, action, tip in (
                (self.assign_me_button, "assign", self.tr("Take this ticket")),
                (self.assign_button, "assign", self.tr("Give it to a colleague, or to no one")),
                (self.status_button, "transition", self.tr("Move the ticket on: only the moves its state allows")),
                (self.priority_button, "priority", self.tr("Higher priority, shorter SLA")),
                (self.approve_button, "approve_return", self.tr("Approve the return: the RMA number and the units "
                                                                "expected back")),
                (self.receive_button, "receive_return", self.tr("The parcel arrived: restock and refund in one step"))):
            refused = reasons[action]
            button.setEnabled(refused is None and not (button is self.assign_me_button and mine))
            button.setToolTip(tip if refused is None else labels.service_error(refused, action))
        self.evidence_button.setVisible(t["type"] == "dispute" and documents.may_export_evidence(role))
        if self._exported_for != t["id"]:
            self.export_note.hide()
        self.approve_button.setVisible(t["type"] in ticket_service.RETURN_TYPES and not t.get("rma"))
        self.receive_button.setVisible(bool(t.get("rma")) and t["rma"].get("status") == "awaiting")
        self.action_error.hide()

    def _fill_assign_menu(self) -> None:
        menu = self.assign_button.menu()
        menu.clear()
        if self.ticket is None:
            return
        with self.workspace.engine.connect() as conn:
            names = set(queries.colleagues(conn)) | {self.workspace.actor.username}
        for name in sorted(names):
            action = menu.addAction(name, lambda n=name: self.act("tickets.assign", assignee=n))
            action.setEnabled(name != self.ticket.get("assignee"))
        menu.addSeparator()
        menu.addAction(self.tr("No one (unassigned)"), lambda: self.act("tickets.assign", assignee=None)) \
            .setEnabled(self.ticket.get("assignee") is not None)

    def _fill_status_menu(self) -> None:
        menu = self.status_button.menu()
        menu.clear()
        for to in ticket_service.moves(self.ticket) if self.ticket else []:
            menu.addAction(labels.code(to), lambda s=to: self.act("tickets.transition", to=s))

    def _fill_priority_menu(self) -> None:
        menu = self.priority_button.menu()
        menu.clear()
        for p in ticket_service.PRIORITIES:
            action = menu.addAction(labels.prefixed_code("priority_", p),
                                    lambda v=p: self.act("tickets.set_priority", priority=v))
            action.setEnabled(self.ticket is not None and p != self.ticket["priority"])

    def act(self, action: str, **params) -> None:
        """One ticket action from the buttons and menus, off the UI thread; a refusal is shown."""
        if self.ticket is None:
            return
        ticket_id = self.ticket["id"]
        run_in_background(lambda: self.workspace.perform(action, ticket_id, **params),
                          lambda _: self._acted(ticket_id), self._action_failed, self)

    def _acted(self, ticket_id: int) -> None:
        if self.current_id == ticket_id:
            self.show_detail(ticket_id)

    def _action_failed(self, err: Exception) -> None:
        self.action_error.setText(labels.service_error(err) if isinstance(err, ServiceError) else str(err))
        self.action_error.show()

    def open_dialog(self, action: str):
        """Approve or receive a return on the selected ticket (the dialog is returned open)."""
        if self.ticket is None or self.order is None or ticket_service.refusal(
                self.ticket, action, self.workspace.actor.role) is not None:
            return None
        cls = ApproveReturnDialog if action == "approve_return" else ReceiveReturnDialog
        dialog = cls(self.workspace, self.ticket, self.order, self)
        ticket_id = self.ticket["id"]
        dialog.accepted.connect(lambda: self._acted(ticket_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_evidence(self, path: str | None = None) -> bool:
        """The dispute's evidence bundle as one PDF, written off the UI thread; False when there is
        no dispute selected or the user cancelled the file dialog."""
        t = self.ticket
        if t is None or t["type"] != "dispute" or not documents.may_export_evidence(self.workspace.actor.role):
            return False
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            name = self.tr("evidence") + f"-{t['number']}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the evidence as PDF"), str(Path(folder) / name),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return False
        engine, shop, actor, ticket_id = self.workspace.engine, dict(self.workspace.shop), self.workspace.actor, t["id"]

        def work() -> int:
            with engine.connect() as conn:
                ticket = read_record(conn, "tickets", ticket_id)
                orders = documents.load_orders(conn, [ticket["order_id"]]) if ticket.get("order_id") else []
                history = queries.customer_history(conn, ticket["customer_id"])
                shown = {o["id"] for o in orders if handles(actor, queries.order_tickets(conn, o["id"]))}
            return documents.write_evidence_bundle(ticket, orders[0] if orders else None, shop, path, role=actor.role,
                                                   history=history, reveal=lambda order: order["id"] in shown)

        self._exported_for = ticket_id
        self.export_note.setText(self.tr("Writing the evidence to PDF…"))
        self.export_note.show()
        run_in_background(work, lambda pages: self._exported(path, pages), self._export_failed, self)
        return True

    def _exported(self, path: str, pages: int) -> None:
        self.exported_path = path
        self.export_note.setText(self.tr("Evidence saved to %1 (%n page(s))", "", pages).replace("%1", Path(path).name))
        self.export_note.setToolTip(path)

    def _export_failed(self, err: Exception) -> None:
        self.export_note.setText(self.tr("The evidence could not be written: %1").replace("%1", str(err)))

    # --- the composer -----------------------------------------------------------------------
    def _show_composer(self, t: dict) -> None:
        refused = ticket_service.refusal(t, "reply", self.workspace.actor.role)
        for w in (self.canned_box, self.note_check):
            w.setEnabled(refused is None)
        if self.composer.show_for(t["id"], refused):   # another ticket: its own draft, a reply by default
            self.note_check.setChecked(False)
            self._fill_canned(t)

    def _fill_canned(self, t: dict) -> None:
        language = canned.language_of(t)
        self.canned_box.clear()
        self.canned_box.addItem(self.tr("Insert a canned reply…"), None)
        replies = canned.replies(self.workspace.engine)
        for reply in sorted(replies, key=lambda r: r.language != language):  # the customer's language first
            self.canned_box.addItem(f"{reply.title} · {'中文' if reply.language == 'zh_CN' else 'EN'}", reply)
        self.canned_box.insertSeparator(self.canned_box.count())
        self.canned_box.addItem(self.tr("Manage canned replies…"), MANAGE_CANNED)

    def _canned_picked(self, index: int) -> None:
        reply = self.canned_box.itemData(index)
        self.canned_box.setCurrentIndex(0)
        if reply == MANAGE_CANNED:
            self.manage_canned()
            return
        if reply is None or self.ticket is None:
            return
        values = canned.facts(self.ticket, self.order, self.workspace.shop, self.workspace.actor.username)
        try:
            text = canned.render(reply.body, values)
        except ServiceError as err:
            self.reply_error.setText(err.message)
            return
        self.reply_error.clear()
        self.reply_edit.insertPlainText(text)
        self.reply_edit.setFocus()

    def manage_canned(self) -> CannedRepliesDialog:
        """The shop's canned replies, to write and change (returned open, for tests)."""
        dialog = CannedRepliesDialog(self.workspace.engine, self)
        dialog.finished.connect(lambda _: self.ticket is not None and self._fill_canned(self.ticket))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _note_toggled(self, note: bool) -> None:
        self.reply_edit.setPlaceholderText(self.tr("Internal note for colleagues… (Ctrl+Enter saves)") if note
                                           else self.tr("Reply to the customer… (Ctrl+Enter sends)"))
        self.send_button.setText(self.tr("Add note") if note else self.tr("Send"))

    def send_reply(self) -> None:
        if self.ticket is None:
            return
        ticket_id, kind = self.ticket["id"], "internal_note" if self.note_check.isChecked() else "reply"
        self.composer.send(lambda text: self.workspace.perform("tickets.reply", ticket_id, body=text, kind=kind),
                           self._sent, self.tr("Write the reply first."))

    def _sent(self, ticket_id: int) -> None:
        self.note_check.setChecked(False)
        if self.current_id == ticket_id:
            self.show_detail(ticket_id)

    def _show_alert(self, t: dict, now: datetime) -> None:
        due = earliest_due(t)
        state = clock_state(due, t["status"], now)
        if state == "overdue":
            text = self.tr("⚠ SLA breached: due %1 ago.").replace("%1", formatting.age(due, now))
        elif state == "soon":
            text = self.tr("Due in %1: answer or resolve it before the SLA is breached.") \
                .replace("%1", formatting.age_until(due, now))
        elif state == "paused":
            text = self.tr("SLA clocks paused while awaiting the customer.")
        else:
            self.alert_label.hide()
            return
        self.alert_label.setText(text)
        self.alert_label.setStyleSheet(f"color: {theme.color(CLOCK_COLOURS[state]).name()}; font-weight: 600;")
        self.alert_label.show()

    # --- sections, as rich text (platform text escaped) ---------------------------------------
    @staticmethod
    def _coloured(text: str, role: str, bold: bool = False) -> str:
        weight = "font-weight:600;" if bold else ""
        return f"<span style='color:{theme.color(role).name()};{weight}'>{text}</span>"

    @staticmethod
    def _tint(role: str, amount: float) -> str:
        """A background: the theme's base colour with a little of a semantic colour."""
        base, colour = QColor(theme.current().base), theme.color(role)
        mix = [round(b + (c - b) * amount) for b, c in zip(base.getRgb()[:3], colour.getRgb()[:3], strict=True)]
        return QColor(*mix).name()

    def _case_html(self, t: dict, currency: str) -> str:
        rows = [(self.tr("Customer"), f"<b>{escape(t['customer_name'])}</b>")]
        if t.get("order_number"):
            order = escape(t["order_number"])
            if self.order is not None:
                order += " · " + formatting.money(self.order["total"], currency) + " · " \
                    + labels.code(self.order["status"])
            rows.append((self.tr("Order"), order))
        else:
            rows.append((self.tr("Order"), theme.muted(self.tr("none"))))
        if t.get("requested_amount") is not None:
            rows.append((self.tr("Requested"), f"<b>{formatting.money(t['requested_amount'], currency)}</b>"))
        rows.append((self.tr("Assignee"), escape(t["assignee"]) if t.get("assignee")
                     else theme.muted(self.tr("unassigned"))))
        if t.get("tags"):
            rows.append((self.tr("Tags"), escape(labels.join(t["tags"]))))
        return theme.pairs(rows)

    def _clock_html(self, due: str | None, status: str, now: datetime) -> str:
        """One SLA clock: time left or overdue, with the due time; paused or stopped when so."""
        if not due:
            return theme.muted("—")
        state = clock_state(due, status, now)
        if state == "paused":
            return theme.muted(self.tr("paused while awaiting the customer"))
        when = theme.muted(" · " + formatting.timestamp(due))
        if state == "none":
            return theme.muted(self.tr("stopped")) + when
        if state == "overdue":
            return self._coloured(self.tr("%1 overdue").replace("%1", formatting.age(due, now)), "danger", True) + when
        text = self.tr("%1 left").replace("%1", formatting.age_until(due, now))
        return (self._coloured(text, "warning", True) if state == "soon" else text) + when

    def _sla_html(self, t: dict, now: datetime) -> str:
        status = t["status"]
        if t.get("first_responded_at"):
            first = self._coloured(self.tr("answered %1").replace("%1", formatting.timestamp(t["first_responded_at"])),
                                   "success")
        else:
            first = self._clock_html(t.get("first_response_due"), status, now)
        if t.get("next_response_due"):
            following = self._clock_html(t["next_response_due"], status, now)
        else:
            following = theme.muted(self.tr("no customer message waiting for an answer"))
        if t.get("resolved_at"):
            resolution = self._coloured(self.tr("resolved %1").replace("%1", formatting.timestamp(t["resolved_at"])),
                                        "success")
        elif t.get("closed_at"):
            resolution = theme.muted(self.tr("closed %1").replace("%1", formatting.timestamp(t["closed_at"])))
        else:
            resolution = self._clock_html(t.get("resolution_due"), status, now)
        return theme.pairs([(self.tr("First response"), first), (self.tr("Next response"), following),
                            (self.tr("Resolution"), resolution)])

    def _rma_html(self, t: dict) -> str | None:
        rma = t.get("rma")
        if not rma:
            return None
        lines = {ln["id"]: ln for ln in (self.order or {}).get("lines", [])}
        items = []
        for item in rma.get("items", []):
            line = lines.get(item["line_id"])
            name = f"{escape(line['sku'])} · {escape(line['title'])}" if line else f"#{item['line_id']}"
            items.append(self.tr("%1 × %2").replace("%1", formatting.integer(item["quantity"])).replace("%2", name))
        status = self._coloured(labels.prefixed_code("rma_", rma["status"]),
                                "success" if rma["status"] == "received" else "warning", True)
        rows = [(self.tr("Number"), f"<b>{escape(rma['number'])}</b>"), (self.tr("Status"), status),
                (self.tr("Approved"), formatting.timestamp(rma.get("approved_at")))]
        if rma.get("received_at"):
            rows.append((self.tr("Received"), formatting.timestamp(rma["received_at"])))
        rows.append((self.tr("Items"), "<br>".join(items) or theme.muted("—")))
        if t.get("replacement_order_number"):
            rows.append((self.tr("Replacement"), f"<b>{escape(t['replacement_order_number'])}</b>"))
        elif t["type"] == "exchange":
            rows.append((self.tr("Replacement"),
                         theme.muted(self.tr("a replacement order, once the return is received and synced"))))
        return theme.pairs(rows)

    def _dispute_html(self, t: dict, now: datetime) -> str | None:
        deadline = t.get("dispute_deadline")
        if not deadline:
            return None
        when = formatting.timestamp(deadline)
        moment = parse_time(deadline)
        if t["status"] in CLOSED_TICKET_STATUSES:
            left = theme.muted(self.tr("settled"))
        elif moment is not None and moment <= now:
            left = self._coloured(self.tr("passed %1 ago").replace("%1", formatting.age(deadline, now)), "danger", True)
        else:
            left = self._coloured(self.tr("%1 left").replace("%1", formatting.age_until(deadline, now)), "warning",
                                  True)
        return theme.pairs([(self.tr("Platform deadline"), f"{when} · {left}")])

    def _history_html(self, t: dict, orders: list[dict], tickets: list[dict]) -> str | None:
        others = [x for x in tickets if x["id"] != t["id"]][:5]
        if not orders and not others:
            return None
        rows = []
        for o in orders:
            mark = " ◀" if o["id"] == t.get("order_id") else ""
            rows.append(f"<b>{escape(o['number'])}</b>{mark} · {formatting.date(o['created_at'])} · "
                        f"{formatting.money(o['total'], o['currency'] or 'CNY')} · {labels.code(o['status'])}")
        for x in others:
            rows.append(f"<b>{escape(x['number'])}</b> · {labels.code(x['type'])} · {labels.code(x['status'])}<br>"
                        + theme.muted(f"{formatting.date(x['created_at'])} · {escape(x['subject'])}"))
        return "<br>".join(rows)

    def _link(self, target: str) -> None:
        if target == "earlier" and self.ticket is not None:
            self._all_messages_of = self.ticket["id"]
            self.fill_section("conversation", self._conversation_html(self.ticket))

    def _conversation_html(self, t: dict) -> str:
        messages = t.get("messages") or []
        if not messages:
            return theme.muted(self.tr("No messages yet."))
        blocks = []
        earlier = len(messages) - LATEST_MESSAGES
        if earlier > 0 and getattr(self, "_all_messages_of", None) != t["id"]:
            # a long conversation opens on its latest messages: laying out a hundred takes the pane ~100 ms
            link = self.tr("Show %n earlier message(s)", "", earlier)
            blocks.append(f"<p><a href='earlier'>{link}</a></p>")
            messages = messages[earlier:]
        for m in messages:  # oldest first, as a conversation reads
            when = formatting.timestamp(m.get("at"))
            body = escape(m.get("body") or "").replace("\n", "<br>")
            if m.get("author_type") == "system":
                blocks.append(f"<p style='margin:6px 0 0 0'>{theme.muted(body + ' · ' + when)}</p>")
                continue
            kind = m.get("kind")
            if kind == "internal_note":
                tag = self._coloured(labels.prefixed_code("message_", kind), "warning", True)
                background = self._tint("warning", 0.16)
            elif m.get("author_type") == "customer":
                tag = theme.muted(self.tr("Customer"))
                background = theme.current().alternate
            else:
                tag = theme.muted(labels.prefixed_code("message_", kind))
                background = self._tint("info", 0.09)
            head = f"<b>{escape(m.get('author') or '')}</b> · {tag} · {theme.muted(when)}"
            attachments = m.get("attachments") or []
            extra = "<br>" + theme.muted(self.tr("Attachments: %1").replace("%1", escape(labels.join(attachments)))) \
                if attachments else ""
            blocks.append(f"<table width='100%' cellspacing='0' cellpadding='7' bgcolor='{background}' "
                          f"style='margin-top:6px'><tr><td>{head}<br>{body}{extra}</td></tr></table>")
        return "".join(blocks)
