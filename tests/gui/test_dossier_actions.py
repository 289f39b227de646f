"""The home screen and the dossier operations: new, example, duplicate, delete and restore."""

import sqlite3

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.conftest import VOLUNTEER_EXAMPLE
from tests.gui.conftest import shown
from tests.gui.test_walk import stored


def test_first_start_offers_the_example_and_a_new_dossier(window):
    assert window.home.pages.currentIndex() == 0  # the welcome
    assert window.home.example_button.isVisible() and window.home.welcome_new_button.isVisible()


def test_the_example_opens_as_a_copy(window, qtbot, catalogue):
    qtbot.mouseClick(window.home.example_button, Qt.MouseButton.LeftButton)
    dossier = window.editor.dossier
    assert dossier.title.startswith("Voorbeeld: Oud-verpleegkundige")
    assert dossier.id != "4f1c2a9e-6b3d-4e8a-9c71-2d5e8f0a1b36"
    assert len(dossier.answers) == len(catalogue.subquestions())
    window.show_home()
    assert window.home.pages.currentIndex() == 1
    assert window.home.model.rowCount() == 1


def test_delete_then_restore_brings_the_dossier_back_whole(
    window, qtbot, answers, isolated_data_dir
):
    window.open_example()
    original = stored(isolated_data_dir, window.editor.dossier.id)
    window.menus.delete_action.trigger()
    assert answers.asked and "prullenbak" in answers.asked[-1][1]
    assert window.central.currentWidget() is window.home
    assert window.home.model.rowCount() == 0
    assert window.home.undo_bar.isVisible()
    qtbot.mouseClick(window.home.undo_button, Qt.MouseButton.LeftButton)
    assert window.home.model.rowCount() == 1
    assert stored(isolated_data_dir, original.id) == original

    window.home.select(original.id)
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.bin_button, Qt.MouseButton.LeftButton)
    assert window.home.model.rowCount() == 1 and window.home.restore_button.isVisible()
    window.home.select(original.id)
    qtbot.mouseClick(window.home.restore_button, Qt.MouseButton.LeftButton)
    assert not window.home.in_bin
    assert [window.home.model.summary(r).id for r in range(window.home.model.rowCount())] == [
        original.id
    ]
    assert stored(isolated_data_dir, original.id) == original


def test_delete_needs_confirmation(window, answers):
    window.open_example()
    answers.confirm = False
    window.menus.delete_action.trigger()
    assert window.central.currentWidget() is window.editor
    assert window.repository.is_active(window.editor.dossier.id)


def test_purging_from_the_bin_removes_for_good(window, qtbot, answers):
    window.open_example()
    dossier_id = window.editor.dossier.id
    window.menus.delete_action.trigger()
    window.show_bin()
    window.home.select(dossier_id)
    qtbot.mouseClick(window.home.purge_button, Qt.MouseButton.LeftButton)
    assert not window.repository.exists(dossier_id)
    assert window.home.empty_bin.isVisible()


def test_purging_from_the_window_backs_up_first_as_the_command_line_does(
    window, answers, isolated_data_dir
):
    from igj_afwijken.services.dossiers import list_backups

    window.open_example()
    dossier_id = window.editor.dossier.id
    window.menus.delete_action.trigger()
    window.dossiers.purge_dossier(dossier_id)
    assert not window.repository.exists(dossier_id)
    [backup] = list_backups(isolated_data_dir)
    assert backup.reason == "voor-verwijderen"
    copy = sqlite3.connect(backup.path)
    assert [row[0] for row in copy.execute("SELECT id FROM dossiers")] == [dossier_id]
    copy.close()


def test_a_purge_without_a_backup_removes_nothing(window, answers, isolated_data_dir):
    from igj_afwijken.services.dossiers import backups_dir

    window.open_example()
    dossier_id = window.editor.dossier.id
    window.menus.delete_action.trigger()
    backups_dir(isolated_data_dir).write_text("a file where the backups folder belongs")
    window.dossiers.purge_dossier(dossier_id)
    assert window.repository.exists(dossier_id) and len(answers.warnings) == 1


