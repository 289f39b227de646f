"""The notice of evaluations that are overdue or due soon, across all dossiers, each a click away."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from igj_afwijken.domain.evaluations_due import DueEvaluation

SHOWN_AT_MOST = 8


class DueNotice(QFrame):
    """Emits `dossierRequested(id)` when the user follows one of the listed evaluations."""

    dossierRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueNotice")
        self.setStyleSheet(
            "#dueNotice { background: #fff4d6; border-bottom: 1px solid #e0c36a; }"
            " #dueNotice QLabel { color: #3d3000; }"
        )
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)  # fmt: skip
        self.text.setAccessibleName(self.tr("Evaluaties die aandacht vragen"))
        self.text.linkActivated.connect(self._follow)
        self.hide_button = QPushButton(self.tr("Verbergen"))
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.items: list[DueEvaluation] = []
        self.hide()

    def show_due(self, items: list[DueEvaluation]) -> None:
        self.items = items
        if not items:
            self.hide()
            return
        overdue = sum(item.overdue for item in items)
        lead = (
            self.tr("%1 evaluatie(s) te laat, %2 binnen 30 dagen:")
            .replace("%1", str(overdue))
            .replace("%2", str(len(items) - overdue))
        )
        links = [
            f'<a href="dossier:{escape(item.dossier_id)}">{escape(item.title or "—")}</a>'
            f" ({escape(item.describe())})"
            for item in items[:SHOWN_AT_MOST]
        ]
        more = len(items) - SHOWN_AT_MOST
        if more > 0:
            links.append(escape(self.tr("en nog %1").replace("%1", str(more))))
        self.text.setText(f"<b>{escape(lead)}</b> " + " · ".join(links))
        self.show()

    def _follow(self, link: str) -> None:
        if link.startswith("dossier:"):
            self.dossierRequested.emit(link.removeprefix("dossier:"))
