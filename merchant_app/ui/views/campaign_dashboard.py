"""A campaign's dashboard, and campaigns compared side by side.

Both read ``services.metrics.campaign`` (the aggregate tables) on the thread pool. The dashboard
shows the figures docs/metrics.md defines for campaigns — revenue, orders and redemptions, units,
AOV, discount cost, conversion, uplift against the weekday-adjusted baseline and ROI — and, day by
day, the revenue of the products the campaign covers against what the baseline expected. The
comparison puts the same figures of several campaigns in columns, with their uplift and ROI as bars.
"""

from __future__ import annotations

import csv
from datetime import date

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import metrics
from .. import charts, formatting, labels, theme
from ..bridge import run_in_background
from .sales import FigureCard

FIGURES = ("revenue", "orders", "units", "aov", "discount_cost", "conversion", "uplift", "roi")


class CampaignFigures(QObject):
    """The names, definitions and formatted values of a campaign's figures (shared by both windows)."""

    none = "–"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles = {"revenue": self.tr("Revenue"), "orders": self.tr("Orders (redemptions)"),
                       "units": self.tr("Units sold"), "aov": self.tr("Average order value"),
                       "discount_cost": self.tr("Discount cost"), "conversion": self.tr("Conversion"),
                       "uplift": self.tr("Uplift"), "roi": self.tr("ROI")}
        self.definitions = {
            "revenue": self.tr("Merchandise after discounts of the counted orders that used the campaign, in its "
                               "days."),
            "orders": self.tr("Counted orders placed in the campaign's days that used it. The platform's own "
                              "redemption counter is shown beside it."),
            "units": self.tr("Units of those orders."),
            "aov": self.tr("Revenue ÷ orders of the campaign."),
            "discount_cost": self.tr("The discounts of those orders. An order under two campaigns counts its whole "
                                     "discount for each."),
            "conversion": self.tr("Orders ÷ sessions the platform counted for the campaign."),
            "uplift": self.tr("(Revenue of the covered products − expected revenue) ÷ expected revenue. Expected: "
                              "the same number of days before the start, weekday by weekday."),
            "roi": self.tr("(Incremental gross margin − discount cost) ÷ discount cost. The margin is before "
                           "discounts, with costs as the cache holds them now."),
        }

    def values(self, r: dict) -> dict[str, str]:
        """The figures of ``metrics.campaign``'s result, as text, in the campaign's currency."""
        cur = r["currency"]
        own = r["currencies"].get(cur, {})
        locale = QLocale()

        def pct(v):
            return self.none if v is None else locale.toString(v * 100, "f", 1) + "%"

        def money(v):
            return self.none if v is None else formatting.money(v, cur)

        return {"revenue": money(own.get("revenue", 0)),
                "orders": formatting.integer(sum(c["orders"] for c in r["currencies"].values())),
                "units": formatting.integer(sum(c["units"] for c in r["currencies"].values())),
                "aov": money(own.get("aov")), "discount_cost": money(r.get("discount_cost", 0)),
                "conversion": pct(r.get("conversion")), "uplift": pct(r.get("uplift")), "roi": pct(r.get("roi"))}