def test_duplicate_makes_an_independent_copy(window, isolated_data_dir):
    window.open_example()
    original_id = window.editor.dossier.id
    window.menus.duplicate_action.trigger()
    copy = window.editor.dossier
    assert copy.id != original_id and copy.title.endswith("(kopie)")
    assert copy.answers == stored(isolated_data_dir, original_id).answers


def _drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_an_exchange_file_imports_it(window, catalogue):
    window.settings.set_remember_recent(True)
    _drop(window, VOLUNTEER_EXAMPLE)
    assert window.editor.dossier.id == "4f1c2a9e-6b3d-4e8a-9c71-2d5e8f0a1b36"
    assert str(VOLUNTEER_EXAMPLE) in window.settings.recent_files()


def test_dropping_a_bad_file_warns_and_imports_nothing(window, answers, tmp_path):
    broken = tmp_path / "kapot.json"
    broken.write_text("{", "utf-8")
    _drop(window, broken)
    other = tmp_path / "brief.docx"
    other.write_bytes(b"x")
    _drop(window, other)
    assert len(answers.warnings) == 2
    assert "kapot.json" in answers.warnings[0] and "brief.docx" in answers.warnings[1]
    assert window.repository.summaries() == []


def test_export_and_import_of_the_exchange_file(window, answers, tmp_path, isolated_data_dir):
    window.open_example()
    answers.save_path = str(tmp_path / "dossier.json")
    window.menus.exchange_action.trigger()
    original = window.editor.dossier
    answers.open_path = answers.save_path
    window.settings.set_remember_recent(True)
    window.menus.import_action.trigger()
    imported = window.editor.dossier
    assert imported.id != original.id
    assert imported.answers == original.answers
    assert answers.save_path in window.settings.recent_files()


def test_printing_paints_the_document(window, answers):
    from PySide6.QtPrintSupport import QPrinter

    window.open_example()
    window.menus.print_action.trigger()
    [paint] = answers.printed
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(window.data_dir / "afdruk.pdf"))
    paint(printer)
    assert (window.data_dir / "afdruk.pdf").stat().st_size > 10_000


def test_the_law_gate_shows_on_start_and_blocks_the_document(window, qtbot, answers):
    window.open_example()
    start = window.editor.start_page
    assert not start.law_gate.isVisible()
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("wet"))
    assert start.law_gate.isVisible()
    assert "niet worden vastgesteld" in start.law_gate.text()
    for action in (window.menus.pdf_action, window.menus.html_action, window.menus.print_action):
        assert not action.isEnabled()
    window.editor.go_to_step(7)
    preview = shown(qtbot, window.editor.document_page.preview)
    assert "Van een wet kunt u niet afwijken" in preview
    assert "Waarom doe je het anders" not in preview
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("richtlijn"))
    assert window.menus.pdf_action.isEnabled()


def test_the_store_is_not_touched_by_a_cancelled_export(window, answers, tmp_path):
    window.open_example()
    answers.save_path = ""
    window.menus.pdf_action.trigger()
    assert list(tmp_path.glob("*.pdf")) == []
    assert answers.warnings == []


def test_writing_to_an_impossible_place_says_so(window, answers, tmp_path):
    window.open_example()
    answers.save_path = str(tmp_path / "bestaat-niet" / "v.pdf")
    window.menus.pdf_action.trigger()
    assert len(answers.warnings) == 1 and "kon niet worden opgeslagen" in answers.warnings[0]


def test_sqlite_is_reachable(isolated_data_dir):
    assert sqlite3.sqlite_version_info >= (3, 35)


def _recent_actions(window):
    window.menus.fill_recent_menu()
    return [action for action in window.menus.recent_menu.actions() if not action.isSeparator()]


