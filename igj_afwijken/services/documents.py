"""Documents made from a dossier: a PDF carries the dossier itself, so it can be imported again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats import exchange
from igj_afwijken.rendering import document
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE


def render_to_file(
    dossier: Dossier,
    catalogue: Catalogue,
    output: Path,
    output_format: str,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
) -> None:
    """Write the document; raises LawGateError, TemplateError or OSError, leaving no partial file."""
    document.render_to_file(
        dossier,
        catalogue,
        output,
        output_format,
        template=template,
        printed_at=printed_at,
        user_dir=user_dir,
        house=house,
        embedded={exchange.EMBEDDED_NAME: exchange.dumps(dossier).encode("utf-8")},
    )
