"""The risks of question 3: the table, its editors, the risk matrix and what reaches the store."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from igj_afwijken.domain.model import Risk
from igj_afwijken.gui.risk_matrix import cell_of, matrix_png, placements
from igj_afwijken.gui.risk_panel import COLUMNS
from tests.gui.test_walk import stored, wait_saved


def _panel(window, qtbot):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    window.editor.go_to_step(3)
    panel = window.editor.panels["veiligheid"]
    window.editor.question_pages[2].ensureWidgetVisible(panel)
    return panel


def _cell(panel, row, field):
    return panel.model.index(row, COLUMNS.index(field))


def _editor(kind):
    editor = QApplication.focusWidget()
    assert isinstance(editor, kind), editor
    return editor


def _enter(panel, qtbot, editor):
    """Press Return in a cell editor; Qt commits it once the event loop has had a turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)


def _add(panel, qtbot, description):
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    text = _editor(QLineEdit)  # the new row's description is open for typing at once
    qtbot.keyClicks(text, description)
    _enter(panel, qtbot, text)


def _choose(panel, qtbot, row, field, key):
    """Open a scale cell with F2 and pick a value in its list by typing the number."""
    panel.table.setCurrentIndex(_cell(panel, row, field))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    combo = _editor(QComboBox)
    qtbot.keyClick(combo, key)
    _enter(panel, qtbot, combo)


def _shown(panel):
    model = panel.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_a_risk_is_added_scored_saved_placed_and_reopened(window, qtbot, isolated_data_dir):
    panel = _panel(window, qtbot)
    assert panel.isVisible() and panel.title() == "Risico's en maatregelen"
    _add(panel, qtbot, "Medicatiefout bij drukte")
    _choose(panel, qtbot, 0, "likelihood", Qt.Key.Key_4)
    _choose(panel, qtbot, 0, "impact", Qt.Key.Key_5)
    panel.table.setCurrentIndex(_cell(panel, 0, "measures"))
    qtbot.keyClicks(panel.table, "D")  # typing on a cell starts editing it
    measures = _editor(QLineEdit)
    qtbot.keyClicks(measures, "ubbele controle")
    _enter(panel, qtbot, measures)

    wait_saved(qtbot, window)
    dossier_id = window.editor.dossier.id
    (risk,) = stored(isolated_data_dir, dossier_id).risks
    assert (risk.description, risk.likelihood, risk.impact, risk.measures) == (
        "Medicatiefout bij drukte", 4, 5, "Dubbele controle",
    )  # fmt: skip
    assert (risk.residual_likelihood, risk.residual_impact) == (None, None)

    matrix = panel.matrix
    assert cell_of(4, 5) == (0, 3)  # top row, fourth column
    assert matrix.cells() == {(0, 3): [1]}
    assert "Risico 1: kans 4 (groot), gevolg 5 (zeer ernstig)" in matrix.accessibleDescription()

    qtbot.keyClick(panel.residual_toggle, Qt.Key.Key_Space)
    assert matrix.is_residual() and matrix.cells() == {}  # not yet assessed after measures
    assert "Risico 1: nog niet beoordeeld" in matrix.accessibleDescription()
    _choose(panel, qtbot, 0, "residual_likelihood", Qt.Key.Key_2)
    _choose(panel, qtbot, 0, "residual_impact", Qt.Key.Key_3)
    assert matrix.cells() == {cell_of(2, 3): [1]} == {(2, 1): [1]}
    qtbot.keyClick(panel.residual_toggle, Qt.Key.Key_Space)
    assert matrix.cells() == {(0, 3): [1]}

    wait_saved(qtbot, window)
    (saved,) = stored(isolated_data_dir, dossier_id).risks
    assert (saved.residual_likelihood, saved.residual_impact, saved.id) == (2, 3, risk.id)

    rows = _shown(panel)
    window.show_home()
    window.open_dossier(dossier_id)
    window.editor.go_to_step(3)
    assert (
        _shown(panel)
        == rows
        == [["Medicatiefout bij drukte", "4", "5", "Dubbele controle", "", "2", "3"]]
    )
    assert panel.model.risks == [saved]
    assert panel.matrix.cells() == {(0, 3): [1]}


def test_deleting_a_risk_asks_first_and_removes_it_from_the_store(
    window, qtbot, isolated_data_dir, answers
):
    panel = _panel(window, qtbot)
    _add(panel, qtbot, "Vallen 's nachts")
    _add(panel, qtbot, "Vergeten medicatie")
    wait_saved(qtbot, window)
    dossier_id = window.editor.dossier.id
    assert [r.description for r in stored(isolated_data_dir, dossier_id).risks] == [
        "Vallen 's nachts", "Vergeten medicatie",
    ]  # fmt: skip

    panel.table.setCurrentIndex(_cell(panel, 0, "description"))
    answers.confirm = False
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Vallen 's nachts" in answers.asked[-1][1]
    assert len(panel.model.risks) == 2

    answers.confirm = True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [r.description for r in panel.model.risks] == ["Vergeten medicatie"]
    assert panel.matrix.cells() == {cell_of(3, 3): [1]}  # the one left is now number 1
    wait_saved(qtbot, window)
    assert [r.description for r in stored(isolated_data_dir, dossier_id).risks] == [
        "Vergeten medicatie"
    ]

    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier_id).risks == ()
    assert not panel.remove_button.isEnabled()


