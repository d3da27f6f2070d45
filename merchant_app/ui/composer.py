"""The box under a detail pane where the user writes to the record shown: a ticket's reply or note, a
review's public reply.

It stays in sight below the scrolling detail (``attach``). One record at a time (``show_for``): what
was typed for a record and not sent stays with that record while the user looks at others. Ctrl+Enter
sends; ``send(work, done)`` runs the service call off the UI thread, and only what was sent is cleared
(anything typed meanwhile stays). A view adds its own controls above the box (``top``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from ..services.edits import ServiceError
from . import labels
from .bridge import run_in_background


class Composer(QFrame):
    def __init__(self, placeholder: str, send_text: str, height: int = 96, action: str = "reply",
                 parent=None) -> None:
        super().__init__(parent, objectName="composer")
        self.action = action   # for the refusals' messages (labels.service_error)
        self.drafts: dict[int, str] = {}
        self.record_id: int | None = None
        self.on_send: Callable[[], None] = lambda: None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 8, 16, 10)
        box.setSpacing(6)
        self.top = QHBoxLayout()
        box.addLayout(self.top)
        self.edit = QPlainTextEdit(placeholderText=placeholder)
        self.edit.setFixedHeight(height)
        self.edit.setTabChangesFocus(True)
        box.addWidget(self.edit)
        bottom = QHBoxLayout()
        self.error = QLabel(objectName="errorText", wordWrap=True)
        self.send_button = QPushButton(send_text)
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(lambda: self.on_send())
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.send_button)
        box.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self.edit, activated=lambda: self.on_send(),
                  context=Qt.ShortcutContext.WidgetShortcut)

    def attach(self, frame: QFrame) -> None:
        """Below the detail pane's scroll area (``RecordsView.scrolling_detail``), which keeps the height."""
        layout = frame.layout()
        layout.addWidget(QFrame(frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken))
        layout.addWidget(self)
        layout.setStretch(0, 1)

    def keep_draft(self) -> None:
        if self.record_id is None:
            return
        text = self.edit.toPlainText()
        if text.strip():
            self.drafts[self.record_id] = text
        else:
            self.drafts.pop(self.record_id, None)

    def show_for(self, record_id: int | None, refused: ServiceError | None = None) -> bool:
        """Write to this record (None: none shown); ``refused`` disables the box with its reason.
        -> whether the record is another one than before (its draft was put in the box)."""
        self.keep_draft()
        self.setVisible(record_id is not None)
        for w in (self.edit, self.send_button):
            w.setEnabled(refused is None)
        self.error.setText(labels.service_error(refused, self.action) if refused is not None else "")
        if record_id == self.record_id:
            return False
        self.record_id = record_id
        self.edit.setPlainText(self.drafts.get(record_id, "") if record_id is not None else "")
        return True

    def send(self, work: Callable[[str], Any], done: Callable[[int], None], empty: str,
             check: Callable[[str], str | None] = lambda text: None) -> bool:
        """Hand the text to ``work(text)`` (a service call) off the UI thread; ``done(record_id)`` after.
        ``empty`` is said when there is nothing to send, ``check(text)`` may refuse with a message."""
        if self.record_id is None or not self.send_button.isEnabled():
            return False
        text = self.edit.toPlainText()
        problem = empty if not text.strip() else check(text)
        if problem:
            self.error.setText(problem)
            return False
        record_id = self.record_id
        self.send_button.setEnabled(False)
        self.error.clear()
        run_in_background(lambda: work(text), lambda _: self._sent(record_id, text, done), self._failed, self)
        return True

    def _sent(self, record_id: int, text: str, done: Callable[[int], None]) -> None:
        self.send_button.setEnabled(True)
        self.drafts.pop(record_id, None)
        if self.record_id == record_id and self.edit.toPlainText() == text:
            self.edit.clear()   # (anything typed meanwhile stays)
        done(record_id)

    def _failed(self, err: Exception) -> None:
        self.send_button.setEnabled(True)
        self.error.setText(labels.service_error(err, self.action) if isinstance(err, ServiceError)
                           else self.tr("It could not be saved: %1").replace("%1", str(err)))
