"""Makes the README's screenshots of the main screens: run under xvfb-run with a folder to fill.

xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py docs
"""

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.gui.application import create_application
from igj_afwijken.gui.main_window import MainWindow


def settle(seconds: float = 0.6, window: MainWindow | None = None) -> None:
    """Let the window paint; with `window`, also until its previews show their newest pages."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or (window is not None and _previews_busy(window)):
        QApplication.processEvents()
        time.sleep(0.02)
        if time.monotonic() > end + 20:
            break


def _previews_busy(window: MainWindow) -> bool:
    editor = window.built_editor()
    if editor is None:
        return False
    panes = (editor.preview, editor.document_page.preview)
    return any(pane.busy or pane.status.text() for pane in panes)


def main(output: Path) -> int:
    output.mkdir(parents=True, exist_ok=True)
    create_application()
    with tempfile.TemporaryDirectory() as data:
        window = MainWindow(Path(data), load_catalogue())
        window.resize(1366, 740)  # the most common care laptop, less the task bar
        window.show()
        settle()
        window.grab().save(str(output / "welkom.png"))
        window.open_example()
        page = window.editor.document_page
        page.template_choice.setCurrentIndex(page.template_choice.findData("clientenraad"))
        for step, name in ((0, "start"), (3, "vraag"), (6, "overzicht"), (7, "document")):
            window.editor.go_to_step(step)
            settle(window=window)
            window.grab().save(str(output / f"{name}.png"))
        window.editor.go_to_step(3)
        page = window.editor.question_pages[2]
        page.ensureWidgetVisible(next(iter(page.checklist_rows.values())), 40, 320)
        settle(window=window)
        window.grab().save(str(output / "checklist.png"))
        for step, key, name in ((3, "veiligheid", "risico"), (4, "betrokkenheid", "betrokkenheid")):
            window.editor.go_to_step(step)
            page = window.editor.question_pages[step - 1]
            page.ensureWidgetVisible(window.editor.panels[key], 40, 40)
            settle(window=window)
            window.grab().save(str(output / f"{name}.png"))
        window.show_home()
        settle()
        window.grab().save(str(output / "lijst.png"))
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
