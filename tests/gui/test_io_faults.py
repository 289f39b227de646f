"""Disk trouble while the window is open: the program keeps running, says what is wrong, keeps
the typed text in its field, and saves it once the disk works again."""

import errno
import os

from igj_afwijken.gui import autosave
from igj_afwijken.gui.autosave import SaveState
from tests.gui.test_walk import stored
from tests.test_io_faults import Faults, FaultyConnection

QUESTION = "waarom.knelpunt"


def test_typed_text_survives_failing_saves_and_is_saved_afterwards(
    window, qtbot, isolated_data_dir, monkeypatch
):
    # the saves below are the test's own: none on a timer while a busy machine types slowly
    monkeypatch.setattr(autosave, "SAVE_DELAY_MS", 600_000)
    monkeypatch.setattr(autosave, "MAX_WAIT_MS", 600_000)
    window.open_example()
    window.autosaver.flush()
    dossier_id = window.editor.dossier.id
    written = stored(isolated_data_dir, dossier_id).answer_text(QUESTION)
    window.editor.go_to_step(1)
    field = window.editor._editor(QUESTION)
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClicks(field, " Aangevuld tijdens een storing.")
    typed = field.toPlainText()
    assert window.autosaver._dirty  # the typed text waits to be saved
    repository = window.autosaver._repository
    real = repository._db
    failures = 0
    for fail_at in range(1, 20):
        repository._db = FaultyConnection(real, Faults(fail_at, errno.ENOSPC, isolated_data_dir))
        window.autosaver.save_now()
        qtbot.waitUntil(lambda: window.autosaver._in_flight == 0, timeout=5000)
        if window.autosaver.state is SaveState.SAVED:
            break
        failures += 1
        assert window.isVisible() and field.toPlainText() == typed
        assert "de schijf is vol" in window.autosaver.error
        # the old text or the new one (another field's save may be what failed), never a mix
        assert stored(isolated_data_dir, dossier_id).answer_text(QUESTION) in (written, typed)
    repository._db = real
    assert failures >= 2
    assert stored(isolated_data_dir, dossier_id).answer_text(QUESTION) == typed


def test_an_export_to_a_full_disk_says_so_and_keeps_the_earlier_file(
    window, answers, tmp_path, monkeypatch
):
    window.open_example()
    target = tmp_path / "verantwoording.pdf"
    target.write_bytes(b"de vorige versie")
    original_replace = os.replace

    def full_disk(source, destination):
        if str(destination).startswith(str(tmp_path)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(destination))
        return original_replace(source, destination)

    monkeypatch.setattr(os, "replace", full_disk)
    answers.save_path = str(target)
    window.menus.pdf_action.trigger()
    assert window.isVisible()
    [warning] = answers.warnings
    assert "de schijf is vol" in warning and "niet aangeraakt" in warning
    assert target.read_bytes() == b"de vorige versie"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    monkeypatch.setattr(os, "replace", original_replace)
    window.menus.pdf_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
