"""The editor passes what one part of a dossier changes on to the other parts that show it."""

from datetime import date

from PySide6.QtCore import Qt

from igj_afwijken.domain.model import EvaluationRecord
from igj_afwijken.gui import evaluation_panel
from tests.gui.test_walk import stored, wait_saved


def test_an_evaluation_that_plans_the_next_one_shows_its_date_at_question_5(
    window, qtbot, monkeypatch, isolated_data_dir
):
    record = EvaluationRecord(held_on=date(2026, 9, 1), next_date=date(2026, 12, 1))
    monkeypatch.setattr(evaluation_panel, "ask_evaluation", lambda *a, **k: record)
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    editor.go_to_step(5)
    field = editor.question_pages[4].next_evaluation
    assert field.value() is None
    qtbot.mouseClick(editor.evaluation_panel.add_button, Qt.MouseButton.LeftButton)
    assert editor.dossier.next_evaluation == date(2026, 12, 1)
    assert field.value() == date(2026, 12, 1)  # the field the user sees says so too
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, editor.dossier.id).next_evaluation == date(2026, 12, 1)