def test_risks_keep_their_ids_when_edited_and_moved(window, qtbot, isolated_data_dir):
    panel = _panel(window, qtbot)
    _add(panel, qtbot, "Eerste")
    _add(panel, qtbot, "Tweede")
    first, second = panel.model.risks
    _choose(panel, qtbot, 1, "likelihood", Qt.Key.Key_5)
    panel.table.setCurrentIndex(_cell(panel, 1, "description"))
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in panel.model.risks] == [second.id, first.id]
    assert panel.current_row() == 0
    assert panel.matrix.cells() == {cell_of(5, 3): [1], cell_of(3, 3): [2]}
    wait_saved(qtbot, window)
    saved = stored(isolated_data_dir, window.editor.dossier.id).risks
    assert [(r.id, r.description, r.likelihood) for r in saved] == [
        (second.id, "Tweede", 5), (first.id, "Eerste", 3),
    ]  # fmt: skip


def test_the_matrix_draws_to_png_and_to_any_image(catalogue):
    risks = [Risk("Vallen", 4, 5, residual_likelihood=2, residual_impact=2), Risk("Dwalen", 1, 1)]
    assert placements(risks) == {(0, 3): [1], (4, 0): [2]}
    assert placements(risks, residual=True) == {(3, 1): [1]}
    for residual in (False, True):
        png = matrix_png(risks, residual, catalogue, (600, 520))
        assert png.startswith(b"\x89PNG")
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (600, 520)

    from igj_afwijken.gui.risk_matrix import RiskMatrix

    image = QImage(400, 360, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    RiskMatrix(catalogue).paint_matrix(painter, QRectF(image.rect()), risks)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(0, 400, 7) for y in range(0, 360, 7)}
    assert {"#cfe6c8", "#eba199"} <= colours  # a green and a red cell were painted


def test_risks_can_be_entered_with_the_keyboard_only(window, qtbot, isolated_data_dir):
    panel = _panel(window, qtbot)
    panel.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Risico &toevoegen
    # A mnemonic presses its button visibly first, so the click comes a moment later.
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    text = _editor(QLineEdit)
    qtbot.keyClicks(text, "Dwalen")
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # on to the next cell, Kans, open for a choice
    _enter(panel, qtbot, _editor(QComboBox))
    assert panel.table.hasFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)  # Tab leaves the table for its buttons
    assert window.focusWidget() is panel.add_button
    wait_saved(qtbot, window)
    assert [r.description for r in stored(isolated_data_dir, window.editor.dossier.id).risks] == [
        "Dwalen"
    ]
    assert panel.table.accessibleName() == "Risico's en maatregelen"
    assert panel.remove_button.accessibleName() and panel.matrix.accessibleName()


def test_the_panels_mnemonics_clash_neither_with_each_other_nor_with_the_menus(window, qtbot):
    panel = _panel(window, qtbot)
    buttons = [panel.add_button, panel.remove_button, panel.up_button, panel.down_button]
    labels = [b.text() for b in buttons] + [panel.residual_toggle.text()]
    letters = [t[t.index("&") + 1].lower() for t in labels]
    menus = [a.text() for a in window.menuBar().actions()]
    assert len(set(letters)) == len(letters) == 5
    assert not set(letters) & {t[t.index("&") + 1].lower() for t in menus if "&" in t}


def _open_cell(window, qtbot):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    window.editor.go_to_step(3)
    panel = window.editor.panels["veiligheid"]
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    return panel, _editor(QLineEdit)


def test_a_pause_while_typing_in_a_cell_loses_nothing(window, qtbot, isolated_data_dir):
    panel, cell = _open_cell(window, qtbot)
    qtbot.keyClicks(cell, "Medicatie")
    qtbot.wait(900)  # longer than the preview's pause: the preview refreshes meanwhile
    qtbot.keyClicks(_editor(QLineEdit), "fout in de nacht")
    _enter(panel, qtbot, _editor(QLineEdit))
    wait_saved(qtbot, window)
    risks = stored(isolated_data_dir, window.editor.dossier.id).risks
    assert [r.description for r in risks] == ["Medicatiefout in de nacht"]


def test_saving_with_an_answer_and_an_open_cell_pending_does_not_fail(window, qtbot):
    panel, cell = _open_cell(window, qtbot)
    answer = window.editor.question_pages[2].editors["veiligheid.risicos"]
    answer.setPlainText("Vallen in de nacht.")
    cell.setFocus()
    qtbot.keyClicks(cell, "Vallen")
    window.autosaver.save_now()
    assert window.autosaver.flush()


def test_opening_another_dossier_takes_in_the_open_cell(window, qtbot, isolated_data_dir):
    panel, cell = _open_cell(window, qtbot)
    left = window.editor.dossier.id
    qtbot.keyClicks(cell, "Onbevestigd risico")
    window.new_dossier()  # Ctrl+N while the cell is still open
    window.autosaver.flush()
    assert [r.description for r in stored(isolated_data_dir, left).risks] == ["Onbevestigd risico"]


def test_each_cells_editor_covers_only_its_cell_and_tab_goes_in_reading_order(window, qtbot):

    window.open_example()
    window.editor.go_to_step(3)
    view = window.editor.panels["veiligheid"].table
    model = view.model()
    start = model.index(0, 0)
    view.setFocus()
    view.setCurrentIndex(start)
    view.edit(start)
    visited = []
    for _ in range(model.columnCount() + 1):
        index = view.currentIndex()
        field = QApplication.focusWidget()
        visited.append((index.row(), index.column()))
        assert view.visualRect(index).contains(field.geometry()), (index.column(), field)
        if isinstance(field, QComboBox):  # its list shows the whole words
            assert field.view().minimumWidth() >= field.view().sizeHintForColumn(0)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    columns = model.columnCount()
    assert visited == [(0, c) for c in range(columns)] + [(1, 0)]
