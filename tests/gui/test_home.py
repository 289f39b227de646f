"""The register on the home screen: columns, filters, full-text search, and due evaluations."""

from datetime import date

import pytest

from igj_afwijken.domain.model import Dossier
from igj_afwijken.services.dossiers import PagedRows
from tests.conftest import add_dossier
from tests.helpers import insert_many_dossiers


def _shown(window):
    home = window.home
    return sorted(home.proxy.index(row, 0).data() for row in range(home.proxy.rowCount()))


def test_typing_in_the_search_field_searches_titles_and_answers(
    make_window, qtbot, repository, catalogue
):
    add_dossier(
        repository, catalogue, "Nachtdienst", "Te weinig verpleegkundigen.", location="Noord"
    )
    add_dossier(repository, catalogue, "Flexpool", "Zzp'ers in het weekend.", location="Zuid")
    window = make_window()
    assert _shown(window) == ["Flexpool", "Nachtdienst"]
    qtbot.keyClicks(window.home.filter, "verpleeg")
    qtbot.waitUntil(lambda: _shown(window) == ["Nachtdienst"], timeout=3000)
    window.home.filter.clear()
    qtbot.waitUntil(lambda: len(_shown(window)) == 2, timeout=3000)
    combo = window.home.location_filter
    combo.setCurrentIndex(combo.findData("Zuid"))
    assert _shown(window) == ["Flexpool"]


def test_the_register_shows_sector_next_evaluation_and_readiness(
    make_window, repository, catalogue
):
    window = make_window()  # its repository notes the readiness of what it adds
    add_dossier(
        window.repository, catalogue, "Nacht", sector="ggz", next_evaluation=date(2027, 2, 3)
    )
    window.refresh_home()
    model = window.home.model
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "Geestelijke gezondheidszorg (ggz)" in row and "3 februari 2027" in row
    assert "Nog niet klaar" in row  # nothing answered yet


def test_due_evaluations_are_named_at_start_up_each_a_click_away(
    make_window, repository, catalogue
):
    late = add_dossier(repository, catalogue, "Te laat", next_evaluation=date(2026, 11, 20))
    add_dossier(repository, catalogue, "Binnenkort", next_evaluation=date(2026, 12, 20))
    add_dossier(repository, catalogue, "Later", next_evaluation=date(2027, 3, 1))
    add_dossier(
        repository, catalogue, "Beëindigd", next_evaluation=date(2026, 11, 1), status="beeindigd"
    )
    window = make_window()
    window.today = lambda: date(2026, 12, 1)
    window.show_due_evaluations()
    notice = window.due_notice
    assert notice.isVisible()
    assert [item.title for item in notice.items] == ["Te laat", "Binnenkort"]
    text = notice.text.text()
    assert "1 evaluatie(s) te laat, 1 binnen 30 dagen" in text and "11 dagen te laat" in text
    notice.text.linkActivated.emit(f"dossier:{late}")
    assert window.central.currentWidget() is window.editor
    assert window.editor.dossier.id == late
    notice.hide_button.click()
    assert not notice.isVisible()


def test_a_title_in_the_notice_is_text_not_markup(make_window, repository, catalogue):
    add_dossier(repository, catalogue, "<b>Vet</b> & zo", next_evaluation=date(2026, 11, 30))
    window = make_window()
    window.today = lambda: date(2026, 12, 1)
    window.show_due_evaluations()
    assert "&lt;b&gt;Vet&lt;/b&gt; &amp; zo" in window.due_notice.text.text()


def test_nothing_due_shows_no_notice(make_window, repository, catalogue):
    add_dossier(repository, catalogue, "Later", next_evaluation=date(2027, 3, 1))
    window = make_window()
    window.today = lambda: date(2026, 12, 1)
    window.show_due_evaluations()
    assert not window.due_notice.isVisible()


