"""The Betrokkenheid panel at question 4: who was involved, the client council's advice and
where people can go with questions and doubts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import (
    AdviceKind,
    Audience,
    ContactPoint,
    CouncilAdvice,
    Dossier,
    Involvement,
    Party,
)
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.row_model import Column, RowTableModel
from igj_afwijken.gui.row_table import RowTable
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


def _row_table(
    columns: list[Column],
    *,
    name: str,
    empty_text: str,
    add_label: str,
    remove_name: str,
    remove_title: str,
    remove_question: Callable[[int, Any], str],
) -> RowTable:
    """A table of rows whose every cell is an open field, with its buttons named."""
    table = RowTable(
        RowTableModel(columns),
        name=name,
        editing="fields",
        remove_title=remove_title,
        remove_question=remove_question,
        empty_text=empty_text,
    )
    table.add_button.setText(add_label)
    table.add_button.setAccessibleName(add_label)
    table.remove_button.setAccessibleName(remove_name)
    table.remove_button.setToolTip(remove_name)
    return table


class InvolvementPanel(DossierPanel):
    """Who was involved, the client council's advice, and the contact points."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wie zijn er betrokken?"), catalogue, parent)
        self._showing = False
        parties = dict(catalogue.parties)

        self.involvements = _row_table(
            [
                Column("party", self.tr("Wie"), "choice", choices=parties),
                Column("how", self.tr("Hoe"), placeholder=self.tr("overleg, enquête…"), chars=18),
                Column("on", self.tr("Wanneer"), "date", empty=tr("Onbekend")),
                Column("outcome", self.tr("Uitkomst"), share=1),
            ],
            name=self.tr("Betrokkenen"),
            empty_text=self.tr("Nog niemand vastgelegd."),
            add_label=self.tr("Betrokkene toevoegen"),
            remove_name=self.tr("Gekozen betrokkene verwijderen"),
            remove_title=self.tr("Betrokkene verwijderen"),
            remove_question=self._involvement_question,
        )
        # The catalogue names exactly the parties of the model (checked when it is loaded).
        first_party = cast(Party, next(iter(parties), "medewerkers"))
        self.involvements.add_button.clicked.connect(
            lambda: self._add(self.involvements, Involvement(party=first_party))
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

        self.contacts = _row_table(
            [
                Column("audience", self.tr("Voor wie"), "choice", choices=catalogue.audiences),
                Column("name", self.tr("Naam"), share=1),
                Column("role", self.tr("Functie"), share=1),
                Column(
                    "reach",
                    self.tr("Bereikbaar via"),
                    placeholder=self.tr("telefoon, e-mail, spreekuur"),
                    share=1,
                ),
            ],
            name=self.tr("Aanspreekpunten"),
            empty_text=self.tr("Nog geen aanspreekpunt vastgelegd."),
            add_label=self.tr("Aanspreekpunt toevoegen"),
            remove_name=self.tr("Gekozen aanspreekpunt verwijderen"),
            remove_title=self.tr("Aanspreekpunt verwijderen"),
            remove_question=self._contact_question,
        )
        first_audience = cast(Audience, next(iter(catalogue.audiences), "iedereen"))
        self.contacts.add_button.clicked.connect(
            lambda: self._add(self.contacts, ContactPoint(audience=first_audience, name=""))
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

    def _add(self, table: RowTable, row: Involvement | ContactPoint) -> None:
        if self.dossier is not None:
            table.add_row(row)

    def _involvement_question(self, _row: int, involvement: Involvement) -> str:
        party = self.catalogue.parties.get(involvement.party, involvement.party)
        return self.tr("“%1” uit de lijst van betrokkenen halen?").replace(
            "%1", " — ".join(filter(None, (party, involvement.how)))
        )

    def _contact_question(self, _row: int, contact: ContactPoint) -> str:
        audience = self.catalogue.audiences.get(contact.audience, contact.audience)
        return self.tr("Aanspreekpunt “%1” verwijderen?").replace("%1", contact.name or audience)

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
            advice=cast(AdviceKind, self.advice.value()),  # one of the catalogue's advice kinds
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
