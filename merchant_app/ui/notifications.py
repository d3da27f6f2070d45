"""Notifications of new orders and tickets and of SLA breaches: a toast in the window, the system
tray when it is behind.

After every pull of orders or tickets, ``services.arrivals`` says what arrived since the last notice
(it keeps its mark in the cache, so what came while the console was closed is announced once at the
next start). SLA breaches come with time passing rather than with a pull, so besides after each pull
of tickets they are checked every :data:`SLA_CHECK_MS` (``arrivals.check_sla``, off the UI thread):
each of the user's tickets coming due within two hours, or past due, is announced once. A click on
the toast or the tray message opens the list the records are in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSystemTrayIcon, QToolButton, QVBoxLayout, QWidget

from ..services import arrivals
from ..services.arrivals import Arrival
from . import formatting
from .bridge import run_in_background

SLA_CHECK_MS = 60_000
"""How often the SLA clocks are looked at for breaches between pulls."""
KINDS = (*arrivals.WATCHED, "sla")
"""One toast per kind of notice: new orders, new tickets, SLA breaches."""


class Toast(QFrame):
    """A small message in the window's bottom-right corner that goes away by itself."""

    SHOW_MS = 8000

    def __init__(self, parent: QWidget, place: Callable[[], None]) -> None:
        super().__init__(parent, objectName="toast")
        self._place = place
        self.setFixedWidth(360)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 8, 10)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel(objectName="toastTitle")
        self.body = QLabel(objectName="muted")
        self.body.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.body)
        row.addLayout(text, 1)
        close = QToolButton(text="×", autoRaise=True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.on_click: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=self.SHOW_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(self, title: str, body: str, on_click: Callable[[], None] | None) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.on_click = on_click
        self.adjustSize()
        self.show()
        self.raise_()
        self._place()
        self._timer.start()

    def dismiss(self) -> None:
        self.hide()
        self._place()

    def enterEvent(self, event) -> None:   # reading it: stay
        self._timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._timer.start()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.dismiss()
            if self.on_click:
                self.on_click()
        super().mouseReleaseEvent(event)


class Notifier(QObject):
    """Watches pulls of orders and tickets and announces what is new.

    ``open_list(view, filters, text)`` is the window's; a notice opens the list of what it announces
    (Home when the role has no such list).
    """

    def __init__(self, window, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.engine = window.workspace.engine
        self.toasts = {kind: Toast(window, self._place) for kind in KINDS}
        window.installEventFilter(self)
        self.announced: list[tuple[str, str, Arrival]] = []   # (title, body, arrival), newest last
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.setToolTip(window.windowTitle())
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        self._tray_target: Callable[[], None] | None = None
        self.shown: dict[str, Arrival] = {}   # what each toast says now
        window.bridge.event.connect(self._on_event)
        for resource in arrivals.WATCHED:   # sets the marks on a new cache; announces what came meanwhile
            self._check(resource)
        self._check_sla()
        self.sla_timer = QTimer(self, interval=SLA_CHECK_MS)
        self.sla_timer.timeout.connect(self._check_sla)
        self.sla_timer.start()

    @property
    def enabled(self) -> bool:
        return self.settings.value("notifications/enabled", True, type=bool)

    def set_enabled(self, on: bool) -> None:
        self.settings.setValue("notifications/enabled", on)
        if not on:
            for toast in self.toasts.values():
                toast.dismiss()

    def _on_event(self, event) -> None:
        if event.kind == "pull_done" and event.resource in arrivals.WATCHED and event.count:
            self._check(event.resource)
        if event.kind == "pull_done" and event.resource == "tickets":
            self._check_sla()

    def _check(self, resource: str) -> None:
        engine = self.engine
        run_in_background(lambda: arrivals.check(engine, resource), self.announce, lambda err: None, self)

    def _check_sla(self) -> None:
        engine, actor = self.engine, self.window.workspace.actor
        run_in_background(lambda: arrivals.check_sla(engine, actor.username, actor.role), self.announce,
                          lambda err: None, self)

    def announce(self, arrival: Arrival | None) -> None:
        if arrival is None or not arrival.count:
            return
        title, body = self.describe(arrival)
        self.announced.append((title, body, arrival))
        if not self.enabled:
            return
        toast = self.toasts[arrival.resource]
        shown = self.shown.get(arrival.resource)
        if shown is not None and toast.isVisible():
            # more of the same while the notice is up: one notice counting them all
            arrival = Arrival(arrival.resource, shown.count + arrival.count,
                              (arrival.newest + shown.newest)[:arrivals.SAMPLE])
            title, body = self.describe(arrival)
        self.shown[arrival.resource] = arrival
        target = self._target(arrival)
        toast.show_message(title, body, target)
        if self.tray is not None and not self.window.isActiveWindow():
            self._tray_target = target
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, Toast.SHOW_MS)

    def describe(self, arrival: Arrival) -> tuple[str, str]:
        newest, more = arrival.newest, arrival.count - len(arrival.newest)
        if arrival.resource == "orders":
            title = self.tr("%n new order(s)", "", arrival.count)
            lines = [f"{o['number']} · {o['customer_name']} · {formatting.money(o['total'], o['currency'])}"
                     for o in newest]
        elif arrival.resource == "sla":
            if all(t["breached"] for t in newest) and more <= 0:
                title = self.tr("%n ticket(s) past the SLA", "", arrival.count)
            else:
                title = self.tr("%n ticket(s) near or past the SLA", "", arrival.count)
            lines = [f"{t['number']}: {t['subject']} · " + (
                self.tr("overdue") if t["breached"] else
                self.tr("due in %1").replace("%1", formatting.age_until(t["due"]))) for t in newest]
        else:
            title = self.tr("%n new ticket(s)", "", arrival.count)
            lines = [f"{t['number']}: {t['subject']}" for t in newest]
        if more > 0:
            lines.append(self.tr("and %n more", "", more))
        return title, "\n".join(lines)

    def _target(self, arrival: Arrival) -> Callable[[], None]:
        window = self.window
        if arrival.resource == "orders" and "orders" in window.views:
            if arrival.count == 1:
                number = arrival.newest[0]["number"]
                return lambda: window.open_list("orders", {}, number)
            return lambda: window.open_list("orders", {"created": "today"}, "")
        if arrival.resource == "tickets" and "tickets" in window.views:
            return lambda: window.open_list("tickets", {"queue": "unassigned"}, "")
        if arrival.resource == "sla" and "tickets" in window.views:
            if arrival.count == 1:
                return lambda: window.open_list("tickets", {}, arrival.newest[0]["number"])
            return lambda: window.open_list("tickets", {"queue": "breaching"}, "")
        return lambda: window.show_view("home")

    def _place(self) -> None:
        """Visible notices stacked up from the window's bottom-right corner, orders lowest."""
        window = self.window
        y = window.height() - window.statusBar().height() - 16
        for toast in self.toasts.values():
            if toast.isVisible():
                y -= toast.height()
                toast.move(window.width() - toast.width() - 16, y)
                y -= 8

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(obj, event)

    def _tray_clicked(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self._tray_target:
            self._tray_target()

    def close(self) -> None:
        self.sla_timer.stop()
        self.window.removeEventFilter(self)
        if self.tray is not None:
            self.tray.hide()
