"""The "docx" format: the rendered HTML as a Word document (see docx), with python-docx."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken.fileio import write_atomic
from igj_afwijken.rendering.docx import html_to_docx

if TYPE_CHECKING:
    from igj_afwijken.rendering.house_style import HouseStyle
    from igj_afwijken.rendering.templating import TypstDocument
    from igj_afwijken.rendering.writers import PageText


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
    """A Word file with the page header and footer in Word's own, in the house style's accent
    colour and with its logo (an SVG logo drawn as a PNG)."""
    document = html_to_docx(
        html,
        header=decoration.header,
        footer=decoration.footer,
        accent=house.accent.lstrip("#"),
        logo_png=house.logo_png(),
    )
    write_atomic(output, document)
