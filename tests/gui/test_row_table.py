"""The shared row table: a model over frozen rows described by columns, the editors its delegate
makes, and the table with its buttons to add, remove and move rows."""

from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

from igj_afwijken.domain.model import new_part_id
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.row_delegate import editor_value, make_editor, set_editor_value
from igj_afwijken.gui.row_model import Column, RowTableModel
from igj_afwijken.gui.row_table import RowTable
from igj_afwijken.gui.widgets import ChoiceField, DateField, NumberField, WheelScrollsPage
from tests.gui.conftest import type_date
from tests.gui.test_wheel import _turn_wheel

ROLE = Qt.ItemDataRole


@dataclass(frozen=True)
class Visit:
    place: str
    kind: str | None = None
    on: date | None = None
    guests: int | None = None
    note: str = ""
    id: str = field(default_factory=new_part_id)


FULL = Visit("Utrecht", "thuis", date(2026, 3, 4), 3, "Koffie en\neen gesprek")
BARE = Visit("")


def _columns():
    return [
        Column("place", "Plaats", placeholder="waar", share=1),
        Column(
            "kind", "Soort", "choice", choices={"thuis": "Thuis", "elders": "Elders"}, empty="–"
        ),
        Column("on", "Datum", "date", empty="onbekend"),
        Column("guests", "Gasten", "number", empty="geen", minimum=1, maximum=20),
        Column("note", "Notitie", "lines", share=1, wrap=True),
    ]


def _model(rows=(FULL, BARE)):
    model = RowTableModel(_columns(), row_name=lambda number: f"Bezoek {number}")
    model.set_rows(rows)
    return model


def _table(qtbot, editing, rows=(FULL, BARE), movable=False):
    table = RowTable(
        _model(rows),
        name="Bezoeken",
        editing=editing,
        remove_title="Bezoek verwijderen",
        remove_question=lambda row, visit: f"Bezoek {row + 1} ({visit.place}) verwijderen?",
        empty_text="Nog geen bezoeken.",
        movable=movable,
    )
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    table.activateWindow()
    qtbot.waitUntil(table.isActiveWindow, timeout=3000)
    return table


def _edits(source):
    edited = []
    source.rowsEdited.connect(lambda: edited.append(True))
    return edited


def test_the_model_reads_every_column_of_its_frozen_rows():
    model = _model()
    assert model.rows == (FULL, BARE) and (model.rowCount(), model.columnCount()) == (2, 5)
    shown = [[model.index(row, c).data() for c in range(5)] for row in range(2)]
    assert shown == [
        ["Utrecht", "Thuis", "4 maart 2026", "3", "Koffie en\neen gesprek"],
        ["", "–", "onbekend", "geen", ""],
    ]
    assert [model.index(0, c).data(ROLE.EditRole) for c in range(5)] == [
        "Utrecht", "thuis", date(2026, 3, 4), 3, "Koffie en\neen gesprek",
    ]  # fmt: skip
    assert [model.index(1, c).data(ROLE.EditRole) for c in range(1, 4)] == [None, None, None]
    assert model.index(1, 0).data(ROLE.AccessibleTextRole) == "leeg"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Plaats"
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert model.headerData(1, Qt.Orientation.Vertical, ROLE.AccessibleTextRole) == "Bezoek 2"
    assert model.column_of("guests") == 3


def test_an_edit_replaces_the_row_keeps_its_id_and_says_so_once():
    model = _model()
    edited = _edits(model)
    assert model.setData(model.index(0, 0), "  Zeist  ")
    assert model.row(0) == replace(FULL, place="Zeist") and model.row(0).id == FULL.id
    assert FULL.place == "Utrecht"  # the frozen row itself is untouched
    assert not model.setData(model.index(0, 0), "Zeist ")  # the same value: no change
    assert len(edited) == 1


