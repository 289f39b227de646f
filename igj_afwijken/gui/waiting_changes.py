"""Changes that wait while the organisation store's server cannot be reached: kept on this
computer as they are typed, and written when the window next opens with the server there."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QTimer

from igj_afwijken.gui import dialogs
from igj_afwijken.gui.window_part import WindowPart
from igj_afwijken.services.dossiers import OrganisationStore, StoreError
from igj_afwijken.services.waiting import (
    Waiting,
    forget_waiting,
    keep_waiting,
    waiting_for,
    write_waiting,
)

KEEP_EVERY_MS = 2000  # how often what is typed while the server is away is kept again


class WaitingChanges(WindowPart):
    """Keeps the open dossier's unsaved changes in the data folder while saving to the server
    fails, forgets them once everything is saved, and writes those of an earlier session."""

    def __init__(self, window) -> None:  # noqa: ANN001 (the MainWindow)
        super().__init__(window)
        self._kept: dict[str, object] = {}  # each dossier's state as last kept
        self._timer = QTimer(self, interval=KEEP_EVERY_MS)
        self._timer.timeout.connect(self.keep)

    def saving_failed(self) -> None:
        self.keep()
        self._timer.start()

    def all_saved(self) -> None:
        self._timer.stop()
        for dossier_id in self._kept:
            forget_waiting(self.window.data_dir, dossier_id)
        self._kept.clear()

    def keep(self) -> bool:
        """Keep the open dossier's changes on this computer; False when that failed too."""
        window = self.window
        editor = window.built_editor()
        state = None if editor is None else editor.unsaved_state()
        if state is None:
            return bool(self._kept)
        dossier_id = state[1].id
        if self._kept.get(dossier_id) == state:
            return True  # kept as it is: no need to write the whole dossier again
        try:
            keep_waiting(window.data_dir, Waiting(window.store_address, *state))
        except (OSError, StoreError):
            return False
        self._kept[dossier_id] = state
        return True

    def stop(self) -> None:
        self._timer.stop()

    def write_earlier(self) -> None:
        """Write what waited from an earlier session, now that the server can be reached."""
        window = self.window
        found, problems = waiting_for(window.data_dir, window.store_address)
        written = []
        for waiting in found:
            try:
                written.append(
                    write_waiting(
                        cast(OrganisationStore, window.repository),  # on the server only
                        window.data_dir,
                        waiting,
                        window.take_along.choose,
                    )
                )
            except StoreError as error:
                problems.append(f"{waiting.mine.title}: {error}")
        if written:
            lines = [
                self.tr(
                    "Wat u typte terwijl de organisatieserver niet bereikbaar was, is nu "
                    "opgeslagen: %1."
                ).replace("%1", ", ".join(f"“{done.title}”" for done in written))
            ]
            for done in written:
                for field, mine in done.kept_theirs:
                    lines.append(
                        self.tr(
                            "In “%1” had een collega intussen ook “%2” gewijzigd; die waarde is "
                            "gebleven. U had: %3"
                        )
                        .replace("%1", done.title)
                        .replace("%2", window.catalogue.field_label(field))
                        .replace("%3", str(mine))
                    )
            dialogs.inform(window, self.tr("Wijzigingen opgeslagen"), "\n\n".join(lines))
            dossier = window.editor_dossier()
            if window.editing() and dossier is not None:
                window.open_dossier(dossier.id)  # as it now stands on the server
            else:
                window.refresh_home()
        if problems:
            dialogs.warn(
                window,
                self.tr("Wijzigingen wachten nog"),
                self.tr(
                    "Niet alles wat op deze computer wachtte, kon worden opgeslagen; het blijft "
                    "bewaard en het programma probeert het bij de volgende start opnieuw.\n\n%1"
                ).replace("%1", "\n".join(problems)),
            )
