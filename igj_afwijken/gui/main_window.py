"""The main window: menus, the home screen, the dossier editor, import, export and print."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken import APP_NAME, i18n
from igj_afwijken.domain import lifecycle
from igj_afwijken.domain.attachments import hides_its_type
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.evaluations_due import due_evaluations
from igj_afwijken.domain.laws import deviates_from_law
from igj_afwijken.domain.model import Dossier, Person, new_dossier_id, utc_now
from igj_afwijken.domain.readiness import LawGateError, NotReadyError
from igj_afwijken.errors import explain
from igj_afwijken.examples import DEFAULT_EXAMPLE, example_files
from igj_afwijken.formats import exchange
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.autosave import Autosaver, SaveState
from igj_afwijken.gui.due_notice import DueNotice
from igj_afwijken.gui.home import HomePage
from igj_afwijken.gui.settings import AppSettings
from igj_afwijken.gui.steps import step_names
from igj_afwijken.gui.text_size import TEXT_SCALE_STEP, apply_text_scale
from igj_afwijken.gui.widgets import problem_style
from igj_afwijken.services.dossiers import (
    DATABASE_ERRORS,
    STORE_FAILURES,
    BackupError,
    UnknownDossier,
    UnreadableDossier,
    make_backup,
    open_register,
)

if TYPE_CHECKING:
    from igj_afwijken.gui.editor import DossierEditor
    from igj_afwijken.gui.settings_dialog import SettingsDialog
    from igj_afwijken.rendering.house_style import HouseStyle
    from igj_afwijken.services.dossiers import Backup

# The editor, the documents (Jinja, Markdown, printing) and the dialogs load when first used:
# the window then opens on its register about twice as fast.

DUE_WINDOW_DAYS = 30
IMPORTABLE_SUFFIXES = (exchange.FILE_SUFFIX, ".pdf")  # a PDF of ours carries its dossier
UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, catalogue: Catalogue) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.catalogue = catalogue
        self.settings = AppSettings(data_dir)
        self.repository = open_register(data_dir, catalogue)
        self.autosaver = Autosaver(data_dir, self)
        self._closed = False
        self.restart_requested = False  # set when a backup was put back: open a fresh window
        self.restart_language = ""  # set when the language changed: open a window speaking it
        # The saved choice; this run may speak another one, asked for with --lang.
        self._chosen_language = self.settings.language()
        self._keep_backup: Path | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 520)
        apply_text_scale(QApplication.instance(), self.settings.text_scale())

        self._create_actions()
        self.examples = example_files()
        self.home = HomePage(catalogue, self.examples)
        self._editor: DossierEditor | None = None
        self._render_cache: dict | None = None
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
        self._create_menus()
        self.save_state = QLabel()
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state.setAccessibleName(self.tr("Opslaan"))
        self.statusBar().addPermanentWidget(self.save_state)

        self.home.newRequested.connect(self.new_dossier)
        self.home.exampleRequested.connect(self.open_example)
        self.home.filterChanged.connect(self.refresh_home)
        self.home.openRequested.connect(self.open_dossier)
        self.home.duplicateRequested.connect(self.duplicate_dossier)
        self.home.deleteRequested.connect(self.delete_dossier)
        self.home.restoreRequested.connect(self.restore_dossier)
        self.home.purgeRequested.connect(self.purge_dossier)
        self.home.undoDeleteRequested.connect(self.restore_dossier)
        self.home.binToggled.connect(lambda _: self.show_home())
        self.autosaver.stateChanged.connect(self._save_state_changed)
        self._save_state_changed(SaveState.SAVED, "")

        self._restore_layout()
        self._restore_session()

    @property
    def editor(self) -> DossierEditor:
        """The dossier editor, built when a dossier is first opened."""
        if self._editor is None:
            self._editor = self._build_editor()
        return self._editor

    def _build_editor(self) -> DossierEditor:
        from igj_afwijken.gui.editor import DossierEditor

        editor = DossierEditor(self.catalogue, self.autosaver, self._document_actions())
        editor.render_options = self._render_options
        editor.documentShown.connect(self._reload_render_options)
        editor.titleChanged.connect(self._update_title)
        editor.lawGateChanged.connect(self._law_gate_changed)
        editor.stepChanged.connect(self._step_changed)
        self.central.addWidget(editor)
        splitter = self.settings.splitter_state("editor")
        if splitter is not None:
            editor.splitter.restoreState(splitter)
        editor.set_preview_visible(self.preview_action.isChecked())
        self._suggest_locations(editor)
        return editor

    def _editing(self) -> bool:
        return self._editor is not None and self.central.currentWidget() is self._editor

    def _editor_dossier(self) -> Dossier | None:
        """The dossier in the editor, also while the register is shown; None before any."""
        return self._editor.dossier if self._editor is not None else None

    def _take_in_edits(self) -> None:
        """Hand what is being typed to the autosaver."""
        if self._editor is not None:
            self._editor.take_in_everything()

    # -- actions and menus -------------------------------------------------------------------

    def _action(self, text: str, slot, shortcuts=(), checkable: bool = False) -> QAction:
        action = QAction(text, self)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys += QKeySequence.keyBindings(shortcut)  # e.g. Close is Ctrl+F4 and Ctrl+W
            else:
                keys.append(QKeySequence(shortcut))
        keys = list(dict.fromkeys(keys))
        if keys:
            action.setShortcuts(keys)
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&Nieuwe afwijking"), self.new_dossier, [key.New])
        self.import_action = self._action(
            self.tr("&Importeren…"), self.import_dialog, ["Ctrl+Shift+O"]
        )
        self.print_action = self._action(self.tr("&Afdrukken…"), self.print_document, [key.Print])
        self.pdf_action = self._action(self.tr("Exporteren als &PDF…"), self.export_pdf, ["Ctrl+E"])
        self.archive_action = self._action(
            self.tr("Exporteren als PDF/A voor het a&rchief…"), self.export_archive_pdf
        )
        self.bundle_action = self._action(
            self.tr("&Bundel voor het inspectiebezoek…"), self.export_bundle
        )
        self.docx_action = self._action(self.tr("Exporteren als &Word…"), self.export_docx)
        self.html_action = self._action(self.tr("Exporteren als &HTML…"), self.export_html)
        self.markdown_action = self._action(
            self.tr("Exporteren als &Markdown…"), self.export_markdown
        )
        self.exchange_action = self._action(
            self.tr("&Uitwisselbestand opslaan…"), self.export_exchange, ["Ctrl+Shift+S"]
        )
        self.home_action = self._action(self.tr("&Naar overzicht"), self.show_home, [key.Close])
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, [key.Quit, "Ctrl+Q"])
        self.undo_action = self._action(self.tr("&Ongedaan maken"), self._undo, [key.Undo])
        self.redo_action = self._action(self.tr("Opni&euw"), self._redo, [key.Redo])
        self.duplicate_action = self._action(
            self.tr("&Dupliceren"), lambda: self._on_current(self.duplicate_dossier), ["Ctrl+D"]
        )
        self.delete_action = self._action(
            self.tr("&Verwijderen…"), lambda: self._on_current(self.delete_dossier)
        )
        self.bin_action = self._action(self.tr("&Prullenbak"), self.show_bin)
        self.preview_action = self._action(
            self.tr("&Voorbeeld naast de vragen"), self._toggle_preview, ["F9"], checkable=True
        )
        self.previous_action = self._action(
            self.tr("&Vorige stap"), self.editor_previous, ["Ctrl+PgUp", "Alt+Left"]
        )
        self.next_action = self._action(
            self.tr("V&olgende stap"), self.editor_next, ["Ctrl+PgDown", "Alt+Right"]
        )
        self.adopt_action = self._action(self.tr("&Vaststellen…"), self.adopt_current)
        self.evaluate_action = self._action(
            self.tr("In &evaluatie nemen"), self.start_evaluation_of_current
        )
        self.end_action = self._action(self.tr("&Beëindigen…"), self.end_current)
        self.versions_action = self._action(
            self.tr("Versies &vergelijken…"), self.compare_versions_of_current
        )
        self.about_action = self._action(self.tr("&Over IGJ Afwijken"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action = self._action(
            self.tr("&Handleiding"), self.show_guide, [key.HelpContents, "F1"]
        )
        self.settings_action = self._action(
            self.tr("&Instellingen…"), self.edit_settings, [key.Preferences, "Ctrl+,"]
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.larger_text_action = self._action(
            self.tr("Tekst &groter"),
            lambda: self.change_text_scale(TEXT_SCALE_STEP),
            [key.ZoomIn, "Ctrl++", "Ctrl+="],
        )
        self.smaller_text_action = self._action(
            self.tr("Tekst &kleiner"),
            lambda: self.change_text_scale(-TEXT_SCALE_STEP),
            [key.ZoomOut, "Ctrl+-"],
        )
        self.normal_text_action = self._action(
            self.tr("&Normale tekstgrootte"), self.reset_text_scale, ["Ctrl+0"]
        )
        self.house_style_action = self._action(self.tr("&Huisstijl…"), self.edit_house_style)
        self.restore_backup_action = self._action(
            self.tr("Back-up &terugzetten…"), self.restore_backup
        )

    def _document_actions(self) -> list[QAction]:
        return [
            self.print_action,
            self.pdf_action,
            self.archive_action,
            self.docx_action,
            self.html_action,
            self.markdown_action,
            self.exchange_action,
        ]

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.new_action)
        self.examples_menu = file_menu.addMenu(self.tr("Begin &vanuit voorbeeld"))
        for example in self.examples:
            self.examples_menu.addAction(example.title).triggered.connect(
                lambda _checked=False, name=example.name: self.open_example(name)
            )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.bundle_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(self._document_actions())
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.house_style_action)
        file_menu.addAction(self.restore_backup_action)
        file_menu.addSeparator()
        file_menu.addActions([self.home_action, self.quit_action])

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.duplicate_action, self.delete_action, self.bin_action])

        dossier_menu = bar.addMenu(self.tr("Afwij&king"))
        dossier_menu.addActions(
            [self.adopt_action, self.evaluate_action, self.end_action, self.versions_action]
        )

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        view_menu.addAction(self.preview_action)
        view_menu.addSeparator()
        view_menu.addActions(
            [self.larger_text_action, self.smaller_text_action, self.normal_text_action]
        )

        go_menu = bar.addMenu(self.tr("&Ga naar"))
        go_menu.addActions([self.previous_action, self.next_action])
        go_menu.addSeparator()
        self.step_actions = []
        for index, name in enumerate(step_names(self.catalogue)):
            action = self._action(
                name, lambda _=False, step=index: self.editor_go_to(step), [f"Ctrl+{index + 1}"]
            )
            self.step_actions.append(action)
            go_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _update_action_state(self) -> None:
        editing = self._editing()
        dossier = self._editor.dossier if editing else None
        can_render = dossier is not None and not deviates_from_law(dossier.rule)
        for action in self._document_actions():
            action.setEnabled(can_render)
        self.exchange_action.setEnabled(dossier is not None)  # also a deviation from a law
        for action in (
            self.previous_action,
            self.next_action,
            self.home_action,
            *self.step_actions,
        ):
            action.setEnabled(editing)
        self.preview_action.setEnabled(editing)
        active = dossier is not None and dossier.status != "beeindigd"
        self.adopt_action.setEnabled(active and not deviates_from_law(dossier.rule))
        self.evaluate_action.setEnabled(dossier is not None and dossier.status == "vastgesteld")
        self.end_action.setEnabled(active)
        self.versions_action.setEnabled(dossier is not None and bool(dossier.versions))
        in_list = not editing and bool(self.home.selected_id()) and not self.home.in_bin
        self.duplicate_action.setEnabled(editing or in_list)
        self.delete_action.setEnabled(editing or in_list)

    # -- the screens ---------------------------------------------------------------------------

    def show_home(self) -> None:
        if self._editing():
            self._take_in_edits()
            self.autosaver.flush()
        self.central.setCurrentWidget(self.home)
        self.settings.set_last_dossier("")
        self.refresh_home()
        self._update_title()
        self._update_action_state()
        self.home.table.setFocus()

    def show_bin(self) -> None:
        self.home.bin_button.setChecked(True)
        self.show_home()

    def refresh_home(self) -> None:
        in_bin = self.home.in_bin
        narrow = self.home.register_filter()
        rows = self.repository.summaries(deleted=in_bin, narrow=narrow)
        self.home.set_locations(self.repository.locations())
        self.home.show_rows(rows, in_bin, self.repository.anything_stored())
        self.show_due_evaluations()
        self._update_action_state()

    def show_due_evaluations(self) -> None:
        """Name the evaluations that are overdue or due within 30 days, across all dossiers."""
        today = self.today()
        rows = self.repository.due_rows(today + timedelta(days=DUE_WINDOW_DAYS))
        self.due_notice.show_due(due_evaluations(rows, today, DUE_WINDOW_DAYS))

    def open_dossier(self, dossier_id: str) -> bool:
        self._take_in_edits()
        self.autosaver.flush()
        try:
            dossier = self.repository.get(dossier_id)
        except (UnknownDossier, UnreadableDossier) as error:
            dialogs.warn(self, self.tr("Openen mislukt"), str(error))
            return False
        self.home.hide_undo()
        self.central.setCurrentWidget(self.editor)
        self.editor.open(dossier, self.settings.step_of(dossier.id))
        self.settings.set_last_dossier(dossier.id)
        self._update_title()
        self._update_action_state()
        return True

    # -- the dossier's life ----------------------------------------------------------------------

    def _open_and_saved(self) -> Dossier | None:
        """The open dossier with everything typed so far stored, or None."""
        dossier = self._editor_dossier()
        if not self._editing() or dossier is None:
            return None
        self._take_in_edits()
        if not self.autosaver.flush():
            dialogs.warn(
                self,
                self.tr("Nog niet opgeslagen"),
                self.tr("De laatste wijzigingen zijn nog niet opgeslagen. Probeer het zo opnieuw."),
            )
            return None
        return dossier

    def _store_life_event(self, dossier: Dossier, store, done_message: str) -> None:
        """Store a change of status; if that fails, show the dossier as the store still has it."""
        try:
            store()
        except STORE_FAILURES as error:
            dialogs.warn(self, self.tr("Opslaan mislukt"), str(error))
            self.open_dossier(dossier.id)
            return
        self.editor.refresh()
        self._update_action_state()
        self.statusBar().showMessage(done_message, 8000)

    def adopt_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is None:
            return
        from igj_afwijken.gui import lifecycle_dialogs

        chosen = lifecycle_dialogs.ask_adoption(
            self, dossier, self.catalogue, default_by=dossier.responsible
        )
        if chosen is None:
            return
        try:
            version = lifecycle.adopt(dossier, self.catalogue, *chosen)
        except (lifecycle.LifecycleError, NotReadyError, LawGateError) as error:
            dialogs.warn(self, self.tr("Vaststellen niet mogelijk"), str(error))
            return
        self._store_life_event(
            dossier,
            lambda: self.repository.add_version(dossier, version),
            self.tr("Versie %1 is vastgesteld.").replace("%1", str(version.number)),
        )

    def start_evaluation_of_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is None:
            return
        try:
            lifecycle.start_evaluation(dossier)
        except lifecycle.LifecycleError as error:
            dialogs.warn(self, self.tr("Niet mogelijk"), str(error))
            return
        self._store_life_event(
            dossier,
            lambda: self.repository.save_facts(dossier),
            self.tr("De afwijking is in evaluatie."),
        )

    def end_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is None:
            return
        others = [(s.id, s.title) for s in self.repository.summaries() if s.id != dossier.id]
        from igj_afwijken.gui import lifecycle_dialogs

        chosen = lifecycle_dialogs.ask_ending(self, self.catalogue, others)
        if chosen is None:
            return
        try:
            lifecycle.end(dossier, *chosen)
        except lifecycle.LifecycleError as error:
            dialogs.warn(self, self.tr("Beëindigen niet mogelijk"), str(error))
            return
        self._store_life_event(
            dossier,
            lambda: self.repository.save_facts(dossier),
            self.tr("De afwijking is beëindigd."),
        )

    def compare_versions_of_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is not None:
            from igj_afwijken.gui import lifecycle_dialogs

            lifecycle_dialogs.show_versions(self, dossier, self.catalogue)

    def _on_current(self, handler) -> None:
        if self._editing() and self._editor.dossier is not None:
            handler(self._editor.dossier.id)
        elif self.home.selected_id():
            handler(self.home.selected_id())

    def editor_next(self) -> None:
        self.editor.next_step()

    def editor_previous(self) -> None:
        self.editor.previous_step()

    def editor_go_to(self, step: int) -> None:
        self.editor.go_to_step(step)

    # -- dossier operations --------------------------------------------------------------------

    def new_dossier(self) -> None:
        dossier = Dossier(title=self.tr("Nieuwe afwijking"))
        self._fill_in_defaults(dossier)
        self.repository.add(dossier)
        self.open_dossier(dossier.id)
        self.editor.go_to_step(0)
        self.editor.start_page.title.setFocus()
        self.editor.start_page.title.selectAll()

    def _fill_in_defaults(self, dossier: Dossier) -> None:
        """What the organisation set in "Instellingen": its name, its only location, and the
        responsible person."""
        dossier.organisation = self._house_style().organisation
        locations = self.settings.locations()
        if len(locations) == 1:
            dossier.location = locations[0]
        name, role = self.settings.default_responsible()
        dossier.responsible = Person(name, role)

    def open_example(self, name: str = DEFAULT_EXAMPLE) -> None:
        """Start from an example: a copy of it becomes the user's own dossier."""
        example_file = next((e for e in self.examples if e.name == name), None)
        try:
            if example_file is None:
                raise exchange.ExchangeError(
                    self.tr("Het voorbeeld “%1” is niet gevonden.").replace("%1", name)
                )
            example = exchange.read_file(example_file.path)
        except exchange.ExchangeError as error:
            dialogs.warn(self, self.tr("Voorbeeld niet gevonden"), str(error))
            return
        now = utc_now()
        copy = example.copy(
            id=new_dossier_id(),
            title=self.tr("Voorbeeld: %1").replace("%1", example.title),
            created_at=now,
            updated_at=now,
        )
        self.repository.add(copy)
        self.open_dossier(copy.id)

    def duplicate_dossier(self, dossier_id: str) -> None:
        self._take_in_edits()
        self.autosaver.flush()
        try:
            original = self.repository.get(dossier_id)
        except UnreadableDossier as error:
            dialogs.warn(self, self.tr("Kopiëren mislukt"), str(error))
            return
        now = utc_now()
        copy = original.copy(
            id=new_dossier_id(),
            title=self.tr("%1 (kopie)").replace("%1", original.title),
            status="concept",
            versions=(),  # a copy starts its own life
            adoption=None,
            ending=None,
            created_at=now,
            updated_at=now,
        )
        self.repository.add(copy)
        self.statusBar().showMessage(self.tr("Kopie gemaakt: %1").replace("%1", copy.title), 6000)
        if self._editing():
            self.open_dossier(copy.id)
        else:
            self.refresh_home()
            self.home.select(copy.id)

    def delete_dossier(self, dossier_id: str) -> None:
        self._take_in_edits()
        self.autosaver.flush()
        summary_title = self.repository.title_of(dossier_id)
        if not dialogs.confirm(
            self,
            self.tr("Afwijking verwijderen"),
            self.tr(
                "“%1” gaat naar de prullenbak. U kunt de afwijking daar terugzetten zolang u "
                "haar niet definitief verwijdert."
            ).replace("%1", summary_title),
            self.tr("Naar prullenbak"),
        ):
            return
        self.repository.delete(dossier_id)
        self.home.bin_button.setChecked(False)
        self.show_home()
        self.home.show_undo(dossier_id, summary_title)

    def restore_dossier(self, dossier_id: str) -> None:
        self.repository.restore(dossier_id)
        self.home.bin_button.setChecked(False)
        self.refresh_home()
        self.home.select(dossier_id)
        self.statusBar().showMessage(self.tr("De afwijking is teruggezet."), 6000)

    def purge_dossier(self, dossier_id: str) -> None:
        title = self.repository.title_of(dossier_id)
        if dialogs.confirm(
            self,
            self.tr("Definitief verwijderen"),
            self.tr(
                "“%1” wordt definitief verwijderd. Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", title),
            self.tr("Definitief verwijderen"),
        ):
            self.repository.purge(dossier_id)
            self.refresh_home()

    # -- import, export, print -----------------------------------------------------------------

    def import_dialog(self) -> None:
        path = dialogs.open_file_path(
            self,
            self.tr("Afwijking importeren"),
            self.settings.last_folder(),
            self.tr("Uitwisselbestanden en PDF's van IGJ Afwijken (*.json *.pdf)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            dossier = exchange.read_file(path)
            new_id = self.repository.add_imported(dossier)
        except exchange.ExchangeError as error:
            dialogs.warn(self, self.tr("Importeren mislukt"), str(error))
            return False
        except DATABASE_ERRORS as error:  # nothing was kept: the import is one transaction
            dialogs.warn(
                self,
                self.tr("Importeren mislukt"),
                self.tr("%1 kon niet worden opgeslagen: %2. Er is niets half ingelezen.")
                .replace("%1", path.name)
                .replace("%2", explain(error)),
            )
            return False
        self.settings.set_last_folder(str(path.parent))
        self.settings.add_recent_file(str(path))
        self.open_dossier(new_id)
        self.statusBar().showMessage(self.tr("Ingelezen: %1").replace("%1", path.name), 6000)
        from igj_afwijken.gui.attachments_panel import misleading_name_warning

        warnings = [
            misleading_name_warning(a.name) for a in dossier.attachments if hides_its_type(a.name)
        ]
        if warnings:
            dialogs.warn(self, self.tr("Let op de bijlagen"), "\n\n".join(warnings))
        return True

    def _suggested_path(self, prefix: str, suffix: str) -> str:
        dossier = self._editor_dossier()
        title = dossier.title if dossier else ""
        name = UNSAFE_FILE_CHARACTERS.sub(" ", f"{prefix} {title}").strip()[:120]
        return str(Path(self.settings.last_folder()) / f"{name}{suffix}")

    def _ask_output(self, title: str, prefix: str, suffix: str, file_filter: str) -> Path | None:
        path = dialogs.save_file_path(
            self, title, self._suggested_path(prefix, suffix), file_filter
        )
        if not path:
            return None
        output = Path(path)
        if not output.suffix:
            output = output.with_suffix(suffix)
        self.settings.set_last_folder(str(output.parent))
        return output

    def _current_dossier(self) -> Dossier | None:
        self._take_in_edits()
        return self._editor_dossier()

    def export_pdf(self) -> None:
        self._export("pdf", self.tr("Document opslaan als PDF"), self.tr("PDF-bestanden (*.pdf)"))

    def export_archive_pdf(self) -> None:
        self._export(
            "pdfa",
            self.tr("Document opslaan als PDF/A voor het archief"),
            self.tr("PDF-bestanden (*.pdf)"),
            suffix=".pdf",
        )

    def export_bundle(self) -> None:
        """All running justifications of a location (or of all) in one PDF for a visit."""
        from igj_afwijken.rendering.bundle import bundle_dossiers, write_bundle
        from igj_afwijken.rendering.templating import TemplateError

        self._take_in_edits()
        self.autosaver.flush()
        everywhere = self.tr("Alle locaties")
        locations = self.repository.locations()
        location = everywhere
        if locations:
            location = dialogs.choose_item(
                self,
                self.tr("Bundel voor het inspectiebezoek"),
                self.tr("Van welke locatie?"),
                [everywhere, *locations],
            )
            if location is None:
                return
        place = "" if location == everywhere else location
        readable, unreadable = self.repository.dossiers_at(place)
        dossiers = bundle_dossiers(readable)
        if unreadable:
            dialogs.warn(
                self,
                self.tr("Niet alles kan mee"),
                self.tr(
                    "Deze afwijkingen kunnen niet worden gelezen en komen niet in de bundel: %1. "
                    "Zet een reservekopie terug of verwijder ze."
                ).replace("%1", ", ".join(s.title for s in unreadable)),
            )
        if not dossiers:
            dialogs.inform(
                self,
                self.tr("Geen bundel gemaakt"),
                self.tr("Er zijn geen lopende afwijkingen om te bundelen."),
            )
            return
        output = self._ask_output(
            self.tr("Bundel opslaan als PDF"),
            self.tr("Bundel %1").replace("%1", place or self.tr("alle locaties")),
            ".pdf",
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if output is None:
            return
        try:
            result = write_bundle(output, dossiers, self.catalogue, place)
        except (TemplateError, OSError) as error:
            dialogs.warn(self, self.tr("Opslaan mislukt"), str(error))
            return
        self.settings.add_recent_file(str(output))
        self.statusBar().showMessage(
            self.tr("Bundel opgeslagen: %1 (%2 afwijkingen)")
            .replace("%1", str(output))
            .replace("%2", str(len(result.included))),
            8000,
        )

    def export_docx(self) -> None:
        self._export(
            "docx", self.tr("Document opslaan als Word-bestand"), self.tr("Word-bestanden (*.docx)")
        )

    def export_html(self) -> None:
        self._export("html", self.tr("Document opslaan als HTML"), self.tr("Webpagina's (*.html)"))

    def export_markdown(self) -> None:
        self._export(
            "md", self.tr("Document opslaan als Markdown"), self.tr("Markdown-bestanden (*.md)")
        )

    def _export(self, output_format: str, title: str, file_filter: str, suffix: str = "") -> None:
        from igj_afwijken.rendering.templating import TemplateError, user_templates_dir
        from igj_afwijken.services.documents import render_to_file

        dossier = self._current_dossier()
        if dossier is None:
            return
        page = self.editor.document_page
        output = self._ask_output(
            title, page.current_label(), suffix or f".{output_format}", file_filter
        )
        if output is None:
            return
        try:
            render_to_file(
                dossier,
                self.catalogue,
                output,
                output_format,
                page.current_template(),
                user_dir=user_templates_dir(self.data_dir),
                house=self._house_style(),
            )
        except (LawGateError, TemplateError) as error:
            dialogs.warn(self, self.tr("Geen document gemaakt"), str(error))
            return
        except OSError as error:
            dialogs.warn(self, self.tr("Opslaan mislukt"), self._file_error(output, error))
            return
        self.settings.add_recent_file(str(output))
        self.statusBar().showMessage(self.tr("Opgeslagen: %1").replace("%1", str(output)), 8000)

    def export_exchange(self) -> None:
        dossier = self._current_dossier()
        if dossier is None:
            return
        output = self._ask_output(
            self.tr("Uitwisselbestand opslaan"),
            self.tr("Afwijking"),
            exchange.FILE_SUFFIX,
            self.tr("Uitwisselbestanden (*.json)"),
        )
        if output is None:
            return
        try:
            exchange.write_file(output, dossier)
        except OSError as error:
            dialogs.warn(self, self.tr("Opslaan mislukt"), self._file_error(output, error))
            return
        self.settings.add_recent_file(str(output))
        self.statusBar().showMessage(self.tr("Opgeslagen: %1").replace("%1", str(output)), 8000)

    def _file_error(self, output: Path, error: OSError) -> str:
        return (
            self.tr(
                "%1 kon niet worden opgeslagen: %2. Een eerder bestand met die naam is niet aangeraakt."
            )
            .replace("%1", str(output))
            .replace("%2", explain(error))
        )

    def print_document(self) -> None:
        from igj_afwijken.rendering.document import page_footer, page_header
        from igj_afwijken.rendering.pdf import PageDecoration, paint_pages
        from igj_afwijken.rendering.templating import TemplateError, render_html, user_templates_dir

        dossier = self._current_dossier()
        if dossier is None:
            return
        house = self._house_style()
        try:
            html = render_html(
                dossier,
                self.catalogue,
                self.editor.document_page.current_template(),
                user_dir=user_templates_dir(self.data_dir),
                house=house,
            )
        except (LawGateError, TemplateError) as error:
            dialogs.warn(self, self.tr("Geen document gemaakt"), str(error))
            return
        printed_at = datetime.now().astimezone()
        decoration = PageDecoration(
            header=page_header(dossier, house),
            footer=page_footer(dossier, self.catalogue, printed_at),
        )

        def paint(printer) -> None:  # a QPrinter
            printer.setDocName(dossier.title)
            paint_pages(printer, html, decoration)

        dialogs.print_preview(self, paint)

    def _render_options(self) -> dict:
        """What the previews are made with: the organisation's templates and house style, read
        from disk once and again when the Document step opens or the house style is saved —
        not on every pause in typing."""
        if self._render_cache is None:
            self._reload_render_options()
        return self._render_cache

    def _reload_render_options(self) -> None:
        from igj_afwijken.rendering.templating import template_names, user_templates_dir

        user_dir = user_templates_dir(self.data_dir)
        self.editor.document_page.set_templates(template_names(user_dir=user_dir))
        self._render_cache = {"user_dir": user_dir, "house": self._house_style()}

    def _house_style(self) -> HouseStyle:
        """The house style for a document; a broken one gives the default, said in the status bar."""
        from igj_afwijken.rendering.house_style import load_house_style

        return load_house_style(
            self.data_dir, report=lambda text: self.statusBar().showMessage(text, 12000)
        )

    def edit_house_style(self) -> None:
        from igj_afwijken.gui import house_style_dialog

        if house_style_dialog.edit_house_style(self, self.data_dir, self.settings.last_folder()):
            self._render_cache = None
            if self._editor is not None:
                self._reload_render_options()
                self._editor.refresh()
            self.statusBar().showMessage(self.tr("De huisstijl is opgeslagen."), 6000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        remember = self.recent_menu.addAction(self.tr("Recente bestanden &onthouden"))
        remember.setCheckable(True)
        remember.setChecked(self.settings.remember_recent())
        remember.setToolTip(
            self.tr(
                "Bestandsnamen kunnen de titel van een afwijking bevatten; daarom staat dit uit."
            )
        )
        remember.toggled.connect(self.settings.set_remember_recent)
        self.recent_menu.addSeparator()
        recent = self.settings.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(nog geen bestanden)"))
            empty.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))

    def open_recent(self, path: str) -> None:
        file = Path(path)
        if not file.exists():
            self.settings.remove_recent_file(path)
            dialogs.warn(
                self,
                self.tr("Bestand niet gevonden"),
                self.tr("%1 bestaat niet meer; het is uit de lijst gehaald.").replace("%1", path),
            )
            return
        if file.suffix.lower() == exchange.FILE_SUFFIX:
            self.import_file(file)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(file)))

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        for file in files:
            if file.suffix.lower() not in IMPORTABLE_SUFFIXES:
                dialogs.warn(
                    self,
                    self.tr("Importeren mislukt"),
                    self.tr(
                        "%1 is geen uitwisselbestand. Alleen .json-bestanden en PDF's van "
                        "IGJ Afwijken kunnen worden ingelezen."
                    ).replace("%1", file.name),
                )
                continue
            self.import_file(file)

    # -- small reactions -----------------------------------------------------------------------

    def _undo(self) -> None:
        widget = self.focusWidget()
        if hasattr(widget, "undo"):
            widget.undo()

    def _redo(self) -> None:
        widget = self.focusWidget()
        if hasattr(widget, "redo"):
            widget.redo()

    def _toggle_preview(self, visible: bool) -> None:
        if self._editor is not None:
            self._editor.set_preview_visible(visible)
        self.settings.set_preview_visible(visible)

    def _update_title(self, *_: object) -> None:
        if self._editing() and self._editor.dossier is not None:
            title = self._editor.dossier.title or self.tr("(zonder titel)")
            self.setWindowTitle(f"{title} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)

    def _law_gate_changed(self, _blocked: bool) -> None:
        self._update_action_state()

    def _step_changed(self, step: int) -> None:
        if self.editor.dossier is not None:
            self.settings.set_step_of(self.editor.dossier.id, step)

    def _save_state_changed(self, state: SaveState, message: str) -> None:
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

    def show_about(self) -> None:
        from igj_afwijken.gui.help_dialog import AboutDialog

        AboutDialog(self.catalogue, self.data_dir, self).exec()

    def show_guide(self) -> None:
        from igj_afwijken.gui.help_dialog import GuideDialog

        GuideDialog(parent=self).exec()

    # -- settings and text size ----------------------------------------------------------------

    def settings_dialog(self) -> SettingsDialog:
        """The "Instellingen" dialog, built but not shown (tests fill and save it)."""
        from igj_afwijken.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.data_dir, self.settings, self._back_up_now, self)
        dialog.houseStyleRequested.connect(self.edit_house_style)
        dialog.restoreRequested.connect(self.restore_backup)
        dialog.accepted.connect(self._settings_saved)
        return dialog

    def edit_settings(self) -> None:
        self.settings_dialog().exec()

    def _settings_saved(self) -> None:
        self._set_text_scale(self.settings.text_scale())
        if self._editor is not None:
            self._suggest_locations(self._editor)
        self._reload_render_options()
        if self.settings.language() != self._chosen_language:
            self._chosen_language = self.settings.language()
            if self._chosen_language != i18n.language():
                self._offer_restart_in(self._chosen_language)

    def _offer_restart_in(self, language: str) -> None:
        """A new language shows in a fresh window; the user may also wait for the next start.
        The question stands in both languages: the chosen one may be the only one read."""
        title = QT_TRANSLATE_NOOP("MainWindow", "Andere taal")
        text = QT_TRANSLATE_NOOP(
            "MainWindow",
            "Het venster opent opnieuw in de gekozen taal (%1). Alles is opgeslagen en het "
            "open dossier komt terug. Nu opnieuw openen?",
        )
        button = QT_TRANSLATE_NOOP("MainWindow", "Nu opnieuw openen")

        def both(words: str) -> list[str]:
            return list(
                dict.fromkeys(
                    i18n.translate_in(code, "MainWindow", words)
                    for code in (i18n.language(), language)
                )
            )

        name = i18n.LANGUAGE_NAMES[language]
        if not dialogs.confirm(
            self,
            " / ".join(both(title)),
            "\n\n".join(t.replace("%1", name) for t in both(text)),
            " / ".join(both(button)),
        ):
            return
        if self._shut_down():
            self.restart_requested = True
            self.restart_language = language
            self.close()

    def _back_up_now(self) -> Backup:
        self.autosaver.flush()
        return make_backup(self.repository, self.data_dir, "handmatig")

    def change_text_scale(self, step: int) -> None:
        self._set_text_scale(self.settings.text_scale() + step)

    def reset_text_scale(self) -> None:
        self._set_text_scale(100)

    def _set_text_scale(self, percent: int) -> None:
        before = QApplication.font().pointSizeF()  # the dialog stores its size before this
        percent = apply_text_scale(QApplication.instance(), percent)
        changed = QApplication.font().pointSizeF() != before
        self.settings.set_text_scale(percent)
        self.statusBar().showMessage(
            self.tr("Tekstgrootte: %1 %").replace("%1", str(percent)), 3000
        )
        dossier = self._editor_dossier()
        if changed and self._editing() and dossier is not None:
            self.open_dossier(dossier.id)  # tables that fit their rows measure them again

    def _suggest_locations(self, editor: DossierEditor) -> None:
        """Offer the organisation's locations, and those already used, in the location field."""
        known = list(dict.fromkeys(self.settings.locations() + self.repository.locations()))
        completer = QCompleter(known, editor.start_page.location)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        location = editor.start_page.location
        location.setCompleter(completer)
        completer.activated.connect(lambda text: _pick(location, text))

    # -- layout and session --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(
                min(1320, int(available.width() * 0.92)), min(860, int(available.height() * 0.9))
            )
        self.preview_action.setChecked(self.settings.preview_visible())

    def _restore_session(self) -> None:
        last = self.settings.last_dossier()
        if not (last and self.repository.is_active(last) and self.open_dossier(last)):
            self.show_home()
        self.show_due_evaluations()  # also when the session reopens a dossier

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed or self._shut_down():
            event.accept()
        else:
            event.ignore()

    def _shut_down(self) -> bool:
        """Save everything, back up the store if anything changed, and close it; False if the
        user chose to stay because something could not be saved."""
        self._take_in_edits()
        if not self.autosaver.flush() and not dialogs.confirm(
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
        self.autosaver.close()
        if changed:
            try:
                make_backup(self.repository, self.data_dir, "afsluiten", keep=self._keep_backup)
            except BackupError as error:
                dialogs.warn(self, self.tr("Geen reservekopie"), str(error))
        self.repository.close()
        self._closed = True
        return True

    def restore_backup(self) -> None:
        """Put a backup back: the store closes, the backup goes in, and a fresh window opens."""
        from igj_afwijken.gui import backup_actions

        backup = backup_actions.choose_backup(self, self.data_dir)
        if backup is None:
            return
        self._keep_backup = backup.path  # closing's own backup must not rotate it away
        if not self._shut_down():
            return
        backup_actions.restore_chosen(self, self.data_dir, backup)
        self.restart_requested = True  # also after a failed restore: the store was closed
        self.close()


def _pick(field: QLineEdit, text: str) -> None:
    """Put a suggestion the user picked in the field and store it as if it had been typed
    (setText alone does not count as an edit)."""
    field.setText(text)
    field.textEdited.emit(text)
