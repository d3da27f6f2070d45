"""The audit log: every change made in this console — who, what, which record, before → after, when,
and whether the platform has it yet — filtered, searched, and exported as CSV (issue 7).

It is a table view like the others (``RecordsView`` over ``queries.AUDIT_VIEW``: rows fetched by
window, CSV streamed), shown in a dialog from the command palette. The log itself is written by the
services in the same transaction as each change (``services.edits``).
"""

from __future__ import annotations

import json
from html import escape

from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout

from ...store import queries
from ...store.queries import AUDIT_VIEW
from .. import formatting, labels, theme
from ..records_view import RecordsView


def _value(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _loads(value):
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def changes_text(before, after, limit: int = 4) -> str:
    """``field: before → after; …`` for the fields a change touched."""
    before, after = _loads(before) or {}, _loads(after) or {}
    fields = sorted(set(before) | set(after))
    parts = [f"{f}: {_value(before.get(f))} → {_value(after.get(f))}" for f in fields[:limit]]
    if len(fields) > limit:
        parts.append(f"+{len(fields) - limit}")
    return "; ".join(parts)


class AuditView(RecordsView):
    query = AUDIT_VIEW

    def __init__(self, workspace, settings, parent=None) -> None:
        self._columns = {c.key: i + 1 for i, c in enumerate(AUDIT_VIEW.columns)}
        self._extra = len(AUDIT_VIEW.columns) + 1
        super().__init__(workspace, settings, parent)
        self.model.display_hook = self._display

    def view_title(self) -> str:
        return self.tr("Audit log")

    def search_hint(self) -> str:
        return self.tr("Record number, change or person (Ctrl+F)")

    def resources(self) -> tuple[str, ...]:
        return ()

    def on_changes(self, changes) -> None:
        self._pending_refresh.start()   # every change writes an audit entry

    def add_filters(self) -> None:
        with self.workspace.engine.connect() as conn:
            actors = queries.audit_actors(conn)
        self.actor_box = self.combo(self.tr("Anyone"), [(a, a) for a in actors])
        self.resource_box = self.combo(self.tr("Any record"), [(labels.code(r), r) for r in (
            "listings", "inventory", "orders", "tickets", "reviews", "campaigns")])
        self.synced_box = self.combo(self.tr("Synced or not"), [(self.tr("Synced"), "yes"),
                                                                (self.tr("Not synced yet"), "no")])

    def filter_values(self) -> dict:
        return {"actor": self.actor_box.currentData(), "resource": self.resource_box.currentData(),
                "synced": self.synced_box.currentData()}

    def set_filter_values(self, values: dict) -> None:
        for box, key in ((self.actor_box, "actor"), (self.resource_box, "resource"), (self.synced_box, "synced")):
            box.blockSignals(True)
            self.select_data(box, values.get(key))
            box.blockSignals(False)

    def _display(self, key: str, row: tuple) -> str | None:
        if key == "action":
            action = row[self._columns["action"]]
            undone = action.startswith("undo:")
            name = labels.code(action.removeprefix("undo:"))
            return self.tr("Undo: %1").replace("%1", name) if undone else name
        if key == "record":
            return f"{labels.code(row[self._extra + 2])} #{row[self._extra + 3]}"
        if key == "fields":
            return changes_text(row[self._extra], row[self._extra + 1])
        if key == "synced":
            return self.tr("Yes") if row[self._columns["synced"]] else self.tr("Not yet")
        return None

    def _csv_value(self, column, value, row):
        if column.key == "fields":
            return changes_text(row[self._extra], row[self._extra + 1], limit=100)
        if column.key == "synced":
            return "yes" if value else "no"
        return super()._csv_value(column, value, row)

    # --- detail -----------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        self.empty_label, host = self.scrolling_detail(frame, self.tr("Select a change to see it field by field."))
        self.entry_host = host
        f = QVBoxLayout(host)
        f.setContentsMargins(0, 0, 0, 0)
        self.add_section(f, "what", self.tr("Change"))
        self.add_section(f, "fields", self.tr("Before → after"))

    def show_detail(self, record_id: int | None) -> None:
        entry = None
        if record_id is not None:
            with self.workspace.engine.connect() as conn:
                entry = conn.execute(queries.AUDIT.select().where(queries.AUDIT.c.id == record_id)).mappings().first()
        self.empty_label.setVisible(entry is None)
        self.entry_host.setVisible(entry is not None)
        if entry is None:
            return
        self.fill_section("what", theme.pairs([
            (self.tr("When"), formatting.timestamp(entry["at"])), (self.tr("Who"), escape(entry["actor"])),
            (self.tr("Change"), escape(labels.code(entry["action"].removeprefix("undo:")))),
            (self.tr("Record"), f"{escape(labels.code(entry['resource']))} #{entry['record_id']}"),
            (self.tr("Synced"), self.tr("Yes") if entry["synced"] else self.tr("Not yet"))]))
        before, after = entry["before"] or {}, entry["after"] or {}
        rows = [(escape(f), f"{escape(_value(before.get(f)))} → <b>{escape(_value(after.get(f)))}</b>")
                for f in sorted(set(before) | set(after))]
        self.fill_section("fields", theme.pairs(rows) if rows else theme.muted("—"))


class AuditDialog(QDialog):
    def __init__(self, workspace, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1240, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = AuditView(workspace, settings, self)
        layout.addWidget(self.view)
