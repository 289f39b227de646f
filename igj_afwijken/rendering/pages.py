"""The document as pages for the screen and the printer: Typst's SVG pages, and on which page
each question starts, so that the preview can follow the step being edited."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.rendering import typesetting
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE, STEP_LINK, render_typst
from igj_afwijken.rendering.typst_markup import shown_text

_STEP = re.compile(re.escape(STEP_LINK).encode() + rb"([A-Za-z0-9_.-]+)")


@dataclass(frozen=True)
class DocumentPages:
    """A document as it prints: one SVG per page."""

    pages: tuple[bytes, ...]
    steps: dict[str, int] = field(default_factory=dict)  # question id → its first page's index
    text: str = ""  # the document's words in reading order, as a screen reader would read them


def document_pages(
    dossier: Dossier,
    catalogue: Catalogue,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    user_dir: Path | None = None,
    house: HouseStyle | None = None,
) -> DocumentPages:
    """The document's pages, exactly as its PDF has them; raises LawGateError or TemplateError."""
    typeset = render_typst(
        dossier,
        catalogue,
        template,
        printed_at=printed_at,
        house=house,
        user_dir=user_dir,
        step_links=True,
    )
    pages = typesetting.compile_pages(typeset.source, typeset.files, "svg")
    steps: dict[str, int] = {}
    for index, page in enumerate(pages):
        for found in _STEP.findall(page):  # the contents name each question first: the
            steps[found.decode("ascii")] = index  # last page that has it is its heading's
    return DocumentPages(tuple(pages), steps, shown_text(typeset.source))
