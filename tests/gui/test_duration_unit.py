"""The Start step's duration field says "1 maand", never "1 maanden"."""

from igj_afwijken.domain.model import Dossier
from igj_afwijken.gui.start_page import StartPage


def test_the_duration_unit_agrees_with_the_number(qtbot, catalogue):
    page = StartPage(catalogue)
    qtbot.addWidget(page)
    page.show_dossier(Dossier(title="Eén maand", duration_months=1))
    assert page.duration.text() == "1 maand"
    page.duration.setValue(18)
    assert page.duration.text() == "18 maanden"
    page.duration.setValue(1)
    assert page.duration.text() == "1 maand"
    page.duration.setValue(0)
    assert page.duration.text() == "nog niet bepaald"


def test_typing_a_duration_keeps_the_number_and_the_unit_agreeing(qtbot, catalogue):
    page = StartPage(catalogue)
    qtbot.addWidget(page)
    dossier = Dossier(title="Typen")
    page.show_dossier(dossier)
    page.duration.lineEdit().selectAll()
    qtbot.keyClicks(page.duration, "12")
    assert page.duration.value() == 12 and page.duration.text() == "12 maanden"
    assert dossier.duration_months == 12
