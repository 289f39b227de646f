"""Placeholder: the attachments panel (to be built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.gui.panel import DossierPanel


class AttachmentsPanel(DossierPanel):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bijlagen"), catalogue, parent)
