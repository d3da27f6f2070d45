"""Listings: the catalogue, filtered and searched, with a detail pane to edit a listing and its prices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.edits import ServiceError
from ...store import queries
from ...store.queries import LISTINGS_VIEW, SHORT_DESCRIPTION
from .. import formatting, labels, theme
from ..bridge import run_in_background
from ..records_view import RecordsView
from .bulk_price import BulkPriceDialog
from .listing_import import ListingImportDialog

NEXT_STATUS = {"draft": ("active",), "active": ("delisted",), "delisted": ("active", "draft")}


class ListingsView(RecordsView):
    query = LISTINGS_VIEW

    def __init__(self, workspace, settings, parent=None) -> None:
        self.record: dict | None = None
        self.undo_keys: list[str] = []
        super().__init__(workspace, settings, parent)
        self.model.display_hook = self._display
        self.bulk_button = self.add_action(self.tr("Change prices…"),
                                           self.tr("Change the prices of the selected listings (Ctrl+Shift+P)"),
                                           self.bulk_price)
        self.bulk_button.setShortcut("Ctrl+Shift+P")
        self.bulk_button.setEnabled(False)
        self.import_button = self.add_action(self.tr("Import CSV…"),
                                             self.tr("Change prices and details of many listings from a CSV file"),
                                             self.import_csv)
        self.import_button.setEnabled(self.workspace.may("listings:write") and self.workspace.may("prices:write"))
        self.undo_label = QLabel(objectName="muted")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take the price change back (possible until it is synced)"))
        self.undo_button.clicked.connect(self.undo_bulk)
        self.actions_bar.insertWidget(0, self.undo_label)
        self.actions_bar.insertWidget(1, self.undo_button)
        self._show_undo()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _selection_changed(self, *_):
        self.bulk_button.setEnabled(bool(self.table.selectionModel().selectedRows())
                                    and self.workspace.may("prices:write"))

    # --- bulk price change ------------------------------------------------------------------
    def bulk_price(self, ids: list[int] | None = None) -> BulkPriceDialog | None:
        ids = ids or self.selected_ids()
        if not ids:
            return None
        dialog = BulkPriceDialog(self.workspace, ids, self)
        dialog.accepted.connect(lambda: self._bulk_applied(dialog))
        dialog.open()
        return dialog

    def import_csv(self, path: str | None = None) -> ListingImportDialog:
        dialog = ListingImportDialog(self.workspace, self)
        if path:
            dialog.load(path)
        dialog.open()
        return dialog

    def _bulk_applied(self, dialog: BulkPriceDialog) -> None:
        self.undo_keys = [c.outbox_key for c in dialog.applied if c.outbox_key]
        self._show_undo()

    def _show_undo(self) -> None:
        if self.undo_keys and self.workspace.pending_keys(self.undo_keys) != len(self.undo_keys):
            self.undo_keys = []  # some already left for the platform: undo is no longer possible
        self.undo_label.setText(self.tr("%n price(s) changed.", "", len(self.undo_keys)))
        self.undo_label.setVisible(bool(self.undo_keys))
        self.undo_button.setVisible(bool(self.undo_keys))

    def undo_bulk(self) -> None:
        try:
            self.workspace.undo(self.undo_keys)
        except ServiceError as err:
            self.undo_label.setText(err.message)
            self.undo_button.hide()
            self.undo_keys = []
            return
        self.undo_keys = []
        self._show_undo()

    def on_sync_event(self, event) -> None:
        super().on_sync_event(event)
        if self.undo_keys and event.kind in ("push_done", "status"):
            self._show_undo()

    def view_title(self) -> str:
        return self.tr("Listings")

    def search_hint(self) -> str:
        return self.tr("Search titles, brands, SKUs and barcodes (Ctrl+F)")

    # --- filters ----------------------------------------------------------------------------
    def add_filters(self) -> None:
        self.status_box = self.combo(self.tr("Any status"), [
            (labels.code(s), s) for s in ("active", "draft", "delisted", "blocked_by_platform")])
        with self.workspace.engine.connect() as conn:
            categories = queries.listing_categories(conn)
        self.category_box = self.combo(self.tr("Any category"), [(c, c) for c in categories])
        self.stock_box = self.combo(self.tr("Any stock"), [(labels.code(s), s) for s in ("in", "low", "out")])
        self.complete_box = self.combo(self.tr("Any completeness"), [
            (labels.code(s), s) for s in ("any", "no_image", "short_description", "no_barcode")])
        self.price_min = QLineEdit(placeholderText=self.tr("Min price"), clearButtonEnabled=True)
        self.price_max = QLineEdit(placeholderText=self.tr("Max price"), clearButtonEnabled=True)
        for box in (self.price_min, self.price_max):
            box.setMaximumWidth(110)
            box.editingFinished.connect(self.apply_filters)
            self.filter_layout.addWidget(box)

    def _currency(self) -> str:
        return self.workspace.shop.get("currency") or "CNY"

    def filter_values(self) -> dict:
        def price(box: QLineEdit):
            text = box.text().strip()
            return formatting.parse_money(text, self._currency()) if text else None
        return {"status": self.status_box.currentData(), "category": self.category_box.currentData(),
                "stock": self.stock_box.currentData(), "incomplete": self.complete_box.currentData(),
                "price_min": price(self.price_min), "price_max": price(self.price_max)}

    def set_filter_values(self, values: dict) -> None:
        for box, key in ((self.status_box, "status"), (self.category_box, "category"),
                         (self.stock_box, "stock"), (self.complete_box, "incomplete")):
            box.blockSignals(True)
            self.select_data(box, values.get(key))
            box.blockSignals(False)
        for box, key in ((self.price_min, "price_min"), (self.price_max, "price_max")):
            value = values.get(key)
            box.setText(formatting.money(value, self._currency()) if value else "")

    def _display(self, key: str, row: tuple) -> str | None:
        if key == "price":
            n = len(self.query.columns)
            return formatting.money_range(row[4], row[n + 2], row[n + 1] or self._currency())
        return None

    # --- detail pane ------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        layout.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 12, 16, 12)
        self.empty_label = QLabel(self.tr("Select a listing to see and edit it."), objectName="muted",
                                  alignment=Qt.AlignmentFlag.AlignCenter)
        v.addWidget(self.empty_label)
        self.form_host = QWidget()
        v.addWidget(self.form_host)
        f = QVBoxLayout(self.form_host)
        f.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.status_chip = QLabel(objectName="chip")
        self.sync_chip = QLabel(objectName="chip")
        top.addWidget(self.status_chip)
        top.addWidget(self.sync_chip)
        top.addStretch(1)
        self.status_buttons: list[QPushButton] = []
        self.status_row = top
        f.addLayout(top)
        self.blocked_label = QLabel(objectName="errorText", wordWrap=True)
        f.addWidget(self.blocked_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_edit = QLineEdit()
        self.category_edit = QLineEdit()
        self.brand_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMinimumHeight(110)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Category"), self.category_edit)
        form.addRow(self.tr("Brand"), self.brand_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        f.addLayout(form)
        self.completeness = QLabel(wordWrap=True)
        f.addWidget(self.completeness)

        f.addWidget(QLabel(self.tr("Variants"), objectName="sectionTitle"))
        self.variants = QTableWidget(0, 6)
        self.variants.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Variant"), self.tr("Price"),
                                                 self.tr("Compare at"), self.tr("Barcode"), self.tr("Available")])
        self.variants.verticalHeader().hide()
        self.variants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.variants.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.variants.setMinimumHeight(150)
        f.addWidget(self.variants)
        hint = QLabel(self.tr("Double-click a price to change it."), objectName="muted")
        f.addWidget(hint)

        self.error_label = QLabel(objectName="errorText", wordWrap=True)
        f.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.show_detail(self.current_id))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setProperty("primary", True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S): applied here at once, sent to the platform when online"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        f.addLayout(buttons)
        f.addStretch(1)
        self.read_only_label = QLabel(objectName="muted", wordWrap=True)
        f.addWidget(self.read_only_label)

    def show_detail(self, record_id: int | None) -> None:
        self.record = self.workspace.record("listings", record_id) if record_id is not None else None
        has = self.record is not None
        self.empty_label.setVisible(not has)
        self.form_host.setVisible(has)
        if not has:
            return
        r = self.record
        self.error_label.clear()
        theme.set_chip(self.status_chip, labels.code(r["status"]),
                   {"active": "success", "blocked_by_platform": "danger", "delisted": "warning"}.get(r["status"], "muted"))
        waiting = self.workspace.unsynced("listings", r["id"])
        self.sync_chip.setVisible(bool(waiting))
        if waiting:
            theme.set_chip(self.sync_chip, self.tr("%n change(s) waiting to sync", "", waiting), "info")
        self.blocked_label.setVisible(r["status"] == "blocked_by_platform")
        self.blocked_label.setText(self.tr("Blocked by the platform: %1").replace("%1", r.get("blocked_reason") or ""))
        for b in self.status_buttons:
            self.status_row.removeWidget(b)
            b.deleteLater()
        self.status_buttons = []
        editable = self.workspace.may("listings:write") and r["status"] != "blocked_by_platform"
        for target in NEXT_STATUS.get(r["status"], ()):
            text = {"active": self.tr("List"), "delisted": self.tr("Delist"), "draft": self.tr("Back to draft")}[target]
            button = QPushButton(text)
            button.setEnabled(editable)
            button.clicked.connect(lambda _=False, t=target: self.change_status(t))
            self.status_row.addWidget(button)
            self.status_buttons.append(button)
        self.title_edit.setText(r["title"])
        self.title_edit.setCursorPosition(0)
        self.category_edit.setText(r.get("category") or "")
        self.brand_edit.setText(r.get("brand") or "")
        self.description_edit.setPlainText(r.get("description") or "")
        missing = []
        if not r.get("image_urls"):
            missing.append(self.tr("no image"))
        if len(r.get("description") or "") < SHORT_DESCRIPTION:
            missing.append(self.tr("description under %n characters", "", SHORT_DESCRIPTION))
        if any(not v.get("barcode") for v in r["variants"]):
            missing.append(self.tr("a variant without a barcode"))
        if missing:
            self.completeness.setText(self.tr("Incomplete: %1.").replace("%1", labels.join(missing)))
            self.completeness.setStyleSheet(f"color: {theme.current().warning}")
        else:
            self.completeness.setText(self.tr("Complete: image, description and barcodes."))
            self.completeness.setStyleSheet(f"color: {theme.current().success}")
        self._fill_variants(r, editable and self.workspace.may("prices:write"))
        for w in (self.title_edit, self.category_edit, self.brand_edit, self.description_edit, self.save_button,
                  self.revert_button):
            w.setEnabled(editable)
        self.read_only_label.setVisible(not editable)
        self.read_only_label.setText(
            self.tr("The platform blocked this listing; it cannot be edited.") if r["status"] == "blocked_by_platform"
            else self.tr("Your role (%1) cannot edit listings.").replace("%1", labels.code(self.workspace.actor.role)))

    def _fill_variants(self, r: dict, prices_editable: bool) -> None:
        with self.workspace.engine.connect() as conn:
            stock = dict(conn.exec_driver_sql(
                "SELECT variant_id, sum(available) FROM inventory_levels WHERE listing_id = ? GROUP BY variant_id",
                (r["id"],)).all())
        self.variants.blockSignals(True)
        self.variants.setRowCount(len(r["variants"]))
        currency = r.get("currency") or self._currency()
        for i, v in enumerate(r["variants"]):
            cells = [v["sku"], v.get("title") or "", formatting.money(v["price"], currency),
                     formatting.money(v.get("compare_at_price"), currency), v.get("barcode") or "—",
                     formatting.integer(stock.get(v["id"], 0))]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v["id"])
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if j in (2, 3) and prices_editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if j >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.variants.setItem(i, j, item)
        self.variants.blockSignals(False)

    def has_unsaved_edits(self) -> bool:
        if self.record is None or not self.save_button.isEnabled():
            return False
        try:
            return bool(self._changed_fields() or self._changed_prices())
        except ServiceError:
            return True  # something typed that is not even valid yet: still the user's work

    def refresh_detail(self, record_id: int) -> None:
        if record_id == (self.record or {}).get("id") and self.has_unsaved_edits():
            self.error_label.setText(self.tr("This listing changed meanwhile. Your unsaved edits are kept: save "
                                             "them, or Revert to see the latest version."))
            return
        self.show_detail(record_id)

    # --- edits ------------------------------------------------------------------------------
    def _changed_fields(self) -> dict:
        r = self.record or {}
        now = {"title": self.title_edit.text().strip(), "category": self.category_edit.text().strip(),
               "brand": self.brand_edit.text().strip() or None,
               "description": self.description_edit.toPlainText().strip() or None}
        return {k: v for k, v in now.items() if v != (r.get(k) or (None if k in ("brand", "description") else ""))}

    def _changed_prices(self) -> list[dict]:
        r = self.record or {}
        currency = r.get("currency") or self._currency()
        out = []
        for i, v in enumerate(r.get("variants", [])):
            price_text = self.variants.item(i, 2).text()
            compare_text = self.variants.item(i, 3).text().strip()
            price = formatting.parse_money(price_text, currency)
            compare = formatting.parse_money(compare_text, currency) if compare_text else None
            if price is None:
                raise ServiceError("invalid_price", self.tr("%1 is not a price (variant %2).")
                                   .replace("%1", price_text).replace("%2", v["sku"]), "price")
            if compare_text and compare is None:
                raise ServiceError("invalid_price", self.tr("%1 is not a price (variant %2).")
                                   .replace("%1", compare_text).replace("%2", v["sku"]), "compare_at_price")
            if (price, compare) != (v["price"], v.get("compare_at_price")):
                out.append({"variant_id": v["id"], "price": price, "compare_at_price": compare})
        return out

    def save(self) -> None:
        if self.record is None:
            return
        record_id = self.record["id"]
        try:
            fields = self._changed_fields()
            prices = self._changed_prices()
        except ServiceError as err:
            self.error_label.setText(err.message)
            return
        if not fields and not prices:
            self.error_label.setText(self.tr("Nothing to save: no field was changed."))
            return

        steps = ([("listings.update", record_id, fields)] if fields else []) + \
            [("listings.set_price", record_id, p) for p in prices]

        def work():
            return self.workspace.perform_all(steps)  # all or nothing

        self.save_button.setEnabled(False)
        run_in_background(work, lambda _: self._saved(record_id), self._failed, self)

    def change_status(self, status: str) -> None:
        if self.record is None:
            return
        record_id = self.record["id"]
        run_in_background(lambda: self.workspace.perform("listings.update", record_id, status=status),
                          lambda _: self._saved(record_id), self._failed, self)

    def _saved(self, record_id: int) -> None:
        self.save_button.setEnabled(True)
        if self.current_id == record_id:
            self.show_detail(record_id)
            self.error_label.setText("")

    def _failed(self, err: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(err, ServiceError):
            self.error_label.setText(err.message)
        else:
            self.error_label.setText(self.tr("The change could not be saved: %1").replace("%1", str(err)))
