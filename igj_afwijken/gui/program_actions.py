"""The program's own commands in the window: settings, text size, language, backups and help."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit

from igj_afwijken import i18n
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.text_size import apply_text_scale
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.services.dossiers import make_backup

if TYPE_CHECKING:
    from igj_afwijken.gui.editor import DossierEditor
    from igj_afwijken.gui.main_window import MainWindow
    from igj_afwijken.gui.settings_dialog import SettingsDialog
    from igj_afwijken.services.dossiers import Backup

# The question about reopening in another language is asked in both languages, each looked up
# by hand (i18n.translate_in) under the context it has always had.
RESTART_CONTEXT = "MainWindow"


class ProgramActions(WindowPart):
    """Settings, text size, another language, backups, the guide and "about"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        # The saved choice; this run may speak another one, asked for with --lang.
        self._chosen_language = window.settings.language()
        self._chosen_store = window.settings.organisation_store()

    # -- settings ----------------------------------------------------------------------------

    def settings_dialog(self) -> SettingsDialog:
        """The "Instellingen" dialog, built but not shown (tests fill and save it)."""
        from igj_afwijken.gui.settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.data_dir, window.settings, self.back_up_now, window)
        dialog.houseStyleRequested.connect(window.documents.edit_house_style)
        dialog.restoreRequested.connect(self.restore_backup)
        dialog.accepted.connect(self._settings_saved)
        return dialog

    def edit_settings(self) -> None:
        self.settings_dialog().exec()

    def _settings_saved(self) -> None:
        window = self.window
        self._set_text_scale(window.settings.text_scale())
        editor = window.built_editor()
        if editor is not None:
            self.suggest_locations(editor)
        window.documents.reload_render_options()
        if window.settings.organisation_store() != self._chosen_store:
            self._chosen_store = window.settings.organisation_store()
            self.offer_restart_in_store()
        elif window.settings.language() != self._chosen_language:
            previous, self._chosen_language = self._chosen_language, window.settings.language()
            if self._chosen_language != i18n.language():
                self.offer_restart_in(self._chosen_language, previous)

    def offer_restart_in(self, language: str, previous: str) -> None:
        """A new language shows in a fresh window (Enter), or from the next start; cancelling
        keeps the language as it was. The question and its buttons stand in both languages:
        the chosen one may be the only one read."""
        title = QT_TRANSLATE_NOOP("MainWindow", "Andere taal")
        text = QT_TRANSLATE_NOOP(
            "MainWindow",
            "Het venster opent opnieuw in de gekozen taal (%1). Alles is opgeslagen en het "
            "open dossier komt terug. Nu opnieuw openen?",
        )
        now = QT_TRANSLATE_NOOP("MainWindow", "Nu opnieuw openen")
        later = QT_TRANSLATE_NOOP("MainWindow", "Bij de volgende start")
        cancel = QT_TRANSLATE_NOOP("MainWindow", "Annuleren")

        def both(words: object) -> list[str]:  # QT_TRANSLATE_NOOP's text, typed as object
            return list(
                dict.fromkeys(
                    i18n.translate_in(code, RESTART_CONTEXT, str(words))
                    for code in (i18n.language(), language)
                )
            )

        name = i18n.LANGUAGE_NAMES[language]
        window = self.window
        answer = dialogs.ask_choice(
            window,
            " / ".join(both(title)),
            "\n\n".join(t.replace("%1", name) for t in both(text)),
            {
                "now": " / ".join(both(now)),
                "later": " / ".join(both(later)),
                "cancel": " / ".join(both(cancel)),
            },
            default="now",
        )
        if answer == "cancel":
            window.settings.set_language(previous)
            self._chosen_language = previous
            return
        if answer == "now" and window.shut_down():
            window.restart_requested = True
            window.restart_language = language
            window.close()

    def offer_restart_in_store(self) -> None:
        """Another register (the organisation store, or the data folder) opens in a fresh
        window, now or from the next start."""
        window = self.window
        where = window.settings.organisation_store() or self.tr("de gegevensmap op deze computer")
        if (
            dialogs.confirm(
                window,
                self.tr("Ander register"),
                self.tr(
                    "Het venster opent opnieuw en werkt dan in %1. Alles is opgeslagen. Nu opnieuw "
                    "openen?"
                ).replace("%1", where),
                self.tr("Nu opnieuw openen"),
            )
            and window.shut_down()
        ):
            window.restart_requested = True
            window.close()

    def suggest_locations(self, editor: DossierEditor) -> None:
        """Offer the organisation's locations, and those already used, in the location field."""
        window = self.window
        known = list(dict.fromkeys(window.settings.locations() + window.repository.locations()))
        completer = QCompleter(known, editor.start_page.location)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        location = editor.start_page.location
        location.setCompleter(completer)
        completer.activated.connect(lambda text: _pick(location, text))

    # -- text size ---------------------------------------------------------------------------

    def change_text_scale(self, step: int) -> None:
        self._set_text_scale(self.window.settings.text_scale() + step)

    def reset_text_scale(self) -> None:
        self._set_text_scale(100)

    def _set_text_scale(self, percent: int) -> None:
        window = self.window
        before = QApplication.font().pointSizeF()  # the dialog stores its size before this
        percent = apply_text_scale(cast(QApplication, QApplication.instance()), percent)
        changed = QApplication.font().pointSizeF() != before
        window.settings.set_text_scale(percent)
        self.say(self.tr("Tekstgrootte: %1 %").replace("%1", str(percent)), 3000)
        dossier = window.editor_dossier()
        if changed and window.editing() and dossier is not None:
            window.open_dossier(dossier.id)  # tables that fit their rows measure them again

    # -- backups -----------------------------------------------------------------------------

    def back_up_now(self) -> Backup:
        self.window.autosaver.flush()
        return make_backup(self.window.repository, self.window.data_dir, "handmatig")

    def restore_backup(self) -> None:
        """Put a backup back: the store closes, the backup goes in, and a fresh window opens."""
        from igj_afwijken.gui import backup_actions

        window = self.window
        backup = backup_actions.choose_backup(window, window.data_dir)
        if backup is None:
            return
        window.keep_backup = backup.path  # closing's own backup must not rotate it away
        if not window.shut_down():
            return
        backup_actions.restore_chosen(window, window.data_dir, backup)
        window.restart_requested = True  # also after a failed restore: the store was closed
        window.close()

    # -- help --------------------------------------------------------------------------------

    def show_about(self) -> None:
        from igj_afwijken.gui.help_dialog import AboutDialog

        AboutDialog(self.window.catalogue, self.window.data_dir, self.window).exec()

    def show_guide(self) -> None:
        from igj_afwijken.gui.help_dialog import GuideDialog

        GuideDialog(parent=self.window).exec()


def _pick(field: QLineEdit, text: str) -> None:
    """Put a suggestion the user picked in the field and store it as if it had been typed
    (setText alone does not count as an edit)."""
    field.setText(text)
    field.textEdited.emit(text)
