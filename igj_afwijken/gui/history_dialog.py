"""*Geschiedenis*: who changed what in a dossier of the organisation store, newest first."""

from __future__ import annotations

import json

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
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 240)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(entries):
            cells = (
                entry.when.astimezone().strftime("%d-%m-%Y %H:%M"),
                entry.who,
                self._what(entry),
                _readable(entry.old),
                _readable(entry.new),
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
        """The changed part in the user's words: a question's text, a fact's or table's name."""
        catalogue = self._catalogue
        if entry.part == "answers":
            return catalogue.subquestion_text(entry.key)
        if entry.part == "dossiers":
            return catalogue.field_label(_FACT_FIELDS.get(entry.field, entry.field))
        if entry.part == "dossier_rows":
            kind, _, position = entry.key.partition(" ")
            row = int(position) + 1 if position.isdigit() else position
            return (
                self.tr("%1, rij %2")
                .replace("%1", catalogue.field_label(kind))
                .replace("%2", str(row))
            )
        if entry.part == "attachments":
            return f"{catalogue.field_label('attachments')} · {entry.field}"
        return f"{entry.key} · {entry.field}" if entry.key else entry.field


# A fact's column as the catalogue names the dossier's fields.
_FACT_FIELDS = {
    **{f"rule_{part}": f"rule.{part}" for part in ("name", "kind", "source", "section")},
    "rule_built_on_law": "rule.built_on_law",
    "responsible_name": "responsible.name",
    "responsible_role": "responsible.role",
    "stop_criterion": "outlook.stop_criterion",
    "direction": "outlook.direction",
    "direction_plan": "outlook.plan",
    **{
        f"advice{rest}": "council_advice"
        for rest in ("", "_text", "_follow_up", "_asked_on", "_given_on")
    },  # fmt: skip
}


def _readable(text: str | None) -> str:
    """A stored value as text: a table row's JSON as its texts, one after another."""
    if not text or not text.startswith("{"):
        return text or ""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict):
        return text
    return " · ".join(str(v) for v in data.values() if isinstance(v, str | int) and v != "")
