"""The line above the steps that says whether the dossier is adopted, with the button to adopt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.text import long_date
from igj_afwijken.gui.widgets import note_box


class AdoptionNote(QWidget):
    """Says "Gewijzigd sinds versie 1" on every step while the dossier differs from its last
    adopted version, and at Overview and Document also whether it was ever adopted; the
    *Vaststellen…* button beside it is the menu's own action."""

    def __init__(self, adopt_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = note_box("", "adoptionNote")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QToolButton()
        self.button.setDefaultAction(adopt_action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(adopt_action.text().replace("&", "").rstrip("…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_state(self, dossier: Dossier, changed: bool, at_the_end: bool) -> None:
        """`changed`: the dossier differs from its last version; `at_the_end`: the user is at
        Overview or Document, where adopting is the next thing to do."""
        if dossier.status == "beeindigd":  # an ended deviation is not adopted again
            self.hide()
            return
        last = dossier.versions[-1] if dossier.versions else None
        if last is not None and changed:
            text = self.tr(
                "Gewijzigd sinds versie %1 (vastgesteld op %2). Stel de afwijking opnieuw vast, "
                "zodat het document weer de geldende versie is."
            )
            text = text.replace("%1", str(last.number)).replace("%2", long_date(last.adopted_on))
        elif last is not None:
            text = self.tr("Vastgesteld als versie %1 op %2; sindsdien niet gewijzigd.")
            text = text.replace("%1", str(last.number)).replace("%2", long_date(last.adopted_on))
        else:
            text = self.tr(
                "Nog niet vastgesteld. Stel de afwijking vast zodra zij klaar is; tot dan is "
                "het document een concept."
            )
        self.text.setText(text)
        self.button.setVisible(last is None or changed)
        self.setVisible(at_the_end or (last is not None and changed))
