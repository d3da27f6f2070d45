"""Campaign actions in the campaigns view, driven as a merchant or an owner would, against the sandbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from merchant_app.ui.views.campaigns import CampaignsView
from tests.integration.conftest import find

from .conftest import settle


def open_campaign(view, qtbot, sandbox, where: str) -> dict:
    campaign = find(sandbox, "campaigns", where)[0]
    view.filter_to({})
    settle(qtbot, lambda: view.select_record(campaign["id"]))
    return campaign


def test_pause_and_resume_a_running_campaign(sandbox, view_for, qtbot):
    view = view_for(CampaignsView, sandbox.url, "merchant")
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    campaign = open_campaign(view, qtbot, sandbox, f"json_extract(body, '$.status') = 'active' AND "
                                          f"json_extract(body, '$.ends_at') > '{now}'")
    buttons = view.action_buttons
    assert buttons["pause"].isEnabled() and buttons["resume"].isHidden() and buttons["schedule"].isHidden()
    view.act("pause")
    settle(qtbot, lambda: view.workspace.record("campaigns", campaign["id"])["status"] == "paused")
    view.show_detail(campaign["id"])
    assert not buttons["resume"].isHidden() and buttons["resume"].isEnabled() and buttons["pause"].isHidden()
    settle(qtbot, lambda: sandbox.storage.get("campaigns", campaign["id"])["status"] == "paused", 30000)
    view.act("resume")
    settle(qtbot, lambda: sandbox.storage.get("campaigns", campaign["id"])["status"] == "active", 30000)


def test_change_a_campaign_with_the_shops_checks(sandbox, view_for, qtbot):
    view = view_for(CampaignsView, sandbox.url, "owner")
    campaign = open_campaign(view, qtbot, sandbox, "json_extract(body, '$.status') = 'scheduled' AND "
                                          "json_extract(body, '$.type') = 'amount_off'")
    listing = find(sandbox, "listings", "json_extract(body, '$.variants[0].cost') IS NOT NULL")[0]
    dialog = view.act("edit")
    assert dialog.isVisible() and dialog.offer["amount_off"].text()
    dialog.products.setText(listing["variants"][0]["sku"])
    dialog.offer["amount_off"].setText(str(listing["variants"][0]["price"] / 100))  # the whole price off
    dialog.check()
    settle(qtbot, lambda: dialog.review is not None and bool(dialog.review.below_floor))
    assert "under the margin floor" in dialog.checks.text() and dialog.accept_floor.isVisible()
    dialog.ok_button.click()
    settle(qtbot, lambda: "margin floor" in dialog.error.text())
    assert dialog.isVisible()
    dialog.offer["amount_off"].setText(str(listing["variants"][0]["price"] / 100 * 0.05))
    dialog.name.setText("Five percent off 九五折")
    settle(qtbot, lambda: dialog.review is not None and not dialog.review.below_floor
           and dialog.offer["amount_off"].text() in dialog.offer["amount_off"].text())
    dialog.ends.setDateTime(dialog.ends.dateTime().addDays(1))
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    settle(qtbot, lambda: sandbox.storage.get("campaigns", campaign["id"])["name"] == "Five percent off 九五折", 30000)
    platform = sandbox.storage.get("campaigns", campaign["id"])
    assert platform["listing_ids"] == [listing["id"]]
    assert datetime.fromisoformat(platform["ends_at"]) - datetime.fromisoformat(campaign["ends_at"]) == \
        timedelta(days=1)


def test_an_agent_sees_no_campaign_actions(sandbox, view_for, qtbot):
    view = view_for(CampaignsView, sandbox.url, "agent")
    open_campaign(view, qtbot, sandbox, "json_extract(body, '$.status') = 'active'")
    assert all(b.isHidden() for b in view.action_buttons.values())
    assert view.act("pause") is None


def test_the_calendar_shows_the_months_campaigns_and_a_click_selects_one(sandbox, view_for, qtbot):
    from datetime import date

    from PySide6.QtCore import QPoint, Qt

    view = view_for(CampaignsView, sandbox.url, "owner")
    view.toggle_calendar(True)
    assert view.pages.currentWidget() is view.calendar
    first = date.today().replace(day=1)
    month_end = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    expected = {c["id"] for c in find(sandbox, "campaigns", "json_extract(body, '$.starts_at') < :e AND "
                                      "json_extract(body, '$.ends_at') > :s", s=first.isoformat(),
                                      e=month_end.isoformat())}
    shown = {c["id"] for c in view.calendar.month.campaigns}
    assert expected and expected <= shown
    view.calendar.month.repaint()
    view.calendar.month.grab()
    rect, campaign_id = view.calendar.month._bars[0]
    qtbot.mouseClick(view.calendar.month, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()),
                                                                                 int(rect.center().y())))
    assert view.current_id == campaign_id and view.campaign["id"] == campaign_id
    view.calendar.go(1)
    assert view.calendar.first.month == month_end.month
    view.toggle_calendar(False)
    assert view.pages.currentWidget() is view.table


def test_create_a_campaign_of_every_type_offline_first_then_on_the_platform(sandbox, view_for, qtbot):
    view = view_for(CampaignsView, sandbox.url, "owner")
    listings = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[:2]
    skus = [x["variants"][0]["sku"] for x in listings]
    offers = {
        "percent_off": ({"percent_off": "15"}, {"percent_off": 15}),
        "amount_off": ({"amount_off": "5"}, {"amount_off": 500}),
        "spend_x_save_y": ({"threshold": "300", "save": "30"}, {"threshold": 30000, "save": 3000}),
        "coupon": ({"code": "WELCOME-NEW", "percent_off": "10", "usage_limit": "500", "per_customer_limit": "1"},
                   {"code": "WELCOME-NEW", "percent_off": 10, "usage_limit": 500, "per_customer_limit": 1}),
        "flash_sale": ({"percent_off": "20", "stock_cap": "50"}, {"percent_off": 20, "stock_cap": 50}),
        "bundle": ({"bundle_price": "99"}, {"bundle_price": 9900}),
    }
    view.workspace.sync.stop()   # offline: each is made in the cache at once, its create queued
    made = {}
    for kind, (typed, rules) in offers.items():
        dialog = view.create()
        assert dialog.windowTitle() == "New campaign" and dialog.ok_button.text() == "Create campaign"
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        shown = {k for k, edit in dialog.offer.items() if dialog.form.isRowVisible(edit)}
        assert shown == set(typed) | ({"amount_off"} if kind in ("coupon", "flash_sale") else set()) \
            | ({"percent_off"} if kind in ("coupon", "flash_sale") else set())
        dialog.name.setText(f"New {kind} 新活动")
        dialog.products.setText(", ".join(skus) if kind in ("flash_sale", "bundle") else "")
        for key, value in typed.items():
            dialog.offer[key].setText(value)
        dialog.accept_overlap.setChecked(True)
        dialog.accept_floor.setChecked(True)
        dialog.draft.setChecked(kind == "bundle")
        dialog.ok_button.click()
        settle(qtbot, lambda d=dialog: not d.isVisible() or bool(d.error.text()))
        assert not dialog.error.text(), (kind, dialog.error.text())
        local = view.workspace.record("campaigns", min(dialog.changes.ids))
        assert local["id"] < 0 and local["type"] == kind and local["rules"] == rules   # at once, offline too
        assert view.current_id == local["id"]
        made[kind] = dialog.changes.outbox_key
    view.workspace.sync.start()   # back online: the queued creates reach the platform
    settle(qtbot, lambda: all(find(sandbox, "campaigns", f"json_extract(body, '$.name') = 'New {k} 新活动'")
                              for k in offers), 30000)
    for kind, (_, rules) in offers.items():
        platform = find(sandbox, "campaigns", f"json_extract(body, '$.name') = 'New {kind} 新活动'")[0]
        assert platform["type"] == kind and {k: platform["rules"][k] for k in rules} == rules
        assert platform["status"] == ("draft" if kind == "bundle" else "scheduled")
    # the temporary records gave way to the platform's
    def temporary() -> int:
        with view.workspace.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM campaigns WHERE id < 0")).scalar()
    settle(qtbot, lambda: temporary() == 0, 30000)


def test_a_new_campaign_with_an_incomplete_offer_or_no_name_is_not_made(sandbox, view_for, qtbot):
    view = view_for(CampaignsView, sandbox.url, "owner")
    before = len(find(sandbox, "campaigns", "1"))
    dialog = view.create()
    dialog.kind.setCurrentIndex(dialog.kind.findData("bundle"))
    dialog.ok_button.click()
    settle(qtbot, lambda: "name" in dialog.error.text())
    dialog.name.setText("Half a bundle")
    dialog.offer["bundle_price"].setText("99")
    dialog.check()
    settle(qtbot, lambda: dialog.review is not None and bool(dialog.review.problems))
    assert "at least two products" in dialog.checks.text()
    dialog.ok_button.click()
    settle(qtbot, lambda: "two products" in dialog.error.text())
    assert dialog.isVisible() and len(find(sandbox, "campaigns", "1")) == before
    dialog.offer["bundle_price"].setText("ninety")
    dialog.ok_button.click()
    settle(qtbot, lambda: "not a positive number" in dialog.error.text())


def test_agents_cannot_create_campaigns(sandbox, view_for):
    view = view_for(CampaignsView, sandbox.url, "agent")
    assert not hasattr(view, "new_button")
