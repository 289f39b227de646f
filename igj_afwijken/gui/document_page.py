"""The Document step: the finished justification with print and export."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.gui.preview import PreviewPane
from igj_afwijken.gui.widgets import explanation, heading


class DocumentPage(QWidget):
    def __init__(
        self, catalogue: Catalogue, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Document: de verantwoording")))
        layout.addWidget(explanation(catalogue.step_intros["document"]))
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.preview = PreviewPane()
        self.preview.setAccessibleName(self.tr("Voorbeeld van het document"))
        layout.addWidget(self.preview, 1)
