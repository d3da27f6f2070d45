"""Diagnostics and crashes in the window (issue 7).

``DiagnosticsDialog`` shows ``services.diagnostics`` as text, to read or copy for support.
``CrashReporter`` catches what nothing else caught — on the UI thread (a slot) or on any other
thread — logs it with its traceback, and shows it once in a dialog with "Copy diagnostics"; the
window carries on (every change is a transaction, so the cache stays consistent for the next start).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ..services import diagnostics

log = logging.getLogger("merchant_app.crash")


class DiagnosticsDialog(QDialog):
    def __init__(self, text_of, parent=None, title: str | None = None, intro: str | None = None) -> None:
        """``text_of()`` gives the text (called again by Refresh)."""
        super().__init__(parent)
        self.text_of = text_of
        self.setWindowTitle(title or self.tr("Diagnostics"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro or self.tr("What support needs to know about this console. Tokens, "
                                                 "passwords, e-mail addresses and phone numbers are left out."),
                                wordWrap=True, objectName="muted"))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy diagnostics"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.text.setPlainText(self.text_of())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashReporter(QObject):
    """sys.excepthook and threading.excepthook for the window: log, then tell the user once."""

    crashed = Signal(str)   # the traceback, delivered on the UI thread

    def __init__(self, workspace_of, parent=None) -> None:
        super().__init__(parent)
        self.workspace_of = workspace_of
        self.dialog: DiagnosticsDialog | None = None
        self.seen = 0
        self.crashed.connect(self._show)
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._hook
        threading.excepthook = lambda args: self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _hook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled %s: %s", kind.__name__, value, exc_info=(kind, value, tb))
        self.seen += 1
        self.crashed.emit(text)

    def text(self, problem: str) -> str:
        workspace = self.workspace_of()
        facts = diagnostics.report(workspace) if workspace is not None else {}
        return diagnostics.as_text(facts, problem)

    def _show(self, problem: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return   # one at a time; the rest are in the log
        self.dialog = DiagnosticsDialog(
            lambda: self.text(problem), None, self.tr("Something went wrong"),
            self.tr("The console hit an error it did not expect. Your data is safe: every change is saved "
                    "whole or not at all, and edits not yet synced are kept. Please send these diagnostics "
                    "to support (tokens and personal data are left out)."))
        self.dialog.open()
