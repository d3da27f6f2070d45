"""The campaigns of a month on a calendar: one bar per campaign across the days it runs, a week per row.

Bars take the first free lane of their week (a campaign keeps one lane per week); a week with more
campaigns than lanes says how many more. Days are the computer's calendar days, as the campaign
list shows its times. A click on a bar selects that campaign (``campaignClicked``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .. import labels, theme

LANES = 4
STATUS_ROLES = {"active": "success", "scheduled": "info", "paused": "warning", "draft": "muted", "ended": "muted",
                "cancelled": "muted"}


def local_day(iso: str) -> date:
    return datetime.fromisoformat(iso).astimezone().date()


def month_grid(first: date) -> list[date]:
    """The 42 days shown for the month of ``first``: from the Monday on or before the 1st."""
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=i) for i in range(42)]


def lanes(weeks: list[list[date]], campaigns: list[dict]) -> list[list[tuple[int, int, int, dict]]]:
    """Per week: (lane, first column, last column, campaign) for the campaigns running in it."""
    out = []
    spans = [(local_day(c["starts_at"]), local_day(c["ends_at"]), c) for c in campaigns]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]).days))
    for week in weeks:
        taken: list[int] = []   # per lane: the last column used
        placed = []
        for first, last, c in spans:
            if last < week[0] or first > week[-1]:
                continue
            a = max(0, (first - week[0]).days)
            b = min(6, (last - week[0]).days)
            lane = next((i for i, end in enumerate(taken) if end < a), None)
            if lane is None:
                lane = len(taken)
                taken.append(b)
            else:
                taken[lane] = b
            placed.append((lane, a, b, c))
        out.append(placed)
    return out


class MonthView(QWidget):
    """The grid itself (painted), for one month."""

    campaignClicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.first = date.today().replace(day=1)
        self.campaigns: list[dict] = []
        self.selected: int | None = None
        self._bars: list[tuple[QRectF, int]] = []
        self.setMinimumSize(560, 420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def show_month(self, first: date, campaigns: list[dict]) -> None:
        self.first, self.campaigns = first, campaigns
        self.update()

    def bar_at(self, x: float, y: float) -> int | None:
        return next((cid for rect, cid in self._bars if rect.contains(x, y)), None)

    def mousePressEvent(self, event) -> None:
        cid = self.bar_at(event.position().x(), event.position().y())
        if cid is not None:
            self.selected = cid
            self.update()
            self.campaignClicked.emit(cid)

    def mouseMoveEvent(self, event) -> None:
        cid = self.bar_at(event.position().x(), event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if cid is not None else Qt.CursorShape.ArrowCursor)
        campaign = next((c for c in self.campaigns if c["id"] == cid), None)
        self.setToolTip("" if campaign is None else
                        f"{campaign['name']} · {labels.prefixed_code('campaign_', campaign['status'])}")

    def paintEvent(self, _event) -> None:
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        days = month_grid(self.first)
        weeks = [days[i:i + 7] for i in range(0, 42, 7)]
        head = 24
        cell_w = (self.width() - 1) / 7
        cell_h = (self.height() - head - 1) / 6
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        locale = QLocale()
        p.setPen(QColor(t.muted))
        for col in range(7):   # weekday names, Monday first
            name = locale.dayName(col + 1, QLocale.FormatType.ShortFormat)
            p.drawText(QRectF(col * cell_w, 0, cell_w, head), Qt.AlignmentFlag.AlignCenter, name)
        today = date.today()
        grid = QPen(QColor(t.border))
        self._bars = []
        placed = lanes(weeks, self.campaigns)
        line = metrics.height() + 4
        for row, week in enumerate(weeks):
            top = head + row * cell_h
            p.setBrush(Qt.BrushStyle.NoBrush)   # (the bars of the week before set one)
            for col, day in enumerate(week):
                rect = QRectF(col * cell_w, top, cell_w, cell_h)
                p.setPen(grid)
                if day.month != self.first.month:
                    p.fillRect(rect, QColor(t.alternate))
                p.drawRect(rect)
                p.setPen(QColor(t.highlight if day == today else (t.text if day.month == self.first.month
                                                                  else t.muted)))
                day_font = QFont(font)
                day_font.setBold(day == today)
                p.setFont(day_font)
                p.drawText(rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                           str(day.day))
            p.setFont(font)
            more = [0] * 7
            for lane, a, b, c in placed[row]:
                if lane >= LANES:
                    for col in range(a, b + 1):
                        more[col] += 1
                    continue
                rect = QRectF(a * cell_w + 3, top + line + lane * line + 2, (b - a + 1) * cell_w - 6, line - 3)
                colour = theme.color(STATUS_ROLES.get(c["status"], "muted"))
                fill = QColor(colour)
                fill.setAlpha(60 if c["status"] in ("ended", "cancelled", "draft") else 110)
                p.setPen(QPen(colour, 2 if c["id"] == self.selected else 1))
                p.setBrush(fill)
                p.drawRoundedRect(rect, 4, 4)
                p.setPen(QColor(t.text))
                p.drawText(rect.adjusted(5, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           metrics.elidedText(c["name"], Qt.TextElideMode.ElideRight, int(rect.width()) - 9))
                self._bars.append((rect, c["id"]))
            p.setPen(QColor(t.muted))
            for col, n in enumerate(more):
                if n:
                    p.drawText(QRectF(col * cell_w + 4, top + line + LANES * line, cell_w - 8, line),
                               Qt.AlignmentFlag.AlignLeft, self.tr("+%n more", "", n))
        p.end()


class CampaignCalendar(QWidget):
    """A month of campaigns with the month's name and buttons to the month before and after."""

    campaignClicked = Signal(int)
    monthChanged = Signal(object)   # the first day of the month shown

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous = QPushButton("◀")
        self.previous.setToolTip(self.tr("The month before"))
        self.next = QPushButton("▶")
        self.next.setToolTip(self.tr("The month after"))
        self.today = QPushButton(self.tr("This month"))
        self.title = QLabel(objectName="sectionTitle")
        for w in (self.previous, self.next, self.today):
            w.setMaximumWidth(110)
        bar.addWidget(self.previous)
        bar.addWidget(self.next)
        bar.addWidget(self.today)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        layout.addLayout(bar)
        self.month = MonthView()
        self.month.campaignClicked.connect(self.campaignClicked)
        layout.addWidget(self.month, 1)
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.today.clicked.connect(lambda: self.monthChanged.emit(date.today().replace(day=1)))

    @property
    def first(self) -> date:
        return self.month.first

    def go(self, months: int) -> None:
        y, m = divmod(self.first.month - 1 + months, 12)
        self.monthChanged.emit(date(self.first.year + y, m + 1, 1))

    def show_month(self, first: date, campaigns: list[dict]) -> None:
        self.title.setText(QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy"))
        self.month.show_month(first, campaigns)

    def select(self, campaign_id: int | None) -> None:
        self.month.selected = campaign_id
        self.month.update()
