"""Adoption in reach: a button at Overview, Document and the register, and a note on every step
once the dossier changed since its last adopted version."""

from datetime import date

from PySide6.QtCore import Qt

from igj_afwijken.gui import lifecycle_dialogs
from tests.gui.conftest import DIRECTOR
from tests.gui.test_walk import stored, wait_saved


def _adopt_on(monkeypatch, day):
    asked = []

    def ask(*args, **kwargs):
        asked.append(args[1].id)
        return DIRECTOR, day

    monkeypatch.setattr(lifecycle_dialogs, "ask_adoption", ask)
    return asked


def test_the_note_offers_adoption_and_says_when_the_dossier_changed_since(
    window, qtbot, monkeypatch, isolated_data_dir, catalogue
):
    window.open_example()
    editor, note = window.editor, window.editor.adoption_note
    dossier_id = editor.dossier.id
    overview = len(catalogue.questions) + 1
    editor.go_to_step(1)
    assert not note.isVisible()  # a concept: nothing to say while writing
    editor.go_to_step(overview)
    assert note.isVisible() and note.button.isVisible()
    assert "Nog niet vastgesteld" in note.text.text()

    asked = _adopt_on(monkeypatch, date(2026, 9, 1))
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    assert asked == [dossier_id]
    assert stored(isolated_data_dir, dossier_id).version_number == 1
    editor.refresh()
    assert "Vastgesteld als versie 1 op 1 september 2026" in note.text.text()
    assert not note.button.isVisible()  # nothing changed: nothing to adopt again
    editor.go_to_step(1)
    assert not note.isVisible()

    field = editor.question_pages[0].editors[catalogue.questions[0].subquestions[0].id]
    field.setFocus()
    qtbot.keyClicks(field, " Aangevuld.")
    editor.refresh()
    assert note.isVisible() and note.button.isVisible()  # on a question step too
    assert "Gewijzigd sinds versie 1" in note.text.text()
    wait_saved(qtbot, window)

    window.show_home()
    row = window.home.model.summary(0)
    assert row.id == dossier_id and row.changed_since_version == 1
    status = window.home.model.index(0, window.home.model.STATUS).data()
    assert status.endswith("gewijzigd sinds versie 1")
    window.home.select(dossier_id)
    assert window.home.adopt_button.isVisible() and window.home.adopt_button.isEnabled()

    asked = _adopt_on(monkeypatch, date(2026, 10, 1))
    qtbot.mouseClick(window.home.adopt_button, Qt.MouseButton.LeftButton)
    assert asked == [dossier_id] and editor.current_step == overview
    assert stored(isolated_data_dir, dossier_id).version_number == 2
    editor.refresh()
    wait_saved(qtbot, window)
    window.show_home()
    assert window.home.model.summary(0).changed_since_version is None
    window.home.select(dossier_id)
    assert not window.home.adopt_button.isEnabled()


def test_the_register_remembers_the_change_across_a_restart(
    window, make_window, qtbot, monkeypatch, catalogue
):
    window.open_example()
    _adopt_on(monkeypatch, date(2026, 9, 1))
    window.menus.adopt_action.trigger()
    window.editor.start_page.title.setFocus()
    qtbot.keyClicks(window.editor.start_page.title, " (herzien)")
    window.editor.refresh()
    wait_saved(qtbot, window)
    window.close()
    again = make_window()
    again.show_home()
    assert again.home.model.summary(0).changed_since_version == 1
