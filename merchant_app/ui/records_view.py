"""The pattern every table view follows: a title, a filter bar, a windowed table and a detail pane.

Subclasses say which :class:`ViewQuery` they show, add their filter widgets and actions, and fill
the detail pane for the selected record. This base keeps the rest the same everywhere: debounced
text search, sort by header click (in SQL), row counts, keeping the selected record across
refreshes, reloading rows changed by the services or pulled by the sync, CSV export of the current
filter, and remembering the table's columns, sort and filters.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..services.edits import Changes
from ..services.workspace import Workspace
from ..store.queries import FilterState, ViewQuery
from . import formatting, labels
from .bridge import run_in_background
from .table_model import WindowedTableModel


class ChipFlow(QLayout):
    """Chips side by side, wrapping onto the next line when the pane is narrow."""

    def __init__(self, parent=None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y()


class LongText(QTextBrowser):
    """Rich text that may run long, shown in full at its own height inside the scrolling detail pane.

    A word-wrapped QLabel lays its rich text out again for every height-for-width question of the
    layout (a hundred-message conversation: ~100 ms a time); a text document lays out once per width.
    ``setText`` / ``text`` as on a label; links are reported by ``anchorClicked``, never followed.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._html = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; border: none; }")
        self.document().setDocumentMargin(0)

    def setText(self, html: str) -> None:
        self._html = html
        self.setHtml(html)
        self._fit()

    def text(self) -> str:
        return self._html

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.document().setTextWidth(max(1, self.viewport().width()))
        height = int(self.document().size().height()) + 2
        if height != self.height():
            self.setFixedHeight(height)


