"""When a colleague saved the same answer meanwhile: both texts side by side, and the user keeps
one of them or writes the two together."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from igj_afwijken.gui.widgets import explanation


class ConflictDialog(QDialog):
    """`chosen` is the text to keep once the dialog is closed; closing it keeps the user's own."""

    def __init__(self, question: str, mine: str, theirs: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tegelijk gewijzigd"))
        self.setMinimumSize(720, 460)
        self.chosen = mine
        self.mine = self._text(mine, self.tr("Uw tekst"))
        self.theirs = self._text(theirs, self.tr("Tekst van een collega"))
        self.together = QPlainTextEdit(f"{mine}\n\n{theirs}" if mine and theirs else mine or theirs)
        self.together.setAccessibleName(self.tr("Samengevoegde tekst"))
        self.together.setTabChangesFocus(True)
        layout = QGridLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "Een collega heeft het antwoord op “%1” opgeslagen terwijl u het ook "
                    "wijzigde. Er is niets verloren: kies welke tekst blijft, of voeg ze samen "
                    "en pas de samengevoegde tekst aan."
                ).replace("%1", question)
            ),
            0,
            0,
            1,
            2,
        )
        for column, (label, field) in enumerate(
            ((self.tr("Uw tekst"), self.mine), (self.tr("Tekst van een collega"), self.theirs))
        ):
            layout.addWidget(QLabel(label), 1, column)
            layout.addWidget(field, 2, column)
        layout.addWidget(QLabel(self.tr("Samengevoegd:")), 3, 0, 1, 2)
        layout.addWidget(self.together, 4, 0, 1, 2)
        buttons = QDialogButtonBox()
        for label, text in (
            (self.tr("&Mijn tekst houden"), lambda: mine),
            (self.tr("&Tekst van collega nemen"), lambda: theirs),
            (self.tr("&Samengevoegde tekst bewaren"), self.together.toPlainText),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, text=text: self._choose(text()))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons, 5, 0, 1, 2)

    def _text(self, text: str, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit(text)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        return field

    def _choose(self, text: str) -> None:
        self.chosen = text
        self.accept()


def settle(parent: QWidget | None, question: str, mine: str, theirs: str) -> str:
    """The text the user keeps of two saved at once (their own when they close the dialog)."""
    dialog = ConflictDialog(question, mine, theirs, parent)
    dialog.exec()
    return dialog.chosen
