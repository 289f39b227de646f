"""Walking a new dossier through every step with the real widgets, keys and buttons."""

import pypdf
from PySide6.QtCore import Qt

from igj_afwijken.gui.autosave import SaveState
from igj_afwijken.storage.sqlite.connection import open_store
from igj_afwijken.storage.sqlite.repository import DossierRepository
from tests.gui.conftest import shown

NEXT = (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
PREVIOUS = (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)


def stored(data_dir, dossier_id):
    connection = open_store(data_dir)
    try:
        return DossierRepository(connection).get(dossier_id)
    finally:
        connection.close()


def answer_for(question_id):
    return f"Antwoord op {question_id}: **belangrijk** & <veilig>"


def wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=5000)


def test_new_dossier_walked_through_every_step(
    window, qtbot, catalogue, isolated_data_dir, answers, tmp_path
):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert window.central.currentWidget() is editor
    start = editor.start_page
    assert start.title.hasFocus()
    qtbot.keyClicks(start.title, "Avonddienst met een verzorgende-IG")
    qtbot.keyClicks(start.organisation, "Zorggroep Test")
    qtbot.keyClicks(start.rule_name, "Twee verzorgenden-IG per avonddienst")
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("veldnorm"))
    qtbot.keyClicks(start.responsible_name, "M. Jansen")

    for number, page in enumerate(editor.question_pages, start=1):
        qtbot.keyClick(window, *NEXT)
        assert editor.current_step == number
        for question_id, field in page.editors.items():
            field.setFocus()
            qtbot.keyClicks(field, answer_for(question_id))
    qtbot.keyClick(window, *NEXT)
    assert editor.current_step == 6  # the overview
    assert "15 van 15 deelvragen beantwoord" in editor.overview_page.report.toPlainText()
    qtbot.keyClick(window, *NEXT)
    assert editor.current_step == 7  # the document

    wait_saved(qtbot, window)
    dossier = stored(isolated_data_dir, editor.dossier.id)
    assert dossier.title == "Avonddienst met een verzorgende-IG"
    assert dossier.rule.kind == "veldnorm"
    assert dossier.responsible.name == "M. Jansen"
    for sub in catalogue.subquestions():
        assert dossier.answer_text(sub.id) == answer_for(sub.id)
        assert dossier.answers[sub.id].question_text == sub.text

    preview = shown(qtbot, editor.document_page.preview)
    for sub in catalogue.subquestions():
        assert f"Antwoord op {sub.id}: belangrijk & <veilig>" in preview

    answers.save_path = str(tmp_path / "verantwoording")
    window.menus.pdf_action.trigger()
    pdf = tmp_path / "verantwoording.pdf"
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    for sub in catalogue.subquestions():
        assert f"Antwoord op {sub.id}: belangrijk & <veilig>" in text
    assert answers.warnings == []


def test_back_then_next_keeps_what_was_typed(window, qtbot):
    window.new_dossier()
    editor = window.editor
    qtbot.keyClick(window, *NEXT)
    field = editor.question_pages[0].editors["waarom.knelpunt"]
    field.setFocus()
    qtbot.keyClicks(field, "Tekst die blijft")
    qtbot.keyClick(window, *PREVIOUS)
    assert editor.current_step == 0
    qtbot.keyClick(window, *NEXT)
    assert editor.current_step == 1
    assert field.toPlainText() == "Tekst die blijft"
    qtbot.mouseClick(editor.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert field.toPlainText() == "Tekst die blijft"


def test_close_and_reopen_shows_the_same_dossier_at_the_same_step(make_window, qtbot):
    first = make_window()
    first.new_dossier()
    dossier_id = first.editor.dossier.id
    first.editor.go_to_step(3)
    field = first.editor.question_pages[2].editors["veiligheid.risicos"]
    field.setFocus()
    qtbot.keyClicks(field, "Vallen in de avond")
    first.close()  # no "save changes?": nothing is ever unsaved

    second = make_window()
    assert second.central.currentWidget() is second.editor
    assert second.editor.dossier.id == dossier_id
    assert second.editor.current_step == 3
    assert second.editor.question_pages[2].editors["veiligheid.risicos"].toPlainText() == (
        "Vallen in de avond"
    )


def test_any_step_can_be_reached_from_the_list_and_by_number(window, qtbot):
    window.open_example()
    editor = window.editor
    editor.steps.setCurrentRow(5)
    assert editor.current_step == 5
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_step == 1
    labels = [editor.steps.item(i).text() for i in range(editor.steps.count())]
    assert labels[0] == "Start  (7/7)"
    assert labels[1] == "1. Waarom afwijken  (3/3)"
    assert labels[6] == "Overzicht  (15/15)"


def test_an_open_point_in_the_overview_leads_to_its_field(window, qtbot):
    window.new_dossier()
    editor = window.editor
    editor.go_to_step(6)
    html = editor.overview_page.report.toHtml()
    assert "veld:veiligheid.maatregelen" in html
    editor.overview_page.fieldRequested.emit("veiligheid.maatregelen")
    assert editor.current_step == 3
    assert editor.question_pages[2].editors["veiligheid.maatregelen"].hasFocus()


def test_the_preview_beside_the_walk_follows_the_step(window, qtbot):
    window.open_example()
    editor = window.editor
    assert editor.preview.isVisible()
    assert editor.preview.browser.openLinks() is False
    editor.go_to_step(1)
    shown(qtbot, editor.preview)
    bar = editor.preview.page_area.verticalScrollBar()
    top_of_question_1 = bar.value()
    editor.go_to_step(5)
    assert bar.value() > top_of_question_1
    editor.go_to_step(7)
    assert not editor.preview.isVisible()  # the Document step shows it large instead
    assert "Verantwoording afwijking" in shown(qtbot, editor.document_page.preview)
