"""Question 5's Evaluaties panel: who evaluates, a log of evaluations held, the next date."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from igj_afwijken.domain.model import EvaluationRecord
from igj_afwijken.gui import evaluation_panel
from igj_afwijken.gui.evaluation_panel import EvaluationDialog
from tests.gui.conftest import type_date
from tests.gui.test_walk import stored, wait_saved

FIRST = EvaluationRecord(
    held_on=date(2026, 9, 1),
    findings="Twee meldingen van late medicatie",
    adjustments="Extra controle bij de overdracht",
    next_date=date(2026, 12, 1),
)
SECOND = EvaluationRecord(
    held_on=date(2026, 12, 1),
    findings="Geen nieuwe meldingen",
    adjustments="Niets",
    next_date=date(2027, 3, 1),
)


@pytest.fixture
def replies(monkeypatch):
    """What the stubbed evaluation dialog answers, in turn, and what it was asked."""
    queue = []
    asked = []

    def ask(parent, catalogue, record=None):
        asked.append(record)
        return queue.pop(0)

    monkeypatch.setattr(evaluation_panel, "ask_evaluation", ask)
    return queue, asked


def _open_step_5(window, qtbot):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    window.editor.go_to_step(5)
    panel = window.editor.panels["evaluatie"]
    assert panel.isVisible()
    return panel


def _text(panel, row, column):
    """What a cell of the log shows."""
    return panel.table.model().index(row, column).data()


def _held(panel):
    return [_text(panel, row, 0) for row in range(panel.table.model().rowCount())]


def test_evaluator_and_evaluations_are_saved_and_shown_again(
    window, qtbot, isolated_data_dir, replies, answers
):
    queue, asked = replies
    panel = _open_step_5(window, qtbot)
    dossier_id = window.editor.dossier.id
    moved = []
    panel.nextEvaluationChanged.connect(moved.append)
    assert panel.empty.isVisible() and not panel.table.isVisible()
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()

    qtbot.keyClicks(panel.evaluator, "Teamleider en kwaliteitsadviseur")
    queue.extend([SECOND, FIRST])  # recorded out of order: the log sorts them by date
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert asked == [None, None]
    assert _held(panel) == ["1 september 2026", "1 december 2026"]
    assert _text(panel, 0, 1) == FIRST.findings
    assert _text(panel, 1, 3) == "1 maart 2027"
    assert moved == [date(2027, 3, 1)]  # the first record's next date is earlier: not moved back

    wait_saved(qtbot, window)
    saved = stored(isolated_data_dir, dossier_id)
    assert saved.evaluator == "Teamleider en kwaliteitsadviseur"
    assert saved.evaluations == (FIRST, SECOND)
    assert saved.next_evaluation == date(2027, 3, 1)

    panel.table.selectRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1] == (
        "Evaluatie verwijderen",
        "De evaluatie van 1 december 2026 verwijderen?",
    )
    assert _held(panel) == ["1 september 2026"]
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier_id).evaluations == (FIRST,)

    window.show_home()
    window.open_dossier(dossier_id)
    window.editor.go_to_step(5)
    assert panel.evaluator.text() == "Teamleider en kwaliteitsadviseur"
    assert _held(panel) == ["1 september 2026"]
    assert _text(panel, 0, 2) == FIRST.adjustments


def test_editing_keeps_the_record_and_cancelling_changes_nothing(
    window, qtbot, isolated_data_dir, replies, answers
):
    queue, asked = replies
    panel = _open_step_5(window, qtbot)
    dossier = window.editor.dossier
    queue.append(FIRST)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert dossier.next_evaluation == date(2026, 12, 1)

    panel.table.selectRow(0)
    queue.append(EvaluationRecord(held_on=date(2026, 9, 2), findings="Bijgewerkt"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == FIRST
    (edited,) = dossier.evaluations
    assert (edited.id, edited.held_on, edited.findings) == (
        FIRST.id,
        date(2026, 9, 2),
        "Bijgewerkt",
    )
    assert dossier.next_evaluation == date(2026, 12, 1)  # no next date given: left as it was
    assert _text(panel, 0, 3) == "nog niet gepland"

    queue.append(None)  # the user cancels the dialog
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert asked[-1] == edited and dossier.evaluations == (edited,)
    queue.append(None)
    cell = panel.table.visualRect(panel.table.model().index(0, 1)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert len(asked) == 4 and not queue  # a double-click opens the record once

    answers.confirm = False
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert dossier.evaluations == (edited,)
    answers.confirm = True
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert dossier.evaluations == () and panel.empty.isVisible()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier.id).evaluations == ()


def test_a_planned_date_later_than_the_dossiers_moves_it(window, qtbot, replies):
    queue, _ = replies
    panel = _open_step_5(window, qtbot)
    dossier = window.editor.dossier
    dossier.next_evaluation = date(2027, 6, 1)
    queue.append(SECOND)  # plans 1 March 2027: earlier than what is planned, so it stays
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert dossier.next_evaluation == date(2027, 6, 1)
    queue.append(EvaluationRecord(held_on=date(2027, 6, 1), next_date=date(2027, 9, 1)))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert dossier.next_evaluation == date(2027, 9, 1)


def test_the_panel_names_the_widgets_for_readiness_findings(window, qtbot, replies):
    queue, _ = replies
    panel = _open_step_5(window, qtbot)
    assert panel.focus_part("evaluator") is panel.evaluator
    assert panel.focus_part("evaluations") is panel.add_button
    queue.append(FIRST)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.focus_part("evaluations") is panel.table
    assert panel.focus_part("risks") is None


def test_the_dialog_reads_its_form(qtbot, catalogue):
    dialog = EvaluationDialog(catalogue)
    qtbot.addWidget(dialog)
    assert dialog.held_on.value() == date.today()
    assert dialog.next_date.value() is None
    with qtbot.waitActive(dialog):  # Tab moves the focus only in the active window
        dialog.show()
        dialog.activateWindow()
    type_date(qtbot, dialog.held_on, "5-10-2026", Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.findings, "Minder meldingen")
    qtbot.keyClicks(dialog.adjustments, "  Rooster aangepast  ")
    type_date(qtbot, dialog.next_date, "1-10-2026", Qt.Key.Key_Tab)  # before the evaluation
    assert not dialog.ok_button.isEnabled() and dialog.problem_text()
    type_date(qtbot, dialog.next_date, "5 jan 2027", Qt.Key.Key_Tab)
    assert dialog.ok_button.isEnabled() and not dialog.problem_text()
    record = dialog.record()
    assert (record.held_on, record.findings, record.adjustments, record.next_date) == (
        date(2026, 10, 5),
        "Minder meldingen",
        "Rooster aangepast",
        date(2027, 1, 5),
    )

    editing = EvaluationDialog(catalogue, FIRST)
    qtbot.addWidget(editing)
    assert editing.windowTitle() == "Evaluatie bewerken"
    assert editing.findings.toPlainText() == FIRST.findings
    assert editing.record() == FIRST
    editing.next_date.set_value(None)
    assert editing.record().id == FIRST.id and editing.record().next_date is None


def test_a_chosen_evaluation_is_not_offered_for_editing_in_the_next_dossier(window, qtbot, replies):
    queue, _asked = replies
    panel = _open_step_5(window, qtbot)
    queue.append(FIRST)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled()

    window.show_home()
    window.dossiers.new_dossier()
    window.editor.go_to_step(5)
    assert _held(panel) == []
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()
