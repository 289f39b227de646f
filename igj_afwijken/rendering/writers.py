"""The document formats, one writer each: the format's name, its file's suffix, its words in the
window and the module that writes it.

A new format is one writer module with a `write` function (see `WriteFunction`) and one entry
in `WRITERS`; `document.render_to_file`, the command line's `render --format` and the window's
export menu take it from there. A writer module is imported only when its format is written, so
that Typst and python-docx do not load when the program starts; this module itself
loads nothing but the translations."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from igj_afwijken import i18n

if TYPE_CHECKING:
    from igj_afwijken.rendering.house_style import HouseStyle
    from igj_afwijken.rendering.templating import TypstDocument


@dataclass(frozen=True)
class PageText:
    """What stands above and below the text on every page of the Word file (the typeset PDF
    sets its own, in templates/_pagina.typ.j2)."""

    header: str
    footer: str
    page_label: str = ""  # with {page} and {pages}; "" for the program's own, in its language


class WriteFunction(Protocol):
    """A writer module's `write`: the rendered document to `output`, atomically (no partial
    file when it fails); raises OSError. A writer takes what it needs and ignores the rest."""

    def __call__(
        self,
        output: Path,
        html: str,
        *,
        output_format: str,  # the entry's name, for a module that writes more than one format
        decoration: PageText,
        title: str,
        house: HouseStyle,
        embedded: Mapping[str, bytes],  # files a PDF carries inside it (the exchange file)
        typeset: TypstDocument | None = None,  # the Typst source, for a format that is typeset
    ) -> None: ...


@dataclass(frozen=True)
class Writer:
    """One document format: its name on the command line (`render --format NAME`), its file
    suffix, its words in the program's language, and the dotted name of its writer module."""

    name: str
    suffix: str  # with its dot: ".pdf"
    module: str  # the module whose write() writes the format; imported when first used
    label: Callable[[], str]  # the human name: "Word"
    menu_text: Callable[[], str]  # the export menu's item, with its accelerator
    dialog_title: Callable[[], str]  # the save dialog's title
    file_filter: Callable[[], str]  # the save dialog's filter: "Word-bestanden (*.docx)"
    shortcut: str = ""  # the menu item's key: "Ctrl+E"
    menu_position: int = 100  # where the item stands among the exports; a tie keeps this order
    carries_files: bool = False  # whether the document holds embedded files (the exchange file)
    typeset: bool = False  # whether Typst sets it, from the `*.typ.j2` templates

    def write_function(self) -> WriteFunction:
        """The module's `write`; importing it loads the libraries of this format only."""
        write: WriteFunction = importlib.import_module(self.module).write
        return write


_PACKAGE = "igj_afwijken.rendering"

# The registry, in the command line's order. Both PDFs carry the dossier's exchange file inside
# them, so `import` can read them back; "pdfa" is PDF/A-3b for the archive.
WRITERS: tuple[Writer, ...] = (
    Writer(
        "html",
        ".html",
        f"{_PACKAGE}.html_writer",
        label=lambda: i18n.translate("rendering", "HTML"),
        menu_text=lambda: i18n.translate("rendering", "Exporteren als &HTML…"),
        dialog_title=lambda: i18n.translate("rendering", "Document opslaan als HTML"),
        file_filter=lambda: i18n.translate("rendering", "Webpagina's (*.html)"),
        menu_position=4,
    ),
    Writer(
        "pdf",
        ".pdf",
        f"{_PACKAGE}.pdf_writer",
        label=lambda: i18n.translate("rendering", "PDF"),
        menu_text=lambda: i18n.translate("rendering", "Exporteren als &PDF…"),
        dialog_title=lambda: i18n.translate("rendering", "Document opslaan als PDF"),
        file_filter=lambda: i18n.translate("rendering", "PDF-bestanden (*.pdf)"),
        shortcut="Ctrl+E",
        menu_position=1,
        carries_files=True,
        typeset=True,
    ),
    Writer(
        "pdfa",
        ".pdf",
        f"{_PACKAGE}.pdf_writer",
        label=lambda: i18n.translate("rendering", "PDF/A voor het archief"),
        menu_text=lambda: i18n.translate("rendering", "Exporteren als PDF/A voor het a&rchief…"),
        dialog_title=lambda: i18n.translate(
            "rendering", "Document opslaan als PDF/A voor het archief"
        ),
        file_filter=lambda: i18n.translate("rendering", "PDF-bestanden (*.pdf)"),
        menu_position=2,
        carries_files=True,
        typeset=True,
    ),
    Writer(
        "docx",
        ".docx",
        f"{_PACKAGE}.docx_writer",
        label=lambda: i18n.translate("rendering", "Word"),
        menu_text=lambda: i18n.translate("rendering", "Exporteren als &Word…"),
        dialog_title=lambda: i18n.translate("rendering", "Document opslaan als Word-bestand"),
        file_filter=lambda: i18n.translate("rendering", "Word-bestanden (*.docx)"),
        menu_position=3,
    ),
    Writer(
        "md",
        ".md",
        f"{_PACKAGE}.markdown_writer",
        label=lambda: i18n.translate("rendering", "Markdown"),
        menu_text=lambda: i18n.translate("rendering", "Exporteren als &Markdown…"),
        dialog_title=lambda: i18n.translate("rendering", "Document opslaan als Markdown"),
        file_filter=lambda: i18n.translate("rendering", "Markdown-bestanden (*.md)"),
        menu_position=5,
    ),
)


def format_names() -> tuple[str, ...]:
    """The names of the formats, in the registry's order: html, pdf, pdfa, docx, md."""
    return tuple(writer.name for writer in WRITERS)


def writer(name: str) -> Writer:
    """The format of this name; ValueError for one the program cannot write."""
    for entry in WRITERS:
        if entry.name == name:
            return entry
    raise ValueError(f"unknown output format {name!r}")


def writer_for_suffix(suffix: str) -> Writer | None:
    """The first format whose files end in `suffix` (".pdf" is "pdf", not "pdfa"), or the one
    named as the suffix without its dot; None when there is none. Case does not count."""
    suffix = suffix.lower()
    for entry in WRITERS:
        if entry.suffix == suffix:
            return entry
    for entry in WRITERS:
        if entry.name == suffix.lstrip("."):
            return entry
    return None


def menu_writers() -> list[Writer]:
    """The formats in the order of the window's export menu: PDF, PDF/A, Word, HTML, Markdown."""
    return sorted(WRITERS, key=lambda entry: entry.menu_position)
