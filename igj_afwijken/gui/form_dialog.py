"""A short form in a dialog whose OK button stays off, with the reason shown, until it is complete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from igj_afwijken.gui.widgets import DateField, FocusRing, plain_label


class FormDialog(QDialog):
    """Subclasses build their fields, call `finish_layout`, connect their fields' changes to
    `_check` and say in `problem_text` what still stands in the way ("" when nothing)."""

    def __init__(self, problem_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = plain_label("")
        self.problem.setObjectName(problem_name)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)  # text: subclass
        self.ok_button.setDefault(True)
        FocusRing(self.ok_button)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Annuleren")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, above: Sequence[QWidget], form: QFormLayout) -> None:
        """Lay out what stands above the form, the form, the reason it is not complete, and the
        buttons."""
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in self.findChildren(DateField):
            field.problemChanged.connect(self._check)

    def accept(self) -> None:
        """Read what was typed in a date field last (Enter may come before the field saw it)
        and close only when nothing stands in the way."""
        for field in self.findChildren(DateField):
            field.confirm_typed()
        self._check()
        if self.ok_button.isEnabled():
            super().accept()

    def problem_text(self) -> str:
        return ""

    def _check(self, *_args) -> None:
        unreadable = [field.problem() for field in self.findChildren(DateField) if field.problem()]
        problem = unreadable[0] if unreadable else self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
