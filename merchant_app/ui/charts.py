"""Charts of the dashboards, on pyqtgraph: a time series with a date axis, horizontal bars, a heatmap.

Every chart is a ``ChartCard``: a titled frame around one pyqtgraph plot that follows the theme,
shows the values under the pointer (a vertical cursor and a tooltip), zooms with the wheel or a
drag along its x axis (double-click or "Reset zoom" goes back), and exports what it shows to PNG
(the card as drawn) or CSV (the numbers behind it, exactly as the chart has them, in minor units).

pyqtgraph is imported here and only here, when the first chart is built, so the window starts
without it (and numpy). Dates on the axes are shop-local days given as ``date`` objects; the axis
labels are written by QLocale, so they follow the interface language.
"""

from __future__ import annotations

import bisect
import csv
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from . import theme

_pg = None


def pg():
    """pyqtgraph, configured for this application (PySide6, antialiased, theme colours)."""
    global _pg
    if _pg is None:
        os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
        import pyqtgraph

        pyqtgraph.setConfigOptions(antialias=True, background=None)
        _pg = pyqtgraph
    return _pg


def day_seconds(d: date) -> float:
    """A shop-local day as the x of a time series (midnight, read as UTC: no local shift)."""
    return datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()


def seconds_day(x: float) -> date:
    return datetime.fromtimestamp(x, UTC).date()