def test_recent_files_are_not_remembered_unless_the_user_wants_it(window, answers, tmp_path):
    window.open_example()
    answers.save_path = str(tmp_path / f"{window.editor.dossier.title[:20]}.pdf")
    window.menus.pdf_action.trigger()
    assert window.settings.recent_files() == []
    window.settings.sync()
    settings_text = (window.data_dir / "instellingen.ini").read_text("utf-8")
    assert window.editor.dossier.title[:20] not in settings_text  # no title in any file name
    [remember, empty] = _recent_actions(window)
    assert remember.isCheckable() and not remember.isChecked()
    assert not empty.isEnabled()


def test_recent_files_are_listed_and_reopen(window, answers, tmp_path):
    window.settings.set_remember_recent(True)
    window.open_example()
    answers.save_path = str(tmp_path / "dossier.json")
    window.menus.exchange_action.trigger()
    answers.save_path = str(tmp_path / "verantwoording.pdf")
    window.menus.pdf_action.trigger()
    remember, *files = _recent_actions(window)
    assert remember.isChecked()
    assert [action.text() for action in files] == ["verantwoording.pdf", "dossier.json"]
    before = len(window.repository.summaries())
    files[1].trigger()  # an exchange file is imported again
    assert len(window.repository.summaries()) == before + 1
    (tmp_path / "verantwoording.pdf").unlink()
    files[0].trigger()
    assert "bestaat niet meer" in answers.warnings[-1]
    assert str(tmp_path / "verantwoording.pdf") not in window.settings.recent_files()


def test_the_export_folder_is_remembered(window, answers, tmp_path):
    window.open_example()
    folder = tmp_path / "exports"
    folder.mkdir()
    answers.save_path = str(folder / "eerste.pdf")
    window.menus.pdf_action.trigger()
    assert window.files.suggested_path("Verantwoording", ".pdf").startswith(str(folder))


def test_a_title_with_markup_is_shown_literally(window, qtbot):
    window.new_dossier()
    qtbot.keyClicks(window.editor.start_page.title, "<b>Nachtdienst</b> & zo")
    window.editor.sync()
    window.menus.delete_action.trigger()
    label = window.home.undo_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Nachtdienst</b> & zo" in label.text()


def test_long_fields_show_from_their_beginning(window):
    window.open_example()
    start = window.editor.start_page
    assert len(start.title.text()) > 60
    assert start.title.cursorPosition() == 0 and start.rule_name.cursorPosition() == 0


def test_turning_remembering_off_forgets_the_list(window, answers, tmp_path):
    window.settings.set_remember_recent(True)
    window.open_example()
    answers.save_path = str(tmp_path / "dossier.json")
    window.menus.exchange_action.trigger()
    remember = _recent_actions(window)[0]
    remember.setChecked(False)
    assert window.settings.recent_files() == []
    window.settings.set_remember_recent(True)
    assert window.settings.recent_files() == []  # forgotten, not hidden


def test_a_suggested_file_name_keeps_readable_separators(window, qtbot):
    from pathlib import Path

    window.new_dossier()
    title = window.editor.start_page.title
    title.selectAll()
    qtbot.keyClicks(title, "Nachtzorg: twee locaties / akoestisch")
    window.editor.sync()
    name = Path(window.files.suggested_path("Verantwoording", ".pdf")).name
    assert name == "Verantwoording Nachtzorg - twee locaties-akoestisch.pdf"


@given(st.text())
def test_any_title_gives_a_file_name_every_system_accepts(text):
    from igj_afwijken.gui.file_actions import readable_file_name

    name = readable_file_name(text)
    assert name and len(name) <= 120 and name == name.strip(" .-")
    assert not set(name) & set('\\/:*?"<>|') and "  " not in name
    assert all(ord(c) >= 32 and c != "\x7f" for c in name)
