"""The Betrokkenheid panel at question 4: who was involved, the client council's advice and
where people can go with questions and doubts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import ContactPoint, CouncilAdvice, Dossier, Involvement
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.widgets import ChoiceField, DateField, explanation, heading, tr


class ChoiceBox(ChoiceField):
    """A choice of fixed keys with their labels; a key this version does not know is kept."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key, label in choices.items():
            self.addItem(label, key)

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a value this version does not know is shown and kept as it is
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)


@dataclass(frozen=True)
class Column:
    """One column of a row table: the row's field it edits and how."""

    field: str
    header: str
    kind: str  # "choice", "text" or "date"
    choices: dict[str, str] | None = None
    placeholder: str = ""
    stretch: bool = False  # shares the room left; otherwise as wide as `chars` or its contents
    chars: int = 0


class RowTable(QWidget):
    """A table of frozen rows edited in place, with buttons to add and remove a row. Emits
    `rowsEdited` after every change the user makes; `rows` then holds the new rows."""

    rowsEdited = Signal()

    def __init__(
        self,
        columns: list[Column],
        make_row: Callable[[], Any],
        *,
        name: str,
        empty_text: str,
        add_label: str,
        remove_name: str,
        remove_title: str,
        remove_question: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.cells: list[list[QWidget]] = []
        self._make_row = make_row
        self._remove_title = remove_title
        self._remove_question = remove_question

        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"table:{name}")
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for index, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            elif column.chars:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                width = self.fontMetrics().averageCharWidth() * column.chars + 24
                header.resizeSection(index, width)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = explanation(empty_text)
        self.empty.setObjectName(f"empty:{name}")
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label)
        self.remove_button = QPushButton(tr("Verwijderen"))
        self.remove_button.setAccessibleName(remove_name)
        self.remove_button.setToolTip(remove_name)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self._fill()

    # -- showing ------------------------------------------------------------------------------

    def set_rows(self, rows: tuple) -> None:
        """Show rows without emitting anything."""
        self.rows = list(rows)
        self._fill()

    def first_field(self) -> QWidget:
        """The first field of the current (or first) row, or the add button without rows."""
        if not self.cells:
            return self.add_button
        row = self.table.currentRow()
        return self.cells[row if 0 <= row < len(self.cells) else 0][0]

    def _fill(self) -> None:
        self.table.clearContents()
        self.table.setRowCount(0)
        self.cells = []
        for row in self.rows:
            self._append_cells(row)
        self._rows_changed()

    def _append_cells(self, row: Any) -> None:
        row_index = self.table.rowCount()
        self.table.insertRow(row_index)
        widgets = [self._cell(column, getattr(row, column.field)) for column in self.columns]
        for column_index, widget in enumerate(widgets):
            self.table.setCellWidget(row_index, column_index, widget)
        self.cells.append(widgets)

    def _rows_changed(self) -> None:
        """After rows came or went: names, size, what is shown, the Tab order."""
        for row_index, widgets in enumerate(self.cells):
            for column, widget in zip(self.columns, widgets, strict=True):
                widget.setAccessibleName(
                    tr("%1, rij %2").replace("%1", column.header).replace("%2", str(row_index + 1))
                )
                widget.setObjectName(f"{column.field}:{row_index}")
        self.table.resizeRowsToContents()
        self._fit_height()
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._order_tabs()
        self.remove_button.setEnabled(0 <= self.table.currentRow() < len(self.rows))

    def _cell(self, column: Column, value: Any) -> QWidget:
        widget: QWidget
        if column.kind == "choice":
            widget = ChoiceBox(column.choices or {})
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(11)
            widget.set_value(value)
            widget.currentIndexChanged.connect(
                lambda _i, c=column, w=widget: self._edited(w, c, w.value())
            )
        elif column.kind == "date":
            widget = DateField(tr("Onbekend"))
            widget.setDisplayFormat("d MMM yyyy")  # short: the table is narrow
            widget.set_value(value)
            widget.dateChanged.connect(lambda _d, c=column, w=widget: self._edited(w, c, w.value()))
        else:
            widget = QLineEdit(value)
            widget.setPlaceholderText(column.placeholder)
            widget.setFrame(False)
            widget.setToolTip(value)  # the whole text when the cell is too narrow for it
            widget.setCursorPosition(0)
            widget.textEdited.connect(lambda text, c=column, w=widget: self._edited(w, c, text))
            widget.textChanged.connect(widget.setToolTip)
        return widget

    def _fit_height(self) -> None:
        """As tall as its rows: the page scrolls, never the table."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def _order_tabs(self) -> None:
        """Cells are made after the buttons; put them before the buttons in the Tab order."""
        fields = [widget for row in self.cells for widget in row]
        if not fields:
            return
        anchor = self.add_button.previousInFocusChain()
        while anchor is not None and any(f is anchor or f.isAncestorOf(anchor) for f in fields):
            anchor = anchor.previousInFocusChain()  # skip the rows placed there before
        chain = fields + [self.add_button, self.remove_button]
        if anchor is not None and anchor is not self.add_button:
            QWidget.setTabOrder(anchor, chain[0])
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    # -- editing ------------------------------------------------------------------------------

    def _edited(self, widget: QWidget, column: Column, value: Any) -> None:
        row_index = next((i for i, row in enumerate(self.cells) if widget in row), None)
        if row_index is None:
            return
        self.rows[row_index] = replace(self.rows[row_index], **{column.field: value})
        self.rowsEdited.emit()

    def _add(self) -> None:
        self.rows.append(self._make_row())
        self._append_cells(self.rows[-1])
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        self._rows_changed()
        self.rowsEdited.emit()
        self.cells[-1][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        row_index = self.table.currentRow()
        if not 0 <= row_index < len(self.rows):
            return
        question = self._remove_question(self.rows[row_index])
        if not dialogs.confirm(self, self._remove_title, question, tr("Verwijderen")):
            return
        del self.rows[row_index]
        del self.cells[row_index]
        self.table.removeRow(row_index)
        if self.rows:
            self.table.setCurrentCell(min(row_index, len(self.rows) - 1), 0)
        self._rows_changed()
        self.rowsEdited.emit()
        if self.rows:
            self.cells[self.table.currentRow()][0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The row whose field has the focus is the one "Verwijderen" removes."""
        if new is None or not self.table.viewport().isAncestorOf(new):
            return
        for row_index, widgets in enumerate(self.cells):
            for column_index, widget in enumerate(widgets):
                if widget is new or widget.isAncestorOf(new):
                    self.table.setCurrentCell(row_index, column_index)
                    self.remove_button.setEnabled(True)
                    return


