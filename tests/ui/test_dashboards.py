"""The sales dashboard and the campaign dashboards, driven as an owner would, over a cache synced from
the real sandbox: the figures on screen against plain SQL over the cached orders, the charts' hover
values and their PNG and CSV exports, comparisons, and who may see them."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from sqlalchemy import text

from merchant_app.services import metrics
from merchant_app.ui import charts, formatting
from merchant_app.ui.views.sales import FIGURES, SalesView, period_starts
from tests.integration.test_metrics import plain_campaign, plain_totals

from .conftest import settle

ZONE = "Asia/Shanghai"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "metrics.md"


def loaded(qtbot, view) -> None:
    settle(qtbot, lambda: view.ready and view.result is not None)


def pct(value: float) -> str:
    return QLocale().toString(value * 100, "f", 1) + "%"


def test_the_cards_show_the_plain_sql_figures_of_the_period_in_each_currency(sandbox, view_for, qtbot):
    view = view_for(SalesView, sandbox.url)
    loaded(qtbot, view)
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    view.set_period(start, end, "week")
    settle(qtbot, lambda: view.ready and view.result["from"] == start.isoformat())
    with view.workspace.engine.connect() as conn:
        expected = plain_totals(conn, ZONE, start, end)
        before = plain_totals(conn, ZONE, *metrics.previous_period(start, end))
    assert len(expected) >= 2, "the demo shop sells in more than one currency"
    assert [view.currency.itemData(i) for i in range(view.currency.count())] == sorted(expected)
    for cur, figures in expected.items():
        view.currency.setCurrentIndex(view.currency.findData(cur))
        assert view.cards["revenue"].value.text() == formatting.money(figures["revenue"], cur)
        assert view.cards["orders"].value.text() == formatting.integer(figures["orders"])
        assert view.cards["units"].value.text() == formatting.integer(figures["units"])
        assert view.cards["aov"].value.text() == formatting.money(figures["aov"], cur)
        assert view.cards["new_customers"].value.text() == formatting.integer(figures["new_customers"])
        assert view.cards["refund_rate"].value.text() == (pct(figures["refund_rate"]) if figures["refund_rate"]
                                                            is not None else "–")
        change = (figures["orders"] - before[cur]["orders"]) / before[cur]["orders"]
        assert pct(abs(change)) in view.cards["orders"].versus.text()
        # the weekly series adds up to the period, week by week as the plain SQL counts them
        series = {r[0]: r[1] for r in view.revenue_chart.rows}
        assert sum(series.values()) == figures["revenue"]
        with view.workspace.engine.connect() as conn:
            first_week = plain_totals(conn, ZONE, start, date(2026, 10, 4)).get(cur, {"revenue": 0})
        assert series[charts.week_start(start).isoformat()] == first_week["revenue"]   # its first week, from the 1st


def test_hover_names_the_period_and_its_values_and_the_charts_export_png_and_csv(sandbox, view_for, qtbot,
                                                                               tmp_path):
    view = view_for(SalesView, sandbox.url)
    loaded(qtbot, view)
    start, end = date(2026, 11, 1), date(2026, 11, 20)
    view.set_period(start, end, "day")
    settle(qtbot, lambda: view.ready and view.result["from"] == start.isoformat())
    cur = view.currency.currentData()
    chart = view.revenue_chart
    day = date(2026, 11, 11)
    text_shown = chart.hover_at(charts.day_seconds(day) + 3600, 0)
    value = next(s for s in view.result["currencies"][cur]["series"] if s["period"] == day.isoformat())["revenue"]
    assert formatting.day(day.isoformat()) in text_shown
    assert formatting.money(value, cur) in text_shown
    previous = {s["period"]: s["revenue"] for s in view.result["currencies"][cur]["previous_series"]}
    before_day = (day - timedelta(days=20)).isoformat()   # the same place in the 20 days before
    assert formatting.money(previous.get(before_day, 0), cur) in text_shown

    # zoom in, and back
    box = chart.plot.getPlotItem().getViewBox()
    box.scaleBy((0.25, 1))
    narrow = box.viewRange()[0]
    chart.reset_zoom()
    assert box.viewRange()[0][1] - box.viewRange()[0][0] > narrow[1] - narrow[0]

    png, data = tmp_path / "revenue.png", tmp_path / "revenue.csv"
    assert chart.export_png(str(png))
    image = QImage(str(png))
    assert image.width() > 300 and image.height() > 150
    chart.export_csv(str(data))
    with open(data, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Period", "This period", "Previous period"]
    assert [r[0] for r in rows[1:]] == [d.isoformat() for d in period_starts(start, end, "day")]
    assert int(rows[1 + 10][1]) == value

    # the heatmap names the weekday and hour under the pointer, with its count
    grid = view.result["hour_weekday_orders"]
    busiest = max(((r, c) for r in range(7) for c in range(24)), key=lambda rc: grid[rc[0]][rc[1]])
    shown = view.heatmap.hover_at(busiest[1] + 0.5, busiest[0] + 0.5)
    assert f"{busiest[1]:02d}:00" in shown and str(grid[busiest[0]][busiest[1]]) in shown
    # a bar names its channel and its share
    assert view.channels.hover_at(1, 0).startswith("<b>")
    view.heatmap.export_csv(str(tmp_path / "heatmap.csv"))
    with open(tmp_path / "heatmap.csv", encoding="utf-8-sig", newline="") as f:
        heat = list(csv.reader(f))
    assert sum(int(x) for row in heat[1:] for x in row[1:]) == sum(map(sum, grid))


def test_every_figure_has_a_definition_on_hover_and_in_the_docs(sandbox, view_for, qtbot):
    view = view_for(SalesView, sandbox.url)
    loaded(qtbot, view)
    docs = DOCS.read_text(encoding="utf-8")
    named = {m.group(1).strip("* ").lower() for m in re.finditer(r"^\| ([^|]+) \|", docs, re.MULTILINE)}
    in_docs = {"revenue": "revenue", "orders": "orders", "aov": "aov", "units": "units",
               "refund_rate": "refund rate", "new_customers": "new customers", "heatmap": "hour × weekday",
               "channels": "channel mix", "payments": "payment-method mix", "products": "top products",
               "categories": "top categories"}
    for key, definition in view.definitions().items():
        assert in_docs[key] in named, key
        assert len(definition) > 20
    for key in FIGURES:
        assert view.cards[key].toolTip() == view.definitions()[key]
    assert view.revenue_chart.title.toolTip() == view.definitions()["revenue"]


def test_the_period_presets_and_the_granularity(sandbox, view_for, qtbot):
    view = view_for(SalesView, sandbox.url)
    loaded(qtbot, view)
    view.preset.setCurrentIndex(view.preset.findData("12m"))
    settle(qtbot, lambda: view.ready and view.result["granularity"] == "month")
    start, end = view.period()
    assert (end - start).days == 364 and end == view.today()
    assert len(view.revenue_chart.periods) in (12, 13)
    view.end_edit.setDate(view.start_edit.date().addDays(-1))
    assert "ends before it starts" in view.updated_label.text()


def test_agents_have_no_sales_view_and_no_campaign_dashboards(sandbox, window_for):
    window = window_for(sandbox.url, "agent")
    assert "sales" not in window.views
    campaigns = window.views["campaigns"]
    assert campaigns.open_dashboard(1) is None and campaigns.compare([1, 2]) is None
    owner = window_for(sandbox.url, "owner")
    assert "sales" in owner.views


def campaign_ids(engine, n: int) -> list[int]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text(
            "SELECT campaign_id FROM campaign_sales_daily GROUP BY 1 ORDER BY sum(orders) DESC, 1 LIMIT :n"), {"n": n})]


def test_a_campaign_dashboard_shows_its_plain_sql_figures_day_by_day(sandbox, window_for, qtbot):
    window = window_for(sandbox.url, "owner")
    view = window.show_view("campaigns")
    engine = view.workspace.engine
    campaign_id = campaign_ids(engine, 1)[0]
    view.select_record(campaign_id)
    assert view.dashboard_button.isVisible()
    view.dashboard_button.click()
    dashboard = view.windows[-1]
    settle(qtbot, lambda: dashboard.ready and dashboard.result is not None)
    r = dashboard.result
    with engine.connect() as conn:
        plain = plain_campaign(conn, campaign_id, r["from"], r["measured_to"])
    cur = r["currency"]
    assert dashboard.cards["revenue"].value.text() == formatting.money(plain[cur]["revenue"], cur)
    assert dashboard.cards["orders"].value.text() == formatting.integer(sum(p["orders"] for p in plain.values()))
    assert dashboard.cards["discount_cost"].value.text() == formatting.money(plain[cur]["discount_cost"], cur)
    assert dashboard.cards["roi"].value.text() == pct(r["roi"])
    days = dashboard.chart.rows
    assert days[0][0] == r["from"]
    assert sum(d[3] for d in days) == plain[cur]["revenue"]   # "with the campaign", day by day
    assert sum(d[1] for d in days) == r["covered_revenue"]
    assert abs(sum(d[2] for d in days) - r["expected_revenue"]) <= len(days)   # rounded per day


def test_campaigns_compared_side_by_side_and_exported(sandbox, window_for, qtbot, tmp_path):
    window = window_for(sandbox.url, "owner")
    view = window.show_view("campaigns")
    ids = campaign_ids(view.workspace.engine, 3)
    assert not view.compare_button.isEnabled()
    for campaign_id in ids:
        view.select_record(campaign_id)
    view.table.selectAll()
    assert view.compare_button.isEnabled()
    comparison = view.compare(ids)
    settle(qtbot, lambda: comparison.ready and bool(comparison.results))
    assert [comparison.table.horizontalHeaderItem(j).text() for j in range(3)] == \
        [r["name"] for r in comparison.results]
    for j, campaign_id in enumerate(ids):
        figures = metrics.campaign(view.workspace.engine, campaign_id, role="owner")
        row = list(comparison.figures.titles).index("roi") + 3
        assert comparison.table.item(row, j).text() == (pct(figures["roi"]) if figures["roi"] is not None else "–")
    comparison.export_csv(str(tmp_path / "compare.csv"))
    with open(tmp_path / "compare.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][1:] == [r["name"] for r in comparison.results]
    assert len(rows) == 1 + 3 + 8
    assert comparison.uplift_chart.names
