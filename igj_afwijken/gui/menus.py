"""The window's actions and menus, their shortcuts, and which of them can be used right now."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from igj_afwijken.domain.laws import deviates_from_law
from igj_afwijken.gui.steps import step_names
from igj_afwijken.gui.text_size import TEXT_SCALE_STEP
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.rendering import writers

if TYPE_CHECKING:
    from igj_afwijken.gui.main_window import MainWindow


class WindowMenus(WindowPart):
    """Every command of the window as a QAction (`new_action`, `export_actions["pdf"]`…), in the
    menu bar; the commands themselves are done by the window's other parts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._create_actions()
        self._create_menus()

    def _action(self, text: str, slot, shortcuts=(), checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
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
        window, key = self.window, QKeySequence.StandardKey
        dossiers, files, documents, program = (
            window.dossiers,
            window.files,
            window.documents,
            window.program,
        )
        self.new_action = self._action(
            self.tr("&Nieuwe afwijking"), dossiers.new_dossier, [key.New]
        )
        self.import_action = self._action(
            self.tr("&Importeren…"), files.import_dialog, ["Ctrl+Shift+O"]
        )
        self.print_action = self._action(
            self.tr("&Afdrukken…"), documents.print_document, [key.Print]
        )
        self.print_preview_action = self._action(
            self.tr("Afdruk&voorbeeld…"), documents.print_preview, ["Ctrl+Shift+P"]
        )
        # One item per registered format (rendering/writers.py), in the export menu's order.
        self.export_actions: dict[str, QAction] = {
            writer.name: self._action(
                writer.menu_text(),
                lambda _checked=False, name=writer.name: documents.export(name),
                [writer.shortcut] if writer.shortcut else [],
            )
            for writer in writers.menu_writers()
        }
        self.bundle_action = self._action(
            self.tr("&Bundel voor het inspectiebezoek…"), documents.export_bundle
        )
        self.exchange_action = self._action(
            self.tr("&Uitwisselbestand opslaan…"), files.export_exchange, ["Ctrl+Shift+S"]
        )
        self.home_action = self._action(self.tr("&Naar overzicht"), window.show_home, [key.Close])
        self.quit_action = self._action(self.tr("&Afsluiten"), window.close, [key.Quit, "Ctrl+Q"])
        self.undo_action = self._action(self.tr("&Ongedaan maken"), self._undo, [key.Undo])
        # Ctrl+Y too: the Windows habit, also where the platform's redo is Ctrl+Shift+Z.
        self.redo_action = self._action(self.tr("Opni&euw"), self._redo, [key.Redo, "Ctrl+Y"])
        self.find_action = self._action(
            self.tr("&Zoeken in de afwijking…"), self._find, [key.Find, "Ctrl+F"]
        )
        self.find_next_action = self._action(
            self.tr("Vol&gende vindplaats"),
            lambda: window.editor.find_bar.find_next(),
            [key.FindNext, "F3"],
        )
        self.find_previous_action = self._action(
            self.tr("Vor&ige vindplaats"),
            lambda: window.editor.find_bar.find_previous(),
            [key.FindPrevious, "Shift+F3"],
        )
        self.duplicate_action = self._action(
            self.tr("&Dupliceren"),
            lambda: dossiers.on_current(dossiers.duplicate_dossier),
            ["Ctrl+D"],
        )
        self.delete_action = self._action(
            self.tr("&Verwijderen…"), lambda: dossiers.on_current(dossiers.delete_dossier)
        )
        self.bin_action = self._action(self.tr("&Prullenbak"), window.show_bin)
        self.preview_action = self._action(
            self.tr("&Voorbeeld naast de vragen"), self._toggle_preview, ["F9"], checkable=True
        )
        self.guidance_action = self._action(
            self.tr("&Hulp bij de vragen"), self._toggle_guidance, checkable=True
        )
        self.previous_action = self._action(
            self.tr("&Vorige stap"),
            lambda: window.editor.previous_step(),
            ["Ctrl+PgUp", "Alt+Left"],
        )
        self.next_action = self._action(
            self.tr("V&olgende stap"),
            lambda: window.editor.next_step(),
            ["Ctrl+PgDown", "Alt+Right"],
        )
        self.adopt_action = self._action(self.tr("&Vaststellen…"), dossiers.adopt_current)
        self.evaluate_action = self._action(
            self.tr("In &evaluatie nemen"), dossiers.start_evaluation_of_current
        )
        self.end_action = self._action(self.tr("&Beëindigen…"), dossiers.end_current)
        self.versions_action = self._action(
            self.tr("Versies &vergelijken…"), dossiers.compare_versions_of_current
        )
        self.history_action = self._action(
            self.tr("&Geschiedenis…"), dossiers.show_history_of_current
        )
        taking = window.take_along
        self.take_action = self._action(
            self.tr("&Meenemen om zonder verbinding te werken…"), taking.take_current
        )
        self.bring_back_action = self._action(
            self.tr("&Terugbrengen naar het organisatieregister"), taking.bring_back_current
        )
        self.take_back_action = self._action(
            self.tr("Terug&nemen (directeur)…"), taking.take_back_current
        )
        self.about_action = self._action(self.tr("&Over IGJ Afwijken"), program.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action = self._action(
            self.tr("&Handleiding"), program.show_guide, [key.HelpContents, "F1"]
        )
        self.settings_action = self._action(
            self.tr("&Instellingen…"), program.edit_settings, [key.Preferences, "Ctrl+,"]
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.larger_text_action = self._action(
            self.tr("Tekst &groter"),
            lambda: program.change_text_scale(TEXT_SCALE_STEP),
            [key.ZoomIn, "Ctrl++", "Ctrl+="],
        )
        self.smaller_text_action = self._action(
            self.tr("Tekst &kleiner"),
            lambda: program.change_text_scale(-TEXT_SCALE_STEP),
            [key.ZoomOut, "Ctrl+-"],
        )
        self.normal_text_action = self._action(
            self.tr("&Normale tekstgrootte"), program.reset_text_scale, ["Ctrl+0"]
        )
        self.house_style_action = self._action(self.tr("&Huisstijl…"), documents.edit_house_style)
        self.restore_backup_action = self._action(
            self.tr("Back-up &terugzetten…"), program.restore_backup
        )
        self.restore_backup_action.setEnabled(not window.on_server)  # the server's are its own
        self.move_in_action = self._action(
            self.tr("&Overzetten naar het organisatieregister…"),
            window.take_along.move_data_folder_in,
        )
        self.move_in_action.setEnabled(window.on_server)

    # The export actions of the first formats by name, as the tests know them; a format added
    # later is in `export_actions` only.
    @property
    def pdf_action(self) -> QAction:
        return self.export_actions["pdf"]

    @property
    def archive_action(self) -> QAction:
        return self.export_actions["pdfa"]

    @property
    def docx_action(self) -> QAction:
        return self.export_actions["docx"]

    @property
    def html_action(self) -> QAction:
        return self.export_actions["html"]

    @property
    def markdown_action(self) -> QAction:
        return self.export_actions["md"]

    def document_actions(self) -> list[QAction]:
        """The actions that make something of the open dossier: print and the exports."""
        return [
            self.print_action,
            self.print_preview_action,
            *self.export_actions.values(),
            self.exchange_action,
        ]

    def _create_menus(self) -> None:
        window = self.window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.new_action)
        self.examples_menu = file_menu.addMenu(self.tr("Begin &vanuit voorbeeld"))
        for example in window.examples:
            self.examples_menu.addAction(example.title).triggered.connect(
                lambda _checked=False, name=example.name: window.dossiers.open_example(name)
            )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.bundle_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions(self.document_actions())
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.house_style_action)
        file_menu.addAction(self.restore_backup_action)
        file_menu.addAction(self.move_in_action)
        file_menu.addSeparator()
        file_menu.addActions([self.home_action, self.quit_action])

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.duplicate_action, self.delete_action, self.bin_action])

        dossier_menu = bar.addMenu(self.tr("Afwij&king"))
        dossier_menu.addActions(
            [
                self.adopt_action,
                self.evaluate_action,
                self.end_action,
                self.versions_action,
                self.history_action,
            ]
        )
        dossier_menu.addSeparator()
        dossier_menu.addActions([self.take_action, self.bring_back_action, self.take_back_action])

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        view_menu.addAction(self.preview_action)
        view_menu.addAction(self.guidance_action)
        view_menu.addSeparator()
        view_menu.addActions(
            [self.larger_text_action, self.smaller_text_action, self.normal_text_action]
        )

        go_menu = bar.addMenu(self.tr("&Ga naar"))
        go_menu.addActions([self.previous_action, self.next_action])
        go_menu.addSeparator()
        self.step_actions = []
        for index, name in enumerate(step_names(window.catalogue)):
            action = self._action(
                name,
                lambda _=False, step=index: window.editor.go_to_step(step),
                [f"Ctrl+{index + 1}"],
            )
            self.step_actions.append(action)
            go_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def update_state(self) -> None:
        """Enable what can be done with what is shown: the open dossier, or the register."""
        window = self.window
        editing = window.editing()
        dossier = window.editor_dossier() if editing else None
        can_render = dossier is not None and not deviates_from_law(dossier.rule)
        for action in self.document_actions():
            action.setEnabled(can_render)
        self.exchange_action.setEnabled(dossier is not None)  # also a deviation from a law
        for action in (
            self.previous_action,
            self.next_action,
            self.home_action,
            self.find_next_action,
            self.find_previous_action,
            *self.step_actions,
        ):
            action.setEnabled(editing)
        self.preview_action.setEnabled(editing)
        active = dossier is not None and dossier.status != "beeindigd"
        self.adopt_action.setEnabled(active and can_render)
        self.evaluate_action.setEnabled(dossier is not None and dossier.status == "vastgesteld")
        self.end_action.setEnabled(active)
        self.versions_action.setEnabled(dossier is not None and bool(dossier.versions))
        self.history_action.setEnabled(dossier is not None and window.on_server)
        on_server = dossier is not None and window.on_server
        taking = window.take_along
        self.take_action.setEnabled(on_server and taking.mark is None)
        self.bring_back_action.setEnabled(on_server and taking.here is not None)
        self.take_back_action.setEnabled(on_server and taking.mark is not None)
        built = window.built_editor()
        if built is not None and built.read_only:
            for action in (self.adopt_action, self.evaluate_action, self.end_action):
                action.setEnabled(False)  # not while someone else may change it
        in_list = not editing and bool(window.home.selected_id()) and not window.home.in_bin
        self.duplicate_action.setEnabled(editing or in_list)
        self.delete_action.setEnabled(editing or in_list)

    def fill_recent_menu(self) -> None:
        """The recent files, and whether to remember them (off unless the user wants it)."""
        settings = self.window.settings
        self.recent_menu.clear()
        remember = self.recent_menu.addAction(self.tr("Recente bestanden &onthouden"))
        remember.setCheckable(True)
        remember.setChecked(settings.remember_recent())
        remember.setToolTip(
            self.tr(
                "Bestandsnamen kunnen de titel van een afwijking bevatten; daarom staat dit uit."
            )
        )
        remember.toggled.connect(settings.set_remember_recent)
        self.recent_menu.addSeparator()
        recent = settings.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(nog geen bestanden)"))
            empty.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.window.files.open_recent(p))

    def _find(self) -> None:
        """In a dossier: find in it; in the register: its own search field."""
        if self.window.editing():
            self.window.editor.find_bar.open_bar()
        else:
            self.window.home.filter.setFocus()
            self.window.home.filter.selectAll()

    def _undo(self) -> None:
        widget = self.window.focusWidget()
        if hasattr(widget, "undo"):
            widget.undo()

    def _redo(self) -> None:
        widget = self.window.focusWidget()
        if hasattr(widget, "redo"):
            widget.redo()

    def _toggle_guidance(self, visible: bool) -> None:
        editor = self.window.built_editor()
        if editor is not None:
            editor.set_guidance_visible(visible)
        self.window.settings.set_guidance_visible(visible)

    def _toggle_preview(self, visible: bool) -> None:
        editor = self.window.built_editor()
        if editor is not None:
            editor.set_preview_visible(visible)
        self.window.settings.set_preview_visible(visible)
