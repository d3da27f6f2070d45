"""What the shop does to reviews that needs a form: hide or report with a reason, tags, and one reply
to many reviews — on the selected review or on every selected one.

These are the order dialogs (``order_actions.ActionDialog``) on reviews: the input goes to the
services layer off the UI thread and the dialog closes only when the change is made; a refusal stays
in the dialog with its reason. On several reviews the changes are made all or none
(``Workspace.perform_all``), each queued on its own; reviews the action cannot apply to (a hidden
one to hide again) are left out and the dialog says how many.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from ...services import reviews as review_service
from ...services.edits import ServiceError
from .. import labels
from .order_actions import ActionDialog

REPLY_LIMIT = 2000
TAG_SEPARATORS = re.compile(r"[,，、;；]")


def split_tags(text: str) -> list[str]:
    """Tags typed in one line, separated by commas (English or Chinese) or semicolons."""
    return [t for t in (review_service.clean_tag(t) for t in TAG_SEPARATORS.split(text)) if t]


class ReviewDialog(ActionDialog):
    """An ActionDialog on one review or several (``steps`` turns the input into one step per
    review); ``skipped`` of the reviews given cannot take the action and are left out."""

    def __init__(self, workspace, reviews: list[dict], parent=None, skipped: int = 0) -> None:
        self.reviews, self.skipped = reviews, skipped
        super().__init__(workspace, reviews[0], parent)

    def service_action(self) -> str:
        return f"reviews.{self.action}"

    def target_id(self) -> int:
        return self.reviews[0]["id"]

    def steps(self, params: dict) -> list[tuple[str, int, dict]]:
        return [(self.service_action(), r["id"], params) for r in self.reviews]

    def work(self, params: dict):
        steps = self.steps(params)
        if not steps:
            raise ServiceError("nothing_to_change", self.tr("Nothing to change."))
        if len(steps) == 1:
            action, record_id, p = steps[0]
            return lambda: self.workspace.perform(action, record_id, **p)
        return lambda: self.workspace.perform_all(steps)

    def submit(self) -> None:
        try:
            super().submit()
        except ServiceError as err:   # raised by work() before anything runs
            self.ok_button.setEnabled(True)
            self.error.setText(err.message)

    def add_skipped_note(self, text: str) -> None:
        if self.skipped:
            self.layout_.addWidget(QLabel(text, objectName="muted", wordWrap=True))

    def who(self) -> str:
        """'Li Wei's review' for one review, 'N reviews' for several."""
        if len(self.reviews) == 1:
            return self.tr("%1's review").replace("%1", self.reviews[0]["customer_name"])
        return self.tr("%n review(s)", "", len(self.reviews))


class ReasonDialog(ReviewDialog):
    """Hide reviews from the storefront, or report them to the platform, with a reason."""

    def __init__(self, workspace, action: str, reviews: list[dict], parent=None, skipped: int = 0) -> None:
        self.action = action
        super().__init__(workspace, reviews, parent, skipped)
        hide = action == "hide"
        self.setWindowTitle((self.tr("Hide %1") if hide else self.tr("Report %1")).replace("%1", self.who()))
        self.resize(480, 0)
        self.layout_.addWidget(QLabel(
            self.tr("Shoppers no longer see a hidden review; the shop can publish it again.") if hide else
            self.tr("The platform checks a reported review and removes it if it breaks the rules (fake, spam, "
                    "abuse). Until then it is off the storefront."), wordWrap=True))
        self.add_skipped_note(self.tr("%n of the selected review(s) cannot be hidden (hidden already) and stay as "
                                      "they are.", "", skipped) if hide else
                              self.tr("%n of the selected review(s) cannot be reported (not published) and stay as "
                                      "they are.", "", skipped))
        self.reason = QComboBox(editable=True)
        self.reason.setMinimumContentsLength(36)
        common = ([self.tr("Contains personal details (a phone number, an address)"), self.tr("Offensive language"),
                   self.tr("About another product or shop")] if hide else
                  [self.tr("Fake: the reviewer never bought from the shop"), self.tr("Spam or advertising"),
                   self.tr("Abusive or hateful")])
        self.reason.addItems(common)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why? (required; shoppers do not see it)"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addLayout(form)
        self.finish_layout()

    def ok_text(self) -> str:
        return self.tr("Hide") if self.action == "hide" else self.tr("Report")

    def params(self) -> dict:
        reason = " ".join(self.reason.currentText().split())
        if not reason:
            raise ServiceError("reason_required", self.tr("Give a reason."), "reason")
        return {"reason": reason}