@pytest.mark.slow  # ten thousand dossiers
def test_the_register_window_filters_ten_thousand_dossiers(make_window, qtbot, connection):
    insert_many_dossiers(connection)
    window = make_window()
    model = window.home.model
    assert model.rowCount() == PagedRows.PAGE and model.canFetchMore()
    while model.canFetchMore():  # as the view does when it is scrolled to the end
        model.fetchMore()
    assert window.home.proxy.rowCount() == 10_000
    qtbot.keyClicks(window.home.filter, "nachtdienst")
    qtbot.waitUntil(lambda: window.home.proxy.rowCount() == 10, timeout=5000)
    combo = window.home.location_filter
    combo.setCurrentIndex(combo.findData("Zuid"))
    assert window.home.proxy.rowCount() == 10  # the matches are all even-numbered, so in Zuid


def test_the_notice_is_there_at_start_up_also_when_a_dossier_reopens(
    make_window, repository, catalogue
):
    from datetime import timedelta

    late = add_dossier(
        repository, catalogue, "Te laat", next_evaluation=date.today() - timedelta(days=3)
    )
    first = make_window()
    assert first.due_notice.isVisible() and "3 dagen te laat" in first.due_notice.text.text()
    first.open_dossier(late)
    first.close()
    second = make_window()  # the session reopens the dossier straight away
    assert second.central.currentWidget() is second.editor
    assert second.due_notice.isVisible()


def test_clicking_a_column_heading_sorts_and_keeps_the_selected_dossier(
    make_window, qtbot, repository, catalogue
):
    from PySide6.QtCore import Qt

    for title, place in (("Bravo", "Zuid"), ("Alfa", "Noord"), ("Charlie", "Midden")):
        add_dossier(repository, catalogue, title, location=place)
    window = make_window()
    home = window.home

    def titles():
        return [home.proxy.index(row, 0).data() for row in range(home.proxy.rowCount())]

    home.select(next(s.id for s in window.repository.summaries() if s.title == "Bravo"))
    home.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Alfa", "Bravo", "Charlie"]
    home.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by place
    assert titles() == ["Charlie", "Alfa", "Bravo"]
    assert window.repository.get(home.selected_id()).title == "Bravo"
    window.refresh_home()  # a refresh keeps the chosen order
    assert titles() == ["Charlie", "Alfa", "Bravo"]


