"""Opening the SQLite store: connection settings, schema versions and their migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from igj_afwijken import i18n
from igj_afwijken.errors import explain
from igj_afwijken.fileio import disk_is_full
from igj_afwijken.paths import DataFolderError, ensure_data_dir
from igj_afwijken.storage.port import DamagedStoreError, DiskFullError, StoreError

STORE_FILENAME = "afwijkingen.sqlite3"

# Each entry brings the store from the previous schema version to its own number. Released
# entries never change: a store made by any earlier release must keep opening.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """
        CREATE TABLE dossiers (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL DEFAULT '',
            rule_name TEXT NOT NULL DEFAULT '',
            rule_kind TEXT NOT NULL DEFAULT 'richtlijn',
            rule_source TEXT NOT NULL DEFAULT '',
            rule_section TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            duration_months INTEGER,
            responsible_name TEXT NOT NULL DEFAULT '',
            responsible_role TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'concept',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE answers (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            text TEXT NOT NULL,
            catalogue_version TEXT NOT NULL,
            question_text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (dossier_id, question_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX dossiers_by_update ON dossiers(updated_at)",
    ),
    2: ("ALTER TABLE dossiers ADD COLUMN deleted_at TEXT",),  # the recycle bin
    3: (  # topic checklists and the date of the next evaluation
        "ALTER TABLE dossiers ADD COLUMN topics TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN next_evaluation TEXT",
        """
        CREATE TABLE checklist_answers (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value TEXT NOT NULL,
            note TEXT NOT NULL,
            item_text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (dossier_id, item_id)
        ) WITHOUT ROWID
        """,
    ),
    4: (  # risks, involvement, evaluations, lifecycle, versions, attachments and search
        "ALTER TABLE dossiers ADD COLUMN evaluator TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN advice_asked_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN advice_given_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN advice TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN advice_text TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN advice_follow_up TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN adopted_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN adopted_by_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN adopted_by_role TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN ended_on TEXT",
        "ALTER TABLE dossiers ADD COLUMN end_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN end_explanation TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN replaced_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN readiness TEXT NOT NULL DEFAULT ''",
        # Rows of a dossier's tables keep their order in `position`; `data` holds the row's
        # fields as JSON, so a new field needs no migration of these tables.
        """
        CREATE TABLE dossier_rows (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (dossier_id, kind, position)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE versions (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            adopted_on TEXT NOT NULL,
            adopted_by_name TEXT NOT NULL,
            adopted_by_role TEXT NOT NULL,
            summary TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            PRIMARY KEY (dossier_id, number)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE attachments (
            dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (dossier_id, id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX dossiers_by_next_evaluation ON dossiers(next_evaluation)",
        # Full-text search over a dossier's title, place and answers: one row per dossier, with
        # the dossier's rowid, kept up to date by triggers so no save can forget it.
        """
        CREATE VIRTUAL TABLE dossier_search USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
        """
        CREATE VIEW dossier_search_body AS
        SELECT d.rowid AS rowid,
               d.title || ' ' || d.organisation || ' ' || d.location || ' ' || d.team || ' '
               || d.rule_name || ' ' || coalesce(
                   (SELECT group_concat(a.text, ' ') FROM answers a WHERE a.dossier_id = d.id), ''
               ) AS body,
               d.id AS id
        FROM dossiers d
        """,
        """
        CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossiers BEGIN
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_update AFTER UPDATE OF title, organisation, location, team,
            rule_name ON dossiers BEGIN
            DELETE FROM dossier_search WHERE rowid = new.rowid;
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_delete AFTER DELETE ON dossiers BEGIN
            DELETE FROM dossier_search WHERE rowid = old.rowid;
        END
        """,
        """
        CREATE TRIGGER dossier_search_answer_insert AFTER INSERT ON answers BEGIN
            DELETE FROM dossier_search
            WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
        END
        """,
        """
        CREATE TRIGGER dossier_search_answer_update AFTER UPDATE ON answers BEGIN
            DELETE FROM dossier_search
            WHERE rowid = (SELECT rowid FROM dossiers WHERE id = new.dossier_id);
            INSERT INTO dossier_search(rowid, body)
            SELECT rowid, body FROM dossier_search_body WHERE id = new.dossier_id;
        END
        """,
        "INSERT INTO dossier_search(rowid, body) SELECT rowid, body FROM dossier_search_body",
    ),
    5: (  # what the readiness check needs to know beyond the answers
        "ALTER TABLE dossiers ADD COLUMN rule_built_on_law INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE dossiers ADD COLUMN has_supervisory_board INTEGER",
        "ALTER TABLE dossiers ADD COLUMN stop_criterion TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN direction TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE dossiers ADD COLUMN direction_plan TEXT NOT NULL DEFAULT ''",
        # the fingerprints of the plain texts checked for privacy, separated by spaces
        "ALTER TABLE dossiers ADD COLUMN privacy_checked TEXT NOT NULL DEFAULT ''",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILENAME


def open_store(data_dir: Path, check_damage: bool = True) -> sqlite3.Connection:
    """Open (and create or migrate) the store in a data folder.

    A damaged store raises DamagedStoreError and is never written to. Before a migration the
    store is backed up. On a network folder, where WAL is unsafe, the store keeps a rollback
    journal instead. A second connection opened right after a checked one may skip the check."""
    path = store_path(data_dir)
    if disk_is_full(data_dir):  # before SQLite makes its side files, which would fail halfway
        raise DiskFullError(data_dir)
    try:
        ensure_data_dir(data_dir)
        if check_damage and path.exists() and path.stat().st_size > 0:
            _refuse_damaged(path)
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
        _refuse_newer_schema(connection)  # before anything changes the file
        journal = "DELETE" if is_network_folder(data_dir) else "WAL"
        connection.execute(f"PRAGMA journal_mode = {journal}")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if 0 < schema_version(connection) < SCHEMA_VERSION:
            from igj_afwijken.storage.sqlite.backups import make_backup

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


def read_only_uri(path: Path) -> str:
    """A URI that opens an SQLite file read-only, also on a Windows network path (SQLite takes
    no host in a file: URI, so \\\\server\\share becomes file:////server/share)."""
    uri = Path(os.path.abspath(path)).as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?mode=ro"


def _refuse_damaged(path: Path) -> None:
    """Check the store read-only first: closing a read-write connection to a damaged store
    would already write its journal into it."""
    try:
        checker = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return  # cannot even be read this way: the read-write open will say why
    try:
        checker.execute("PRAGMA busy_timeout = 5000")
        rows = [tuple(row) for row in checker.execute("PRAGMA quick_check").fetchall()]
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


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def _refuse_newer_schema(connection: sqlite3.Connection) -> None:
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise StoreError(
            i18n.translate(
                "database",
                "De gegevens zijn gemaakt met een nieuwere versie van IGJ Afwijken "
                "(schema {schema}); werk het programma bij om ze te openen.",
            ).format(schema=current)
        )


def migrate(connection: sqlite3.Connection) -> None:
    _refuse_newer_schema(connection)
    current = schema_version(connection)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with transaction(connection):
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic unit of work: everything inside is stored, or nothing is.

    Also when COMMIT itself fails (a full disk): the transaction is rolled back, so the
    connection is not left inside it, refusing every later save."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # the original error is the one to report
                connection.execute("ROLLBACK")
        raise
