"""The panel at question 5 that fixes when the deviation stops and where it goes from there."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import DIRECTIONS, Direction, Dossier
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.widgets import ChoiceField, explanation

OUTLOOK_PARTS = ("outlook.stop_criterion", "outlook.direction", "outlook.plan")


def _text_field(name: str, object_name: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setObjectName(object_name)
    field.setTabChangesFocus(True)  # Tab leaves the field, as in every other form field
    field.setAccessibleName(name)
    field.setMinimumHeight(70)
    field.setMaximumHeight(120)  # a few lines; the page scrolls, not a tall empty box
    return field


class OutlookPanel(DossierPanel):
    """The stop criterion, and either the way back to the norm or, when the deviation is to
    stay, where the new way of working is brought in. Edits emit `edited("outlook")`."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stoppen en daarna"), catalogue, parent)
        self.setObjectName("outlookPanel")
        self._showing = False

        self.stop_criterion = _text_field(self.tr("Wanneer u stopt of ingrijpt"), "stopCriterion")
        self.stop_criterion.setPlaceholderText(
            self.tr(
                "Bijvoorbeeld: als er twee incidenten in een maand zijn, of als een dienst niet "
                "meer bezet kan worden, stoppen we en gaan we terug naar de oude bezetting."
            )
        )
        self.direction = ChoiceField()
        self.direction.setObjectName("direction")
        self.direction.setAccessibleName(self.tr("Terug naar de norm of blijvend anders"))
        self.direction.addItem(self.tr("nog niet gekozen"), "")
        for key in DIRECTIONS[1:]:
            self.direction.addItem(catalogue.directions[key], key)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan = _text_field(self.tr("De weg terug, of waar u de werkwijze inbrengt"), "plan")
        self.plan_label.setBuddy(self.plan)

        stop_label = QLabel(self.tr("&Wanneer stopt u of grijpt u in?"))
        stop_label.setBuddy(self.stop_criterion)
        direction_label = QLabel(self.tr("&Daarna:"))
        direction_label.setBuddy(self.direction)

        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                self.tr(
                    "Leg vooraf vast wanneer de werkwijze niet meer verantwoord is. Kies dan of "
                    "u teruggaat naar de norm, of dat de zorg blijvend anders wordt omdat het "
                    "tekort blijft; dan brengt u de nieuwe werkwijze in bij de veldnorm, de "
                    "ontwikkeling van de richtlijn of uw brancheorganisatie."
                )
            )
        )
        for widget in (
            stop_label,
            self.stop_criterion,
            direction_label,
            self.direction,
            self.plan_label,
            self.plan,
        ):
            layout.addWidget(widget)

        self.stop_criterion.textChanged.connect(self._edited)
        self.direction.currentIndexChanged.connect(self._edited)
        self.plan.textChanged.connect(self._edited)
        self._show_plan_label("")

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self._showing = True
        try:
            outlook = dossier.outlook
            self.stop_criterion.setPlainText(outlook.stop_criterion)
            self.direction.setCurrentIndex(max(0, self.direction.findData(outlook.direction)))
            self.plan.setPlainText(outlook.plan)
            self._show_plan_label(outlook.direction)
        finally:
            self._showing = False

    def focus_part(self, part: str) -> QWidget | None:
        return {
            "outlook.stop_criterion": self.stop_criterion,
            "outlook.direction": self.direction,
            "outlook.plan": self.plan,
        }.get(part)

    def _show_plan_label(self, direction: str) -> None:
        if direction == "blijvend-anders":
            text = self.tr(
                "&Waar brengt u de nieuwe werkwijze in (veldnorm, richtlijnontwikkeling, "
                "brancheorganisatie), en hoe?"
            )
        elif direction == "terug-naar-norm":
            text = self.tr("&Hoe en wanneer gaat u terug naar de norm?")
        else:
            text = self.tr("&De weg terug, of waar u de werkwijze inbrengt:")
        self.plan_label.setText(text)

    def _edited(self) -> None:
        direction: Direction = self.direction.currentData() or ""  # one of DIRECTIONS
        self._show_plan_label(direction)
        if self._showing or self.dossier is None:
            return
        self.dossier.outlook = replace(
            self.dossier.outlook,
            stop_criterion=self.stop_criterion.toPlainText(),
            direction=direction,
            plan=self.plan.toPlainText(),
        )
        self.edited.emit("outlook")
