"""Keyboard only: create, fill in, move between steps and export without touching the mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from igj_afwijken.gui.answer_edit import AnswerEdit
from tests.gui.test_walk import stored, wait_saved

CTRL = Qt.KeyboardModifier.ControlModifier


def focused(window):
    return window.focusWidget()


def test_a_dossier_can_be_made_and_exported_with_the_keyboard_only(
    window, qtbot, answers, tmp_path, isolated_data_dir
):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    title = window.editor.start_page.title
    assert focused(window) is title
    qtbot.keyClicks(title, "Toetsenbord")
    qtbot.keyClick(focused(window), Qt.Key.Key_Tab)
    assert focused(window) is window.editor.start_page.organisation
    qtbot.keyClicks(focused(window), "Zorggroep")

    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    first = window.editor.question_pages[0].editors["waarom.knelpunt"]
    assert focused(window) is first
    qtbot.keyClicks(first, "Eerste antwoord")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert isinstance(focused(window), QAbstractButton)  # "Voorbeeld tonen"
    qtbot.keyClick(focused(window), Qt.Key.Key_Space)
    qtbot.keyClick(focused(window), Qt.Key.Key_Tab)
    second = window.editor.question_pages[0].editors["waarom.oorzaken"]
    assert focused(window) is second
    qtbot.keyClicks(second, "Tweede antwoord")
    shown = window.editor.question_pages[0].findChild(QLabel, "example:waarom.knelpunt")
    assert shown.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.editor.current_step == 2
    assert isinstance(focused(window), AnswerEdit)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.editor.current_step == 1

    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)
    assert window.editor.current_step == 7
    answers.save_path = str(tmp_path / "toetsenbord.pdf")
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert (tmp_path / "toetsenbord.pdf").stat().st_size > 5000

    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.central.currentWidget() is window.home
    wait_saved(qtbot, window)
    dossier = stored(isolated_data_dir, window.home.selected_id())
    assert (dossier.title, dossier.organisation) == ("Toetsenbord", "Zorggroep")
    assert dossier.answer_text("waarom.oorzaken") == "Tweede antwoord"


def test_the_start_form_has_no_clashing_mnemonics(window):
    window.new_dossier()
    letters = []
    for label in window.editor.start_page.findChildren(QLabel):
        text = label.text()
        if "&" in text and label.buddy() is not None:
            letters.append(text[text.index("&") + 1].lower())
    menus = [a.text() for a in window.menuBar().actions()]
    menu_letters = [t[t.index("&") + 1].lower() for t in menus]
    assert len(letters) == 14
    assert len(set(letters)) == len(letters)
    assert not set(letters) & set(menu_letters)


def test_every_start_field_is_reachable_by_its_label(window):
    window.new_dossier()
    for label in window.editor.start_page.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
