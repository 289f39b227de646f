"""The "md" format: the rendered HTML as Markdown (see markdown_export)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken.fileio import write_atomic
from igj_afwijken.rendering.markdown_export import html_to_markdown

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
    """The HTML as Markdown in UTF-8: headings, lists and tables; no pages, so no decoration."""
    write_atomic(output, html_to_markdown(html).encode("utf-8"))
