"""The organisation store's own actions: taking the open dossier along to work offline,
bringing it back, a director taking it back (with the note that says which is the case), and
moving the data folder's dossiers in."""

from __future__ import annotations

from typing import Any, cast

from igj_afwijken.domain.text import long_date
from igj_afwijken.gui import conflict_dialog, dialogs
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.services.dossiers import OrganisationStore, StoreError, open_register
from igj_afwijken.services.organisation import migrate
from igj_afwijken.services.take_along import (
    Conflict,
    TakenAlong,
    TakenMark,
    bring_back,
    conflict_label,
    conflict_text,
    settled_value,
    take_along,
    take_back,
    taken_here,
    taken_marks,
)


class TakeAlongActions(WindowPart):
    """Meenemen, Terugbrengen and Terugnemen for the open dossier; Overzetten."""

    mark: TakenMark | None = None  # who took the open dossier of the organisation store along
    here: TakenAlong | None = None  # the open dossier as this computer took it along

    def show_state(self) -> None:
        """Say whether the open dossier is taken along, and lock it while it is (only what
        was taken along, in the data folder, is where the work goes on)."""
        window = self.window
        dossier = window.editor_dossier()
        if dossier is None:
            return
        self.here = self._taken_here(dossier.id)
        if not window.on_server:
            self.mark = None
            note = ""
            if self.here is not None:
                note = self.tr(
                    "Meegenomen uit het organisatieregister op %1. Uw wijzigingen worden op deze "
                    "computer bewaard; breng de afwijking terug (Afwijking > Terugbrengen) "
                    "zodra u weer met het organisatieregister werkt."
                ).replace("%1", long_date(self.here.since.astimezone().date()))
            window.editor.show_taken(note, read_only=False)
            return
        try:
            self.mark = taken_marks(window.repository).get(dossier.id)
        except StoreError:
            self.mark = None  # out of reach: the status bar says so; the server still guards
        if self.mark is None:
            window.editor.show_taken("", read_only=False)
            return
        since = long_date(self.mark.since.astimezone().date())
        if self.here is not None:
            note = self.tr(
                "U heeft deze afwijking op %1 meegenomen naar deze computer om zonder "
                "verbinding aan te werken. Hier kunt u haar alleen lezen; breng haar terug met "
                "Afwijking > Terugbrengen."
            ).replace("%1", since)
        else:
            note = (
                self.tr(
                    "%1 heeft deze afwijking op %2 meegenomen om zonder verbinding aan te werken. "
                    "U kunt haar lezen; wijzigen kan weer als zij is teruggebracht."
                )
                .replace("%1", self.mark.who)
                .replace("%2", since)
            )
        window.editor.show_taken(note, read_only=True)

    def _taken_here(self, dossier_id: str) -> TakenAlong | None:
        """The dossier as this computer took it along, from the organisation store the window
        works in (or, working in the data folder, from any); only its own record is read."""
        window = self.window
        taken = taken_here(window.data_dir, dossier_id)
        if taken is None or (window.on_server and taken.address != window.store_address):
            return None
        return taken

    def take_current(self) -> None:
        window = self.window
        dossier = window.editor_dossier()
        if dossier is None or not window.on_server:
            return
        window.take_in_edits()
        window.autosaver.flush()
        local = open_register(window.data_dir, window.catalogue)
        try:
            kept_apart = take_along(self._organisation(), local, window.data_dir, dossier.id)
        except StoreError as error:
            dialogs.warn(window, self.tr("Meenemen niet mogelijk"), str(error))
            return
        finally:
            local.close()
        text = self.tr(
            "De afwijking staat nu ook in de gegevensmap op deze computer. Werkt u zonder "
            "verbinding, dan opent het programma de gegevensmap en werkt u daar verder. "
            "Anderen kunnen haar intussen alleen lezen. Breng haar terug met Afwijking > "
            "Terugbrengen."
        )
        if kept_apart:
            text += "\n\n" + self.tr(
                "De gegevensmap had een andere, oudere versie van deze afwijking; die staat nu "
                "in de prullenbak van de gegevensmap."
            )
        dialogs.inform(window, self.tr("Meegenomen"), text)
        self._shown_again()

    def bring_back_current(self) -> None:
        window = self.window
        dossier = window.editor_dossier()
        if dossier is None or not window.on_server:
            return
        local = open_register(window.data_dir, window.catalogue)
        try:
            done = bring_back(self._organisation(), local, window.data_dir, dossier.id, self.choose)
        except StoreError as error:
            dialogs.warn(window, self.tr("Terugbrengen niet mogelijk"), str(error))
            return
        finally:
            local.close()
        if done.written:
            self.say(self.tr("Teruggebracht naar het organisatieregister."), 8000)
            window.open_dossier(dossier.id)  # the dossier as it now stands on the server

    def choose(self, conflict: Conflict) -> Any:
        """Which of two values to keep where the server's dossier and the user's (taken along,
        or waiting for the server) changed the same field, as the user settles it side by
        side."""
        chosen = conflict_dialog.settle(
            self.window,
            conflict_label(conflict, self.window.catalogue),
            conflict_text(conflict.mine),
            conflict_text(conflict.theirs),
        )
        return settled_value(conflict, chosen)

    def take_back_current(self) -> None:
        window = self.window
        dossier = window.editor_dossier()
        if dossier is None or self.mark is None:
            return
        if not dialogs.confirm(
            window,
            self.tr("Terugnemen"),
            self.tr(
                "%1 heeft deze afwijking meegenomen. Neemt u haar terug, dan kan zij hier weer "
                "worden gewijzigd. Wat %1 onderweg schreef, gaat niet verloren: het komt erbij "
                "als zij de afwijking terugbrengt, en waar u beiden hetzelfde wijzigde, kiest "
                "zij dan."
            ).replace("%1", self.mark.who),
            self.tr("&Terugnemen"),
        ):
            return
        try:
            take_back(self._organisation(), dossier.id)
        except StoreError as error:
            dialogs.warn(window, self.tr("Terugnemen niet mogelijk"), str(error))
            return
        self._shown_again()

    def move_data_folder_in(self) -> None:
        """Copy the data folder's dossiers into the organisation store, and say what it did."""
        window = self.window
        if not window.on_server:
            return
        if not dialogs.confirm(
            window,
            self.tr("Overzetten naar het organisatieregister"),
            self.tr(
                "De afwijkingen in de gegevensmap op deze computer (%1) worden gekopieerd naar "
                "het organisatieregister, met hun versies en bijlagen. Wat daar al staat, wordt "
                "niet overschreven, en de gegevensmap blijft zoals zij is."
            ).replace("%1", str(window.data_dir)),
            self.tr("&Overzetten"),
        ):
            return
        window.take_in_edits()
        window.autosaver.flush()
        try:
            local = open_register(window.data_dir, window.catalogue)
            try:
                with dialogs.busy():
                    done = migrate(local, window.repository)
            finally:
                local.close()
        except StoreError as error:
            dialogs.warn(window, self.tr("Overzetten niet mogelijk"), str(error))
            return
        lines = [
            self.tr(
                "Overgezet: %1. Stond er al zo: %2. Verschilt, niet overschreven: %3. Niet "
                "overgezet: %4. In de prullenbak van de gegevensmap gelaten: %5."
            )
            .replace("%1", str(len(done.copied)))
            .replace("%2", str(len(done.already_there)))
            .replace("%3", str(len(done.different)))
            .replace("%4", str(len(done.not_copied)))
            .replace("%5", str(len(done.in_bin)))
        ]
        different = self.tr("Verschilt, niet overschreven: %1")
        lines += [different.replace("%1", title) for _, title in done.different]
        refused = self.tr("Niet overgezet: %1 (%2)")
        lines += [
            refused.replace("%1", title).replace("%2", why) for _, title, why in done.not_copied
        ]
        dialogs.inform(window, self.tr("Overzetten"), "\n".join(lines))
        window.refresh_home()

    def _organisation(self) -> OrganisationStore:
        return cast(OrganisationStore, self.window.repository)  # the actions are on only then

    def _shown_again(self) -> None:
        self.show_state()
        self.window.menus.update_state()