def test_sorting_by_last_change_works_both_ways(make_window, repository, catalogue):
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    for day, title in ((3, "Derde"), (1, "Eerste"), (2, "Tweede")):
        dossier = Dossier(title=title, updated_at=datetime(2026, 1, day, tzinfo=UTC))
        repository.add(dossier)
    window = make_window()
    home = window.home

    def titles():
        return [home.proxy.index(row, 0).data() for row in range(home.proxy.rowCount())]

    changed = home.model.CHANGED
    home.table.sortByColumn(changed, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Eerste", "Tweede", "Derde"]
    home.table.sortByColumn(changed, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Derde", "Tweede", "Eerste"]
    home.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    home.table.sortByColumn(changed, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Derde", "Tweede", "Eerste"]


def test_a_dossier_that_cannot_be_read_is_named_and_can_be_removed_the_rest_as_usual(
    make_window, repository, catalogue, connection, answers
):
    """A stored moment the program cannot show once made every start crash; now that one row
    says it is unreadable, opening it explains why, and it goes to the recycle bin and out."""
    add_dossier(repository, catalogue, "Gewoon")
    broken = add_dossier(repository, catalogue, "Kapot")
    connection.execute(
        "UPDATE dossiers SET updated_at = '9999-12-31T23:59:59-23:59' WHERE id = ?", (broken,)
    )
    window = make_window()
    window.settings.set_last_dossier(broken)
    model = window.home.model
    rows = {
        model.index(row, 0).data(): [model.index(row, c).data() for c in range(7)]
        for row in range(model.rowCount())
    }
    assert set(rows) == {"Gewoon", "Kapot"}
    assert "onleesbaar" in rows["Kapot"] and "Concept" in rows["Gewoon"]
    for column in range(7):  # sorting by any column copes with it
        window.home.table.sortByColumn(
            column, window.home.table.horizontalHeader().sortIndicatorOrder()
        )

    window.open_dossier(broken)
    assert window.central.currentWidget() is window.home
    assert "kan niet worden gelezen" in answers.warnings[-1]
    window.dossiers.delete_dossier(broken)
    assert [s.title for s in repository.summaries()] == ["Gewoon"]
    window.dossiers.purge_dossier(broken)
    assert not repository.exists(broken)


def test_the_window_starts_when_the_dossier_it_last_showed_cannot_be_read(
    make_window, repository, catalogue, connection, answers
):
    broken = add_dossier(repository, catalogue, "Kapot")
    window = make_window()
    window.settings.set_last_dossier(broken)
    window.close()
    connection.execute("UPDATE dossiers SET start_date = '0000-01-01' WHERE id = ?", (broken,))
    again = make_window()
    assert again.central.currentWidget() is again.home
    assert "kan niet worden gelezen" in answers.warnings[-1]


def test_a_search_shows_where_each_dossier_matched_and_says_when_nothing_did(
    make_window, qtbot, repository, catalogue
):
    from igj_afwijken.domain.model import Risk, utc_now

    found = add_dossier(repository, catalogue, "Nachtzorg", "Twee locaties, akoestisch.")
    add_dossier(repository, catalogue, "Dagbesteding", "Groepen van acht.", location="De Linde")
    repository.save_rows(
        found, "risks", (Risk("Storing van de sensoren", measures="onderhoudscontract"),), utc_now()
    )
    window = make_window()
    home = window.home
    model, header = home.model, home.table.horizontalHeader()
    assert home.table.isColumnHidden(model.FOUND)
    widths = [header.sectionSize(c) for c in range(1, model.FOUND)]

    qtbot.keyClicks(home.filter, "onderhoudscontract")
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 1)
    assert not home.table.isColumnHidden(model.FOUND)
    excerpt = home.proxy.index(0, model.FOUND).data()
    assert "‹onderhoudscontract›" in excerpt
    assert not home.nothing_found.isVisible()

    home.filter.clear()
    qtbot.keyClicks(home.filter, "xylofoon")
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 0)
    assert home.nothing_found.isVisible()
    assert home.nothing_found.text() == "Niets gevonden voor ‘xylofoon’."
    assert [header.sectionSize(c) for c in range(1, model.FOUND)] == widths  # no collapse

    home.filter.clear()
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 2)
    assert home.table.isColumnHidden(model.FOUND) and not home.nothing_found.isVisible()


def test_opening_a_register_of_ten_thousand_asks_only_the_rows_it_shows(
    make_window, connection, monkeypatch
):
    """Sizing the columns to their contents asked every row: 482,610 calls of data() with
    10,000 dossiers before the window could show."""
    from igj_afwijken.gui.home import FITTED_ROWS
    from igj_afwijken.gui.register_model import DossierTableModel

    insert_many_dossiers(connection)
    calls = []
    real_data = DossierTableModel.data

    def counted(self, index, role=0):
        calls.append(index.row())
        return real_data(self, index, role)

    monkeypatch.setattr(DossierTableModel, "data", counted)
    window = make_window()
    assert window.home.proxy.rowCount() == PagedRows.PAGE  # read as the view scrolls
    assert max(calls) < 10_000 - 1 and len(set(calls)) <= FITTED_ROWS + 100
    header = window.home.table.horizontalHeader()
    model = window.home.model
    status = model.index(0, model.STATUS).data()
    shown = window.home.table.fontMetrics().horizontalAdvance(status)
    assert header.sectionSize(model.STATUS) >= shown  # still wide enough for what it shows


def test_the_register_makes_only_the_rows_it_shows_and_keeps_the_selection(
    make_window, qtbot, connection, monkeypatch
):
    """Making a summary of every matching dossier took 64 ms of a keystroke at 10,000."""
    from igj_afwijken.gui.home import FITTED_ROWS
    from igj_afwijken.storage.sqlite import repository

    insert_many_dossiers(connection, 3_000)
    made = []
    real_summary = repository.summary_of
    monkeypatch.setattr(
        repository, "summary_of", lambda row: made.append(row[0]) or real_summary(row)
    )
    window = make_window()
    home = window.home
    assert home.proxy.rowCount() == PagedRows.PAGE and len(made) <= FITTED_ROWS + 100
    assert home.select("id-00005")  # near the end of the newest-first list: read on to it
    assert home.selected_id() == "id-00005" and home.proxy.rowCount() > 2_000
    made.clear()
    qtbot.keyClicks(home.filter, "Afw")
    qtbot.waitUntil(lambda: len(made) > 0, timeout=5000)  # the filter's pause, then its refresh
    qtbot.wait(300)
    assert home.selected_id() == "id-00005"  # still selected, the rows read on to it again
    assert len(made) <= 200
    made.clear()
    home.filter.clear()
    qtbot.keyClicks(home.filter, "Afwijking 7")  # 7, 70-79, 700-799: it is left out
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 111, timeout=5000)
    assert home.selected_id() != "id-00005" and len(made) <= 111


