"""The "pdf" and "pdfa" formats: the rendered HTML laid out on A4 pages by Qt (see pdf).

"pdf" carries the embedded files (the dossier's exchange file, so `import` can read the PDF
back); "pdfa" is PDF/A-1b for the archive, which allows no embedded files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken.rendering.pdf import PageDecoration, write_pdf

if TYPE_CHECKING:
    from igj_afwijken.rendering.house_style import HouseStyle
    from igj_afwijken.rendering.writers import PageText

ARCHIVE_FORMAT = "pdfa"


def write(
    output: Path,
    html: str,
    *,
    output_format: str,
    decoration: PageText,
    title: str,
    house: HouseStyle,
    embedded: Mapping[str, bytes],
) -> None:
    """The document as a PDF with the page header, footer and page numbers on every page."""
    archive = output_format == ARCHIVE_FORMAT
    write_pdf(
        output,
        html,
        PageDecoration(
            header=decoration.header, footer=decoration.footer, page_label=decoration.page_label
        ),
        title=title,
        attachments=None if archive else dict(embedded),
        archive=archive,
    )
