"""Home: today at a glance, each figure a click (or Tab and Enter) away from the list behind it.

The figures come from ``services.home`` on the thread pool, so a million-order cache never holds
the window; they refresh when a pull or a local edit touches what they count, and every minute
(SLA clocks run on their own).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services import home
from ...services.workspace import Workspace
from .. import formatting, theme
from ..bridge import run_in_background

WATCHED = {"orders", "tickets", "inventory", "reviews", "campaigns", "listings"}


class Card(QFrame):
    """One figure: what it counts, how many, a line of context; activates like a button."""

    activated = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(104)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.title = QLabel(title, objectName="cardTitle")
        self.value = QLabel("–", objectName="cardValue")
        self.facts = QLabel(objectName="muted")
        self.facts.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.clickable = False

    def show_figure(self, count: int, facts: str, tone: str | None, clickable: bool) -> None:
        self.value.setText(formatting.integer(count))
        self.value.setStyleSheet(f"color: {getattr(theme.current(), tone)};" if tone else "")
        self.facts.setText(facts)
        self.clickable = clickable
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setProperty("clickable", clickable)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class ShortList(QFrame):
    """A titled list of a few records; a click on one opens it in its view."""

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self.empty = empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(QLabel(title, objectName="sectionTitle"))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def show_rows(self, rows: list[tuple[str, str, str | None]], on_click: Callable[[int], None] | None) -> None:
        """rows: (left text, right text, tone of the right text); on_click(index) when one is clicked."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.layout():
                while item.layout().count():
                    item.layout().takeAt(0).widget().deleteLater()
            elif item.widget():
                item.widget().deleteLater()
        if not rows:
            self.rows.addWidget(QLabel(self.empty, objectName="muted"))
            return
        t = theme.current()
        for i, (left, right, tone) in enumerate(rows):
            line = QHBoxLayout()
            name = QLabel(f"<a href='{i}' style='color:{t.text}; text-decoration:none'>{left}</a>"
                          if on_click else left)
            name.setTextFormat(Qt.TextFormat.RichText)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                         | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            if on_click:
                name.linkActivated.connect(lambda href: on_click(int(href)))
            name.setMinimumHeight(22)   # rows with and without CJK text keep one height
            value = QLabel(right)
            if tone:
                value.setStyleSheet(f"color: {getattr(t, tone)}; font-weight: 600;")
            line.addWidget(name, 1)
            line.addWidget(value)
            self.rows.addLayout(line)


