"""A written answer becomes empty only when the user empties it, and Ctrl+Z brings it back."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from igj_afwijken.gui.autosave import SaveState
from tests.gui.test_walk import stored, wait_saved

QUESTION = "waarom.knelpunt"


def _field(window):
    window.editor.go_to_step(1)
    return window.editor._editor(QUESTION)


def test_emptying_an_answer_by_hand_is_saved_and_undone_with_ctrl_z(
    window, qtbot, isolated_data_dir
):
    window.open_example()
    dossier_id = window.editor.dossier.id
    written = stored(isolated_data_dir, dossier_id).answer_text(QUESTION)
    assert written
    field = _field(window)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.toPlainText() == ""
    window.autosaver.save_now()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier_id).answer_text(QUESTION) == ""

    qtbot.keySequence(field, QKeySequence.StandardKey.Undo)
    assert field.toPlainText() == written
    window.autosaver.save_now()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier_id).answer_text(QUESTION) == written


def test_a_field_that_was_never_edited_cannot_blank_the_stored_answer(
    window, qtbot, isolated_data_dir
):
    window.open_example()
    dossier_id = window.editor.dossier.id
    written = stored(isolated_data_dir, dossier_id).answer_text(QUESTION)
    field = _field(window)
    field.set_text_silently("")  # as if the field had not been filled: no edit, no undo step
    window.editor._answer_edited(QUESTION)  # and a save of it were asked for anyway
    window.autosaver.save_now()
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.FAILED, timeout=5000)
    assert "bewaard" in window.autosaver.error
    assert stored(isolated_data_dir, dossier_id).answer_text(QUESTION) == written


def test_undoing_new_text_back_to_empty_is_saved_and_other_fields_still_save(
    window, qtbot, isolated_data_dir
):
    window.new_dossier()
    dossier_id = window.editor.dossier.id
    window.editor.go_to_step(1)
    first = window.editor._editor(QUESTION)
    first.setFocus()
    qtbot.keyClicks(first, "eerste versie")
    window.autosaver.save_now()
    wait_saved(qtbot, window)
    qtbot.keySequence(first, QKeySequence.StandardKey.Undo)
    while first.toPlainText():
        qtbot.keySequence(first, QKeySequence.StandardKey.Undo)
    second = window.editor._editor("waarom.oorzaken")
    second.setFocus()
    qtbot.keyClicks(second, "belangrijke tekst")
    window.autosaver.save_now()
    wait_saved(qtbot, window)
    dossier = stored(isolated_data_dir, dossier_id)
    assert dossier.answer_text(QUESTION) == ""  # the user's own undo is an explicit action
    assert dossier.answer_text("waarom.oorzaken") == "belangrijke tekst"


def test_a_refused_erasure_does_not_hold_back_other_fields(window, qtbot, isolated_data_dir):
    window.open_example()
    dossier_id = window.editor.dossier.id
    written = stored(isolated_data_dir, dossier_id).answer_text(QUESTION)
    window.editor.go_to_step(1)
    window.editor._editor(QUESTION).set_text_silently("")
    window.editor._answer_edited(QUESTION)  # a save of an emptied, never edited field
    other = window.editor._editor("waarom.oorzaken")
    other.setFocus()
    other.moveCursor(other.textCursor().MoveOperation.End)
    qtbot.keyClicks(other, " Aangevuld.")
    window.autosaver.save_now()
    qtbot.waitUntil(lambda: window.autosaver._in_flight == 0, timeout=5000)
    dossier = stored(isolated_data_dir, dossier_id)
    assert dossier.answer_text(QUESTION) == written
    assert dossier.answer_text("waarom.oorzaken").endswith("Aangevuld.")
