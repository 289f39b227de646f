"""The Bijlagen panel on the Start step: files kept with the dossier, such as the client
council's advice letter, added, opened, saved elsewhere and removed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.attachments import hides_its_type, opens_safely
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Attachment, Dossier, utc_now
from igj_afwijken.domain.text import long_date
from igj_afwijken.errors import explain
from igj_afwijken.fileio import write_atomic
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.attachment_files import (
    fill_in,
    format_size,
    misleading_name_warning,
    not_a_document_warning,
    open_with_system,
    safe_file_name,
    temporary_copy,
)
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.read_only import READING_ONLY
from igj_afwijken.gui.widgets import explanation

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # attachments travel inside the exchange file
# All of a dossier's attachments together, so its exchange file (base64 adds a third) stays
# well under the size an import accepts.
MAX_TOTAL_BYTES = 25 * 1024 * 1024


def _reason(error: OSError) -> str:
    """Why a file could not be used, in words a user understands."""
    return explain(error)


class AttachmentTable(QTableWidget):
    """The list of attachments: Enter opens the chosen one, Delete removes it."""

    def __init__(self, panel: AttachmentsPanel) -> None:
        super().__init__(0, 3)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.open_current()
        elif event.key() == Qt.Key.Key_Delete:
            self._panel.remove_current()
        else:
            super().keyPressEvent(event)


class AttachmentsPanel(DossierPanel):
    """The files kept with the dossier. Every change replaces `dossier.attachments` whole and
    emits `edited("attachments")`."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bijlagen"), catalogue, parent)
        self._folder = str(Path.home())  # where the file choosers start

        self.table = AttachmentTable(self)
        self.table.setObjectName("table:attachments")
        self.table.setAccessibleName(self.tr("Bijlagen"))
        self.table.setAccessibleDescription(
            self.tr("Enter opent de gekozen bijlage, Delete verwijdert haar.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Grootte"), self.tr("Toegevoegd")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = explanation(self.tr("Nog geen bijlagen."))
        self.empty.setObjectName("empty:attachments")

        self.add_button = QPushButton(self.tr("Bijlage toevoegen…"))
        self.add_button.setAccessibleName(self.tr("Bijlage toevoegen"))
        self.add_button.setToolTip(
            self.tr("Kies een bestand van ten hoogste 10 MB, of sleep bestanden naar deze lijst.")
        )
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setAccessibleName(self.tr("Gekozen bijlage openen"))
        self.open_button.setToolTip(
            self.tr("Opent een kopie; wijzigingen daarin worden niet in het dossier bewaard.")
        )
        self.save_button = QPushButton(self.tr("Opslaan als…"))
        self.save_button.setAccessibleName(self.tr("Gekozen bijlage opslaan als"))
        self.save_button.setToolTip(self.tr("Bewaar een kopie van de bijlage op uw computer."))
        for button in (self.open_button, self.save_button):
            button.setProperty(READING_ONLY, True)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setAccessibleName(self.tr("Gekozen bijlage verwijderen"))
        self.remove_button.setToolTip(self.tr("Gekozen bijlage verwijderen"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(explanation(self.tr(
            "Bijvoorbeeld de adviesbrief van de cliëntenraad of een risicoanalyse. De bestanden "
            "worden in het programma bewaard en gaan mee in het uitwisselbestand."
        )))  # fmt: skip
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self.add_dialog)
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_current())
        self._fill()

    # -- showing ------------------------------------------------------------------------------

    @property
    def attachments(self) -> tuple[Attachment, ...]:
        return self.dossier.attachments if self.dossier is not None else ()

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self._fill()

    def focus_part(self, part: str) -> QWidget | None:
        if part == "attachments":
            return self.table if self.attachments else self.add_button
        return None

    def current(self) -> Attachment | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.attachments):
            return None
        return self.attachments[row]

    def _fill(self, select: int | None = None) -> None:
        table = self.table
        table.clearContents()
        table.setRowCount(len(self.attachments))
        for row, attachment in enumerate(self.attachments):
            name = QTableWidgetItem(attachment.name)
            name.setToolTip(attachment.name)
            if not opens_safely(attachment.name):
                name.setText(f"⚠ {attachment.name}")
                name.setToolTip(not_a_document_warning(attachment.name))
            size = QTableWidgetItem(format_size(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            added = QTableWidgetItem(long_date(attachment.added_at))
            for column, item in enumerate((name, size, added)):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        self._fit_height()
        table.setVisible(bool(self.attachments))
        self.empty.setVisible(not self.attachments)
        if self.attachments:  # a row is always chosen, so the buttons and Enter work at once
            table.setCurrentCell(max(0, min(select or 0, len(self.attachments) - 1)), 0)
        self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its rows: the page scrolls, never the table."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
        self.add_button.setEnabled(self.dossier is not None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    # -- adding -------------------------------------------------------------------------------

    def add_dialog(self) -> None:
        path = dialogs.open_file_path(
            self, self.tr("Bijlage toevoegen"), self._folder, self.tr("Alle bestanden (*)")
        )
        if path:
            self._folder = str(Path(path).parent)
            self.add_files([Path(path)])

    def add_files(self, paths: list[Path]) -> None:
        """Add files to the dossier; refused files are named in one warning, files already
        attached in one notice."""
        if self.dossier is None:
            return
        added: list[Attachment] = []
        problems: list[str] = []
        already: list[str] = []
        known = {a.sha256: a.name for a in self.attachments}
        for path in paths:
            content, problem = self._read(path)
            if content is None:
                problems.append(problem)
                continue
            total = sum(a.size for a in (*self.attachments, *added)) + len(content)
            if total > MAX_TOTAL_BYTES:
                problems.append(
                    fill_in(
                        self.tr(
                            "%1 past er niet meer bij: samen mogen de bijlagen van een afwijking "
                            "niet groter zijn dan %2."
                        ),
                        path.name,
                        format_size(MAX_TOTAL_BYTES),
                    )
                )
                continue
            digest = hashlib.sha256(content).hexdigest()
            if digest in known:
                already.append(
                    fill_in(self.tr("%1 is al toegevoegd als “%2”."), path.name, known[digest])
                )
                continue
            known[digest] = path.name
            added.append(
                Attachment(name=path.name, content=content, sha256=digest, added_at=utc_now())
            )
        if added:
            self.dossier.attachments = (*self.dossier.attachments, *added)
            self._fill(select=len(self.dossier.attachments) - 1)
            self.edited.emit("attachments")
            problems += [misleading_name_warning(a.name) for a in added if hides_its_type(a.name)]
        if problems:
            dialogs.warn(self, self.tr("Bijlage niet toegevoegd"), "\n\n".join(problems))
        if already:
            dialogs.inform(self, self.tr("Bijlage al aanwezig"), "\n\n".join(already))

    def _read(self, path: Path) -> tuple[bytes | None, str]:
        """The file's bytes, or None and why it cannot be attached."""
        too_big = fill_in(
            self.tr(
                "%1 is groter dan %2. Zo'n groot bestand kan niet mee in het uitwisselbestand; "
                "bewaar het ergens anders en verwijs ernaar in de tekst."
            ),
            path.name,
            format_size(MAX_ATTACHMENT_BYTES),
        )
        try:
            if path.is_dir():
                return None, self.tr(
                    "%1 is een map. Kies een bestand, of voeg de bestanden uit de map "
                    "een voor een toe."
                ).replace("%1", path.name)
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                return None, too_big
            with path.open("rb") as handle:
                content = handle.read(MAX_ATTACHMENT_BYTES + 1)  # the file may have grown
        except OSError as error:
            return None, fill_in(
                self.tr("%1 kon niet worden gelezen (%2)."), path.name or str(path), _reason(error)
            )
        if len(content) > MAX_ATTACHMENT_BYTES:
            return None, too_big
        return content, ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dossier is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self.dossier is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(files)

    # -- using --------------------------------------------------------------------------------

    def open_current(self) -> None:
        """Open a document or picture with the system's program for it; anything else (a
        program, a script, a name that hides its type) is only offered to be saved."""
        attachment = self.current()
        if attachment is None:
            return
        if not opens_safely(attachment.name):
            if dialogs.confirm(
                self,
                self.tr("Bijlage niet geopend"),
                not_a_document_warning(attachment.name)
                + "\n\n"
                + self.tr(
                    "Wilt u het bestand opslaan, om het zelf te bekijken als u het vertrouwt?"
                ),
                self.tr("Opslaan als…"),
            ):
                self.save_current()
            return
        try:
            target = temporary_copy(attachment)
        except OSError as error:
            dialogs.warn(
                self,
                self.tr("Bijlage niet geopend"),
                self.tr("De bijlage kon niet worden klaargezet om te openen (%1).").replace(
                    "%1", _reason(error)
                ),
            )
            return
        if not open_with_system(target):
            dialogs.warn(
                self,
                self.tr("Bijlage niet geopend"),
                self.tr(
                    "Er is geen programma gevonden dat “%1” kan openen. Gebruik “Opslaan als…” "
                    "en open het bestand daarna zelf."
                ).replace("%1", attachment.name),
            )

    def save_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        path = dialogs.save_file_path(
            self,
            self.tr("Bijlage opslaan als"),
            str(Path(self._folder) / safe_file_name(attachment.name)),
            self.tr("Alle bestanden (*)"),
        )
        if not path:
            return
        output = Path(path)
        try:
            write_atomic(output, attachment.content)
        except OSError as error:
            dialogs.warn(
                self,
                self.tr("Opslaan mislukt"),
                fill_in(
                    self.tr("%1 kon niet worden opgeslagen (%2)."), str(output), _reason(error)
                ),
            )
            return
        self._folder = str(output.parent)

    def remove_current(self) -> None:
        attachment = self.current()
        if attachment is None or self.dossier is None:
            return
        question = self.tr(
            "Bijlage “%1” uit het dossier verwijderen? Het bestand op uw computer blijft bestaan."
        ).replace("%1", attachment.name)
        if not dialogs.confirm(
            self, self.tr("Bijlage verwijderen"), question, self.tr("Verwijderen")
        ):
            return
        row = self.table.currentRow()
        self.dossier.attachments = tuple(
            a for a in self.dossier.attachments if a.id != attachment.id
        )
        self._fill(select=row)
        self.edited.emit("attachments")
        target = self.table if self.attachments else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
