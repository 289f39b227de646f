"""The status bar's word that a file was saved, with *Openen* and *Map openen* beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from igj_afwijken.gui.attachment_files import open_with_system

SHOWN_MS = 20_000


class SavedFileNote(QWidget):
    """Shown for a while after an export, a print to a file or a bundle; the buttons open the
    file with the program the system uses for it, or the folder it is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Openen"))
        self.folder_button = QToolButton()
        self.folder_button.setText(self.tr("Map openen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.open_button.clicked.connect(lambda: self._open(self.path))
        self.folder_button.clicked.connect(lambda: self._open(self.path and self.path.parent))
        self.hide()

    def show_file(self, path: Path, text: str) -> None:
        self.path = path
        self.text.setText(text)
        self.text.setToolTip(str(path))
        self.open_button.setToolTip(self.tr("%1 openen").replace("%1", path.name))
        self.folder_button.setToolTip(self.tr("De map %1 openen").replace("%1", str(path.parent)))
        self.show()
        self._timer.start()

    def _open(self, target: Path | None) -> None:
        if target is not None and not open_with_system(target):
            self.text.setText(self.tr("%1 kon niet worden geopend.").replace("%1", str(target)))
