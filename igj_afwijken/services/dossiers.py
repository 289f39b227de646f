"""The register of dossiers as the window and the command line use it: opening the store, its
errors and register rows, backups, and reading and writing exchange files."""

from __future__ import annotations

from pathlib import Path

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.readiness import assess, readiness_state
from igj_afwijken.storage.local import (
    DATABASE_ERRORS,
    STORE_FAILURES,
    Backup,
    BackupError,
    LocalStore,
    backups_dir,
    is_network_folder,
    list_backups,
    make_backup,
    newest_good_backup,
    recover_data_folder,
    restore_backup,
    restore_was_interrupted,
    store_path,
)
from igj_afwijken.storage.local import open_local_store as _open_local_store
from igj_afwijken.storage.port import (
    AnswerWouldBeErased,
    DamagedStoreError,
    DiskFullError,
    DossierStore,
    DossierSummary,
    RegisterFilter,
    StoreError,
    UnknownDossier,
    UnreadableDossier,
)

__all__ = [
    "DATABASE_ERRORS",
    "STORE_FAILURES",
    "AnswerWouldBeErased",
    "Backup",
    "BackupError",
    "DamagedStoreError",
    "DiskFullError",
    "DossierStore",
    "DossierSummary",
    "LocalStore",
    "RegisterFilter",
    "StoreError",
    "UnknownDossier",
    "UnreadableDossier",
    "backups_dir",
    "is_network_folder",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "open_register",
    "open_store",
    "recover_data_folder",
    "restore_backup",
    "restore_was_interrupted",
    "store_path",
]


def open_register(data_dir: Path, catalogue: Catalogue) -> LocalStore:
    """The store in the data folder, keeping each whole dossier's readiness for the register."""
    return _open_local_store(
        data_dir, readiness_of=lambda dossier: readiness_state(assess(dossier, catalogue))
    )


def open_store(data_dir: Path, check_damage: bool = True) -> LocalStore:
    """The store in the data folder, for a writer that keeps no readiness (autosave, backups)."""
    return _open_local_store(data_dir, check_damage=check_damage)
