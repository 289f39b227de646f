"""The list of a dossier's steps beside the editor, each named with its progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import question_progress, start_progress


class StepList(QListWidget):
    """One row per step: Start, the questions, Overview and Document. `show_progress` adds to
    each name how much of it is done."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.setObjectName("steps")
        for name in names:
            self.addItem(QListWidgetItem(name))
        self.setMinimumWidth(210)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setSpacing(3)

    def show_progress(self, dossier: Dossier, catalogue: Catalogue) -> None:
        """Start counts its facts, each question its parts, the Overview all questions."""
        done, total = start_progress(dossier)
        self._set_label(0, f"{self.names[0]}  ({done}/{total})")
        progress = question_progress(dossier, catalogue)
        for index, question in enumerate(catalogue.questions, start=1):
            done, total = progress[question.id]
            self._set_label(index, f"{self.names[index]}  ({done}/{total})")
        answered = sum(done for done, _ in progress.values())
        count = sum(total for _, total in progress.values())
        overview = len(catalogue.questions) + 1
        self._set_label(overview, f"{self.names[overview]}  ({answered}/{count})")

    def _set_label(self, index: int, text: str) -> None:
        item = self.item(index)
        if item.text() != text:
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
