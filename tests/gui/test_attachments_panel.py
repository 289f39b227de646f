"""The Bijlagen panel on the Start step: files added, refused, opened, saved elsewhere, removed
and shown again."""

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from igj_afwijken import i18n
from igj_afwijken.gui import attachments_panel
from igj_afwijken.gui.application import install_translations
from igj_afwijken.gui.attachments_panel import MAX_ATTACHMENT_BYTES, format_size, safe_file_name
from tests.gui.test_walk import stored, wait_saved

LETTER = b"%PDF-1.4\nAdvies van de clientenraad: positief onder voorwaarden.\n" * 40


def _open_panel(window, qtbot):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    window.editor.go_to_step(0)
    panel = window.editor.attachments_panel
    window.editor.start_page.ensureWidgetVisible(panel)
    return panel


def _add(qtbot, panel, answers, path):
    answers.open_path = str(path)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def _letter(tmp_path, name="advies cliëntenraad.pdf", content=LETTER):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _rows(panel):
    table = panel.table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


@pytest.fixture
def opened(monkeypatch):
    """Files handed to the system's opener, with their content at that moment."""
    calls = []

    def opener(path):
        calls.append((path, path.read_bytes()))
        return True

    monkeypatch.setattr(attachments_panel, "open_with_system", opener)
    return calls


def test_an_added_file_is_stored_once_and_shown_again(
    window, qtbot, isolated_data_dir, answers, tmp_path
):
    panel = _open_panel(window, qtbot)
    dossier_id = window.editor.dossier.id
    assert panel.title() == "Bijlagen"
    assert not panel.table.isVisible() and panel.empty.isVisible()
    assert not panel.open_button.isEnabled() and not panel.remove_button.isEnabled()

    _add(qtbot, panel, answers, _letter(tmp_path))
    assert answers.warnings == []
    assert panel.table.isVisible() and not panel.empty.isVisible()
    name, size, added = _rows(panel)[0]
    assert (name, size) == ("advies cliëntenraad.pdf", "2,5 kB")
    assert added and added[0].isdigit()
    assert panel.open_button.isEnabled() and panel.remove_button.isEnabled()

    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, dossier_id)
    assert [(a.name, a.content, a.sha256) for a in kept.attachments] == [
        ("advies cliëntenraad.pdf", LETTER, hashlib.sha256(LETTER).hexdigest())
    ]
    attachment_id = kept.attachments[0].id

    # The same content again, even under another name, is not added twice; the user is told.
    _add(qtbot, panel, answers, _letter(tmp_path, "kopie.pdf"))
    assert answers.asked and "al toegevoegd" in answers.asked[-1][1]
    assert answers.warnings == []
    assert len(_rows(panel)) == 1
    wait_saved(qtbot, window)
    assert [a.id for a in stored(isolated_data_dir, dossier_id).attachments] == [attachment_id]

    # A second, different file comes after the first.
    _add(qtbot, panel, answers, _letter(tmp_path, "risicoanalyse.txt", b"Risico's: laag"))
    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, dossier_id)
    assert [a.name for a in kept.attachments] == ["advies cliëntenraad.pdf", "risicoanalyse.txt"]

    # Opened again, the panel lists what was stored.
    window.show_home()
    window.open_dossier(dossier_id)
    panel = window.editor.attachments_panel
    assert [row[:2] for row in _rows(panel)] == [
        ("advies cliëntenraad.pdf", "2,5 kB"),
        ("risicoanalyse.txt", "14 bytes"),
    ]
    assert panel.open_button.isEnabled()


def test_an_oversized_file_is_refused_with_one_warning(
    window, qtbot, isolated_data_dir, answers, tmp_path
):
    panel = _open_panel(window, qtbot)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    _add(qtbot, panel, answers, big)
    assert len(answers.warnings) == 1
    assert "scan.pdf" in answers.warnings[0] and "10 MB" in answers.warnings[0]
    assert _rows(panel) == [] and window.editor.dossier.attachments == ()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, window.editor.dossier.id).attachments == ()


def test_exactly_the_limit_is_accepted(window, qtbot, isolated_data_dir, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    path = tmp_path / "groot.pdf"
    with path.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES)
    _add(qtbot, panel, answers, path)
    assert answers.warnings == []
    assert _rows(panel)[0][:2] == ("groot.pdf", "10 MB")


