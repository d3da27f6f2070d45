"""Bulk shipping from a CSV of order number, carrier and tracking number: any error applies nothing."""

from __future__ import annotations

from sqlalchemy import func, select

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import Base
from merchant_app.services.edits import Actor, perform_all
from merchant_app.services.orders import plan_bulk_ship, read_ship_file

from .conftest import find

OWNER = Actor("owner", "owner")
OUTBOX = Base.metadata.tables["outbox"]


def to_ship(sandbox, n: int, risk: str = "low") -> list[dict]:
    return find(sandbox, "orders", "json_extract(body, '$.status') IN ('paid', 'processing') AND "
                "json_extract(body, '$.risk_level') = :r", r=risk)[:n]


def queued(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one()


def test_a_file_with_any_bad_row_lists_each_problem_and_ships_nothing(desk, sandbox, tmp_path):
    engine, _, _ = desk()
    good = to_ship(sandbox, 3)
    shipped = find(sandbox, "orders", "json_extract(body, '$.status') = 'delivered'")[0]
    risky = to_ship(sandbox, 1, "high")[0]
    path = tmp_path / "ship.csv"
    path.write_text("Order number,Carrier,Tracking number\n"
                    f"{good[0]['number']},SF Express,SF100000000001\n"
                    f"{good[1]['number']},,SF100000000002\n"                    # line 3: no carrier
                    f"{good[2]['number']},SF Express,SF1\n"                     # line 4: not a tracking number
                    f"{good[0]['number']},SF Express,SF100000000004\n"          # line 5: order twice
                    "SO-NOPE,SF Express,SF100000000005\n"                       # line 6: unknown order
                    f"{shipped['number']},SF Express,SF100000000006\n"          # line 7: nothing left to ship
                    f"{risky['number']},SF Express,SF100000000007\n",           # line 8: high risk, not confirmed
                    encoding="utf-8")
    _, rows, mapping = read_ship_file(path)
    assert mapping == {"order_number": "Order number", "carrier": "Carrier", "tracking_number": "Tracking number"}
    plan = plan_bulk_ship(engine, OWNER, rows, mapping)
    assert not plan.ok and plan.high_risk == [risky["number"]]
    by_line = {p.row: p for p in plan.problems}
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8]
    assert by_line[3].column == "Carrier" and by_line[4].column == "Tracking number"
    assert "line 2" in by_line[5].message and "SO-NOPE" in by_line[6].message
    assert "nothing left to ship" in by_line[7].message and "high risk" in by_line[8].message
    assert queued(engine) == 0, "checking a file changes nothing"


def test_a_good_file_ships_every_order_in_one_go(desk, sandbox, tmp_path):
    engine, _, pusher = desk()
    orders = to_ship(sandbox, 4) + to_ship(sandbox, 1, "high")
    path = tmp_path / "发货.csv"
    lines = ["订单号,快递公司,运单号"] + [f"{o['number']},顺丰速运,SF2000000000{i}" for i, o in enumerate(orders)]
    path.write_bytes("\r\n".join(lines).encode("gb18030"))  # as Excel in China saves it
    _, rows, mapping = read_ship_file(path)
    assert set(mapping) == {"order_number", "carrier", "tracking_number"}
    assert not plan_bulk_ship(engine, OWNER, rows, mapping).ok, "the high-risk order needs the user's word"
    plan = plan_bulk_ship(engine, OWNER, rows, mapping, ship_high_risk=True)
    assert plan.ok and len(plan.steps) == 5
    perform_all(engine, OWNER, plan.steps)
    assert pusher.push().done == 5
    for i, o in enumerate(orders):
        server = sandbox.storage.get("orders", o["id"])
        assert server["status"] == "shipped"
        assert (server["fulfilments"][-1]["carrier"], server["fulfilments"][-1]["tracking_number"]) == \
            ("顺丰速运", f"SF2000000000{i}")


def test_a_file_without_the_needed_columns_says_so(desk, tmp_path):
    engine, _, _ = desk()
    path = tmp_path / "ship.csv"
    path.write_text("number;tracking\nSO1;SF1234\n", encoding="utf-8")
    _, rows, mapping = read_ship_file(path)
    plan = plan_bulk_ship(engine, OWNER, rows, mapping)
    assert [(p.row, p.column) for p in plan.problems] == [(1, "")] and "carrier" in plan.problems[0].message
