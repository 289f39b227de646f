"""Opening the SQLite store: connection settings, damage and network checks, migrating before use."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.errors import explain
from igj_afwijken.fileio import disk_is_full
from igj_afwijken.paths import DataFolderError, ensure_data_dir
from igj_afwijken.storage.port import DamagedStoreError, DiskFullError, StoreError
from igj_afwijken.storage.sqlite.backups import make_backup
from igj_afwijken.storage.sqlite.schema import (
    SCHEMA_VERSION,
    migrate,
    refuse_newer_schema,
    schema_version,
)
from igj_afwijken.storage.sqlite.store_file import read_only_uri, store_path


def open_store(data_dir: Path, check_damage: bool = True) -> sqlite3.Connection:
    """Open (and create or migrate) the store in a data folder.

    A damaged store raises DamagedStoreError and is never written to. The whole file is checked
    only when the last program using it did not close it (its journal is still there); otherwise
    a cheap check of its header and schema suffices, so that opening costs the same with 10 or
    100,000 dossiers — each backup and `find_damage` check the whole file. Before a migration
    the store is backed up. On a network folder, where WAL is unsafe, the store keeps a rollback
    journal instead. A second connection opened right after a checked one may skip the check."""
    path = store_path(data_dir)
    if disk_is_full(data_dir):  # before SQLite makes its side files, which would fail halfway
        raise DiskFullError(data_dir)
    try:
        ensure_data_dir(data_dir)
        if check_damage and path.exists() and path.stat().st_size > 0:
            _refuse_damaged(path, whole=was_left_open(path))
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except DataFolderError as error:
        raise StoreError(str(error)) from None
    except (OSError, sqlite3.Error) as error:
        if disk_is_full(data_dir):
            raise DiskFullError(data_dir) from error
        raise StoreError(
            i18n.translate(
                "database", "De gegevensmap {folder} kan niet worden gebruikt: {reason}."
            ).format(folder=data_dir, reason=explain(error))
        ) from error
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA busy_timeout = 5000")
        refuse_newer_schema(connection)  # before anything changes the file
        journal = "DELETE" if is_network_folder(data_dir) else "WAL"
        connection.execute(f"PRAGMA journal_mode = {journal}")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if 0 < schema_version(connection) < SCHEMA_VERSION:
            make_backup(connection, data_dir, f"voor-schema-{SCHEMA_VERSION}")
        migrate(connection)
        if os.name == "posix":
            path.chmod(0o600)
    except sqlite3.DatabaseError as error:
        connection.close()
        if disk_is_full(data_dir):
            raise DiskFullError(data_dir) from error
        raise StoreError(
            i18n.translate(
                "database", "De gegevensopslag in {folder} kan niet worden geopend: {reason}."
            ).format(folder=data_dir, reason=explain(error))
        ) from error
    except BaseException:
        connection.close()
        raise
    return connection


def was_left_open(path: Path) -> bool:
    """Whether the store's journal is still there: SQLite removes an emptied WAL and a
    finished rollback journal when the last connection closes, so one left behind means a
    program stopped without closing the store (or is using it now)."""
    for side in ("-wal", "-journal"):
        try:
            if Path(f"{path}{side}").stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def find_damage(data_dir: Path) -> DamagedStoreError | None:
    """Check the whole store, read-only (the same check as after an unclean shutdown): the
    damage found, or None. Meant to run beside the window, off its thread."""
    path = store_path(data_dir)
    try:
        _refuse_damaged(path, whole=True)
    except DamagedStoreError as damage:
        return damage
    return None


def _refuse_malformed_header(path: Path) -> None:
    """The cheap part: a store's header names its page size and, when valid, its page count;
    a file that is no store, or was cut short, is refused here."""
    with path.open("rb") as handle:
        header = handle.read(100)
    size = path.stat().st_size
    problem = ""
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        problem = i18n.translate("database", "het bestand is geen gegevensopslag")
    else:
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        counted = header[92:96] == header[24:28]  # the page count below is current
        pages = int.from_bytes(header[28:32], "big")
        if (
            page_size < 512
            or page_size & (page_size - 1)
            or size % page_size
            or counted
            and pages * page_size > size
        ):
            problem = i18n.translate("database", "de lengte van het bestand klopt niet")
    if problem:
        raise DamagedStoreError(path, problem)


def _refuse_damaged(path: Path, whole: bool = True) -> None:
    """Check the store read-only first: closing a read-write connection to a damaged store
    would already write its journal into it. `whole`: every page (PRAGMA quick_check);
    otherwise the header and the schema, which every query reads first."""
    if not whole:
        _refuse_malformed_header(path)
    try:
        checker = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return  # cannot even be read this way: the read-write open will say why
    try:
        checker.execute("PRAGMA busy_timeout = 5000")
        check = "PRAGMA quick_check" if whole else "SELECT 'ok' FROM sqlite_master LIMIT 1"
        rows = [tuple(row) for row in checker.execute(check).fetchall()]
        if not whole:
            rows = [("ok",)]
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):  # locked, or a disk that fails to read or is full
            raise
        raise DamagedStoreError(path, explain(error)) from error
    except UnicodeDecodeError:  # SQLite's message quoted bytes of the damaged page itself
        raise DamagedStoreError(
            path, i18n.translate("database", "het gegevensbestand is beschadigd")
        ) from None
    finally:
        checker.close()
    if rows != [("ok",)]:
        raise DamagedStoreError(
            path,
            i18n.translate("database", "{count} fout(en) gevonden").format(count=len(rows)),
        )


# SQLite's own verdict that a file is damaged, or is no store at all: only these are damage.
# Everything else (a lock, an input/output error, a full disk) says nothing about the file.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    return any(word in str(error) for word in ("malformed", "not a database"))


def is_network_folder(folder: Path, mounts: str | None = None) -> bool:
    """Whether the folder lies on a network file system (SMB, NFS…), where WAL does not work.

    `mounts` is the text of /proc/self/mountinfo, read when not given (Linux); on Windows a
    UNC path or a network drive counts."""
    folder = Path(os.path.realpath(folder))  # a link to a network share counts as one
    if os.name == "nt":
        return _is_windows_network_folder(folder)
    if mounts is None:
        try:
            mounts = Path("/proc/self/mountinfo").read_text("utf-8", errors="replace")
        except OSError:
            return False
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split(" - ", 1)
        before, after = fields[0].split(), fields[1].split() if len(fields) == 2 else []
        if len(before) < 5 or not after:
            continue
        point = before[4].replace("\\040", " ")
        inside = str(folder) == point or str(folder).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, after[0]
    return best_type.split(".")[-1] in NETWORK_FILE_SYSTEMS


NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "davfs", "afs", "9p"}


def _is_windows_network_folder(folder: Path) -> bool:
    text = str(folder)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote  # type: ignore[attr-defined]
