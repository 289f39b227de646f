"""What the window does to whole dossiers: make, copy, remove them, and the steps of their life."""

from __future__ import annotations

from collections.abc import Callable

from igj_afwijken.domain.model import Dossier, Person, new_dossier_id, utc_now
from igj_afwijken.domain.readiness import LawGateError, NotReadyError
from igj_afwijken.examples import DEFAULT_EXAMPLE
from igj_afwijken.formats import exchange
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.services import lifecycle
from igj_afwijken.services.dossiers import (
    STORE_FAILURES,
    BackupError,
    StoreError,
    UnreadableDossier,
    dossier_history,
    purge_for_good,
    read_exchange_file,
)


class DossierActions(WindowPart):
    """New, example, duplicate, delete, restore and purge; adopt, evaluate and end."""

    # -- making, copying and removing ------------------------------------------------------

    def new_dossier(self) -> None:
        window = self.window
        dossier = Dossier(title=self.tr("Nieuwe afwijking"))
        self._fill_in_defaults(dossier)
        window.repository.add(dossier)
        window.open_dossier(dossier.id)
        window.editor.go_to_step(0)
        window.editor.start_page.title.setFocus()
        window.editor.start_page.title.selectAll()

    def _fill_in_defaults(self, dossier: Dossier) -> None:
        """What the organisation set in "Instellingen": its name, its only location, and the
        responsible person."""
        settings = self.window.settings
        dossier.organisation = self.window.documents.house_style().organisation
        locations = settings.locations()
        if len(locations) == 1:
            dossier.location = locations[0]
        name, role = settings.default_responsible()
        dossier.responsible = Person(name, role)

    def open_example(self, name: str = DEFAULT_EXAMPLE) -> None:
        """Start from an example: a copy of it becomes the user's own dossier."""
        window = self.window
        example_file = next((e for e in window.examples if e.name == name), None)
        try:
            if example_file is None:
                raise exchange.ExchangeError(
                    self.tr("Het voorbeeld “%1” is niet gevonden.").replace("%1", name)
                )
            example = read_exchange_file(example_file.path)
        except exchange.ExchangeError as error:
            dialogs.warn(window, self.tr("Voorbeeld niet gevonden"), str(error))
            return
        now = utc_now()
        copy = example.copy(
            id=new_dossier_id(),
            title=self.tr("Voorbeeld: %1").replace("%1", example.title),
            created_at=now,
            updated_at=now,
        )
        window.repository.add(copy)
        window.open_dossier(copy.id)

    def duplicate_dossier(self, dossier_id: str) -> None:
        window = self.window
        window.take_in_edits()
        window.autosaver.flush()
        try:
            original = window.repository.get(dossier_id)
        except UnreadableDossier as error:
            dialogs.warn(window, self.tr("Kopiëren mislukt"), str(error))
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
        window.repository.add(copy)
        self.say(self.tr("Kopie gemaakt: %1").replace("%1", copy.title), 6000)
        if window.editing():
            window.open_dossier(copy.id)
        else:
            window.refresh_home()
            window.home.select(copy.id)

    def delete_dossier(self, dossier_id: str) -> None:
        window = self.window
        window.take_in_edits()
        window.autosaver.flush()
        summary_title = window.repository.title_of(dossier_id)
        if not dialogs.confirm(
            window,
            self.tr("Afwijking verwijderen"),
            self.tr(
                "“%1” gaat naar de prullenbak. U kunt de afwijking daar terugzetten zolang u "
                "haar niet definitief verwijdert."
            ).replace("%1", summary_title),
            self.tr("Naar prullenbak"),
        ):
            return
        window.repository.delete(dossier_id)
        window.home.bin_button.setChecked(False)
        window.show_home()
        window.home.show_undo(dossier_id, summary_title)

    def restore_dossier(self, dossier_id: str) -> None:
        window = self.window
        window.repository.restore(dossier_id)
        window.home.bin_button.setChecked(False)
        window.refresh_home()
        window.home.select(dossier_id)
        self.say(self.tr("De afwijking is teruggezet."), 6000)

    def purge_dossier(self, dossier_id: str) -> None:
        """Remove a dossier from the bin for good, after a backup of everything (as the
        command line does), so that it can still be brought back from there."""
        window = self.window
        title = window.repository.title_of(dossier_id)
        if not dialogs.confirm(
            window,
            self.tr("Definitief verwijderen"),
            self.tr(
                "“%1” wordt definitief verwijderd. Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", title),
            self.tr("Definitief verwijderen"),
        ):
            return
        window.autosaver.flush()  # the backup holds everything typed so far
        try:
            purge_for_good(window.repository, window.data_dir, dossier_id)
        except BackupError as error:  # then nothing was removed
            dialogs.warn(window, self.tr("Geen reservekopie"), str(error))
            return
        window.refresh_home()

    def on_current(self, handler: Callable[[str], None]) -> None:
        """Do `handler` to the open dossier, or else to the one selected in the register."""
        window = self.window
        dossier = window.editor_dossier()
        if window.editing() and dossier is not None:
            handler(dossier.id)
        elif window.home.selected_id():
            handler(window.home.selected_id())

    # -- the dossier's life ----------------------------------------------------------------

    def _open_and_saved(self) -> Dossier | None:
        """The open dossier with everything typed so far stored, or None."""
        window = self.window
        dossier = window.editor_dossier()
        if not window.editing() or dossier is None:
            return None
        window.take_in_edits()
        if not window.autosaver.flush():
            dialogs.warn(
                window,
                self.tr("Nog niet opgeslagen"),
                self.tr("De laatste wijzigingen zijn nog niet opgeslagen. Probeer het zo opnieuw."),
            )
            return None
        return dossier

    def _store_life_event(
        self, dossier: Dossier, store: Callable[[], None], done_message: str
    ) -> None:
        """Store a change of status; if that fails, show the dossier as the store still has it."""
        window = self.window
        try:
            store()
        except STORE_FAILURES as error:
            dialogs.warn(window, self.tr("Opslaan mislukt"), str(error))
            window.open_dossier(dossier.id)
            return
        window.editor.refresh()
        window.menus.update_state()
        self.say(done_message, 8000)

    def adopt_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is None:
            return
        from igj_afwijken.gui import lifecycle_dialogs

        window = self.window
        chosen = lifecycle_dialogs.ask_adoption(
            window, dossier, window.catalogue, default_by=dossier.responsible
        )
        if chosen is None:
            return
        try:
            version = lifecycle.adopt(dossier, window.catalogue, *chosen)
        except (lifecycle.LifecycleError, NotReadyError, LawGateError) as error:
            dialogs.warn(window, self.tr("Vaststellen niet mogelijk"), str(error))
            return
        self._store_life_event(
            dossier,
            lambda: window.repository.add_version(dossier, version),
            self.tr("Versie %1 is vastgesteld.").replace("%1", str(version.number)),
        )

    def start_evaluation_of_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is None:
            return
        try:
            lifecycle.start_evaluation(dossier)
        except lifecycle.LifecycleError as error:
            dialogs.warn(self.window, self.tr("Niet mogelijk"), str(error))
            return
        self._store_life_event(
            dossier,
            lambda: self.window.repository.save_facts(dossier),
            self.tr("De afwijking is in evaluatie."),
        )

    def end_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is None:
            return
        window = self.window
        others = [(s.id, s.title) for s in window.repository.summaries() if s.id != dossier.id]
        from igj_afwijken.gui import lifecycle_dialogs

        chosen = lifecycle_dialogs.ask_ending(window, window.catalogue, others)
        if chosen is None:
            return
        try:
            lifecycle.end(dossier, *chosen)
        except lifecycle.LifecycleError as error:
            dialogs.warn(window, self.tr("Beëindigen niet mogelijk"), str(error))
            return
        self._store_life_event(
            dossier,
            lambda: window.repository.save_facts(dossier),
            self.tr("De afwijking is beëindigd."),
        )

    def compare_versions_of_current(self) -> None:
        dossier = self._open_and_saved()
        if dossier is not None:
            from igj_afwijken.gui import lifecycle_dialogs

            lifecycle_dialogs.show_versions(self.window, dossier, self.window.catalogue)

    def show_history_of_current(self) -> None:
        """Who changed what in the open dossier, as the organisation store's server recorded it."""
        from igj_afwijken.gui.history_dialog import HistoryDialog

        window = self.window
        dossier = self._open_and_saved()
        if dossier is None:
            return
        try:
            entries = dossier_history(window.repository, dossier.id)
        except StoreError as error:
            dialogs.warn(window, self.tr("Geschiedenis niet te lezen"), str(error))
            return
        if entries is None:
            return  # the data folder's store keeps no history; the menu says so by being off
        self.history_dialog = HistoryDialog(dossier.title, entries, window.catalogue, window)
        self.history_dialog.show()
