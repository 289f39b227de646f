"""A question step: one IGJ question, its sub-questions as separate fields, guidance beside each."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain import readability
from igj_afwijken.domain.catalogue import Catalogue, Question, SubQuestion
from igj_afwijken.domain.model import Dossier
from igj_afwijken.gui.answer_edit import AnswerEdit
from igj_afwijken.gui.checklist import ChecklistBox, ChecklistRow
from igj_afwijken.gui.read_only import READING_ONLY
from igj_afwijken.gui.widgets import DateField, ScrollingPage, explanation, heading, note_box

if TYPE_CHECKING:
    from igj_afwijken.gui.spelling import Spelling

READABILITY_DELAY_MS = 400
MAX_HINTS = 6

# The sub-question under whose field the date of the next evaluation is asked.
NEXT_EVALUATION_QUESTION = "evaluatie.momenten"


class QuestionPage(ScrollingPage):
    """Emits `answerEdited(question_id)` on every change the user makes in an answer field,
    `checklistEdited(item_id, value, note)` for a checklist point, and `nextEvaluationEdited`."""

    answerEdited = Signal(str)
    plainEdited = Signal(str)  # the question id whose plain summary changed
    checklistEdited = Signal(str, str, str)
    nextEvaluationEdited = Signal()

    def __init__(
        self,
        question: Question,
        catalogue: Catalogue,
        spelling: Spelling | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self._spelling = spelling
        self._catalogue = catalogue
        self._context: tuple[str, tuple[str, ...]] | None = None
        self.editors: dict[str, AnswerEdit] = {}
        self.checklist_rows: dict[str, ChecklistRow] = {}
        self._examples: dict[str, QLabel] = {}
        self._tips: dict[str, QLabel] = {}
        self._checklist_holders: dict[str, QVBoxLayout] = {}
        self.next_evaluation: DateField | None = None

        self.body.addWidget(heading(f"{question.number}. {question.text}"))
        why = note_box(question.why, "why")
        why.setObjectName(f"why:{question.id}")
        self.body.addWidget(why)
        question_help = explanation(question.help)
        question_inspectie = _titled(
            self.tr("Waar let de inspectie op?"), question.inspectie, f"inspectie:{question.id}"
        )
        self.body.addWidget(question_help)
        self.body.addWidget(question_inspectie)
        # the guidance the user may hide to see more of the answers (Beeld › Hulp bij de vragen)
        self._guidance: list[tuple[QWidget, QGridLayout | None]] = [
            (question_help, None),
            (question_inspectie, None),
        ]
        self.body.addWidget(
            explanation(
                self.tr(
                    "Opmaak: **vet** (Ctrl+B), *schuin* (Ctrl+I); regels die beginnen met "
                    "“- ” of “1. ” worden een lijst."
                )
            )
        )
        for sub in question.subquestions:
            self.body.addWidget(self._subquestion_block(sub))
        self.body.addWidget(self._plain_block())
        self.body.addStretch(1)

    def _subquestion_block(self, sub: SubQuestion) -> QWidget:
        block, grid, label = _block(sub.text)
        editor = AnswerEdit(sub.id)
        editor.setObjectName(f"answer:{sub.id}")
        if self._spelling is not None:
            editor.check_spelling(self._spelling)
        label.setBuddy(editor)
        editor.setAccessibleName(sub.text)
        editor.setAccessibleDescription(sub.help)
        editor.textChanged.connect(lambda question_id=sub.id: self.answerEdited.emit(question_id))
        words = explanation(self.tr("0 woorden"))
        words.setObjectName(f"words:{sub.id}")
        editor.wordCountChanged.connect(
            lambda count, target=words: target.setText(
                self.tr("1 woord") if count == 1 else self.tr("%n woorden", "", count)
            )
        )

        help_column = QVBoxLayout()
        help_column.setSpacing(10)
        help_column.addWidget(explanation(sub.help))
        help_column.addWidget(
            _titled(self.tr("Waar let de inspectie op?"), sub.inspectie, f"inspectie:{sub.id}")
        )
        tips = explanation("")
        tips.setTextFormat(Qt.TextFormat.RichText)
        tips.setObjectName(f"tips:{sub.id}")
        tips.hide()
        help_column.addWidget(tips)
        example = explanation("")
        example.setTextFormat(Qt.TextFormat.PlainText)  # shows the Markdown as the user types it
        example.setObjectName(f"example:{sub.id}")
        example.hide()
        toggle = QPushButton(self.tr("Voorbeeld tonen"))
        toggle.setCheckable(True)
        toggle.setProperty(READING_ONLY, True)
        toggle.setObjectName(f"exampleToggle:{sub.id}")
        toggle.setAccessibleName(self.tr("Voorbeeldantwoord tonen: %1").replace("%1", sub.text))
        toggle.toggled.connect(example.setVisible)
        toggle.toggled.connect(
            lambda shown, button=toggle: button.setText(
                self.tr("Voorbeeld verbergen") if shown else self.tr("Voorbeeld tonen")
            )
        )
        help_column.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        help_column.addWidget(example)
        help_column.addStretch(1)

        # The field with its word count right under it, at the top beside the guidance, however
        # long the guidance is.
        answer_column = QVBoxLayout()
        answer_column.setSpacing(4)
        answer_column.addWidget(editor)
        answer_column.addWidget(words)
        if sub.id == NEXT_EVALUATION_QUESTION:
            answer_column.addWidget(self._next_evaluation_row())
        answer_column.addStretch(1)
        guidance = QWidget()
        guidance.setObjectName(f"guidance:{sub.id}")
        help_column.setContentsMargins(0, 0, 0, 0)
        guidance.setLayout(help_column)
        self._guidance.append((guidance, grid))
        grid.addWidget(label, 0, 0, 1, 2)
        grid.addLayout(answer_column, 1, 0)
        grid.addWidget(guidance, 1, 1)
        holder = QVBoxLayout()
        grid.addLayout(holder, 2, 0, 1, 2)
        self.editors[sub.id] = editor
        self._examples[sub.id] = example
        self._tips[sub.id] = tips
        self._checklist_holders[sub.id] = holder
        return block

    def set_guidance_visible(self, visible: bool) -> None:
        """Show or hide the help and what the inspectorate looks for: hidden, each answer field
        takes the box's width and a step shows more of its sub-questions at once."""
        for widget, grid in self._guidance:
            widget.setVisible(visible)
            if grid is not None:
                grid.setColumnStretch(1, 2 if visible else 0)

    def _plain_block(self) -> QWidget:
        """The answer retold in plain words for the client council, with a readability check."""
        block, grid, label = _block(
            self.tr("In gewone woorden, voor de cliëntenraad (niet verplicht)")
        )
        self.plain = AnswerEdit(f"{self.question.id}.eenvoudig")
        self.plain.setObjectName(f"plain:{self.question.id}")
        if self._spelling is not None:
            self.plain.check_spelling(self._spelling)
        self.plain.setPlaceholderText(
            self.tr(
                "Een paar korte zinnen, zonder vaktaal. Komt in de samenvatting en de adviesaanvraag."
            )
        )
        self.plain.setAccessibleName(self.tr("Samenvatting in gewone woorden"))
        label.setBuddy(self.plain)
        self.readability = explanation("")
        self.readability.setTextFormat(Qt.TextFormat.RichText)
        self.readability.setObjectName(f"readability:{self.question.id}")
        self._readability_timer = QTimer(self, singleShot=True, interval=READABILITY_DELAY_MS)
        self._readability_timer.timeout.connect(self._show_readability)
        self.plain.textChanged.connect(self._readability_timer.start)
        self.plain.textChanged.connect(lambda: self.plainEdited.emit(self.question.id))
        grid.addWidget(label, 0, 0, 1, 2)
        grid.addWidget(self.plain, 1, 0)
        grid.addWidget(self.readability, 1, 1)
        return block

    def _show_readability(self) -> None:
        report = readability.check(self.plain.toPlainText())
        if report.score is None:
            self.readability.setText(
                _escape(self.tr("Hier ziet u hoe makkelijk de tekst te lezen is."))
            )
            return
        lines = [
            "<b>"
            + _escape(
                self.tr("Leesbaarheid: %1 (%2)")
                .replace("%1", report.level)
                .replace("%2", f"{report.score:.0f}")
            )
            + "</b>"
        ]
        if not report.hints:
            lines.append(_escape(self.tr("Geen lange zinnen en geen vaktaal gevonden.")))
        lines += [f"• {_escape(hint.text)}" for hint in report.hints[:MAX_HINTS]]
        if len(report.hints) > MAX_HINTS:
            lines.append(
                _escape(
                    self.tr("en nog %1 punten").replace("%1", str(len(report.hints) - MAX_HINTS))
                )
            )
        self.readability.setText("<br>".join(lines))

    def plain_text(self) -> str:
        return self.plain.toPlainText()

    def _next_evaluation_row(self) -> QWidget:
        row = QWidget()
        form = QFormLayout(row)
        form.setContentsMargins(0, 6, 0, 0)
        self.next_evaluation = DateField(self.tr("nog niet gepland"))
        self.next_evaluation.setObjectName("next_evaluation")
        self.next_evaluation.setAccessibleName(self.tr("Datum van de volgende evaluatie"))
        self.next_evaluation.dateChanged.connect(lambda _date: self.nextEvaluationEdited.emit())
        form.addRow(self.tr("&Volgende evaluatie:"), self.next_evaluation)
        return row

    def next_evaluation_date(self) -> date | None:
        return None if self.next_evaluation is None else self.next_evaluation.value()

    def show_dossier(self, dossier: Dossier) -> None:
        for question_id, editor in self.editors.items():
            editor.set_text_silently(dossier.answer_text(question_id))
        self.plain.set_text_silently(dossier.plain_summary(self.question.id))
        self._show_readability()
        self._context = None
        self.update_context(dossier)
        if self.next_evaluation is not None:
            self.next_evaluation.blockSignals(True)
            self.next_evaluation.set_value(dossier.next_evaluation)
            self.next_evaluation.blockSignals(False)

    def update_context(self, dossier: Dossier) -> None:
        """Show the examples, sector tips and checklists that fit the dossier's sector and topics;
        an unplanned next evaluation's calendar opens at the start date when that lies ahead."""
        if self.next_evaluation is not None:
            start = dossier.start_date
            self.next_evaluation.set_anchor(start if start and start > date.today() else None)
        context = (dossier.sector, tuple(dossier.topics))
        if context == self._context:
            return
        self._context = context
        catalogue = self._catalogue
        for sub in self.question.subquestions:
            self._examples[sub.id].setText(self._examples_text(sub, dossier.sector))
            tips = catalogue.tips_for(sub.id, dossier.sector)
            tips_label = self._tips[sub.id]
            tips_label.setText(
                "<br><br>".join(
                    "<b>"
                    + _escape(
                        self.tr("Goed voorbeeld uit de %1:").replace(
                            "%1", catalogue.sectors[tip.sector].lower()
                        )
                    )
                    + "</b> "
                    + _escape(tip.text)
                    for tip in tips
                )
            )
            tips_label.setVisible(bool(tips))
            self._rebuild_checklist(sub.id, dossier)
        self.show_checklist(dossier)

    def _examples_text(self, sub: SubQuestion, sector: str) -> str:
        parts = []
        for number, example in enumerate(sub.examples_for(sector)[:2], start=1):
            where = ", ".join(self._catalogue.sectors[s].lower() for s in example.sectors)
            title = self.tr("Voorbeeld") if number == 1 else self.tr("Nog een voorbeeld")
            parts.append(f"{title}{f' ({where})' if where else ''}:\n{example.text}")
        return "\n\n".join(parts)

    def _rebuild_checklist(self, subquestion_id: str, dossier: Dossier) -> None:
        holder = self._checklist_holders[subquestion_id]
        while (item := holder.takeAt(0)) is not None:  # each a ChecklistBox
            old = item.widget()
            for item_id in getattr(old, "rows", {}):
                self.checklist_rows.pop(item_id, None)
            if old is not None:
                old.deleteLater()
        items = self._catalogue.checklist_items_for(subquestion_id, dossier.topics)
        if not items:
            return
        box = ChecklistBox(items, self._catalogue)
        box.setObjectName(f"checklistBox:{subquestion_id}")
        for item_id, row in box.rows.items():
            row.edited.connect(self.checklistEdited)
            self.checklist_rows[item_id] = row
        holder.addWidget(box)

    def show_checklist(self, dossier: Dossier) -> None:
        for item_id, row in self.checklist_rows.items():
            row.show_answer(dossier.checklist.get(item_id))


def _block(title: str) -> tuple[QFrame, QGridLayout, QLabel]:
    """A framed block: a bold title above a field (left) with its guidance (right)."""
    block = QFrame()
    block.setFrameShape(QFrame.Shape.StyledPanel)
    grid = QGridLayout(block)
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
    grid.setHorizontalSpacing(18)
    label = QLabel(title)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return block, grid, label


def _titled(title: str, text: str, name: str) -> QLabel:
    """Guidance with a bold lead-in, e.g. what the inspectorate looks for."""
    label = explanation("")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f"<b>{_escape(title)}</b> {_escape(text)}")
    label.setObjectName(name)
    return label


def _escape(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")
