"""The register of dossiers as the window and the command line use it: opening the store, its
errors and register rows, backups, and reading and writing exchange files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.domain.attachments import hides_its_type
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.lifecycle import changed_since_version
from igj_afwijken.domain.model import Attachment, Dossier
from igj_afwijken.domain.readiness import readiness_state_of
from igj_afwijken.formats import exchange
from igj_afwijken.storage.local import (
    DATABASE_ERRORS,
    STORE_FAILURES,
    Backup,
    BackupError,
    LocalStore,
    backups_dir,
    find_damage,
    is_network_folder,
    list_backups,
    newest_good_backup,
    recover_data_folder,
    restore_backup,
    restore_was_interrupted,
    store_path,
)
from igj_afwijken.storage.local import (
    make_backup as _make_local_backup,
)
from igj_afwijken.storage.local import open_local_store as _open_local_store
from igj_afwijken.storage.organisation import (
    OrganisationStore,
    ServerError,
    connection_info,
    open_organisation_store,
)
from igj_afwijken.storage.port import (
    CHECKLIST_PREFIX,
    AnswerWouldBeErased,
    ChangedMeanwhile,
    DamagedStoreError,
    DiskFullError,
    DossierStore,
    DossierSummary,
    HistoryEntry,
    PagedRows,
    RegisterFilter,
    RegisterOrder,
    StoreError,
    SummaryRows,
    UnknownDossier,
    UnreadableDossier,
)

__all__ = [
    "CHECKLIST_PREFIX",
    "DATABASE_ERRORS",
    "STORE_FAILURES",
    "AnswerWouldBeErased",
    "Backup",
    "BackupError",
    "ChangedMeanwhile",
    "DamagedStoreError",
    "DiskFullError",
    "DossierStore",
    "DossierSummary",
    "HistoryEntry",
    "ImportedDossier",
    "LocalStore",
    "OrganisationStore",
    "PagedRows",
    "RegisterFilter",
    "RegisterOrder",
    "ServerError",
    "StoreError",
    "SummaryRows",
    "UnknownDossier",
    "UnreadableDossier",
    "backups_dir",
    "check_organisation_address",
    "dossier_history",
    "find_damage",
    "export_exchange_file",
    "import_dossier",
    "import_exchange_file",
    "is_network_folder",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "open_organisation_register",
    "open_register",
    "open_store",
    "open_writer",
    "purge_after_backup",
    "purge_for_good",
    "read_exchange_file",
    "recover_data_folder",
    "restore_backup",
    "restore_was_interrupted",
    "store_path",
]


def open_register(data_dir: Path, catalogue: Catalogue) -> LocalStore:
    """The store in the data folder, keeping each whole dossier's readiness for the register."""
    store = _open_local_store(
        data_dir,
        readiness_of=lambda dossier: readiness_state_of(dossier, catalogue),
        changed_since_of=lambda dossier: changed_since_version(dossier, catalogue),
    )
    try:
        store.note_unknown_changes()
    except BaseException:
        store.close()
        raise
    return store


def open_organisation_register(url: str, catalogue: Catalogue) -> OrganisationStore:
    """The organisation store at `url`, as the person who logs in, keeping each whole
    dossier's readiness for the register as the local register does."""
    return open_organisation_store(
        url,
        readiness_of=lambda dossier: readiness_state_of(dossier, catalogue),
        changed_since_of=lambda dossier: changed_since_version(dossier, catalogue),
    )


def make_backup(
    store: DossierStore, data_dir: Path, reason: str, keep: Path | None = None
) -> Backup:
    """A checked copy of the data folder's store in its backup folder. The organisation store
    is backed up by the server's administrator: BackupError says so."""
    if not isinstance(store, LocalStore):
        raise BackupError(
            i18n.translate(
                "database",
                "Het organisatieregister staat op de server; de beheerder van de server maakt "
                "er de back-ups van (met pg_dump of bij de aanbieder).",
            )
        )
    return _make_local_backup(store, data_dir, reason, keep=keep)


def open_writer(data_dir: Path, address: str = "") -> DossierStore:
    """The store a writer that keeps no readiness (autosave) writes to: the organisation store
    at `address`, or else the data folder's (which the window checked when it opened it)."""
    if address:
        return open_organisation_store(address)
    return _open_local_store(data_dir, check_damage=False)


def check_organisation_address(address: str) -> None:
    """ServerError, with why, for an address that the organisation store cannot be reached by
    safely (a password in it, no TLS to another computer); nothing is connected."""
    connection_info(address)


def open_store(data_dir: Path, check_damage: bool = True) -> LocalStore:
    """The store in the data folder, for a writer that keeps no readiness (autosave, backups)."""
    return _open_local_store(data_dir, check_damage=check_damage)


@dataclass(frozen=True)
class ImportedDossier:
    """A dossier taken in from a file, and the id the store gave it."""

    id: str
    dossier: Dossier

    @property
    def misleading_attachments(self) -> list[Attachment]:
        """Its attachments whose name poses as another kind of file ("brief.pdf.exe")."""
        return [a for a in self.dossier.attachments if hides_its_type(a.name)]


def read_exchange_file(path: Path) -> Dossier:
    """The dossier in an exchange file or in a PDF of ours; raises ExchangeError."""
    return exchange.read_file(path)


def import_dossier(store: DossierStore, dossier: Dossier) -> ImportedDossier:
    """Add a dossier read from a file; it keeps its id unless the store has that one already.
    One transaction: a failure (one of DATABASE_ERRORS) keeps nothing of it."""
    return ImportedDossier(store.add_imported(dossier), dossier)


def import_exchange_file(store: DossierStore, path: Path) -> ImportedDossier:
    """Read an exchange file (or a PDF of ours) and add its dossier to the store; raises
    ExchangeError for a file that cannot be taken in, DATABASE_ERRORS for a store that cannot
    keep it."""
    return import_dossier(store, read_exchange_file(path))


def export_exchange_file(dossier: Dossier, output: Path) -> None:
    """Write the dossier to an exchange file; on an OSError an earlier file is left untouched."""
    exchange.write_file(output, dossier)


def purge_after_backup(store: LocalStore, data_dir: Path, dossier_id: str) -> Backup:
    """Remove a dossier for good, after a backup of the whole store ("voor-verwijderen") that
    can bring it back. A backup that cannot be made raises BackupError and removes nothing."""
    backup = make_backup(store, data_dir, "voor-verwijderen")
    store.purge(dossier_id)
    return backup


def purge_for_good(store: DossierStore, data_dir: Path, dossier_id: str) -> Backup | None:
    """Remove a dossier for good: from the data folder after a backup that can bring it back
    (see purge_after_backup); from the organisation store at once, whose history on the server
    keeps what each field held, and whose backups are the server's (None)."""
    if isinstance(store, LocalStore):
        return purge_after_backup(store, data_dir, dossier_id)
    store.purge(dossier_id)
    return None


def dossier_history(store: DossierStore, dossier_id: str) -> list[HistoryEntry] | None:
    """Who changed what in the dossier, newest first: kept by the organisation store's server;
    None for the data folder's store, which keeps adopted versions but no such history."""
    if isinstance(store, OrganisationStore):
        return store.history(dossier_id)
    return None
