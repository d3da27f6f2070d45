"""Reviews: what customers wrote about the shop's products, filtered by rating, reply, status,
product and photos, searched and sorted in SQL, and the whole review with the shop's reply beside
the table.

"Awaiting reply" means published and not answered — a hidden or reported review is off the
storefront — so that negative reviews awaiting a reply are exactly what Home counts.

Actions (``services.reviews``, whose ``refusal`` disables what a review's state does not allow, with
the reason as the tooltip): Hide… and Report… with a reason, Publish, Tags…, and for a one- or
two-star review about an order, Open a ticket — an after-sales complaint on that order, the review
quoted, created offline too and shown in the After-sales view (``open_list``). Under the detail, the
reply box (Ctrl+Enter), queued offline like every change. The header's "With selected" menu replies
to, hides, reports or tags every selected review at once, all or none. Beside the review, its
product's ratings: how many reviews gave each number of stars and the average month by month.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QToolTip,
    QVBoxLayout,
)

from ...services import reviews as review_service
from ...services.edits import ServiceError, record_id_of
from ...services.sentiment import TOPIC_CODES
from ...store import queries
from ...store.queries import NEGATIVE_RATING, REVIEW_STATUSES, REVIEWS_VIEW
from .. import formatting, labels, theme
from ..bridge import run_in_background
from ..composer import Composer
from ..records_view import RecordsView
from ..table_model import RAW_ROLE
from .review_actions import REPLY_LIMIT, ReasonDialog, ReplyDialog, TagsDialog
from .review_ratings import RatingsChart

MAX_RATING = 5
STATUS_COLOURS = {"hidden": "muted", "reported": "warning"}
"""Review states that say something: off the storefront (hidden by the shop, reported to the platform)."""
HIDDEN_AT_FIRST = ("language",)
"""Columns left out until the user shows them (right-click on the header), so that the table fits
beside the detail pane; the detail pane shows the language."""
KEYS = [c.key for c in REVIEWS_VIEW.columns]
LISTING_AT = len(KEYS) + 1   # extra values after the columns: the listing id, the start of the text
TEXT_AT = len(KEYS) + 2


def stars(rating: int | None) -> str:
    """★★☆☆☆ for a rating of 2."""
    n = max(0, min(MAX_RATING, int(rating or 0)))
    return "★" * n + "☆" * (MAX_RATING - n)


def rating_role(rating: int) -> str:
    """The theme colour of a rating's stars: negative ones stand out."""
    return "danger" if rating <= NEGATIVE_RATING else "warning"


def awaits_reply(rating, status, replied) -> bool:
    """A negative published review nobody answered: what Home counts, flagged in the table."""
    return isinstance(rating, int) and rating <= NEGATIVE_RATING and status == "published" and not replied


def excerpt(title: str | None, text: str | None) -> str:
    """The title and the start of the text on one line."""
    line = f"{title} — {text or ''}" if title else (text or "")
    return " ".join(line.split())


