"""Spelling in the answer fields: underlined unknown words, suggestions, the word list."""

import multiprocessing
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from igj_afwijken.gui import spelling as gui_spelling
from igj_afwijken.services.spelling import WORD_LIST_FILE, SpellingProcess, SpellingUnavailable

SPELL_CHECK = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(field) -> list[str]:
    """The words the field shows with the spelling underline, in reading order."""
    words = []
    block = field.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == SPELL_CHECK:
                words.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return words


def open_with(window, repository_dossier, text, question="waarom.knelpunt"):
    """Open the dossier with `text` as the answer to `question`; the field of that answer."""
    from igj_afwijken.domain.catalogue import load_catalogue

    repository_dossier.set_answer(load_catalogue().make_answer(question, text))
    window.repository.add(repository_dossier)
    window.open_dossier(repository_dossier.id)
    window.editor.go_to_step(1)
    return window.editor._editor(question)


def menu_at(field, word):
    """The field's right-click menu over `word`."""
    cursor = field.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 2)
    return field.context_menu(field.cursorRect(cursor).center())


def texts(menu) -> list[str]:
    return [action.text() for action in menu.actions()]


def test_a_misspelled_word_is_underlined_as_it_is_typed(window, qtbot, example_dossier):
    field = open_with(window, example_dossier, "Wij hebben te weinig collega's.")
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " De medewerkrs in de nachtdienst")
    qtbot.waitUntil(lambda: underlined(field) == ["medewerkrs"], timeout=20_000)


def test_words_are_looked_up_in_a_process_of_their_own(window, qtbot, example_dossier, monkeypatch):
    """Reading a dictionary takes seconds of Python: in the window's process, every keystroke
    would wait for its turn."""
    threads = set()
    knows = SpellingProcess.knows

    def noting_knows(self, words, language):
        threads.add(threading.current_thread())
        return knows(self, words, language)

    monkeypatch.setattr(SpellingProcess, "knows", noting_knows)
    field = open_with(window, example_dossier, "Een zin met een fuot erin.")
    qtbot.waitUntil(lambda: underlined(field) == ["fuot"], timeout=20_000)
    assert threads and threading.main_thread() not in threads
    assert "igj-spelling" in [child.name for child in multiprocessing.active_children()]
    assert "spylls" not in " ".join(sys.modules)  # no dictionary in the window's process


def test_the_word_being_typed_is_judged_when_the_cursor_leaves_it(window, qtbot, example_dossier):
    field = open_with(window, example_dossier, "Wij hebben te weinig collega's.")
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " De medewerkr")
    qtbot.wait(500)
    assert underlined(field) == []  # not while it is being typed
    qtbot.keyClick(field, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: underlined(field) == ["medewerkr"], timeout=20_000)


def test_underlining_is_no_edit_of_the_dossier(window, qtbot, example_dossier):
    field = open_with(window, example_dossier, "De medewerkrs en de nachtdienst.")
    stored_before = window.repository.get(example_dossier.id).updated_at
    qtbot.waitUntil(lambda: underlined(field) == ["medewerkrs"], timeout=20_000)
    qtbot.wait(300)  # longer than the autosaver waits after an edit
    assert not window.editor._dirty_answers
    assert not field.document().isUndoAvailable()
    window.autosaver.flush()
    assert window.repository.get(example_dossier.id).updated_at == stored_before


def test_a_suggestion_replaces_the_word_in_one_undo_step(window, qtbot, example_dossier):
    field = open_with(window, example_dossier, "Elke medewerkr kent het plan.")
    qtbot.waitUntil(lambda: underlined(field) == ["medewerkr"], timeout=20_000)
    menu = menu_at(field, "medewerkr")
    qtbot.waitUntil(lambda: "medewerker" in texts(menu), timeout=20_000)
    assert texts(menu).index("medewerker") < texts(menu).index("Toevoegen aan woordenlijst")
    assert menu.actions()[texts(menu).index("medewerker")].font().bold()
    next(a for a in menu.actions() if a.text() == "medewerker").trigger()
    assert field.toPlainText() == "Elke medewerker kent het plan."
    qtbot.waitUntil(lambda: underlined(field) == [], timeout=20_000)
    field.undo()
    assert field.toPlainText() == "Elke medewerkr kent het plan."


