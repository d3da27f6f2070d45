"""After-sales: the ticket queue and, beside it, one ticket in full.

The table lists the shop's tickets by queue (mine, unassigned, breaching, awaiting the customer,
disputes, all open), status, type and priority, each row with its SLA clock counting down (or
overdue, or paused while the customer is to answer). The detail pane shows the customer and the
linked order, the three SLA clocks, the return (RMA), a dispute's deadline, the tags and the
conversation, internal notes set apart from what the customer sees.

The view only reads for now: replies, assignment and transitions come with the rest of issue 5.
Agents may see all of it (the requested amount included: agents handle refunds).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
)

from ...store import queries
from ...store.queries import (
    CLOSED_TICKET_STATUSES,
    NEAR_BREACH,
    NEVER_DUE,
    PRIORITY_RANK,
    TICKET_PRIORITIES,
    TICKET_STATUSES,
    TICKET_TYPES,
    TICKETS_VIEW,
)
from .. import formatting, labels, theme
from ..bridge import run_in_background
from ..records_view import RecordsView
from ..table_model import RAW_ROLE
from .orders import ChipFlow

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
REFRESH_MS = 60_000
"""Clocks move: the countdowns are redrawn, and the breaching queue counted again, every minute."""


def parse_time(iso: str | None) -> datetime | None:
    if not iso or iso.startswith(NEVER_DUE):
        return None
    return datetime.fromisoformat(iso)


def clock_state(due: str | None, status: str | None, now: datetime) -> str:
    """Where a clock stands: ``none`` (stopped or never ran), ``paused`` (awaiting the customer),
    ``overdue``, ``soon`` (due within :data:`NEAR_BREACH`) or ``running``."""
    moment = parse_time(due)
    if moment is None or status in CLOSED_TICKET_STATUSES:
        return "none"
    if status == "awaiting_customer":
        return "paused"
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
        when = formatting.timestamp(due)
        if state == "paused":
            return self.tr("Due %1; the clock is paused while awaiting the customer").replace("%1", when)
        return self.tr("Due %1").replace("%1", when)

    def _csv_value(self, column, value, row):
        if column.key == "next_due":
            return "" if value is None or str(value).startswith(NEVER_DUE) else value
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
        chips = ChipFlow()
        self.status_chip, self.type_chip, self.priority_chip, self.sync_chip = (QLabel(objectName="chip")
                                                                                for _ in range(4))
        for chip in (self.status_chip, self.type_chip, self.priority_chip, self.sync_chip):
            chips.addWidget(chip)
        f.addLayout(chips)
        self.alert_label = QLabel(wordWrap=True)
        f.addWidget(self.alert_label)
        for key, title in (("case", self.tr("Customer and order")), ("sla", self.tr("Service level")),
                           ("rma", self.tr("Return (RMA)")), ("dispute", self.tr("Dispute")),
                           ("conversation", self.tr("Conversation"))):
            self.add_section(f, key, title)

    def show_detail(self, record_id: int | None) -> None:
        self.ticket = self.workspace.record("tickets", record_id) if record_id is not None else None
        has = self.ticket is not None
        self.empty_label.setVisible(not has)
        self.ticket_host.setVisible(has)
        if not has:
            self.order = None
            return
        t = self.ticket
        self.order = self.workspace.record("orders", t["order_id"]) if t.get("order_id") is not None else None
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
        self.fill_section("conversation", self._conversation_html(t))

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
        when = theme.muted(" · " + formatting.timestamp(due))
        state = clock_state(due, status, now)
        if state == "paused":
            return theme.muted(self.tr("paused while awaiting the customer")) + when
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

    def _conversation_html(self, t: dict) -> str:
        messages = t.get("messages") or []
        if not messages:
            return theme.muted(self.tr("No messages yet."))
        blocks = []
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
