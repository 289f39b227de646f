"""The answer field: Markdown shortcuts, undo, word count, help and examples, live preview."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton

from igj_afwijken.gui import autosave
from igj_afwijken.gui.answer_edit import AnswerEdit, count_words
from igj_afwijken.gui.autosave import SaveState
from tests.gui.test_walk import stored

BOLD = (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
ITALIC = (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_b_and_ctrl_i_wrap_the_selection(qtbot):
    field = AnswerEdit("waarom.knelpunt")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "zeer belangrijk")
    field.selectAll()
    qtbot.keyClick(field, *BOLD)
    assert field.toPlainText() == "**zeer belangrijk**"
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, " en ")
    qtbot.keyClick(field, *ITALIC)
    qtbot.keyClicks(field, "schuin")
    assert field.toPlainText() == "**zeer belangrijk** en *schuin*"


def test_undo_and_redo_within_the_field(qtbot):
    field = AnswerEdit("waarom.knelpunt")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "tekst")
    field.selectAll()
    qtbot.keyClick(field, *BOLD)
    qtbot.keySequence(field, QKeySequence.StandardKey.Undo)
    assert field.toPlainText() == "tekst"  # the whole wrap is one step
    qtbot.keySequence(field, QKeySequence.StandardKey.Redo)
    assert field.toPlainText() == "**tekst**"


def test_tab_moves_to_the_next_field_instead_of_typing_a_tab(qtbot):
    field = AnswerEdit("waarom.knelpunt")
    assert field.tabChangesFocus()


def test_word_count():
    assert count_words("") == 0
    assert count_words("- Eén cliënt, twee **zorgverleners**; zzp'ers en 24-uurs zorg.") == 8


def test_the_page_shows_help_a_markdown_hint_and_an_example_on_request(window, qtbot, catalogue):
    window.open_example()
    window.editor.go_to_step(1)
    page = window.editor.question_pages[0]
    sub = catalogue.questions[0].subquestions[0]
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("Ctrl+B" in text for text in texts)
    assert sub.help in texts
    example = page.findChild(QLabel, f"example:{sub.id}")
    assert not example.isVisible()
    toggle = page.findChild(QPushButton, f"exampleToggle:{sub.id}")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert example.isVisible() and sub.examples[0].text in example.text()
    assert toggle.text() == "Voorbeeld verbergen"


def test_word_count_label_follows_typing(window, qtbot):
    window.new_dossier()
    window.editor.go_to_step(1)
    page = window.editor.question_pages[0]
    field = page.editors["waarom.knelpunt"]
    field.setFocus()
    qtbot.keyClicks(field, "drie losse woorden")
    qtbot.waitUntil(
        lambda: "3 woorden" in [label.text() for label in page.findChildren(QLabel)], timeout=3000
    )


def test_typing_reaches_the_store_and_the_preview_without_any_save_command(
    window, qtbot, isolated_data_dir
):
    # The promise is "in the store within 2 s of the last keystroke": the write starts this long
    # after it, and one answer is a single small transaction.
    assert autosave.SAVE_DELAY_MS <= 1000
    window.new_dossier()
    window.editor.go_to_step(2)
    field = window.editor.question_pages[1].editors["werkwijze.beschrijving"]
    field.setFocus()
    qtbot.keyClicks(field, "Een helpende in de avond")
    assert window.save_state.text() == "Wordt opgeslagen…"
    qtbot.waitUntil(
        lambda: (
            stored(isolated_data_dir, window.editor.dossier.id).answer_text(
                "werkwijze.beschrijving"
            )
            == "Een helpende in de avond"
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=5000)
    assert window.save_state.text() == "Alles opgeslagen"
    qtbot.waitUntil(
        lambda: "Een helpende in de avond" in window.editor.preview.text(), timeout=15_000
    )
