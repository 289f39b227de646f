"""The "pdf" and "pdfa" formats: the document set by Typst (see typesetting), tagged PDF/UA-1;
"pdfa" is besides PDF/A-3b for the archive. Both carry the dossier's exchange file, so that
`import` can read them back."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken.fileio import write_atomic

if TYPE_CHECKING:
    from igj_afwijken.rendering.house_style import HouseStyle
    from igj_afwijken.rendering.templating import TypstDocument
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
    typeset: TypstDocument | None = None,
) -> None:
    """The document that Typst sets (`typeset`, which render_to_file gives every typeset
    format) as a PDF."""
    from igj_afwijken.rendering import typesetting

    if typeset is None:
        raise ValueError("a PDF is made from its Typst source")
    archive = output_format == ARCHIVE_FORMAT
    pdf = typesetting.compile_pdf(
        typeset.source,
        typeset.files,
        typesetting.ARCHIVE_STANDARDS if archive else typesetting.ACCESSIBLE_STANDARDS,
        timestamp=typeset.printed_at,
    )
    write_atomic(output, pdf)
