"""CSV import: a file with any bad row applies nothing and lists each problem; a good one applies all."""

from __future__ import annotations

from sqlalchemy import text

from merchant_app.services.imports import guess_mapping, read_table

from .conftest import settle


def variants(window, n=4):
    with window.workspace.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(
            "SELECT v.id, v.sku, v.price, v.listing_id, l.title FROM variants v JOIN listings l ON l.id = v.listing_id "
            "WHERE l.status = 'active' ORDER BY v.id LIMIT :n"), {"n": n})]


def snapshot(window):
    with window.workspace.engine.connect() as conn:
        return (conn.execute(text("SELECT id, price, compare_at_price FROM variants ORDER BY id")).all(),
                conn.execute(text("SELECT id, title, status FROM listings ORDER BY id")).all(),
                conn.execute(text("SELECT count(*) FROM outbox")).scalar())


def test_a_file_with_bad_rows_applies_nothing_and_says_where(sandbox, window_for, qtbot, tmp_path):
    window = window_for(sandbox.url)
    v = variants(window)
    path = tmp_path / "prices.csv"
    path.write_text(
        "SKU,售价,标题\n"
        f"{v[0]['sku']},99.00,\n"
        f"{v[1]['sku']},twelve,\n"          # line 3: not an amount
        "NO-SUCH-SKU,10,\n"                  # line 4: unknown SKU
        f"{v[0]['sku']},98,\n"               # line 5: the same SKU twice
        f"{v[2]['sku']},-3,\n",              # line 6: refused by the service (a price must be positive)
        encoding="utf-8")
    before = snapshot(window)
    dialog = window.views["listings"].import_csv(str(path))
    assert dialog.mapping() == {"sku": "SKU", "price": "售价", "title": "标题"}, "Chinese headers are recognised"
    dialog.check_button.click()
    settle(qtbot, lambda: dialog.plan is not None)
    problems = {(p.row, p.column) for p in dialog.plan.problems}
    assert problems == {(3, "售价"), (4, "SKU"), (5, "SKU")}, dialog.plan.problems
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() == 3 and "problem" in dialog.summary.text()
    # fix the file's own errors: the service's refusal of a negative price is the one left
    path.write_text(f"SKU,售价\n{v[0]['sku']},99.00\n{v[2]['sku']},-3\n", encoding="utf-8")
    dialog.load(str(path))
    dialog.check_button.click()
    settle(qtbot, lambda: dialog.plan is not None)
    assert [(p.row, p.column) for p in dialog.plan.problems] == [(3, "售价")]
    assert "positive" in dialog.plan.problems[0].message
    assert not dialog.import_button.isEnabled()
    assert snapshot(window) == before, "checking changes nothing"


def test_a_good_file_applies_everything_at_once_and_syncs(sandbox, window_for, qtbot, tmp_path):
    window = window_for(sandbox.url)
    v = variants(window, 3)
    path = tmp_path / "update.csv"
    rows = [f"{v[0]['sku']};¥1,299.50;Spring tea 春茶;delisted", f"{v[1]['sku']};45;;", f"{v[2]['sku']};;;"]
    path.write_bytes(("sku;price;title;status\n" + "\n".join(rows) + "\n").encode("gb18030"))  # Excel in China
    header, table = read_table(path)
    assert header == ["sku", "price", "title", "status"] and len(table) == 3
    assert guess_mapping(header) == {"sku": "sku", "price": "price", "title": "title", "status": "status"}
    dialog = window.views["listings"].import_csv(str(path))
    dialog.check_button.click()
    settle(qtbot, lambda: dialog.plan is not None)
    assert dialog.plan.problems == [] and dialog.import_button.isEnabled()
    dialog.import_button.click()
    settle(qtbot, lambda: not dialog.isVisible())  # applied off the UI thread
    first = window.workspace.record("listings", v[0]["listing_id"])
    assert first["title"] == "Spring tea 春茶" and first["status"] == "delisted"
    assert next(x for x in first["variants"] if x["id"] == v[0]["id"])["price"] == 129950
    settle(qtbot, lambda: sandbox.storage.get("listings", v[0]["listing_id"])["status"] == "delisted", 30000)
    server = sandbox.storage.get("listings", v[1]["listing_id"])
    settle(qtbot, lambda: next(x for x in sandbox.storage.get("listings", v[1]["listing_id"])["variants"]
                               if x["id"] == v[1]["id"])["price"] == 4500, 30000)
    assert server["title"] == v[1]["title"], "an empty cell leaves the value as it is"
