"""A quick start: the window opens on its register and loads the editor and the documents'
libraries only when they are first needed."""

import os
import subprocess
import sys

from tests.conftest import ROOT

LOADED_LATE = ["jinja2", "markdown", "nh3", "PySide6.QtPrintSupport", "igj_afwijken.gui.editor"]

_START = """
import sys
from pathlib import Path
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.gui.application import create_application
from igj_afwijken.gui.main_window import MainWindow

late = sys.argv[2].split(",")
app = create_application()
window = MainWindow(Path(sys.argv[1]), load_catalogue())
window.show()
app.processEvents()
print("at start:", sorted(m for m in late if m in sys.modules), window._editor is None)
window.open_example()
app.processEvents()
print("after opening:", sorted(m for m in late if m in sys.modules), window._editor is None)
window.close()
"""


def test_the_window_opens_without_the_editor_and_the_documents_libraries(tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _START, str(tmp_path / "data"), ",".join(LOADED_LATE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "at start: [] True" in lines
    # Opening a dossier builds the editor, with its live preview of the document.
    assert any(
        line.startswith("after opening:")
        and "'igj_afwijken.gui.editor'" in line
        and "'jinja2'" in line
        and line.endswith("False")
        for line in lines
    ), lines


def test_the_command_line_options_load_no_document_library():
    code = (
        "import sys\nimport igj_afwijken.app\n"
        f"print(sorted(m for m in {LOADED_LATE!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_go_to_menu_names_the_steps_before_the_editor_is_built(make_window):
    window = make_window()
    named_in_menu = [action.text() for action in window.menus.step_actions]
    assert window._editor is None
    assert named_in_menu == window.editor.step_names
    assert named_in_menu[0] == "Start" and named_in_menu[-1] == "Document"
