"""*Geschiedenis*: who changed what in a dossier of the organisation store, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.gui.widgets import explanation
from igj_afwijken.services.dossiers import HistoryEntry

SHOWN_CHARACTERS = 160  # of an old or new text in its cell; the whole text is its tooltip


class HistoryDialog(QDialog):
    def __init__(
        self,
        title: str,
        entries: list[HistoryEntry],
        catalogue: Catalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis: %1").replace("%1", title))
        self.resize(900, 520)
        self._catalogue = catalogue
        self.table = QTableWidget(len(entries), 5)
        self.table.setAccessibleName(self.tr("Wijzigingen, de nieuwste eerst"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Was"), self.tr("Werd")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            cells = (
                entry.when.astimezone().strftime("%d-%m-%Y %H:%M"),
                entry.who,
                self._what(entry),
                entry.old or "",
                entry.new or "",
            )
            for column, text in enumerate(cells):
                shown = text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"
                item = QTableWidgetItem(shown)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "De server schrijft elke wijziging op: wie, wanneer, en wat er stond en "
                    "kwam te staan. Niemand kan dit veranderen."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _what(self, entry: HistoryEntry) -> str:
        """The changed part in the user's words: a question's text, a table row, a fact."""
        if entry.part == "answers":
            try:
                return self._catalogue.subquestion(entry.key).text
            except KeyError:
                return entry.key
        if entry.part == "dossiers":
            return entry.field
        return f"{entry.key} · {entry.field}" if entry.key else entry.field