class RecordsView(QWidget):
    query: ViewQuery
    selectionChangedTo = Signal(object)   # record id or None

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.model = WindowedTableModel(workspace.engine, self.query, self)
        self.current_id: int | None = None
        self._pending_refresh = QTimer(self, singleShot=True, interval=400)
        self._pending_refresh.timeout.connect(self.model.refresh_in_background)
        self._stale = False
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.apply_filters)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(8)
        head = QHBoxLayout()
        self.title_label = QLabel(self.view_title(), objectName="viewTitle")
        self.count_label = QLabel(objectName="muted")
        self.exporting, self.export_error = False, ""   # a CSV export running (export_csv)
        head.addWidget(self.title_label)
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.actions_bar = QHBoxLayout()
        head.addLayout(self.actions_bar)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Export the rows of the current filter (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_csv)
        head.addWidget(self.export_button)
        outer.addLayout(head)

        bar = QFrame(objectName="filterBar")
        self.filter_layout = QHBoxLayout(bar)
        self.filter_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(placeholderText=self.search_hint(), clearButtonEnabled=True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.filter_layout.addWidget(self.search, 2)
        self.add_filters()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_layout.addWidget(self.clear_button)
        self.saved_box = QComboBox()
        self.saved_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.saved_box.setMinimumContentsLength(8)
        self.saved_box.setToolTip(self.tr("Saved views: filters, search and sort kept under a name"))
        self.saved_box.activated.connect(self._saved_view_picked)
        self.filter_layout.addWidget(self.saved_box)
        outer.addWidget(bar)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for i, column in enumerate(self.query.columns):
            self.table.setColumnWidth(i, column.width)
        key, desc = self.query.default_sort
        header.setSortIndicator(self._column_index(key),
                                Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = QFrame(objectName="detail")
        self.detail.setMinimumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 380])
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self.sections: dict[str, QLabel] = {}         # the detail pane's sections (add_section)
        self.section_titles: dict[str, QLabel] = {}
        self.build_detail(self.detail)
        self.model.countChanged.connect(self._show_count)
        self.model.modelReset.connect(self._restore_current)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_csv)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().popup(header.mapToGlobal(pos)))
        header.setToolTip(self.header_hint())
        self.restore_state()
        if self.settings.value(self._key("header")) is None:
            for key in self.hidden_at_first():
                header.setSectionHidden(self._column_index(key), True)
        self._fill_saved()
        self._show_count(self.model.rowCount())
        self.show_detail(None)

    # --- for subclasses ---------------------------------------------------------------------
    def hidden_at_first(self) -> tuple[str, ...]:
        """Columns left out until the user shows them (right-click on the header), so that the
        table fits beside the detail pane; the user's choice is remembered with the view."""
        return ()

    def header_hint(self) -> str:
        return QCoreApplication.translate("RecordsView", "Click to sort; right-click to choose the columns")

    def column_menu(self) -> QMenu:
        """The columns, each with a check mark: shown or hidden (remembered with the view)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for i, column in enumerate(self.query.columns):
            action = QAction(labels.column(column.label), menu, checkable=True, checked=not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: self._show_column(i, on))
            menu.addAction(action)
        return menu

    def _show_column(self, index: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep one column
        header.setSectionHidden(index, not shown)
        self.save_state()

    def scrolling_detail(self, frame: QFrame, hint: str) -> tuple[QLabel, QWidget]:
        """Make the detail pane a scroll area holding a hint shown when nothing is selected and a
        host for the record's widgets (text wraps, no horizontal scrolling) -> (hint label, host)."""
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 12, 16, 12)
        empty = QLabel(hint, objectName="muted", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        v.addWidget(empty)
        host = QWidget()
        v.addWidget(host)
        v.addStretch(1)
        return empty, host

    def add_section(self, layout: QVBoxLayout, key: str, title: str, on_link=None, long: bool = False) -> QLabel:
        """A titled rich-text section of the detail pane; ``on_link(href)`` for its links. A ``long``
        one (a conversation, a timeline) is a :class:`LongText`, which lays out a hundred messages in a
        tenth of the time a label takes."""
        heading = QLabel(title, objectName="sectionTitle")
        if long:
            content = LongText()
            if on_link is not None:
                content.anchorClicked.connect(lambda url: on_link(url.toString()))
            layout.addWidget(heading)
            layout.addWidget(content)
            self.sections[key] = content
            self.section_titles[key] = heading
            return content
        content = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText,
                         textInteractionFlags=Qt.TextInteractionFlag.TextBrowserInteraction)
        content.setOpenExternalLinks(False)
        if on_link is not None:
            content.linkActivated.connect(on_link)
        layout.addWidget(heading)
        layout.addWidget(content)
        self.sections[key] = content
        self.section_titles[key] = heading
        return content

    @staticmethod
    def chip_row(layout: QVBoxLayout, count: int) -> tuple[QLabel, ...]:
        """``count`` chips side by side (status, payment...), wrapping when the pane is narrow."""
        row = ChipFlow()
        chips = tuple(QLabel(objectName="chip") for _ in range(count))
        for chip in chips:
            row.addWidget(chip)
        layout.addLayout(row)
        return chips

    @staticmethod
    def button_row(layout: QVBoxLayout, buttons) -> None:
        """The detail pane's action buttons side by side, wrapping when the pane is narrow."""
        row = ChipFlow()
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)

    @staticmethod
    def error_line(layout: QVBoxLayout) -> QLabel:
        """The line where a refused action says why (hidden until then)."""
        error = QLabel(objectName="errorText", wordWrap=True)
        error.hide()
        layout.addWidget(error)
        return error

    def fill_section(self, key: str, html: str | None) -> None:
        """A section's content; a section with nothing to say (None) is hidden with its title."""
        self.sections[key].setVisible(html is not None)
        self.section_titles[key].setVisible(html is not None)
        self.sections[key].setText(html or "")

    def view_title(self) -> str:
        raise NotImplementedError

    def search_hint(self) -> str:
        return self.tr("Search")

    def add_filters(self) -> None:
        """Add filter widgets to ``self.filter_layout``; call ``self.apply_filters`` when they change."""

    def filter_values(self) -> dict:
        return {}

    def set_filter_values(self, values: dict) -> None:
        """Put saved or requested filter values back into the widgets."""

    def build_detail(self, frame: QFrame) -> None:
        raise NotImplementedError

    def show_detail(self, record_id: int | None) -> None:
        raise NotImplementedError

    def refresh_detail(self, record_id: int) -> None:
        """The shown record may have changed (a pull, an edit): show it again. Views with a form
        override this so that what the user is typing is never overwritten."""
        self.show_detail(record_id)

    def resources(self) -> tuple[str, ...]:
        """Resources whose changes can alter these rows."""
        return (self.query.resource,)

    # --- helpers for subclasses -------------------------------------------------------------
    def combo(self, placeholder: str, options: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        # sized to a short text, not the longest option, so the bar fits a laptop screen with every filter
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.addItem(placeholder, None)
        for text, value in options:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.filter_layout.addWidget(box)
        return box

    @staticmethod
    def select_data(box: QComboBox, value) -> None:
        i = box.findData(value)
        box.setCurrentIndex(max(i, 0))

    def add_action(self, text: str, tip: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        if primary:
            button.setProperty("primary", True)
        button.clicked.connect(slot)
        self.actions_bar.addWidget(button)
        return button

    # --- filtering and selection ------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_filters(self) -> None:
        self.model.set_filter(FilterState(self.filter_values(), self.search.text()))
        self.save_state()

    def clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.set_filter_values({})
        self.apply_filters()

    def filter_to(self, values: dict, text: str = "") -> None:
        """Show the rows matching these filters (from Home, the command palette, a saved view)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.set_filter_values(values)
        self.apply_filters()

    def _show_count(self, n: int) -> None:
        # not self.tr(): PySide's tr() on a subclass looks in the subclass's context
        self.count_label.setText(formatting.phrases().records(n))

    def _current_changed(self, current, _previous) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id != self.current_id:
            self.current_id = record_id
            self.show_detail(record_id)
            self.selectionChangedTo.emit(record_id)

    def _restore_current(self) -> None:
        if self.current_id is None:
            return
        row = self.model.row_of(self.current_id)
        if row is None:
            self.current_id = None
            self.show_detail(None)
            return
        self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self.refresh_detail(self.current_id)

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rid for rid in (self.model.record_id(r) for r in rows) if rid is not None]

    # --- keeping current --------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.refresh()

    def on_changes(self, changes) -> None:
        if changes.resource in self.resources():
            self.model.reload_ids(changes.ids)
            if self.current_id in changes.ids:
                self.refresh_detail(self.current_id)

    def on_sync_event(self, event) -> None:
        if event.kind == "pull_done" and event.resource in self.resources() and event.count:
            if self.isVisible():
                self._pending_refresh.start()
            else:   # a view behind another one catches up when it is shown, not on every pull
                self._stale = True
        elif event.kind in ("rejected", "conflict") and event.resource in self.resources():
            # a refused edit was rolled back (or waits in conflict): show the record as it is now
            self.on_changes(Changes(event.resource, frozenset(event.changed_ids)))
        elif event.kind == "created" and event.resource in self.resources():
            # a record made here reached the platform: its real id replaces the temporary one
            placeholder, real = event.changed_ids
            if self.current_id == placeholder:
                self.current_id = real
            self.model.refresh_in_background()
        elif event.kind == "push_done" and event.count and self.current_id is not None and self.isVisible():
            self.refresh_detail(self.current_id)  # its "waiting to sync" note may be over

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.model.refresh_in_background()

    # --- export -----------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> Path | None:
        """Write the rows of the current filter and sort to a CSV file, off the UI thread (a million
        orders take a while): into ``<file>.part``, renamed when complete, so a failed export never
        leaves half a file under the name asked for. The count label shows the progress; ``exporting``
        is true until it ends (``export_error`` says why it failed). -> the file's path."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), f"{self.query.name}.csv",
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        target = Path(path)
        part = target.with_name(target.name + ".part")
        columns, query, engine = self.query.columns, self.query, self.workspace.engine
        state, sort, descending = self.model.state, self.model.sort_key, self.model.descending
        header = ["id", *[labels.column(c.label) for c in columns]]
        value = self._csv_value
        written = [0]

        def work() -> int:
            try:
                with engine.connect() as conn, part.open("w", newline="", encoding="utf-8-sig") as f:
                    writer = csv.writer(f)
                    writer.writerow(header)
                    for row in query.stream(conn, state, sort, descending):
                        writer.writerow([row[0], *[value(c, row[i + 1], row) for i, c in enumerate(columns)]])
                        written[0] += 1
                part.replace(target)
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            return written[0]

        self.exporting, self.export_error = True, ""
        ticker = QTimer(self, interval=250)
        ticker.timeout.connect(lambda: self.count_label.setText(
            self.tr("Exporting… %1 rows").replace("%1", formatting.integer(written[0]))))
        ticker.start()

        def done(n: int) -> None:
            ticker.stop()
            self.exporting = False
            self.count_label.setText(self.tr("%1 rows exported to %2").replace("%1", formatting.integer(n))
                                     .replace("%2", target.name))
            QTimer.singleShot(6000, self, lambda: self._show_count(self.model.rowCount()))   # dies with the view

        def failed(err: Exception) -> None:
            ticker.stop()
            self.exporting = False
            self.export_error = str(err)
            self.count_label.setText(self.tr("The export failed: %1").replace("%1", str(err)))

        run_in_background(work, done, failed, self)
        return target

    def _csv_value(self, column, value, row):
        if value is None:
            return ""
        if column.kind == "money":
            currency = row[len(self.query.columns) + 1] or ""
            digits = formatting.minor_digits(currency)
            return f"{value / 10 ** digits:.{digits}f}"
        return value

    # --- saved views ------------------------------------------------------------------------
    def saved_views(self) -> dict[str, dict]:
        views = self.settings.value(self._key("saved")) or {}
        return dict(views) if isinstance(views, dict) else {}

    def save_view(self, name: str) -> None:
        """Keep the current filters, search and sort under ``name`` (replacing one of that name)."""
        name = name.strip()
        if not name:
            return
        views = self.saved_views()
        views[name] = {"filters": {k: v for k, v in self.filter_values().items() if v is not None},
                       "search": self.search.text(), "sort": self.model.sort_key,
                       "descending": bool(self.model.descending)}
        self.settings.setValue(self._key("saved"), views)
        self._fill_saved(select=name)

    def delete_view(self, name: str) -> None:
        views = self.saved_views()
        views.pop(name, None)
        self.settings.setValue(self._key("saved"), views)
        self._fill_saved()

    def apply_view(self, name: str) -> bool:
        view = self.saved_views().get(name)
        if view is None:
            return False
        sort = view.get("sort")
        if sort in {c.key for c in self.query.columns}:
            order = Qt.SortOrder.DescendingOrder if view.get("descending") in (True, "true") \
                else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().setSortIndicator(self._column_index(sort), order)
            self.table.horizontalHeader().blockSignals(False)
            self.model.sort_key, self.model.descending = sort, order == Qt.SortOrder.DescendingOrder
        self.filter_to(dict(view.get("filters") or {}), str(view.get("search") or ""))
        self.model.refresh()
        return True

    def _fill_saved(self, select: str | None = None) -> None:
        box = self.saved_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Saved views"), None)
        for name in sorted(self.saved_views()):
            box.addItem(name, name)
        box.insertSeparator(box.count())
        box.addItem(self.tr("Save current view…"), "__save__")
        if select:
            box.addItem(self.tr("Delete “%1”").replace("%1", select), "__delete__:" + select)
        box.setCurrentIndex(max(0, box.findData(select)) if select else 0)
        box.blockSignals(False)

    def _saved_view_picked(self, index: int) -> None:
        data = self.saved_box.itemData(index)
        if data == "__save__":
            name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
            if ok:
                self.save_view(name)
            else:
                self._fill_saved()
        elif isinstance(data, str) and data.startswith("__delete__:"):
            self.delete_view(data.split(":", 1)[1])
        elif data:
            self.apply_view(data)
            self._fill_saved(select=data)

    # --- remembered state -------------------------------------------------------------------
    def _key(self, name: str) -> str:
        return f"views/{self.query.name}/{name}"

    def save_state(self) -> None:
        self.settings.setValue(self._key("header"), self.table.horizontalHeader().saveState())
        self.settings.setValue(self._key("splitter"), self.splitter.saveState())
        self.settings.setValue(self._key("filters"), {k: v for k, v in self.filter_values().items() if v is not None})
        self.settings.setValue(self._key("search"), self.search.text())

    def restore_state(self) -> None:
        header = self.settings.value(self._key("header"))
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = self.settings.value(self._key("splitter"))
        if splitter is not None:
            self.splitter.restoreState(splitter)
        values = self.settings.value(self._key("filters")) or {}
        text = self.settings.value(self._key("search")) or ""
        header_view = self.table.horizontalHeader()
        column = header_view.sortIndicatorSection()
        if 0 <= column < len(self.query.columns):
            self.model.sort_key = self.query.columns[column].key
            self.model.descending = header_view.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        if values or text:
            self.filter_to(dict(values), str(text))
        else:
            self.model.refresh()

    def _column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.query.columns) if c.key == key)