def test_values_are_checked_and_empty_values_stay_empty():
    model = _model()
    edited = _edits(model)

    def put(column, value):
        accepted = model.setData(model.index(0, column), value)
        return accepted, getattr(model.row(0), model.column(column).field)

    assert put(1, "onbekend") == (False, "thuis")  # not one of the choices
    assert put(1, None) == (True, None)  # the empty choice is allowed here
    assert put(2, "2026-01-02") == (False, date(2026, 3, 4))  # only a date is a date
    assert put(2, QDate(2026, 1, 2)) == (True, date(2026, 1, 2))
    assert put(2, None) == (True, None)
    assert put(3, 0) == (False, 3) and put(3, 21) == (False, 3)  # from 1 to 20
    assert put(3, None) == (True, None)
    assert put(0, None) == (True, "")  # emptied text is "", never None
    assert put(4, "   ") == (True, "")
    assert len(edited) == 6

    required = RowTableModel([Column("kind", "Soort", "choice", choices={"thuis": "Thuis"})])
    required.set_rows((FULL,))
    assert not required.setData(required.index(0, 0), None)
    assert required.row(0).kind == "thuis"


def test_a_column_can_read_and_write_its_own_way():
    column = Column(
        "place",
        "Plaats",
        read=lambda visit: visit.place.upper(),
        write=lambda visit, value: replace(visit, place=value.lower()),
    )
    model = RowTableModel([column])
    model.set_rows((FULL,))
    assert model.index(0, 0).data() == "UTRECHT"
    assert model.setData(model.index(0, 0), "ZEIST") and model.row(0).place == "zeist"


@pytest.mark.parametrize(
    ("column", "kind", "value"),
    [
        (0, QLineEdit, "Utrecht"),
        (1, ChoiceField, "elders"),
        (2, DateField, date(2026, 3, 4)),
        (3, NumberField, 7),
        (4, QPlainTextEdit, "twee\nregels"),
    ],
)
def test_each_kind_gets_its_editor_which_keeps_values_and_empty_values(qtbot, column, kind, value):
    spec = _columns()[column]
    editor = make_editor(spec)
    qtbot.addWidget(editor)
    assert type(editor) is kind
    assert isinstance(editor, WheelScrollsPage) == (spec.kind in ("choice", "date", "number"))
    set_editor_value(editor, value)
    assert editor_value(editor) == value
    empty = "" if spec.kind in ("text", "lines") else None
    set_editor_value(editor, empty)
    assert editor_value(editor) == empty  # an empty value stays empty, not a first choice
    set_editor_value(editor, value)
    editor.show()
    _turn_wheel(editor)
    editor.setFocus()
    _turn_wheel(editor)
    assert editor_value(editor) == value  # the wheel scrolls the page, never the value


def test_a_choice_keeps_a_value_this_version_does_not_know(qtbot):
    editor = make_editor(_columns()[1])
    qtbot.addWidget(editor)
    set_editor_value(editor, "bij-de-buren")
    assert editor_value(editor) == "bij-de-buren" and editor.currentText() == "bij-de-buren"