class HomeView(QWidget):
    """Today at a glance. ``open_list(view, filters, text)`` is called when the user follows a figure."""

    def __init__(self, workspace: Workspace, settings: QSettings, open_list: Callable[[str, dict, str], object],
                 has_view: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.open_list = open_list
        self.has_view = has_view
        self.glances: dict[str, home.Glance] = {}
        self.loaded_at: datetime | None = None
        self._loading = False
        self._again = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=1000)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self.refresh)
        self._clock.start()

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Today"), objectName="viewTitle"))
        self.date_label = QLabel(objectName="muted")
        head.addWidget(self.date_label)
        head.addStretch(1)
        self.updated_label = QLabel(objectName="muted")
        head.addWidget(self.updated_label)
        layout.addLayout(head)

        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        titles = {
            "new_orders": self.tr("New orders"),
            "to_ship": self.tr("Orders to ship"),
            "tickets_due": self.tr("Tickets near SLA breach"),
            "low_stock": self.tr("Low stock"),
            "negative_reviews": self.tr("Unanswered negative reviews"),
            "campaigns": self.tr("Running campaigns"),
        }
        for i, (key, title) in enumerate(titles.items()):
            card = Card(title)
            card.setToolTip(self._definition(key))
            card.activated.connect(lambda k=key: self.follow(k))
            self.cards[key] = card
            grid.addWidget(card, i // 3, i % 3)
        layout.addLayout(grid)

        lists = QHBoxLayout()
        lists.setSpacing(12)
        self.ship_list = ShortList(self.tr("Waiting longest to ship"), self.tr("Nothing waits to be shipped."))
        self.stock_list = ShortList(self.tr("Restock first"), self.tr("Every SKU is above its low-stock threshold."))
        lists.addWidget(self.ship_list, 1)
        lists.addWidget(self.stock_list, 1)
        layout.addLayout(lists)
        layout.addStretch(1)

    # --- the figures --------------------------------------------------------------------------
    def _definition(self, key: str) -> str:
        hours = int(home.NEAR_BREACH.total_seconds() // 3600)
        return {
            "new_orders": self.tr("Orders placed since midnight, shop time, compared with yesterday up to the "
                                  "same time of day."),
            "to_ship": self.tr("Orders paid or being processed with units not shipped yet, cash on delivery "
                               "before payment included."),
            "tickets_due": self.tr("Tickets being worked on whose next response or resolution is due within "
                                   "%1 h, or overdue. Tickets waiting for the customer are paused.")
            .replace("%1", str(hours)),
            "low_stock": self.tr("Stock levels at or below their low-stock threshold, out of stock included."),
            "negative_reviews": self.tr("Published one- and two-star reviews without a reply."),
            "campaigns": self.tr("Campaigns active now."),
        }[key]

    def refresh(self) -> None:
        """Recount in the background; a refresh asked for while one runs runs once after it."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        workspace = self.workspace

        def load():
            with workspace.engine.connect() as conn:
                return (home.at_a_glance(conn, workspace.actor.role, workspace.shop),
                        home.oldest_to_ship(conn), home.restock_first(conn))

        run_in_background(load, self._show, self._failed, self)

    def _failed(self, err: Exception) -> None:
        self._loading = False
        self.updated_label.setText(self.tr("Could not count: %1").replace("%1", str(err)))

    def _show(self, result) -> None:
        self._loading = False
        glances, to_ship, restock = result
        self.glances = {g.key: g for g in glances}
        self.loaded_at = datetime.now(UTC)
        zone = home.shop_zone(self.workspace.shop)
        today = datetime.now(UTC).astimezone(zone)
        self.date_label.setText(QLocale().toString(today.date(), QLocale.FormatType.LongFormat))
        self.updated_label.setText(self.tr("Updated %1").replace(
            "%1", QLocale().toString(datetime.now().time(), QLocale.FormatType.ShortFormat)))
        for g in glances:
            self.cards[g.key].show_figure(g.count, self._facts(g), self._tone(g), self.has_view(g.view))
        self.ship_list.show_rows(
            [(f"{o['number']} · {o['customer_name']}",
              (self.tr("high risk") + " · " if o["risk_level"] == "high" else "")
              + self.tr("waiting %1").replace("%1", formatting.age(o["waiting_since"])),
              "danger" if o["risk_level"] == "high" else None) for o in to_ship],
            (lambda i, numbers=[o["number"] for o in to_ship]: self.open_list("orders", {}, numbers[i]))
            if self.has_view("orders") else None)
        self.stock_list.show_rows(
            [(f"{s['sku']} · {s['title']}", self.tr("%1 available").replace("%1", formatting.integer(s["available"])),
              "danger" if s["available"] <= 0 else "warning") for s in restock],
            lambda i, skus=[s["sku"] for s in restock]: self.open_list("stock", {}, skus[i]))
        if self._again:
            self._again = False
            self.refresh()

    def _facts(self, g: home.Glance) -> str:
        f = g.facts
        if g.key == "new_orders":
            parts = [self.tr("yesterday by now: %1").replace("%1", formatting.integer(f["yesterday"]))]
            if "revenue" in f:
                parts.insert(0, formatting.money(f["revenue"], f["currency"]))
            return " · ".join(parts)
        if g.key == "to_ship":
            parts = []
            if f["high_risk"]:
                parts.append(self.tr("%n high risk", "", f["high_risk"]))
            if f["oldest"]:
                parts.append(self.tr("oldest waiting %1").replace("%1", formatting.age(f["oldest"])))
            return " · ".join(parts)
        if g.key == "tickets_due":
            return self.tr("%n overdue", "", f["overdue"]) if f["overdue"] else self.tr("none overdue")
        if g.key == "low_stock":
            return self.tr("%n out of stock", "", f["out"])
        if g.key == "negative_reviews":
            return self.tr("oldest from %1").replace("%1", formatting.date(f["oldest"])) if f["oldest"] else ""
        if g.key == "campaigns":
            if f["ending_soon"]:
                return self.tr("%n ending within a day", "", f["ending_soon"])
            return self.tr("next one ends in %1").replace("%1", formatting.age_until(f["ends_first"])) \
                if f["ends_first"] else ""
        return ""

    def _tone(self, g: home.Glance) -> str | None:
        if not g.count:
            return None
        if g.key == "tickets_due":
            return "danger" if g.facts["overdue"] else "warning"
        if g.key == "low_stock":
            return "danger" if g.facts["out"] else "warning"
        if g.key == "negative_reviews":
            return "warning"
        return None

    def follow(self, key: str) -> None:
        g = self.glances.get(key)
        if g is not None and self.has_view(g.view):
            self.open_list(g.view, g.filters, "")

    @property
    def ready(self) -> bool:
        """The figures are on screen and no recount is running (screenshots wait for it)."""
        return self.loaded_at is not None and not self._loading

    # --- what the window asks of every view ---------------------------------------------------
    def on_sync_event(self, event) -> None:
        if event.kind == "pull_done" and event.resource in WATCHED and event.count:
            self._refresh_timer.start()

    def on_changes(self, _changes) -> None:
        self._refresh_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.loaded_at is None or (datetime.now(UTC) - self.loaded_at).total_seconds() > 5:
            self.refresh()

    def save_state(self) -> None:
        pass
