"""Putting a backup back from the window: after a damaged store is found, or when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from igj_afwijken import APP_NAME, i18n
from igj_afwijken.domain.text import long_date
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.widgets import tr
from igj_afwijken.services.dossiers import (
    Backup,
    BackupError,
    DamagedStoreError,
    list_backups,
    newest_good_backup,
    restore_backup,
)


def describe(backup: Backup) -> str:
    """One line for a list: when, why and how big."""
    local = backup.made_at.astimezone()
    reason = {
        "afsluiten": tr("bij het afsluiten"),
        "handmatig": tr("handmatig gemaakt"),
        "voor-terugzetten": tr("voor het terugzetten van een reservekopie"),
        "voor-verwijderen": tr("voor het definitief verwijderen van een afwijking"),
    }.get(backup.reason, tr("voor het bijwerken van de opslag"))
    time = f"{local:%H:%M:%S}" if i18n.language() == "en" else f"{local:%H.%M.%S}"
    return f"{long_date(local)}, {time} — {reason} ({max(1, backup.size // 1024)} kB)"


def offer_restore_after_damage(
    parent: QWidget | None, data_dir: Path, error: DamagedStoreError
) -> bool:
    """Say that the store is damaged and offer the newest good backup; whether one was put back."""
    try:
        backup = newest_good_backup(data_dir)
        no_backup = tr("Er is geen reservekopie om terug te zetten.")
    except BackupError as refused:
        backup, no_backup = None, str(refused)
    if backup is None:
        dialogs.warn(parent, tr("Gegevens beschadigd"), str(error) + "\n\n" + no_backup)
        return False
    if not dialogs.confirm(
        parent,
        tr("Gegevens beschadigd"),
        str(error)
        + "\n\n"
        + tr("De nieuwste goede reservekopie is van %1. Wilt u die nu terugzetten?").replace(
            "%1", describe(backup)
        ),
        tr("Reservekopie terugzetten"),
    ):
        return False
    return restore_chosen(parent, data_dir, backup)


def choose_backup(parent: QWidget | None, data_dir: Path) -> Backup | None:
    """Let the user pick one of the backups and confirm; None when there is none or on cancel."""
    try:
        backups = list_backups(data_dir)
    except BackupError as error:
        dialogs.warn(parent, tr("Back-up terugzetten"), str(error))
        return None
    if not backups:
        dialogs.inform(
            parent,
            tr("Back-up terugzetten"),
            tr(
                "Er zijn nog geen reservekopieën. %1 maakt er een bij elk afsluiten waarbij "
                "iets is veranderd."
            ).replace("%1", APP_NAME),
        )
        return None
    labels = [describe(backup) for backup in backups]
    chosen = dialogs.choose_item(
        parent, tr("Back-up terugzetten"), tr("Welke reservekopie zet u terug?"), labels
    )
    if chosen is None:
        return None
    backup = backups[labels.index(chosen)]
    if not dialogs.confirm(
        parent,
        tr("Back-up terugzetten"),
        tr(
            "De gegevens gaan terug naar de stand van %1. Wat u daarna hebt gedaan, is dan "
            "niet meer te zien; de huidige gegevens worden apart gezet in de gegevensmap, niet "
            "weggegooid. Het venster gaat daarvoor even dicht en weer open."
        ).replace("%1", describe(backup)),
        tr("Terugzetten"),
    ):
        return None
    return backup


def restore_chosen(parent: QWidget | None, data_dir: Path, backup: Backup) -> bool:
    """Put the chosen backup back (every connection to the store must be closed) and say how
    it went; whether it was put back."""
    try:
        _used, aside = restore_backup(data_dir, backup)
    except BackupError as error:
        dialogs.warn(parent, tr("Back-up terugzetten"), str(error))
        return False
    text = tr("De reservekopie van %1 is teruggezet.").replace("%1", describe(backup))
    if aside is not None:
        text += " " + tr("De vorige gegevens staan apart in %1.").replace("%1", str(aside))
    dialogs.inform(parent, tr("Back-up terugzetten"), text)
    return True
