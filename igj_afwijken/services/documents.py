"""Documents made from a dossier: a PDF carries the dossier itself, so it can be imported again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats import exchange
from igj_afwijken.rendering import document, embeds_dossier_by_default, writers
from igj_afwijken.rendering.bundle import bundle_dossiers
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.pages import DocumentPages, document_pages
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE
from igj_afwijken.services.dossiers import DossierStore, DossierSummary


def render_to_file(
    dossier: Dossier,
    catalogue: Catalogue,
    output: Path,
    output_format: str,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
    embed_dossier: bool | None = None,
) -> None:
    """Write the document; raises LawGateError, TemplateError or OSError, leaving no partial file.

    A PDF carries the dossier (so it can be imported again) when `embed_dossier` says so; by
    default as embeds_dossier_by_default says."""
    if embed_dossier is None:
        embed_dossier = embeds_dossier_by_default(template)
    document.render_to_file(
        dossier,
        catalogue,
        output,
        output_format,
        template=template,
        printed_at=printed_at,
        user_dir=user_dir,
        house=house,
        embedded=(
            {exchange.EMBEDDED_NAME: exchange.dumps(dossier).encode("utf-8")}
            if writers.writer(output_format).carries_files and embed_dossier
            else None
        ),
    )


__all__ = ["DocumentPages", "document_pages"]  # the pages for the preview and the printer


@dataclass(frozen=True)
class PrintableDocument:
    """A dossier's document ready for a printer: the typeset pages of its PDF."""

    title: str
    pages: DocumentPages


def printable_document(
    dossier: Dossier,
    catalogue: Catalogue,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
) -> PrintableDocument:
    """The document to print, the same pages as its PDF; raises LawGateError or TemplateError."""
    printed_at = printed_at or datetime.now().astimezone()
    pages = document_pages(
        dossier, catalogue, template, printed_at=printed_at, user_dir=user_dir, house=house
    )
    return PrintableDocument(dossier.title, pages)


@dataclass(frozen=True)
class BundleChoice:
    """What goes into a bundle for an inspection visit."""

    dossiers: list[Dossier]  # the running ones, ordered by location and title
    unreadable: list[DossierSummary]  # those at the location that cannot be read: left out


def bundle_choice(
    store: DossierStore, location: str = "", with_concepts: bool = False
) -> BundleChoice:
    """The dossiers for a bundle of one location, whatever the case it is written in ("Huize
    het Anker" is "huize Het Anker"), or of all locations for ""; running ones (adopted or in
    evaluation), and the concepts too when asked."""
    readable, unreadable = store.dossiers_at(location)  # the store compares without case
    return BundleChoice(bundle_dossiers(readable, with_concepts), unreadable)
