"""The mouse wheel scrolls the page, always: no choice, number or date field takes it, focused or
not, in the steps, the tables and the dialogs. Scrolling once changed a full example's saved
contacts, advice, duration, involvement and next evaluation through autosave."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QCalendarWidget, QComboBox

from igj_afwijken.domain.model import Person
from igj_afwijken.formats import exchange
from igj_afwijken.gui.evaluation_panel import EvaluationDialog
from igj_afwijken.gui.lifecycle_dialogs import AdoptDialog, EndDialog
from igj_afwijken.gui.widgets import DateField, WheelScrollsPage
from tests.gui.test_walk import stored, wait_saved


def _fields(root):
    """Every choice, number and date field under `root`, but those inside a calendar popup
    (which page through the calendar shown, not the date)."""
    found = (
        root.findChildren(QComboBox)
        + root.findChildren(QAbstractSpinBox)
        + root.findChildren(DateField)
    )
    return [
        field
        for field in found
        if not any(isinstance(a, QCalendarWidget) for a in _ancestors(field))
    ]


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _turn_wheel(field, notches=(3, -5, 2)):
    """Turn the wheel over the middle of the field, one event per notch."""
    centre = QPointF(field.width() / 2, field.height() / 2)
    for notch in notches:
        for _ in range(abs(notch)):
            step = 120 if notch > 0 else -120
            event = QWheelEvent(
                centre, QPointF(field.mapToGlobal(centre)), QPoint(), QPoint(0, step),
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase, False,
            )  # fmt: skip
            QApplication.sendEvent(field, event)


def _is_scale_column(table, column):
    """A column edited with a choice of 1 to 5 (the row table's model says each column's kind)."""
    return table.model().column(column).kind == "choice"


def _values(fields):
    return [
        field.currentIndex() if isinstance(field, QComboBox) else field.text() for field in fields
    ]


def test_every_field_of_every_step_ignores_the_wheel_and_nothing_stored_changes(
    window, qtbot, isolated_data_dir, catalogue
):
    window.open_example()
    dossier_id = window.editor.dossier.id
    wait_saved(qtbot, window)
    before = exchange.dumps(stored(isolated_data_dir, dossier_id))
    turned = 0
    for step in range(len(window.editor.pages)):
        window.editor.go_to_step(step)
        page = window.editor.pages[step]
        fields = [f for f in _fields(page) if f.isVisibleTo(page)]
        assert all(isinstance(f, WheelScrollsPage) for f in fields), [type(f) for f in fields]
        values = _values(fields)
        for field in fields:
            _turn_wheel(field)  # unfocused
            field.setFocus()
            _turn_wheel(field)  # focused
            turned += 1
        assert _values(fields) == values, step
    assert turned >= 5  # sector, kind of rule, start date, duration, advice dates, next evaluation
    panel = window.editor.panels["veiligheid"]  # a risk's cell edited with its choice of 1 to 5
    window.editor.go_to_step(
        window.editor.pages.index(panel.parentWidget().window()) if False else 3
    )
    risks = panel.table
    column = next(c for c in range(risks.model().columnCount()) if _is_scale_column(risks, c))
    risks.setCurrentIndex(risks.model().index(0, column))
    risks.edit(risks.model().index(0, column))
    editor = risks.indexWidget(risks.model().index(0, column)) or QApplication.focusWidget()
    assert isinstance(editor, WheelScrollsPage), type(editor)
    _turn_wheel(editor)
    risks.setFocus()  # leaving the cell commits what the editor holds
    qtbot.wait(50)
    window.show_home()
    wait_saved(qtbot, window)
    assert exchange.dumps(stored(isolated_data_dir, dossier_id)) == before


def test_the_wheel_over_a_field_scrolls_the_page(window, qtbot):
    window.open_example()
    window.editor.go_to_step(0)
    page = window.editor.start_page
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    _turn_wheel(page.sector, notches=(-3,))  # downwards
    assert bar.value() > 0


def test_the_wheel_changes_nothing_in_the_dialogs(window, qtbot, catalogue):
    window.open_example()
    dossier = window.editor.dossier
    dialogs = [
        window.program.settings_dialog(),
        AdoptDialog(dossier, catalogue, Person("A. Jansen", "Directeur"), window),
        EndDialog(catalogue, [("x1", "Een andere afwijking"), ("x2", "Nog een")], window),
        EvaluationDialog(catalogue, parent=window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        fields = _fields(dialog)  # on every tab
        assert fields and all(isinstance(f, WheelScrollsPage) for f in fields), dialog
        values = _values(fields)
        for field in fields:
            _turn_wheel(field)
            field.setFocus()
            _turn_wheel(field)
        assert _values(fields) == values, type(dialog).__name__
        dialog.close()


def test_the_registers_filters_ignore_the_wheel(window, qtbot, repository, catalogue):
    from tests.conftest import add_dossier

    add_dossier(repository, catalogue, "Noord", location="Noord")
    add_dossier(repository, catalogue, "Zuid", location="Zuid")
    window.refresh_home()
    fields = [window.home.status_filter, window.home.sector_filter, window.home.location_filter]
    values = _values(fields)
    for field in fields:
        _turn_wheel(field)
    assert _values(fields) == values
