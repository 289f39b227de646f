"""The store in the user's own data folder, with no server: the default. Chosen and opened here,
so that nothing above storage/ names the database behind it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from igj_afwijken.domain.model import Dossier
from igj_afwijken.storage.port import StoreError
from igj_afwijken.storage.sqlite import DATABASE_ERRORS
from igj_afwijken.storage.sqlite.backups import (
    Backup,
    BackupError,
    backups_dir,
    list_backups,
    newest_good_backup,
    recover_data_folder,
    restore_backup,
    restore_was_interrupted,
)
from igj_afwijken.storage.sqlite.backups import make_backup as _make_backup
from igj_afwijken.storage.sqlite.connection import (
    find_damage,
    is_network_folder,
    open_store,
    store_path,
)
from igj_afwijken.storage.sqlite.repository import DossierRepository

__all__ = [
    "DATABASE_ERRORS",
    "Backup",
    "BackupError",
    "LocalStore",
    "STORE_FAILURES",
    "backups_dir",
    "find_damage",
    "is_network_folder",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "open_local_store",
    "recover_data_folder",
    "restore_backup",
    "restore_was_interrupted",
    "store_path",
]

LocalStore = DossierRepository

# What a failed read or write of the local store can raise: its own errors with a message for
# the user, the operating system's, and the database's.
STORE_FAILURES: tuple[type[BaseException], ...] = (StoreError, OSError, *DATABASE_ERRORS)


def open_local_store(
    data_dir: Path,
    readiness_of: Callable[[Dossier], str] | None = None,
    check_damage: bool = True,
    changed_since_of: Callable[[Dossier], int | None] | None = None,
) -> LocalStore:
    """The store in the data folder, made or brought up to date as needed.

    `readiness_of` gives the register's readiness of a dossier that is added whole, and
    `changed_since_of` the adopted version it differs from."""
    return DossierRepository(
        open_store(data_dir, check_damage),
        readiness_of=readiness_of,
        changed_since_of=changed_since_of,
    )


def make_backup(store: LocalStore, data_dir: Path, reason: str, keep: Path | None = None) -> Backup:
    """A checked copy of the store in the backup folder (see the SQLite store's backups)."""
    return _make_backup(store.connection, data_dir, reason, keep=keep)