def test_reading_on_to_a_dossier_far_down_asks_the_store_a_few_times(
    make_window, connection, monkeypatch
):
    """Page by page, a dossier 60,000 rows down took 300 reads, each further on than the last
    (8-20 s at 100,000 dossiers); each read on asks for twice as many rows as the one before."""
    insert_many_dossiers(connection, 3_000)
    window = make_window()
    asked = []
    read = PagedRows.next_page
    monkeypatch.setattr(
        PagedRows, "next_page", lambda self, limit=0: asked.append(limit) or read(self, limit)
    )
    assert window.home.select("id-00005")  # near the end of the newest-first list
    assert window.home.selected_id() == "id-00005"
    assert asked == [200, 400, 800, 1600]  # after the first 200: 3,200 rows asked in all
    assert window.home.proxy.rowCount() == 3_000


def test_excerpts_are_asked_of_the_store_a_screenful_at_a_time(
    make_window, qtbot, repository, catalogue, monkeypatch
):
    """With one query per row, a one-letter search of 10,000 dossiers took 1.2 s of
    excerpts: the index works out every match again for each."""
    from igj_afwijken.gui.register_model import EXCERPTS_AT_ONCE

    for number in range(120):
        add_dossier(repository, catalogue, f"Nachtzorg {number}", "Sensoren in de gang.")
    window = make_window()
    asked = []
    search_excerpts = type(window.repository).search_excerpts

    def counting(store, dossier_ids, search):
        asked.append(list(dossier_ids))
        return search_excerpts(store, dossier_ids, search)

    monkeypatch.setattr(type(window.repository), "search_excerpts", counting)
    qtbot.keyClicks(window.home.filter, "sensor")
    qtbot.waitUntil(lambda: not window.home.table.isColumnHidden(window.home.model.FOUND))
    assert window.home.proxy.rowCount() == 120
    asked.clear()
    window.refresh_home()
    qtbot.wait(50)  # the view paints the rows in sight
    model = window.home.model
    shown = [model.index(row, model.FOUND).data() for row in range(EXCERPTS_AT_ONCE + 20)]
    assert all("‹Sensoren›" in excerpt for excerpt in shown)
    assert [len(batch) for batch in asked] == [EXCERPTS_AT_ONCE, EXCERPTS_AT_ONCE]


def test_a_search_of_short_words_narrows_by_title_and_shows_no_excerpts(
    make_window, qtbot, repository, catalogue
):
    add_dossier(repository, catalogue, "Vaste flexschil", "Over de nacht.")
    add_dossier(repository, catalogue, "Nachtdienst", "Vaste krachten.")
    window = make_window()
    home = window.home
    assert "drie letters" in home.filter.toolTip()
    qtbot.keyClicks(home.filter, "Va")
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 1)
    assert home.proxy.index(0, home.model.TITLE).data() == "Vaste flexschil"
    assert home.table.isColumnHidden(home.model.FOUND)
    qtbot.keyClicks(home.filter, "s")
    qtbot.waitUntil(lambda: home.proxy.rowCount() == 2)
    assert not home.table.isColumnHidden(home.model.FOUND)


