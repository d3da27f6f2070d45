"""Changes from a CSV file: pick the file, map its columns, see every problem, then apply all or nothing.

:class:`CsvImportDialog` is the pattern; a subclass says which fields a column can be mapped to,
how the columns are guessed from the file's header, and how the rows become a plan (the services'
``plan_*`` functions, run off the UI thread). A plan has ``steps``, ``problems`` (line, column,
message), ``rows`` and ``ok``; only a plan with no problem can be applied, in one transaction.
"""

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
from ...services.imports import ImportFileError, read_table
from .. import theme
from ..bridge import run_in_background


class CsvImportDialog(QDialog):
    fields: tuple[str, ...] = ()

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[dict] = []
        self.header: list[str] = []
        self.plan = None
        self.applied: list = []
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.intro(), wordWrap=True, objectName="muted"))
        pick = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose)
        pick.addWidget(self.file_label, 1)
        pick.addWidget(choose)
        layout.addLayout(pick)
        self.form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        names = self.field_names()
        for f in self.fields:
            box = QComboBox()
            box.currentIndexChanged.connect(self._mapping_changed)
            self.boxes[f] = box
            self.form.addRow(names[f], box)
        layout.addLayout(self.form)
        self.add_options(layout)
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
        self.import_button = buttons.addButton(self.apply_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setProperty("primary", True)
        self.check_button.clicked.connect(self.check)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._set_ready(False)
        self.check_button.setEnabled(False)

    # --- for subclasses ---------------------------------------------------------------------
    def intro(self) -> str:
        raise NotImplementedError

    def field_names(self) -> dict[str, str]:
        raise NotImplementedError

    def apply_text(self) -> str:
        return self.tr("Import")

    def guess(self, header: list[str]) -> dict[str, str]:
        raise NotImplementedError

    def make_plan(self, rows: list[dict], mapping: dict[str, str]):
        """The plan for these rows (runs on a worker thread: no widgets here)."""
        raise NotImplementedError

    def ready_text(self, plan) -> str:
        raise NotImplementedError

    def add_options(self, layout: QVBoxLayout) -> None:
        """Widgets between the column mapping and the summary (none by default)."""

    # --- the file ---------------------------------------------------------------------------
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
        guessed = self.guess(self.header)
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

    # --- check, then apply ------------------------------------------------------------------
    def check(self) -> None:
        mapping = self.mapping()
        rows = self.rows
        self.plan = None
        self.check_button.setEnabled(False)
        self._set_ready(False)
        self._say(self.tr("Checking %n row(s)…", "", len(self.rows)), "muted")
        run_in_background(lambda: self.make_plan(rows, mapping), self._checked, self._check_failed, self)

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
            self._say(self.ready_text(plan), "success")
        self._set_ready(plan.ok)

    def _check_failed(self, err: Exception) -> None:
        self.check_button.setEnabled(True)
        self._say(str(err), "danger")

    def apply(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        steps = self.plan.steps
        self._set_ready(False)
        self.check_button.setEnabled(False)
        run_in_background(lambda: self.workspace.perform_all(steps), self._applied, self._apply_failed, self)

    def _applied(self, changes: list) -> None:
        self.applied = changes
        self.accept()

    def _apply_failed(self, err: Exception) -> None:
        # the cache changed since the check (or the role did): nothing was applied; check again
        self.check_button.setEnabled(True)
        self._say(err.message if isinstance(err, ServiceError) else str(err), "danger")
