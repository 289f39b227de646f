"""Two texts saved at once: the user sees both and keeps one, or writes them together."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from igj_afwijken.gui.conflict_dialog import ConflictDialog, settle


@pytest.mark.parametrize(
    ("button", "kept"),
    [
        ("Mijn tekst houden", "Mijn tekst"),
        ("Tekst van collega nemen", "Hun tekst"),
        ("Samengevoegde tekst bewaren", "Mijn tekst\n\nHun tekst (aangepast)"),
    ],
)
def test_each_choice_keeps_its_text(qtbot, button, kept):
    dialog = ConflictDialog("Waarom wijkt u af?", "Mijn tekst", "Hun tekst")
    qtbot.addWidget(dialog)
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("Mijn tekst", "Hun tekst")
    assert dialog.mine.isReadOnly() and dialog.theirs.isReadOnly()
    dialog.together.setPlainText(dialog.together.toPlainText() + " (aangepast)")
    pressed = next(
        b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == button
    )
    pressed.click()
    assert dialog.chosen == kept and dialog.result() == ConflictDialog.DialogCode.Accepted


def test_closing_the_dialog_keeps_the_users_own_text(qtbot):
    QTimer.singleShot(100, lambda: next(iter(_open_dialogs())).reject())
    assert settle(None, "Waarom?", "Mijn tekst", "Hun tekst") == "Mijn tekst"


def _open_dialogs():
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)]
