"""Files in and out of the window: import, drag and drop, recent files and the exchange file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent

from igj_afwijken.domain.model import Dossier
from igj_afwijken.errors import explain
from igj_afwijken.formats import exchange
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.widgets import tr
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.services.dossiers import (
    DATABASE_ERRORS,
    export_exchange_file,
    import_exchange_file,
)

IMPORTABLE_SUFFIXES = (exchange.FILE_SUFFIX, ".pdf")  # a PDF of ours carries its dossier
_BETWEEN_PARTS = re.compile(r"\s*[:|]+\s*")  # "Titel: deel" reads as "Titel - deel"
_SLASHES = re.compile(r"\s*[\\/]+\s*")  # "dag/nacht" as "dag-nacht"
_REFUSED = re.compile(r'[*?"<>\x00-\x1f\x7f]+')  # characters Windows refuses in a name


def readable_file_name(text: str, longest: int = 120) -> str:
    """A file name a person would type for `text`: parts kept apart by " - " or "-" where the
    text had a colon or slash, nothing Windows refuses, single spaces, no dot or space at the
    ends."""
    name = _BETWEEN_PARTS.sub(" - ", text)
    name = _SLASHES.sub("-", name)
    name = " ".join(_REFUSED.sub(" ", name).split())
    return name[:longest].strip(" .-") or tr("document")


class FileActions(WindowPart):
    """Import, export to an exchange file, recent files, and files dropped on the window."""

    # -- import ------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        path = dialogs.open_file_path(
            self.window,
            self.tr("Afwijking importeren"),
            self.window.settings.last_folder(),
            self.tr("Uitwisselbestanden en PDF's van IGJ Afwijken (*.json *.pdf)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Take in the dossier of an exchange file or a PDF of ours and open it; False (after
        saying why) when nothing was taken in."""
        window = self.window
        try:
            imported = import_exchange_file(window.repository, path)
        except exchange.ExchangeError as error:
            dialogs.warn(window, self.tr("Importeren mislukt"), str(error))
            return False
        except DATABASE_ERRORS as error:  # nothing was kept: the import is one transaction
            dialogs.warn(
                window,
                self.tr("Importeren mislukt"),
                self.tr("%1 kon niet worden opgeslagen: %2. Er is niets half ingelezen.")
                .replace("%1", path.name)
                .replace("%2", explain(error)),
            )
            return False
        window.settings.set_last_folder(str(path.parent))
        window.settings.add_recent_file(str(path))
        window.open_dossier(imported.id)
        self.say(self.tr("Ingelezen: %1").replace("%1", path.name), 6000)
        from igj_afwijken.gui.attachment_files import misleading_name_warning

        warnings = [misleading_name_warning(a.name) for a in imported.misleading_attachments]
        if warnings:
            dialogs.warn(window, self.tr("Let op de bijlagen"), "\n\n".join(warnings))
        return True

    def open_recent(self, path: str) -> None:
        """An exchange file is imported again; another file opens in its own program."""
        file = Path(path)
        if not file.exists():
            self.window.settings.remove_recent_file(path)
            dialogs.warn(
                self.window,
                self.tr("Bestand niet gevonden"),
                self.tr("%1 bestaat niet meer; het is uit de lijst gehaald.").replace("%1", path),
            )
            return
        if file.suffix.lower() == exchange.FILE_SUFFIX:
            self.import_file(file)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(file)))

    # -- drag and drop -----------------------------------------------------------------------

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        for file in files:
            if file.suffix.lower() not in IMPORTABLE_SUFFIXES:
                dialogs.warn(
                    self.window,
                    self.tr("Importeren mislukt"),
                    self.tr(
                        "%1 is geen uitwisselbestand. Alleen .json-bestanden en PDF's van "
                        "IGJ Afwijken kunnen worden ingelezen."
                    ).replace("%1", file.name),
                )
                continue
            self.import_file(file)

    # -- export ------------------------------------------------------------------------------

    def current_dossier(self) -> Dossier | None:
        """The open dossier with what is being typed taken in; None before any was opened."""
        self.window.take_in_edits()
        return self.window.editor_dossier()

    def export_exchange(self) -> None:
        dossier = self.current_dossier()
        if dossier is None:
            return
        output = self.ask_output(
            self.tr("Uitwisselbestand opslaan"),
            self.tr("Afwijking"),
            exchange.FILE_SUFFIX,
            self.tr("Uitwisselbestanden (*.json)"),
        )
        if output is None:
            return
        try:
            export_exchange_file(dossier, output)
        except OSError as error:
            dialogs.warn(self.window, self.tr("Opslaan mislukt"), self.file_error(output, error))
            return
        self.window.settings.add_recent_file(str(output))
        self.say_saved(output, self.tr("Opgeslagen: %1").replace("%1", output.name))

    def suggested_path(self, prefix: str, suffix: str) -> str:
        """A file name from `prefix` and the open dossier's title, in the last folder used."""
        dossier = self.window.editor_dossier()
        title = dossier.title if dossier else ""
        name = readable_file_name(f"{prefix} {title}")
        return str(Path(self.window.settings.last_folder()) / f"{name}{suffix}")

    def ask_output(self, title: str, prefix: str, suffix: str, file_filter: str) -> Path | None:
        """Where to save; None when the user cancels. The folder is remembered."""
        path = dialogs.save_file_path(
            self.window, title, self.suggested_path(prefix, suffix), file_filter
        )
        if not path:
            return None
        output = Path(path)
        if not output.suffix:
            output = output.with_suffix(suffix)
        self.window.settings.set_last_folder(str(output.parent))
        return output

    def file_error(self, output: Path, error: OSError) -> str:
        return (
            self.tr(
                "%1 kon niet worden opgeslagen: %2. Een eerder bestand met die naam is niet aangeraakt."
            )
            .replace("%1", str(output))
            .replace("%2", explain(error))
        )
