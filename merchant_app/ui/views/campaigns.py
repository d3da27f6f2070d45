"""Campaigns: every promotion of the shop, filtered, searched and sorted in SQL, and one campaign in full
beside the table — its offer in words, its dates and the time left, its budget and what it has spent,
its redemptions and daily traffic, and the products it covers.

Under the status: Change… (name, dates, budget, products, offer, with the shop's checks:
``campaign_actions``), Schedule, Pause, Resume and Cancel…, each through the services layer and
disabled with the reason when the campaign's state or the role does not allow it. Creating campaigns,
the calendar and the dashboards come later in issue 6. Budget and spent are revenue figures: roles that may not read revenue
(agents) get the list without those columns — rows that never carry them, so neither the table nor
its CSV export shows them — and no budget in the detail pane. The offer itself (``¥30 off``) is
what customers see, so it is shown to everyone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import campaigns as campaign_service
from ...services.edits import ServiceError
from ...store import queries
from ...store.queries import (
    CAMPAIGN_STATUSES,
    CAMPAIGN_TYPES,
    CAMPAIGN_WHEN,
    CAMPAIGNS_VIEW,
    CAMPAIGNS_VIEW_WITHOUT_MONEY,
)
from .. import formatting, labels, theme
from ..bridge import run_in_background
from ..records_view import RecordsView
from ..table_model import RAW_ROLE
from .campaign_actions import CampaignDialog, CancelCampaignDialog
from .campaign_calendar import CampaignCalendar, month_grid
from .campaign_dashboard import CampaignComparison, CampaignDashboard

STATUS_COLOURS = {"active": "success", "scheduled": "info", "paused": "warning", "draft": "muted",
                  "ended": "muted", "cancelled": "muted"}
NEARLY_SPENT = 0.9
"""Share of the budget spent from which the figure is flagged (warning; danger once it is all spent)."""
SHOWN_LISTINGS = 10
"""Products named in the detail pane; the rest are counted ("and 12 more")."""
HIDDEN_AT_FIRST = ("type",)
"""Left out until the user shows it (right-click on the header), so that the table fits beside the
detail pane with the budget columns: it is a filter, and the detail pane shows it."""


def spent_share(spent: int | None, budget: int | None) -> float | None:
    """Spent as a share of the budget; None without a budget."""
    if not budget or spent is None:
        return None
    return spent / budget


def share_role(share: float | None) -> str | None:
    """The theme colour of a spent share: danger when it is all spent, warning from NEARLY_SPENT."""
    if share is None or share < NEARLY_SPENT:
        return None
    return "danger" if share >= 1 else "warning"


def fill_in(template: str, *values: str) -> str:
    """``%1``, ``%2``... replaced in one pass, so a value that itself holds ``%2`` (a coupon code, a
    name) is never replaced again."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


class CampaignCells(QStyledItemDelegate):
    """Colours each status, and the spent figure of a campaign that has (nearly) used its budget."""

    def __init__(self, keys: list[str], parent=None) -> None:
        super().__init__(parent)
        self.keys = keys

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        key = self.keys[index.column()] if 0 <= index.column() < len(self.keys) else None
        role = None
        if key == "status":
            role = STATUS_COLOURS.get(index.data(RAW_ROLE))
        elif key == "spent" and "budget" in self.keys:
            budget = index.siblingAtColumn(self.keys.index("budget")).data(RAW_ROLE)
            role = share_role(spent_share(index.data(RAW_ROLE), budget))
        if role:
            option.palette.setColor(QPalette.ColorRole.Text, theme.color(role))