def test_cells_open_for_typing_and_opened_cells_ignore_the_wheel(qtbot):
    table = _table(qtbot, "cells")
    view = table.table
    edited = _edits(table)
    for column in (1, 2, 3):
        index = table.model.index(1, column)
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.indexWidget(index)
        assert isinstance(editor, WheelScrollsPage), column
        assert editor_value(editor) is None  # shows "no value", which stays so
        _turn_wheel(editor)
        table.finish_editing()
        assert view.state() != QAbstractItemView.State.EditingState
    assert table.rows == (FULL, BARE) and edited == []

    view.setFocus()
    view.setCurrentIndex(table.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(table.model.index(1, 0))
    qtbot.keyClicks(editor, "Zeist")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert table.rows[1].place == "Zeist" and len(edited) == 1


def test_rows_are_added_removed_after_asking_and_moved(qtbot, answers):
    table = _table(qtbot, "cells", rows=(), movable=True)
    edited = _edits(table)
    assert table.empty.isVisible() and not table.table.isVisible()
    assert not table.remove_button.isEnabled()
    first, second = Visit("Eerste"), Visit("Tweede")
    table.set_rows((first,))
    assert edited == [] and table.table.isVisible() and not table.empty.isVisible()

    table.add_row(second)  # added at the end, its first cell open for typing
    assert table.rows == (first, second) and len(edited) == 1
    assert table.current_row() == 1 and table.table.state() == QAbstractItemView.State.EditingState
    table.finish_editing()
    assert table.up_button.isEnabled() and not table.down_button.isEnabled()

    table.move_current(-1)
    assert table.rows == (second, first) and table.current_row() == 0 and len(edited) == 2

    answers.confirm = False
    table.remove_current()
    assert answers.asked[-1] == ("Bezoek verwijderen", "Bezoek 1 (Tweede) verwijderen?")
    assert table.rows == (second, first) and len(edited) == 2
    answers.confirm = True
    table.remove_current()
    assert table.rows == (first,) and len(edited) == 3
    assert table.current_row() == 0  # the row that took its place is the chosen one now
    table.remove_current()
    assert table.rows == () and table.empty.isVisible() and not table.remove_button.isEnabled()


def test_nothing_is_removed_when_the_rows_changed_while_the_question_was_open(qtbot, monkeypatch):
    table = _table(qtbot, "cells")
    table.select(0)

    def confirm(parent, title, text, accept_label):
        table.set_rows((BARE,))  # say, another dossier was shown meanwhile
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    table.remove_current()
    assert table.rows == (BARE,)  # the row asked about is gone; the other one stays


def test_open_fields_count_every_change_at_once_and_keep_the_cursor(qtbot):
    table = _table(qtbot, "fields", rows=(FULL,))
    edited = _edits(table)
    place, kind, on, guests, note = table.cells[0]
    assert [f.accessibleName() for f in (place, guests)] == ["Plaats, rij 1", "Gasten, rij 1"]
    assert isinstance(place, QLineEdit) and place.text() == "Utrecht"
    place.setFocus()
    place.setCursorPosition(3)
    qtbot.keyClicks(place, "x")
    assert table.rows[0].place == "Utrxecht" and len(edited) == 1
    assert place.cursorPosition() == 4  # the stored text did not reset the field
    qtbot.keyClicks(place, " ")  # a space between words is kept while typing
    qtbot.keyClicks(place, "y")
    assert place.text() == "Utrx yecht" and table.rows[0].place == "Utrx yecht"
    assert table.current_row() == 0 and table.remove_button.isEnabled()
    type_date(qtbot, on, "6 mei 2026")
    assert table.rows[0].on == date(2026, 5, 6)
    table.set_rows((BARE,))  # showing rows counts as no edit
    assert len(edited) == 4 and editor_value(table.cells[0][2]) is None


def test_the_shared_columns_fill_the_width(qtbot):
    table = _table(qtbot, "cells")
    view, header = table.table, table.table.horizontalHeader()
    view.share_width()
    widths = [header.sectionSize(c) for c in range(5)]
    assert sum(widths) == view.viewport().width()
    assert abs(widths[0] - widths[4]) <= 1  # equal shares


def test_a_date_typed_in_a_cell_that_cannot_be_read_keeps_the_cell_open(qtbot):
    table = _table(qtbot, "cells")
    view = table.table
    before = table.rows[0].on
    index = table.model.index(0, 2)
    view.setCurrentIndex(index)
    view.edit(index)
    field = view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(field, DateField)
    field.selectAll()
    qtbot.keyClicks(field, "31-02-2027")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert view.state() == QAbstractItemView.State.EditingState and field.problem()
    assert table.rows[0].on == before  # nothing taken, the text stays to be mended
    field.selectAll()
    qtbot.keyClicks(field, "28-2-2027")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert table.rows[0].on == date(2027, 2, 28)