class ReplyDialog(ReviewDialog):
    """One reply to several reviews (thanks for the praise, one answer to one problem)."""

    action = "reply"

    def __init__(self, workspace, reviews: list[dict], parent=None) -> None:
        super().__init__(workspace, reviews, parent)
        self.setWindowTitle(self.tr("Reply to %1").replace("%1", self.who()))
        self.resize(520, 0)
        self.layout_.addWidget(QLabel(self.tr("Shoppers see the reply under each review. It is saved at once and "
                                              "sent to the platform when the console is online."), wordWrap=True))
        replied = sum(1 for r in reviews if r.get("reply"))
        if replied:
            self.layout_.addWidget(QLabel(self.tr("%n of them already have a reply, which this one replaces.", "",
                                                  replied), objectName="muted", wordWrap=True))
        self.text = QPlainTextEdit(placeholderText=self.tr("Thank you for your review…"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.layout_.addWidget(self.text)
        self.finish_layout()

    def ok_text(self) -> str:
        return self.tr("Reply to %n review(s)", "", len(self.reviews))

    def params(self) -> dict:
        text = self.text.toPlainText().strip()
        if not text:
            raise ServiceError("empty_text", self.tr("Write the reply first."), "body")
        if len(text) > REPLY_LIMIT:
            raise ServiceError("text_too_long", labels.service_error(ServiceError("text_too_long", ""), "reply"),
                               "body")
        return {"body": text}


class TagsDialog(ReviewDialog):
    """The shop's own tags: one review's tags as a list to edit; on several, tags to add and remove."""

    action = "tag"

    def __init__(self, workspace, reviews: list[dict], parent=None) -> None:
        super().__init__(workspace, reviews, parent)
        self.setWindowTitle(self.tr("Tags of %1").replace("%1", self.who()))
        self.resize(480, 0)
        self.single = len(reviews) == 1
        with workspace.engine.connect() as conn:
            in_use = review_service.shop_tags(conn, 12)
        self.layout_.addWidget(QLabel(self.tr("Tags are the shop's own labels for finding reviews again; shoppers "
                                              "do not see them. Separate them with commas."), wordWrap=True))
        form = QFormLayout()
        if self.single:
            self.tags = QLineEdit(labels.join(reviews[0].get("tags") or []))
            form.addRow(self.tr("Tags"), self.tags)
        else:
            self.add = QLineEdit()
            self.remove = QLineEdit()
            form.addRow(self.tr("Add"), self.add)
            form.addRow(self.tr("Remove"), self.remove)
        self.layout_.addLayout(form)
        if in_use:
            self.layout_.addWidget(QLabel(self.tr("In use: %1").replace("%1", labels.join(in_use)), objectName="muted",
                                          wordWrap=True))
        self.finish_layout()

    def ok_text(self) -> str:
        return self.tr("Save tags")

    def params(self) -> dict:
        if self.single:
            return {"tags": split_tags(self.tags.text())}
        add, remove = split_tags(self.add.text()), split_tags(self.remove.text())
        if not add and not remove:
            raise ServiceError("nothing_to_change", self.tr("Type the tags to add or remove."), "tags")
        return {"add": add, "remove": remove}

    def steps(self, params: dict) -> list[tuple[str, int, dict]]:
        if self.single:
            return super().steps(params)
        # only the reviews whose tags change: adding a tag some already have is not a refusal
        return [(self.service_action(), r["id"], params) for r in self.reviews
                if review_service.retag(r.get("tags") or [], params["add"], params["remove"]) != (r.get("tags") or [])]