class ReviewCells(QStyledItemDelegate):
    """Stars in the theme's colours (one and two stars in the danger colour), states off the
    storefront dimmed or flagged, and "No" in the replied column of a negative review awaiting a
    reply; the review text in full on hover."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        key = KEYS[index.column()] if 0 <= index.column() < len(KEYS) else None
        raw = index.data(RAW_ROLE)
        role = None
        if key == "rating" and isinstance(raw, int):
            role = rating_role(raw)
        elif key == "status":
            role = STATUS_COLOURS.get(raw)
            option.font.setBold(raw != "published")  # almost every review is published: the others stand out
        elif key == "replied" and awaits_reply(self._raw(index, "rating"), self._raw(index, "status"), raw):
            role = "warning"
            option.font.setBold(True)
        if role:
            option.palette.setColor(QPalette.ColorRole.Text, theme.color(role))

    @staticmethod
    def _raw(index, key: str):
        return index.siblingAtColumn(KEYS.index(key)).data(RAW_ROLE)

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and KEYS[index.column()] == "review":
            row = index.model().row(index.row())
            if row is not None:
                QToolTip.showText(event.globalPos(), self._wrap(excerpt(row[1 + KEYS.index("review")], row[TEXT_AT])),
                                  view)
                return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def _wrap(text: str) -> str:
        return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"  # rich text: Qt wraps a long tooltip


class ReviewsView(RecordsView):
    query = REVIEWS_VIEW

    def __init__(self, workspace, settings, parent=None, open_list=None) -> None:
        self.review: dict | None = None
        self.listing_filter: tuple[int, str] | None = None
        self.open_list = open_list
        """open_list(view, filters, text) -> that view (the main window's): where a new ticket is shown."""
        self._open_ticket: dict | None = None
        self.dialog = None
        self.opened_ticket: int | None = None
        super().__init__(workspace, settings, parent)
        self.model.display_hook = self._display
        self.table.setItemDelegate(ReviewCells(self.table))
        self.bulk_button = self.add_action(self.tr("With selected"), self.tr(
            "Reply to, hide, report or tag every selected review at once (Ctrl+click or Shift+click to select "
            "several)"), lambda: None)
        self.bulk_button.setMenu(QMenu(self.bulk_button, aboutToShow=self._fill_bulk_menu))
        self.bulk_button.setVisible(workspace.may("reviews:write"))

    def view_title(self) -> str:
        return self.tr("Reviews")

    def search_hint(self) -> str:
        return self.tr("Search review text and customer names (Ctrl+F)")

    def resources(self) -> tuple[str, ...]:
        return ("reviews", "listings")  # the product column shows the listing's title

    def on_changes(self, changes) -> None:
        if changes.resource == "reviews":
            super().on_changes(changes)
        elif changes.resource == "listings":
            if self.isVisible():
                self.model.refresh_in_background()
            if self.review is not None and self.review["listing_id"] in changes.ids:
                self.refresh_detail(self.review["id"])

    # --- columns ----------------------------------------------------------------------------
    def hidden_at_first(self) -> tuple[str, ...]:
        return HIDDEN_AT_FIRST

    def header_hint(self) -> str:
        return self.tr("Click to sort (the review column sorts by title); right-click to choose the "
                                  "columns")

    def _display(self, key: str, row: tuple) -> str | None:
        value = row[1 + KEYS.index(key)]
        if key == "created_at":
            return formatting.date(value)
        if key == "rating":
            return stars(value)
        if key == "product":
            return value if value is not None else f"#{row[LISTING_AT]}"  # a listing not in the cache (yet)
        if key == "review":
            return excerpt(value, row[TEXT_AT])
        if key == "replied":
            return self.tr("Yes") if value else self.tr("No")
        if key == "language":
            return labels.prefixed_code("lang_", value)
        return None

    # --- filters ----------------------------------------------------------------------------
    def add_filters(self) -> None:
        self.rating_box = self.combo(self.tr("Any rating"), [
            (self.tr("Negative (1–2 ★)"), "negative"), (self.tr("Neutral (3 ★)"), "neutral"),
            (self.tr("Positive (4–5 ★)"), "positive")] + [(stars(n), str(n)) for n in range(MAX_RATING, 0, -1)])
        self.rating_box.insertSeparator(4)
        self.rating_box.setMinimumContentsLength(15)  # "Negative (1–2 ★)" in full
        self.replied_box = self.combo(self.tr("Any reply"), [(self.tr("Awaiting reply"), "no"),
                                                             (self.tr("Replied"), "yes")])
        self.replied_box.setToolTip(self.tr("Awaiting reply: published reviews the shop has not answered yet "
                                            "(hidden and reported reviews are not on the storefront)"))
        self.status_box = self.combo(self.tr("Any status"), [(labels.code(s), s) for s in REVIEW_STATUSES])
        self.sentiment_box = self.combo(self.tr("Any sentiment"), [
            (self.tr("Positive"), "positive"), (self.tr("Neutral"), "neutral"), (self.tr("Negative"), "negative")])
        self.sentiment_box.setToolTip(self.tr("What the text says, read on this computer (English and Chinese)"))
        topics = self.topic_names()
        self.topic_box = self.combo(self.tr("Any topic"), [(topics.get(code, code), code) for code in TOPIC_CODES])
        self.topic_box.setToolTip(self.tr("Reviews that talk about this"))
        self.media_check = QCheckBox(self.tr("With photos"))
        self.media_check.setToolTip(self.tr("Only reviews with photos attached"))
        self.media_check.toggled.connect(lambda _: self.apply_filters())
        self.filter_layout.addWidget(self.media_check)
        self.listing_button = QPushButton()
        self.listing_button.setToolTip(self.tr("Showing one product's reviews: click to show all products"))
        self.listing_button.clicked.connect(self.clear_listing)
        self.listing_button.hide()
        self.filter_layout.addWidget(self.listing_button)

    def filter_values(self) -> dict:
        return {"rating": self.rating_box.currentData(), "replied": self.replied_box.currentData(),
                "status": self.status_box.currentData(), "sentiment": self.sentiment_box.currentData(),
                "topic": self.topic_box.currentData(), "has_media": "yes" if self.media_check.isChecked() else None,
                "listing": self.listing_filter[0] if self.listing_filter else None}

    def set_filter_values(self, values: dict) -> None:
        rating = values.get("rating")
        for box, value in ((self.rating_box, None if rating in (None, "") else str(rating)),
                           (self.replied_box, values.get("replied")), (self.status_box, values.get("status")),
                           (self.sentiment_box, values.get("sentiment")), (self.topic_box, values.get("topic"))):
            box.blockSignals(True)
            self.select_data(box, value)
            box.blockSignals(False)
        self.media_check.blockSignals(True)
        self.media_check.setChecked(values.get("has_media") in ("yes", True, "true"))
        self.media_check.blockSignals(False)
        listing = values.get("listing")
        self.listing_filter = (int(listing), self._listing_name(int(listing))) if listing not in (None, "") else None
        self._show_listing_filter()

    def topic_names(self) -> dict[str, str]:
        """The recurring topics (``services.sentiment``) by name, in the user's language."""
        return {"size": self.tr("Size and fit"), "shipping": self.tr("Shipping and delivery"),
                "quality": self.tr("Quality"), "packaging": self.tr("Packaging"), "price": self.tr("Price and value"),
                "service": self.tr("Service"), "accuracy": self.tr("Matches the description"),
                "smell": self.tr("Smell"), "battery": self.tr("Battery"), "taste": self.tr("Taste"),
                "comfort": self.tr("Comfort"), "function": self.tr("Works as it should")}

    def _listing_name(self, listing_id: int) -> str:
        with self.workspace.engine.connect() as conn:
            return queries.listing_title(conn, listing_id) or f"#{listing_id}"

    def _show_listing_filter(self) -> None:
        self.listing_button.setVisible(self.listing_filter is not None)
        if self.listing_filter:
            name = self.listing_filter[1]
            short = name if len(name) <= 28 else name[:27] + "…"
            self.listing_button.setText(self.tr("Product: %1  ✕").replace("%1", short))

    def show_listing(self, listing_id: int) -> None:
        """Only this product's reviews (the other filters are cleared, the search too)."""
        self.filter_to({"listing": listing_id})

    def clear_listing(self) -> None:
        self.listing_filter = None
        self._show_listing_filter()
        self.apply_filters()

    # --- detail pane ------------------------------------------------------------------------
    def build_detail(self, frame: QFrame) -> None:
        hint = self.tr("Select a review to read it in full, with the shop's reply.")
        self.empty_label, self.review_host = self.scrolling_detail(frame, hint)
        f = QVBoxLayout(self.review_host)
        f.setContentsMargins(0, 0, 0, 0)
        f.setSpacing(4)
        self.stars_label = QLabel()
        f.addWidget(self.stars_label)
        self.title_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
                                  textFormat=Qt.TextFormat.PlainText)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        f.addWidget(self.title_label)
        self.meta_label = QLabel(objectName="muted", wordWrap=True)
        f.addWidget(self.meta_label)
        self.status_chip, self.awaiting_chip, self.sync_chip = self.chip_row(f, 3)
        self.reason_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        f.addWidget(self.reason_label)
        self.hide_button = QPushButton(self.tr("Hide…"))
        self.hide_button.clicked.connect(lambda: self.open_dialog("hide"))
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.clicked.connect(lambda: self.open_dialog("report"))
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.clicked.connect(self.publish)
        self.tags_button = QPushButton(self.tr("Tags…"))
        self.tags_button.clicked.connect(lambda: self.open_dialog("tag"))
        self.ticket_button = QPushButton(self.tr("Open a ticket"))
        self.ticket_button.clicked.connect(self.open_ticket)
        self.button_row(f, (self.ticket_button, self.hide_button, self.report_button, self.publish_button,
                            self.tags_button))
        self.action_error = self.error_line(f)
        self.body_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText,
                                 textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.body_label.font()
        font.setPointSizeF(10.5)
        self.body_label.setFont(font)
        f.addSpacing(4)
        f.addWidget(self.body_label)
        for key, title in (("reply", self.tr("Shop's reply")), ("product", self.tr("Product")),
                           ("ratings", self.tr("This product's ratings")),
                           ("customer", self.tr("Customer")), ("details", self.tr("Details"))):
            self.add_section(f, key, title, self._link)
            if key == "ratings":
                self.ratings_chart = RatingsChart()
                f.addWidget(self.ratings_chart)
        self.build_composer(frame)

    def build_composer(self, frame: QFrame) -> None:
        """Under the scrolling detail, always in sight: the reply box."""
        self.composer = Composer(self.tr("Reply publicly… (Ctrl+Enter sends)"), self.tr("Reply"), height=72)
        self.composer.on_send = self.send_reply
        self.reply_edit, self.send_button, self.reply_error = \
            self.composer.edit, self.composer.send_button, self.composer.error
        self.composer.attach(frame)

    def show_detail(self, record_id: int | None) -> None:
        self.review = self.workspace.record("reviews", record_id) if record_id is not None else None
        has = self.review is not None
        self.empty_label.setVisible(not has)
        self.review_host.setVisible(has)
        if not has:
            self.composer.show_for(None)
            return
        r = self.review
        with self.workspace.engine.connect() as conn:
            context = queries.review_context(conn, r["listing_id"], r.get("variant_id"), r.get("order_id"))
            self._open_ticket = review_service.open_ticket_of(conn, r)
            ratings = review_service.product_ratings(conn, r["listing_id"])
        rating = int(r["rating"])
        self.stars_label.setText(stars(rating))
        self.stars_label.setToolTip(self.tr("%1 of 5 stars").replace("%1", str(rating)))
        self.stars_label.setStyleSheet(f"font-size: 17pt; color: {theme.color(rating_role(rating)).name()};")
        self.title_label.setText(r.get("title") or "")
        self.title_label.setVisible(bool(r.get("title")))
        self.meta_label.setText(" · ".join(x for x in (r["customer_name"], formatting.timestamp(r["created_at"])) if x))
        status = r["status"]
        theme.set_chip(self.status_chip, labels.code(status), STATUS_COLOURS.get(status, "success"))
        self.status_chip.setToolTip({"published": self.tr("Shown on the storefront"),
                                     "hidden": self.tr("Hidden from the storefront by the shop"),
                                     "reported": self.tr("Reported to the platform as abusive or fake")}
                                    .get(status, ""))
        awaiting = awaits_reply(rating, status, r.get("reply"))
        self.awaiting_chip.setVisible(awaiting)
        if awaiting:
            theme.set_chip(self.awaiting_chip, self.tr("Awaiting reply"), "warning")
        waiting = self.workspace.unsynced("reviews", r["id"])
        self.sync_chip.setVisible(bool(waiting))
        if waiting:
            theme.set_chip(self.sync_chip, self.tr("%n change(s) waiting to sync", "", waiting), "info")
        self._show_reason(status, r.get("status_reason"))
        self.body_label.setText(r.get("body") or "")
        self.fill_section("reply", self._reply_html(r, rating))
        self.fill_section("product", self._product_html(r, context))
        self.fill_section("ratings", self._ratings_html(ratings))
        self.ratings_chart.set_figures(ratings)
        self.ratings_chart.setVisible(bool(ratings["total"]))
        self.fill_section("customer", self._customer_html(r, context))
        self.fill_section("details", self._details_html(r))
        self._show_actions(r)
        self._show_composer(r)

    def _show_reason(self, status: str, reason: str | None) -> None:
        if status not in STATUS_COLOURS:
            self.reason_label.hide()
            return
        self.reason_label.setText(self.tr("Reason: %1").replace("%1", reason or "—"))
        self.reason_label.setStyleSheet(f"color: {theme.color(STATUS_COLOURS[status]).name()}; font-weight: 600;")
        self.reason_label.show()

    def _link(self, target: str) -> None:
        kind, _, value = target.partition(":")
        if kind == "listing":
            self.show_listing(int(value))
        elif kind == "ticket" and self.open_list is not None and self.review is not None:
            self._show_ticket(int(value), self._open_ticket["order_number"] if self._open_ticket else "")

    # --- actions ----------------------------------------------------------------------------
    def _show_actions(self, r: dict) -> None:
        role = self.workspace.actor.role
        reasons = review_service.refusals(r, role, self._open_ticket)
        for button, action, tip in (
                (self.hide_button, "hide", self.tr("Take the review off the storefront, with a reason")),
                (self.report_button, "report", self.tr("Report a fake, spam or abusive review to the platform, with "
                                                       "a reason")),
                (self.publish_button, "publish", self.tr("Show the review on the storefront again")),
                (self.tags_button, "tag", self.tr("The shop's own labels on this review")),
                (self.ticket_button, "ticket", self.tr("Open an after-sales complaint on this review's order, the "
                                                       "review quoted, and show it"))):
            refused = reasons[action]
            button.setEnabled(refused is None)
            text = tip if refused is None else labels.service_error(refused, action)
            if refused is not None and refused.code == "order_has_ticket":
                text += " " + self.tr("(%1)").replace("%1", self._open_ticket["number"])
            button.setToolTip(text)
        self.publish_button.setVisible(r["status"] == "hidden")
        self.hide_button.setVisible(r["status"] != "hidden")
        self.report_button.setVisible(r["status"] == "published")
        self.ticket_button.setVisible(int(r["rating"]) <= NEGATIVE_RATING and r.get("order_id") is not None
                                      and self.workspace.may("tickets:write"))
        for button in (self.hide_button, self.report_button, self.publish_button, self.tags_button):
            button.setVisible(button.isVisible() and self.workspace.may("reviews:write"))
        self.action_error.hide()

    def selected_reviews(self) -> list[dict]:
        """The selected reviews as the cache holds them (the current one when nothing else is)."""
        ids = self.selected_ids() or ([self.current_id] if self.current_id is not None else [])
        return [r for r in (self.workspace.record("reviews", i) for i in ids) if r is not None]

    def open_dialog(self, action: str, reviews: list[dict] | None = None):
        """Hide…, Report…, Tags… or (several reviews) Reply… — on ``reviews``, or on the review shown.
        The dialog is returned open (None when the action applies to none of them)."""
        reviews = reviews if reviews is not None else ([self.review] if self.review else [])
        role = self.workspace.actor.role
        able = [r for r in reviews if review_service.refusal(r, action, role) is None]
        if not able:
            return None
        if action in ("hide", "report"):
            dialog = ReasonDialog(self.workspace, action, able, self, skipped=len(reviews) - len(able))
        elif action == "tag":
            dialog = TagsDialog(self.workspace, able, self)
        else:
            dialog = ReplyDialog(self.workspace, able, self)
        dialog.accepted.connect(self._acted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def bulk(self, action: str):
        """An action on every selected review (the header's menu, the command palette)."""
        return self.open_dialog(action, self.selected_reviews())

    def _fill_bulk_menu(self) -> None:
        menu = self.bulk_button.menu()
        menu.clear()
        reviews = self.selected_reviews()
        role = self.workspace.actor.role
        for action, text in (("reply", self.tr("Reply to %n review(s)…", "", len(reviews))),
                             ("hide", self.tr("Hide…")), ("report", self.tr("Report…")), ("tag", self.tr("Tags…"))):
            able = sum(1 for r in reviews if review_service.refusal(r, action, role) is None)
            if action != "reply" and able:
                text = f"{text} ({formatting.integer(able)})"
            menu.addAction(text, lambda a=action: self.bulk(a)).setEnabled(able > 0)

    def publish(self) -> None:
        self.act("reviews.publish")

    def act(self, action: str, **params) -> None:
        """One action on the review shown, off the UI thread; a refusal is shown under the buttons."""
        if self.review is None:
            return
        review_id = self.review["id"]
        run_in_background(lambda: self.workspace.perform(action, review_id, **params),
                          lambda _: self._acted(), self._action_failed, self)

    def _acted(self) -> None:
        if self.current_id is not None:
            self.show_detail(self.current_id)

    def _action_failed(self, err: Exception, action: str | None = None) -> None:
        self.action_error.setText(labels.service_error(err, action) if isinstance(err, ServiceError) else str(err))
        self.action_error.show()

    def open_ticket(self) -> None:
        """An after-sales complaint on the review's order, made now (offline too) and shown."""
        r = self.review
        if r is None or review_service.refusal(r, "ticket", self.workspace.actor.role, self._open_ticket) is not None:
            return
        review_id = r["id"]
        self.ticket_button.setEnabled(False)
        run_in_background(lambda: self.workspace.perform("tickets.create_from_review", None, review_id=review_id),
                          self._ticket_opened, lambda err: self._ticket_failed(err), self)

    def _ticket_opened(self, changes) -> None:
        self._acted()
        # the push may have made it on the platform already: then it has its real id
        self.opened_ticket = record_id_of(self.workspace.engine, changes.outbox_key)
        order = self.workspace.record("orders", self.review["order_id"]) if self.review else None
        if self.opened_ticket is not None and self.open_list is not None:
            self._show_ticket(self.opened_ticket, (order or {}).get("number") or "")

    def _show_ticket(self, ticket_id: int, order_number: str) -> None:
        """The After-sales view, on the tickets of this order, the ticket selected."""
        view = self.open_list("tickets", {}, order_number)
        if view is not None:
            view.model.refresh()
            view.select_record(ticket_id)

    def _ticket_failed(self, err: Exception) -> None:
        self.ticket_button.setEnabled(True)
        self._action_failed(err, "ticket")

    # --- the reply box ----------------------------------------------------------------------
    def _show_composer(self, r: dict) -> None:
        refused = review_service.refusal(r, "reply", self.workspace.actor.role)
        self.composer.show_for(r["id"], refused)
        self.composer.setVisible(self.workspace.may("reviews:write"))
        self.send_button.setText(self.tr("Replace reply") if r.get("reply") else self.tr("Reply"))
        self.send_button.setToolTip(self.tr("Shoppers see the new reply instead of the one above") if r.get("reply")
                                    else self.tr("Shoppers see the reply under the review"))

    def send_reply(self) -> None:
        if self.review is None:
            return
        review_id = self.review["id"]
        too_long = labels.service_error(ServiceError("text_too_long", ""), "reply")
        self.composer.send(lambda text: self.workspace.perform("reviews.reply", review_id, body=text), self._sent,
                           self.tr("Write the reply first."),
                           check=lambda text: too_long if len(text.strip()) > REPLY_LIMIT else None)

    def _sent(self, review_id: int) -> None:
        if self.current_id == review_id:
            self.show_detail(review_id)

    # --- sections, as rich text (platform text escaped) ---------------------------------------
    @staticmethod
    def _paragraphs(text: str) -> str:
        return escape(text).replace("\n", "<br>")

    def _reply_html(self, r: dict, rating: int) -> str:
        reply = r.get("reply")
        if not reply:
            if r["status"] != "published":
                return theme.muted(self.tr("No reply."))
            text = self.tr("No reply yet: shoppers see this review unanswered.")
            if rating <= NEGATIVE_RATING:
                return f"<span style='color:{theme.current().warning}'>{text}</span>"
            return theme.muted(text)
        by = " · ".join(x for x in (escape(reply.get("author") or ""), formatting.timestamp(reply.get("at"))) if x)
        return f"{self._paragraphs(reply.get('body') or '')}<br>{theme.muted(by)}"

    def _product_html(self, r: dict, context: dict) -> str:
        title = context["listing_title"]
        lines = [f"<b>{escape(title)}</b>" if title else theme.muted(self.tr("Listing #%1 (not in this cache)")
                                                                       .replace("%1", str(r["listing_id"])))]
        variant = " · ".join(escape(x) for x in (context["sku"], context["variant_title"]) if x)
        if variant:
            lines.append(theme.muted(variant))
        lines.append(f"<a href='listing:{int(r['listing_id'])}'>" + self.tr("All reviews of this product") + "</a>")
        return "<br>".join(lines)

    def _ratings_html(self, ratings: dict) -> str | None:
        if not ratings["total"]:
            return None
        text = self.tr("%1 ★ average from %n review(s)", "", ratings["total"]).replace(
            "%1", QLocale().toString(ratings["average"], "f", 1))
        return f"<b>{text}</b>"

    def _customer_html(self, r: dict, context: dict) -> str:
        lines = [f"<b>{escape(r['customer_name'])}</b>"]
        if context["order_number"]:
            lines.append(self.tr("Order %1").replace("%1", escape(context["order_number"])))
            if self._open_ticket is not None:
                lines.append(self.tr("Open ticket %1").replace(
                    "%1", f"<a href='ticket:{int(self._open_ticket['id'])}'>{escape(self._open_ticket['number'])}</a>"
                    if self.open_list is not None else escape(self._open_ticket["number"])))
        elif r.get("order_id") is not None:
            lines.append(theme.muted(self.tr("Order #%1 (not in this cache)").replace("%1", str(r["order_id"]))))
        return "<br>".join(lines)

    def _details_html(self, r: dict) -> str:
        media = r.get("media_urls") or []
        tags = r.get("tags") or []
        rows = [(self.tr("Language"), escape(labels.prefixed_code("lang_", r.get("language")))),
                (self.tr("Photos"), self.tr("%n photo(s)", "", len(media)) if media else theme.muted(self.tr("None"))),
                (self.tr("Tags"), escape(labels.join(tags)) if tags else theme.muted(self.tr("None")))]
        cells = "".join(f"<tr><td style='padding-right:12px'>{theme.muted(name)}</td><td>{value}</td></tr>"
                        for name, value in rows)
        return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"
