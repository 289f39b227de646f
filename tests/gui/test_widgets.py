"""The shared building blocks: date fields that show every date the program accepts."""

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt

from igj_afwijken.domain.moments import EARLIEST, LATEST
from igj_afwijken.gui.widgets import DateField
from tests.conftest import VOLUNTEER_EXAMPLE
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


def test_an_unknown_dates_calendar_opens_at_this_month(qtbot):
    field = DateField("onbekend")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    arrow = QPoint(field.width() - 6, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)  # the calendar's arrow
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())


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
