"""Documents from the window: print, export, the bundle for a visit, and the house style."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from igj_afwijken.domain.readiness import LawGateError
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.rendering import writers

if TYPE_CHECKING:
    from igj_afwijken.gui.main_window import MainWindow
    from igj_afwijken.rendering.house_style import HouseStyle

# Jinja, Markdown and the printing support load when a document is first made, not at start.


def paint_svg_pages(printer, pages: tuple[bytes, ...]) -> None:  # noqa: ANN001 (a QPrinter)
    """Each SVG page on a page of the printer, in vectors, filling the paper as on the PDF."""
    from PySide6.QtCore import QByteArray, QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter
    from PySide6.QtSvg import QSvgRenderer

    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be painted on")
    try:
        paper = QRectF(printer.paperRect(printer.Unit.DevicePixel))
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            QSvgRenderer(QByteArray(page)).render(
                painter, QRectF(0, 0, paper.width(), paper.height())
            )
    finally:
        painter.end()


class DocumentActions(WindowPart):
    """Print and export the open dossier's document, make a bundle, edit the house style."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._render_cache: dict | None = None

    # -- print and export ------------------------------------------------------------------

    def print_document(self) -> None:
        """Print the open dossier's document, exactly the pages of its PDF."""
        self._print(dialogs.print_pages)

    def print_preview(self) -> None:
        """Show every page of the document as it will print, with the printer's own settings."""
        self._print(dialogs.print_preview)

    def _print(self, show) -> None:  # noqa: ANN001 (one of the dialogs' printing functions)
        from igj_afwijken.rendering.templating import TemplateError, user_templates_dir
        from igj_afwijken.services.documents import printable_document

        window = self.window
        dossier = window.files.current_dossier()
        if dossier is None:
            return
        try:
            with dialogs.busy():
                printable = printable_document(
                    dossier,
                    window.catalogue,
                    window.editor.document_page.current_template(),
                    user_dir=user_templates_dir(window.data_dir),
                    house=self.house_style(),
                )
        except (LawGateError, TemplateError) as error:
            dialogs.warn(window, self.tr("Geen document gemaakt"), str(error))
            return

        def paint(printer) -> None:  # a QPrinter
            printer.setDocName(printable.title)
            paint_svg_pages(printer, printable.pages.pages)
            if printer.outputFileName() and show is dialogs.print_pages:  # printed to a file
                output = Path(printer.outputFileName())
                self.say_saved(output, self.tr("Afgedrukt naar %1").replace("%1", output.name))

        show(window, paint)

    def export(self, output_format: str) -> None:
        """Save the open dossier's document in a registered format (rendering/writers.py),
        asking where with the format's own title and file filter."""
        from igj_afwijken.rendering.templating import TemplateError, user_templates_dir
        from igj_afwijken.services.documents import render_to_file

        writer = writers.writer(output_format)
        window, files = self.window, self.window.files
        dossier = files.current_dossier()
        if dossier is None:
            return
        page = window.editor.document_page
        output = files.ask_output(
            writer.dialog_title(), page.current_label(), writer.suffix, writer.file_filter()
        )
        if output is None:
            return
        try:
            render_to_file(
                dossier,
                window.catalogue,
                output,
                writer.name,
                page.current_template(),
                user_dir=user_templates_dir(window.data_dir),
                house=self.house_style(),
                embed_dossier=page.embeds_dossier(),
            )
        except (LawGateError, TemplateError) as error:
            dialogs.warn(window, self.tr("Geen document gemaakt"), str(error))
            return
        except OSError as error:
            dialogs.warn(window, self.tr("Opslaan mislukt"), files.file_error(output, error))
            return
        window.settings.add_recent_file(str(output))
        self.say_saved(output, self.tr("Opgeslagen: %1").replace("%1", output.name))

    # -- the bundle for a visit ------------------------------------------------------------

    def export_bundle(self) -> None:
        """All running justifications of a location (or of all) in one PDF for a visit; the
        concepts too when the user wants them, marked as such."""
        from igj_afwijken.rendering.bundle import BundleCancelled, NothingToBundle, write_bundle
        from igj_afwijken.rendering.templating import TemplateError
        from igj_afwijken.services.documents import bundle_choice

        window = self.window
        window.take_in_edits()
        window.autosaver.flush()
        everywhere = self.tr("Alle locaties")
        locations = window.repository.locations()
        location: str | None = everywhere
        if locations:
            location = dialogs.choose_item(
                window,
                self.tr("Bundel voor het inspectiebezoek"),
                self.tr("Van welke locatie?"),
                [everywhere, *locations],
            )
        if location is None:
            return
        place = "" if location == everywhere else location
        choice = bundle_choice(window.repository, place)
        with_concepts = bundle_choice(window.repository, place, with_concepts=True)
        concepts = len(with_concepts.dossiers) - len(choice.dossiers)
        if concepts and dialogs.confirm(
            window,
            self.tr("Ook concepten opnemen?"),
            self.tr(
                "%1 afwijking(en) zijn nog niet vastgesteld. Een bundel bevat normaal alleen "
                "lopende afwijkingen. Wilt u de concepten toch opnemen? Ze worden op elke "
                "pagina als concept gemarkeerd."
            ).replace("%1", str(concepts)),
            self.tr("Concepten opnemen"),
        ):
            choice = with_concepts
        if choice.unreadable:
            dialogs.warn(
                window,
                self.tr("Niet alles kan mee"),
                self.tr(
                    "Deze afwijkingen kunnen niet worden gelezen en komen niet in de bundel: %1. "
                    "Zet een reservekopie terug of verwijder ze."
                ).replace("%1", ", ".join(s.title for s in choice.unreadable)),
            )
        if not choice.dossiers:
            dialogs.inform(
                window,
                self.tr("Geen bundel gemaakt"),
                self.tr("Er zijn geen lopende afwijkingen om te bundelen."),
            )
            return
        output = window.files.ask_output(
            self.tr("Bundel opslaan als PDF"),
            self.tr("Bundel %1").replace("%1", place or self.tr("alle locaties")),
            ".pdf",
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if output is None:
            return
        progress = dialogs.progress(
            window, self.tr("De bundel wordt gemaakt…"), self.tr("Annuleren"), len(choice.dossiers)
        )
        try:
            result = write_bundle(
                output,
                choice.dossiers,
                window.catalogue,
                place,
                house=self.house_style(),
                progress=progress,
            )
        except BundleCancelled:
            self.say(self.tr("De bundel is niet gemaakt."), 6000)
            return
        except NothingToBundle as error:
            dialogs.inform(
                window,
                self.tr("Geen bundel gemaakt"),
                self.tr(
                    "Elke lopende afwijking hier wijkt af van een wet en heeft dus geen "
                    "verantwoording: %1. Van een wet mag niet worden afgeweken."
                ).replace("%1", ", ".join(error.skipped)),
            )
            return
        except (TemplateError, OSError) as error:
            dialogs.warn(window, self.tr("Opslaan mislukt"), str(error))
            return
        finally:
            progress.close()
        window.settings.add_recent_file(str(output))
        self.say_saved(
            output,
            self.tr("Bundel opgeslagen: %1 (%2 afwijkingen)")
            .replace("%1", output.name)
            .replace("%2", str(len(result.included))),
        )

    # -- what documents are made with ------------------------------------------------------

    def render_options(self) -> dict:
        """What the previews are made with: the organisation's templates and house style, read
        from disk once and again when the Document step opens or the house style is saved —
        not on every pause in typing."""
        if self._render_cache is None:
            return self.reload_render_options()
        return self._render_cache

    def reload_render_options(self) -> dict:
        from igj_afwijken.rendering.templating import template_names, user_templates_dir

        user_dir = user_templates_dir(self.window.data_dir)
        self.window.editor.document_page.set_templates(template_names(user_dir=user_dir))
        self._render_cache = {"user_dir": user_dir, "house": self.house_style()}
        return self._render_cache

    def house_style(self) -> HouseStyle:
        """The house style for a document; a broken one gives the default, said in the status bar."""
        from igj_afwijken.rendering.house_style import load_house_style

        return load_house_style(self.window.data_dir, report=lambda text: self.say(text, 12000))

    def edit_house_style(self) -> None:
        from igj_afwijken.gui import house_style_dialog

        window = self.window
        if house_style_dialog.edit_house_style(
            window, window.data_dir, window.settings.last_folder()
        ):
            self._render_cache = None
            editor = window.built_editor()
            if editor is not None:
                self.reload_render_options()
                editor.refresh()
            self.say(self.tr("De huisstijl is opgeslagen."), 6000)
