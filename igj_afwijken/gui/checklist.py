"""A topic checklist beside a question: each point answered ja / nee / n.v.t., with a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue, ChecklistItem
from igj_afwijken.domain.model import ChecklistAnswer
from igj_afwijken.gui.widgets import show_start_when_left

CHOICES = ("ja", "nee", "nvt")


class ChecklistRow(QWidget):
    """One point of a checklist. Emits `edited(item_id, value, note)` on every user change."""

    edited = Signal(str, str, str)

    def __init__(self, item: ChecklistItem, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"checklist:{item.id}")
        self.text = QLabel(item.text)
        self.text.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.note = QLineEdit()
        show_start_when_left(self.note)
        self.note.setPlaceholderText(self.tr("Toelichting (niet verplicht)"))
        self.note.setAccessibleName(self.tr("Toelichting bij: %1").replace("%1", item.text))
        answer_line = QHBoxLayout()
        answer_line.setContentsMargins(0, 0, 0, 0)
        for value in CHOICES:
            button = QRadioButton(catalogue.checklist_values[value])
            button.setAccessibleName(f"{catalogue.checklist_values[value]}: {item.text}")
            self.group.addButton(button)
            self.buttons[value] = button
            answer_line.addWidget(button)
        answer_line.addSpacing(12)
        answer_line.addWidget(self.note, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addLayout(answer_line)
        self.group.buttonClicked.connect(lambda _button: self._emit())
        self.note.textEdited.connect(lambda _text: self._emit())

    @property
    def value(self) -> str:
        return next((value for value, b in self.buttons.items() if b.isChecked()), "")

    def show_answer(self, answer: ChecklistAnswer | None) -> None:
        value = answer.value if answer else ""
        # An exclusive group cannot clear its last choice; switch that off for a moment.
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)
        self.note.setText(answer.note if answer else "")
        self.note.setCursorPosition(0)  # show a long note from its beginning

    def first_control(self) -> QWidget:
        return self.buttons[self.value or CHOICES[0]]

    def _emit(self) -> None:
        self.edited.emit(self.item.id, self.value, self.note.text())


class ChecklistBox(QGroupBox):
    """The checklist points that belong with one sub-question, for the topics chosen at Start."""

    def __init__(
        self, items: list[ChecklistItem], catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        topics = []
        for item in items:
            title = catalogue.topic(item.topic).title
            if title not in topics:
                topics.append(title)
        self.setTitle(self.tr("Checklist: %1").replace("%1", ", ".join(topics)))
        layout = QGridLayout(self)
        self.rows: dict[str, ChecklistRow] = {}
        for index, item in enumerate(items):
            row = ChecklistRow(item, catalogue)
            layout.addWidget(row, index, 0)
            self.rows[item.id] = row