def test_a_folder_or_a_missing_file_is_refused(window, qtbot, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    folder = tmp_path / "stukken"
    folder.mkdir()
    _add(qtbot, panel, answers, folder)
    assert len(answers.warnings) == 1 and "stukken is een map" in answers.warnings[0]
    _add(qtbot, panel, answers, tmp_path / "weg.pdf")
    assert len(answers.warnings) == 2 and "weg.pdf kon niet worden gelezen" in answers.warnings[1]
    assert _rows(panel) == [] and window.editor.dossier.attachments == ()


def test_save_as_writes_the_same_bytes(window, qtbot, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    _add(qtbot, panel, answers, _letter(tmp_path))
    target = tmp_path / "uit" / "bewaard.pdf"
    target.parent.mkdir()
    answers.save_path = str(target)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == LETTER
    assert answers.warnings == []

    answers.save_path = ""  # cancelled: nothing is written
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in target.parent.iterdir()) == ["bewaard.pdf"]


def test_open_hands_a_copy_with_the_original_name_to_the_system(
    window, qtbot, answers, tmp_path, opened
):
    panel = _open_panel(window, qtbot)
    _add(qtbot, panel, answers, _letter(tmp_path))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    path, content = opened[0]
    assert path.name == "advies cliëntenraad.pdf" and content == LETTER
    assert path.parent.parent != tmp_path  # a copy in the program's own temporary folder
    assert answers.warnings == []


def test_open_warns_when_no_program_opens_the_file(window, qtbot, answers, tmp_path, monkeypatch):
    panel = _open_panel(window, qtbot)
    _add(qtbot, panel, answers, _letter(tmp_path))
    monkeypatch.setattr(attachments_panel, "open_with_system", lambda path: False)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(answers.warnings) == 1 and "Opslaan als" in answers.warnings[0]


def test_removing_asks_first(window, qtbot, isolated_data_dir, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    dossier_id = window.editor.dossier.id
    _add(qtbot, panel, answers, _letter(tmp_path))

    answers.confirm = False
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][0] == "Bijlage verwijderen"
    assert "advies cliëntenraad.pdf" in answers.asked[-1][1]
    assert len(_rows(panel)) == 1
    wait_saved(qtbot, window)
    assert [a.name for a in stored(isolated_data_dir, dossier_id).attachments] == [
        "advies cliëntenraad.pdf"
    ]

    answers.confirm = True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert _rows(panel) == [] and panel.empty.isVisible()
    assert QApplication.focusWidget() is panel.add_button
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier_id).attachments == ()


def test_the_panel_is_usable_by_keyboard_and_named_for_screen_readers(
    window, qtbot, isolated_data_dir, answers, tmp_path, opened
):
    panel = _open_panel(window, qtbot)
    assert panel.table.accessibleName() == "Bijlagen"
    assert panel.add_button.accessibleName() == "Bijlage toevoegen"
    assert panel.open_button.accessibleName() == "Gekozen bijlage openen"
    assert panel.save_button.accessibleName() == "Gekozen bijlage opslaan als"
    assert panel.remove_button.accessibleName() == "Gekozen bijlage verwijderen"
    assert panel.focus_part("attachments") is panel.add_button
    assert panel.focus_part("risks") is None

    answers.open_path = str(_letter(tmp_path))
    panel.add_button.setFocus()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    answers.open_path = str(_letter(tmp_path, "b.txt", b"tweede"))
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    assert len(_rows(panel)) == 2
    assert panel.focus_part("attachments") is panel.table

    # Tab reaches the list before the buttons; arrows choose, Enter opens, Delete removes.
    panel.add_button.setFocus()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    assert panel.table.currentRow() == 0
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert [path.name for path, _ in opened] == ["advies cliëntenraad.pdf"]
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert answers.asked[-1][0] == "Bijlage verwijderen"
    assert [row[0] for row in _rows(panel)] == ["advies cliëntenraad.pdf"]
    assert QApplication.focusWidget() is panel.table
    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, window.editor.dossier.id)
    assert [a.name for a in kept.attachments] == ["advies cliëntenraad.pdf"]


def test_dropped_files_are_added(window, qtbot, isolated_data_dir, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    folder = tmp_path / "map"
    folder.mkdir()
    files = [_letter(tmp_path), _letter(tmp_path, "notulen.txt", b"Notulen"), folder]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    assert [row[0] for row in _rows(panel)] == ["advies cliëntenraad.pdf", "notulen.txt"]
    assert len(answers.warnings) == 1 and "map is een map" in answers.warnings[0]
    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, window.editor.dossier.id)
    assert [a.content for a in kept.attachments] == [LETTER, b"Notulen"]