class CampaignsView(RecordsView):
    query = CAMPAIGNS_VIEW

    def __init__(self, workspace, settings, parent=None) -> None:
        self.campaign: dict | None = None
        self.dialog = None
        self.traffic: list[dict] = []
        self.money = workspace.may("analytics:read")
        # without the right to read revenue, the rows carry no budget or spent (the columns are
        # remembered apart, under the other query's name)
        self.query = CAMPAIGNS_VIEW if self.money else CAMPAIGNS_VIEW_WITHOUT_MONEY
        self._columns = {c.key: i + 1 for i, c in enumerate(self.query.columns)}
        super().__init__(workspace, settings, parent)
        self.model.display_hook = self._display
        self.table.setItemDelegate(CampaignCells([c.key for c in self.query.columns], self.table))
        # list or calendar, in the table's place beside the detail pane
        self.calendar = CampaignCalendar()
        self.calendar.campaignClicked.connect(self._calendar_clicked)
        self.calendar.monthChanged.connect(self.show_month)
        self.pages = QStackedWidget()
        self.splitter.replaceWidget(0, self.pages)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.calendar)
        self.calendar_button = self.add_action(self.tr("Calendar"), self.tr(
            "The campaigns of a month on a calendar (the filters of status and type apply)"), self.toggle_calendar)
        self.calendar_button.setCheckable(True)
        self.windows: list[QWidget] = []   # dashboards and comparisons left open
        if workspace.may("campaigns:write"):
            self.new_button = self.add_action(self.tr("New campaign…"), self.tr(
                "A campaign of any type, checked against the others, the margin floor and the stock"),
                self.create, primary=True)
        if self.money:
            self.compare_button = self.add_action(self.tr("Compare"), self.tr(
                "The figures of the selected campaigns side by side (select two or more)"), self.compare)
            self.table.selectionModel().selectionChanged.connect(self._selection_changed)
            self._selection_changed()
        self.model.modelReset.connect(lambda: self.pages.currentWidget() is self.calendar and self.show_month())

    def hidden_at_first(self) -> tuple[str, ...]:
        return HIDDEN_AT_FIRST if self.money else ()   # without the money columns everything fits

    def view_title(self) -> str:
        return self.tr("Campaigns")

    def search_hint(self) -> str:
        return self.tr("Campaign name or coupon code (Ctrl+F)")

    def on_sync_event(self, event) -> None:
        super().on_sync_event(event)
        # the detail pane names products and shows traffic figures: show it again when those arrive
        if event.kind == "pull_done" and event.resource in ("listings", "analytics/daily") and event.count \
                and self.current_id is not None and self.isVisible():
            self.refresh_detail(self.current_id)

    # --- filters ----------------------------------------------------------------------------
    def add_filters(self) -> None:
        self.status_box = self.combo(self.tr("Any status"),
                                     [(labels.prefixed_code("campaign_", s), s) for s in CAMPAIGN_STATUSES])
        self.status_box.setToolTip(self.tr("Running: active on the platform and within its dates now, as Home "
                                           "counts running campaigns"))
        self.type_box = self.combo(self.tr("Any type"),
                                   [(labels.prefixed_code("campaign_", t), t) for t in CAMPAIGN_TYPES])
        when = (self.tr("Current"), self.tr("Upcoming"), self.tr("Past"))
        self.when_box = self.combo(self.tr("Any dates"), list(zip(when, CAMPAIGN_WHEN, strict=True)))
        self.when_box.setToolTip(self.tr("By the campaign's dates, whatever its status: current (started and not "
                                         "ended), upcoming (not started yet) or past (ended)"))

    def filter_values(self) -> dict:
        return {"status": self.status_box.currentData(), "type": self.type_box.currentData(),
                "when": self.when_box.currentData()}

    def set_filter_values(self, values: dict) -> None:
        for box, key in ((self.status_box, "status"), (self.type_box, "type"), (self.when_box, "when")):
            box.blockSignals(True)
            self.select_data(box, values.get(key))
            box.blockSignals(False)

    # --- table ------------------------------------------------------------------------------
    def _currency(self, row: tuple | None = None) -> str:
        currency = row[len(self.query.columns) + 1] if row is not None else None
        return currency or self.workspace.shop.get("currency") or "CNY"

    def _display(self, key: str, row: tuple) -> str | None:
        if key in ("type", "status"):
            return labels.prefixed_code("campaign_", row[self._columns[key]])
        if key == "spent":
            spent = row[self._columns["spent"]]
            text = formatting.money(spent, self._currency(row))
            share = spent_share(spent, row[self._columns["budget"]])
            return text if share is None else f"{text} · {formatting.integer(round(share * 100))}%"
        if key == "listings" and not row[self._columns[key]]:
            return self.tr("All")
        return None

    # --- detail pane ------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        hint = self.tr("Select a campaign to see its offer, dates, budget and results.")
        self.empty_label, self.campaign_host = self.scrolling_detail(frame, hint)
        f = QVBoxLayout(self.campaign_host)
        f.setContentsMargins(0, 0, 0, 0)
        f.setSpacing(4)
        self.name_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText,
                                 textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        f.addWidget(self.name_label)
        self.type_label = QLabel(objectName="muted", wordWrap=True)
        f.addWidget(self.type_label)
        chips = QHBoxLayout()
        self.status_chip = QLabel(objectName="chip")
        chips.addWidget(self.status_chip)
        chips.addStretch(1)
        f.addLayout(chips)
        self.alert_label = QLabel(wordWrap=True)
        f.addWidget(self.alert_label)
        self.action_buttons: dict[str, QPushButton] = {}
        self.dashboard_button = QPushButton(self.tr("Dashboard"))
        self.dashboard_button.setToolTip(self.tr("Revenue, orders, discount cost, uplift and ROI, day by day"))
        self.dashboard_button.clicked.connect(lambda: self.open_dashboard())
        for action, text in (("edit", self.tr("Change…")), ("schedule", self.tr("Schedule")),
                             ("pause", self.tr("Pause")), ("resume", self.tr("Resume")),
                             ("cancel", self.tr("Cancel…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            self.action_buttons[action] = button
        self.button_row(f, [self.dashboard_button, *self.action_buttons.values()])
        self.action_error = self.error_line(f)
        for key, title in (("offer", self.tr("Offer")), ("dates", self.tr("Dates")), ("budget", self.tr("Budget")),
                           ("results", self.tr("Results")), ("products", self.tr("Products"))):
            self.add_section(f, key, title)
            if key == "budget":
                self.budget_bar = QProgressBar(textVisible=False, minimum=0, maximum=1000)
                self.budget_bar.setFixedHeight(8)
                f.addWidget(self.budget_bar)
                self.budget_note = QLabel(objectName="muted", wordWrap=True)
                f.addWidget(self.budget_note)
            if key == "results":
                self.traffic_table = QTableWidget(0, 3)
                self.traffic_table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Visits"), self.tr("Sessions")])
                self.traffic_table.verticalHeader().hide()
                self.traffic_table.verticalHeader().setDefaultSectionSize(24)
                self.traffic_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                self.traffic_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
                self.traffic_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self.traffic_table.setShowGrid(False)
                self.traffic_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
                f.addWidget(self.traffic_table)

    def show_detail(self, record_id: int | None) -> None:
        self.campaign = self.workspace.record("campaigns", record_id) if record_id is not None else None
        has = self.campaign is not None
        self.empty_label.setVisible(not has)
        self.campaign_host.setVisible(has)
        if not has:
            return
        c = self.campaign
        currency = c.get("currency") or self._currency()
        ids = list(c.get("listing_ids") or [])
        with self.workspace.engine.connect() as conn:
            titles = queries.campaign_listing_titles(conn, ids[:SHOWN_LISTINGS])
            self.traffic = queries.campaign_traffic(conn, c["id"], c["starts_at"], c["ends_at"])
        now = datetime.now(UTC)
        self.name_label.setText(c["name"])
        self.type_label.setText(labels.prefixed_code("campaign_", c["type"]))
        theme.set_chip(self.status_chip, labels.prefixed_code("campaign_", c["status"]),
                   STATUS_COLOURS.get(c["status"], "muted"))
        self._show_alert(c, now)
        self._show_actions(c)
        self.dashboard_button.setVisible(self.money)
        self.fill_section("offer", self._offer_html(c, currency))
        self.fill_section("dates", self._dates_html(c, now))
        self._show_budget(c, currency)
        self.fill_section("results", self._results_html(c))
        self._show_traffic()
        self.fill_section("products", self._products_html(ids, titles))

    # --- dashboards -------------------------------------------------------------------------
    def open_dashboard(self, campaign_id: int | None = None):
        """The dashboard of a campaign (the selected one), in a window of its own; returned for tests."""
        campaign_id = campaign_id if campaign_id is not None else (self.campaign or {}).get("id")
        if campaign_id is None or not self.money:
            return None
        window = CampaignDashboard(self.workspace, campaign_id, self)
        self._keep(window)
        return window

    def compare(self, ids: list[int] | None = None):
        """The selected campaigns side by side; returned for tests."""
        ids = ids or self.selected_ids()
        if len(ids) < 2 or not self.money:
            return None
        window = CampaignComparison(self.workspace, ids[:8], self)
        self._keep(window)
        return window

    def _keep(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: w in self.windows and self.windows.remove(w))
        self.windows.append(window)
        window.show()

    def _selection_changed(self, *_args) -> None:
        self.compare_button.setEnabled(len(self.selected_ids()) >= 2)

    # --- the calendar -----------------------------------------------------------------------
    def toggle_calendar(self, on: bool | None = None) -> None:
        on = self.calendar_button.isChecked() if on is None else on
        self.calendar_button.setChecked(on)
        self.pages.setCurrentWidget(self.calendar if on else self.table)
        if on:
            self.show_month()

    def show_month(self, first: date | None = None) -> None:
        """The month of ``first`` (else the one shown) with the campaigns the status and type filters let through."""
        first = first or self.calendar.first
        days = month_grid(first)
        start = datetime.combine(days[0], time()).astimezone()
        end = datetime.combine(days[-1] + timedelta(days=1), time()).astimezone()
        filters = self.filter_values()
        with self.workspace.engine.connect() as conn:
            found = queries.campaigns_between(conn, start, end, filters.get("status"), filters.get("type"))
        self.calendar.show_month(first, found)
        self.calendar.select(self.current_id)

    def _calendar_clicked(self, campaign_id: int) -> None:
        if not self.select_record(campaign_id):   # filtered out of the list: show it all the same
            self.current_id = campaign_id
            self.show_detail(campaign_id)

    # --- actions ----------------------------------------------------------------------------
    def _show_actions(self, c: dict) -> None:
        tips = {"edit": self.tr("Name, dates, budget, products and offer, checked against the other campaigns, "
                                "the margin floor and the stock"),
                "schedule": self.tr("A draft goes live at its start"), "pause": self.tr("Stop it for a while"),
                "resume": self.tr("Run it again until its end"), "cancel": self.tr("Stop it for good")}
        for action, button in self.action_buttons.items():
            refused = campaign_service.refusal(c, action, self.workspace.actor.role)
            button.setEnabled(refused is None)
            button.setToolTip(tips[action] if refused is None else labels.service_error(refused, action))
        status, may = c["status"], self.workspace.may("campaigns:write")
        for action, shown in (("edit", True), ("cancel", True), ("schedule", status == "draft"),
                              ("resume", status == "paused"), ("pause", status not in ("paused", "draft"))):
            self.action_buttons[action].setVisible(may and shown)
        self.action_error.hide()

    def act(self, action: str):
        """Change, schedule, pause, resume or cancel the selected campaign; the dialog (change, cancel)
        is returned open, for tests."""
        if self.campaign is None or not self.action_buttons[action].isEnabled():
            return None
        campaign = self.workspace.record("campaigns", self.campaign["id"])
        if action in ("edit", "cancel"):
            cls = CampaignDialog if action == "edit" else CancelCampaignDialog
            dialog = cls(self.workspace, campaign, self)
            dialog.accepted.connect(lambda: self._acted(campaign["id"]))
            self.dialog = dialog
            dialog.open()
            return dialog
        campaign_id = campaign["id"]
        run_in_background(lambda: self.workspace.perform(f"campaigns.{action}", campaign_id),
                          lambda _: self._acted(campaign_id), self._action_failed, self)
        return None

    def create(self):
        """The form of a new campaign; once made (offline too) it is selected. Returned open, for tests."""
        dialog = CampaignDialog(self.workspace, None, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, dialog) -> None:
        self.refresh()
        if dialog.changes is not None and dialog.changes.ids:
            self.select_record(min(dialog.changes.ids))

    def _acted(self, campaign_id: int) -> None:
        if self.current_id == campaign_id:
            self.show_detail(campaign_id)

    def _action_failed(self, err: Exception) -> None:
        self.action_error.setText(labels.service_error(err) if isinstance(err, ServiceError) else str(err))
        self.action_error.show()

    # --- pieces -----------------------------------------------------------------------------
    def _show_alert(self, c: dict, now: datetime) -> None:
        """Say so when the dates have moved on but the platform's campaign clock has not yet."""
        starts, ends = _moment(c["starts_at"]), _moment(c["ends_at"])
        if c["status"] == "active" and ends <= now:
            text = self.tr("Its end has passed: the platform will mark it ended shortly. It no longer counts as "
                           "running.")
        elif c["status"] == "scheduled" and starts <= now < ends:
            text = self.tr("Its start has passed: the platform will mark it running shortly. Until then it does "
                           "not count as running.")
        else:
            self.alert_label.hide()
            return
        self.alert_label.setText(text)
        self.alert_label.setStyleSheet(f"color: {theme.current().warning};")
        self.alert_label.show()

    def rule_text(self, c: dict, currency: str) -> str:
        """The offer in words: "20% off", "¥30.00 off orders of ¥200.00 or more", "Code X: 10% off"..."""
        r = c.get("rules") or {}
        kind = c["type"]

        def money(amount: int) -> str:
            return formatting.money(amount, currency)

        if r.get("percent_off"):
            cut = fill_in(self.tr("%1% off"), formatting.integer(r["percent_off"]))
        elif r.get("amount_off"):
            cut = fill_in(self.tr("%1 off"), money(r["amount_off"]))
        else:
            cut = ""
        if kind == "spend_x_save_y" and r.get("threshold") and r.get("save"):
            return fill_in(self.tr("%1 off orders of %2 or more"), money(r["save"]), money(r["threshold"]))
        if kind == "coupon":
            code = r.get("code") or "—"
            return fill_in(self.tr("Code %1: %2"), code, cut) if cut else fill_in(self.tr("Code %1"), code)
        if kind == "flash_sale" and r.get("stock_cap"):
            return fill_in(self.tr("%1, up to %n unit(s)", "", r["stock_cap"]), cut or "—")
        if kind == "bundle" and r.get("bundle_price"):
            n = len(c.get("listing_ids") or [])
            return fill_in(self.tr("%n product(s) together for %1", "", n), money(r["bundle_price"]))
        if kind == "amount_off" and r.get("amount_off"):
            return fill_in(self.tr("%1 off per order"), money(r["amount_off"]))
        return cut or self.tr("No discount set")

    def _offer_html(self, c: dict, currency: str) -> str:
        r = c.get("rules") or {}
        ids = c.get("listing_ids") or []
        facts = []
        if c["type"] != "bundle":
            facts.append(self.tr("On %n product(s)", "", len(ids)) if ids else self.tr("On every product in the shop"))
        if r.get("usage_limit"):
            facts.append(self.tr("up to %n use(s) in all", "", r["usage_limit"]))
        if r.get("per_customer_limit"):
            facts.append(self.tr("%n per customer", "", r["per_customer_limit"]))
        return f"<b>{escape(self.rule_text(c, currency))}</b><br>" + theme.muted(escape(" · ".join(facts)))

    def _dates_html(self, c: dict, now: datetime) -> str:
        starts, ends = _moment(c["starts_at"]), _moment(c["ends_at"])
        span = f"{formatting.timestamp(c['starts_at'])} – {formatting.timestamp(c['ends_at'])}"
        length = fill_in(self.tr("Lasts %1"), formatting.age(c["starts_at"], now=ends))
        t = theme.current()
        if c["status"] == "cancelled":  # its dates no longer matter
            return f"{escape(span)}<br>" + theme.muted(escape(length))
        if c["status"] == "draft":
            when, colour = self.tr("Not scheduled yet"), t.muted
        elif now < starts:
            when, colour = fill_in(self.tr("Starts in %1"), formatting.age_until(c["starts_at"], now)), t.info
        elif now < ends:
            left = ends - now
            when = fill_in(self.tr("%1 left"), formatting.age_until(c["ends_at"], now))
            colour = t.warning if left.total_seconds() < 86400 else t.success
        else:
            when, colour = fill_in(self.tr("Ended %1 ago"), formatting.age(c["ends_at"], now)), t.muted
        return (f"{escape(span)}<br>" + theme.muted(escape(length))
                + f" · <span style='color:{colour}'>{escape(when)}</span>")

    def _show_budget(self, c: dict, currency: str) -> None:
        shown = self.money
        for w in (self.sections["budget"], self.section_titles["budget"], self.budget_bar, self.budget_note):
            w.setVisible(shown)
        if not shown:
            return
        spent, budget = c.get("spent") or 0, c.get("budget")

        def money(amount: int) -> str:
            return formatting.money(amount, currency)

        share = spent_share(spent, budget)
        self.budget_bar.setVisible(share is not None)
        if share is None:
            self.sections["budget"].setText(escape(fill_in(self.tr("%1 spent; no budget limit"), money(spent))))
            self.budget_note.hide()
            return
        percent = formatting.integer(round(share * 100))
        self.sections["budget"].setText(
            "<b>" + escape(fill_in(self.tr("%1 spent of %2"), money(spent), money(budget))) + "</b> "
            + theme.muted(f"({percent}%)"))
        self.budget_bar.setValue(min(1000, round(share * 1000)))
        role = share_role(share) or "info"
        t = theme.current()
        self.budget_bar.setStyleSheet(
            f"QProgressBar {{ background: {t.border}; border: none; border-radius: 4px; }}"
            f"QProgressBar::chunk {{ background: {theme.color(role).name()}; border-radius: 4px; }}")
        if share >= 1:
            note = self.tr("The budget is used up: the campaign gives no more discounts.")
        else:
            note = fill_in(self.tr("%1 left"), money(budget - spent))
        self.budget_note.setText(note)
        self.budget_note.show()

    def _results_html(self, c: dict) -> str:
        redemptions = self.tr("%n redemption(s)", "", c.get("redemptions") or 0)
        lines = [f"<b>{escape(redemptions)}</b>"]
        if self.traffic:
            visits = sum(r["visits"] for r in self.traffic)
            sessions = sum(r["sessions"] for r in self.traffic)
            lines.append(escape(fill_in(self.tr("%1 visits, %2 sessions over %n day(s)", "", len(self.traffic)),
                                        formatting.integer(visits), formatting.integer(sessions))))
        elif self.money:  # a role that may read traffic figures, and there are none
            lines.append(theme.muted(escape(self.tr("No traffic figures for its dates yet."))))
        return "<br>".join(lines)

    def _show_traffic(self) -> None:
        table = self.traffic_table
        table.setVisible(bool(self.traffic))
        table.setRowCount(len(self.traffic))
        for i, row in enumerate(self.traffic):
            cells = (formatting.day(row["date"]), formatting.integer(row["visits"]), formatting.integer(row["sessions"]))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        shown = min(len(self.traffic), 10)  # taller campaigns scroll inside the table
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())

    def _products_html(self, ids: list[int], titles: dict[int, str]) -> str:
        if not ids:
            return theme.muted(escape(self.tr("Every product in the shop.")))
        lines = [escape(titles.get(i) or f"#{i}") for i in ids[:SHOWN_LISTINGS]]
        if len(ids) > SHOWN_LISTINGS:
            lines.append(theme.muted(escape(self.tr("and %n more", "", len(ids) - SHOWN_LISTINGS))))
        return "<br>".join(lines)
