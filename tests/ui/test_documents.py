"""Packing slips, invoices and a dispute's evidence bundle as PDF, written from a cache synced from the
real sandbox and read back with pypdf, as someone checking the printout would: the right orders,
items, amounts and addresses; for a dispute, the deadline, the shipments and the conversation, and
nothing the shop wrote only for itself."""

from __future__ import annotations

import re
import shutil
import threading
import unicodedata
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage
from sqlalchemy import text as sql

from merchant_app.platform.client import PlatformClient
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.store import open_cache
from merchant_app.sync.events import Broadcaster
from merchant_app.sync.mapping import read_record
from merchant_app.sync.pull import Puller
from merchant_app.ui import documents, formatting

EN = QLocale("en_US")
SHOP_ADDRESS = "88 Fenghe Road, Building 3\nPudong, Shanghai 200120"
DEADLINE = "2026-12-01T07:30:00.000000Z"          # 15:30 in Shanghai, the shop's time zone
INTERNAL = "Between us: refund quietly if they push"
SYSTEM = "Escalated by the platform's dispute desk"
PHOTO_URL = "https://sandbox.example/tickets/attachments/box-damage-1.jpg"


def prepare_dispute(server) -> int:
    """A dispute on the platform with an order and messages gets the platform's deadline, a photo
    from the customer, an internal note and a system note, before the console pulls it."""
    import json

    with server.storage.engine.connect() as conn:
        ticket_id, body = conn.execute(sql(
            "SELECT id, body FROM tickets WHERE json_extract(body, '$.type') = 'dispute' "
            "AND json_extract(body, '$.order_id') IS NOT NULL "
            "AND json_array_length(json_extract(body, '$.messages')) >= 3 ORDER BY id LIMIT 1")).one()
    ticket = json.loads(body)
    last = ticket["messages"][-1]["at"]
    messages = ticket["messages"] + [
        {"id": 990001, "author_type": "customer", "kind": "message", "author": ticket["customer_name"],
         "body": "The box arrived crushed, photo attached.", "attachments": [PHOTO_URL], "at": last},
        {"id": 990002, "author_type": "agent", "kind": "internal_note", "author": "amy", "body": INTERNAL,
         "attachments": ["https://sandbox.example/internal/only.jpg"], "at": last},
        {"id": 990003, "author_type": "system", "kind": "internal_note", "author": "platform", "body": SYSTEM,
         "attachments": [], "at": last}]
    r = httpx.post(f"{server.url}/v1/_admin/edit/tickets/{ticket_id}", timeout=30,
                   json={"set": {"status": "escalated", "dispute_deadline": DEADLINE, "messages": messages}})
    assert r.status_code == 200, r.text
    return ticket_id


@pytest.fixture(scope="module")
def synced(shop_template, tmp_path_factory):
    """(cache engine, shop record): the small demo shop's catalogue, orders and tickets pulled from the
    sandbox, one dispute prepared (``shop["dispute_id"]``)."""
    folder = tmp_path_factory.mktemp("documents")
    shutil.copyfile(shop_template, folder / "shop.db")
    with SandboxServer(SandboxConfig(db_url=f"sqlite:///{folder / 'shop.db'}", test_mode=True)) as server:
        client = PlatformClient(server.url)
        client.sign_in("owner", "demo")
        shop = client.me()["shop"]
        dispute_id = prepare_dispute(server)
        engine = open_cache(folder / "cache.sqlite")
        puller = Puller(engine, client, Broadcaster())
        for resource in ("listings", "orders", "tickets"):
            puller.pull(resource, full=True)
        client.close()
    yield engine, {**shop, "address": SHOP_ADDRESS, "dispute_id": dispute_id}
    engine.dispose()


def order_ids(engine, where: str, limit: int = 1) -> list[int]:
    with engine.connect() as conn:
        ids = list(conn.exec_driver_sql(f"SELECT id FROM orders WHERE {where} ORDER BY id LIMIT {limit}").scalars())
    assert ids, f"the demo shop has no order where {where}"
    return ids


def load(engine, ids: list[int]) -> list[dict]:
    with engine.connect() as conn:
        return documents.load_orders(conn, ids)


def flat(text: str) -> str:
    """Text without its white space: a PDF holds runs of text where they are drawn, and the reader
    breaks lines between runs of different scripts ("滨江大道" "94" "号")."""
    return "".join(text.split())


