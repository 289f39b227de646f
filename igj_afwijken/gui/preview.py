"""The document preview: the justification as it will print, or the law gate's explanation."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import LawGateError
from igj_afwijken.gui.widgets import FocusRing
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE, TemplateError, render_html


def preview_html(
    dossier: Dossier, catalogue: Catalogue, template: str = DEFAULT_TEMPLATE, **options
) -> str:
    """The document's HTML; for a law or a broken template, an explanation in its place.
    `options` are render_html's (the user's templates folder and house style)."""
    try:
        return render_html(dossier, catalogue, template, **options)
    except LawGateError as error:  # a named law explains itself; the kind "wet" by the catalogue
        reason = catalogue.law_gate_explanation if dossier.rule.is_law else str(error)
        return f"<h2>{escape(catalogue.law_gate_title)}</h2><p>{escape(reason)}</p>"
    except TemplateError as error:
        return f"<p>{escape(str(error))}</p>"


class PreviewPane(QTextBrowser):
    """A read-only view that keeps its scroll position when the document is refreshed. It
    shows the document as it prints, on white paper, also in a dark or high-contrast scheme
    (the document's own colours are made for paper)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        paper = self.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
        self.setPalette(paper)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._shown = ""
        FocusRing(self)

    def show_html(self, html: str) -> None:
        if html == self._shown:
            return
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(min(position, bar.maximum()))
        self._shown = html
