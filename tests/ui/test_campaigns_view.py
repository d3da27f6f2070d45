"""The campaigns view, driven as a user would, over a cache synced from the real sandbox."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from html import escape

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from merchant_app.services import home
from merchant_app.store.queries import (
    CAMPAIGN_STATUSES,
    CAMPAIGN_TYPES,
    CAMPAIGNS_VIEW,
    CAMPAIGNS_VIEW_WITHOUT_MONEY,
)
from merchant_app.ui import formatting
from merchant_app.ui.table_model import ID_ROLE, RAW_ROLE, WindowedTableModel
from merchant_app.ui.views.campaigns import SHOWN_LISTINGS, CampaignsView
from tests.integration.conftest import find

from .conftest import settle

COLUMNS = [c.key for c in CAMPAIGNS_VIEW.columns]


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def edit_platform(sandbox, record_id: int, **fields) -> None:
    r = httpx.post(f"{sandbox.url}/v1/_admin/edit/campaigns/{record_id}", json={"set": fields}, timeout=30)
    assert r.status_code == 200, r.text


def stage(sandbox) -> dict[str, int]:
    """Campaigns in every state around now, on the platform before the console syncs: two running
    (one of them within a day of its end), one still active on the platform although its end has
    passed (the campaign clock has not ticked), one scheduled although its start has passed, one
    cancelled and one paused in the middle of its dates."""
    now = datetime.now(UTC)
    ids = [c["id"] for c in find(sandbox, "campaigns", "1")]
    assert len(ids) >= 12
    staged = {"running": ids[-7], "ending": ids[-8], "stale_active": ids[-9], "late_scheduled": ids[-10],
              "cancelled": ids[-11], "paused": ids[-12]}
    edit_platform(sandbox, staged["running"], status="active", starts_at=iso(now - timedelta(days=2)),
                  ends_at=iso(now + timedelta(days=5)))
    edit_platform(sandbox, staged["ending"], status="active", starts_at=iso(now - timedelta(days=6)),
                  ends_at=iso(now + timedelta(hours=5)))
    edit_platform(sandbox, staged["stale_active"], status="active", starts_at=iso(now - timedelta(days=9)),
                  ends_at=iso(now - timedelta(hours=1)))
    edit_platform(sandbox, staged["late_scheduled"], status="scheduled", starts_at=iso(now - timedelta(hours=3)),
                  ends_at=iso(now + timedelta(days=3)))
    edit_platform(sandbox, staged["cancelled"], status="cancelled")
    edit_platform(sandbox, staged["paused"], status="paused", starts_at=iso(now - timedelta(days=1)),
                  ends_at=iso(now + timedelta(days=1)))
    return staged


@pytest.fixture
def campaigns_for(view_for):
    """campaigns_for(url, user) -> the campaigns view on a workspace signed in to that platform, its
    first sync done (the view on its own: it is not in the main window yet)."""
    return lambda url, user="owner": view_for(CampaignsView, url, user)


def sql_ids(view: CampaignsView, where: str, **params) -> set[int]:
    with view.workspace.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM campaigns WHERE {where}"), params).scalars())


def running_sql(view: CampaignsView) -> set[int]:
    """Home's definition, written out: active, started and not ended, now."""
    return sql_ids(view, "status = 'active' AND starts_at <= :now AND ends_at > :now", now=iso(datetime.now(UTC)))


def shown_ids(view: CampaignsView) -> set[int]:
    return {view.model.data(view.model.index(r, 0), ID_ROLE) for r in range(view.model.rowCount())}


def shown(view: CampaignsView, key: str) -> set[str]:
    column = [c.key for c in view.query.columns].index(key)
    return {view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())}


