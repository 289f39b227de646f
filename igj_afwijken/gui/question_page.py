"""A question step: one IGJ question, its sub-questions as separate fields, help beside each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Question, SubQuestion
from igj_afwijken.domain.model import Dossier
from igj_afwijken.gui.answer_edit import AnswerEdit
from igj_afwijken.gui.widgets import ScrollingPage, explanation, heading


class QuestionPage(ScrollingPage):
    """Emits `answerEdited(question_id)` on every change the user makes in a field."""

    answerEdited = Signal(str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.editors: dict[str, AnswerEdit] = {}
        self.body.addWidget(heading(f"{question.number}. {question.text}"))
        self.body.addWidget(explanation(question.help))
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
        self.body.addStretch(1)

    def _subquestion_block(self, sub: SubQuestion) -> QWidget:
        block = QFrame()
        block.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(block)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setHorizontalSpacing(18)

        label = QLabel(sub.text)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        editor = AnswerEdit(sub.id)
        editor.setObjectName(f"answer:{sub.id}")
        label.setBuddy(editor)
        editor.setAccessibleName(sub.text)
        editor.setAccessibleDescription(sub.help)
        editor.textChanged.connect(lambda question_id=sub.id: self.answerEdited.emit(question_id))
        words = explanation(self.tr("0 woorden"))
        editor.wordCountChanged.connect(
            lambda count, target=words: target.setText(
                self.tr("1 woord") if count == 1 else self.tr("%n woorden", "", count)
            )
        )

        help_column = QVBoxLayout()
        help_column.addWidget(explanation(sub.help))
        example = explanation(self.tr("Voorbeeld:") + "\n" + sub.example)
        example.setObjectName(f"example:{sub.id}")
        example.hide()
        toggle = QPushButton(self.tr("Voorbeeld tonen"))
        toggle.setCheckable(True)
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

        grid.addWidget(label, 0, 0, 1, 2)
        grid.addWidget(editor, 1, 0)
        grid.addLayout(help_column, 1, 1)
        grid.addWidget(words, 2, 0)
        self.editors[sub.id] = editor
        return block

    def show_dossier(self, dossier: Dossier) -> None:
        for question_id, editor in self.editors.items():
            editor.set_text_silently(dossier.answer_text(question_id))
