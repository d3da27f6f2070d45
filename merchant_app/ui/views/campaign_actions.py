"""Creating or changing a campaign: its type (when new), name, dates (shown in the computer's time, sent in UTC), budget, products
and offer, with the shop's checks beside the
form — other campaigns on the same products at the same time, variants sold under the margin floor,
products likely to sell out at the expected uplift — before anything is queued.

The checks run off the UI thread each time the form changes (``services.campaigns.review``); the
overlap and the margin floor must be accepted with a tick, as the service requires.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ...services import campaigns as campaign_service
from ...services.edits import ServiceError
from ...store import queries
from .. import formatting, labels, theme
from ..bridge import run_in_background
from .order_actions import ActionDialog

OFFER_FIELDS = {
    "percent_off": ("percent_off",), "amount_off": ("amount_off",), "spend_x_save_y": ("threshold", "save"),
    "coupon": ("code", "percent_off", "amount_off", "usage_limit", "per_customer_limit"),
    "flash_sale": ("percent_off", "amount_off", "stock_cap"), "bundle": ("bundle_price",),
}
MONEY_FIELDS = ("amount_off", "threshold", "save", "bundle_price")


def _qt_time(iso: str) -> QDateTime:
    return QDateTime.fromString(iso[:19] + "Z", "yyyy-MM-ddTHH:mm:ssZ").toLocalTime()


def _iso(moment: QDateTime) -> str:
    return moment.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzz") + "000Z"


def new_campaign(currency: str, now: datetime | None = None) -> dict:
    """What the form of a new campaign starts from: a percent off, from the next hour for a week."""
    start = (now or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    iso = "%Y-%m-%dT%H:%M:%S.000000Z"
    return {"id": 0, "name": "", "type": "percent_off", "status": "draft", "starts_at": start.strftime(iso),
            "ends_at": (start + timedelta(days=7)).strftime(iso), "budget": None, "listing_ids": [], "rules": {},
            "currency": currency}


class CampaignDialog(ActionDialog):
    """Edit one campaign (``campaigns.update``), or create one when ``campaign`` is None
    (``campaigns.create``, any type, scheduled or kept as a draft)."""

    action = "update"

    def __init__(self, workspace, campaign: dict | None, parent=None) -> None:
        self.creating = campaign is None
        if campaign is None:
            campaign = new_campaign(workspace.shop.get("currency") or "CNY")
            self.action = "create"
        self.campaign = campaign
        super().__init__(workspace, {"id": campaign["id"], "currency": campaign.get("currency")}, parent)
        self.setWindowTitle(self.tr("New campaign") if self.creating
                            else self.tr("Change campaign %1").replace("%1", campaign["name"]))
        self.resize(720, 680)
        kind = campaign["type"]
        form = QFormLayout()
        self.form = form
        self.kind = QComboBox()
        for key in campaign_service.TYPES:
            self.kind.addItem(labels.prefixed_code("campaign_", key), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if self.creating:
            form.addRow(self.tr("Type"), self.kind)
        self.name = QLineEdit(campaign["name"])
        self.name.setPlaceholderText(self.tr("What customers and your team will call it"))
        form.addRow(self.tr("Name"), self.name)
        self.starts = QDateTimeEdit(_qt_time(campaign["starts_at"]), calendarPopup=True)
        self.ends = QDateTimeEdit(_qt_time(campaign["ends_at"]), calendarPopup=True)
        self.starts.setEnabled(campaign["status"] != "active")
        if campaign["status"] == "active":
            self.starts.setToolTip(self.tr("A running campaign's start cannot move"))
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        self.budget = QLineEdit(formatting.money(campaign["budget"], self.currency) if campaign.get("budget") else "")
        self.budget.setPlaceholderText(self.tr("No budget"))
        if workspace.may("campaigns:budget"):
            form.addRow(self.tr("Budget"), self.budget)
        with workspace.engine.connect() as conn:
            skus = queries.listing_skus(conn, campaign.get("listing_ids") or [])
        self.products = QLineEdit(", ".join(skus))
        self.products.setPlaceholderText(self.tr("SKUs, separated by commas (empty: every product)"))
        form.addRow(self.tr("Products"), self.products)
        self.offer: dict[str, QLineEdit] = {}
        rules = campaign.get("rules") or {}
        names = {"percent_off": self.tr("Percent off"), "amount_off": self.tr("Amount off"),
                 "threshold": self.tr("Spend at least"), "save": self.tr("Save"), "code": self.tr("Coupon code"),
                 "usage_limit": self.tr("Uses in all"), "per_customer_limit": self.tr("Uses per customer"),
                 "stock_cap": self.tr("Units at the sale price"), "bundle_price": self.tr("Bundle price")}
        every = ("code", "percent_off", "amount_off", "threshold", "save", "usage_limit", "per_customer_limit",
                 "stock_cap", "bundle_price")   # every type's fields, in the order a form reads best
        for key in every if self.creating else OFFER_FIELDS[kind]:
            value = rules.get(key)
            text = formatting.money(value, self.currency) if key in MONEY_FIELDS and value else \
                ("" if value is None else str(value))
            self.offer[key] = QLineEdit(text)
            form.addRow(names[key], self.offer[key])
        self.draft = QCheckBox(self.tr("Keep it as a draft (schedule it later)"))
        if self.creating:
            form.addRow("", self.draft)
            self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
            self._kind_changed(check=False)
        self.uplift = QDoubleSpinBox(minimum=1.0, maximum=20.0, singleStep=0.5, value=2.0, suffix=" ×")
        self.uplift.setToolTip(self.tr("How much more than usual you expect to sell while the campaign runs"))
        form.addRow(self.tr("Expected uplift"), self.uplift)
        self.layout_.addLayout(form)
        self.checks = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText,
                             alignment=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.checks, 1)
        self.accept_overlap = QCheckBox(self.tr("Run it alongside the other campaigns on these products"))
        self.accept_floor = QCheckBox(self.tr("Sell under the margin floor"))
        for box in (self.accept_overlap, self.accept_floor):
            box.hide()
            self.layout_.addWidget(box)
        self.finish_layout()
        self._recheck = QTimer(self, singleShot=True, interval=300)
        self._recheck.timeout.connect(self.check)
        for w in (self.name, self.budget, self.products, *self.offer.values()):
            w.textChanged.connect(lambda _: self._recheck.start())
        for w in (self.starts, self.ends):
            w.dateTimeChanged.connect(lambda _: self._recheck.start())
        self.uplift.valueChanged.connect(lambda _: self._recheck.start())
        self.review: campaign_service.Review | None = None
        self._asked = 0   # reviews asked for; only the latest one is shown
        self.check()

    def _kind_changed(self, check: bool = True) -> None:
        """Only the offer fields of the chosen type are shown (and sent)."""
        wanted = OFFER_FIELDS[self.kind.currentData()]
        for key, edit in self.offer.items():
            self.form.setRowVisible(edit, key in wanted)
        if check:
            self._recheck.start()

    def service_action(self) -> str:
        return "campaigns.create" if self.creating else "campaigns.update"

    def target_id(self) -> int:
        return 0 if self.creating else self.campaign["id"]

    def ok_text(self) -> str:
        return self.tr("Create campaign") if self.creating else self.tr("Save campaign")

    # --- the form as a campaign -------------------------------------------------------------
    def _number(self, key: str) -> int | None:
        text = self.offer[key].text().strip()
        if not text:
            return None
        value = formatting.parse_money(text, self.currency) if key in MONEY_FIELDS else None
        if key not in MONEY_FIELDS:
            try:
                value = int(text)
            except ValueError:
                value = None
        if value is None or value <= 0:
            raise ServiceError("invalid_number", self.tr("%1 is not a positive number.").replace("%1", text), key)
        return value

    def edited(self) -> dict:
        """The campaign as the form says it; ServiceError for input that is not even a value."""
        rules = {}
        kind = self.kind.currentData()
        for key in OFFER_FIELDS[kind]:
            rules[key] = (self.offer[key].text().strip() or None) if key == "code" else self._number(key)
        with self.workspace.engine.connect() as conn:
            wanted = [s.strip() for s in self.products.text().replace("，", ",").split(",") if s.strip()]
            found = queries.listings_by_sku(conn, wanted)
        missing = [s for s in wanted if s not in found]
        if missing:
            raise ServiceError("listing_not_found", self.tr("No product has the SKU %1.").replace("%1", missing[0]),
                               "listing_ids")
        budget_text = self.budget.text().strip()
        budget = formatting.parse_money(budget_text, self.currency) if budget_text else None
        if budget_text and (budget is None or budget < 0):
            raise ServiceError("invalid_budget", self.tr("%1 is not an amount.").replace("%1", budget_text), "budget")
        if self.creating:   # only the chosen type's offer, nothing left empty
            rules = {k: v for k, v in rules.items() if v is not None}
        else:
            rules = {**(self.campaign.get("rules") or {}), **rules}
        return {**self.campaign, "type": kind, "name": self.name.text().strip(),
                "starts_at": _iso(self.starts.dateTime()), "ends_at": _iso(self.ends.dateTime()), "budget": budget,
                "listing_ids": sorted(set(found.values())), "rules": rules}

    def params(self) -> dict:
        after = self.edited()
        if self.creating:
            if not after["name"]:
                raise ServiceError("name_required", self.tr("A campaign needs a name."), "name")
            made = {k: after[k] for k in campaign_service.EDITABLE}
            if not self.workspace.may("campaigns:budget"):
                made.pop("budget")
            return {**made, "type": after["type"], "currency": self.currency,
                    "status": "draft" if self.draft.isChecked() else "scheduled",
                    "accept_overlap": self.accept_overlap.isChecked(),
                    "accept_below_floor": self.accept_floor.isChecked()}
        changes = {k: after[k] for k in campaign_service.EDITABLE if after[k] != self.campaign.get(k)}
        if "budget" in changes and not self.workspace.may("campaigns:budget"):
            changes.pop("budget")
        if self.campaign["status"] == "active":
            changes.pop("starts_at", None)
        if not changes:
            raise ServiceError("nothing_to_change", self.tr("Nothing to save: nothing was changed."))
        return {**changes, "accept_overlap": self.accept_overlap.isChecked(),
                "accept_below_floor": self.accept_floor.isChecked()}

    # --- the checks -------------------------------------------------------------------------
    def check(self) -> None:
        try:
            campaign = self.edited()
        except ServiceError as err:
            self.checks.setText(f"<span style='color:{theme.current().danger}'>{err.message}</span>")
            return
        engine, uplift = self.workspace.engine, self.uplift.value()
        self._asked += 1
        asked = self._asked
        run_in_background(lambda: campaign_service.review(engine, campaign, uplift),
                          lambda review: self._reviewed(review, asked), lambda _: None, self)

    def _reviewed(self, review: campaign_service.Review, asked: int | None = None) -> None:
        if asked is not None and asked != self._asked:   # the form changed since: a later review is coming
            return
        self.review = review
        t = theme.current()
        parts = []
        if review.problems:
            parts.append(f"<b style='color:{t.danger}'>" + self.tr("The offer is incomplete:") + "</b> "
                         + "; ".join(review.problems))
        if review.overlaps:
            names = labels.join([o["name"] for o in review.overlaps[:4]])
            parts.append(f"<b style='color:{t.warning}'>" + self.tr("%n other campaign(s) at the same time on these "
                                                                    "products:", "", len(review.overlaps))
                         + f"</b> {names}")
        if review.below_floor:
            items = labels.join([f"{v['sku']} ({v['margin_percent']} %)" for v in review.below_floor[:5]])
            parts.append(f"<b style='color:{t.warning}'>" + self.tr("%n variant(s) under the margin floor of %1 %:",
                                                                    "", len(review.below_floor))
                         .replace("%1", str(review.floor)) + f"</b> {items}")
        if review.sell_outs:
            items = labels.join([self.tr("%1 (%2 available, %3 expected)").replace("%1", s["sku"])
                                 .replace("%2", formatting.integer(s["available"]))
                                 .replace("%3", formatting.integer(s["expected"])) for s in review.sell_outs[:5]])
            parts.append(f"<b style='color:{t.info}'>" + self.tr("Likely to sell out:") + f"</b> {items}")
        if not parts:
            parts.append(f"<span style='color:{t.success}'>" + self.tr("No overlap, every margin above the floor, "
                                                                       "enough stock.") + "</span>")
        self.checks.setText("<br><br>".join(parts))
        self.accept_overlap.setVisible(bool(review.overlaps))
        self.accept_floor.setVisible(bool(review.below_floor))


class CancelCampaignDialog(ActionDialog):
    """Cancel a campaign for good (it cannot be resumed), after saying so."""

    action = "cancel"

    def __init__(self, workspace, campaign: dict, parent=None) -> None:
        self.campaign = campaign
        super().__init__(workspace, {"id": campaign["id"], "currency": campaign.get("currency")}, parent)
        self.setWindowTitle(self.tr("Cancel campaign %1").replace("%1", campaign["name"]))
        self.layout_.addWidget(QLabel(self.tr("The campaign stops at once and cannot be resumed; its results so far "
                                              "stay. To stop it for a while, pause it instead."), wordWrap=True))
        self.finish_layout()

    def service_action(self) -> str:
        return "campaigns.cancel"

    def ok_text(self) -> str:
        return self.tr("Cancel campaign")

    def params(self) -> dict:
        return {}