def pick(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def pane_text(view: CampaignsView) -> str:
    """Everything the detail pane shows now, as text."""
    parts = [view.name_label.text(), view.type_label.text(), view.status_chip.text(), view.alert_label.text()]
    parts += [label.text() for label in view.sections.values() if label.isVisible()]
    if view.budget_note.isVisible():
        parts.append(view.budget_note.text())
    return "\n".join(parts)


def test_the_campaigns_model_passes_qt_model_tester(qtmodeltester, sandbox, campaigns_for):
    stage(sandbox)
    view = campaigns_for(sandbox.url)
    qtmodeltester.check(view.model)
    for query in (CAMPAIGNS_VIEW, CAMPAIGNS_VIEW_WITHOUT_MONEY):
        for state in ({"status": "active"}, {"type": "coupon", "when": "past"}):
            model = WindowedTableModel(view.workspace.engine, query)
            model.state = model.state.with_(**state)
            model.refresh()
            qtmodeltester.check(model)
            model.sort([c.key for c in query.columns].index("redemptions"), Qt.SortOrder.DescendingOrder)
            qtmodeltester.check(model)


def test_each_filter_shows_the_campaigns_it_names(sandbox, campaigns_for):
    staged = stage(sandbox)
    view = campaigns_for(sandbox.url)
    total = len(sql_ids(view, "TRUE"))
    assert view.model.rowCount() == total >= 12 and "record" in view.count_label.text()

    for status in CAMPAIGN_STATUSES:
        pick(view.status_box, status)
        expected = running_sql(view) if status == "active" else sql_ids(view, "status = :s", s=status)
        assert shown_ids(view) == expected, status
    # "Running" is what Home counts: active, and within its dates now
    pick(view.status_box, "active")
    assert view.status_box.currentText() == "Running"
    assert {staged["running"], staged["ending"]} <= shown_ids(view)
    assert staged["stale_active"] not in shown_ids(view) and staged["late_scheduled"] not in shown_ids(view)
    assert shown(view, "status") == {"Running"}
    for status, name in (("cancelled", "Cancelled"), ("paused", "Paused"), ("ended", "Ended")):
        pick(view.status_box, status)
        assert shown(view, "status") == {name} and view.model.rowCount() > 0, status
    view.clear_filters()

    found_types = set()
    for kind in CAMPAIGN_TYPES:
        pick(view.type_box, kind)
        ids = sql_ids(view, "type = :t", t=kind)
        assert shown_ids(view) == ids, kind
        found_types |= {kind} if ids else set()
    assert found_types == set(CAMPAIGN_TYPES), "the demo shop has every type"
    pick(view.type_box, "flash_sale")
    assert shown(view, "type") == {"Flash sale"}
    view.clear_filters()

    now = iso(datetime.now(UTC))
    for when, where in (("now", "starts_at <= :now AND ends_at > :now"), ("upcoming", "starts_at > :now"),
                        ("past", "ends_at <= :now")):
        pick(view.when_box, when)
        assert shown_ids(view) == sql_ids(view, where, now=now) != set(), when
    # by dates, whatever the status: the paused, the stale and the late campaigns are current or past
    pick(view.when_box, "now")
    assert {staged["paused"], staged["late_scheduled"], staged["running"]} <= shown_ids(view)
    assert staged["stale_active"] not in shown_ids(view)

    pick(view.status_box, "paused")  # filters combine
    assert shown_ids(view) == sql_ids(view, "status = 'paused' AND starts_at <= :now AND ends_at > :now", now=now)
    view.clear_filters()
    assert view.model.rowCount() == total and view.status_box.currentData() is None


def test_search_finds_a_campaign_by_name_or_coupon_code(sandbox, campaigns_for, qtbot):
    view = campaigns_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        campaign_id, name = conn.execute(text("SELECT id, name FROM campaigns ORDER BY id LIMIT 1 OFFSET 5")).first()
        code_id, code = conn.execute(text("SELECT id, json_extract(rules, '$.code') FROM campaigns "
                                          "WHERE type = 'coupon' ORDER BY id LIMIT 1")).first()
    view.search.insert(name)  # names are Chinese: as an input method commits them
    settle(qtbot, lambda: campaign_id in shown_ids(view) and view.model.rowCount() == len(
        sql_ids(view, "instr(name, :n) > 0", n=name)))

    view.search.clear()
    qtbot.keyClicks(view.search, code.lower())  # any case
    settle(qtbot, lambda: shown_ids(view) == {code_id})

    view.search.clear()
    view.search.insert("双11")  # as an input method commits it
    settle(qtbot, lambda: shown_ids(view) == sql_ids(view, "name LIKE '%双11%'") != set())
    view.search.clear()
    view.search.insert("no such campaign zzq")
    settle(qtbot, lambda: view.model.rowCount() == 0)
    view.clear_filters()
    assert view.search.text() == "" and view.model.rowCount() == len(sql_ids(view, "TRUE"))


def test_sort_by_every_column_in_both_directions(sandbox, campaigns_for):
    view = campaigns_for(sandbox.url)
    header = view.table.horizontalHeader()
    n = view.model.rowCount()
    for i, key in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(i, order)
            assert view.model.sort_key == key
            values = [view.model.data(view.model.index(r, i), RAW_ROLE) for r in range(n)]
            # SQLite puts NULL (no budget) first going up
            expected = sorted(values, key=lambda v: (v is not None, v if v is not None else 0),
                              reverse=order == Qt.SortOrder.DescendingOrder)
            assert values == expected, (key, order)
    header.setSortIndicator(COLUMNS.index("spent"), Qt.SortOrder.DescendingOrder)
    pick(view.type_box, "percent_off")
    spent = [view.model.data(view.model.index(r, COLUMNS.index("spent")), RAW_ROLE)
             for r in range(view.model.rowCount())]
    with view.workspace.engine.connect() as conn:
        assert spent == list(conn.execute(text(
            "SELECT spent FROM campaigns WHERE type = 'percent_off' ORDER BY spent DESC, id DESC")).scalars())


def test_the_detail_pane_says_each_offer_in_words(sandbox, campaigns_for):
    view = campaigns_for(sandbox.url)
    assert view.empty_label.isVisible() and not view.campaign_host.isVisible()

    def first(kind: str) -> dict:
        with view.workspace.engine.connect() as conn:
            campaign_id = conn.execute(text("SELECT id FROM campaigns WHERE type = :t ORDER BY id LIMIT 1"),
                                       {"t": kind}).scalar()
        assert view.select_record(campaign_id)
        return view.workspace.record("campaigns", campaign_id)

    def money(amount: int) -> str:
        return formatting.money(amount, "CNY")

    c = first("percent_off")
    assert view.name_label.text() == c["name"] and view.type_label.text() == "Percent off"
    assert f"{c['rules']['percent_off']}% off" in view.sections["offer"].text()
    c = first("amount_off")
    assert f"{money(c['rules']['amount_off'])} off per order" in view.sections["offer"].text()
    c = first("spend_x_save_y")
    r = c["rules"]
    assert f"{money(r['save'])} off orders of {money(r['threshold'])} or more" in view.sections["offer"].text()
    c = first("coupon")
    r = c["rules"]
    cut = f"{r['percent_off']}% off" if r.get("percent_off") else f"{money(r['amount_off'])} off"
    assert f"Code {r['code']}: {cut}" in view.sections["offer"].text()
    # (counted phrases say "use(s)" until the English plural forms are generated: only the parts around them)
    assert f"up to {r['usage_limit']} use" in view.sections["offer"].text()
    assert "1 per customer" in view.sections["offer"].text()
    c = first("flash_sale")
    r = c["rules"]
    assert f"{r['percent_off']}% off, up to {r['stock_cap']} unit" in view.sections["offer"].text()
    c = first("bundle")
    offer = view.sections["offer"].text()
    assert f"{len(c['listing_ids'])} product" in offer and f"together for {money(c['rules']['bundle_price'])}" in offer
    assert "On " not in view.sections["offer"].text(), "a bundle names its products once"


def test_the_detail_pane_shows_dates_budget_results_and_products(sandbox, campaigns_for):
    staged = stage(sandbox)
    view = campaigns_for(sandbox.url)
    untouched = ",".join(str(i) for i in staged.values())  # the staged ones' traffic lies outside their new dates
    with view.workspace.engine.connect() as conn:
        many = conn.execute(text(f"SELECT id FROM campaigns WHERE json_array_length(listing_ids) > {SHOWN_LISTINGS} "
                                 "AND budget > 0 AND spent > 0 AND id IN (SELECT scope_id FROM analytics_daily "
                                 f"WHERE scope = 'campaign') AND id NOT IN ({untouched}) ORDER BY id LIMIT 1")).scalar()
        everywhere = conn.execute(text("SELECT id FROM campaigns WHERE listing_ids = '[]' ORDER BY id LIMIT 1")).scalar()
        unlimited = conn.execute(text("SELECT id FROM campaigns WHERE budget IS NULL ORDER BY id LIMIT 1")).scalar()
    assert None not in (many, everywhere, unlimited)

    view.select_record(many)
    c = view.workspace.record("campaigns", many)
    text_now = pane_text(view)
    assert view.status_chip.text() == {"active": "Running", "ended": "Ended", "paused": "Paused"}[c["status"]]
    assert formatting.timestamp(c["starts_at"]) in view.sections["dates"].text()
    assert formatting.timestamp(c["ends_at"]) in view.sections["dates"].text()
    share = c["spent"] / c["budget"]
    assert f"{formatting.money(c['spent'], 'CNY')} spent of {formatting.money(c['budget'], 'CNY')}" in text_now
    assert f"({round(share * 100)}%)" in text_now
    assert view.budget_bar.isVisible() and view.budget_bar.value() == min(1000, round(share * 1000))
    assert f"{c['redemptions']} redemption" in view.sections["results"].text()
    with view.workspace.engine.connect() as conn:
        days, visits, sessions = conn.execute(text(
            "SELECT count(*), sum(visits), sum(sessions) FROM analytics_daily WHERE scope = 'campaign' "
            "AND scope_id = :i"), {"i": many}).one()
    assert f"{formatting.integer(visits)} visits, {formatting.integer(sessions)} sessions over {days} day" \
        in view.sections["results"].text()
    assert view.traffic_table.isVisible() and view.traffic_table.rowCount() == days
    products = view.sections["products"].text()
    with view.workspace.engine.connect() as conn:
        title = conn.execute(text("SELECT title FROM listings WHERE id = :i"), {"i": c["listing_ids"][0]}).scalar()
    assert escape(title) in products
    assert f"and {len(c['listing_ids']) - SHOWN_LISTINGS} more" in products
    assert products.count("<br>") == SHOWN_LISTINGS

    view.select_record(everywhere)
    assert "Every product in the shop" in view.sections["products"].text()
    assert "On every product in the shop" in view.sections["offer"].text()
    view.select_record(unlimited)
    assert "no budget limit" in view.sections["budget"].text() and not view.budget_bar.isVisible()

    view.select_record(staged["ending"])
    assert "h left" in view.sections["dates"].text() and not view.alert_label.isVisible()
    assert view.status_chip.text() == "Running"
    view.select_record(staged["stale_active"])
    assert view.alert_label.isVisible() and "ended shortly" in view.alert_label.text()
    assert "Ended 1 h ago" in view.sections["dates"].text()
    view.select_record(staged["late_scheduled"])
    assert view.alert_label.isVisible() and "running shortly" in view.alert_label.text()


def test_an_agent_sees_campaigns_without_budget_or_spent(sandbox, campaigns_for, qtbot, tmp_path):
    view = campaigns_for(sandbox.url, "agent")
    assert view.query is CAMPAIGNS_VIEW_WITHOUT_MONEY
    headers = [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(view.model.columnCount())]
    assert "Budget" not in headers and "Spent" not in headers and "Redemptions" in headers
    header = view.table.horizontalHeader()
    assert header.hiddenSectionCount() == 0, "without the money columns everything fits"
    with view.workspace.engine.connect() as conn:
        campaign_id = conn.execute(text("SELECT id FROM campaigns WHERE budget > 0 AND spent > 0 "
                                        "ORDER BY id LIMIT 1")).scalar()
    view.select_record(campaign_id)
    c = view.workspace.record("campaigns", campaign_id)
    shown_text = pane_text(view)
    assert not view.sections["budget"].isVisible() and not view.budget_bar.isVisible()
    assert formatting.money(c["budget"], "CNY") not in shown_text
    assert formatting.money(c["spent"], "CNY") not in shown_text
    assert view.sections["offer"].text() and "redemption" in view.sections["results"].text(), \
        "the offer and its redemptions are not revenue"

    path = view.export_csv(str(tmp_path / "campaigns.csv"))
    settle(qtbot, lambda: not view.exporting)   # it writes off the UI thread
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert "Budget" not in rows[0] and "Spent" not in rows[0] and len(rows) - 1 == view.model.rowCount()


def test_filter_to_active_shows_what_home_counts(sandbox, campaigns_for):
    staged = stage(sandbox)
    view = campaigns_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        glance = next(g for g in home.at_a_glance(conn, "owner", view.workspace.shop) if g.key == "campaigns")
    assert glance.view == "campaigns"
    view.filter_to(glance.filters)
    assert view.status_box.currentData() == "active"
    assert view.model.rowCount() == glance.count == len(running_sql(view)) >= 2
    assert staged["stale_active"] not in shown_ids(view)


def test_the_type_column_starts_hidden_beside_the_budget_and_can_be_shown(sandbox, campaigns_for, qtbot):
    from merchant_app.ui.app import settings

    view = campaigns_for(sandbox.url)
    header = view.table.horizontalHeader()
    assert header.isSectionHidden(COLUMNS.index("type")), "the table fits beside the detail pane"
    menu = view.column_menu()
    next(a for a in menu.actions() if a.text() == "Type").setChecked(True)
    assert not header.isSectionHidden(COLUMNS.index("type"))
    view.filter_to({"type": "coupon"})

    again = CampaignsView(view.workspace, settings())
    qtbot.addWidget(again)
    assert not again.table.horizontalHeader().isSectionHidden(COLUMNS.index("type")), "remembered"
    assert again.type_box.currentData() == "coupon" and again.model.rowCount() == view.model.rowCount()
