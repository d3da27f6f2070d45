"""The shop's canned replies: write, change and delete the answers agents insert in the composer.

Built-in replies (English and Chinese) are shown read-only, to copy from; the shop's own are kept
in the cache by ``services.canned``. The facts a reply may name ({customer_name}, {order_number}…)
are one click away, and a name the console does not know is refused when saving.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import canned
from ...services.edits import ServiceError
from ..records_view import ChipFlow


class CannedRepliesDialog(QDialog):
    def __init__(self, engine, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.current: canned.CannedReply | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Canned replies"))
        self.resize(860, 560)
        outer = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.list.currentItemChanged.connect(lambda item, _: self.show_reply(item.data(Qt.ItemDataRole.UserRole)
                                                                             if item else None))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("New reply"))
        self.new_button.clicked.connect(self.new_reply)
        left.addWidget(self.new_button)
        outer.addLayout(left)

        right = QVBoxLayout()
        form = QFormLayout()
        self.title = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese"), "zh_CN")
        form.addRow(self.tr("Name"), self.title)
        form.addRow(self.tr("Language"), self.language)
        right.addLayout(form)
        self.body = QPlainTextEdit()
        right.addWidget(self.body, 1)
        right.addWidget(QLabel(self.tr("Insert a fact of the ticket (filled in when the reply is used):"),
                               objectName="muted", wordWrap=True))
        facts = ChipFlow()
        for name in canned.VARIABLES:
            button = QPushButton("{" + name + "}")
            button.clicked.connect(lambda _=False, n=name: self.body.insertPlainText("{" + n + "}"))
            facts.addWidget(button)
        holder = QWidget()
        holder.setLayout(facts)
        right.addWidget(holder)
        self.read_only = QLabel(self.tr("A built-in reply: save a copy under a new name to change it."),
                                objectName="muted", wordWrap=True)
        right.addWidget(self.read_only)
        self.error = QLabel(objectName="errorText", wordWrap=True)
        right.addWidget(self.error)
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.copy_button = QPushButton(self.tr("Save as new"))
        self.copy_button.clicked.connect(lambda: self.save(as_new=True))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(lambda: self.save(as_new=False))
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        right.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        outer.addLayout(right, 1)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for reply in canned.replies(self.engine):
            tag = self.tr("built-in") if reply.built_in else self.tr("this shop")
            item = QListWidgetItem(f"{reply.title} · {'中文' if reply.language == 'zh_CN' else 'EN'} · {tag}")
            item.setData(Qt.ItemDataRole.UserRole, reply)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i in range(self.list.count())
                    if self.list.item(i).data(Qt.ItemDataRole.UserRole).key == select), 0)
        if self.list.count():
            self.list.setCurrentRow(row)
            self.show_reply(self.list.item(row).data(Qt.ItemDataRole.UserRole))

    def show_reply(self, reply: canned.CannedReply | None) -> None:
        self.current = reply
        self.error.clear()
        self.title.setText(reply.title if reply else "")
        self.language.setCurrentIndex(max(0, self.language.findData(reply.language if reply else "en")))
        self.body.setPlainText(reply.body if reply else "")
        built_in = bool(reply and reply.built_in)
        self.read_only.setVisible(built_in)
        for w in (self.title, self.language):
            w.setEnabled(not built_in)
        self.body.setReadOnly(built_in)
        self.save_button.setEnabled(not built_in)
        self.delete_button.setEnabled(reply is not None and not built_in)

    def new_reply(self) -> None:
        self.list.clearSelection()
        self.show_reply(None)
        self.title.setFocus()

    def save(self, as_new: bool) -> None:
        key = None if as_new or self.current is None or self.current.built_in else self.current.key
        title = self.title.text()
        if as_new and self.current is not None and title.strip() == self.current.title:
            title = self.tr("%1 (copy)").replace("%1", title.strip())
        try:
            reply = canned.save(self.engine, title, self.body.toPlainText(), self.language.currentData(), key)
        except ServiceError as err:
            self.error.setText(err.message)
            return
        self.changed = True
        self.reload(select=reply.key)

    def delete(self) -> None:
        if self.current is None or self.current.built_in:
            return
        canned.delete(self.engine, self.current.key)
        self.changed = True
        self.reload()
