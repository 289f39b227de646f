"""Ctrl+F finds text in the open dossier across its steps; F3 and Shift+F3 go on and back."""

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


def _selected(field):
    if isinstance(field, QLineEdit):
        return field.selectedText()
    return field.textCursor().selectedText()


def _find(qtbot, window, text):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.editor.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.query
    qtbot.keyClicks(bar.query, text)
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    return bar


def test_ctrl_f_finds_across_the_steps_and_f3_goes_on_and_back(window, qtbot):
    window.open_example()
    window.editor.go_to_step(0)
    bar = _find(qtbot, window, "CLIËNTEN")
    hits = bar.hits()
    assert len(hits) >= 3 and len({h.step for h in hits}) >= 2  # more than one step holds it
    first = QApplication.focusWidget()
    assert first is hits[0].field and window.editor.current_step == hits[0].step
    assert _selected(first).casefold() == "cliënten"
    assert bar.count.text() == f"1 van {len(hits)}"

    seen = [(window.editor.current_step, QApplication.focusWidget())]
    for _ in range(len(hits) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
        seen.append((window.editor.current_step, QApplication.focusWidget()))
        assert _selected(QApplication.focusWidget()).casefold() == "cliënten"
    assert [step for step, _ in seen] == sorted(step for step, _ in seen)  # in reading order
    assert bar.count.text() == f"{len(hits)} van {len(hits)}"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
    assert bar.count.text() == f"1 van {len(hits)}"  # round again from the start
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{len(hits)} van {len(hits)}"


def test_a_word_in_the_risk_table_is_found_in_its_cell(window, qtbot):
    window.open_example()
    risks = window.editor.panels["veiligheid"]
    view, model = risks.table, risks.table.model()
    row, column = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if len(str(model.index(r, c).data() or "").split()) > 3
    )
    word = max(str(model.index(row, column).data()).split(), key=len).strip(".,;:")
    bar = _find(qtbot, window, word)
    assert any(h.field is view and h.cell == (row, column) for h in bar.hits())
    for _ in bar.hits():
        if QApplication.focusWidget() is view and view.currentIndex().row() == row:
            break
        bar.find_next()
    assert QApplication.focusWidget() is view
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, column)


def test_nothing_found_says_so_and_escape_closes(window, qtbot):
    window.open_example()
    bar = _find(qtbot, window, "xylofoonconcert")
    assert bar.count.text() == "Niets gevonden voor ‘xylofoonconcert’"
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_ctrl_f_in_the_register_goes_to_its_search_field(window, qtbot):
    window.open_example()
    window.show_home()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.home.filter


def test_ctrl_y_redoes_as_ctrl_shift_z_does(window, qtbot):
    window.new_dossier()
    title = window.editor.start_page.title
    title.setFocus()
    before = title.text()
    qtbot.keyClicks(title, " nachtzorg")
    typed = title.text()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == before
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == typed != before


def test_escape_elsewhere_leaves_the_bar_and_a_vanished_hit_is_no_trouble(window, qtbot):
    window.open_example()
    bar = _find(qtbot, window, "vrijwilliger")
    start = window.editor.start_page
    window.editor.go_to_step(0)
    start.title.setFocus()
    qtbot.keyClick(start.title, Qt.Key.Key_Escape)
    assert bar.isVisible()  # Esc in a field is the field's
    hit = bar._current.field
    hit.deleteLater()  # as a checklist's fields go when the topics change
    qtbot.waitUntil(lambda: not shiboken6.isValid(hit))
    bar.query.setFocus()
    qtbot.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()
