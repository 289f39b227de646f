"""The Betrokkenheid panel at question 4: who was involved, the client council's advice and the
contact points, edited through the widgets, saved, removed and shown again."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from igj_afwijken.domain.model import CouncilAdvice
from tests.gui.conftest import type_date
from tests.gui.test_walk import stored, wait_saved


def _open_panel(window, qtbot):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    window.editor.go_to_step(4)
    panel = window.editor.panels["betrokkenheid"]
    window.editor.question_pages[3].ensureWidgetVisible(panel)
    return panel


def _choose(qtbot, box, label):
    """Pick an entry of a combo box by keyboard, as a user without a mouse would."""
    box.setFocus()
    target = box.findText(label)
    assert target >= 0, label
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_involvement_council_advice_and_contacts_are_saved_removed_and_shown_again(
    window, qtbot, isolated_data_dir, answers
):
    panel = _open_panel(window, qtbot)
    dossier_id = window.editor.dossier.id
    assert panel.title() == "Wie zijn er betrokken?"
    assert not panel.involvements.table.isVisible() and panel.involvements.empty.isVisible()

    # Who was involved: the client council, in a meeting, with an outcome.
    qtbot.mouseClick(panel.involvements.add_button, Qt.MouseButton.LeftButton)
    party, how, on, outcome = panel.involvements.cells[0]
    assert panel.involvements.table.isVisible() and QApplication.focusWidget() is party
    _choose(qtbot, party, "Cliëntenraad")
    _type(qtbot, how, "Overleg")
    type_date(qtbot, on, "4-3-2025")
    _type(qtbot, outcome, "Akkoord met proef")

    # The client council's advice.
    type_date(qtbot, panel.asked_on, "1 februari 2025")
    type_date(qtbot, panel.given_on, "2025-03-10")
    _choose(qtbot, panel.advice, "Positief onder voorwaarden")
    _type(qtbot, panel.advice_text, "Akkoord als er een achterwacht is.")
    _type(qtbot, panel.follow_up, "Achterwacht ingeroosterd.")

    # A contact point.
    qtbot.mouseClick(panel.contacts.add_button, Qt.MouseButton.LeftButton)
    audience, name, role, reach = panel.contacts.cells[0]
    _choose(qtbot, audience, "Medewerkers")
    _type(qtbot, name, "Els de Vries")
    _type(qtbot, role, "Teamleider")
    _type(qtbot, reach, "06-12345678")

    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, dossier_id)
    assert [(i.party, i.how, i.on, i.outcome) for i in kept.involvements] == [
        ("clientenraad", "Overleg", date(2025, 3, 4), "Akkoord met proef")
    ]
    assert kept.council_advice == CouncilAdvice(
        asked_on=date(2025, 2, 1),
        given_on=date(2025, 3, 10),
        advice="positief-onder-voorwaarden",
        text="Akkoord als er een achterwacht is.",
        follow_up="Achterwacht ingeroosterd.",
    )
    assert [(c.audience, c.name, c.role, c.reach) for c in kept.contacts] == [
        ("medewerkers", "Els de Vries", "Teamleider", "06-12345678")
    ]
    contact_id = kept.contacts[0].id
    assert kept.involvements[0].id == window.editor.dossier.involvements[0].id

    # Removing the involvement asks first and takes it out of the store.
    how.setFocus()
    qtbot.mouseClick(panel.involvements.remove_button, Qt.MouseButton.LeftButton)
    assert answers.asked and answers.asked[-1][0] == "Betrokkene verwijderen"
    assert panel.involvements.empty.isVisible()
    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, dossier_id)
    assert kept.involvements == ()
    assert [c.id for c in kept.contacts] == [contact_id]

    # Opened again, the panel shows what was stored, without saving anything.
    window.show_home()
    window.open_dossier(dossier_id)
    window.editor.go_to_step(4)
    panel = window.editor.panels["betrokkenheid"]
    assert panel.involvements.cells == [] and panel.involvements.empty.isVisible()
    assert panel.asked_on.value() == date(2025, 2, 1)
    assert panel.given_on.value() == date(2025, 3, 10)
    assert panel.advice.currentText() == "Positief onder voorwaarden"
    assert panel.advice_text.toPlainText() == "Akkoord als er een achterwacht is."
    assert panel.follow_up.toPlainText() == "Achterwacht ingeroosterd."
    audience, name, role, reach = panel.contacts.cells[0]
    assert (audience.currentText(), name.text(), role.text(), reach.text()) == (
        "Medewerkers", "Els de Vries", "Teamleider", "06-12345678"
    )  # fmt: skip


def test_removing_is_cancelled_when_the_user_says_no(window, qtbot, isolated_data_dir, answers):
    panel = _open_panel(window, qtbot)
    qtbot.mouseClick(panel.contacts.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, panel.contacts.cells[0][1], "Spreekuur teamleider")
    answers.confirm = False
    qtbot.mouseClick(panel.contacts.remove_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][0] == "Aanspreekpunt verwijderen"
    assert len(panel.contacts.cells) == 1
    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, window.editor.dossier.id)
    assert [c.name for c in kept.contacts] == ["Spreekuur teamleider"]


def test_the_panel_is_usable_by_keyboard_and_named_for_screen_readers(window, qtbot):
    panel = _open_panel(window, qtbot)
    involvements = panel.involvements
    assert involvements.table.accessibleName() == "Betrokkenen"
    assert panel.contacts.table.accessibleName() == "Aanspreekpunten"
    involvements.add_button.setFocus()
    qtbot.keyClick(involvements.add_button, Qt.Key.Key_Space)
    fields = involvements.cells[0]
    assert [f.accessibleName() for f in fields] == [
        "Wie, rij 1", "Hoe, rij 1", "Wanneer, rij 1", "Uitkomst, rij 1"
    ]  # fmt: skip
    # Tab walks the row's fields (and the sections of the date) and then reaches the buttons.
    assert QApplication.focusWidget() is fields[0]
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        focus = next((f for f in fields if f is focus or f.isAncestorOf(focus)), focus)
        if focus not in reached:
            reached.append(focus)
        if focus is involvements.remove_button:
            break
    assert reached == [*fields[1:], involvements.add_button, involvements.remove_button]
    qtbot.keyClick(involvements.add_button, Qt.Key.Key_Space)  # a second row comes after it
    second = involvements.cells[1]
    assert QApplication.focusWidget() is second[0]
    qtbot.keyClick(second[0], Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is involvements.cells[0][3]
    buddies = {label.text(): label.buddy() for label in panel.findChildren(QLabel)}
    assert buddies["Gevraagd &op:"] is panel.asked_on
    assert buddies["Gege&ven op:"] is panel.given_on
    assert buddies["Ad&vies:"] is panel.advice
    assert buddies["Wat is er&mee gedaan:"] is panel.follow_up
    assert panel.focus_part("involvements") is fields[0]
    assert panel.focus_part("council_advice") is panel.asked_on
    assert panel.focus_part("contacts") is panel.contacts.add_button
    assert panel.focus_part("risks") is None


def test_showing_a_dossier_emits_nothing(window, qtbot):
    panel = _open_panel(window, qtbot)
    emitted = []
    panel.edited.connect(emitted.append)
    dossier = window.editor.dossier
    dossier.council_advice = CouncilAdvice(advice="negatief", text="Nee")
    panel.show_dossier(dossier)
    assert emitted == [] and panel.advice.currentText() == "Negatief"


def test_a_long_text_shows_its_start_again_once_the_user_moves_on(window, qtbot):
    panel = _open_panel(window, qtbot)
    qtbot.mouseClick(panel.involvements.add_button, Qt.MouseButton.LeftButton)
    _party, how, _on, outcome = panel.involvements.cells[0]
    long_text = "Overleg met de clientenraad en de teams van beide locaties, " * 4
    how.setFocus()
    qtbot.keyClicks(how, long_text)
    assert how.cursorPosition() == len(long_text)  # while typing: at the end
    qtbot.keyClick(how, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not how
    assert how.cursorPosition() == 0 and how.text() == long_text
    start = window.editor.start_page
    window.editor.go_to_step(0)
    start.title.setFocus()
    qtbot.keyClicks(start.title, " " + long_text)
    qtbot.keyClick(start.title, Qt.Key.Key_Tab)
    assert start.title.cursorPosition() == 0
