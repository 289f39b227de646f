"""The Evaluaties panel at question 5: who evaluates, and a log of the evaluations held."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier, EvaluationRecord
from igj_afwijken.domain.text import long_date
from igj_afwijken.gui.form_dialog import FormDialog
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.row_model import Column, RowTableModel
from igj_afwijken.gui.row_table import RowTable
from igj_afwijken.gui.widgets import DateField, KnownDateField, explanation

VISIBLE_LINES_MAX = 14  # beyond this the table scrolls inside the page (420 px at 9 pt)
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


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
        self.held_on.set_value(record.held_on if record else date.today())
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
        return self.held_on.value() or date.today()  # a known date field is never empty

    def record(self) -> EvaluationRecord:
        held_on = self._held_on()
        return replace(
            self._original or EvaluationRecord(held_on=held_on),
            held_on=held_on,
            findings=self.findings.toPlainText().strip(),
            adjustments=self.adjustments.toPlainText().strip(),
            next_date=self.next_date.value(),
        )


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
        not_planned = self.tr("nog niet gepland")
        self.model = RowTableModel(
            [
                Column("held_on", self.tr("Datum"), "date", show=long_date, align=TOP_LEFT),
                Column(
                    "findings", self.tr("Wat bleek"), "lines", share=1, wrap=True, align=TOP_LEFT
                ),
                Column(
                    "adjustments",
                    self.tr("Wat is bijgestuurd"),
                    "lines",
                    share=1,
                    wrap=True,
                    align=TOP_LEFT,
                ),
                Column(
                    "next_date",
                    self.tr("Volgende evaluatie"),
                    "date",
                    empty=not_planned,
                    show=lambda day: long_date(day) if day else not_planned,
                    align=TOP_LEFT,
                ),
            ],
            self,
            editable=False,  # an evaluation is recorded and changed in its own dialog
        )
        self.log = RowTable(
            self.model,
            name=self.tr("Gehouden evaluaties"),
            editing="none",
            remove_title=self.tr("Evaluatie verwijderen"),
            remove_question=lambda _row, record: self.tr(
                "De evaluatie van %1 verwijderen?"
            ).replace("%1", long_date(record.held_on)),
            empty_text=self.tr(
                "Nog geen evaluaties vastgelegd. Leg na elke evaluatie vast wat er bleek en wat "
                "u hebt bijgestuurd."
            ),
            most_lines=VISIBLE_LINES_MAX,
        )
        self.table = self.log.table
        self.table.setObjectName("evaluations")
        self.table.setAccessibleDescription(
            self.tr("Enter of dubbelklikken bewerkt een evaluatie, Delete verwijdert haar.")
        )
        log_label.setBuddy(self.table)
        assert self.log.empty is not None  # it has an empty text
        self.empty = self.log.empty
        self.empty.setObjectName("evaluationsEmpty")

        self.add_button = self.log.add_button
        self.add_button.setText(self.tr("Evaluatie vastleggen…"))
        self.add_button.setObjectName("addEvaluation")
        self.add_button.setAccessibleName(self.tr("Evaluatie vastleggen"))
        self.add_button.clicked.connect(self.add_evaluation)
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.edit_button.setObjectName("editEvaluation")
        self.edit_button.setAccessibleName(self.tr("Gekozen evaluatie bewerken"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.log.buttons.insertWidget(1, self.edit_button)
        self.remove_button = self.log.remove_button
        self.remove_button.setText(self.tr("Verwijderen"))
        self.remove_button.setObjectName("removeEvaluation")
        self.remove_button.setAccessibleName(self.tr("Gekozen evaluatie verwijderen"))
        self.log.rowActivated.connect(lambda _row: self.edit_selected())
        self.log.currentChanged.connect(self._update_buttons)
        self.log.rowsEdited.connect(self._rows_edited)

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
        layout.addWidget(self.log)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------------

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self.evaluator.setText(dossier.evaluator)
        self.log.set_rows(_sorted(dossier.evaluations))

    def focus_part(self, part: str) -> QWidget | None:
        if part == "evaluator":
            return self.evaluator
        if part == "evaluations":
            return self.table if self.model.rowCount() else self.add_button
        return None

    def _update_buttons(self) -> None:
        chosen = self.log.current_row() is not None
        self.edit_button.setEnabled(chosen)

    def _selected(self) -> EvaluationRecord | None:
        row = self.log.current_row()
        return None if self.dossier is None or row is None else self.model.row(row)

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
        original = self._selected()
        if original is None:
            return
        record = ask_evaluation(self, self.catalogue, original)
        if record is not None:
            self._replace_record(replace(record, id=original.id))

    def _add_record(self, record: EvaluationRecord) -> None:
        """Add an evaluation held to the dossier, as the "Evaluatie vastleggen" button does."""
        if self.dossier is not None:
            self._store(self.dossier, (*self.dossier.evaluations, record), record)

    def _replace_record(self, record: EvaluationRecord) -> None:
        if self.dossier is not None:
            records = tuple(record if r.id == record.id else r for r in self.dossier.evaluations)
            self._store(self.dossier, records, record)

    def _rows_edited(self) -> None:
        """A row was removed from the log."""
        if self.dossier is not None:
            self.dossier.evaluations = self.log.rows
            self.edited.emit("evaluations")

    def _store(
        self, dossier: Dossier, records: Iterable[EvaluationRecord], changed: EvaluationRecord
    ) -> None:
        dossier.evaluations = _sorted(records)
        self.log.set_rows(dossier.evaluations)
        self.table.selectRow(next(i for i, r in enumerate(dossier.evaluations) if r is changed))
        self.edited.emit("evaluations")
        planned = changed.next_date
        if planned is not None and (
            dossier.next_evaluation is None or planned > dossier.next_evaluation
        ):
            dossier.next_evaluation = planned
            self.edited.emit("next_evaluation")
            self.nextEvaluationChanged.emit(planned)


def _sorted(records: Iterable[EvaluationRecord]) -> tuple[EvaluationRecord, ...]:
    """Oldest first, newest last; records on one day keep their order."""
    return tuple(sorted(records, key=lambda r: r.held_on))