class InvolvementPanel(DossierPanel):
    """Who was involved, the client council's advice, and the contact points."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wie zijn er betrokken?"), catalogue, parent)
        self._showing = False
        parties = dict(catalogue.parties)

        self.involvements = RowTable(
            [
                Column("party", self.tr("Wie"), "choice", parties),
                Column(
                    "how",
                    self.tr("Hoe"),
                    "text",
                    placeholder=self.tr("overleg, enquête…"),
                    chars=18,
                ),
                Column("on", self.tr("Wanneer"), "date"),
                Column("outcome", self.tr("Uitkomst"), "text", stretch=True),
            ],
            lambda: Involvement(party=next(iter(parties), "medewerkers")),
            name=self.tr("Betrokkenen"),
            empty_text=self.tr("Nog niemand vastgelegd."),
            add_label=self.tr("Betrokkene toevoegen"),
            remove_name=self.tr("Gekozen betrokkene verwijderen"),
            remove_title=self.tr("Betrokkene verwijderen"),
            remove_question=lambda row: self.tr("“%1” uit de lijst van betrokkenen halen?").replace(
                "%1", " — ".join(filter(None, (parties.get(row.party, row.party), row.how)))
            ),
        )
        self.involvements.rowsEdited.connect(self._involvements_edited)

        self.asked_on = DateField(self.tr("Nog niet gevraagd"))
        self.asked_on.setAccessibleName(self.tr("Advies gevraagd op"))
        self.given_on = DateField(self.tr("Nog niet gegeven"))
        self.given_on.setAccessibleName(self.tr("Advies gegeven op"))
        self.advice = ChoiceBox(dict(catalogue.advice_kinds) or {"": self.tr("Nog geen advies")})
        if self.advice.findData("") < 0:
            self.advice.insertItem(0, self.tr("Nog geen advies"), "")
        self.advice.setAccessibleName(self.tr("Advies van de cliëntenraad"))
        self.advice_text = _text_box(self.tr("Tekst van het advies"))
        self.advice_text.setPlaceholderText(
            self.tr("Het advies in de woorden van de cliëntenraad, of een samenvatting")
        )
        self.follow_up = _text_box(self.tr("Wat is ermee gedaan"))
        self.follow_up.setPlaceholderText(
            self.tr("Welke voorwaarden of zorgen u overnam, en waarom u iets niet overnam")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        asked_label = QLabel(self.tr("Gevraagd &op:"))
        asked_label.setBuddy(self.asked_on)
        given_label = QLabel(self.tr("Gege&ven op:"))
        given_label.setBuddy(self.given_on)
        dates.addWidget(self.asked_on, 1)
        dates.addSpacing(12)
        dates.addWidget(given_label)
        dates.addWidget(self.given_on, 1)
        form.addRow(asked_label, dates)
        form.addRow(self.tr("Ad&vies:"), self.advice)
        form.addRow(self.tr("Te&kst van het advies:"), self.advice_text)
        form.addRow(self.tr("Wat is er&mee gedaan:"), self.follow_up)
        for field in (self.asked_on, self.given_on):
            field.dateChanged.connect(self._advice_edited)
        self.advice.currentIndexChanged.connect(self._advice_edited)
        for box in (self.advice_text, self.follow_up):
            box.textChanged.connect(self._advice_edited)

        self.contacts = RowTable(
            [
                Column("audience", self.tr("Voor wie"), "choice", dict(catalogue.audiences)),
                Column("name", self.tr("Naam"), "text", stretch=True),
                Column("role", self.tr("Functie"), "text", stretch=True),
                Column(
                    "reach",
                    self.tr("Bereikbaar via"),
                    "text",
                    placeholder=self.tr("telefoon, e-mail, spreekuur"),
                    stretch=True,
                ),
            ],
            lambda: ContactPoint(audience=next(iter(catalogue.audiences), "iedereen"), name=""),
            name=self.tr("Aanspreekpunten"),
            empty_text=self.tr("Nog geen aanspreekpunt vastgelegd."),
            add_label=self.tr("Aanspreekpunt toevoegen"),
            remove_name=self.tr("Gekozen aanspreekpunt verwijderen"),
            remove_title=self.tr("Aanspreekpunt verwijderen"),
            remove_question=lambda row: self.tr("Aanspreekpunt “%1” verwijderen?").replace(
                "%1", row.name or catalogue.audiences.get(row.audience, row.audience)
            ),
        )
        self.contacts.rowsEdited.connect(self._contacts_edited)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(explanation(self.tr(
            "Leg vast wie er bij de afwijking betrokken zijn, hoe (overleg, enquête, "
            "adviesaanvraag), wanneer en wat dat opleverde."
        )))  # fmt: skip
        layout.addWidget(self.involvements)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Advies van de cliëntenraad"), 1.1))
        layout.addWidget(explanation(self.tr(
            "Vraag de cliëntenraad om advies. Noteer wanneer u het vroeg en kreeg, wat de raad "
            "adviseerde en wat u ermee deed."
        )))  # fmt: skip
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Aanspreekpunten voor vragen en twijfels"), 1.1))
        layout.addWidget(explanation(self.tr(
            "Bij wie kunnen medewerkers, cliënten en naasten terecht met vragen of twijfels "
            "over de afwijking?"
        )))  # fmt: skip
        layout.addWidget(self.contacts)

    # -- showing ------------------------------------------------------------------------------

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self._showing = True
        try:
            self.involvements.set_rows(dossier.involvements)
            self.contacts.set_rows(dossier.contacts)
            advice = dossier.council_advice
            self.asked_on.set_value(advice.asked_on)
            self.given_on.set_value(advice.given_on)
            self.advice.set_value(advice.advice)
            self.advice_text.setPlainText(advice.text)
            self.follow_up.setPlainText(advice.follow_up)
        finally:
            self._showing = False

    def focus_part(self, part: str) -> QWidget | None:
        if part == "involvements":
            return self.involvements.first_field()
        if part == "council_advice":
            return self.asked_on
        if part == "contacts":
            return self.contacts.first_field()
        return None

    # -- edits --------------------------------------------------------------------------------

    def _involvements_edited(self) -> None:
        if self.dossier is not None and not self._showing:
            self.dossier.involvements = tuple(self.involvements.rows)
            self.edited.emit("involvements")

    def _contacts_edited(self) -> None:
        if self.dossier is not None and not self._showing:
            self.dossier.contacts = tuple(self.contacts.rows)
            self.edited.emit("contacts")

    def _advice_edited(self) -> None:
        if self.dossier is None or self._showing:
            return
        self.dossier.council_advice = CouncilAdvice(
            asked_on=self.asked_on.value(),
            given_on=self.given_on.value(),
            advice=self.advice.value(),
            text=self.advice_text.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
        )
        self.edited.emit("council_advice")


def _text_box(name: str) -> QPlainTextEdit:
    """A few lines of text; Tab moves on to the next field."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    line = box.fontMetrics().lineSpacing()
    box.setFixedHeight(line * 4 + 14)
    return box
