"""What is typed while the organisation store's server is away is kept on this computer, and
written when the server is back: in the same session, and after the program was killed."""

import subprocess
import sys

from igj_afwijken.gui.autosave import SaveState
from igj_afwijken.storage.organisation import open_organisation_store
from igj_afwijken.storage.waiting import WaitingFolder
from tests.conftest import ROOT
from tests.gui.test_main_window import _choose_store, _typing_on_the_server

ANCHOR = "Huize Het Anker"


def test_typing_while_the_server_is_away_is_kept_until_it_is_saved(
    make_window, qtbot, server, isolated_data_dir
):
    window, field = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    kept = WaitingFolder(isolated_data_dir)
    server.cluster.stop_server()
    try:
        qtbot.keyClicks(field, " Getypt toen de server weg was.")
        qtbot.waitUntil(lambda: window.autosaver.state is SaveState.FAILED, timeout=8000)
        qtbot.waitUntil(lambda: kept.get(dossier_id) is not None, timeout=5000)
        qtbot.keyClicks(field, " En daarna nog.")
        qtbot.waitUntil(
            lambda: (
                kept.get(dossier_id).mine.answer_text("waarom.knelpunt").endswith("En daarna nog.")
            ),
            timeout=5000,
        )
    finally:
        server.cluster.start_server()
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=15_000)
    assert kept.get(dossier_id) is None  # saved on the server: nothing waits any more


def test_closing_while_the_server_is_away_keeps_the_changes_for_the_next_start(
    make_window, qtbot, server, isolated_data_dir, answers
):
    window, field = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    server.cluster.stop_server()
    try:
        qtbot.keyClicks(field, " Getypt en toen afgesloten.")
        assert window.close()
        assert answers.asked[-1][0] == "Wijzigingen wachten op de server"
    finally:
        server.cluster.start_server()
    window = make_window()
    qtbot.waitUntil(
        lambda: any(t == "Wijzigingen opgeslagen" for t, _ in answers.asked), timeout=8000
    )
    with server.admin() as admin:
        (text,) = admin.execute(
            "SELECT text FROM answers WHERE dossier_id = %s AND question_id = 'waarom.knelpunt'",
            (dossier_id,),
        ).fetchone()
    assert text.endswith("Getypt en toen afgesloten.")
    assert WaitingFolder(isolated_data_dir).dossier_ids() == []


_TYPING_CHILD = """
import os, sys, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.gui.application import create_application
from igj_afwijken.gui.main_window import MainWindow
data_dir, dossier_id = Path(sys.argv[1]), sys.argv[2]
app = create_application()
window = MainWindow(data_dir, load_catalogue())
window.show()
window.open_dossier(dossier_id)
window.editor.go_to_step(1)
field = window.editor.question_pages[0].editors["waarom.knelpunt"]
print("open", flush=True)
sys.stdin.readline()  # the server is stopped now
field.setFocus()
field.moveCursor(QTextCursor.MoveOperation.End)
QTest.keyClicks(field, " Getypt voor de crash.")
kept = data_dir / "wachtrij" / f"{dossier_id}.json"
while not kept.exists():
    app.processEvents()
    time.sleep(0.05)
print("kept", flush=True)
while True:
    app.processEvents()
    time.sleep(0.05)
"""


def test_what_was_typed_before_a_crash_while_the_server_was_away_is_saved_at_the_next_start(
    make_window, qtbot, server, isolated_data_dir, answers
):
    """kill -9 of the program while its saves wait for the server: nothing typed is lost."""
    address = server.person("writer", ANCHOR)
    _choose_store(isolated_data_dir, address)
    child = subprocess.Popen(
        [sys.executable, "-c", _TYPING_CHILD, str(isolated_data_dir), "a1"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        server.cluster.stop_server()
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "kept"
        child.kill()  # SIGKILL: no closing, no saving
        child.wait(timeout=30)
    finally:
        server.cluster.start_server()
    window = make_window()
    qtbot.waitUntil(
        lambda: any(t == "Wijzigingen opgeslagen" for t, _ in answers.asked), timeout=8000
    )
    store = open_organisation_store(address)
    try:
        text = store.get("a1").answer_text("waarom.knelpunt")
    finally:
        store.close()
    assert text.endswith("Getypt voor de crash.") and answers.warnings == []
    assert WaitingFolder(isolated_data_dir).dossier_ids() == []
    assert window.on_server