RADICALS_FOLDED = "".join(sorted({unicodedata.normalize("NFKC", chr(c)) for c in range(0x2E80, 0x2FE0)}
                                 - {chr(c) for c in range(0x2E80, 0x2FE0)}))
"""What NFKC makes of the Kangxi radicals: sometimes another ideograph than the one drawn (户 comes
out as ⼾, which NFKC folds to the traditional 戶)."""


def has(text: str, fragment: str) -> bool:
    """``fragment`` is in a page's flat text, a CJK radical standing for the ideograph drawn with the
    same glyph (黄 comes out as ⻩, which NFKC does not fold; 户 as ⼾, which it folds to 戶)."""
    pattern = "".join(f"[{re.escape(ch)}\u2e80-\u2fdf{RADICALS_FOLDED}]" if "\u4e00" <= ch <= "\u9fff"
                      else re.escape(ch) for ch in flat(fragment))
    return re.search(pattern, text) is not None


def pages(path: Path) -> list[str]:
    """Each page's text, flat, as a reader copying it would get it: Qt's PDF names some CJK glyphs by
    their Kangxi radical (米 as ⽶, see documents.py), which NFKC folds back."""
    return [flat(unicodedata.normalize("NFKC", page.extract_text())) for page in PdfReader(path).pages]


def money(amount: int, currency: str) -> str:
    return formatting.money(amount, currency, EN)


def test_one_packing_slip_says_what_to_pick_and_where_it_goes_without_a_price(qapp, synced, tmp_path):
    engine, shop = synced
    [order] = load(engine, order_ids(engine, "status IN ('paid', 'processing') AND currency = 'CNY' "
                                             "AND json_extract(shipping_address, '$.line2') IS NOT NULL"))
    path = tmp_path / "slip.pdf"
    assert documents.write_packing_slips([order], shop, path, "en") == 1
    [text] = pages(path)
    a = order["shipping_address"]
    assert has(text, "Packing slip") and has(text, order["number"]) and has(text, "Lumi & Co.")
    assert has(text, "Pudong, Shanghai 200120"), "the shop's address under its name"
    assert all(has(text, a[key]) for key in ("name", "province", "city", "line1", "line2")), \
        "the Chinese address comes through"
    for line in order["lines"]:
        assert has(text, line["sku"])
    assert has(text, f"Units to ship: {sum(ln['quantity'] for ln in order['lines'])}")
    assert has(text, formatting.date(order["created_at"], EN, documents.shop_zone(shop))), "the shop's day"
    assert "¥" not in text and "$" not in text, "no price on a packing slip"
    for line in order["lines"]:
        assert not has(text, money(line["unit_price"], "CNY").lstrip("¥"))


def test_many_invoices_in_one_file_one_per_order_with_their_amounts(qapp, synced, tmp_path):
    engine, shop = synced
    taxed = order_ids(engine, "currency = 'USD' AND tax_total > 0 AND status != 'cancelled' "
                              "AND refunded_total = 0", 2)
    discounted = order_ids(engine, "discount_total > 0 AND status = 'completed'")
    refunded = order_ids(engine, "financial_status = 'partially_refunded'")
    cancelled = order_ids(engine, "status = 'cancelled'")
    orders = load(engine, taxed + discounted + refunded + cancelled)
    path = tmp_path / "invoices.pdf"
    assert documents.write_invoices(orders, shop, path, "en", role="owner") == len(orders)
    texts = pages(path)
    assert len(texts) == len(orders), "one page per order, in the order given"
    for order, text in zip(orders, texts, strict=True):
        currency = order["currency"]
        assert has(text, documents.invoice_number(order)) and has(text, order["number"])
        assert has(text, order["customer"]["name"]), "the buyer"
        for line in order["lines"]:
            assert has(text, line["sku"]) and has(text, money(line["unit_price"], currency))
        assert has(text, f"Total {money(order['total'], currency)}")
        assert has(text, f"Paid {money(order['paid_total'], currency)}")
        assert has(text, f"Amounts in {currency}")
        if order["tax_total"]:
            assert has(text, f"Tax {money(order['tax_total'], currency)}")
        if order["discount_total"]:
            assert has(text, money(order["discount_total"], currency))
    assert "CANCELLED" in texts[-1] and "CANCELLED" not in texts[0]
    partial = orders[len(taxed) + len(discounted)]
    assert has(texts[-2], f"PARTIALLY REFUNDED: {money(partial['refunded_total'], partial['currency'])}")
    assert has(texts[-2], f"Refunded −{money(partial['refunded_total'], partial['currency'])}")


