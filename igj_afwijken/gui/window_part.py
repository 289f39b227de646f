"""The base of the main window's parts: the window they act for, and the texts they show."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from igj_afwijken.gui.main_window import MainWindow


class WindowPart(QObject):
    """One of the window's jobs (its menus, the dossiers, files, documents, the program), kept
    apart from the window itself; it reaches the store, the settings and the screens through
    the window it is given."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def say(self, text: str, milliseconds: int) -> None:
        """A message in the window's status bar for a while."""
        self.window.statusBar().showMessage(text, milliseconds)

    def say_saved(self, path: Path, text: str) -> None:
        """That a file was saved, with the buttons to open it or its folder."""
        self.window.statusBar().clearMessage()
        self.window.saved_file_note.show_file(path, text)
