"""The common shape of the tables that belong with a question: risks, involvement, evaluations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier


class DossierPanel(QGroupBox):
    """Shows part of a dossier and edits it in place. After every user change it updates the
    dossier object and emits `edited(part)`, where part is a Dossier field name such as "risks",
    "involvements", "contacts", "evaluations", "council_advice", "evaluator" or
    "next_evaluation". `show_dossier` fills the widgets without emitting anything."""

    edited = Signal(str)

    def __init__(self, title: str, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.catalogue = catalogue
        self.dossier: Dossier | None = None

    def show_dossier(self, dossier: Dossier) -> None:
        self.dossier = dossier

    def finish_editing(self) -> None:
        """Take in what is being typed in a cell that has not been confirmed yet."""

    def focus_part(self, part: str) -> QWidget | None:
        """The widget to focus for a readiness finding about `part`, if this panel shows it."""
        return None
