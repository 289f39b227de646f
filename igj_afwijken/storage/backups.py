"""Rotating, verified backups of the store made with SQLite's backup API, and putting one back."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.fileio import atomic_target
from igj_afwijken.paths import ensure_private_dir
from igj_afwijken.storage.database import StoreError, read_only_uri, store_path
from igj_afwijken.storage.errors import explain

BACKUPS_FOLDER = "reservekopieen"
KEEP = 10
_NAME = re.compile(r"^afwijkingen-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(StoreError):
    """A backup cannot be made, read or put back; the message is meant for the user."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str  # "afsluiten", "voor-schema-5", "voor-terugzetten"…
    size: int


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_FOLDER


def make_backup(
    connection: sqlite3.Connection, data_dir: Path, reason: str, keep: Path | None = None
) -> Backup:
    """Copy the store into a new backup file, check the copy, and keep only the newest KEEP
    (and `keep`, a backup about to be put back, whatever its age).

    SQLite's backup API copies a consistent state even while the store is in use; the copy is
    checked with `PRAGMA integrity_check` before it gets its name, so a listed backup is good."""
    made_at = datetime.now(UTC)
    folder = backups_dir(data_dir)
    path = folder / f"afwijkingen-{made_at:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    try:
        ensure_private_dir(folder)
        with atomic_target(path, private=True) as temporary:
            copy = sqlite3.connect(temporary)
            try:
                connection.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                if not _is_sound(copy, "integrity_check"):
                    raise BackupError(
                        i18n.translate("backups", "De reservekopie is na het maken niet in orde.")
                    )
            finally:
                copy.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            i18n.translate("backups", "De reservekopie kon niet worden gemaakt: {reason}").format(
                reason=explain(error)
            )
        ) from error
    _rotate(folder, keep)
    return _backup_at(path)


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data folder, newest first."""
    try:
        names = os.listdir(backups_dir(data_dir))
    except OSError:
        return []
    found = [_backup_at(backups_dir(data_dir) / name) for name in names if _NAME.match(name)]
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def is_good(path: Path) -> bool:
    """Whether a store or backup file opens and passes SQLite's full integrity check."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return False
    try:
        return _is_sound(connection, "integrity_check")
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def newest_good_backup(data_dir: Path) -> Backup | None:
    return next((backup for backup in list_backups(data_dir) if is_good(backup.path)), None)


def restore_backup(data_dir: Path, backup: Backup | None = None) -> tuple[Backup, Path | None]:
    """Put a backup (by default the newest good one) in place of the store.

    Nothing is thrown away: the current store (with its journal files) is first moved aside,
    and its new name is returned with the backup used. Every connection to the store must be
    closed before this is called."""
    chosen = backup or newest_good_backup(data_dir)
    if chosen is None:
        raise BackupError(
            i18n.translate("backups", "Er is geen bruikbare reservekopie om terug te zetten.")
        )
    if not is_good(chosen.path):
        raise BackupError(
            i18n.translate(
                "backups", "De reservekopie {name} is beschadigd; kies een andere."
            ).format(name=chosen.path.name)
        )
    store = store_path(data_dir)
    aside = None
    try:
        if store.exists():
            aside = store.with_name(
                f"afwijkingen-apart-gezet-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.sqlite3"
            )
            os.replace(store, aside)
            for suffix in _SIDE_FILES:  # a journal belongs to its store; both move together
                side = Path(f"{store}{suffix}")
                if side.exists():
                    os.replace(side, f"{aside}{suffix}")
        with atomic_target(store, private=True) as temporary:
            shutil.copyfile(chosen.path, temporary)
    except OSError as error:
        kept = _put_back(aside, store)
        raise BackupError(
            i18n.translate(
                "backups", "De reservekopie kon niet worden teruggezet: {reason}."
            ).format(reason=explain(error))
            + (
                ""
                if kept is None
                else " "
                + i18n.translate("backups", "De vorige gegevens staan in {path}.").format(path=kept)
            )
        ) from error
    return chosen, aside


def _put_back(aside: Path | None, store: Path) -> Path | None:
    """After a failed restore, move what was set aside back (the store and its journal files,
    whichever got moved); None when all is back, else where the earlier data now is."""
    if aside is None:
        return None
    try:
        for suffix in ("", *_SIDE_FILES):
            moved = Path(f"{aside}{suffix}")
            if moved.exists() and not Path(f"{store}{suffix}").exists():
                os.replace(moved, f"{store}{suffix}")
    except OSError:
        return aside
    return None if not aside.exists() else aside


def _is_sound(connection: sqlite3.Connection, pragma: str) -> bool:
    rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    return [tuple(row) for row in rows] == [("ok",)]


def _backup_at(path: Path) -> Backup:
    match = _NAME.match(path.name)
    assert match is not None
    made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return Backup(path=path, made_at=made_at, reason=match.group(2), size=size)


def _rotate(folder: Path, keep: Path | None) -> None:
    for old in list_backups(folder.parent)[KEEP:]:
        if keep is not None and old.path == keep:
            continue
        with contextlib.suppress(OSError):  # one that cannot go now goes at the next rotation
            old.path.unlink()
