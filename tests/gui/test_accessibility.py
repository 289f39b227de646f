"""Every control a keyboard can reach has a name a screen reader can say, on every screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from igj_afwijken.gui.answer_edit import AnswerEdit
from igj_afwijken.gui.help_dialog import AboutDialog, GuideDialog
from igj_afwijken.gui.house_style_dialog import HouseStyleDialog


def nameless_controls(root: QWidget) -> list[str]:
    """The focusable, visible widgets under `root` whose accessible name is empty, as Qt's
    accessibility layer reports it (own name, button text, or the form label that is its buddy)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the text part of a spin box or date field: the field itself is named
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} '{widget.objectName()}'")
    return found


def test_the_register_and_every_step_of_a_full_dossier_name_their_controls(window, qtbot):
    window.open_example()
    window.show_home()
    assert nameless_controls(window) == []
    window.open_dossier(window.home.selected_id())
    for step in range(len(window.editor.step_names)):
        window.editor.go_to_step(step)
        qtbot.wait(10)
        assert nameless_controls(window) == [], window.editor.step_names[step]


def test_the_empty_welcome_and_the_recycle_bin_name_their_controls(window):
    assert nameless_controls(window) == []
    window.show_bin()
    assert nameless_controls(window) == []


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_settings_dialog_names_its_controls(window, qtbot, tab):
    dialog = window.program.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(tab)
    assert nameless_controls(dialog) == []


def test_the_other_dialogs_name_their_controls(window, qtbot, isolated_data_dir):
    for dialog in (
        HouseStyleDialog(isolated_data_dir),
        GuideDialog(),
        AboutDialog(window.catalogue, isolated_data_dir),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert nameless_controls(dialog) == [], type(dialog).__name__


def test_every_answer_field_describes_what_its_question_asks(window, qtbot):
    """A screen reader says the question (the name) and, on request, its help (the description)
    that sighted users read beside the field."""
    window.new_dossier()
    helps = {sub.text: sub.help for sub in window.catalogue.subquestions()}
    fields = window.editor.findChildren(AnswerEdit)
    assert len([f for f in fields if f.accessibleName() in helps]) == len(helps)
    for field in fields:
        if field.accessibleName() in helps:
            assert field.accessibleDescription() == helps[field.accessibleName()]
