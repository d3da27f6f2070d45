"""English and Simplified Chinese: every string of the window is translated, and the translation is used."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from merchant_app.ui import formatting, i18n


def unfinished(ts_path) -> list[str]:
    root = ET.parse(ts_path).getroot()
    return [f"{ctx.findtext('name')}: {m.findtext('source')}" for ctx in root.iter("context")
            for m in ctx.iter("message") if m.find("translation").get("type") in ("unfinished", "vanished")
            or not ("".join(m.find("translation").itertext()).strip())]


@pytest.mark.parametrize("lang, options", [("zh_CN", []), ("en", ["-pluralonly"])])
def test_every_string_in_the_code_is_translated(tmp_path, lang, options):
    """Chinese: every string; English, the source language: the singular and plural of every count."""
    source = i18n.TRANSLATIONS / f"merchant_console_{lang}.ts"
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    files = sorted(str(p) for p in (i18n.PACKAGE / "ui").rglob("*.py"))
    subprocess.run([i18n._tool("lupdate"), "-no-obsolete", *options, *files, "-ts", str(copy)], check=True,
                   capture_output=True)
    assert unfinished(copy) == [], "run `python -m merchant_app.ui.i18n update` and translate the new strings"


def test_english_says_one_order_and_two_orders():
    app = QApplication.instance() or QApplication([])
    i18n.install(app, "en")
    assert formatting.phrases().records(1) == "1 record"
    assert formatting.phrases().records(2) == "2 records"
    assert formatting.ago("2020-01-01T00:00:00Z", datetime(2020, 1, 1, 0, 5, tzinfo=UTC)) == "5 min ago"


def test_the_chinese_translation_is_used():
    app = QApplication.instance() or QApplication([])
    try:
        assert i18n.install(app, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Sync now") == "立即同步"
        assert QCoreApplication.translate("codes", "Out of stock") != "Out of stock"
        assert formatting.ago(None) == "从未"
        assert formatting.money(129900, "CNY").startswith("¥") and "1,299.00" in formatting.money(129900, "CNY")
        assert QLocale().name() == "zh_CN"
    finally:
        i18n.install(app, "en")
    assert QCoreApplication.translate("MainWindow", "Sync now") == "Sync now"


def test_the_window_speaks_chinese(sandbox, window_for, qtbot):
    app = QApplication.instance()
    i18n.install(app, "zh_CN")
    try:
        window = window_for(sandbox.url)
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == ["首页", "商品", "库存", "订单", "售后", "评价", "活动", "销售"]
        view = window.show_view("listings")
        assert view.count_label.text().endswith("条记录"), "plural forms of the shared view pattern too"
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "标题"
        qtbot.waitUntil(lambda: "同步" in window.pending_label.text())
        assert "分钟前" in formatting.ago("2020-01-01T00:00:00Z", datetime(2020, 1, 1, 0, 5, tzinfo=UTC)), \
            "phrases with a count are translated too"
        home = window.views["home"]
        qtbot.waitUntil(lambda: home.ready)
        assert home.cards["to_ship"].title.text() == "待发货订单"
    finally:
        i18n.install(app, "en")
