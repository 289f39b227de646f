"""The Evaluaties panel at question 5: who evaluates, and a log of the evaluations held."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier, EvaluationRecord
from igj_afwijken.domain.text import long_date
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.form_dialog import FormDialog
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.widgets import DateField, KnownDateField, explanation

ID_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS_MAX_HEIGHT = 420  # beyond this the table scrolls inside the page


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _text_field(name: str, description: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)  # Tab leaves the field, as in every other form field
    field.setAccessibleName(name)
    field.setAccessibleDescription(description)
    field.setMinimumHeight(80)
    return field


class EvaluationDialog(FormDialog):
    """A small form for one evaluation held. `record()` reads the form; the id of an edited
    record is kept. Open it with `ask_evaluation`, which tests replace."""

    def __init__(
        self,
        catalogue: Catalogue,
        record: EvaluationRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("evaluationProblem", parent)
        self.ok_button.setText(self.tr("Vastleggen"))
        self.catalogue = catalogue
        self._original = record
        self.setWindowTitle(
            self.tr("Evaluatie bewerken") if record else self.tr("Evaluatie vastleggen")
        )
        self.setMinimumWidth(480)

        self.held_on = KnownDateField()
        self.held_on.setAccessibleName(self.tr("Datum van de evaluatie"))
        self.held_on.setDate(_qdate(record.held_on) if record else QDate.currentDate())
        self.findings = _text_field(
            self.tr("Wat bleek"),
            self.tr("Wat de evaluatie liet zien: signalen, cijfers, ervaringen"),
        )
        self.adjustments = _text_field(
            self.tr("Wat is bijgestuurd"), self.tr("Wat er naar aanleiding hiervan is veranderd")
        )
        self.next_date = DateField(self.tr("nog niet gepland"))
        self.next_date.setAccessibleName(self.tr("Datum van de volgende evaluatie"))
        if record:
            self.findings.setPlainText(record.findings)
            self.adjustments.setPlainText(record.adjustments)
            self.next_date.set_value(record.next_date)

        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self.held_on)
        form.addRow(self.tr("&Wat bleek:"), self.findings)
        form.addRow(self.tr("Wat is &bijgestuurd:"), self.adjustments)
        form.addRow(self.tr("&Volgende evaluatie:"), self.next_date)

        intro = self.tr(
            "Leg vast wanneer u hebt geëvalueerd, wat er bleek en wat u hebt bijgestuurd. "
            "Zo laat u de inspectie zien dat de afwijking wordt gevolgd."
        )
        self.finish_layout([explanation(intro)], form)

        self.held_on.dateChanged.connect(self._check)
        self.next_date.dateChanged.connect(self._check)
        self._check()
        self.findings.setFocus()

    def problem_text(self) -> str:
        """Why the form cannot be saved yet, or ""."""
        next_date = self.next_date.value()
        if next_date is not None and next_date <= self._held_on():
            return self.tr("De volgende evaluatie moet na de datum van deze evaluatie liggen.")
        return ""

    def _held_on(self) -> date:
        picked = self.held_on.date()
        return date(picked.year(), picked.month(), picked.day())

    def record(self) -> EvaluationRecord:
        values = {
            "held_on": self._held_on(),
            "findings": self.findings.toPlainText().strip(),
            "adjustments": self.adjustments.toPlainText().strip(),
            "next_date": self.next_date.value(),
        }
        if self._original is not None:
            return replace(self._original, **values)
        return EvaluationRecord(**values)


def ask_evaluation(
    parent: QWidget | None, catalogue: Catalogue, record: EvaluationRecord | None = None
) -> EvaluationRecord | None:
    """Ask for a new evaluation, or changes to `record`; None when the user cancels."""
    dialog = EvaluationDialog(catalogue, record, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.record()
        return None
    finally:
        dialog.deleteLater()


class EvaluationPanel(DossierPanel):
    """Who evaluates, and the evaluations held, for question 5. Edits emit `edited("evaluator")`
    or `edited("evaluations")`. When a new or edited evaluation plans a next evaluation later
    than the dossier's (or the dossier has none yet), the panel sets `dossier.next_evaluation`,
    emits `edited("next_evaluation")` and then `nextEvaluationChanged(date)`, so the editor can
    show the new date in question 5's own "Volgende evaluatie" field."""

    nextEvaluationChanged = Signal(object)  # a datetime.date

    COLUMNS = 4

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Evaluaties"), catalogue, parent)
        self.setObjectName("evaluationPanel")

        self.evaluator = QLineEdit()
        self.evaluator.setObjectName("evaluator")
        self.evaluator.setAccessibleName(self.tr("Wie evalueert"))
        self.evaluator.setPlaceholderText(
            self.tr("Bijvoorbeeld: de teamleider met de kwaliteitsadviseur")
        )
        self.evaluator.textEdited.connect(self._evaluator_edited)
        form = QFormLayout()
        form.addRow(self.tr("Wie &evalueert:"), self.evaluator)

        log_label = QLabel(self.tr("Gehouden evaluaties"))
        font = log_label.font()
        font.setBold(True)
        log_label.setFont(font)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("evaluations")
        self.table.setAccessibleName(self.tr("Gehouden evaluaties"))
        self.table.setAccessibleDescription(
            self.tr("Enter of dubbelklikken bewerkt een evaluatie, Delete verwijdert haar.")
        )
        log_label.setBuddy(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Wat bleek"),
                self.tr("Wat is bijgestuurd"),
                self.tr("Volgende evaluatie"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._edit_index)  # double-click or Enter
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        self.empty = explanation(
            self.tr(
                "Nog geen evaluaties vastgelegd. Leg na elke evaluatie vast wat er bleek en wat "
                "u hebt bijgestuurd."
            )
        )
        self.empty.setObjectName("evaluationsEmpty")

        self.add_button = QPushButton(self.tr("Evaluatie vastleggen…"))
        self.add_button.setObjectName("addEvaluation")
        self.add_button.setAccessibleName(self.tr("Evaluatie vastleggen"))
        self.add_button.clicked.connect(self.add_evaluation)
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.edit_button.setObjectName("editEvaluation")
        self.edit_button.setAccessibleName(self.tr("Gekozen evaluatie bewerken"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setObjectName("removeEvaluation")
        self.remove_button.setAccessibleName(self.tr("Gekozen evaluatie verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "Signalen, momenten en stopcriteria beschrijft u hierboven. Hier legt u vast "
                    "wie evalueert en welke evaluaties er zijn gehouden."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(log_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._show_records(())

    # -- showing ---------------------------------------------------------------------------------

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self.evaluator.setText(dossier.evaluator)
        self._show_records(dossier.evaluations)

    def focus_part(self, part: str) -> QWidget | None:
        if part == "evaluator":
            return self.evaluator
        if part == "evaluations":
            return self.table if self.table.rowCount() else self.add_button
        return None

    def _show_records(self, records, select_id: str = "") -> None:
        self.table.setRowCount(0)
        for record in _sorted(records):
            row = self.table.rowCount()
            self.table.insertRow(row)
            held = QTableWidgetItem(long_date(record.held_on))
            held.setData(ID_ROLE, record.id)
            cells = [
                held,
                QTableWidgetItem(record.findings),
                QTableWidgetItem(record.adjustments),
                QTableWidgetItem(
                    long_date(record.next_date) if record.next_date else self.tr("nog niet gepland")
                ),
            ]
            for column, item in enumerate(cells):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
            if record.id == select_id:
                self.table.selectRow(row)
        has_rows = self.table.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._fit_height()
        self._update_buttons()

    def _fit_height(self) -> None:
        """Show every row on the page itself, up to a limit; the page scrolls, not the table."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(min(max(height, 60), VISIBLE_ROWS_MAX_HEIGHT))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # wrapped text takes more or fewer lines at another width

    def _update_buttons(self) -> None:
        chosen = self._selected_id() != ""
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        return self.table.item(rows[0].row(), 0).data(ID_ROLE)

    def _record(self, record_id: str) -> EvaluationRecord | None:
        if self.dossier is None:
            return None
        return next((r for r in self.dossier.evaluations if r.id == record_id), None)

    # -- editing ---------------------------------------------------------------------------------

    def _evaluator_edited(self, text: str) -> None:
        if self.dossier is None:
            return
        self.dossier.evaluator = text
        self.edited.emit("evaluator")

    def add_evaluation(self) -> None:
        if self.dossier is None:
            return
        record = ask_evaluation(self, self.catalogue)
        if record is not None:
            self._add_record(record)

    def edit_selected(self) -> None:
        original = self._record(self._selected_id())
        if original is None:
            return
        record = ask_evaluation(self, self.catalogue, original)
        if record is not None:
            self._replace_record(replace(record, id=original.id))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_selected()

    def remove_selected(self) -> None:
        record = self._record(self._selected_id())
        if record is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Evaluatie verwijderen"),
            self.tr("De evaluatie van %1 verwijderen?").replace("%1", long_date(record.held_on)),
            self.tr("Verwijderen"),
        ):
            return
        self._store(tuple(r for r in self.dossier.evaluations if r.id != record.id))
        if self.table.rowCount():
            self.table.setFocus()
        else:
            self.add_button.setFocus()

    def _add_record(self, record: EvaluationRecord) -> None:
        """Add an evaluation held to the dossier, as the "Evaluatie vastleggen" button does."""
        if self.dossier is None:
            return
        self._store((*self.dossier.evaluations, record), record)

    def _replace_record(self, record: EvaluationRecord) -> None:
        if self.dossier is None:
            return
        records = tuple(record if r.id == record.id else r for r in self.dossier.evaluations)
        self._store(records, record)

    def _store(self, records, changed: EvaluationRecord | None = None) -> None:
        dossier = self.dossier
        dossier.evaluations = _sorted(records)
        self._show_records(dossier.evaluations, changed.id if changed else "")
        self.edited.emit("evaluations")
        planned = changed.next_date if changed else None
        if planned is not None and (
            dossier.next_evaluation is None or planned > dossier.next_evaluation
        ):
            dossier.next_evaluation = planned
            self.edited.emit("next_evaluation")
            self.nextEvaluationChanged.emit(planned)


def _sorted(records) -> tuple[EvaluationRecord, ...]:
    """Oldest first, newest last; records on one day keep their order."""
    return tuple(sorted(records, key=lambda r: r.held_on))
