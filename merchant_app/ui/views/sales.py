"""Sales: the owner's dashboard — how the shop sold over a period, against the one before and last year.

Every figure comes from ``services.metrics.sales`` (the aggregate tables, never the orders table),
read on the thread pool, so two years of a million orders draw as fast as a week. What each figure
means is written once in docs/metrics.md; the cards and charts say it again on hover. Money stays
per currency: the dashboard shows one currency at a time and offers the others the period has.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services import home, metrics
from ...services.workspace import Workspace
from .. import charts, formatting, theme
from ..bridge import run_in_background

PRESETS = ("7d", "30d", "90d", "month", "last_month", "year", "12m", "custom")
FIGURES = ("revenue", "orders", "aov", "units", "refund_rate", "new_customers")


def preset_range(key: str, today: date) -> tuple[date, date]:
    """The days a preset covers, ending today (shop-local) unless it is a whole past month."""
    if key == "7d":
        return today - timedelta(days=6), today
    if key == "30d":
        return today - timedelta(days=29), today
    if key == "90d":
        return today - timedelta(days=89), today
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if key == "year":
        return today.replace(month=1, day=1), today
    if key == "12m":
        return today - timedelta(days=364), today
    raise ValueError(key)


def period_starts(start: date, end: date, granularity: str) -> list[date]:
    """The first day of every period between start and end, as the series key them."""
    if granularity == "day":
        return [start + timedelta(days=i) for i in range((end - start).days + 1)]
    if granularity == "week":
        first = charts.week_start(start)
        return [first + timedelta(weeks=i) for i in range((end - first).days // 7 + 1)]
    out, d = [], start.replace(day=1)
    while d <= end:
        out.append(d)
        d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def period_key(d: date, granularity: str) -> str:
    return d.strftime("%Y-%m") if granularity == "month" else d.isoformat()


def change(now: float | None, before: float | None) -> float | None:
    """The relative change from ``before`` to ``now``; None when there is nothing to compare with."""
    if now is None or not before:
        return None
    return (now - before) / before


class FigureCard(QFrame):
    """One figure of the period with its change against the previous period and last year."""

    def __init__(self, title: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(100)
        self.setToolTip(definition)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(title, objectName="cardTitle")
        self.value = QLabel("–", objectName="cardValue")
        self.value.setStyleSheet("font-size: 18pt;")
        self.versus = QLabel(objectName="muted")
        self.versus.setTextFormat(Qt.TextFormat.RichText)
        self.versus.setWordWrap(True)
        for w in (self.title, self.value, self.versus):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_figure(self, value: str, versus: str) -> None:
        self.value.setText(value)
        self.versus.setText(versus)


class SalesView(QWidget):
    """The sales dashboard: a period, its figures and their charts."""

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.result: dict | None = None
        self.error = ""
        self.loaded_at: datetime | None = None
        self._loading = False
        self._again = False
        self._waiting: set[str] = set()
        self._sellers: tuple[dict, dict] | None = None
        self._stale = True
        self._refresh_timer = QTimer(self, singleShot=True, interval=1500)
        self._refresh_timer.timeout.connect(self.refresh)

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
        head.addWidget(QLabel(self.tr("Sales"), objectName="viewTitle"))
        head.addSpacing(12)
        self.preset = QComboBox()
        names = {"7d": self.tr("Last 7 days"), "30d": self.tr("Last 30 days"), "90d": self.tr("Last 90 days"),
                 "month": self.tr("This month"), "last_month": self.tr("Last month"), "year": self.tr("This year"),
                 "12m": self.tr("Last 12 months"), "custom": self.tr("Custom range")}
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.setToolTip(self.tr("The period, in the shop's days"))
        head.addWidget(self.preset)
        self.start_edit = QDateEdit(calendarPopup=True)
        self.end_edit = QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        head.addWidget(self.start_edit)
        head.addWidget(QLabel("–"))
        head.addWidget(self.end_edit)
        self.granularity = QComboBox()
        for key, name in (("day", self.tr("By day")), ("week", self.tr("By week")), ("month", self.tr("By month"))):
            self.granularity.addItem(name, key)
        head.addWidget(self.granularity)
        self.currency = QComboBox()
        self.currency.setToolTip(self.tr("Money is never added across currencies: one at a time"))
        head.addWidget(self.currency)
        head.addStretch(1)
        self.updated_label = QLabel(objectName="muted")
        head.addWidget(self.updated_label)
        layout.addLayout(head)
        self.compare_label = QLabel(objectName="muted")
        layout.addWidget(self.compare_label)

        definitions = self.definitions()
        titles = {"revenue": self.tr("Revenue"), "orders": self.tr("Orders"), "aov": self.tr("Average order value"),
                  "units": self.tr("Units sold"), "refund_rate": self.tr("Refund rate"),
                  "new_customers": self.tr("New customers")}
        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, key in enumerate(FIGURES):
            card = FigureCard(titles[key], definitions[key])
            self.cards[key] = card
            grid.addWidget(card, 0, i)
        layout.addLayout(grid)

        self._page_layout = layout
        self.charts: list[charts.ChartCard] = []   # built when first shown (pyqtgraph and numpy load then)

        self._restore()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self.granularity.currentIndexChanged.connect(lambda _: self.refresh())
        self.currency.currentIndexChanged.connect(lambda _: self._draw())

    def _build_charts(self) -> None:
        """The charts, the first time the view is shown: the window starts without pyqtgraph (and
        numpy), ~0.3 s, for users who never open the sales dashboard."""
        definitions = self.definitions()
        layout = self._page_layout
        self.revenue_chart = charts.TimeSeriesChart(self.tr("Revenue"), definitions["revenue"])
        self.orders_chart = charts.TimeSeriesChart(self.tr("Orders"), definitions["orders"])
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.revenue_chart, 3)
        row.addWidget(self.orders_chart, 2)
        layout.addLayout(row)
        self.heatmap = charts.Heatmap(self.tr("Orders by hour and weekday"), definitions["heatmap"])
        self.heatmap.setMinimumHeight(260)
        self.channels = charts.BarChart(self.tr("Channels"), definitions["channels"])
        self.payments = charts.BarChart(self.tr("Payment methods"), definitions["payments"])
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.heatmap, 2)
        row.addWidget(self.channels, 1)
        row.addWidget(self.payments, 1)
        layout.addLayout(row)
        self.products = charts.BarChart(self.tr("Top products"), definitions["products"])
        self.categories = charts.BarChart(self.tr("Top categories"), definitions["categories"])
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.products, 1)
        row.addWidget(self.categories, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.charts = [self.revenue_chart, self.orders_chart, self.heatmap, self.channels, self.payments,
                       self.products, self.categories]

    def definitions(self) -> dict[str, str]:
        """Each figure's definition as docs/metrics.md gives it (tests check both name the same figures)."""
        return {
            "revenue": self.tr("Revenue: merchandise sold after discounts, without shipping and tax, of the counted "
                               "orders placed in the period (paid orders, and cash on delivery not cancelled)."),
            "orders": self.tr("Orders: counted orders placed in the period — paid, or cash on delivery and not "
                              "cancelled — on the shop's local days."),
            "aov": self.tr("Average order value: revenue ÷ orders."),
            "units": self.tr("Units sold: the quantities of the lines of those orders (refunds not taken off)."),
            "refund_rate": self.tr("Refund rate: money refunded in the period ÷ revenue of the period. A refund "
                                   "counts on the day it was given."),
            "new_customers": self.tr("New customers: customers whose first counted order was placed in the period. "
                                     "Returning orders: orders − new customers."),
            "heatmap": self.tr("Counted orders by the shop's local weekday and hour of the day, all currencies."),
            "channels": self.tr("Revenue per sales channel."),
            "payments": self.tr("Revenue per payment method."),
            "products": self.tr("Products by revenue of their order lines (after each line's discount)."),
            "categories": self.tr("Categories by revenue of their products' order lines."),
        }

    # --- the period -----------------------------------------------------------------------------
    def today(self) -> date:
        return datetime.now(UTC).astimezone(home.shop_zone(self.workspace.shop)).date()

    def _restore(self) -> None:
        key = self.settings.value("sales/preset", "30d")
        granularity = self.settings.value("sales/granularity", "day")
        self.granularity.setCurrentIndex(max(0, self.granularity.findData(granularity)))
        self.preset.setCurrentIndex(max(0, self.preset.findData(key)))
        if key == "custom":
            start = date.fromisoformat(self.settings.value("sales/from", self.today().isoformat()))
            end = date.fromisoformat(self.settings.value("sales/to", self.today().isoformat()))
        else:
            start, end = preset_range(key if key in PRESETS else "30d", self.today())
        self._set_dates(start, end)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, d in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(d.year, d.month, d.day))
            edit.blockSignals(False)

    def _preset_changed(self, _index: int) -> None:
        key = self.preset.currentData()
        if key != "custom":
            start, end = preset_range(key, self.today())
            self._set_dates(start, end)
            # a long period by day is a comb: weeks past four months, months from a year
            wanted = "month" if (end - start).days >= 360 else "week" if (end - start).days > 120 else "day"
            if wanted != self.granularity.currentData():
                self.granularity.blockSignals(True)
                self.granularity.setCurrentIndex(self.granularity.findData(wanted))
                self.granularity.blockSignals(False)
        self.refresh()

    def _dates_edited(self, _d) -> None:
        if self.preset.currentData() != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def set_period(self, start: date, end: date, granularity: str = "day") -> None:
        """Show ``start``..``end`` by ``granularity`` (a custom range)."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.granularity.blockSignals(True)
        self.granularity.setCurrentIndex(self.granularity.findData(granularity))
        self.granularity.blockSignals(False)
        self._set_dates(start, end)
        self.refresh()

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures in the background; one asked for while another runs runs after it.

        Two reads run side by side on the thread pool: the figures, series, mixes and heatmap, and
        the top products and categories (over a long range the slower of the two). Whichever comes
        first is drawn at once; ``ready`` once both are."""
        if self._loading:
            self._again = True
            return
        start, end = self.period()
        if end < start:
            self.error = self.tr("The period ends before it starts.")
            self.updated_label.setText(self.error)
            return
        self._loading = True
        self._stale = False
        self._waiting = {"figures", "sellers"}
        self._sellers = None
        engine, granularity = self.workspace.engine, self.granularity.currentData()
        role = self.workspace.actor.role
        run_in_background(lambda: metrics.sales(engine, start, end, granularity=granularity, products=False,
                                                 role=role),
                          self._loaded, self._failed, self)
        run_in_background(lambda: metrics.top_sellers(engine, start, end, role=role), self._sellers_loaded,
                          self._failed, self)

    def _arrived(self, part: str) -> None:
        self._waiting.discard(part)
        if not self._waiting:
            self._loading = False
            self._again_if_asked()

    def _sellers_loaded(self, sellers: tuple[dict, dict]) -> None:
        if "sellers" not in self._waiting:
            return
        self._sellers = sellers
        if self.result is not None and "figures" not in self._waiting:
            self._merge_sellers()
            self._draw_sellers()
        self._arrived("sellers")

    def _merge_sellers(self) -> None:
        products, categories = self._sellers
        for cur, figures in self.result["currencies"].items():
            figures["top_products"] = products.get(cur, [])
            figures["top_categories"] = categories.get(cur, [])

    def _failed(self, err: Exception) -> None:
        if not self._waiting:
            return
        self._waiting = set()
        self._loading = False
        self.loaded_at = datetime.now(UTC)
        if isinstance(err, metrics.NotBuilt):
            self.error = self.tr("The sales figures are built at the end of the first sync. Sync, then look again.")
        else:
            self.error = self.tr("Could not read the sales figures: %1").replace("%1", str(err))
        self.updated_label.setText(self.error)
        self._again_if_asked()

    def _loaded(self, result: dict) -> None:
        if "figures" not in self._waiting:
            return
        self.result = result
        if self._sellers is not None:
            self._merge_sellers()
        self.error = ""
        self.loaded_at = datetime.now(UTC)
        self.updated_label.setText(self.tr("Updated %1").replace(
            "%1", QLocale().toString(datetime.now().time(), QLocale.FormatType.ShortFormat)))
        chosen = self.currency.currentData() or self.settings.value("sales/currency", "")
        self.currency.blockSignals(True)
        self.currency.clear()
        for cur in result["currencies"]:
            self.currency.addItem(cur, cur)
        index = self.currency.findData(chosen)
        if index < 0 and result["currencies"]:   # the shop's main currency: the one with the most revenue
            main = max(result["currencies"], key=lambda c: result["currencies"][c]["totals"]["revenue"])
            index = self.currency.findData(main)
        self.currency.setCurrentIndex(max(0, index))
        self.currency.setVisible(self.currency.count() > 1)
        self.currency.blockSignals(False)
        self._draw()
        self._arrived("figures")

    def _again_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    @property
    def ready(self) -> bool:
        """The figures of the chosen period are drawn (screenshots and tests wait for it)."""
        return self.loaded_at is not None and not self._loading

    # --- drawing --------------------------------------------------------------------------------
    def _draw(self) -> None:
        r = self.result
        if r is None or not self.charts:   # not shown yet: drawn when first shown
            return
        cur = self.currency.currentData()
        figures = r["currencies"].get(cur) if cur else None
        start, end = date.fromisoformat(r["from"]), date.fromisoformat(r["to"])
        self.compare_label.setText(self.tr("Compared with %1 (previous period) and %2 (last year) · days in %3")
                                   .replace("%1", formatting.day_range(*r["previous_period"]))
                                   .replace("%2", formatting.day_range(*r["same_period_last_year"]))
                                   .replace("%3", r["zone"]))
        if figures is None:
            for card in self.cards.values():
                card.show_figure("–", self.tr("No orders in this period."))
            figures = {"totals": {}, "previous_period": {}, "same_period_last_year": {}, "series": [],
                       "previous_series": [], "channels": {}, "payment_methods": {}, "top_products": [],
                       "top_categories": []}
        else:
            self._cards(figures, cur)
        self._series(figures, cur, start, end, r["granularity"])
        self._heatmap(r["hour_weekday_orders"])
        self._mix(self.channels, figures["channels"], cur, "channel")
        self._mix(self.payments, figures["payment_methods"], cur, "payment_method")
        self._draw_sellers(figures)

    def _draw_sellers(self, figures: dict | None = None) -> None:
        if not self.charts:
            return
        cur = self.currency.currentData()
        if figures is None:
            figures = self.result["currencies"].get(cur) if cur else None
        if figures is None or "top_products" not in figures:
            return
        self._top(self.products, [(p["title"] or f"#{p['listing_id']}", p) for p in figures["top_products"]], cur,
                  self.tr("Product"))
        self._top(self.categories, [(c["category"] or self.tr("No category"), c) for c in figures["top_categories"]],
                  cur, self.tr("Category"))

    def _versus(self, now, before, after_year) -> str:
        parts = []
        for value, name in ((before, self.tr("previous period")), (after_year, self.tr("last year"))):
            c = change(now, value)
            if c is None:
                parts.append(self.tr("%1: no figure to compare").replace("%1", name))
                continue
            role = "success" if c > 0 else "danger" if c < 0 else "muted"
            arrow = "▲" if c > 0 else "▼" if c < 0 else "■"
            pct = QLocale().toString(abs(c) * 100, "f", 1)
            parts.append(f"<span style='color:{getattr(theme.current(), role)}'>{arrow} {pct}%</span> "
                         + self.tr("vs %1").replace("%1", name))
        return "<br>".join(parts)

    def _cards(self, f: dict, cur: str) -> None:
        t, b, y = f["totals"], f["previous_period"], f["same_period_last_year"]

        def money(v):
            return "–" if v is None else formatting.money(v, cur)

        def rate(v):
            return "–" if v is None else QLocale().toString(v * 100, "f", 1) + "%"

        self.cards["revenue"].show_figure(money(t["revenue"]), self._versus(t["revenue"], b["revenue"], y["revenue"]))
        self.cards["orders"].show_figure(formatting.integer(t["orders"]),
                                         self._versus(t["orders"], b["orders"], y["orders"]))
        self.cards["aov"].show_figure(money(t["aov"]), self._versus(t["aov"], b["aov"], y["aov"]))
        self.cards["units"].show_figure(formatting.integer(t["units"]), self._versus(t["units"], b["units"], y["units"]))
        self.cards["refund_rate"].show_figure(
            rate(t["refund_rate"]),
            self.tr("%1 refunded in %2 refunds").replace("%1", money(t["refunded"]))
            .replace("%2", formatting.integer(t["refunds"])) + "<br>"
            + self.tr("previous period %1 · last year %2").replace("%1", rate(b["refund_rate"]))
            .replace("%2", rate(y["refund_rate"])))
        self.cards["new_customers"].show_figure(
            formatting.integer(t["new_customers"]),
            self.tr("%1 returning orders").replace("%1", formatting.integer(t["returning_orders"])) + "<br>"
            + self._versus(t["new_customers"], b["new_customers"], y["new_customers"]).split("<br>")[0])

    def _series(self, f: dict, cur: str, start: date, end: date, granularity: str) -> None:
        starts = period_starts(start, end, granularity)
        now = {s["period"]: s for s in f["series"]}
        prev_start, prev_end = metrics.previous_period(start, end)
        prev_starts = period_starts(prev_start, prev_end, granularity)
        before = {s["period"]: s for s in f["previous_series"]}
        if granularity == "day":
            def label(i: int) -> str:
                return formatting.day(starts[i].isoformat())
        elif granularity == "week":
            def label(i: int) -> str:
                return self.tr("Week of %1").replace("%1", formatting.day(starts[i].isoformat()))
        else:
            def label(i: int) -> str:
                return charts.month_label(starts[i])

        def values(source, keys, measure):
            return [source.get(period_key(d, granularity), {}).get(measure, 0) for d in keys]

        def aligned(vs):  # the previous period's values drawn under the same periods
            vs = vs[-len(starts):] if len(vs) >= len(starts) else [None] * (len(starts) - len(vs)) + vs
            return vs

        money_fmt = (lambda v: formatting.money(round(v), cur)) if cur else (lambda v: str(v))
        integer_fmt = lambda v: formatting.integer(round(v))
        this_period, previous = self.tr("This period"), self.tr("Previous period")
        self.revenue_chart.set_data(
            starts, label,
            [charts.Series(this_period, values(now, starts, "revenue"), "highlight", format=money_fmt),
             charts.Series(previous, aligned(values(before, prev_starts, "revenue")), "muted", True, money_fmt)],
            left_format=lambda v: formatting.money_whole(v, cur) if cur else str(v), granularity=granularity)
        self.orders_chart.set_data(
            starts, label,
            [charts.Series(this_period, values(now, starts, "orders"), "info", format=integer_fmt),
             charts.Series(previous, aligned(values(before, prev_starts, "orders")), "muted", True, integer_fmt)],
            left_format=integer_fmt, granularity=granularity)
        self.revenue_chart.note.setText(self.tr("dashed: previous period"))
        self.orders_chart.note.setText(self.tr("dashed: previous period"))

    def _heatmap(self, grid: list[list[int]]) -> None:
        locale = QLocale()
        days = [locale.standaloneDayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]
        hours = [f"{h:02d}" for h in range(24)]

        def cell(r, c, n):
            return (self.tr("%1 %2:00–%3:00").replace("%1", days[r]).replace("%2", f"{c:02d}")
                    .replace("%3", f"{(c + 1) % 24:02d}") + "<br>" + self.tr("%n order(s)", "", n))

        self.heatmap.set_data(grid, days, hours, cell, [self.tr("Weekday"), *hours],
                              [[days[i], *row] for i, row in enumerate(grid)])

    def _mix(self, chart: charts.BarChart, mix: dict, cur: str, dimension: str) -> None:
        from .. import labels

        items = sorted(mix.items(), key=lambda kv: -kv[1]["revenue"])
        total = sum(v["revenue"] for _, v in items) or 1
        names = [labels.code(k) if k else self.tr("Unknown") for k, _ in items]
        texts = [self.tr("%1 revenue (%2%) · %3").replace("%1", formatting.money(v["revenue"], cur))
                 .replace("%2", QLocale().toString(v["revenue"] * 100 / total, "f", 1))
                 .replace("%3", self.tr("%n order(s)", "", v["orders"])) for _, v in items]
        chart.set_data(names, [v["revenue"] for _, v in items], texts,
                       [dimension, "orders", f"revenue_{cur}_minor"], [[k, v["orders"], v["revenue"]] for k, v in items],
                       lambda v: formatting.money_whole(v, cur) if cur else str(v))

    def _top(self, chart: charts.BarChart, rows: list[tuple[str, dict]], cur: str, what: str) -> None:
        texts = [self.tr("%1 revenue · %2 units").replace("%1", formatting.money(r["revenue"], cur))
                 .replace("%2", formatting.integer(r["units"])) for _, r in rows]
        chart.set_data([n for n, _ in rows], [r["revenue"] for _, r in rows], texts,
                       [what, "units", f"revenue_{cur}_minor"], [[n, r["units"], r["revenue"]] for n, r in rows],
                       lambda v: formatting.money_whole(v, cur) if cur else str(v), role="success")

    # --- what the window asks of every view -------------------------------------------------------
    def on_sync_event(self, event) -> None:
        if event.kind == "pull_done" and event.resource in ("orders", "listings") and event.count:
            self._stale = True
            if self.isVisible():
                self._refresh_timer.start()

    def on_changes(self, changes) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.charts:
            self._build_charts()
            if self.result is not None:
                self._draw()
        if self._stale or self.result is None:
            self.refresh()

    def save_state(self) -> None:
        self.settings.setValue("sales/preset", self.preset.currentData())
        self.settings.setValue("sales/granularity", self.granularity.currentData())
        start, end = self.period()
        self.settings.setValue("sales/from", start.isoformat())
        self.settings.setValue("sales/to", end.isoformat())
        if self.currency.currentData():
            self.settings.setValue("sales/currency", self.currency.currentData())