def month_label(d: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return f"{d.year}年{d.month}月"
    return f"{locale.monthName(d.month, QLocale.FormatType.ShortFormat)} {d.year}"


def day_label(d: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return f"{d.month}月{d.day}日"
    return f"{locale.monthName(d.month, QLocale.FormatType.ShortFormat)} {d.day}"


@dataclass
class Series:
    """One line of a time series chart: a name, values per x, a theme colour role, dashed or not."""

    name: str
    values: list[float | None]
    role: str = "highlight"
    dashed: bool = False
    format: Callable[[float], str] = field(default=lambda v: QLocale().toString(float(v), "f", 0))


class ChartCard(QFrame):
    """A titled chart with its export menu. Subclasses draw into ``self.plot`` and fill ``table``."""

    def __init__(self, title: str, definition: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(title, objectName="cardTitle")
        if definition:
            self.title.setToolTip(definition)
        head.addWidget(self.title)
        head.addStretch(1)
        self.note = QLabel(objectName="muted")
        head.addWidget(self.note)
        self.menu_button = QToolButton(text="⋯", autoRaise=True)
        self.menu_button.setToolTip(self.tr("Export or reset the zoom"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        menu.addAction(self.tr("Export as PNG…"), self.ask_png)
        menu.addAction(self.tr("Export data as CSV…"), self.ask_csv)
        self.reset_action = menu.addAction(self.tr("Reset zoom"), self.reset_zoom)
        self.menu_button.setMenu(menu)
        head.addWidget(self.menu_button)
        layout.addLayout(head)
        self.plot = pg().PlotWidget(axisItems=self.axes())
        self.plot.setBackground(None)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0.02)
        layout.addWidget(self.plot, 1)
        self.empty = QLabel(self.tr("No data in this period."), objectName="muted",
                            alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.headers: list[str] = []
        self.rows: list[list] = []
        self.hover_text = ""
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.style_axes()

    def axes(self) -> dict:
        return {}

    def style_axes(self) -> None:
        t = theme.current()
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg().mkPen(t.border))
            axis.setTextPen(pg().mkPen(t.muted))
            axis.enableAutoSIPrefix(False)
        item.showGrid(x=False, y=True, alpha=0.25)

    def show_empty(self, empty: bool) -> None:
        self.plot.setVisible(not empty)
        self.empty.setVisible(empty)

    # --- hover ----------------------------------------------------------------------------------
    def _moved(self, pos: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(pos):
            QToolTip.hideText()
            return
        point = box.mapSceneToView(pos)
        text = self.describe(point.x(), point.y())
        if text != self.hover_text:
            self.hover_text = text
            if text:
                QToolTip.showText(QCursor.pos(), text, self.plot)
            else:
                QToolTip.hideText()

    def describe(self, x: float, y: float) -> str:
        """The values at the pointer, as the tooltip shows them (rich text)."""
        return ""

    def hover_at(self, x: float, y: float) -> str:
        """What hovering at the view coordinates (x, y) shows (tests and keyboard users)."""
        self.hover_text = self.describe(x, y)
        return self.hover_text

    def fixed(self) -> None:
        """A chart that neither zooms nor pans (bars, heatmap): first row on top, no grid."""
        box = self.plot.getPlotItem().getViewBox()
        box.setMouseEnabled(x=False, y=False)
        box.invertY(True)
        self.plot.getPlotItem().showGrid(x=False, y=False)
        self.reset_action.setVisible(False)

    def reset_zoom(self) -> None:
        self.plot.getPlotItem().getViewBox().autoRange()

    # --- export ---------------------------------------------------------------------------------
    def ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), self._file_name("png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart data"), self._file_name("csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def _file_name(self, ext: str) -> str:
        stem = "".join(c if c.isalnum() else "-" for c in self.title.text().lower()).strip("-") or "chart"
        return f"{stem}.{ext}"

    def export_png(self, path: str) -> bool:
        self.menu_button.hide()
        try:
            return self.grab().save(path, "PNG")
        finally:
            self.menu_button.show()

    def export_csv(self, path: str) -> None:
        with open(path, "w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f)
            writer.writerow(self.headers)
            writer.writerows(self.rows)


class PeriodAxis:
    """Factory of the x axis of a time series: ticks on the periods' first days only, as many as fit,
    named the way the interface language names a day or a month (QLocale, not strftime)."""

    @staticmethod
    def create(chart: TimeSeriesChart):
        class _Axis(pg().AxisItem):
            def tickValues(self, low, high, size):
                xs = [day_seconds(d) for d in chart.periods]
                visible = [x for x in xs if low - 1 <= x <= high + 1]
                if not visible:
                    return []
                room = max(1, int(size // 80))
                step = max(1, -(-len(visible) // room))
                return [(step * 86400.0, visible[::step])]

            def tickStrings(self, values, scale, spacing):
                return [chart.axis_label(seconds_day(v)) for v in values]

        return _Axis(orientation="bottom")


class TimeSeriesChart(ChartCard):
    """Lines over periods (days, weeks or months), a date axis; the first series is drawn filled."""

    def __init__(self, title: str, definition: str = "", parent: QWidget | None = None) -> None:
        self.periods: list[date] = []
        super().__init__(title, definition, parent)
        self.granularity = "day"
        self.series: list[Series] = []
        self.label: Callable[[int], str] = str
        self._xs: list[float] = []
        item = self.plot.getPlotItem()
        item.getViewBox().setMouseEnabled(x=True, y=False)
        item.getViewBox().setAutoVisible(y=True)
        self.cursor = pg().InfiniteLine(angle=90, movable=False, pen=pg().mkPen(theme.current().border))
        self.cursor.hide()
        self.legend = item.addLegend(offset=(8, 4), labelTextColor=theme.current().muted)

    def axes(self) -> dict:
        return {"bottom": PeriodAxis.create(self)}

    def axis_label(self, d: date) -> str:
        return month_label(d) if self.granularity == "month" else day_label(d)

    def set_data(self, periods: list[date], label: Callable[[int], str], series: list[Series],
                 left_format: Callable[[float], str] | None = None, granularity: str = "day") -> None:
        """``periods``: the first day of each period; ``label(i)``: how period i is named in the tooltip
        (asked on hover only: two years by day are 730 names nobody reads at once)."""
        import numpy

        self.periods, self.label, self.series, self.granularity = periods, label, series, granularity
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        item.addItem(self.cursor, ignoreBounds=True)
        self._xs = xs = [day_seconds(d) for d in periods]
        x = numpy.array(xs, dtype=float)
        t = theme.current()
        dense = len(xs) > 120   # a dense line needs no antialiasing, and no dots
        for i, s in enumerate(series):
            ys = numpy.array([numpy.nan if v is None else v for v in s.values], dtype=float)
            color = QColor(getattr(t, s.role))
            pen = pg().mkPen(color, width=2 if not dense else 1.5,
                             style=Qt.PenStyle.DashLine if s.dashed else Qt.PenStyle.SolidLine)
            kwargs = {}
            if i == 0:
                fill = QColor(color)
                fill.setAlpha(40)
                kwargs = {"fillLevel": 0, "brush": fill}
            if len(xs) <= 40:
                kwargs.update(symbol="o", symbolSize=5, symbolBrush=color, symbolPen=None)
            item.plot(x, ys, pen=pen, name=s.name, antialias=not dense,
                      connect="finite" if numpy.isnan(ys).any() else "all", **kwargs)
        if left_format is not None:
            axis = item.getAxis("left")
            axis.tickStrings = lambda values, scale, spacing: [left_format(v) for v in values]
        self.headers = [self.tr("Period"), *(s.name for s in series)]
        self.rows = [[p.isoformat(), *(s.values[i] for s in series)] for i, p in enumerate(periods)]
        self.show_empty(not periods)
        if periods:
            item.getViewBox().enableAutoRange()
            item.getViewBox().setLimits(xMin=xs[0] - 86400 * 3, xMax=xs[-1] + 86400 * 3)

    def index_at(self, x: float) -> int | None:
        if not self._xs:
            return None
        at = bisect.bisect_left(self._xs, x)
        return min((i for i in (at - 1, at) if 0 <= i < len(self._xs)), key=lambda i: abs(self._xs[i] - x))

    def describe(self, x: float, y: float) -> str:
        i = self.index_at(x)
        if i is None:
            return ""
        self.cursor.setPos(day_seconds(self.periods[i]))
        self.cursor.show()
        t = theme.current()
        lines = [f"<b>{self.label(i)}</b>"]
        for s in self.series:
            v = s.values[i]
            value = "–" if v is None else s.format(v)
            lines.append(f"<span style='color:{getattr(t, s.role)}'>■</span> {s.name}: {value}")
        return "<br>".join(lines)


class BarChart(ChartCard):
    """Horizontal bars, one per category, longest first, the category names on the left axis."""

    def __init__(self, title: str, definition: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, definition, parent)
        self.fixed()
        self.plot.getPlotItem().hideAxis("bottom")
        self.names: list[str] = []
        self.values: list[float] = []
        self.texts: list[str] = []

    def set_data(self, names: Sequence[str], values: Sequence[float], texts: Sequence[str],
                 headers: list[str], rows: list[list], value_format: Callable[[float], str],
                 role: str = "highlight") -> None:
        """``texts``: what the tooltip says of each bar; ``headers``/``rows``: the CSV."""
        self.names, self.values, self.texts = list(names), [float(v) for v in values], list(texts)
        item = self.plot.getPlotItem()
        item.clear()
        color = getattr(theme.current(), role)
        if self.values:
            bars = pg().BarGraphItem(x0=0, y=list(range(len(self.values))), height=0.62, width=self.values,
                                     brush=color, pen=pg().mkPen(None))
            item.addItem(bars)
            muted = theme.current().muted
            for i, v in enumerate(self.values):   # each bar's value at its end (left of a negative one)
                label = pg().TextItem(value_format(v), color=muted, anchor=(0 if v >= 0 else 1, 0.5))
                label.setPos(v, i)
                item.addItem(label)
        left = item.getAxis("left")
        left.setTicks([[(i, self._short(n)) for i, n in enumerate(self.names)]])
        self.headers, self.rows = headers, rows
        self.show_empty(not self.values)
        self.setMinimumHeight(max(200, 70 + 26 * len(self.values)))
        if self.values:   # room after the longest bar for its value
            low, high = min(0.0, *self.values), max(0.0, *self.values)
            item.getViewBox().setRange(xRange=(low * 1.7, high * 1.7 or 1), yRange=(-0.6, len(self.values) - 0.4),
                                       padding=0)

    @staticmethod
    def _short(name: str, width: int = 22) -> str:
        return name if len(name) <= width else name[:width - 1] + "…"

    def describe(self, x: float, y: float) -> str:
        i = round(y)
        if not 0 <= i < len(self.names) or abs(y - i) > 0.31:
            return ""
        return f"<b>{self.names[i]}</b><br>{self.texts[i]}"


class Heatmap(ChartCard):
    """A grid of counts (rows × columns) in shades of the highlight colour, each cell's count on hover."""

    def __init__(self, title: str, definition: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, definition, parent)
        self.fixed()
        self.image = pg().ImageItem()
        self.plot.getPlotItem().addItem(self.image)
        self.grid: list[list[int]] = []
        self.row_names: list[str] = []
        self.column_names: list[str] = []

    def set_data(self, grid: list[list[int]], row_names: list[str], column_names: list[str],
                 cell: Callable[[int, int, int], str], headers: list[str], rows: list[list]) -> None:
        import numpy

        self.grid, self.row_names, self.column_names, self._cell = grid, row_names, column_names, cell
        t = theme.current()
        low, high = QColor(t.base), QColor(t.highlight)
        cmap = pg().ColorMap([0.0, 1.0], [(low.red(), low.green(), low.blue()), (high.red(), high.green(), high.blue())])
        data = numpy.array(grid, dtype=float).T  # ImageItem: [x][y] = [column][row]
        self.image.setImage(data, levels=(0, max(1.0, float(data.max()) if data.size else 1.0)))
        self.image.setColorMap(cmap)
        item = self.plot.getPlotItem()
        item.getAxis("left").setTicks([[(i + 0.5, n) for i, n in enumerate(row_names)]])
        item.getAxis("bottom").setTicks([[(j + 0.5, n) for j, n in enumerate(column_names) if j % 3 == 0]])
        item.getViewBox().setRange(xRange=(0, len(column_names)), yRange=(0, len(row_names)), padding=0)
        self.headers, self.rows = headers, rows
        self.show_empty(not any(any(r) for r in grid))

    def describe(self, x: float, y: float) -> str:
        r, c = int(y), int(x)
        if not (0 <= r < len(self.row_names) and 0 <= c < len(self.column_names)) or x < 0 or y < 0:
            return ""
        return self._cell(r, c, self.grid[r][c])


def week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())