def test_suggestions_still_being_looked_for_follow_in_the_open_menu(
    window, qtbot, example_dossier, monkeypatch
):
    suggestions = SpellingProcess.suggestions

    def slow_suggestions(self, word, language):
        time.sleep(0.5)
        return suggestions(self, word, language)

    monkeypatch.setattr(SpellingProcess, "suggestions", slow_suggestions)
    field = open_with(window, example_dossier, "Een nieuwe medewerkr.")
    qtbot.waitUntil(lambda: underlined(field) == ["medewerkr"], timeout=20_000)
    menu = menu_at(field, "medewerkr")
    assert "Suggesties worden gezocht…" in texts(menu)
    qtbot.waitUntil(lambda: "medewerker" in texts(menu), timeout=20_000)
    assert "Suggesties worden gezocht…" not in texts(menu)


def test_a_right_word_gets_the_usual_menu_only(window, qtbot, example_dossier):
    field = open_with(window, example_dossier, "Elke medewerkr kent het plan.")
    qtbot.waitUntil(lambda: underlined(field) == ["medewerkr"], timeout=20_000)
    assert "Toevoegen aan woordenlijst" not in texts(menu_at(field, "plan"))


def test_a_word_added_to_the_list_is_right_now_and_after_a_restart(
    make_window, qtbot, example_dossier, isolated_data_dir
):
    window = make_window()
    field = open_with(window, example_dossier, "Wij werken met Nedap en een fuot.")
    qtbot.waitUntil(lambda: underlined(field) == ["Nedap", "fuot"], timeout=20_000)
    menu = menu_at(field, "Nedap")
    next(a for a in menu.actions() if a.objectName() == "addToWordList").trigger()
    assert underlined(field) == ["fuot"]
    assert (isolated_data_dir / WORD_LIST_FILE).read_text("utf-8") == "Nedap\n"
    window.close()
    again = make_window()
    again.open_dossier(example_dossier.id)
    again.editor.go_to_step(1)
    field = again.editor._editor("waarom.knelpunt")
    qtbot.waitUntil(lambda: underlined(field) == ["fuot"], timeout=20_000)


def test_the_plain_summary_is_checked_too(window, qtbot, example_dossier):
    field = open_with(window, example_dossier, "Wij vragen uw advies.")
    plain = window.editor.question_pages[0].plain
    plain.setFocus()
    qtbot.keyClicks(plain, "Er zijn te weinig verplegers in de nachtt.")
    qtbot.waitUntil(lambda: underlined(plain) == ["nachtt"], timeout=20_000)
    assert underlined(field) == []


def test_a_word_list_that_cannot_be_written_is_said_in_the_status_bar(
    window, qtbot, example_dossier, isolated_data_dir
):
    field = open_with(window, example_dossier, "Wij werken met Nedap.")
    qtbot.waitUntil(lambda: underlined(field) == ["Nedap"], timeout=20_000)
    (isolated_data_dir / WORD_LIST_FILE).mkdir()  # in the way of the new list
    menu = menu_at(field, "Nedap")
    next(a for a in menu.actions() if a.objectName() == "addToWordList").trigger()
    assert "kon niet aan de woordenlijst worden toegevoegd" in window.statusBar().currentMessage()
    assert underlined(field) == ["Nedap"]


def test_without_a_dictionary_the_fields_work_and_the_status_bar_says_why(
    window, qtbot, example_dossier, monkeypatch, tmp_path
):
    process = SpellingProcess(dictionaries=tmp_path / "leeg")
    monkeypatch.setattr(gui_spelling, "_spelling_process", lambda: process)
    field = open_with(window, example_dossier, "Elke medewerkr kent het plan.")
    qtbot.waitUntil(
        lambda: "De spelling kan niet worden gecontroleerd" in window.statusBar().currentMessage(),
        timeout=20_000,
    )
    assert "nl.aff" in window.statusBar().currentMessage()
    assert underlined(field) == []
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " Nog een zin.")
    assert field.toPlainText().endswith("Nog een zin.")
    process.close()


def test_a_spelling_process_that_stopped_is_started_again(tmp_path):
    process = SpellingProcess()
    assert process.knows(["medewerker", "medewerkr"], "nl") == {
        "medewerker": True,
        "medewerkr": False,
    }
    process._process.kill()
    process._process.join()
    assert process.knows(["medewerker"], "nl") == {"medewerker": True}
    process.close()


def test_a_spelling_process_that_stops_while_asked_is_said_and_started_again(monkeypatch):
    process = SpellingProcess()
    assert process.knows(["zorg"], "nl") == {"zorg": True}
    stopped_answer = process._process
    monkeypatch.setattr(stopped_answer, "is_alive", lambda: True)  # as if it was running
    stopped_answer.kill()
    stopped_answer.join()
    with pytest.raises(SpellingUnavailable, match="stopped"):
        process.knows(["medewerker"], "nl")
    assert process.knows(["medewerker"], "nl") == {"medewerker": True}
    process.close()
