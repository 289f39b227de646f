"""The main window: the register and the dossier editor, the status bar, and closing.

Its commands are done by its parts: menus, dossiers, files, documents and program."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken import APP_NAME
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.evaluations_due import due_evaluations
from igj_afwijken.domain.model import Dossier
from igj_afwijken.examples import DEFAULT_EXAMPLE, example_files
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.autosave import Autosaver, SaveState
from igj_afwijken.gui.document_actions import DocumentActions
from igj_afwijken.gui.dossier_actions import DossierActions
from igj_afwijken.gui.due_notice import DueNotice
from igj_afwijken.gui.file_actions import FileActions
from igj_afwijken.gui.home import HomePage
from igj_afwijken.gui.menus import WindowMenus
from igj_afwijken.gui.program_actions import ProgramActions
from igj_afwijken.gui.saved_file_note import SavedFileNote
from igj_afwijken.gui.server_watch import ServerWatch
from igj_afwijken.gui.settings import AppSettings
from igj_afwijken.gui.store_check import StoreCheck
from igj_afwijken.gui.take_along_actions import TakeAlongActions
from igj_afwijken.gui.text_size import apply_text_scale
from igj_afwijken.gui.waiting_changes import WaitingChanges
from igj_afwijken.gui.widgets import problem_style
from igj_afwijken.services.dossiers import (
    BackupError,
    DamagedStoreError,
    DossierStore,
    OrganisationStore,
    RegisterOrder,
    StoreError,
    SummaryRows,
    UnknownDossier,
    UnreadableDossier,
    is_network_folder,
    make_backup,
    open_organisation_register,
    open_register,
)

if TYPE_CHECKING:
    from igj_afwijken.gui.editor import DossierEditor

# The editor, the documents (Jinja, Markdown, printing) and the dialogs load when first used:
# the window then opens on its register about twice as fast.

DUE_WINDOW_DAYS = 30


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, catalogue: Catalogue) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.catalogue = catalogue
        self.settings = AppSettings(data_dir)
        # the organisation store when one is chosen under Instellingen and can be reached;
        # else the data folder on this computer, and the window says why
        self.store_address = self.settings.organisation_store()
        self.repository, server_problem = self._open_repository(catalogue)
        self.autosaver = Autosaver(data_dir, self, self.store_address)
        self._closed = False
        self.restart_requested = False  # set when a backup was put back: open a fresh window
        self.restart_language = ""  # set when the language changed: open a window speaking it
        self.keep_backup: Path | None = None  # a backup about to be put back
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 520)
        apply_text_scale(cast(QApplication, QApplication.instance()), self.settings.text_scale())

        self.examples = example_files()
        # The window's parts do its commands; the menus' actions call the others, so come last.
        self.dossiers = DossierActions(self)
        self.files = FileActions(self)
        self.documents = DocumentActions(self)
        self.program = ProgramActions(self)
        self.take_along = TakeAlongActions(self)
        self.waiting = WaitingChanges(self)
        self.menus = WindowMenus(self)
        self.home = HomePage(catalogue, self.examples)
        self._editor: DossierEditor | None = None
        self.central = QStackedWidget()
        self.central.addWidget(self.home)
        self.due_notice = DueNotice()
        self.due_notice.dossierRequested.connect(self.open_dossier)
        frame = QWidget()
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(0)
        frame_layout.addWidget(self.due_notice)
        frame_layout.addWidget(self.central, 1)
        self.setCentralWidget(frame)
        self.today: Callable[[], date] = date.today  # tests set a fixed day
        self.save_state = QLabel()
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state.setAccessibleName(self.tr("Opslaan"))
        self.statusBar().addPermanentWidget(self.save_state)
        self.saved_file_note = SavedFileNote()
        self.statusBar().addWidget(self.saved_file_note, 1)
        if self.on_server:
            where = QLabel(self.tr("Organisatieregister"))
            where.setToolTip(self.store_address)
            where.setAccessibleName(self.tr("Waar de afwijkingen staan"))
            self.statusBar().addPermanentWidget(where)

        self.home.newRequested.connect(self.dossiers.new_dossier)
        self.home.exampleRequested.connect(self.dossiers.open_example)
        self.home.filterChanged.connect(self.refresh_home)
        self.home.openRequested.connect(self.open_dossier)
        self.home.duplicateRequested.connect(self.dossiers.duplicate_dossier)
        self.home.adoptRequested.connect(self.adopt_dossier)
        self.home.deleteRequested.connect(self.dossiers.delete_dossier)
        self.home.restoreRequested.connect(self.dossiers.restore_dossier)
        self.home.purgeRequested.connect(self.dossiers.purge_dossier)
        self.home.undoDeleteRequested.connect(self.dossiers.restore_dossier)
        self.home.binToggled.connect(lambda _: self.show_home())
        self.autosaver.stateChanged.connect(self._save_state_changed)
        self._save_state_changed(SaveState.SAVED, "")

        self._restore_layout()
        self._restore_session()
        if server_problem:
            QTimer.singleShot(0, lambda: self._say_server_unreachable(server_problem))
        self._changed_elsewhere: set[str] = set()
        self._take_in_timer = QTimer(self, singleShot=True, interval=300)
        self._take_in_timer.timeout.connect(self._take_in_changes_elsewhere)
        self.server_watch: ServerWatch | None = None
        if self.on_server:
            self.server_watch = ServerWatch(self.store_address, self)
            self.server_watch.changed.connect(self._changed_on_server)
            QTimer.singleShot(0, self.waiting.write_earlier)

    def _changed_on_server(self, dossier_id: str, process: int) -> None:
        """Another window saved: the register and the open dossier follow, once it settles."""
        if self._closed:
            return
        stores = (self.repository, self.autosaver.repository)
        if process in {cast(OrganisationStore, store).process_id for store in stores}:
            return  # this window's own save
        self._changed_elsewhere.add(dossier_id)
        self._take_in_timer.start()

    def _take_in_changes_elsewhere(self) -> None:
        if self._closed:
            return
        changed, self._changed_elsewhere = self._changed_elsewhere, set()
        dossier = self.editor_dossier()
        if self.editing() and dossier is not None and dossier.id in changed:
            # taken away or out of reach: the register says so when it is shown
            with suppress(StoreError, UnknownDossier):
                self.editor.take_in_others(self.repository.get(dossier.id))
            self.take_along.show_state()  # taken along or brought back meanwhile
            self.menus.update_state()
        if self.central.currentWidget() is self.home:
            self.refresh_home()

    @property
    def on_server(self) -> bool:
        """Whether the window works in the organisation store (not the data folder)."""
        return bool(self.store_address)

    def _open_repository(self, catalogue: Catalogue) -> tuple[DossierStore, str]:
        """The register's store, and why the organisation store could not be opened ("")."""
        if self.store_address:
            try:
                return open_organisation_register(self.store_address, catalogue), ""
            except StoreError as error:  # ServerError too: the server cannot be reached
                self.store_address = ""
                return open_register(self.data_dir, catalogue), str(error)
        return open_register(self.data_dir, catalogue), ""

    def _say_server_unreachable(self, problem: str) -> None:
        dialogs.warn(
            self,
            self.tr("Organisatieregister niet bereikbaar"),
            problem
            + "\n\n"
            + self.tr(
                "U werkt nu in de gegevensmap op deze computer. Bij de volgende start probeert "
                "het programma het organisatieregister opnieuw."
            ),
        )

    # -- the editor ----------------------------------------------------------------------------

    @property
    def editor(self) -> DossierEditor:
        """The dossier editor, built when a dossier is first opened."""
        if self._editor is None:
            self._editor = self._build_editor()
        return self._editor

    def built_editor(self) -> DossierEditor | None:
        """The dossier editor if it was built, without building it."""
        return self._editor

    def _build_editor(self) -> DossierEditor:
        from igj_afwijken.gui.editor import DossierEditor
        from igj_afwijken.gui.spelling import Spelling

        self.spelling = Spelling(self.data_dir, self)
        self.spelling.problem.connect(self.statusBar().showMessage)
        editor = DossierEditor(
            self.catalogue,
            self.autosaver,
            self.menus.document_actions(),
            adopt_action=self.menus.adopt_action,
            spelling=self.spelling,
        )
        editor.render_options = self.documents.render_options
        editor.read_stored = self.repository.get
        editor.documentShown.connect(self.documents.reload_render_options)
        editor.titleChanged.connect(self._update_title)
        editor.lawGateChanged.connect(lambda _blocked: self.menus.update_state())
        editor.stepChanged.connect(self._step_changed)
        self.central.addWidget(editor)
        splitter = self.settings.splitter_state("editor")
        if splitter is not None:
            editor.splitter.restoreState(splitter)
        editor.set_preview_visible(self.menus.preview_action.isChecked())
        editor.set_guidance_visible(self.menus.guidance_action.isChecked())
        self.program.suggest_locations(editor)
        return editor

    def editing(self) -> bool:
        """Whether the editor is shown (and not the register)."""
        return self._editor is not None and self.central.currentWidget() is self._editor

    def editor_dossier(self) -> Dossier | None:
        """The dossier in the editor, also while the register is shown; None before any."""
        return self._editor.dossier if self._editor is not None else None

    def take_in_edits(self) -> None:
        """Hand what is being typed to the autosaver."""
        if self._editor is not None:
            self._editor.take_in_everything()

    # -- the screens ---------------------------------------------------------------------------

    def show_home(self) -> None:
        if self.editing():
            self.take_in_edits()
            self.autosaver.flush()
        self.central.setCurrentWidget(self.home)
        self.settings.set_last_dossier("")
        self.refresh_home()
        self._update_title()
        self.menus.update_state()
        self.home.table.setFocus()

    def show_bin(self) -> None:
        self.home.bin_button.setChecked(True)
        self.show_home()

    def refresh_home(self) -> None:
        in_bin = self.home.in_bin
        narrow = self.home.register_filter()
        repository = self.repository
        try:
            self.home.set_locations(repository.locations())
            anything_stored = repository.anything_stored()
        except DamagedStoreError:  # the window offers a backup for that
            raise
        except StoreError:  # the organisation server away: the register says so (below)
            anything_stored = True
        search = narrow.search

        def rows(order: RegisterOrder) -> SummaryRows:
            return repository.register_rows(deleted=in_bin, narrow=narrow, order=order)

        excerpts_of = (
            (lambda dossier_ids: repository.search_excerpts(dossier_ids, search))
            if narrow.searches_text
            else None
        )
        self.home.show_rows(rows, in_bin, anything_stored, excerpts_of)
        self.show_due_evaluations()
        self.menus.update_state()
        self.when_painted(self._prepare_search)

    def _prepare_search(self) -> None:
        if not self._closed:
            self.repository.prepare_search()

    def when_painted(self, action: Callable[[], object]) -> None:
        """Do `action` once the window has first painted itself (at once when it has), or a
        second after being asked if it has not by then. Work beside the window (the check of
        the whole store, reading the search index's words) then does not compete with its
        start for the processor: it made a start with 10,000 dossiers 30 ms slower."""
        if self._painted:
            action()
            return
        self._after_paint.append(action)
        QTimer.singleShot(1000, self, self._do_after_paint)

    def _do_after_paint(self) -> None:
        actions, self._after_paint = self._after_paint, []
        if self._closed:  # closed before it painted: nothing to work beside any more
            return
        for action in actions:
            action()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._do_after_paint)  # once this paint is on the screen

    def show_due_evaluations(self) -> None:
        """Name the evaluations that are overdue or due within 30 days, across all dossiers."""
        today = self.today()
        try:
            rows = self.repository.due_rows(today + timedelta(days=DUE_WINDOW_DAYS))
        except DamagedStoreError:
            raise
        except StoreError:  # the organisation server away: the notice stays as it was
            return
        self.due_notice.show_due(due_evaluations(rows, today, DUE_WINDOW_DAYS))

    def open_dossier(self, dossier_id: str) -> bool:
        self.take_in_edits()
        self.autosaver.flush()
        try:
            dossier = self.repository.get(dossier_id)
        except (UnknownDossier, UnreadableDossier) as error:
            dialogs.warn(self, self.tr("Openen mislukt"), str(error))
            return False
        self.home.hide_undo()
        self.central.setCurrentWidget(self.editor)
        self.editor.open(dossier, self.settings.step_of(dossier.id))
        self.autosaver.prepare(dossier.id)
        self.take_along.show_state()
        self.settings.set_last_dossier(dossier.id)
        self._update_title()
        self.menus.update_state()
        return True

    def check_store_in_background(self) -> StoreCheck:
        """Check the whole store beside the window (opening checked only its head after a clean
        close) and say so when it is damaged, with the way back to a good backup."""
        check = StoreCheck(self)
        check.damaged.connect(self._store_found_damaged)
        if not self.on_server and not is_network_folder(
            self.data_dir
        ):  # a long read there would hold up saving
            check.start(self.data_dir)
        return check

    def _store_found_damaged(self, damage: str) -> None:
        dialogs.warn(
            self,
            self.tr("Gegevens beschadigd"),
            damage
            + "\n\n"
            + self.tr(
                "Wat u nu typt, wordt nog opgeslagen waar dat kan. Zet zo snel mogelijk een "
                "reservekopie terug: Bestand → Back-up terugzetten."
            ),
        )

    def adopt_dossier(self, dossier_id: str) -> None:
        """From the register: open the dossier at its Overview, where what is still open shows,
        and ask for the adoption."""
        if self.open_dossier(dossier_id):
            self.editor.go_to_step(len(self.catalogue.questions) + 1)
            self.dossiers.adopt_current()

    # Where making a dossier starts for many callers; DossierActions does it.
    def new_dossier(self) -> None:
        self.dossiers.new_dossier()

    def open_example(self, name: str = DEFAULT_EXAMPLE) -> None:
        self.dossiers.open_example(name)

    def _update_title(self, *_: object) -> None:
        dossier = self.editor_dossier()
        if self.editing() and dossier is not None:
            title = dossier.title or self.tr("(zonder titel)")
            self.setWindowTitle(f"{title} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)

    def _step_changed(self, step: int) -> None:
        if self.editor.dossier is not None:
            self.settings.set_step_of(self.editor.dossier.id, step)

    def _save_state_changed(self, state: SaveState, message: str) -> None:
        if self.on_server and state is SaveState.FAILED:
            self.waiting.saving_failed()  # kept on this computer until the server is back
        elif self.on_server and state is SaveState.SAVED:
            self.waiting.all_saved()
        if state is SaveState.SAVED:
            text, style = self.tr("Alles opgeslagen"), ""
        elif state is SaveState.PENDING:
            text, style = self.tr("Wordt opgeslagen…"), ""
        else:
            text = self.tr(
                "Opslaan mislukt: %1. Uw tekst blijft staan; het programma probeert het opnieuw."
            ).replace("%1", message)
            style = problem_style(self.save_state.palette())
        self.save_state.setText(text)
        self.save_state.setStyleSheet(style)
        self.save_state.setToolTip(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    # -- layout, session and closing -----------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(
                min(1320, int(available.width() * 0.92)), min(860, int(available.height() * 0.9))
            )
        self.menus.preview_action.setChecked(self.settings.preview_visible())
        self.menus.guidance_action.setChecked(self.settings.guidance_visible())

    def _restore_session(self) -> None:
        last = self.settings.last_dossier()
        if not (last and self.repository.is_active(last) and self.open_dossier(last)):
            self.show_home()
        self.show_due_evaluations()  # also when the session reopens a dossier

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed or self.shut_down():
            event.accept()
        else:
            event.ignore()

    def shut_down(self) -> bool:
        """Save everything, back up the store if anything changed, and close it; False if the
        user chose to stay because something could not be saved."""
        self.take_in_edits()
        saved = self.autosaver.flush()
        if not saved and self.on_server and self.waiting.keep():
            dialogs.inform(
                self,
                self.tr("Wijzigingen wachten op de server"),
                self.tr(
                    "De laatste wijzigingen konden nog niet worden opgeslagen: %1\n\nZe zijn op "
                    "deze computer bewaard, en worden opgeslagen zodra u het programma weer "
                    "opent en de organisatieserver bereikbaar is."
                ).replace("%1", self.autosaver.error),
            )
        elif not saved and not dialogs.confirm(
            self,
            self.tr("Niet alles is opgeslagen"),
            self.tr(
                "De laatste wijzigingen konden niet worden opgeslagen: %1\n\nAls u nu "
                "afsluit, gaan ze verloren. Toch afsluiten?"
            ).replace("%1", self.autosaver.error),
            self.tr("Toch afsluiten"),
        ):
            return False
        self.settings.set_window_geometry(self.saveGeometry())
        if self._editor is not None:
            self.settings.set_splitter_state("editor", self._editor.splitter.saveState())
            self._editor.stop_refreshing()
        self.settings.sync()
        changed = self.repository.made_changes or self.autosaver.made_changes
        self.home.stop_filtering()
        if self.server_watch is not None:
            self.server_watch.stop()
        self.waiting.stop()
        self.autosaver.close()
        if changed and not self.on_server:  # the server's administrator backs that one up
            try:
                make_backup(self.repository, self.data_dir, "afsluiten", keep=self.keep_backup)
            except BackupError as error:
                dialogs.warn(self, self.tr("Geen reservekopie"), str(error))
        self.repository.close()
        self._closed = True
        return True