def test_the_columns_are_sized_to_each_different_text_of_the_first_rows(
    make_window, connection, monkeypatch
):
    """Measured through a model index for every cell, the sizing took 10 ms of a start with
    10,000 dossiers; the model now gives each column's different texts."""
    from PySide6.QtGui import QFontMetrics

    from igj_afwijken.gui.home import COLUMN_PADDING, FITTED_ROWS

    insert_many_dossiers(connection, 500)
    measured = []
    real_advance = QFontMetrics.horizontalAdvance
    monkeypatch.setattr(
        QFontMetrics,
        "horizontalAdvance",
        lambda metrics, text, *rest: measured.append(text) or real_advance(metrics, text, *rest),
    )
    window = make_window()
    model, header = window.home.model, window.home.table.horizontalHeader()
    metrics = window.home.table.fontMetrics()
    for column in (model.LOCATION, model.SECTOR, model.STATUS):
        texts = {model.index(row, column).data() for row in range(FITTED_ROWS)}
        widest = max(real_advance(metrics, text) for text in texts)
        assert header.sectionSize(column) >= widest + COLUMN_PADDING
    cells = [t for t in measured if t in {"Noord", "Zuid"}]
    assert 0 < len(cells) <= 2 * 2  # each place once per sizing, not once per row


def test_the_welcome_is_made_only_when_there_is_nothing_to_list(make_window, connection):
    """Its selectable texts took 6-10 ms of every start, also when it was never shown."""
    insert_many_dossiers(connection, 3)
    window = make_window()
    assert not hasattr(window.home, "welcome_new_button")
    assert window.home.pages.currentIndex() == 1
    for dossier_id in ("id-00000", "id-00001", "id-00002"):
        window.repository.delete(dossier_id)
        window.repository.purge(dossier_id)
    window.refresh_home()
    assert window.home.pages.currentIndex() == 0
    assert window.home.pages.currentWidget().isAncestorOf(window.home.welcome_new_button)


def test_rows_the_store_cannot_give_are_said_and_asked_again_at_the_next_filter(
    make_window, qtbot, connection, monkeypatch
):
    """The organisation server may go away while the register is shown: reading on, reading
    anew and excerpts each say why in the register, keep what was read, and no traceback
    escapes into Qt; the next filter asks again, and so does scrolling to the end again."""
    from igj_afwijken.services.dossiers import StoreError

    insert_many_dossiers(connection, 500)
    window = make_window()
    home, model = window.home, window.home.model
    read = PagedRows.next_page
    away = ["De verbinding met de organisatieserver is verbroken (weg)."]

    def reading(self, limit=0):
        if away:
            raise StoreError(away[0])
        return read(self, limit)

    monkeypatch.setattr(PagedRows, "next_page", reading)
    model.fetchMore()  # as the view does when it is scrolled to the end
    assert model.rowCount() == PagedRows.PAGE
    assert not home.nothing_found.isHidden() and "verbroken (weg)" in home.nothing_found.text()
    assert model.canFetchMore()  # scrolled to the end again, it asks again
    model.fetchMore()
    assert model.rowCount() == PagedRows.PAGE and "verbroken (weg)" in home.nothing_found.text()
    away.clear()
    model.fetchMore()  # the server is back: the next page, and the line goes
    assert model.rowCount() == 2 * PagedRows.PAGE
    assert home.nothing_found.isHidden() and not model.problem
    away.append("De verbinding met de organisatieserver is verbroken (weg).")
    model.fetchMore()
    assert not home.nothing_found.isHidden()
    away.clear()
    model.sort(model.TITLE)  # a column sorted reads anew, and the line goes
    assert home.nothing_found.isHidden() and model.rowCount() == PagedRows.PAGE
    away.append("De verbinding met de organisatieserver is verbroken (weg).")
    home.filter.setText("Afwijking")  # read anew: nothing shown, and why
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5000)
    assert "kon niet worden gelezen" in home.nothing_found.text()
    away.clear()
    home.filter.setText("Afwijking 1")
    qtbot.waitUntil(lambda: model.rowCount() == 111, timeout=5000)
    assert home.nothing_found.isHidden() and not model.problem

    def no_excerpts(dossier_ids):
        raise StoreError("De verbinding met de organisatieserver is verbroken (weer).")

    model.excerpts_of = no_excerpts
    assert model.data(model.index(0, model.FOUND)) in ("", None)
    assert "verbroken (weer)" in home.nothing_found.text()
