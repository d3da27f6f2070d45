"""Packing slips, invoices and a dispute's evidence bundle as PDF.

    write_packing_slips(orders, shop, path, language=None, *, reveal=None, progress=None, cancelled=None)
    write_invoices(orders, shop, path, language=None, *, role, reveal=None, progress=None, cancelled=None)
    write_evidence_bundle(ticket, order, shop, path, language=None, *, role, history=None, reveal=None,
                          progress=None, cancelled=None)

``orders`` are order records in the platform's shape, as the cache holds them
(``sync.mapping.read_record``; :func:`load_orders` reads a batch and adds each line's variant name).
``shop`` is the shop record the platform gives at sign-in (``Workspace.shop``: name, currency,
time zone); the platform has no shop address, so an ``address`` (a string, lines separated by
newlines, or a list of lines) is printed under the name only when the caller adds one. Dates are
the shop's days (its time zone), amounts the order's currency, written as ``language`` writes them
("en", "zh_CN"; None: the language the console speaks).

Each order starts on a new page and continues on more when its lines do not fit, the table header
repeated; "Page 2 of 3" counts the pages of that order. A packing slip has no price anywhere. An
invoice is a revenue document: only roles that may read revenue print them (``role`` is required
and checked with :func:`may_print_invoices`; an agent gets ``PermissionError``). ``reveal(order)``
says whether the customer's contact details may be printed in full (the orders view's own rule for
agents); when it says no, they are masked as in the view.

An evidence bundle is what a shop sends the platform's reviewers about one dispute (``ticket``, a
cached ticket record, and ``order``, its order from :func:`load_orders`, or None): a cover with the
shop, the dispute and order numbers, the customer, the claim and amount claimed, the platform's
deadline in the shop's time zone (named, with its UTC offset) and the contents with page numbers;
then the order snapshot (lines and totals as on an invoice, payment, status, customer and ship-to),
shipments with carrier, tracking number and times, the order's timeline, the conversation with the
customer oldest first, the refunds given, the attachments, and the customer's other orders and
tickets when ``history`` (``store.queries.customer_history``) is given. Only what the customer and
the shop said to each other is evidence (:func:`evidence_messages`): internal notes, system notes,
their attachments and the shop's own notes on the order are left out, and a footnote says so.
Attachments at a web address are listed, not fetched; an image file on this computer is printed,
named without its folders. Its sections flow over as many pages as they take (:class:`Piece`:
lines, table rows with their header repeated, pictures; headings kept with what follows). Owners,
merchants and agents may export one (:func:`may_export_evidence`): it holds a single order's amounts,
never a revenue figure. ``reveal(order)`` masks contact details as for packing slips.

Nothing here touches a widget: the functions run on a worker thread (QPainter on a QPdfWriter, like
on a QImage or QPrinter, may be used outside the GUI thread; only one thread paints one file).
``progress(done, total)`` is called after each order (after each page for an evidence bundle); when
``cancelled()`` turns true the partial file is removed and :class:`Cancelled` raised.

Known limit: Qt writes each glyph's Unicode value into the PDF for copy and search, and in CJK fonts
some ideographs share their glyph with a Kangxi radical (米 and ⽶); copying such a character from
the PDF may give the radical. What is printed and shown is right.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from sqlalchemy import select

from ..models import Base
from ..services.home import shop_zone
from ..services.orders import to_ship
from ..services.permissions import allowed
from ..sync.mapping import read_record
from . import formatting, i18n, labels, theme

DPI = 300
MM = DPI / 25.4
PAPER = theme.LIGHT
"""Paper is white whatever the window's theme: documents take the light theme's colours."""

LATIN_FAMILIES = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"]
CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                "WenQuanYi Micro Hei"]
"""Fonts tried in turn for each character (Qt falls back per character along the list), so Chinese names
and addresses print on Linux (Noto CJK), Windows (YaHei) and macOS (PingFang) alike. Latin fonts come
first in every language: digits drawn with a CJK font are shaped to glyphs Qt cannot name in the PDF,
so copying "88" from it would give nothing readable."""

TITLE_LINES = 3
"""A product title wraps over at most this many lines; the last one ends in an ellipsis."""

VARIANTS = Base.metadata.tables["variants"]


class Cancelled(Exception):
    """The user stopped the job; the partial file was removed."""


def may_print_invoices(role: str) -> bool:
    """Owners and merchants. An invoice run over many orders is a revenue statement, and agents see
    no revenue (they see single orders' amounts in the orders view, to refund)."""
    return allowed(role, "analytics:read")


def invoice_number(order: dict) -> str:
    """One invoice per order, numbered after it: ``INV-SO2611200000123``."""
    return f"INV-{order['number']}"


def load_orders(conn, order_ids: Iterable[int]) -> list[dict]:
    """The cached orders, in the order of ``order_ids`` (missing ones left out), each line with its
    ``variant`` name when the catalogue in the cache knows it and the line's title does not say it."""
    orders = [o for o in (read_record(conn, "orders", int(i)) for i in order_ids) if o is not None]
    variant_ids = {ln["variant_id"] for o in orders for ln in o["lines"]}
    names: dict[int, str] = {}
    ids = sorted(variant_ids)
    for start in range(0, len(ids), 500):
        names.update(conn.execute(select(VARIANTS.c.id, VARIANTS.c.title)
                                  .where(VARIANTS.c.id.in_(ids[start:start + 500]))).all())
    for o in orders:
        for ln in o["lines"]:
            name = names.get(ln["variant_id"])
            if name and name != ln["sku"] and name not in ln["title"]:
                ln["variant"] = name
    return orders


def write_packing_slips(orders: list[dict], shop: dict, path: str | os.PathLike, language: str | None = None, *,
                        reveal: Callable[[dict], bool] | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> int:
    """One packing slip per order into one PDF at ``path``; returns the number of pages."""
    return _Document(PackingSlip, shop, language, reveal).write(orders, Path(path), progress, cancelled)


def write_invoices(orders: list[dict], shop: dict, path: str | os.PathLike, language: str | None = None, *,
                   role: str, reveal: Callable[[dict], bool] | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> int:
    """One invoice per order into one PDF at ``path``; returns the number of pages.
    Raises PermissionError for a role that may not read revenue."""
    if not may_print_invoices(role):
        raise PermissionError(f"the {role} role may not print invoices")
    return _Document(Invoice, shop, language, reveal).write(orders, Path(path), progress, cancelled)


def may_export_evidence(role: str) -> bool:
    """Owners, merchants and agents: disputes are agents' work. The bundle holds one order's amounts
    (as the orders view shows agents, who refund) and never a revenue figure."""
    return allowed(role, "tickets:write")


def evidence_messages(ticket: dict) -> list[dict]:
    """What the customer and the shop said to each other, oldest first: the customer's messages and
    the agents' replies. Internal notes and the platform's system notes are the shop's own records
    and never go to the platform's reviewers."""
    said = [m for m in ticket.get("messages") or []
            if m.get("author_type") in ("customer", "agent") and m.get("kind") in ("message", "reply")]
    return sorted(said, key=lambda m: m.get("at") or "")


def write_evidence_bundle(ticket: dict, order: dict | None, shop: dict, path: str | os.PathLike,
                          language: str | None = None, *, role: str,
                          history: tuple[list[dict], list[dict]] | None = None,
                          reveal: Callable[[dict], bool] | None = None,
                          progress: Callable[[int, int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None) -> int:
    """A dispute's evidence for the platform's reviewers, one PDF at ``path``; returns the number of
    pages. ``ticket`` is the dispute (``read_record(conn, "tickets", id)``), ``order`` its order
    (``load_orders``) or None, ``history`` the customer's latest orders and tickets as
    ``store.queries.customer_history`` gives them (optional). ``progress(page, pages)`` is called
    after each page. Raises PermissionError for a role that may not export evidence."""
    if not may_export_evidence(role):
        raise PermissionError(f"the {role} role may not export dispute evidence")
    doc = _Document(EvidenceBundle, shop, language, reveal)
    doc.kind.progress = progress
    case = Case(ticket, order, history, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    return doc.write([case], Path(path), None, cancelled)


# --- words ---------------------------------------------------------------------------------------

_translators: dict[str, QTranslator | None] = {}
_translators_lock = threading.Lock()


def _language(language: str | None) -> str:
    if language is None:
        name = QLocale().name()  # i18n.install sets the default locale with the language
        return name if name in i18n.LANGUAGES else "en"
    return language if language in i18n.LANGUAGES else "en"


def _translator(language: str) -> QTranslator | None:
    """The compiled translation of a language, loaded once; None for English (the source strings).
    Documents may be written in another language than the window's, so they do not go through the
    application's installed translators."""
    with _translators_lock:
        if language not in _translators:
            translator = None
            qm = i18n.compiled(language) if language != "en" else None
            if qm is not None:
                translator = QTranslator()
                if not translator.load(str(qm)):
                    translator = None
                elif QCoreApplication.instance() is not None:
                    translator.moveToThread(QCoreApplication.instance().thread())
            _translators[language] = translator
        return _translators[language]


class _Words:
    def __init__(self, language: str) -> None:
        self.translator = _translator(language)

    def __call__(self, source: str, context: str = "documents") -> str:
        if self.translator is None:
            return source
        return self.translator.translate(context, source) or source

    def code(self, value: str | None, prefix: str = "") -> str:
        if not value:
            return ""
        key = prefix + value if prefix + value in labels.CODES else value
        source = labels.CODES.get(key)
        return self(source, "codes") if source else value.replace("_", " ").capitalize()


# --- layout --------------------------------------------------------------------------------------

@dataclass
class Cell:
    lines: list[tuple[str, QFont, QColor]] = field(default_factory=list)


@dataclass
class Column:
    title: str
    width: float            # px; 0: takes what the others leave
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass
class Row:
    cells: list[Cell]
    height: float
    box: bool = False       # a tick box in front (packing slips)


@dataclass(eq=False)
class Piece:
    """A part of a flowing document that is never cut: a line of text, a table row, an image."""
    height: float
    paint: Callable[[float], object]    # draws it with its top at y
    keep: bool = False                  # on the same page as the piece after it (a heading, a table's header)
    header: Piece | None = None         # drawn above it when it opens a page (its table's header)
    space: bool = False                 # blank space, dropped at the top of a page
    section: str = ""                   # a section of the contents starts here
    bar: QColor | None = None           # a coloured bar in the margin (whose message it is)


@dataclass
class Case:
    """What an evidence bundle is drawn from."""
    ticket: dict
    order: dict | None
    history: tuple[list[dict], list[dict]] | None
    exported_at: str


class _Document:
    """One PDF being written: fonts, measures, and the drawing both kinds of document share."""

    def __init__(self, kind: type[_Kind], shop: dict, language: str | None, reveal) -> None:
        self.shop = shop
        self.language = _language(language)
        self.tr = _Words(self.language)
        self.locale = QLocale("zh_CN" if self.language == "zh_CN" else "en_US")
        self.zone = shop_zone(shop)
        self.reveal = reveal or (lambda order: True)
        self.kind = kind(self)
        self.writer: QPdfWriter | None = None
        self.painter: QPainter | None = None
        self.cancelled: Callable[[], bool] | None = None

    # --- the file ---------------------------------------------------------------------------
    def write(self, orders: list, path: Path, progress, cancelled) -> int:
        if not orders:
            raise ValueError("no orders to write")
        writer = QPdfWriter(str(path))
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        writer.setCreator("Merchant Console")
        writer.setTitle(self.kind.file_title(orders))
        self.writer = writer
        self.fonts()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        self.painter = painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.width, self.height = writer.width(), writer.height()
        self.left, self.right = 16 * MM, self.width - 16 * MM
        self.top, self.bottom = 14 * MM, self.height - 20 * MM
        self.cancelled = cancelled
        pages = 0
        try:
            for done, order in enumerate(orders, 1):
                self.check()
                pages += self.kind.write(order, first=done == 1)
                if progress is not None:
                    progress(done, len(orders))
        except BaseException:
            painter.end()
            path.unlink(missing_ok=True)
            raise
        if not painter.end():
            raise OSError(f"cannot write {path}")
        return pages

    def check(self) -> None:
        """Raises :class:`Cancelled` when the user has stopped the job."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def fonts(self) -> None:
        families = LATIN_FAMILIES + CJK_FAMILIES

        def font(points: float, bold: bool = False) -> QFont:
            f = QFont()
            f.setFamilies(families)
            f.setPointSizeF(points)
            f.setBold(bold)
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # a PDF is scaled, not pixel-fitted
            return f

        self.body, self.bold = font(9), font(9, True)
        self.small, self.small_bold = font(7.5), font(7.5, True)
        self.heading = font(8, True)
        self.section = font(12, True)
        self.title = font(18, True)
        self.shop_font = font(13, True)
        self.stamp = font(12, True)
        self.ink, self.muted, self.rule = QColor(PAPER.text), QColor(PAPER.muted), QColor(PAPER.border)
        self.shade, self.alert = QColor(PAPER.alternate), QColor(PAPER.danger)

    # --- text -------------------------------------------------------------------------------
    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.writer).lineSpacing()

    def wrap(self, text: str, font: QFont, width: float, max_lines: int = 0) -> list[str]:
        """``text`` broken into lines that fit ``width`` (Chinese breaks between characters, a word
        longer than the line — a web address — anywhere); at most ``max_lines`` (0: any), the last
        one elided."""
        out: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in (text or "").split("\n"):
            layout = QTextLayout(paragraph, font, self.writer)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                out.append(paragraph[line.textStart():line.textStart() + line.textLength()].rstrip())
            layout.endLayout()
            if not paragraph:
                out.append("")
        if max_lines and len(out) > max_lines:
            rest = " ".join(out[max_lines - 1:])
            out = out[:max_lines - 1] + [QFontMetricsF(font, self.writer).elidedText(
                rest, Qt.TextElideMode.ElideRight, width)]
        return out

    def text(self, x: float, y: float, width: float, text: str, font: QFont, color: QColor | None = None,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, max_lines: int = 0, draw: bool = True) -> float:
        """Wrapped text with its top at ``y``; returns the y below it."""
        step = self.line_height(font)
        lines = self.wrap(text, font, width, max_lines)
        if draw:
            p = self.painter
            p.setFont(font)
            p.setPen(color or self.ink)
            for i, line in enumerate(lines):
                p.drawText(QRectF(x, y + i * step, width, step), int(align | Qt.AlignmentFlag.AlignVCenter), line)
        return y + step * len(lines)

    def hline(self, y: float, x0: float | None = None, x1: float | None = None, width: float = 1.5,
              color: QColor | None = None) -> None:
        self.painter.setPen(QPen(color or self.rule, width))
        self.painter.drawLine(QPointF(self.left if x0 is None else x0, y), QPointF(self.right if x1 is None else x1, y))

    def money(self, amount: int | None, currency: str) -> str:
        return formatting.money(amount, currency, self.locale)

    def day(self, iso: str | None) -> str:
        return formatting.date(iso, self.locale, self.zone)

    def moment(self, iso: str | None) -> str:
        """Date and time of day in the shop's time zone."""
        return formatting.timestamp(iso, self.locale, self.zone)

    def zone_name(self, iso: str | None = None) -> str:
        """The shop's time zone as reviewers elsewhere can read it: "Asia/Shanghai, UTC+08:00" (the
        offset on the day of ``iso``, else today)."""
        at = datetime.fromisoformat(iso) if iso else datetime.now(UTC)
        offset = at.astimezone(self.zone).utcoffset()
        minutes = round(offset.total_seconds() / 60) if offset is not None else 0
        sign = "+" if minutes >= 0 else "-"
        utc = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        name = getattr(self.zone, "key", None) or at.astimezone(self.zone).tzname()
        return f"{name}, {utc}" if name and name != utc else utc

    # --- parts of a page --------------------------------------------------------------------
    def header(self, order: dict, y: float, draw: bool) -> float:
        """First page: the shop on the left, the document's title and facts on the right."""
        half = (self.right - self.left) * 0.5
        left_y = self.text(self.left, y, half, self.shop.get("name") or "", self.shop_font, draw=draw)
        address = self.shop.get("address") or ""
        if isinstance(address, (list, tuple)):
            address = "\n".join(address)
        if address:
            left_y = self.text(self.left, left_y + 1 * MM, half, address, self.small, self.muted, draw=draw)
        x = self.left + half
        right_y = self.text(x, y, half, self.kind.title(), self.title, align=Qt.AlignmentFlag.AlignRight, draw=draw)
        right_y += 1.5 * MM
        label_w = half * 0.5
        for label, value in self.kind.facts(order):
            top = right_y
            right_y = self.text(x + half - label_w, top, label_w, value, self.body, align=Qt.AlignmentFlag.AlignRight,
                                draw=draw)
            self.text(x, top, half - label_w - 2 * MM, label, self.body, self.muted, Qt.AlignmentFlag.AlignRight,
                      draw=draw)
        y = max(left_y, right_y) + 4 * MM
        if draw:
            self.hline(y, width=3, color=self.ink)
        y += 4 * MM
        banner = self.kind.banner(order)
        if banner:
            height = self.text(self.left + 4 * MM, 0, self.right - self.left - 8 * MM, banner, self.stamp,
                               draw=False) + 4 * MM
            if draw:
                p = self.painter
                p.setPen(QPen(self.alert, 6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(self.left, y, self.right - self.left, height))
                self.text(self.left + 4 * MM, y + 2 * MM, self.right - self.left - 8 * MM, banner, self.stamp,
                          self.alert, draw=True)
            y += height + 4 * MM
        return self.blocks(self.kind.blocks(order), y, draw)

    def continued_header(self, order: dict, y: float, draw: bool) -> float:
        """Later pages of an order: one line saying whose they are."""
        half = (self.right - self.left) * 0.5
        left = self.text(self.left, y, half, self.shop.get("name") or "", self.bold, draw=draw)
        what = self.tr(QT_TRANSLATE_NOOP("documents", "%1 %2 (continued)")).replace("%1", self.kind.title()).replace("%2", self.kind.reference(order))
        right = self.text(self.left + half, y, half, what, self.bold, align=Qt.AlignmentFlag.AlignRight, draw=draw)
        y = max(left, right) + 2 * MM
        if draw:
            self.hline(y, width=3, color=self.ink)
        return y + 4 * MM

    def blocks(self, blocks: list[tuple[str, str]], y: float, draw: bool) -> float:
        """Side by side titled blocks of text (ship to, bill to...)."""
        gap = 8 * MM
        width = (self.right - self.left - gap * (len(blocks) - 1)) / len(blocks)
        bottom = y
        for i, (title, body) in enumerate(blocks):
            x = self.left + i * (width + gap)
            below = self.heading_text(x, y, width, title, draw)
            bottom = max(bottom, self.text(x, below + 1 * MM, width, body, self.body, draw=draw))
        return bottom + 6 * MM

    def heading_text(self, x: float, y: float, width: float, title: str, draw: bool) -> float:
        """A section's title, small and muted (capitals in English)."""
        return self.text(x, y, width, title.upper() if self.language == "en" else title, self.heading, self.muted,
                         draw=draw)

    def columns_at(self, columns: list[Column]) -> list[tuple[float, float]]:
        """Each column's x and width: fixed ones as given, the flexible one takes the rest."""
        pad = 2 * MM
        fixed = sum(c.width for c in columns)
        flexible = max(0.0, self.right - self.left - fixed)
        out, x = [], self.left
        for c in columns:
            w = c.width or flexible
            out.append((x + pad, w - 2 * pad))
            x += w
        return out

    def table_header(self, columns: list[Column], y: float, draw: bool) -> float:
        height = self.line_height(self.small_bold) + 3 * MM
        if draw:
            self.painter.fillRect(QRectF(self.left, y, self.right - self.left, height), self.shade)
            self.hline(y + height, width=2, color=self.muted)
            for (x, w), c in zip(self.columns_at(columns), columns, strict=True):
                self.text(x, y + 1.5 * MM, w, c.title, self.small_bold, self.muted, c.align, max_lines=1)
        return y + height

    def row(self, columns: list[Column], cells: list[Cell], box: bool = False) -> Row:
        height = 0.0
        for (x, w), c, cell in zip(self.columns_at(columns), columns, cells, strict=True):
            h = sum(self.line_height(font) * len(self.wrap(text, font, w, TITLE_LINES))
                    for text, font, _ in cell.lines)
            height = max(height, h)
        return Row(cells, height + 3.5 * MM, box)

    def draw_row(self, columns: list[Column], row: Row, y: float) -> float:
        for (x, w), c, cell in zip(self.columns_at(columns), columns, row.cells, strict=True):
            top = y + 1.75 * MM
            for text, font, color in cell.lines:
                top = self.text(x, top, w, text, font, color, c.align, TITLE_LINES)
        if row.box:
            side = 3.6 * MM
            x, w = self.columns_at(columns)[0]
            self.painter.setPen(QPen(self.ink, 2))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(QRectF(x, y + 1.75 * MM + (self.line_height(self.body) - side) / 2, side, side))
        self.hline(y + row.height, width=1)
        return y + row.height

    def footer(self, order: dict, page: int, pages: int) -> None:
        y = self.height - 13 * MM
        self.hline(y - 2 * MM, width=1)
        half = (self.right - self.left) * 0.5
        left = " · ".join(x for x in (self.shop.get("name"), self.kind.title(), self.kind.reference(order)) if x)
        self.text(self.left, y, half * 1.4, left, self.small, self.muted, max_lines=1)
        self.text(self.left + half, y, half, self.tr(QT_TRANSLATE_NOOP("documents", "Page %1 of %2")).replace("%1", str(page))
                  .replace("%2", str(pages)), self.small, self.muted, Qt.AlignmentFlag.AlignRight)

    # --- one order ------------------------------------------------------------------------
    def write_order(self, order: dict, first: bool) -> int:
        columns = self.kind.columns(order)
        rows = [self.row(columns, cells, self.kind.tick_boxes) for cells in self.kind.rows(order)]
        head = self.table_header(columns, 0, draw=False)
        top_first = self.header(order, self.top, draw=False)
        top_next = self.continued_header(order, self.top, draw=False)
        closing = self.kind.closing(order, 0, draw=False) + 6 * MM
        pages: list[list[Row]] = []
        current: list[Row] = []
        y = top_first + head
        for row in rows:
            if current and y + row.height > self.bottom:
                pages.append(current)
                current, y = [], top_next + head
            current.append(row)
            y += row.height
        if current and y + closing > self.bottom:
            pages.append(current)
            current = []
        pages.append(current)

        for number, page_rows in enumerate(pages, 1):
            if not (first and number == 1):
                self.writer.newPage()
            y = self.header(order, self.top, True) if number == 1 else self.continued_header(order, self.top, True)
            if page_rows:
                y = self.table_header(columns, y, True)
                for row in page_rows:
                    y = self.draw_row(columns, row, y)
            if number == len(pages):
                self.kind.closing(order, y + 6 * MM, draw=True)
            self.footer(order, number, len(pages))
        return len(pages)

    # --- pieces both kinds use ------------------------------------------------------------
    def address(self, order: dict) -> str:
        a = order.get("shipping_address") or {}
        reveal = self.reveal(order)
        hide = (lambda s: s) if reveal else formatting.mask_text
        phone = a.get("phone") if reveal else formatting.mask_phone(a.get("phone"))
        if a.get("country") == "CN":  # largest to smallest, as Chinese addresses are written
            place = " ".join(x for x in (a.get("province"), a.get("city"), a.get("district")) if x)
            street = " ".join(x for x in (hide(a.get("line1")), hide(a.get("line2"))) if x)
            lines = [a.get("name"), phone, place, street, hide(a.get("postal_code")), a.get("country")]
        else:
            place = ", ".join(x for x in (a.get("district"), a.get("city"), a.get("province")) if x)
            lines = [a.get("name"), phone, hide(a.get("line1")), hide(a.get("line2")),
                     " ".join(x for x in (place, hide(a.get("postal_code"))) if x), a.get("country")]
        return "\n".join(x for x in lines if x)

    def item_cell(self, line: dict) -> Cell:
        cell = Cell([(line.get("title") or "", self.body, self.ink)])
        if line.get("variant"):
            cell.lines.append((line["variant"], self.small, self.muted))
        return cell

    def plain(self, text: str, font: QFont | None = None, color: QColor | None = None) -> Cell:
        return Cell([(text, font or self.body, color or self.ink)])

    # --- flowing documents: pieces laid onto as many pages as they take ---------------------
    def block(self, draw_at: Callable[[float, bool], float], **options) -> Piece:
        """A part drawn by ``draw_at(y, draw) -> y below it`` (how the parts above measure and draw),
        kept whole."""
        return Piece(draw_at(0.0, False), lambda y: draw_at(y, True), **options)

    def spacer(self, height: float) -> Piece:
        return Piece(height, lambda y: None, space=True)

    def lines(self, text: str, font: QFont | None = None, color: QColor | None = None, indent: float = 0.0,
              bar: QColor | None = None, keep_first: bool = False) -> list[Piece]:
        """A paragraph as one piece per line, so that it may run onto the next page; ``keep_first``:
        its first line stays with the second."""
        font = font or self.body
        x, width, step = self.left + indent, self.right - self.left - indent, self.line_height(font)
        out = []
        for line in self.wrap(text, font, width):
            def paint(y: float, line: str = line) -> None:
                self.text(x, y, width, line, font, color, max_lines=1)
            out.append(Piece(step, paint, bar=bar))
        if keep_first and len(out) > 1:
            out[0].keep = True
        return out

    def table(self, columns: list[Column], rows: list[list[Cell]]) -> list[Piece]:
        """A table whose header is repeated on every page it runs onto."""
        head = self.block(lambda y, draw: self.table_header(columns, y, draw), keep=True)
        out = [head]
        for cells in rows:
            row = self.row(columns, cells)
            out.append(Piece(row.height, lambda y, row=row: self.draw_row(columns, row, y), header=head))
        return out

    def pairs(self, pairs: list[tuple[str, str]], label_width: float = 42 * MM) -> list[Piece]:
        """Facts as a two-column list: a muted name, its value."""
        columns = [Column("", label_width), Column("", 0)]
        out = []
        for label, value in pairs:
            row = self.row(columns, [self.plain(label, color=self.muted), self.plain(value)])
            out.append(Piece(row.height, lambda y, row=row: self.draw_row(columns, row, y)))
        return out

    def image(self, image: QImage, max_height: float) -> Piece:
        """A picture scaled to the text width and ``max_height`` (never more than 3x its own size),
        down-sampled to the pixels it takes on paper so that a phone photo does not bloat the file."""
        scale = min((self.right - self.left) / image.width(), max_height / image.height(), 3.0)
        w, h = image.width() * scale, image.height() * scale
        if scale < 1:
            image = image.scaled(round(w), round(h), Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)

        def paint(y: float) -> None:
            frame = QRectF(self.left, y + 1.5 * MM, w, h)
            self.painter.drawImage(frame, image)
            self.painter.setPen(QPen(self.rule, 1))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(frame)
        return Piece(h + 3.5 * MM, paint)

    def paginate(self, pieces: list[Piece], top: float) -> list[list[tuple[Piece, float]]]:
        """Pieces onto pages from ``top`` to the bottom margin: each page's pieces with their y. A
        piece that does not fit starts the next page, with the one it keeps with and its table's
        header; blank space at the top of a page is dropped."""
        pages: list[list[tuple[Piece, float]]] = [[]]
        y = top
        for i, piece in enumerate(pieces):
            if piece.space and not pages[-1]:
                continue
            need, j = piece.height, i
            while pieces[j].keep and j + 1 < len(pieces):
                j += 1
                need += pieces[j].height
            if pages[-1] and y + need > self.bottom:
                pages.append([])
                y = top
                if piece.space:
                    continue
                if piece.header is not None:
                    pages[-1].append((piece.header, y))
                    y += piece.header.height
            pages[-1].append((piece, y))
            y += piece.height
        return pages

    def paint(self, page: list[tuple[Piece, float]]) -> None:
        for piece, y in page:
            if piece.bar is not None:
                self.painter.fillRect(QRectF(self.left, y, 0.9 * MM, piece.height), piece.bar)
            piece.paint(y)


class _Kind:
    """What one kind of document prints; :class:`_Document` lays it out."""

    tick_boxes = False

    def __init__(self, doc: _Document) -> None:
        self.doc = doc
        self.tr = doc.tr

    def write(self, order: dict, first: bool) -> int:
        """Draws one order's pages (after a new page unless ``first``); returns how many."""
        return self.doc.write_order(order, first)

    def title(self) -> str: ...
    def reference(self, order: dict) -> str: ...
    def file_title(self, orders: list[dict]) -> str:
        numbers = [self.reference(o) for o in orders[:3]] + (["…"] if len(orders) > 3 else [])
        return f"{self.title()} {', '.join(numbers)}"
    def facts(self, order: dict) -> list[tuple[str, str]]: ...
    def banner(self, order: dict) -> str: ...
    def blocks(self, order: dict) -> list[tuple[str, str]]: ...
    def columns(self, order: dict) -> list[Column]: ...
    def rows(self, order: dict) -> list[list[Cell]]: ...
    def closing(self, order: dict, y: float, draw: bool) -> float: ...


class PackingSlip(_Kind):
    """What goes in the parcel: who it is for and what to pick, without a single price."""

    tick_boxes = True

    def title(self) -> str:
        return self.tr(QT_TRANSLATE_NOOP("documents", "Packing slip"))

    def reference(self, order: dict) -> str:
        return order["number"]

    def facts(self, order: dict) -> list[tuple[str, str]]:
        tr = self.tr
        facts = [(tr(QT_TRANSLATE_NOOP("documents", "Order")), order["number"]),
                 (tr(QT_TRANSLATE_NOOP("documents", "Order date")), self.doc.day(order["created_at"])),
                 (tr(QT_TRANSLATE_NOOP("documents", "Channel")), tr.code(order.get("channel")))]
        if order.get("payment_method") == "cash_on_delivery":
            facts.append((tr(QT_TRANSLATE_NOOP("documents", "Payment")), tr.code("cash_on_delivery")))
        return facts

    def banner(self, order: dict) -> str:
        tr = self.tr
        if order["status"] == "cancelled":
            return tr(QT_TRANSLATE_NOOP("documents", "CANCELLED — do not ship")) + _reason(tr, order)
        if order.get("financial_status") == "refunded":
            return tr(QT_TRANSLATE_NOOP("documents", "REFUNDED in full — do not ship"))
        return ""

    def blocks(self, order: dict) -> list[tuple[str, str]]:
        return [(self.tr(QT_TRANSLATE_NOOP("documents", "Ship to")), self.doc.address(order)),
                (self.tr(QT_TRANSLATE_NOOP("documents", "Shipments")), self.shipments(order))]

    def columns(self, order: dict) -> list[Column]:
        tr, right = self.tr, Qt.AlignmentFlag.AlignRight
        return [Column("", 9 * MM), Column(tr(QT_TRANSLATE_NOOP("documents", "SKU")), 38 * MM),
                Column(tr(QT_TRANSLATE_NOOP("documents", "Item")), 0),
                Column(tr(QT_TRANSLATE_NOOP("documents", "Ordered")), 20 * MM, right),
                Column(tr(QT_TRANSLATE_NOOP("documents", "Shipped")), 20 * MM, right),
                Column(tr(QT_TRANSLATE_NOOP("documents", "To ship")), 20 * MM, right)]

    def rows(self, order: dict) -> list[list[Cell]]:
        d = self.doc
        cancelled = order["status"] == "cancelled"
        out = []
        for line in order["lines"]:
            left = 0 if cancelled else to_ship(line)
            out.append([Cell(), d.plain(line["sku"]), d.item_cell(line),
                        d.plain(formatting.integer(line["quantity"], d.locale)),
                        d.plain(formatting.integer(line.get("fulfilled_quantity", 0), d.locale), color=d.muted),
                        d.plain(formatting.integer(left, d.locale), d.bold)])
        return out

    def closing(self, order: dict, y: float, draw: bool) -> float:
        d, tr = self.doc, self.tr
        units = 0 if order["status"] == "cancelled" else sum(to_ship(ln) for ln in order["lines"])
        half = (d.right - d.left) / 2
        y = d.text(d.left + half, y, half - 2 * MM, tr(QT_TRANSLATE_NOOP("documents", "Units to ship: %1"))
                   .replace("%1", formatting.integer(units, d.locale)), d.bold, align=Qt.AlignmentFlag.AlignRight,
                   draw=draw) + 5 * MM
        # the note area: what the customer asked for, and room to write by hand
        notes = [e["message"] for e in order.get("events") or []
                 if e.get("type") == "note" and e.get("actor") == "customer"]
        below = d.heading_text(d.left, y, half, tr(QT_TRANSLATE_NOOP("documents", "Notes")), draw)
        inner = d.right - d.left - 6 * MM
        text_h = sum(d.text(0, 0, inner, n, d.body, draw=False) for n in notes)
        box_h = max(30 * MM, text_h + 12 * MM)
        top = below + 1 * MM
        if draw:
            d.painter.setPen(QPen(d.rule, 2))
            d.painter.setBrush(Qt.BrushStyle.NoBrush)
            d.painter.drawRect(QRectF(d.left, top, d.right - d.left, box_h))
            ty = top + 3 * MM
            for n in notes:
                ty = d.text(d.left + 3 * MM, ty, inner, n, d.body, draw=True)
        return top + box_h

    def shipments(self, order: dict) -> str:
        tr = self.tr
        lines = [tr(QT_TRANSLATE_NOOP("documents", "%1, tracking %2, %3")).replace("%1", f["carrier"])
                 .replace("%2", f["tracking_number"]).replace("%3", self.doc.day(f["shipped_at"]))
                 for f in order.get("fulfilments") or []]
        return "\n".join(lines) or tr(QT_TRANSLATE_NOOP("documents", "Nothing shipped yet"))


class Invoice(_Kind):
    """What was sold, for how much, and what was paid and refunded."""

    def title(self) -> str:
        return self.tr(QT_TRANSLATE_NOOP("documents", "Invoice"))

    def reference(self, order: dict) -> str:
        return invoice_number(order)

    def facts(self, order: dict) -> list[tuple[str, str]]:
        tr, d = self.tr, self.doc
        return [(tr(QT_TRANSLATE_NOOP("documents", "Invoice number")), invoice_number(order)),
                (tr(QT_TRANSLATE_NOOP("documents", "Invoice date")), d.day(order.get("paid_at") or order["created_at"])),
                (tr(QT_TRANSLATE_NOOP("documents", "Order")), order["number"]),
                (tr(QT_TRANSLATE_NOOP("documents", "Order date")), d.day(order["created_at"])),
                (tr(QT_TRANSLATE_NOOP("documents", "Payment")), tr.code(order.get("payment_method"))),
                (tr(QT_TRANSLATE_NOOP("documents", "Status")), tr.code(order.get("financial_status")))]

    def banner(self, order: dict) -> str:
        tr, d = self.tr, self.doc
        currency = _currency(order, d.shop)
        if order["status"] == "cancelled":
            return tr(QT_TRANSLATE_NOOP("documents", "CANCELLED")) + _reason(tr, order)
        if order.get("financial_status") == "refunded":
            return tr(QT_TRANSLATE_NOOP("documents", "REFUNDED: %1")).replace(
                "%1", d.money(order.get("refunded_total"), currency))
        if order.get("financial_status") == "partially_refunded":
            return tr(QT_TRANSLATE_NOOP("documents", "PARTIALLY REFUNDED: %1")).replace(
                "%1", d.money(order.get("refunded_total"), currency))
        return ""

    def blocks(self, order: dict) -> list[tuple[str, str]]:
        return [(self.tr(QT_TRANSLATE_NOOP("documents", "Bill to")), self.buyer(order)),
                (self.tr(QT_TRANSLATE_NOOP("documents", "Ship to")), self.doc.address(order))]

    def columns(self, order: dict) -> list[Column]:
        tr, right = self.tr, Qt.AlignmentFlag.AlignRight
        columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "SKU")), 34 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Item")), 0),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Unit price")), 25 * MM, right),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Qty")), 13 * MM, right)]
        if any(ln.get("discount") for ln in order["lines"]):
            columns.append(Column(tr(QT_TRANSLATE_NOOP("documents", "Discount")), 23 * MM, right))
        columns.append(Column(tr(QT_TRANSLATE_NOOP("documents", "Amount")), 27 * MM, right))
        return columns

    def rows(self, order: dict) -> list[list[Cell]]:
        d = self.doc
        currency = _currency(order, d.shop)
        discounts = any(ln.get("discount") for ln in order["lines"])
        out = []
        for line in order["lines"]:
            cells = [d.plain(line["sku"]), d.item_cell(line), d.plain(d.money(line["unit_price"], currency)),
                     d.plain(formatting.integer(line["quantity"], d.locale))]
            if discounts:
                cells.append(d.plain("−" + d.money(line["discount"], currency) if line.get("discount") else ""))
            cells.append(d.plain(d.money(line["total"], currency)))
            out.append(cells)
        return out

    def totals(self, order: dict, y: float, draw: bool) -> float:
        """Subtotal to amount due in a box on the right, and the currency under it."""
        d, tr = self.doc, self.tr
        currency = _currency(order, d.shop)
        money = lambda amount: d.money(amount, currency)
        rows: list[tuple[str, str, bool, QColor | None]] = [
            (tr(QT_TRANSLATE_NOOP("documents", "Subtotal")), money(order["subtotal"]), False, None)]
        if order.get("discount_total"):
            label = tr(QT_TRANSLATE_NOOP("documents", "Discount"))
            if order.get("coupon_code"):
                label = tr(QT_TRANSLATE_NOOP("documents", "Discount (coupon %1)")).replace("%1", order["coupon_code"])
            rows.append((label, "−" + money(order["discount_total"]), False, None))
        rows.append((tr(QT_TRANSLATE_NOOP("documents", "Shipping")), money(order.get("shipping_total") or 0), False,
                     None))
        if order.get("tax_total"):
            rows.append((tr(QT_TRANSLATE_NOOP("documents", "Tax")), money(order["tax_total"]), False, None))
        rows.append((tr(QT_TRANSLATE_NOOP("documents", "Total")), money(order["total"]), True, None))
        rows.append((tr(QT_TRANSLATE_NOOP("documents", "Paid")), money(order.get("paid_total") or 0), False, None))
        refunded = order.get("refunded_total") or 0
        if refunded:
            rows.append((tr(QT_TRANSLATE_NOOP("documents", "Refunded")), "−" + money(refunded), False, d.alert))
            rows.append((tr(QT_TRANSLATE_NOOP("documents", "Net paid")), money((order.get("paid_total") or 0) - refunded),
                         True, None))
        due = order["total"] - (order.get("paid_total") or 0)
        if due > 0 and order["status"] != "cancelled":
            rows.append((tr(QT_TRANSLATE_NOOP("documents", "Amount due")), money(due), True, None))
        box_w = 88 * MM
        x = d.right - box_w
        ty = y
        for label, value, strong, color in rows:
            font = d.bold if strong else d.body
            if strong and draw:
                d.hline(ty, x, d.right, width=1.5, color=d.muted)
            top = ty + (1 * MM if strong else 0)
            d.text(x, top, box_w * 0.55, label, font, color, draw=draw)
            ty = d.text(x + box_w * 0.45, top, box_w * 0.55, value, font, color, Qt.AlignmentFlag.AlignRight,
                        draw=draw) + 0.6 * MM
        ty = d.text(x, ty + 1 * MM, box_w, tr(QT_TRANSLATE_NOOP("documents", "Amounts in %1")).replace("%1", currency),
                    d.small, d.muted, Qt.AlignmentFlag.AlignRight, draw=draw)
        return ty

    def closing(self, order: dict, y: float, draw: bool) -> float:
        d, tr = self.doc, self.tr
        currency = _currency(order, d.shop)
        money = lambda amount: d.money(amount, currency)
        width = d.right - d.left
        y = self.totals(order, y, draw) + 6 * MM
        refunds = order.get("refunds") or []
        if refunds:
            y = d.heading_text(d.left, y, width, tr(QT_TRANSLATE_NOOP("documents", "Refunds")), draw) + 1 * MM
            for r in refunds:
                top = y
                y = d.text(d.left, top, width - 40 * MM, f"{d.day(r['created_at'])}  {r.get('reason') or ''}", d.body,
                           draw=draw)
                d.text(d.right - 40 * MM, top, 40 * MM, "−" + money(r["amount"]), d.body, d.alert,
                       Qt.AlignmentFlag.AlignRight, draw=draw)
        return y

    def buyer(self, order: dict) -> str:
        c = order.get("customer") or {}
        reveal = self.doc.reveal(order)
        email = c.get("email") if reveal else formatting.mask_email(c.get("email"))
        phone = c.get("phone") if reveal else formatting.mask_phone(c.get("phone"))
        return "\n".join(x for x in (c.get("name"), email, phone) if x)


class EvidenceBundle(_Kind):
    """A dispute's evidence for the platform's reviewers: a cover with the facts of the claim, the
    platform's deadline and the contents, then the order, its shipments, its timeline, the
    conversation with the customer, the refunds already given and the attachments, flowing over as
    many pages as they take."""

    progress: Callable[[int, int], None] | None = None

    def __init__(self, doc: _Document) -> None:
        super().__init__(doc)
        self.invoice = Invoice(doc)   # the order's lines and totals are drawn as on an invoice

    def title(self) -> str:
        return self.tr(QT_TRANSLATE_NOOP("documents", "Dispute evidence"))

    def reference(self, case: Case) -> str:
        return case.ticket["number"]

    def facts(self, case: Case) -> list[tuple[str, str]]:
        tr, d, t = self.tr, self.doc, case.ticket
        return [(tr(QT_TRANSLATE_NOOP("documents", "Dispute")), t["number"]),
                (tr(QT_TRANSLATE_NOOP("documents", "Order")), _order_number(case) or "—"),
                (tr(QT_TRANSLATE_NOOP("documents", "Opened")), d.day(t.get("created_at"))),
                (tr(QT_TRANSLATE_NOOP("documents", "Dispute status")), tr.code(t.get("status"))),
                (tr(QT_TRANSLATE_NOOP("documents", "Exported")), d.day(case.exported_at))]

    def banner(self, case: Case) -> str:
        return ""

    def blocks(self, case: Case) -> list[tuple[str, str]]:
        tr, d, t = self.tr, self.doc, case.ticket
        customer = self.invoice.buyer(case.order) if case.order else t.get("customer_name") or ""
        claim = [t.get("subject") or "", tr.code(t.get("type"))]
        if t.get("requested_amount") is not None:
            claim.append(tr(QT_TRANSLATE_NOOP("documents", "Amount claimed: %1")).replace(
                "%1", d.money(t["requested_amount"], _case_currency(case, d.shop))))
        if t.get("rma"):
            claim.append(tr(QT_TRANSLATE_NOOP("documents", "Return %1")).replace("%1", t["rma"]["number"]))
        deadline = t.get("dispute_deadline")
        due = f"{d.moment(deadline)}\n{d.zone_name(deadline)}" if deadline else \
            tr(QT_TRANSLATE_NOOP("documents", "The platform has not set one"))
        return [(tr(QT_TRANSLATE_NOOP("documents", "Customer")), customer),
                (tr(QT_TRANSLATE_NOOP("documents", "Claim")), "\n".join(x for x in claim if x)),
                (tr(QT_TRANSLATE_NOOP("documents", "Platform deadline")), due)]

    # --- the pages ----------------------------------------------------------------------------
    def write(self, case: Case, first: bool) -> int:
        d = self.doc
        sections = self.sections(case)
        flow: list[Piece] = []
        for number, (title, pieces) in enumerate(sections, 1):
            if flow:
                flow.append(d.spacer(7 * MM))
            flow.append(self.heading(f"{number}  {title}", title))
            flow.extend(pieces)
        pages = d.paginate(flow, d.continued_header(case, d.top, draw=False))
        starts: dict[str, int] = {}
        for number, page in enumerate(pages, 2):
            for piece, _ in page:
                if piece.section:
                    starts.setdefault(piece.section, number)
        total = len(pages) + 1
        if not first:
            d.writer.newPage()
        self.cover(case, [(f"{n}  {title}", starts.get(title, 0)) for n, (title, _) in enumerate(sections, 1)])
        d.footer(case, 1, total)
        self.report(1, total)
        for number, page in enumerate(pages, 2):
            d.check()
            d.writer.newPage()
            d.continued_header(case, d.top, draw=True)
            d.paint(page)
            d.footer(case, number, total)
            self.report(number, total)
        return total

    def report(self, page: int, pages: int) -> None:
        if self.progress is not None:
            self.progress(page, pages)

    def heading(self, text: str, section: str) -> Piece:
        d = self.doc

        def draw_at(y: float, draw: bool) -> float:
            below = d.text(d.left, y, d.right - d.left, text, d.section, draw=draw) + 1 * MM
            if draw:
                d.hline(below, width=2, color=d.ink)
            return below + 3 * MM
        return d.block(draw_at, keep=True, section=section)

    def cover(self, case: Case, contents: list[tuple[str, int]]) -> None:
        d, tr = self.doc, self.tr
        y = d.header(case, d.top, True) + 2 * MM
        columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "Contents")), 0),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Page")), 20 * MM, Qt.AlignmentFlag.AlignRight)]
        y = d.table_header(columns, y, True)
        for title, page in contents:
            y = d.draw_row(columns, d.row(columns, [d.plain(title), d.plain(str(page) if page else "")]), y)
        y += 8 * MM
        about = [tr(QT_TRANSLATE_NOOP("documents", "Exported from Merchant Console on %1 for the platform's review "
                                                   "of this dispute.")).replace("%1", d.moment(case.exported_at)),
                 tr(QT_TRANSLATE_NOOP("documents", "Times are the shop's: %1.")).replace(
                     "%1", d.zone_name(case.ticket.get("dispute_deadline"))),
                 tr(QT_TRANSLATE_NOOP("documents", "The conversation holds what the customer and the shop wrote to "
                                                   "each other; the shop's internal notes and system notes are not "
                                                   "part of this evidence."))]
        for paragraph in about:
            y = d.text(d.left, y, d.right - d.left, paragraph, d.small, d.muted) + 1.5 * MM

    def sections(self, case: Case) -> list[tuple[str, list[Piece]]]:
        tr = self.tr
        out = [(tr(QT_TRANSLATE_NOOP("documents", "Order snapshot")), self.snapshot(case)),
               (tr(QT_TRANSLATE_NOOP("documents", "Shipments and tracking")), self.shipments(case)),
               (tr(QT_TRANSLATE_NOOP("documents", "Order timeline")), self.timeline(case)),
               (tr(QT_TRANSLATE_NOOP("documents", "Conversation with the customer")), self.conversation(case)),
               (tr(QT_TRANSLATE_NOOP("documents", "Refunds given")), self.refunds(case)),
               (tr(QT_TRANSLATE_NOOP("documents", "Attachments and photos")), self.attachments(case))]
        if case.history is not None:
            out.append((tr(QT_TRANSLATE_NOOP("documents", "The customer's other orders and tickets")),
                        self.history(case)))
        return out

    def none(self, text: str) -> list[Piece]:
        return self.doc.lines(text, color=self.doc.muted)

    def no_order(self) -> list[Piece]:
        return self.none(self.tr(QT_TRANSLATE_NOOP("documents", "No order is linked to this dispute.")))

    # --- the sections -------------------------------------------------------------------------
    def snapshot(self, case: Case) -> list[Piece]:
        d, tr, o = self.doc, self.tr, case.order
        if o is None:
            return self.no_order()
        payment = " · ".join(x for x in (tr.code(o.get("payment_method")), tr.code(o.get("financial_status"))) if x)
        facts = [(tr(QT_TRANSLATE_NOOP("documents", "Order")), o["number"]),
                 (tr(QT_TRANSLATE_NOOP("documents", "Placed")), d.moment(o.get("created_at"))),
                 (tr(QT_TRANSLATE_NOOP("documents", "Order status")), tr.code(o.get("status"))),
                 (tr(QT_TRANSLATE_NOOP("documents", "Payment")), payment)]
        if o.get("paid_at"):
            facts.append((tr(QT_TRANSLATE_NOOP("documents", "Paid")), d.moment(o["paid_at"])))
        facts.append((tr(QT_TRANSLATE_NOOP("documents", "Channel")), tr.code(o.get("channel"))))
        if o.get("cancelled_at"):
            facts.append((tr(QT_TRANSLATE_NOOP("documents", "Cancelled")),
                          " · ".join(x for x in (d.moment(o["cancelled_at"]), o.get("cancel_reason")) if x)))
        blocks = [(tr(QT_TRANSLATE_NOOP("documents", "Customer")), self.invoice.buyer(o)),
                  (tr(QT_TRANSLATE_NOOP("documents", "Ship to")), d.address(o))]
        return [*d.pairs(facts), d.spacer(5 * MM), d.block(lambda y, draw: d.blocks(blocks, y, draw)),
                *d.table(self.invoice.columns(o), self.invoice.rows(o)), d.spacer(4 * MM),
                d.block(lambda y, draw: self.invoice.totals(o, y, draw))]

    def shipments(self, case: Case) -> list[Piece]:
        d, tr, o = self.doc, self.tr, case.order
        if o is None:
            return self.no_order()
        fulfilments = o.get("fulfilments") or []
        if not fulfilments:
            return self.none(tr(QT_TRANSLATE_NOOP("documents", "Nothing shipped yet")))
        columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "Carrier")), 27 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Tracking number")), 38 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Parcel status")), 25 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Items")), 0),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Shipped on")), 31 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Delivered on")), 31 * MM)]
        rows = [[d.plain(f["carrier"]), d.plain(f["tracking_number"], d.bold),
                 d.plain(tr.code(f.get("status"), "shipment_")), d.plain(self.items(o, f.get("lines"))),
                 d.plain(d.moment(f.get("shipped_at"))), d.plain(d.moment(f.get("delivered_at")))]
                for f in sorted(fulfilments, key=lambda f: f.get("shipped_at") or "")]
        return d.table(columns, rows)

    def timeline(self, case: Case) -> list[Piece]:
        d, tr, o = self.doc, self.tr, case.order
        if o is None:
            return self.no_order()
        # the shop's own notes on the order are internal, as a ticket's are; the customer's are evidence
        events = sorted((e for e in o.get("events") or [] if e.get("type") != "note" or e.get("actor") == "customer"),
                        key=lambda e: e.get("at") or "")
        columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "When")), 32 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Event")), 26 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Details")), 0),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "By")), 26 * MM)]
        rows = [[d.plain(d.moment(e.get("at"))), d.plain(tr.code(e.get("type"), "event_")),
                 d.plain(e.get("message") or ""), d.plain(self.actor(e.get("actor")), color=d.muted)]
                for e in events]
        return d.table(columns, rows) if rows else self.none(tr(QT_TRANSLATE_NOOP("documents", "No events.")))

    def conversation(self, case: Case) -> list[Piece]:
        d, tr = self.doc, self.tr
        messages = evidence_messages(case.ticket)
        note = d.lines(tr(QT_TRANSLATE_NOOP("documents", "* Internal notes and system notes are the shop's own "
                                                         "records: they are left out of this evidence.")),
                       d.small, d.muted)
        if not messages:
            return [*self.none(tr(QT_TRANSLATE_NOOP("documents", "No messages with the customer."))), *note]
        out = d.lines(tr(QT_TRANSLATE_NOOP("documents", "What the customer and the shop wrote, oldest first *")),
                      d.small, d.muted)
        customer_bar, shop_bar = QColor(PAPER.muted), QColor(PAPER.info)
        indent = 3.5 * MM
        for m in messages:
            customer = m.get("author_type") == "customer"
            who = tr(QT_TRANSLATE_NOOP("documents", "Customer")) if customer else \
                tr(QT_TRANSLATE_NOOP("documents", "Shop"))
            bar = customer_bar if customer else shop_bar
            head = " · ".join(x for x in (m.get("author"), who, d.moment(m.get("at"))) if x)
            out.append(d.spacer(3 * MM))
            [*first, last] = d.lines(head, d.small_bold, indent=indent, bar=bar) or [d.spacer(0)]
            last.keep = True   # the head stays with the message's first line
            out += [*first, last]
            out += d.lines(m.get("body") or "", indent=indent, bar=bar)
            for url in m.get("attachments") or []:
                out += d.lines(tr(QT_TRANSLATE_NOOP("documents", "Attachment: %1")).replace("%1", _shown(url)), d.small,
                               d.muted, indent=indent, bar=bar)
        return [*out, d.spacer(4 * MM), *note]

    def refunds(self, case: Case) -> list[Piece]:
        d, tr, o = self.doc, self.tr, case.order
        if o is None:
            return self.no_order()
        refunds = sorted(o.get("refunds") or [], key=lambda r: r.get("created_at") or "")
        if not refunds:
            return self.none(tr(QT_TRANSLATE_NOOP("documents", "No refund has been given on this order.")))
        currency = _currency(o, d.shop)
        right = Qt.AlignmentFlag.AlignRight
        columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "When")), 32 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Reason")), 0),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Items")), 42 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "By")), 24 * MM),
                   Column(tr(QT_TRANSLATE_NOOP("documents", "Amount")), 28 * MM, right)]
        restocked = tr(QT_TRANSLATE_NOOP("documents", "restocked"))
        rows = [[d.plain(d.moment(r.get("created_at"))), d.plain(r.get("reason") or ""),
                 d.plain("\n".join(x for x in (self.items(o, r.get("lines")), restocked if r.get("restock") else "")
                                   if x)),
                 d.plain(self.actor(r.get("actor")), color=d.muted), d.plain(d.money(r["amount"], currency))]
                for r in refunds]
        total = tr(QT_TRANSLATE_NOOP("documents", "Refunded in all: %1")).replace(
            "%1", d.money(sum(r["amount"] for r in refunds), currency))
        return [*d.table(columns, rows), d.spacer(2 * MM),
                d.block(lambda y, draw: d.text(d.left, y, d.right - d.left, total, d.bold, align=right, draw=draw))]

    def attachments(self, case: Case) -> list[Piece]:
        d, tr = self.doc, self.tr
        files = [(m, url) for m in evidence_messages(case.ticket) for url in m.get("attachments") or []]
        if not files:
            return self.none(tr(QT_TRANSLATE_NOOP("documents", "No attachments.")))
        out = d.lines(tr(QT_TRANSLATE_NOOP("documents", "Photos kept on this computer are printed below. Files at a "
                                                        "web address are listed only: reviewers can open them from "
                                                        "the platform's ticket.")), d.small, d.muted)
        for m, url in files:
            out.append(d.spacer(3 * MM))
            image, note = _attachment(url)
            who = " · ".join(x for x in (m.get("author"), d.moment(m.get("at"))) if x)
            head = d.lines(_shown(url), d.bold, keep_first=True)
            head[-1].keep = True
            out += head
            remark = {"web": QT_TRANSLATE_NOOP("documents", "A web address: not included in this file."),
                      "missing": QT_TRANSLATE_NOOP("documents", "Not found on this computer: not included."),
                      "not_image": QT_TRANSLATE_NOOP("documents", "Not a picture: not included.")}.get(note)
            out += d.lines(who + (" · " + tr(remark) if remark else ""), d.small, d.muted)
            if image is not None:
                out[-1].keep = True
                out.append(d.image(image, 110 * MM))
        return out

    def history(self, case: Case) -> list[Piece]:
        d, tr = self.doc, self.tr
        orders, tickets = case.history or ([], [])
        orders = [o for o in orders if o.get("id") != case.ticket.get("order_id")]
        tickets = [t for t in tickets if t.get("id") != case.ticket.get("id")]
        if not orders and not tickets:
            return self.none(tr(QT_TRANSLATE_NOOP("documents", "None in the shop's records.")))
        out: list[Piece] = []
        if orders:
            columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "Order")), 50 * MM),
                       Column(tr(QT_TRANSLATE_NOOP("documents", "Placed")), 40 * MM),
                       Column(tr(QT_TRANSLATE_NOOP("documents", "Order status")), 0)]
            out += d.table(columns, [[d.plain(o["number"]), d.plain(d.day(o.get("created_at"))),
                                      d.plain(tr.code(o.get("status")))] for o in orders])
        if tickets:
            if out:
                out.append(d.spacer(5 * MM))
            columns = [Column(tr(QT_TRANSLATE_NOOP("documents", "Ticket")), 30 * MM),
                       Column(tr(QT_TRANSLATE_NOOP("documents", "Opened")), 26 * MM),
                       Column(tr(QT_TRANSLATE_NOOP("documents", "Type")), 28 * MM),
                       Column(tr(QT_TRANSLATE_NOOP("documents", "Ticket status")), 28 * MM),
                       Column(tr(QT_TRANSLATE_NOOP("documents", "Subject")), 0)]
            out += d.table(columns, [[d.plain(t["number"]), d.plain(d.day(t.get("created_at"))),
                                      d.plain(tr.code(t.get("type"))), d.plain(tr.code(t.get("status"))),
                                      d.plain(t.get("subject") or "")] for t in tickets])
        return out

    # --- small parts --------------------------------------------------------------------------
    def items(self, order: dict, quantities: list[dict] | None) -> str:
        """``SKU × 2`` per line of a shipment or refund."""
        skus = {ln["id"]: ln["sku"] for ln in order.get("lines") or []}
        return "\n".join(f"{skus.get(q['line_id'], '#' + str(q['line_id']))} × "
                         f"{formatting.integer(q['quantity'], self.doc.locale)}" for q in quantities or [])

    def actor(self, actor: str | None) -> str:
        if actor == "platform":
            return self.tr(QT_TRANSLATE_NOOP("documents", "Platform"))
        if actor == "customer":
            return self.tr(QT_TRANSLATE_NOOP("documents", "Customer"))
        return actor or ""


