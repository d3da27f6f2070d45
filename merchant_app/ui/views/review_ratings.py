"""A product's ratings at a glance, drawn with QPainter in the theme's colours: how many reviews gave
each number of stars (bars, five stars on top, one and two stars in the danger colour) and the
average rating month by month (a line over the last twelve months that have reviews, 1 to 5 stars).
The figures come from ``services.reviews.product_ratings``; hovering a month says its average and
count."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...store.queries import NEGATIVE_RATING
from .. import formatting, theme

BAR_ROWS = 5
HEIGHT = 140


class RatingsChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.figures: dict | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._points: list[tuple[QPointF, str]] = []

    def sizeHint(self) -> QSize:
        return QSize(360, HEIGHT)

    def set_figures(self, figures: dict | None) -> None:
        self.figures = figures
        self.setToolTip("")
        self.update()

    # --- layout ------------------------------------------------------------------------------
    def _split(self) -> tuple[QRectF, QRectF]:
        """The bars on the left, the trend on the right (side by side when there is room)."""
        r = QRectF(self.rect()).adjusted(0, 2, -2, -2)
        left = QRectF(r.left(), r.top(), r.width() * 0.45, r.height())
        right = QRectF(left.right() + 14, r.top(), r.right() - left.right() - 14, r.height())
        return left, right

    def paintEvent(self, _event) -> None:
        if not self.figures or not self.figures["total"]:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self._split()
        self._bars(p, left)
        self._trend(p, right)
        p.end()

    def _bars(self, p: QPainter, area: QRectF) -> None:
        counts = self.figures["counts"]
        fm = QFontMetrics(self.font())
        label_w = fm.horizontalAdvance("5 ★") + 6
        count_w = max(fm.horizontalAdvance(formatting.integer(n)) for n in counts) + 6
        area = area.adjusted(0, 0, 0, -4)
        row_h = area.height() / BAR_ROWS
        most = max(counts) or 1
        for i, stars in enumerate(range(BAR_ROWS, 0, -1)):
            y = area.top() + i * row_h
            p.setPen(theme.color("muted"))
            p.drawText(QRectF(area.left(), y, label_w, row_h), Qt.AlignmentFlag.AlignVCenter, f"{stars} ★")
            track = QRectF(area.left() + label_w, y + row_h * 0.28, area.width() - label_w - count_w, row_h * 0.44)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.color("border"))
            p.drawRoundedRect(track, 2, 2)
            n = counts[stars - 1]
            if n:
                p.setBrush(theme.color("danger" if stars <= NEGATIVE_RATING else "warning"))
                p.drawRoundedRect(QRectF(track.left(), track.top(), max(2.0, track.width() * n / most), track.height()),
                                  2, 2)
            p.setPen(QPen(theme.color("text")) if n else QPen(theme.color("muted")))
            p.drawText(QRectF(track.right() + 4, y, count_w, row_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, formatting.integer(n))

    def _trend(self, p: QPainter, area: QRectF) -> None:
        months = self.figures["months"]
        fm = QFontMetrics(self.font())
        axis_w = fm.horizontalAdvance("5") + 6
        label_h = fm.height() + 2
        p.setPen(theme.color("muted"))
        p.drawText(QRectF(area.left() + axis_w, area.top(), area.width() - axis_w, label_h),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("Average by month"))
        plot = QRectF(area.left() + axis_w + 4, area.top() + label_h + 6, area.width() - axis_w - 12,
                      area.height() - 2 * label_h - 12)
        grid = QPen(theme.color("border"))
        grid.setWidthF(1)
        for stars in (1, 3, 5):
            y = plot.bottom() - (stars - 1) / 4 * plot.height()
            p.setPen(grid)
            p.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.right() + 4, y))
            p.setPen(theme.color("muted"))
            p.drawText(QRectF(area.left(), y - label_h / 2, axis_w - 2, label_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(stars))
        self._points = []
        if not months:
            return
        # months without reviews leave their gap: x is the month's place in time, not its index
        ordinals = [month_ordinal(m) for m, _, _ in months]
        span = max(1, ordinals[-1] - ordinals[0])
        points = []
        for ordinal, (month, average, count) in zip(ordinals, months):
            x = plot.left() + (ordinal - ordinals[0]) / span * plot.width() if len(months) > 1 else plot.center().x()
            points.append(QPointF(x, plot.bottom() - (average - 1) / 4 * plot.height()))
            self._points.append((points[-1], self.month_text(month, average, count)))
        line = QPen(theme.color("highlight"))
        line.setWidthF(2)
        p.setPen(line)
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.setBrush(theme.color("highlight"))
        for point in points:
            p.drawEllipse(point, 2.5, 2.5)
        p.setPen(theme.color("muted"))
        first, last = months[0][0], months[-1][0]
        p.drawText(QRectF(plot.left() - 4, plot.bottom() + 4, plot.width() / 2, label_h),
                   Qt.AlignmentFlag.AlignLeft, month_name(first))
        if last != first:
            p.drawText(QRectF(plot.center().x(), plot.bottom() + 4, plot.width() / 2 + 6, label_h),
                       Qt.AlignmentFlag.AlignRight, month_name(last))

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        near = min(self._points, key=lambda pt: abs(pt[0].x() - pos.x()), default=None)
        if near is not None and abs(near[0].x() - pos.x()) < 14 and self._split()[1].contains(pos):
            QToolTip.showText(event.globalPosition().toPoint(), near[1], self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def month_text(self, month: str, average: float, count: int) -> str:
        return self.tr("%1: %2 ★ average, %n review(s)", "", count).replace("%1", month_name(month)) \
            .replace("%2", QLocale().toString(average, "f", 1))

    def month_texts(self) -> list[str]:
        """What hovering each month says."""
        return [self.month_text(*m) for m in (self.figures or {}).get("months", [])]


def month_ordinal(month: str) -> int:
    """``2026-03`` as a count of months, so that months can be spaced in time."""
    year, number = (int(x) for x in month.split("-"))
    return year * 12 + number - 1


def month_name(month: str, locale: QLocale | None = None) -> str:
    """``2026-03`` as the user's language writes a month and year: "Mar 2026", "2026年3月"."""
    try:
        year, number = (int(x) for x in month.split("-"))
        when = QDate(year, number, 1)
    except ValueError:
        return month
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return f"{year}年{number}月"
    return locale.toString(when, "MMM yyyy")
