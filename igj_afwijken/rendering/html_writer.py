"""The "html" format: the rendered HTML itself, as a web page."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken.fileio import write_atomic

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
    """The HTML as UTF-8; it carries its own title and house style."""
    write_atomic(output, html.encode("utf-8"))
