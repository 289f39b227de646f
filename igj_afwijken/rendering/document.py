"""Rendering a dossier to a file in one of the registered formats (rendering/writers.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.lifecycle import changed_since_adoption
from igj_afwijken.domain.model import Dossier
from igj_afwijken.rendering import writers
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.templating import (
    DEFAULT_TEMPLATE,
    page_footer,
    page_header,
    paper_status,
    render_html,
    render_typst,
)
from igj_afwijken.rendering.writers import PageText


def page_text(
    dossier: Dossier,
    catalogue: Catalogue,
    printed_at: datetime,
    house: HouseStyle | None = None,
) -> PageText:
    """What stands above and below the text on every page of the dossier's document: its title
    and organisation, and when it was printed in which status. Without Qt, for every writer."""
    changed = bool(changed_since_adoption(dossier, catalogue))
    return PageText(
        header=page_header(dossier, house),
        footer=page_footer(printed_at, paper_status(dossier, catalogue, changed)),
    )


def render_to_file(
    dossier: Dossier,
    catalogue: Catalogue,
    output: Path,
    output_format: str,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
    embedded: dict[str, bytes] | None = None,
) -> None:
    """Write the document; raises LawGateError, TemplateError or OSError, leaving no partial file.

    `output_format` names a format in the registry (rendering/writers.py), whose writer module
    loads only now; `user_dir` holds the user's own templates; `house` is the organisation's
    house style; `embedded` are files a PDF carries inside it (a PDF/A for the archive carries
    none)."""
    writer = writers.writer(output_format)  # ValueError for an unknown format, before any work
    printed_at = printed_at or datetime.now().astimezone()
    html, typeset = "", None
    if writer.typeset:
        typeset = render_typst(
            dossier,
            catalogue,
            template,
            printed_at=printed_at,
            house=house,
            embedded=embedded,
            user_dir=user_dir,
        )
    else:
        html = render_html(
            dossier, catalogue, template, printed_at=printed_at, user_dir=user_dir, house=house
        )
    write = writer.write_function()
    extra = {"typeset": typeset} if writer.typeset else {}
    write(
        output,
        html,
        output_format=writer.name,
        decoration=page_text(dossier, catalogue, printed_at, house),
        title=dossier.title,
        house=house or HouseStyle(),
        embedded=embedded or {},
        **extra,
    )
