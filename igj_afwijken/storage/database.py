"""Opening the SQLite store: connection settings, schema versions and their migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from igj_afwijken.paths import ensure_private_dir

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
}
SCHEMA_VERSION = max(MIGRATIONS)


class StoreError(Exception):
    """The store cannot be opened or used; the message is meant for the user."""


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILENAME


def open_store(data_dir: Path) -> sqlite3.Connection:
    """Open (and create or migrate) the store in a data folder."""
    try:
        ensure_private_dir(data_dir)
        path = store_path(data_dir)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"De gegevensmap {data_dir} kan niet worden gebruikt: {error}") from error
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA busy_timeout = 5000")
        _refuse_newer_schema(connection)  # before anything changes the file
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection)
        if os.name == "posix":
            path.chmod(0o600)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise StoreError(
            f"De gegevensopslag in {data_dir} kan niet worden geopend: {error}"
        ) from error
    except BaseException:
        connection.close()
        raise
    return connection


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def _refuse_newer_schema(connection: sqlite3.Connection) -> None:
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise StoreError(
            "De gegevens zijn gemaakt met een nieuwere versie van IGJ Afwijken "
            f"(schema {current}); werk het programma bij om ze te openen."
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
    """One atomic unit of work: everything inside is stored, or nothing is."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