def test_a_long_order_runs_over_pages_with_every_line(qapp, synced, tmp_path):
    """Sixty lines (taken from real orders) do not fit one page: the table goes on, and the totals
    come once, on the last page."""
    engine, shop = synced
    donors = load(engine, order_ids(engine, "currency = 'CNY'", 80))
    lines = [dict(line, id=i) for i, line in enumerate((ln for o in donors for ln in o["lines"]), 1)][:60]
    assert len(lines) == 60
    lines[0]["title"] = "Extra long title " * 20  # wraps, then is cut short with an ellipsis
    order = dict(donors[0], lines=lines, subtotal=sum(ln["total"] for ln in lines), discount_total=0)
    order["total"] = order["paid_total"] = order["subtotal"] + order["shipping_total"]
    for writer, name in ((documents.write_invoices, "invoice"), (documents.write_packing_slips, "slip")):
        path = tmp_path / f"{name}.pdf"
        kw = {"role": "merchant"} if name == "invoice" else {}
        count = writer([order], shop, path, "en", **kw)
        texts = pages(path)
        assert count == len(texts) > 1
        everything = " ".join(texts)
        assert all(has(everything, line["sku"]) for line in lines)
        assert all(has(t, f"Page {i} of {count}") for i, t in enumerate(texts, 1))
        assert all(has(t, "(continued)") for t in texts[1:])
        if name == "invoice":
            assert [has(t, f"Total {money(order['total'], 'CNY')}") for t in texts] == [False] * (count - 1) + [True]
    assert has(everything, "Extra long title Extra long title") and "..." in everything, "… (NFKC: ...)"
    assert everything.count(flat("Extra long title")) < 20, "cut short after three lines"


def test_documents_in_chinese(qapp, synced, tmp_path):
    engine, shop = synced
    orders = load(engine, order_ids(engine, "currency = 'CNY' AND status = 'shipped'"))
    path = tmp_path / "slip.pdf"
    documents.write_packing_slips(orders, shop, path, "zh_CN")
    [text] = pages(path)
    a = orders[0]["shipping_address"]
    assert "发货单" in text and "收货人" in text and has(text, "第 1 页,共 1 页")
    assert has(text, a["province"]) and has(text, a["line1"])
    f = orders[0]["fulfilments"][0]
    assert has(text, f["tracking_number"]), "the shipment already sent"
    path = tmp_path / "invoice.pdf"
    documents.write_invoices(orders, shop, path, "zh_CN", role="owner")
    [text] = pages(path)
    assert "发票" in text and has(text, formatting.money(orders[0]["total"], "CNY", QLocale("zh_CN")))


def test_agents_print_no_invoices_and_masked_contacts_stay_masked(qapp, synced, tmp_path):
    engine, shop = synced
    orders = load(engine, order_ids(engine, "currency = 'CNY' AND status = 'paid'"))
    path = tmp_path / "invoice.pdf"
    assert not documents.may_print_invoices("agent") and documents.may_print_invoices("merchant")
    with pytest.raises(PermissionError):
        documents.write_invoices(orders, shop, path, "en", role="agent")
    assert not path.exists()
    documents.write_packing_slips(orders, shop, path, "en", reveal=lambda order: False)
    [text] = pages(path)
    a = orders[0]["shipping_address"]
    assert has(text, a["name"]) and not has(text, a["line1"]) and not has(text, a["phone"])
    assert has(text, formatting.mask_phone(a["phone"]))


