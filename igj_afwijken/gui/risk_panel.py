"""The risks for clients (question 3): a table of risks and measures, and the risk matrix."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import SCALE, Dossier, Risk
from igj_afwijken.domain.risk import stays_high
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.read_only import READING_ONLY
from igj_afwijken.gui.risk_matrix import RiskMatrix
from igj_afwijken.gui.row_model import Column, RowTableModel
from igj_afwijken.gui.row_table import RowTable
from igj_afwijken.gui.widgets import explanation

# The table's columns: the Risk field each shows.
COLUMNS: tuple[str, ...] = (
    "description",
    "likelihood",
    "impact",
    "measures",
    "owner",
    "residual_likelihood",
    "residual_impact",
)
NOT_ASSESSED = "–"


class RiskTableModel(RowTableModel):
    """The dossier's risks as table rows, numbered as in the matrix. An edit replaces the row's
    Risk (its id stays) and emits `rowsEdited`."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.catalogue = catalogue
        self.row_name = self._row_name

        def scale(field: str, title: str, tip: str, residual: bool) -> Column:
            labels = catalogue.impact if "impact" in field else catalogue.likelihood
            return Column(
                field,
                title,
                "choice",
                tip,
                choices={value: f"{value} – {labels.get(value, '')}" for value in SCALE},
                empty=self.tr("– nog niet beoordeeld") if residual else None,
                show=lambda value: NOT_ASSESSED if value is None else str(value),
                say=lambda value: self.scale_label(field, value),
                align=Qt.AlignmentFlag.AlignCenter,
            )

        self.columns = (
            Column(
                "description",
                self.tr("Risico"),
                tip=self.tr("Het risico voor cliënten"),
                kind="text",
                share=0.52,
                wrap=True,
            ),
            scale(
                "likelihood",
                self.tr("Kans"),
                self.tr("Kans dat het gebeurt, 1 (zeer klein) tot 5"),
                residual=False,
            ),
            scale(
                "impact",
                self.tr("Gevolg"),
                self.tr("Gevolg als het gebeurt, 1 (zeer gering) tot 5"),
                residual=False,
            ),
            Column(
                "measures",
                self.tr("Maatregelen"),
                tip=self.tr("Wat u doet om het risico te beperken"),
                kind="text",
                share=0.48,
                wrap=True,
            ),
            # The owner gets what its names need, up to a quarter, but never less than its
            # longest word; description and measures share the rest.
            Column(
                "owner",
                self.tr("Eigenaar"),
                tip=self.tr("Wie de maatregelen bewaakt"),
                kind="text",
                cap=0.25,
                wrap=True,
            ),
            scale(
                "residual_likelihood",
                self.tr("Kans na\nmaatregelen"),
                self.tr("Kans na de maatregelen; leeg zolang nog niet beoordeeld"),
                residual=True,
            ),
            scale(
                "residual_impact",
                self.tr("Gevolg na\nmaatregelen"),
                self.tr("Gevolg na de maatregelen; leeg zolang nog niet beoordeeld"),
                residual=True,
            ),
        )
        assert tuple(column.field for column in self.columns) == COLUMNS

    @property
    def risks(self) -> list[Risk]:
        return list(self.rows)

    def _row_name(self, number: int) -> str:
        return self.tr("Risico %1").replace("%1", str(number))

    def scale_label(self, column: str, value: int | None) -> str:
        if value is None:
            return self.tr("nog niet beoordeeld")
        labels = self.catalogue.impact if "impact" in column else self.catalogue.likelihood
        return f"{value} – {labels.get(value, '')}"


