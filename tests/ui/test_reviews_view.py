"""The reviews view, driven as a user would, over a cache synced from the real sandbox."""

from __future__ import annotations

import csv

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import text

from merchant_app.store.queries import REVIEWS_VIEW
from merchant_app.ui.table_model import ID_ROLE, RAW_ROLE, WindowedTableModel
from merchant_app.ui.views.reviews import HIDDEN_AT_FIRST, ReviewsView

from .conftest import settle

COLUMNS = [c.key for c in REVIEWS_VIEW.columns]


@pytest.fixture
def reviews_for(view_for):
    """reviews_for(url, user) -> the reviews view on a workspace signed in to that platform, its
    first sync done (the view on its own: the main window is not needed to drive it)."""
    return lambda url, user="owner": view_for(ReviewsView, url, user)


def sql_ids(view: ReviewsView, where: str, **params) -> set[int]:
    with view.workspace.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM reviews WHERE {where}"), params).scalars())


def shown_ids(view: ReviewsView) -> set[int]:
    return {view.model.data(view.model.index(r, 0), ID_ROLE) for r in range(view.model.rowCount())}


def shown(view: ReviewsView, key: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    column = COLUMNS.index(key)
    return [view.model.data(view.model.index(r, column), role) for r in range(view.model.rowCount())]


def pick(box, value) -> None:
    i = box.findData(value)
    assert i >= 0, value
    box.setCurrentIndex(i)


def edit_platform(sandbox, resource: str, record_id: int, **fields) -> None:
    r = httpx.post(f"{sandbox.url}/v1/_admin/edit/{resource}/{record_id}", json={"set": fields}, timeout=30)
    assert r.status_code == 200, r.text


def test_the_reviews_model_passes_qt_model_tester(qtmodeltester, sandbox, reviews_for):
    view = reviews_for(sandbox.url)
    qtmodeltester.check(view.model)
    for state in ({"rating": "negative", "replied": "no"}, {"status": "hidden"}, {"has_media": "yes"}):
        model = WindowedTableModel(view.workspace.engine, REVIEWS_VIEW)
        model.state = model.state.with_(**state)
        model.refresh()
        assert model.rowCount() > 0, state
        qtmodeltester.check(model)
        model.sort(COLUMNS.index("product"), Qt.SortOrder.AscendingOrder)
        qtmodeltester.check(model)


def test_each_filter_shows_the_reviews_it_names(sandbox, reviews_for):
    view = reviews_for(sandbox.url)
    total = len(sql_ids(view, "TRUE"))
    assert view.model.rowCount() == total > 500 and "record" in view.count_label.text()

    pick(view.rating_box, "negative")
    assert shown_ids(view) == sql_ids(view, "rating <= 2") != set()
    assert set(shown(view, "rating")) == {"★☆☆☆☆", "★★☆☆☆"}, "stars, not numbers"
    pick(view.rating_box, "neutral")
    assert shown_ids(view) == sql_ids(view, "rating = 3") != set()
    pick(view.rating_box, "positive")
    assert shown_ids(view) == sql_ids(view, "rating >= 4") != set()
    for stars in range(1, 6):
        pick(view.rating_box, str(stars))
        assert shown_ids(view) == sql_ids(view, "rating = :r", r=stars) != set()
        assert set(shown(view, "rating", RAW_ROLE)) == {stars}
    view.clear_filters()

    pick(view.replied_box, "yes")
    assert shown_ids(view) == sql_ids(view, "reply IS NOT NULL") != set()
    assert set(shown(view, "replied")) == {"Yes"}
    pick(view.replied_box, "no")
    assert shown_ids(view) == sql_ids(view, "reply IS NULL AND status = 'published'") != set()
    assert set(shown(view, "replied")) == {"No"}
    view.clear_filters()

    for status, name in (("published", "Published"), ("hidden", "Hidden"), ("reported", "Reported")):
        pick(view.status_box, status)
        assert shown_ids(view) == sql_ids(view, "status = :s", s=status) != set()
        assert set(shown(view, "status")) == {name}
    view.clear_filters()

    view.media_check.setChecked(True)
    assert shown_ids(view) == sql_ids(view, "json_array_length(media_urls) > 0") != set()
    pick(view.rating_box, "negative")  # filters combine
    assert shown_ids(view) == sql_ids(view, "json_array_length(media_urls) > 0 AND rating <= 2") != set()
    view.clear_filters()
    assert not view.media_check.isChecked() and view.rating_box.currentData() is None
    assert view.model.rowCount() == total


def test_home_opens_exactly_the_negative_reviews_it_counts(sandbox, reviews_for):
    from merchant_app.services import home

    view = reviews_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        glance = next(g for g in home.at_a_glance(conn, "owner", view.workspace.shop) if g.key == "negative_reviews")
    view.filter_to(glance.filters)
    assert view.rating_box.currentData() == "negative" and view.replied_box.currentData() == "no"
    expected = sql_ids(view, "rating <= 2 AND reply IS NULL AND status = 'published'")
    assert view.model.rowCount() == glance.count == len(expected) > 0
    assert shown_ids(view) == expected
    assert str(glance.count) in view.count_label.text().replace(",", "")
    # flagged in the table: the "No" of a negative review awaiting a reply is in the warning colour
    from merchant_app.ui import theme
    index = view.model.index(0, COLUMNS.index("replied"))
    option = QStyleOptionViewItem()
    view.table.itemDelegate().initStyleOption(option, index)
    assert option.palette.color(option.palette.ColorRole.Text) == theme.color("warning") and option.font.bold()
    option = QStyleOptionViewItem()
    view.table.itemDelegate().initStyleOption(option, view.model.index(0, COLUMNS.index("rating")))
    assert option.palette.color(option.palette.ColorRole.Text) == theme.color("danger")


def test_search_finds_reviews_by_title_text_or_customer(sandbox, reviews_for, qtbot):
    view = reviews_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        review_id, title, name = conn.execute(text(
            "SELECT id, title, customer_name FROM reviews WHERE title IS NOT NULL ORDER BY id LIMIT 1 OFFSET 12")).first()
        zh = conn.execute(text("SELECT id, body FROM reviews WHERE language = 'zh' ORDER BY id LIMIT 1")).first()

    def search(term: str) -> set[int]:
        view.search.setText(term)
        qtbot.waitUntil(lambda: view.model.state.text == term, timeout=3000)  # debounced
        return shown_ids(view)

    assert review_id in search(title)
    assert all(title.lower() in (t or "").lower() or title.lower() in b.lower() or title.lower() in c.lower()
               for t, b, c in _texts(view, search(title)))
    assert review_id in search(name[1:]), "any part of the customer's name"
    assert zh.id in search(zh.body[1:5])
    pick(view.rating_box, "positive")  # search and filters combine
    assert shown_ids(view) <= sql_ids(view, "rating >= 4")
    view.clear_filters()
    assert view.search.text() == "" and view.model.rowCount() == len(sql_ids(view, "TRUE"))
    assert search("no such review zzzq") == set()


def _texts(view: ReviewsView, ids: set[int]) -> list[tuple]:
    with view.workspace.engine.connect() as conn:
        return conn.execute(text(f"SELECT title, body, customer_name FROM reviews WHERE id IN "
                                 f"({','.join(str(i) for i in ids)})")).all()


def test_sort_by_every_column_in_both_directions(sandbox, reviews_for):
    view = reviews_for(sandbox.url)
    header = view.table.horizontalHeader()
    for i, key in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(i, order)
            assert view.model.sort_key == key
            first = [view.model.data(view.model.index(r, i), RAW_ROLE) for r in range(300)]
            # SQLite puts NULL first going up (reviews without a title, without a reply)
            assert first == sorted(first, key=lambda v: (v is not None, v),
                                   reverse=order == Qt.SortOrder.DescendingOrder), (key, order)
    # a sorted, filtered table
    header.setSortIndicator(COLUMNS.index("product"), Qt.SortOrder.AscendingOrder)
    pick(view.rating_box, "negative")
    products = shown(view, "product")
    with view.workspace.engine.connect() as conn:
        assert products == list(conn.execute(text(
            "SELECT l.title FROM reviews r LEFT JOIN listings l ON l.id = r.listing_id WHERE r.rating <= 2 "
            "ORDER BY l.title, r.id")).scalars())


def test_the_detail_pane_shows_a_review_in_full(sandbox, reviews_for):
    # a negative review with a title, photos, an order and a reply; tags set on the platform
    with sandbox.storage.engine.connect() as conn:
        review_id = conn.execute(text(
            "SELECT id FROM reviews WHERE json_extract(body, '$.rating') <= 2 "
            "AND json_extract(body, '$.title') IS NOT NULL AND json_array_length(body, '$.media_urls') > 1 "
            "AND json_extract(body, '$.reply') IS NOT NULL AND json_extract(body, '$.status') = 'published' "
            "ORDER BY id LIMIT 1")).scalar()
        hidden_id = conn.execute(text(
            "SELECT id FROM reviews WHERE json_extract(body, '$.status') = 'hidden' "
            "AND json_extract(body, '$.reply') IS NULL ORDER BY id LIMIT 1")).scalar()
    assert review_id is not None and hidden_id is not None
    edit_platform(sandbox, "reviews", review_id, tags=["size", "shipping"])
    view = reviews_for(sandbox.url)
    assert view.empty_label.isVisible() and not view.review_host.isVisible()

    assert view.select_record(review_id)
    r = view.workspace.record("reviews", review_id)
    with view.workspace.engine.connect() as conn:
        title, sku, number = conn.execute(text(
            "SELECT l.title, v.sku, o.number FROM reviews r JOIN listings l ON l.id = r.listing_id "
            "JOIN variants v ON v.id = r.variant_id JOIN orders o ON o.id = r.order_id WHERE r.id = :i"),
            {"i": review_id}).first()
    from merchant_app.ui import formatting
    assert view.review_host.isVisible()
    assert view.stars_label.text() == "★" * r["rating"] + "☆" * (5 - r["rating"])
    assert view.title_label.text() == r["title"] and view.body_label.text() == r["body"]
    assert view.body_label.wordWrap()
    assert r["customer_name"] in view.meta_label.text()
    assert formatting.timestamp(r["created_at"]) in view.meta_label.text()
    sections = {k: label.text() for k, label in view.sections.items()}
    assert _html(title) in sections["product"] and _html(sku) in sections["product"]
    assert r["customer_name"] in sections["customer"] and number in sections["customer"]
    assert f"{len(r['media_urls'])} photo" in sections["details"]
    assert "size, shipping" in sections["details"]
    assert {"en": "English", "zh": "Chinese"}[r["language"]] in sections["details"]
    assert _html(r["reply"]["body"]) in sections["reply"]
    assert formatting.timestamp(r["reply"]["at"]) in sections["reply"]
    assert view.status_chip.text() == "Published" and not view.awaiting_chip.isVisible()
    assert not view.reason_label.isVisible()

    view.select_record(hidden_id)
    h = view.workspace.record("reviews", hidden_id)
    assert view.status_chip.text() == "Hidden"
    assert view.reason_label.isVisible() and h["status_reason"] in view.reason_label.text()
    assert "No reply." in view.sections["reply"].text() and not view.awaiting_chip.isVisible()
    assert "None" in view.sections["details"].text(), "no tags"

    # a negative published review nobody answered says so
    awaiting = min(sql_ids(view, "rating <= 2 AND reply IS NULL AND status = 'published'"))
    view.select_record(awaiting)
    assert view.awaiting_chip.isVisible() and "No reply yet" in view.sections["reply"].text()


def _html(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_a_products_reviews_are_one_click_away(sandbox, reviews_for):
    view = reviews_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        listing_id, review_id = conn.execute(text(
            "SELECT listing_id, max(id) FROM reviews GROUP BY listing_id HAVING count(*) > 2 LIMIT 1")).first()
    pick(view.rating_box, "positive")
    view.clear_filters()
    view.select_record(review_id)
    assert f"listing:{listing_id}" in view.sections["product"].text()
    view.sections["product"].linkActivated.emit(f"listing:{listing_id}")
    assert shown_ids(view) == sql_ids(view, "listing_id = :l", l=listing_id)
    assert view.listing_button.isVisible() and "Product:" in view.listing_button.text()
    assert view.filter_values()["listing"] == listing_id
    view.listing_button.click()
    assert not view.listing_button.isVisible() and view.model.rowCount() == len(sql_ids(view, "TRUE"))


def test_columns_filters_and_csv(sandbox, reviews_for, qtbot, tmp_path):
    from merchant_app.ui.app import settings

    view = reviews_for(sandbox.url)
    header = view.table.horizontalHeader()
    for key in HIDDEN_AT_FIRST:
        assert header.isSectionHidden(COLUMNS.index(key))
    language = next(a for a in view.column_menu().actions() if a.text() == "Language")
    language.setChecked(True)
    assert not header.isSectionHidden(COLUMNS.index("language"))
    assert set(shown(view, "language")[:50]) <= {"English", "Chinese"}
    view.filter_to({"rating": 5, "has_media": "yes"})
    count = view.model.rowCount()
    assert count == len(sql_ids(view, "rating = 5 AND media_urls != '[]'")) > 0

    again = ReviewsView(view.workspace, settings())
    qtbot.addWidget(again)
    assert again.rating_box.currentData() == "5" and again.media_check.isChecked()
    assert again.model.rowCount() == count
    assert not again.table.horizontalHeader().isSectionHidden(COLUMNS.index("language"))

    path = view.export_csv(str(tmp_path / "reviews.csv"))
    settle(qtbot, lambda: not view.exporting)   # it writes off the UI thread
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["id", "Date", "Rating", "Product"]
    assert len(rows) - 1 == count and {r[2] for r in rows[1:]} == {"5"}
