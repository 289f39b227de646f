"""One program per data folder: a lock file that names the computer and process holding it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from igj_afwijken import i18n
from igj_afwijken.fileio import disk_is_full
from igj_afwijken.paths import DataFolderError, ensure_data_dir, make_private

LOCK_FILENAME = "afwijkingen.lock"


class FolderInUse(Exception):
    """Another program holds the data folder; the message names where it runs."""


def lock_data_dir(data_dir: Path) -> QLockFile:
    """Take the data folder's lock and return it (keep it alive; unlock it on exit).

    A lock left by a program that crashed on this computer is taken over: Qt sees that its
    process no longer runs. A lock held by another computer (a shared folder) is respected.
    A folder that is not the program's to use raises FolderInUse with the reason."""
    try:
        ensure_data_dir(data_dir)
    except DataFolderError as error:
        raise FolderInUse(str(error)) from None
    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    lock.setStaleLockTime(0)  # stale only when the holder is gone, however long it ran
    if lock.tryLock(0):
        make_private(data_dir / LOCK_FILENAME)
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _application = lock.getLockInfo()  # PySide: (0, "", "") when unreadable
        if pid:
            holder = i18n.translate("instance_lock", "op computer {host}, proces {pid}")
        else:
            holder = i18n.translate("instance_lock", "door een ander programma")
        raise FolderInUse(
            i18n.translate(
                "instance_lock",
                "IGJ Afwijken heeft deze gegevensmap al open ({holder}). Twee programma's die "
                "tegelijk in dezelfde gegevens schrijven kunnen elkaars werk overschrijven. Sluit "
                "het andere venster eerst en probeer het dan opnieuw.\n\nGegevensmap: {folder}",
            ).format(holder=holder.format(host=host, pid=pid), folder=data_dir)
        )
    if disk_is_full(data_dir):
        reason = i18n.translate("instance_lock", "de schijf is vol; maak eerst ruimte vrij")
    else:
        reason = i18n.translate("instance_lock", "is de map alleen-lezen?")
    raise FolderInUse(
        i18n.translate(
            "instance_lock", "De gegevensmap {folder} kan niet worden vergrendeld: {reason}."
        ).format(folder=data_dir, reason=reason)
    )