class CampaignDashboard(QDialog):
    """One campaign's figures and its days; it stays open beside the window (not modal)."""

    def __init__(self, workspace, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.campaign_id = campaign_id
        self.result: dict | None = None
        self.error = ""
        self.setWindowTitle(self.tr("Campaign dashboard"))
        self.resize(1100, 720)
        self.figures = CampaignFigures(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.name_label = QLabel(objectName="viewTitle", wordWrap=True)
        layout.addWidget(self.name_label)
        self.facts_label = QLabel(objectName="muted", wordWrap=True)
        layout.addWidget(self.facts_label)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, FigureCard] = {}
        for i, key in enumerate(FIGURES):
            card = FigureCard(self.figures.titles[key], self.figures.definitions[key])
            self.cards[key] = card
            grid.addWidget(card, i // 4, i % 4)
        layout.addLayout(grid)
        self.chart = charts.TimeSeriesChart(self.tr("Covered products' revenue per day"), self.tr(
            "Revenue of the products the campaign covers, from every counted order, with or without it; "
            "expected: the weekday-adjusted baseline; with the campaign: orders that used it."))
        layout.addWidget(self.chart, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        engine, campaign_id, role = self.workspace.engine, self.campaign_id, self.workspace.actor.role
        self._loading = True
        run_in_background(lambda: metrics.campaign(engine, campaign_id, role=role), self._loaded, self._failed, self)

    @property
    def ready(self) -> bool:
        return not self._loading

    def _failed(self, err: Exception) -> None:
        self._loading = False
        self.error = (self.tr("The sales figures are built at the end of the first sync. Sync, then look again.")
                      if isinstance(err, metrics.NotBuilt) else str(err))
        self.facts_label.setText(self.error)

    def _loaded(self, r: dict) -> None:
        self._loading = False
        self.result = r
        self.setWindowTitle(self.tr("Campaign dashboard — %1").replace("%1", r["name"]))
        self.name_label.setText(r["name"])
        facts = [labels.prefixed_code("campaign_", r["type"]), labels.prefixed_code("campaign_", r["status"]),
                 formatting.day_range(r["from"], r["to"])]
        if r.get("baseline"):
            facts.append(self.tr("baseline %1").replace("%1", formatting.day_range(r["baseline"]["from"],
                                                                                   r["baseline"]["to"])))
        if r["measured_to"] < r["to"]:
            facts.append(self.tr("measured up to %1").replace("%1", formatting.day(r["measured_to"])))
        self.facts_label.setText(" · ".join(facts))
        values = self.figures.values(r)
        platform = self.tr("platform counter: %1").replace("%1", formatting.integer(r.get("platform_redemptions") or 0))
        visits = self.tr("%1 visits, %2 sessions").replace("%1", formatting.integer(r.get("visits", 0))) \
            .replace("%2", formatting.integer(r.get("sessions", 0)))
        expected = self.tr("expected %1, got %2").replace(
            "%1", formatting.money(r.get("expected_revenue", 0), r["currency"])).replace(
            "%2", formatting.money(r.get("covered_revenue", 0), r["currency"]))
        margin = self.tr("incremental margin %1").replace(
            "%1", formatting.money(r.get("incremental_gross_margin", 0), r["currency"]))
        notes = {"orders": platform, "conversion": visits, "uplift": expected, "roi": margin}
        for key, card in self.cards.items():
            card.show_figure(values[key], notes.get(key, ""))
            if key in ("uplift", "roi") and r.get(key) is not None:
                role = "success" if r[key] >= 0 else "danger"
                card.value.setStyleSheet(f"font-size: 18pt; color: {getattr(theme.current(), role)};")
        days = r.get("daily", [])
        cur = r["currency"]
        money = lambda v: formatting.money(round(v), cur)
        self.chart.set_data(
            [date.fromisoformat(d["day"]) for d in days], lambda i: formatting.day(days[i]["day"]),
            [charts.Series(self.tr("Covered revenue"), [d["covered_revenue"] for d in days], "highlight", format=money),
             charts.Series(self.tr("Expected"), [d["expected_revenue"] for d in days], "muted", True, money),
             charts.Series(self.tr("With the campaign"), [d["campaign_revenue"] for d in days], "success",
                           format=money)],
            left_format=lambda v: formatting.money_whole(v, cur))
        if not days:
            self.chart.empty.setText(self.tr("The campaign has not started yet."))


class CampaignComparison(QDialog):
    """Several campaigns' figures in columns, with their uplift and ROI as bars."""

    def __init__(self, workspace, campaign_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.campaign_ids = list(campaign_ids)
        self.results: list[dict] = []
        self.error = ""
        self._loading = True
        self.setWindowTitle(self.tr("Compare campaigns"))
        self.resize(1100, 860)
        self.figures = CampaignFigures(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Compare campaigns"), objectName="viewTitle"))
        self.note = QLabel(objectName="muted", wordWrap=True)
        self.note.setText(self.tr("Money is in each campaign's own currency. Hover a figure's name for its definition."))
        layout.addWidget(self.note)
        self.table = QTableWidget(len(FIGURES) + 3, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.table, 3)
        row = QHBoxLayout()
        self.uplift_chart = charts.BarChart(self.tr("Uplift"), self.figures.definitions["uplift"])
        self.roi_chart = charts.BarChart(self.tr("ROI"), self.figures.definitions["roi"])
        row.addWidget(self.uplift_chart)
        row.addWidget(self.roi_chart)
        layout.addLayout(row, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton(self.tr("Export as CSV…"))
        export.clicked.connect(self.ask_csv)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        engine, ids, role = workspace.engine, self.campaign_ids, workspace.actor.role
        run_in_background(lambda: [metrics.campaign(engine, i, role=role) for i in ids], self._loaded, self._failed,
                          self)

    @property
    def ready(self) -> bool:
        return not self._loading

    def _failed(self, err: Exception) -> None:
        self._loading = False
        self.error = str(err)
        self.note.setText(self.error)

    def row_names(self) -> list[str]:
        return [self.tr("Type"), self.tr("Dates"), self.tr("Status")] + [self.figures.titles[k] for k in FIGURES]

    def _loaded(self, results: list[dict]) -> None:
        self._loading = False
        self.results = results
        names = self.row_names()
        self.table.setColumnCount(len(results))
        self.table.setHorizontalHeaderLabels([r["name"] for r in results])
        self.table.setVerticalHeaderLabels(names)
        for i, key in enumerate(FIGURES):
            self.table.verticalHeaderItem(i + 3).setToolTip(self.figures.definitions[key])
        for j, r in enumerate(results):
            values = self.figures.values(r)
            cells = [labels.prefixed_code("campaign_", r["type"]), formatting.day_range(r["from"], r["to"]),
                     labels.prefixed_code("campaign_", r["status"])] + [values[k] for k in FIGURES]
            for i, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if i >= 3
                                      else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for chart, key in ((self.uplift_chart, "uplift"), (self.roi_chart, "roi")):
            shown = [r for r in results if r.get(key) is not None]
            pct = lambda v: QLocale().toString(v * 100, "f", 1) + "%"
            chart.set_data([r["name"] for r in shown], [r[key] for r in shown],
                           [f"{pct(r[key])}" for r in shown], ["campaign", key],
                           [[r["name"], r[key]] for r in shown], pct)

    def rows(self) -> list[list[str]]:
        """The comparison as the CSV has it: a figure per row, a campaign per column."""
        out = [[self.tr("Figure"), *(r["name"] for r in self.results)]]
        for i, name in enumerate(self.row_names()):
            out.append([name, *(self.table.item(i, j).text() for j in range(self.table.columnCount()))])
        return out

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export comparison"), "campaigns.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        with open(path, "w", newline="", encoding="utf-8-sig") as f:
            csv.writer(f).writerows(self.rows())