def test_showing_a_dossier_emits_nothing(window, qtbot, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    _add(qtbot, panel, answers, _letter(tmp_path))
    emitted = []
    panel.edited.connect(emitted.append)
    panel.show_dossier(window.editor.dossier)
    assert emitted == [] and len(_rows(panel)) == 1


def test_sizes_and_names():
    assert format_size(0) == "0 bytes"
    assert format_size(1) == "1 byte"
    assert format_size(1023) == "1.023 bytes"
    assert format_size(1024) == "1 kB"
    assert format_size(150 * 1024) == "150 kB"
    assert format_size(1023 * 1024) == "1.023 kB"
    assert format_size(int(2.5 * 1024 * 1024)) == "2,5 MB"
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\stukken\\a:b?.pdf") == "a_b_.pdf"
    assert safe_file_name("..") == "bijlage"


def test_sizes_in_english_are_written_the_english_way(qapp):
    i18n.use_language("en")
    install_translations(qapp)
    assert format_size(1023) == "1,023 bytes"
    assert format_size(int(2.5 * 1024 * 1024)) == "2.5 MB"
    assert format_size(1024) == "1 kB"


def test_attachments_together_stay_within_what_an_exchange_file_may_hold(
    window, qtbot, answers, tmp_path
):
    from igj_afwijken.gui.attachments_panel import MAX_TOTAL_BYTES

    panel = _open_panel(window, qtbot)
    paths = []
    for number in range(3):  # three files of 10 MB pass 25 MB together
        path = tmp_path / f"scan-{number}.bin"
        path.write_bytes(bytes([number]) * MAX_ATTACHMENT_BYTES)
        paths.append(path)
    panel.add_files(paths)
    assert len(window.editor.dossier.attachments) == 2
    assert sum(a.size for a in window.editor.dossier.attachments) <= MAX_TOTAL_BYTES
    assert len(answers.warnings) == 1 and "scan-2.bin" in answers.warnings[0]


def test_file_names_from_other_dossiers_are_made_safe():
    from igj_afwijken.gui.attachments_panel import safe_file_name

    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("x\u202etxt.exe") == "xtxt.exe"  # no hidden right-to-left mark
    long = safe_file_name("é" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long.encode()) <= 255
    assert safe_file_name(" . ") == "bijlage"


@pytest.mark.parametrize(
    "name", ["adviesbrief.pdf.exe", "instellen.bat", "script.js", "brief.docx.scr", "logo.svg",
             "pagina.html", "zonder-soort", "brief\u202efdp.exe"]
)  # fmt: skip
def test_what_is_no_document_is_never_opened_only_offered_to_save(
    window, qtbot, answers, tmp_path, opened, name
):
    panel = _open_panel(window, qtbot)
    _add(qtbot, panel, answers, _letter(tmp_path, name=name))
    assert panel.table.item(0, 0).text().startswith("⚠")
    answers.confirm = False
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened == []
    title, question = answers.asked[-1]
    assert "niet geopend" in title and "opslaan" in question.lower()
    answers.confirm = True
    answers.save_path = str(tmp_path / "bewaard")
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened == [] and (tmp_path / "bewaard").read_bytes() == LETTER


def test_a_name_that_hides_its_type_is_flagged_when_added(window, qtbot, answers, tmp_path):
    panel = _open_panel(window, qtbot)
    _add(qtbot, panel, answers, _letter(tmp_path, name="adviesbrief.pdf.exe"))
    assert len(answers.warnings) == 1 and "adviesbrief.pdf.exe" in answers.warnings[0]
    assert ".exe" in answers.warnings[0]
    _add(qtbot, panel, answers, _letter(tmp_path, name="gewoon.pdf", content=b"%PDF-1.4 x"))
    assert len(answers.warnings) == 1  # an ordinary document is not flagged


def test_a_name_that_hides_its_type_is_flagged_at_import(
    window, qtbot, answers, tmp_path, example_dossier
):
    from igj_afwijken.domain.model import Attachment, utc_now
    from igj_afwijken.formats import exchange

    content = b"MZ fake program"
    example_dossier.attachments = (
        Attachment("adviesbrief.pdf.exe", content, hashlib.sha256(content).hexdigest(), utc_now()),
    )
    path = tmp_path / "afwijking.json"
    exchange.write_file(path, example_dossier)
    assert window.files.import_file(path)
    assert any("adviesbrief.pdf.exe" in warning for warning in answers.warnings)
