"""The one table model every view uses: rows fetched from SQL a window at a time.

The model knows how many rows match (one ``COUNT``) and asks the view's :class:`ViewQuery` for a
block of rows only when the view paints them; blocks are kept in a small LRU, so memory stays flat
at a million rows. Sorting and filtering are SQL (``ORDER BY``/``WHERE``), done again by a reset.
A change made through the services, or pulled by the sync, reloads just the rows concerned when
they are on screen (``reload_ids``), or the whole result when rows may have come or gone
(``refresh``), keeping the current record selected.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from sqlalchemy import Engine

from ..store.queries import LOW_STOCK_DEFAULT, FilterState, ViewQuery
from . import formatting, labels, theme
from .bridge import run_in_background

RAW_ROLE = Qt.ItemDataRole.UserRole + 1      # the value as stored
ID_ROLE = Qt.ItemDataRole.UserRole + 2       # the record id of the row
_NUMERIC = {"int", "money", "stock", "percent"}

Index = QModelIndex | QPersistentModelIndex


class WindowedTableModel(QAbstractTableModel):
    BLOCK = 200
    MAX_BLOCKS = 40

    countChanged = Signal(int)

    def __init__(self, engine: Engine, query: ViewQuery, parent=None, state: FilterState | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.query = query
        self.state = state or FilterState()
        self.sort_key: str | None = None
        self.descending: bool | None = None
        self._count = 0
        self._blocks: OrderedDict[int, list[tuple]] = OrderedDict()
        self._ncols = len(query.columns)
        self.low_stock = LOW_STOCK_DEFAULT
        self.display_hook: Callable[[str, tuple], str | None] | None = None  # per-view formatting
        self._refreshing = False
        self._refresh_again = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._count = self._query_count()

    # --- what the view asks ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._ncols

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self._ncols:
            return None
        column = self.query.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.column(column.label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column.kind in _NUMERIC \
                else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._count and 0 <= index.column() < self._ncols):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.query.columns[index.column()]
        value = row[index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column.key, column.kind, value, row)
        if role == RAW_ROLE:
            return value
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column.kind, value, row)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and isinstance(value, str) and len(value) > 40:
            return value
        if role == Qt.ItemDataRole.FontRole and column.kind == "status":
            return self._bold
        return None

    def _display(self, key: str, kind: str, value: Any, row: tuple) -> str:
        if self.display_hook is not None:
            shown = self.display_hook(key, row)
            if shown is not None:
                return shown
        if value is None:
            return ""
        if kind in ("int", "stock"):
            return formatting.integer(value)
        if kind == "money":
            return formatting.money(value, row[self._ncols + 1] if len(row) > self._ncols + 1 else "CNY")
        if kind == "percent":
            return f"{int(value)}%"
        if kind == "datetime":
            return formatting.timestamp(value)
        if kind == "status":
            return labels.code(value)
        return str(value)

    def low_threshold(self, row: tuple) -> int:
        """The low-stock threshold of a row: the query's last extra column (its rule or the shop's)."""
        value = row[-1] if len(row) > self._ncols + 1 else None
        return value if isinstance(value, int) else self.low_stock

    def _foreground(self, kind: str, value: Any, row: tuple):
        if kind == "stock" and isinstance(value, int):
            if value <= 0:
                return theme.color("danger")
            if value <= self.low_threshold(row):
                return theme.color("warning")
        if kind == "status":
            return {"active": theme.color("success"), "blocked_by_platform": theme.color("danger"),
                    "draft": theme.color("muted"), "delisted": theme.color("warning")}.get(value)
        if kind == "percent" and isinstance(value, int) and value < 70:
            return theme.color("warning")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self._ncols or not self.query.columns[column].sortable:
            return
        self.sort_key = self.query.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- rows -----------------------------------------------------------------------------
    def row(self, n: int) -> tuple | None:
        block = n // self.BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            with self.engine.connect() as conn:
                rows = self.query.window(conn, self.state, block * self.BLOCK, self.BLOCK,
                                         self.sort_key, self.descending, total=self._count)
            self._blocks[block] = rows
            if len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        i = n - block * self.BLOCK
        return rows[i] if i < len(rows) else None

    def record_id(self, n: int) -> int | None:
        row = self.row(n) if 0 <= n < self._count else None
        return row[0] if row else None

    def row_of(self, record_id: int) -> int | None:
        """Where a record is in the current result (None when the filter hides it)."""
        for block, rows in self._blocks.items():
            for i, r in enumerate(rows):
                if r[0] == record_id:
                    return block * self.BLOCK + i
        with self.engine.connect() as conn:
            return self.query.position(conn, self.state, record_id, self.sort_key, self.descending)

    def cached_blocks(self) -> int:
        return len(self._blocks)

    # --- changes --------------------------------------------------------------------------
    def set_filter(self, state: FilterState) -> None:
        if state != self.state:
            self.state = state
            self.refresh()

    def _query_count(self) -> int:
        with self.engine.connect() as conn:   # the sync's kept count where it can: see ViewQuery.count
            return self.query.count(conn, self.state, exact=False)

    def refresh(self) -> None:
        """Rows may have come or gone: count again and forget every cached block."""
        self.beginResetModel()
        self._blocks.clear()
        self._count = self._query_count()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def refresh_in_background(self) -> None:
        """As ``refresh``, with the SQL (the count and the first window) run off the UI thread:
        for refreshes the user did not ask for (new data from the sync), so that the window never
        waits on a ``COUNT`` over a big table while the user works."""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        state, sort, descending = self.state, self.sort_key, self.descending

        def fetch():
            with self.engine.connect() as conn:
                count = self.query.count(conn, state)
                first = self.query.window(conn, state, 0, self.BLOCK, sort, descending)
            return state, sort, descending, count, first

        run_in_background(fetch, self._refreshed, self._refresh_failed, self)

    def _refreshed(self, result) -> None:
        self._refreshing = False
        state, sort, descending, count, first = result
        if (state, sort, descending) == (self.state, self.sort_key, self.descending):
            self.beginResetModel()
            self._blocks.clear()
            self._blocks[0] = first
            self._count = count
            self.endResetModel()
            self.countChanged.emit(self._count)
        if self._refresh_again or (state, sort, descending) != (self.state, self.sort_key, self.descending):
            self._refresh_again = False
            self.refresh_in_background()

    def _refresh_failed(self, err: Exception) -> None:
        self._refreshing = False
        self.refresh()  # say it loudly if the cache really cannot be read

    def reload_ids(self, ids: Iterable[int]) -> None:
        """These records changed in place: refetch the ones on cached rows, repaint just them."""
        wanted = set(ids)
        hits = [(block, i, r[0]) for block, rows in self._blocks.items() for i, r in enumerate(rows) if r[0] in wanted]
        if not hits:
            return
        with self.engine.connect() as conn:
            fresh = self.query.rows_by_id(conn, [h[2] for h in hits])
        for block, i, record_id in hits:
            if record_id in fresh:
                self._blocks[block][i] = fresh[record_id]
                n = block * self.BLOCK + i
                self.dataChanged.emit(self.index(n, 0), self.index(n, self._ncols - 1))
