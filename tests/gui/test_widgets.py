"""The shared building blocks: date fields that show every date the program accepts."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from igj_afwijken.domain.moments import EARLIEST, LATEST
from igj_afwijken.gui.widgets import DateField, KnownDateField
from tests.conftest import VOLUNTEER_EXAMPLE
from tests.gui.conftest import type_date
from tests.gui.test_walk import stored, wait_saved


def test_a_date_field_shows_every_date_the_program_accepts(qtbot):
    field = DateField("onbekend")
    qtbot.addWidget(field)
    assert field.value() is None
    for value in (EARLIEST, date(1999, 12, 31), date(2000, 1, 1), LATEST):
        field.set_value(value)
        assert field.value() == value
    field.set_value(None)
    assert field.value() is None


def _shown_field(qtbot, field):
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


def _button(field, action):
    """The button a line edit shows for one of its actions."""
    return next(b for b in field.findChildren(QToolButton) if b.defaultAction() is action)


def _calendar_page(qtbot, field):
    qtbot.mouseClick(_button(field, field.calendar_action), Qt.MouseButton.LeftButton)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    page = (calendar.yearShown(), calendar.monthShown())
    calendar.window().hide()
    return page


def test_an_unknown_dates_calendar_opens_at_this_month_or_at_the_dossiers_start(qtbot):
    field = _shown_field(qtbot, DateField("onbekend"))
    today = QDate.currentDate()
    assert _calendar_page(qtbot, field) == (today.year(), today.month())
    field.set_anchor(date(2031, 7, 15))
    assert _calendar_page(qtbot, field) == (2031, 7)
    field.set_value(date(2029, 2, 3))
    assert _calendar_page(qtbot, field) == (2029, 2)


@pytest.mark.parametrize(
    "typed",
    ["1-1-2027", "01-01-2027", "1 januari 2027", "1 jan 2027", "2027-01-01", "1 January 2027"],
)
def test_a_date_typed_into_an_empty_field_is_kept_and_shown_in_words(qtbot, typed):
    field = _shown_field(qtbot, DateField("onbekend"))
    changes = []
    field.dateChanged.connect(changes.append)
    type_date(qtbot, field, typed)
    assert field.value() == date(2027, 1, 1) and changes == [date(2027, 1, 1)]
    assert field.text() == "1 januari 2027" and not field.problem()


def test_what_cannot_be_read_is_said_and_changes_nothing(qtbot):
    field = _shown_field(qtbot, DateField("onbekend"))
    field.set_value(date(2027, 3, 1))
    changes = []
    field.dateChanged.connect(changes.append)
    type_date(qtbot, field, "31-02-2027")
    assert "31-02-2027" in field.problem() and field.text() == "31-02-2027"
    assert field.value() == date(2027, 3, 1) and changes == []
    type_date(qtbot, field, "volgende week")
    assert "volgende week" in field.problem()
    field.selectAll()
    qtbot.keyClicks(field, "28-2-2027")
    assert not field.problem()  # the message goes as soon as the text can be read
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == date(2027, 2, 28) and changes == [date(2027, 2, 28)]


def test_clearing_a_date_is_one_action_and_a_known_date_cannot_be_cleared(qtbot):
    field = _shown_field(qtbot, DateField("onbekend"))
    field.set_value(date(2027, 3, 1))
    changes = []
    field.dateChanged.connect(changes.append)
    clear = field.findChild(QAction, "_q_qlineeditclearaction")  # the line's own "×"
    qtbot.mouseClick(_button(field, clear), Qt.MouseButton.LeftButton)
    assert field.value() is None and changes == [None] and field.text() == ""
    known = _shown_field(qtbot, KnownDateField())
    assert known.value() == date.today()
    known.setFocus()
    known.selectAll()
    qtbot.keyClick(known, Qt.Key.Key_Delete)
    qtbot.keyClick(known, Qt.Key.Key_Return)
    assert known.value() == date.today() and known.problem()


def test_the_arrow_keys_step_days_and_months_from_today_or_the_anchor(qtbot):
    field = _shown_field(qtbot, DateField("onbekend"))
    field.set_anchor(date(2027, 1, 31))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == date(2027, 1, 31)  # the first step lands on the anchor
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert field.value() == date(2027, 2, 28)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == date(2027, 2, 27)
    empty = _shown_field(qtbot, DateField("onbekend"))
    empty.setFocus()
    qtbot.keyClick(empty, Qt.Key.Key_Down)
    assert empty.value() == date.today()


def test_alt_down_opens_the_calendar_and_a_click_picks_the_day(qtbot):
    field = _shown_field(qtbot, DateField("onbekend"))
    field.set_value(date(2027, 5, 10))
    changes = []
    field.dateChanged.connect(changes.append)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    calendar.clicked.emit(QDate(2027, 5, 20))
    assert field.value() == date(2027, 5, 20) and changes == [date(2027, 5, 20)]
    assert not calendar.isVisible()


def test_a_dialog_will_not_save_a_date_it_cannot_read(qtbot, catalogue):
    from igj_afwijken.gui.evaluation_panel import EvaluationDialog

    dialog = EvaluationDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    type_date(qtbot, dialog.next_date, "32-1-2027")
    assert not dialog.ok_button.isEnabled()
    assert "32-1-2027" in dialog.problem.text()
    type_date(qtbot, dialog.next_date, "1 jan 2099")
    assert dialog.next_date.value() == date(2099, 1, 1), dialog.problem.text()
    assert dialog.ok_button.isEnabled()


def test_an_early_start_date_survives_an_edit_of_the_start_step(window, qtbot, isolated_data_dir):
    """A start date in 1999 was shown as "unknown", and the next edit of Start dropped it."""
    from igj_afwijken.formats import exchange

    dossier = exchange.read_file(VOLUNTEER_EXAMPLE)
    dossier.start_date = date(1999, 6, 1)
    window.repository.add(dossier)
    window.open_dossier(dossier.id)
    window.editor.go_to_step(0)
    start = window.editor.start_page
    assert start.start_date.value() == date(1999, 6, 1)
    start.title.setFocus()
    qtbot.keyClicks(start.title, " (bijgewerkt)")
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier.id).start_date == date(1999, 6, 1)


def test_the_calendar_stays_on_the_screen_beside_its_edge(qtbot):
    field = _shown_field(qtbot, DateField("onbekend"))
    screen = field.screen().availableGeometry()
    field.move(screen.right() - field.width() // 2, screen.bottom() - field.height())
    field.open_calendar()
    popup = field.calendarWidget().window()
    qtbot.waitUntil(popup.isVisible)
    assert screen.contains(popup.frameGeometry().topLeft())
    assert popup.frameGeometry().right() <= screen.right()
    assert popup.frameGeometry().bottom() <= screen.bottom()
    popup.hide()
