"""English and Simplified Chinese: every string of the window is translated, and the translation is used."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from merchant_app.ui import formatting, i18n


def unfinished(ts_path) -> list[str]:
    root = ET.parse(ts_path).getroot()
    return [f"{ctx.findtext('name')}: {m.findtext('source')}" for ctx in root.iter("context")
            for m in ctx.iter("message") if m.find("translation").get("type") in ("unfinished", "vanished")
            or not ("".join(m.find("translation").itertext()).strip())]


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path):
    source = i18n.TRANSLATIONS / "merchant_console_zh_CN.ts"
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    files = sorted(str(p) for p in (i18n.PACKAGE / "ui").rglob("*.py"))
    subprocess.run([i18n._tool("lupdate"), "-no-obsolete", *files, "-ts", str(copy)], check=True,
                   capture_output=True)
    assert unfinished(copy) == [], "run `python -m merchant_app.ui.i18n update` and translate the new strings"


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
        assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == ["商品", "库存"]
        view = window.views["listings"]
        assert view.count_label.text().endswith("条记录"), "plural forms of the shared view pattern too"
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "标题"
        qtbot.waitUntil(lambda: "同步" in window.pending_label.text())
    finally:
        i18n.install(app, "en")
