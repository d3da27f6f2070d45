"""Import listing changes from a CSV file: pick the file, map its columns, see every problem, apply."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...services.edits import ServiceError
from ...services.imports import FIELDS, ImportFileError, guess_mapping, plan_import, read_table
from .. import formatting, theme
from ..bridge import run_in_background


class ListingImportDialog(QDialog):
    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[dict] = []
        self.header: list[str] = []
        self.plan = None
        self.applied: list = []
        self.setWindowTitle(self.tr("Import listing changes from CSV"))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each row changes the variant with its SKU: price, compare-at price, and its "
                               "listing's title, description, category, brand or status. Nothing is imported "
                               "while any row has a problem."), wordWrap=True, objectName="muted")
        layout.addWidget(intro)
        pick = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose)
        pick.addWidget(self.file_label, 1)
        pick.addWidget(choose)
        layout.addLayout(pick)
        self.form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        names = {"sku": self.tr("SKU (required)"), "price": self.tr("Price"),
                 "compare_at_price": self.tr("Compare-at price"), "title": self.tr("Title"),
                 "description": self.tr("Description"), "category": self.tr("Category"),
                 "brand": self.tr("Brand"), "status": self.tr("Status")}
        for f in FIELDS:
            box = QComboBox()
            box.currentIndexChanged.connect(self._mapping_changed)
            self.boxes[f] = box
            self.form.addRow(names[f], box)
        layout.addLayout(self.form)
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._set_ready(False)
        self.check_button.setEnabled(False)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        try:
            self.header, self.rows = read_table(path)
        except (ImportFileError, OSError) as err:
            self.header, self.rows = [], []
            self._say(str(err), "danger")
            self.check_button.setEnabled(False)
            return False
        self.file_label.setText(self.tr("%1: %n row(s)", "", len(self.rows)).replace("%1", path))
        guessed = guess_mapping(self.header)
        for f, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(not imported)"), None)
            for h in self.header:
                box.addItem(h, h)
            box.setCurrentIndex(max(0, box.findData(guessed.get(f))))
            box.blockSignals(False)
        self.check_button.setEnabled(True)
        self._mapping_changed()
        return True

    def mapping(self) -> dict[str, str]:
        return {f: box.currentData() for f, box in self.boxes.items() if box.currentData()}

    def _mapping_changed(self) -> None:
        self.plan = None
        self._set_ready(False)
        self.problems.setRowCount(0)
        self._say(self.tr("Map the columns, then Check."), "muted")

    def _say(self, text: str, role: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {theme.color(role).name()};")

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready)

    def check(self) -> None:
        mapping = self.mapping()
        digits = formatting.minor_digits(self.workspace.shop.get("currency") or "CNY")
        self.check_button.setEnabled(False)
        self._say(self.tr("Checking %n row(s)…", "", len(self.rows)), "muted")
        run_in_background(lambda: plan_import(self.workspace.engine, self.workspace.actor, self.rows, mapping, digits),
                          self._checked, self._check_failed, self)

    def _checked(self, plan) -> None:
        self.plan = plan
        self.check_button.setEnabled(True)
        self.problems.setRowCount(len(plan.problems))
        for i, p in enumerate(plan.problems):
            for j, text in enumerate((str(p.row), p.column, p.message)):
                self.problems.setItem(i, j, QTableWidgetItem(text))
        if plan.problems:
            self._say(self.tr("%n problem(s) found: nothing will be imported until the file is fixed.", "",
                              len(plan.problems)), "danger")
        else:
            self._say(self.tr("Ready: %n change(s) to %1 listing(s), from %2 row(s).", "", len(plan.steps))
                      .replace("%1", str(plan.listings)).replace("%2", str(plan.rows)), "success")
        self._set_ready(plan.ok)

    def _check_failed(self, err: Exception) -> None:
        self.check_button.setEnabled(True)
        self._say(str(err), "danger")

    def apply(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        try:
            self.applied = self.workspace.perform_all(self.plan.steps)
        except ServiceError as err:  # the cache changed since the check: check again
            self._say(err.message, "danger")
            self._set_ready(False)
            return
        self.accept()