def _order_number(case: Case) -> str:
    return (case.order or {}).get("number") or case.ticket.get("order_number") or ""


def _case_currency(case: Case, shop: dict) -> str:
    return _currency(case.order, shop) if case.order else shop.get("currency") or "CNY"


def _shown(reference: str) -> str:
    """An attachment as the bundle names it: a web address in full, a file on this computer by its
    name only (the folders it sits in are nobody else's business)."""
    if reference.startswith("file:"):
        return QUrl(reference).fileName()
    return reference if "://" in reference else os.path.basename(reference.replace("\\", "/")) or reference


def _attachment(reference: str) -> tuple[QImage | None, str]:
    """An attachment's picture when it is an image file on this computer (a path, or a file:// URL),
    else why not: "web" (a web address: the sandbox's photos are not reachable offline, and a bundle
    is not the place to fetch them), "missing" or "not_image"."""
    if reference.startswith("file:"):
        path = QUrl(reference).toLocalFile()
    elif "://" in reference:
        return None, "web"
    else:
        path = reference
    if not path or not os.path.isabs(path) or not os.path.isfile(path):
        return None, "missing"   # a bare file name is the platform's, not a file here
    reader = QImageReader(path)
    reader.setAutoTransform(True)   # a phone photo's EXIF orientation
    image = reader.read()
    return (None, "not_image") if image.isNull() else (image, "")


def _currency(order: dict, shop: dict) -> str:
    return order.get("currency") or shop.get("currency") or "CNY"


def _reason(tr: _Words, order: dict) -> str:
    """The cancel reason on a line of its own under the banner, when the platform gave one."""
    if not order.get("cancel_reason"):
        return ""
    return "\n" + tr(QT_TRANSLATE_NOOP("documents", "Reason: %1")).replace("%1", order["cancel_reason"])
