"""Roles enforced in the services layer (issue 7): an agent's token reads no revenue and reveals no
personal data, whatever the UI shows or hides; owners and merchants reveal one record at a time,
each reveal audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from merchant_app.models import Base
from merchant_app.services import home, metrics, privacy
from merchant_app.services.edits import Actor
from merchant_app.services.permissions import PermissionDenied
from merchant_app.sync import aggregates

ORDERS = Base.metadata.tables["orders"]


def audit_rows(engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(text("SELECT actor, action, resource, record_id, after, outbox_key "
                                                   "FROM audit_log ORDER BY id")).mappings()]


def test_an_agent_reads_no_revenue_and_reveals_no_personal_data(desk):
    engine, _, _ = desk("agent", "agent")
    aggregates.ensure(engine)
    agent = Actor("agent", "agent")
    start, end = date(2020, 1, 1), date(2030, 12, 31)
    with pytest.raises(PermissionDenied):
        metrics.totals(engine, start, end, role=agent.role)
    with pytest.raises(PermissionDenied):
        metrics.sales(engine, start, end, role=agent.role)
    with pytest.raises(PermissionDenied):
        metrics.top_sellers(engine, start, end, role=agent.role)
    with engine.connect() as conn:
        order = conn.execute(select(ORDERS).where(ORDERS.c.customer_email.is_not(None)).limit(1)).mappings().one()
        ticket_id = conn.execute(text("SELECT id FROM tickets LIMIT 1")).scalar_one()
        glance = home.at_a_glance(conn, agent.role, {"currency": "CNY", "timezone": "Asia/Shanghai"})
    with pytest.raises(PermissionDenied):   # refused before the campaign is even looked up
        metrics.campaign(engine, 1, role=agent.role)
    assert all("revenue" not in g.facts for g in glance)

    for resource, record_id in (("orders", order["id"]), ("tickets", ticket_id)):
        with pytest.raises(PermissionDenied):
            privacy.reveal(engine, agent, resource, record_id)
    assert audit_rows(engine) == []                     # a refused reveal leaves no trace and reads nothing

    shown = privacy.masked("orders", dict(order))
    assert order["customer_name"] not in str(shown) and order["customer_email"] not in str(shown)
    assert order["shipping_address"]["line1"] not in str(shown)
    assert shown["shipping_address"]["city"] == order["shipping_address"]["city"]
    assert shown["customer_phone"].endswith(order["customer_phone"][-4:]) if order["customer_phone"] else True


def test_owners_and_merchants_read_revenue_and_reveal_one_record_audited(desk):
    engine, _, _ = desk("owner", "owner")
    aggregates.ensure(engine)
    start, end = date(2020, 1, 1), date(2030, 12, 31)
    for role in ("owner", "merchant"):
        assert metrics.totals(engine, start, end, role=role)
    with engine.connect() as conn:
        order = conn.execute(select(ORDERS).limit(1)).mappings().one()
    merchant = Actor("merchant", "merchant")
    full = privacy.reveal(engine, merchant, "orders", order["id"], purpose="print")
    assert full["customer_name"] == order["customer_name"]
    assert full["shipping_address"] == order["shipping_address"]
    [entry] = audit_rows(engine)
    assert entry["actor"] == "merchant" and entry["action"] == "orders.reveal"
    assert entry["record_id"] == order["id"] and entry["outbox_key"] is None
    assert '"purpose": "print"' in entry["after"]
    with pytest.raises(LookupError):
        privacy.reveal(engine, merchant, "orders", -1)
    assert len(audit_rows(engine)) == 1


def test_masks():
    assert privacy.mask_name("Li Wei") == "L. W***"
    assert privacy.mask_name("张伟") == "张**"
    assert privacy.mask_phone("+86 138 0013 4821") == "•••• 4821"
    assert privacy.mask_email("li.wei@example.com") == "l***@example.com"
    assert privacy.mask_address({"name": "Li Wei", "line1": "1 Road", "city": "Hangzhou", "country": "CN"}) == \
        {"country": "CN", "city": "Hangzhou"}
