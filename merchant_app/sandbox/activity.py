"""Live activity: the shop keeps moving while the console watches.

Every few seconds one step happens, as on a busy platform: a customer orders (sometimes a new
customer), pays or lets the payment time out, a parcel is delivered, an order completes, a customer
opens an after-sales ticket or writes again, a review arrives; and the platform itself edits records
the console may be editing too (a price-protection change, a fraud check raising an order's risk, a
warehouse receipt), so that conflicts happen as they would in production. Campaigns start and end
on schedule. Each step is one transaction through the same rules the API uses.
"""

from __future__ import annotations

import logging
import random
import threading

from . import rules
from .rules import RuleError
from .storage import Storage, Tx, parse_ts

log = logging.getLogger(__name__)

# step -> weight
STEPS: dict[str, int] = {
    "order": 6, "pay": 5, "deliver": 3, "complete": 2, "ticket": 2, "customer_message": 3, "review": 2,
    "platform_price": 1, "risk_check": 1, "stock_receipt": 1, "campaign_clock": 1,
}


class LiveActivity:
    def __init__(self, storage: Storage, seed: int = 1) -> None:
        self.storage = storage
        self.rng = random.Random(seed * 7919 + 17)
        self._model = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def model(self):
        if self._model is None:
            from .seed import ShopModel
            self._model = ShopModel.from_storage(self.storage)
        return self._model

    def step(self, kind: str | None = None) -> str:
        """Run one step (a random one unless `kind` names it); answer what happened."""
        kind = kind or self.rng.choices(list(STEPS), weights=list(STEPS.values()))[0]
        try:
            with self.storage.transaction() as tx:
                done = getattr(self, f"_{kind}")(tx)
        except RuleError as err:  # the state moved under us (the console got there first): skip
            return f"{kind}: skipped ({err.code})"
        return f"{kind}: {done}" if done else f"{kind}: nothing to do"

    # --- the background thread -----------------------------------------------------------
    def run_in_background(self, interval: float) -> None:
        def loop():
            while not self._stop.wait(interval * self.rng.uniform(0.5, 1.5)):
                try:
                    self.step()
                except Exception:  # a bug in a step must not stop the demo shop
                    log.exception("live activity step failed")
        self._thread = threading.Thread(target=loop, name="sandbox-activity", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    # --- steps ---------------------------------------------------------------------------
    def _pick(self, tx: Tx, resource: str, statuses: tuple[str, ...], n: int = 300, key: str = "status") -> dict | None:
        found = [r for r in tx.recent(resource, n) if r.get(key) in statuses]
        return self.rng.choice(found) if found else None

    def _order(self, tx: Tx) -> str | None:
        from . import seed
        model = self.model()
        if self.rng.random() < 0.3 or not tx.random_ids("customers", 1, self.rng):
            customer = seed.new_customer(self.rng, model, tx.now)
            customer["id"] = tx.next_id("customers")
            tx.put("customers", customer, created=True)
        else:
            customer = tx.get("customers", tx.random_ids("customers", 1, self.rng)[0])
        order = seed.new_order(self.rng, model, tx.now, customer)
        order["id"] = tx.next_id("orders")
        order["number"] = f"SO{tx.now:%y%m%d}{order['id']:07d}"
        for line in order["lines"]:
            line["id"] = tx.next_sub_id("line")
        order.pop("version", None)
        rules.place_order(tx, order)
        return f"order {order['number']} from {customer['name']}"

    def _pay(self, tx: Tx) -> str | None:
        order = self._pick(tx, "orders", ("pending_payment",))
        if order is None or order["payment_method"] == "cash_on_delivery":
            return None
        if self.rng.random() < 0.1:
            rules.cancel_order(tx, order, rules.s.CancelOrder(reason="payment timeout"), "platform")
            return f"order {order['number']} cancelled: payment timeout"
        rules.pay_order(tx, order)
        return f"order {order['number']} paid"

    def _deliver(self, tx: Tx) -> str | None:
        order = self._pick(tx, "orders", ("shipped",), n=2000)
        if order is None:
            return None
        rules.deliver_order(tx, order)
        return f"order {order['number']} delivered"

    def _complete(self, tx: Tx) -> str | None:
        order = self._pick(tx, "orders", ("delivered",), n=3000)
        if order is None:
            return None
        rules.complete_order(tx, order)
        return f"order {order['number']} completed"

    def _ticket(self, tx: Tx) -> str | None:
        from . import seed
        order = self._pick(tx, "orders", ("shipped", "delivered", "completed"), n=3000)
        if order is None:
            return None
        ticket = seed.new_ticket(self.rng, self.model(), tx.now, order)
        ticket["id"] = tx.next_id("tickets")
        ticket["number"] = f"AS-{ticket['id']:06d}"
        for m in ticket["messages"]:
            m["id"] = tx.next_sub_id("message")
        ticket.pop("version", None)
        rules._set_dues(tx, ticket, from_time=tx.now)
        tx.put("tickets", ticket, created=True)
        return f"ticket {ticket['number']} ({ticket['type']}) on {order['number']}"

    def _customer_message(self, tx: Tx) -> str | None:
        from . import seed
        ticket = self._pick(tx, "tickets", ("open", "awaiting_customer", "escalated", "new", "resolved"))
        if ticket is None:
            return None
        language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in ticket["subject"]) else "en"
        rules.customer_message(tx, ticket, seed.customer_message(self.rng, ticket["type"], language))
        return f"customer wrote on {ticket['number']}"

    def _review(self, tx: Tx) -> str | None:
        from . import seed
        order = self._pick(tx, "orders", ("delivered", "completed"), n=3000)
        if order is None:
            return None
        review = seed.new_review(self.rng, self.model(), tx.now, order)
        review["id"] = tx.next_id("reviews")
        review.pop("version", None)
        tx.put("reviews", review, created=True)
        return f"{review['rating']}-star review on order {order['number']}"

    def _platform_price(self, tx: Tx) -> str | None:
        ids = tx.random_ids("listings", 5, self.rng)
        listing = next((x for x in (tx.get("listings", i) for i in ids) if x and x["status"] == "active"), None)
        if listing is None:
            return None
        variant = self.rng.choice(listing["variants"])
        variant["price"] = max(100, int(variant["price"] * self.rng.choice((0.95, 0.98, 1.02))) // 10 * 10)
        if variant.get("compare_at_price") is not None and variant["compare_at_price"] <= variant["price"]:
            variant["compare_at_price"] = None
        tx.put("listings", listing)
        return f"platform price adjustment on {variant['sku']}"

    def _risk_check(self, tx: Tx) -> str | None:
        order = self._pick(tx, "orders", ("paid", "processing"))
        if order is None:
            return None
        order["risk_level"] = self.rng.choice(("medium", "high"))
        order["events"].append({"at": tx.now_str, "type": "risk_assessed", "actor": "platform",
                                "message": f"Fraud check: risk {order['risk_level']}"})
        tx.put("orders", order)
        return f"order {order['number']} risk {order['risk_level']}"

    def _stock_receipt(self, tx: Tx) -> str | None:
        ids = tx.random_ids("inventory", 1, self.rng)
        if not ids:
            return None
        level = tx.get("inventory", ids[0])
        qty = self.rng.choice((6, 12, 24, 48))
        rules.move_stock(tx, level, on_hand=qty, reason="received", note="warehouse receipt", actor="warehouse")
        return f"{qty} × {level['sku']} received"

    def _campaign_clock(self, tx: Tx) -> str | None:
        moved = []
        for c in tx.recent("campaigns", 1000):
            if c["status"] in ("scheduled", "active"):
                to = "ended" if parse_ts(c["ends_at"]) <= tx.now else (
                    "active" if parse_ts(c["starts_at"]) <= tx.now else "scheduled")
                if to != c["status"]:
                    c["status"] = to
                    tx.put("campaigns", c)
                    moved.append(f"{c['name']} {to}")
        return ", ".join(moved) or None