class RiskPanel(DossierPanel):
    """The risks of a dossier with their measures, and where they stand in the risk matrix."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risico's en maatregelen"), catalogue, parent)
        self.setObjectName("riskPanel")
        self.model = RiskTableModel(catalogue, self)
        self.rows = RowTable(
            self.model,
            name=self.tr("Risico's en maatregelen"),
            editing="cells",
            remove_title=self.tr("Risico verwijderen"),
            remove_question=self._remove_question,
            movable=True,
            least_rows=3,
            most_lines=18,
        )
        self.table = self.rows.table
        self.table.setObjectName("riskTable")
        self.table.setAccessibleDescription(
            self.tr(
                "Eén regel per risico. Pijltjestoetsen gaan van cel naar cel, F2 of typen "
                "wijzigt een cel, Tab gaat naar de knoppen."
            )
        )
        self.add_button = self.rows.add_button
        self.remove_button = self.rows.remove_button
        assert self.rows.up_button is not None and self.rows.down_button is not None  # movable
        self.up_button, self.down_button = self.rows.up_button, self.rows.down_button
        for button, text, name, accessible in (
            (self.add_button, self.tr("Risico &toevoegen"), "addRisk", self.tr("Risico toevoegen")),
            (
                self.remove_button,
                self.tr("&Verwijderen…"),
                "removeRisk",
                self.tr("Gekozen risico verwijderen"),
            ),
            (self.up_button, self.tr("&Omhoog"), "riskUp", self.tr("Gekozen risico omhoog")),
            (self.down_button, self.tr("O&mlaag"), "riskDown", self.tr("Gekozen risico omlaag")),
        ):
            button.setText(text)
            button.setObjectName(name)
            button.setAccessibleName(accessible)

        # Why a risk that stays high is still acceptable: asked for the chosen risk only.
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.risk_explanation = QPlainTextEdit()
        self.risk_explanation.setObjectName("riskExplanation")
        self.risk_explanation.setTabChangesFocus(True)
        self.risk_explanation.setMaximumHeight(90)
        self.risk_explanation.setAccessibleName(self.tr("Toelichting bij het gekozen risico"))
        self.risk_explanation.setPlaceholderText(
            self.tr(
                "Bijvoorbeeld: de kans blijft groot, maar de gevolgen zijn beperkt doordat de "
                "nachtdienst binnen vijf minuten ter plaatse is; besloten door de bestuurder."
            )
        )
        self.explanation_label.setBuddy(self.risk_explanation)
        self.risk_explanation.textChanged.connect(self._explanation_edited)

        self.residual_toggle = QCheckBox(self.tr("&Na maatregelen"))
        self.residual_toggle.setObjectName("riskResidual")
        self.residual_toggle.setProperty(READING_ONLY, True)  # shows, changes nothing
        self.residual_toggle.setAccessibleName(self.tr("Risicomatrix na maatregelen tonen"))
        self.residual_toggle.setToolTip(
            self.tr("Toon in de matrix waar de risico's staan nadat de maatregelen genomen zijn")
        )
        self.matrix = RiskMatrix(catalogue)
        self.matrix.setObjectName("riskMatrix")
        matrix_row = QHBoxLayout()
        matrix_row.addWidget(self.matrix, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        matrix_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            explanation(
                self.tr(
                    "Noem per risico voor cliënten hoe groot de kans is dat het gebeurt en hoe "
                    "ernstig het gevolg is (1 = zeer klein, 5 = zeer groot), welke maatregelen u "
                    "neemt en wie ze bewaakt. Schat daarna kans en gevolg opnieuw, met de "
                    "maatregelen erbij."
                )
            )
        )
        layout.addWidget(self.rows)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.risk_explanation)
        layout.addWidget(self.residual_toggle)
        layout.addLayout(matrix_row)

        for first, second in (
            (self.table, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.risk_explanation),
            (self.risk_explanation, self.residual_toggle),
        ):
            QWidget.setTabOrder(first, second)

        self.rows.rowsEdited.connect(self._edited)
        self.rows.currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_risk)
        self.residual_toggle.toggled.connect(self.matrix.set_residual)
        self._current_changed()

    # -- showing ---------------------------------------------------------------------------------

    def finish_editing(self) -> None:
        self.rows.finish_editing()

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self.model.set_rows(dossier.risks)
        self.matrix.set_risks(dossier.risks)
        self._current_changed()

    def focus_part(self, part: str) -> QWidget | None:
        return self.table if part == "risks" else None

    def current_row(self) -> int | None:
        return self.rows.current_row()

    def _current_risk(self) -> Risk | None:
        row = self.current_row()
        return None if row is None or row >= self.model.rowCount() else self.model.row(row)

    def _show_explanation(self) -> None:
        """The explanation box for the chosen risk: shown when it stays high after the
        measures, or already has an explanation."""
        risk = self._current_risk()
        wanted = risk is not None and (stays_high(risk) or bool(risk.explanation))
        self.explanation_label.setVisible(wanted)
        self.risk_explanation.setVisible(wanted)
        if not wanted or risk is None:
            return
        self.explanation_label.setText(
            self.tr(
                "Risico %1 blijft hoog. &Waarom is het toch aanvaardbaar, wie besliste dat, en "
                "wat doet u extra?"
            ).replace("%1", str((self.current_row() or 0) + 1))
        )
        if self.risk_explanation.toPlainText() != risk.explanation:
            self.risk_explanation.blockSignals(True)
            self.risk_explanation.setPlainText(risk.explanation)
            self.risk_explanation.blockSignals(False)

    def _explanation_edited(self) -> None:
        row, risk = self.current_row(), self._current_risk()
        if self.dossier is None or row is None or risk is None:
            return
        text = self.risk_explanation.toPlainText()
        if text != risk.explanation:
            self.model.replace_row(row, replace(risk, explanation=text))
            self._edited()

    def _current_changed(self) -> None:
        row = self.current_row()
        self.matrix.set_selected(None if row is None else row + 1)
        self._show_explanation()

    # -- changes ---------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.dossier is None:
            return
        self.dossier.risks = self.model.rows
        self.matrix.set_risks(self.dossier.risks)
        self._show_explanation()
        self.edited.emit("risks")

    def add_risk(self) -> None:
        """Add an empty risk below the others and start typing its description."""
        if self.dossier is not None:
            self.rows.add_row(Risk(description=""))

    def _remove_question(self, row: int, risk: Risk) -> str:
        name = risk.description.strip() or self.tr("zonder omschrijving")
        return (
            self.tr("Risico %1 (“%2”) en de maatregelen erbij worden verwijderd.")
            .replace("%1", str(row + 1))
            .replace("%2", name)
        )
