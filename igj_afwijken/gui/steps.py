"""The names of the editor's steps, also for the menu before the editor is built."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from igj_afwijken.domain.catalogue import Catalogue


def step_names(catalogue: Catalogue) -> list[str]:
    return [
        QCoreApplication.translate("DossierEditor", "Start"),
        *(f"{q.number}. {q.short}" for q in catalogue.questions),
        QCoreApplication.translate("DossierEditor", "Overzicht"),
        QCoreApplication.translate("DossierEditor", "Document"),
    ]