def test_written_off_the_ui_thread_with_progress_and_cancellation(qapp, synced, tmp_path):
    engine, shop = synced
    orders = load(engine, order_ids(engine, "1 = 1", 20))
    path = tmp_path / "invoices.pdf"
    seen: list[tuple[int, int]] = []
    result: dict = {}

    def work() -> None:
        try:
            result["pages"] = documents.write_invoices(orders, shop, path, "en", role="owner",
                                                       progress=lambda done, total: seen.append((done, total)))
        except Exception as exc:  # noqa: BLE001 - whatever it is, the assertion below reports it
            result["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert "error" not in result and result["pages"] >= 20
    assert seen[-1] == (20, 20) and len(pages(path)) == result["pages"]

    stop_after = tmp_path / "stopped.pdf"
    with pytest.raises(documents.Cancelled):
        documents.write_packing_slips(orders, shop, stop_after, "en", cancelled=lambda: len(seen) > 22,
                                      progress=lambda done, total: seen.append((done, total)))
    assert not stop_after.exists(), "a cancelled file is not left half written"


# --- a dispute's evidence bundle -----------------------------------------------------------------

def dispute(engine, shop) -> tuple[dict, dict]:
    """The prepared dispute and its order, as the cache holds them."""
    with engine.connect() as conn:
        ticket = read_record(conn, "tickets", shop["dispute_id"])
        [order] = documents.load_orders(conn, [ticket["order_id"]])
    return ticket, order


def test_evidence_bundle_has_the_deadline_order_tracking_and_conversation_without_internal_notes(
        qapp, synced, tmp_path):
    engine, shop = synced
    ticket, order = dispute(engine, shop)
    assert ticket["dispute_deadline"] == DEADLINE and order["fulfilments"], "a shipped order with a deadline"
    assert {INTERNAL, SYSTEM} <= {m["body"] for m in ticket["messages"]}, "the notes are in the cached ticket"
    path = tmp_path / "evidence.pdf"
    count = documents.write_evidence_bundle(ticket, order, shop, path, "en", role="agent")
    texts = pages(path)
    assert count == len(texts) >= 2
    cover, everything = texts[0], " ".join(texts)
    assert has(cover, "Dispute evidence") and has(cover, ticket["number"]) and has(cover, order["number"])
    zone = documents.shop_zone(shop)
    assert has(cover, formatting.timestamp(DEADLINE, EN, zone)) and has(cover, "3:30 PM"), \
        "the platform's deadline in the shop's time zone"
    assert has(cover, "Asia/Shanghai, UTC+08:00")
    assert has(cover, ticket["customer_name"]) and has(cover, ticket["subject"])
    if ticket.get("requested_amount") is not None:
        assert has(cover, f"Amount claimed: {money(ticket['requested_amount'], order['currency'])}")
    for section in ("Order snapshot", "Shipments and tracking", "Order timeline", "Conversation with the customer",
                    "Refunds given", "Attachments and photos"):
        assert has(cover, section), "in the contents"
        assert any(has(t, section) for t in texts[1:])
    for f in order["fulfilments"]:
        assert has(everything, f["tracking_number"]) and has(everything, f["carrier"])
    for line in order["lines"]:
        assert has(everything, line["sku"]) and has(everything, money(line["unit_price"], order["currency"]))
    said = [m for m in ticket["messages"] if m["author_type"] == "customer" or m["kind"] == "reply"]
    for m in said:  # NFKC, as pages() reads them: full-width punctuation comes out half-width
        assert has(everything, unicodedata.normalize("NFKC", m["body"])[:12])
    assert has(everything, "The box arrived crushed") and has(everything, PHOTO_URL)
    assert has(everything, "A web address: not included in this file.")
    assert not has(everything, INTERNAL) and not has(everything, SYSTEM), "the shop's own notes stay out"
    assert "internal/only.jpg" not in everything, "so do an internal note's attachments"
    assert has(everything, "Internal notes and system notes are the shop's own records: they are left out")
    for refund in order["refunds"]:
        assert has(everything, money(refund["amount"], order["currency"]))
    assert all(has(t, f"Page {i} of {count}") for i, t in enumerate(texts, 1))


def test_a_long_conversation_runs_over_pages_in_order_with_the_contents_right_and_a_photo(
        qapp, synced, tmp_path):
    """A hundred messages take several pages, oldest first; the contents give the page each section
    starts on; a photo kept on this computer is printed, named without its folders."""
    engine, shop = synced
    ticket, order = dispute(engine, shop)
    start = ticket["messages"][-1]["at"]
    photo = tmp_path / "parcel" / "crushed-corner.png"
    photo.parent.mkdir()
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a6d4b"))
    assert image.save(str(photo))
    extra = [{"id": 800000 + i, "author_type": "customer" if i % 2 else "agent", "kind": "message" if i % 2 else "reply",
              "author": "someone", "body": f"Message number {i:03d}. " + "The parcel was left outside. " * (i % 5),
              "attachments": [str(photo)] if i == 7 else [], "at": start[:11] + f"{i % 24:02d}:{i % 60:02d}:00.000000Z"}
             for i in range(100)]
    extra.sort(key=lambda m: m["at"])
    ticket = dict(ticket, messages=ticket["messages"] + extra)
    path = tmp_path / "long.pdf"
    seen: list[tuple[int, int]] = []
    count = documents.write_evidence_bundle(ticket, order, shop, path, "en", role="merchant",
                                            progress=lambda page, total: seen.append((page, total)))
    texts = pages(path)
    assert count == len(texts) >= 5 and seen == [(i, count) for i in range(1, count + 1)]
    everything = " ".join(texts)
    positions = [everything.find(flat(f"Message number {m['body'][15:18]}.")) for m in extra]
    assert -1 not in positions and positions == sorted(positions), "every message, oldest first"
    cover = texts[0]
    sections = ["Order snapshot", "Shipments and tracking", "Order timeline", "Conversation with the customer",
                "Refunds given", "Attachments and photos"]
    for number, section in enumerate(sections, 1):
        after = str(number + 1) if number < len(sections) else "Exported"
        page = int(re.search(f"{number}{re.escape(flat(section))}(\\d+){after}", cover).group(1))
        assert has(texts[page - 1], f"{number} {section}"), f"{section} starts on page {page}"
        assert not any(has(t, f"{number} {section}") for t in texts[1:page - 1])
    conversation = [i for i, t in enumerate(texts) if "Messagenumber" in t]
    assert len(conversation) >= 3, "the conversation itself spans pages"
    reader = PdfReader(path)
    assert sum(len(page.images) for page in reader.pages) >= 1, "the photo is printed"
    assert has(everything, "crushed-corner.png") and str(tmp_path) not in everything and "parcel/" not in everything


def test_evidence_for_an_agent_masks_contacts_and_anyone_else_is_refused(qapp, synced, tmp_path):
    engine, shop = synced
    ticket, order = dispute(engine, shop)
    a, c = order["shipping_address"], order["customer"]
    path = tmp_path / "masked.pdf"
    documents.write_evidence_bundle(ticket, order, shop, path, "en", role="agent", reveal=lambda o: False)
    everything = " ".join(pages(path))
    assert has(everything, a["name"]) and has(everything, a["city"]), "who and where, as on a packing slip"
    assert not has(everything, a["line1"]) and not has(everything, a["phone"])
    assert has(everything, formatting.mask_phone(a["phone"]))
    if c.get("email"):
        assert not has(everything, c["email"]) and has(everything, formatting.mask_email(c["email"]))
    documents.write_evidence_bundle(ticket, order, shop, path, "en", role="agent", reveal=lambda o: True)
    assert has(" ".join(pages(path)), a["line1"]), "an agent on the case sees the address in full"
    assert all(documents.may_export_evidence(role) for role in ("owner", "merchant", "agent"))
    refused = tmp_path / "refused.pdf"
    with pytest.raises(PermissionError):
        documents.write_evidence_bundle(ticket, order, shop, refused, "en", role="viewer")
    assert not refused.exists()


def test_evidence_in_chinese_and_without_an_order_and_cancelled(qapp, synced, tmp_path):
    engine, shop = synced
    ticket, order = dispute(engine, shop)
    path = tmp_path / "zh.pdf"
    documents.write_evidence_bundle(ticket, order, shop, path, "zh_CN", role="owner")
    texts = pages(path)
    assert "纠纷举证材料" in texts[0] and "平台截止时间" in texts[0] and has(texts[0], "2026/12/1 15:30")
    assert has(" ".join(texts), "与客户的沟通记录") and has(texts[0], "第 1 页")
    bare = dict(ticket, order_id=None, order_number=None)
    path = tmp_path / "bare.pdf"
    documents.write_evidence_bundle(bare, None, shop, path, "en", role="agent")
    assert has(" ".join(pages(path)), "No order is linked to this dispute.")
    stopped = tmp_path / "stopped.pdf"
    done: list[int] = []
    with pytest.raises(documents.Cancelled):
        documents.write_evidence_bundle(ticket, order, shop, stopped, "en", role="agent",
                                        progress=lambda page, total: done.append(page), cancelled=lambda: bool(done))
    assert done == [1] and not stopped.exists(), "stopped after the cover, nothing left half written"
