"""Packing slips and invoices as PDF, written from a cache synced from the real sandbox and read back
with pypdf, as someone checking the printout would: the right orders, items, amounts and addresses."""

from __future__ import annotations

import re
import shutil
import threading
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from merchant_app.platform.client import PlatformClient
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.store import open_cache
from merchant_app.sync.events import Broadcaster
from merchant_app.sync.pull import Puller
from merchant_app.ui import documents, formatting

EN = QLocale("en_US")
SHOP_ADDRESS = "88 Fenghe Road, Building 3\nPudong, Shanghai 200120"


@pytest.fixture(scope="module")
def synced(shop_template, tmp_path_factory):
    """(cache engine, shop record): the small demo shop's catalogue and orders pulled from the sandbox."""
    folder = tmp_path_factory.mktemp("documents")
    shutil.copyfile(shop_template, folder / "shop.db")
    with SandboxServer(SandboxConfig(db_url=f"sqlite:///{folder / 'shop.db'}", test_mode=True)) as server:
        client = PlatformClient(server.url)
        client.sign_in("owner", "demo")
        shop = client.me()["shop"]
        engine = open_cache(folder / "cache.sqlite")
        puller = Puller(engine, client, Broadcaster())
        for resource in ("listings", "orders"):
            puller.pull(resource, full=True)
        client.close()
    yield engine, {**shop, "address": SHOP_ADDRESS}
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


def has(text: str, fragment: str) -> bool:
    """``fragment`` is in a page's flat text, a CJK radical standing for the ideograph drawn with the
    same glyph (黄 comes out as ⻩, which NFKC does not fold)."""
    pattern = "".join(f"[{re.escape(ch)}\u2e80-\u2fdf]" if "\u4e00" <= ch <= "\u9fff" else re.escape(ch)
                      for ch in flat(fragment))
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
