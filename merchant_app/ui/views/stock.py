"""Stock: every SKU at every location, low-stock filters, movement history and adjustments."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import stock
from ...services.edits import ServiceError
from ...services.inventory import REASONS
from ...store import queries
from ...store.queries import STOCK_VIEW
from .. import formatting, labels, theme
from ..bridge import run_in_background
from ..records_view import RecordsView

MANUAL_REASONS = ("received", "returned", "damaged", "lost", "correction", "cycle_count", "transfer")


class StockView(RecordsView):
    query = STOCK_VIEW

    def __init__(self, workspace, settings, parent=None) -> None:
        self.level: dict | None = None
        super().__init__(workspace, settings, parent)

    def view_title(self) -> str:
        return self.tr("Stock")

    def search_hint(self) -> str:
        return self.tr("Search SKUs and product names (Ctrl+F)")

    def resources(self) -> tuple[str, ...]:
        return ("inventory", "inventory_adjustments", "listings")

    def add_filters(self) -> None:
        with self.workspace.engine.connect() as conn:
            places = queries.locations(conn)
        self.location_box = self.combo(self.tr("All locations"), [(name, lid) for lid, name in places])
        self.state_box = self.combo(self.tr("Any stock"), [(labels.code(s), s) for s in ("low_or_out", "low", "out", "in")])

    def filter_values(self) -> dict:
        return {"location": self.location_box.currentData(), "stock": self.state_box.currentData()}

    def set_filter_values(self, values: dict) -> None:
        for box, key in ((self.location_box, "location"), (self.state_box, "stock")):
            box.blockSignals(True)
            self.select_data(box, values.get(key))
            box.blockSignals(False)

    # --- detail -----------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        v = QVBoxLayout(frame)
        v.setContentsMargins(16, 12, 16, 12)
        self.empty_label = QLabel(self.tr("Select a SKU to see its movements and adjust it."), objectName="muted",
                                  alignment=Qt.AlignmentFlag.AlignCenter)
        v.addWidget(self.empty_label)
        self.body = QWidget()
        v.addWidget(self.body, 1)
        b = QVBoxLayout(self.body)
        b.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(objectName="sectionTitle", wordWrap=True)
        self.subheading = QLabel(objectName="muted", wordWrap=True)
        b.addWidget(self.heading)
        b.addWidget(self.subheading)
        figures = QGridLayout()
        self.figure_labels = {}
        for col, (key, text) in enumerate((("on_hand", self.tr("On hand")), ("committed", self.tr("Committed")),
                                           ("available", self.tr("Available")))):
            name = QLabel(text, objectName="muted")
            value = QLabel()
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            figures.addWidget(name, 0, col)
            figures.addWidget(value, 1, col)
            self.figure_labels[key] = value
        b.addLayout(figures)
        self.sync_label = QLabel(objectName="muted")
        b.addWidget(self.sync_label)

        b.addWidget(QLabel(self.tr("Adjust"), objectName="sectionTitle"))
        form = QFormLayout()
        self.delta = QSpinBox(minimum=-100000, maximum=100000)
        self.delta.setToolTip(self.tr("Units to add (positive) or remove (negative)"))
        self.reason = QComboBox()
        for r in MANUAL_REASONS:
            if r in REASONS:
                self.reason.addItem(labels.code(r), r)
        self.note = QLineEdit(placeholderText=self.tr("Optional note, e.g. a delivery number"))
        form.addRow(self.tr("Change by"), self.delta)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        b.addLayout(form)
        self.error_label = QLabel(objectName="errorText", wordWrap=True)
        b.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.adjust_button = QPushButton(self.tr("Apply adjustment"))
        self.adjust_button.setProperty("primary", True)
        self.adjust_button.setShortcut("Ctrl+Return")
        self.adjust_button.setToolTip(self.tr("Apply (Ctrl+Enter): counted here at once, sent to the platform as "
                                              "a relative change, so a sale at the same moment is never lost"))
        self.adjust_button.clicked.connect(self.adjust)
        row.addWidget(self.adjust_button)
        b.addLayout(row)

        b.addWidget(QLabel(self.tr("Planning"), objectName="sectionTitle"))
        plan_grid = QGridLayout()
        self.plan_labels: dict[str, QLabel] = {}
        for i, (key, text) in enumerate((("demand", self.tr("Daily demand")), ("cover", self.tr("Days of cover")),
                                         ("rop", self.tr("Reorder point")), ("order", self.tr("Suggested order")))):
            name = QLabel(text, objectName="muted")
            value = QLabel()
            value.setStyleSheet("font-size: 13pt; font-weight: 600;")
            plan_grid.addWidget(name, i // 2 * 2, i % 2)
            plan_grid.addWidget(value, i // 2 * 2 + 1, i % 2)
            self.plan_labels[key] = value
        b.addLayout(plan_grid)
        inputs = QGridLayout()
        self.threshold_spin = QSpinBox(minimum=0, maximum=100000)
        self.lead_spin = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" d"))
        self.safety_spin = QSpinBox(minimum=0, maximum=1_000_000)
        self.window_spin = QSpinBox(minimum=1, maximum=365, suffix=self.tr(" d"))
        self.cover_spin = QSpinBox(minimum=0, maximum=365, suffix=self.tr(" d"))
        for i, (text, spin) in enumerate(((self.tr("Low at"), self.threshold_spin),
                                          (self.tr("Lead time"), self.lead_spin),
                                          (self.tr("Safety stock"), self.safety_spin),
                                          (self.tr("Sales window"), self.window_spin),
                                          (self.tr("Cover after delivery"), self.cover_spin))):
            inputs.addWidget(QLabel(text, objectName="muted"), i // 3 * 2, i % 3)
            inputs.addWidget(spin, i // 3 * 2 + 1, i % 3)
            spin.valueChanged.connect(self._replan)
        b.addLayout(inputs)
        self.plan_note = QLabel(objectName="muted", wordWrap=True)
        b.addWidget(self.plan_note)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_rule_button = QPushButton(self.tr("Save for this SKU"))
        self.save_rule_button.setToolTip(self.tr("Keep the low-stock level, lead time and safety stock for this "
                                                 "variant"))
        self.save_rule_button.clicked.connect(self.save_rule)
        save_row.addWidget(self.save_rule_button)
        b.addLayout(save_row)

        b.addWidget(QLabel(self.tr("Movements"), objectName="sectionTitle"))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Change"), self.tr("Reason"),
                                                self.tr("On hand after"), self.tr("By")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        b.addWidget(self.history, 1)
        self.no_moves = QLabel(self.tr("No movements yet: stock has not changed since this SKU was stocked."),
                               objectName="muted", wordWrap=True)
        b.addWidget(self.no_moves)
        b.addStretch(1)
        self.read_only_label = QLabel(objectName="muted", wordWrap=True)
        b.addWidget(self.read_only_label)

    def show_detail(self, record_id: int | None) -> None:
        self.level = self.workspace.record("inventory", record_id) if record_id is not None else None
        self.empty_label.setVisible(self.level is None)
        self.body.setVisible(self.level is not None)
        if self.level is None:
            return
        lv = self.level
        listing = self.workspace.record("listings", lv["listing_id"]) or {}
        variant = next((v for v in listing.get("variants", []) if v["id"] == lv["variant_id"]), {})
        with self.workspace.engine.connect() as conn:
            place = dict(queries.locations(conn)).get(lv["location_id"], str(lv["location_id"]))
            moves = queries.movements(conn, lv["id"])
        self.heading.setText(listing.get("title") or lv["sku"])
        self.subheading.setText(" · ".join(x for x in (lv["sku"], variant.get("title") or "", place) if x))
        for key, label in self.figure_labels.items():
            label.setText(formatting.integer(lv[key]))
        available = lv["available"]
        with self.workspace.engine.connect() as conn:
            self.plan = stock.plan(conn, lv["variant_id"])
        self._show_plan_inputs(self.plan)
        role = "danger" if available <= 0 else "warning" if available <= self.plan.low_threshold else "text"
        self.figure_labels["available"].setStyleSheet(
            f"font-size: 18pt; font-weight: 600; color: {theme.color(role).name()};")
        waiting = self.workspace.unsynced("inventory", lv["id"])
        self.sync_label.setText(self.tr("%n adjustment(s) waiting to sync", "", waiting) if waiting else "")
        self.history.setRowCount(len(moves))
        self.no_moves.setVisible(not moves)
        self.history.setVisible(bool(moves))
        for i, m in enumerate(moves):
            cells = [formatting.timestamp(m["created_at"]), f"{m['delta']:+d}", labels.code(m["reason"]),
                     formatting.integer(m["on_hand_after"]), m.get("actor") or ""]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 1:
                    item.setForeground(theme.color("success" if m["delta"] > 0 else "danger"))
                if j in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == 2 and m.get("note"):
                    item.setToolTip(m["note"])
                self.history.setItem(i, j, item)
        editable = self.workspace.may("inventory:write")
        for w in (self.delta, self.reason, self.note, self.adjust_button, self.save_rule_button,
                  self.threshold_spin, self.lead_spin, self.safety_spin):
            w.setEnabled(editable)
        self.read_only_label.setVisible(not editable)
        self.read_only_label.setText(self.tr("Your role (%1) cannot adjust stock.")
                                     .replace("%1", labels.code(self.workspace.actor.role)))

    # --- planning ---------------------------------------------------------------------------
    def _show_plan_inputs(self, p) -> None:
        spins = ((self.threshold_spin, p.low_threshold), (self.lead_spin, p.lead_time_days),
                 (self.safety_spin, p.safety_stock), (self.window_spin, p.window_days), (self.cover_spin, p.cover_days))
        for spin, value in spins:
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._show_plan(p)

    def _replan(self) -> None:
        if self.level is None:
            return
        with self.workspace.engine.connect() as conn:
            self.plan = stock.plan(conn, self.level["variant_id"], window_days=self.window_spin.value(),
                                   lead_time_days=self.lead_spin.value(), safety_stock=self.safety_spin.value(),
                                   cover_days=self.cover_spin.value())
        self._show_plan(self.plan)

    def _show_plan(self, p) -> None:
        locale = QLocale()
        self.plan_labels["demand"].setText(locale.toString(p.daily_demand, "f", 1))
        self.plan_labels["cover"].setText("—" if p.days_of_cover is None else locale.toString(p.days_of_cover, "f", 0))
        self.plan_labels["rop"].setText(formatting.integer(p.reorder_point))
        self.plan_labels["order"].setText(formatting.integer(p.suggested_order))
        self.plan_labels["order"].setStyleSheet(
            f"font-size: 13pt; font-weight: 600; color: {theme.color('warning' if p.suggested_order else 'text').name()};")
        self.plan_note.setText(
            self.tr("%1 units sold in the last %2 days, %3 available in all locations. Reorder point = daily demand "
                    "× lead time + safety stock; a suggested order refills to the reorder point plus the cover "
                    "after delivery.").replace("%1", formatting.integer(p.units_sold))
            .replace("%2", str(p.window_days)).replace("%3", formatting.integer(p.available)))

    def save_rule(self) -> None:
        if self.level is None:
            return
        variant_id = self.level["variant_id"]
        values = {"low_threshold": self.threshold_spin.value(), "lead_time_days": self.lead_spin.value(),
                  "safety_stock": self.safety_spin.value()}
        run_in_background(lambda: stock.set_rule(self.workspace.engine, self.workspace.actor, variant_id, **values),
                          lambda _: self._rule_saved(), self._failed, self)

    def _rule_saved(self) -> None:
        self.error_label.setText("")
        self.model.refresh()  # thresholds change which rows are low

    def adjust(self) -> None:
        if self.level is None:
            return
        delta = self.delta.value()
        if delta == 0:
            self.error_label.setText(self.tr("Enter the number of units to add or remove."))
            return
        level_id = self.level["id"]
        params = {"delta": delta, "reason": self.reason.currentData(), "note": self.note.text().strip() or None}
        self.adjust_button.setEnabled(False)
        run_in_background(lambda: self.workspace.perform("inventory.adjust", level_id, **params),
                          lambda _: self._adjusted(level_id), self._failed, self)

    def _adjusted(self, level_id: int) -> None:
        self.adjust_button.setEnabled(True)
        self.error_label.clear()
        self.delta.setValue(0)
        self.note.clear()
        if self.current_id == level_id:
            self.show_detail(level_id)

    def _failed(self, err: Exception) -> None:
        self.adjust_button.setEnabled(True)
        self.error_label.setText(err.message if isinstance(err, ServiceError)
                                 else self.tr("The adjustment could not be saved: %1").replace("%1", str(err)))
