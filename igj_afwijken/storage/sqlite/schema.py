"""The local store's schema version, and bringing a store up to date with its revisions."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from igj_afwijken import i18n
from igj_afwijken.storage import migrations
from igj_afwijken.storage.port import StoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# The newest revision in storage/migrations/local: a store at it opens without Alembic.
SCHEMA_VERSION = 12


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def refuse_newer_schema(connection: sqlite3.Connection) -> None:
    current = schema_version(connection)
    if current > SCHEMA_VERSION:
        raise StoreError(
            i18n.translate(
                "database",
                "De gegevens zijn gemaakt met een nieuwere versie van IGJ Afwijken "
                "(schema {schema}); werk het programma bij om ze te openen.",
            ).format(schema=current)
        )


def migrate(connection: sqlite3.Connection, to: int = SCHEMA_VERSION) -> None:
    """Bring the store up to schema TO, each revision in a transaction of its own; PRAGMA
    user_version keeps the number, so that a store that is up to date opens without Alembic
    and an earlier release refuses a newer store."""
    refuse_newer_schema(connection)
    current = schema_version(connection)
    if current < to:
        _upgrade(connection, current, to)


def _upgrade(connection: sqlite3.Connection, current: int, to: int) -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: _Lent(connection), poolclass=StaticPool)
    # the store's connection leaves transactions to its user (isolation_level None)
    event.listen(engine, "begin", lambda bound: bound.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.connect() as bound:
            if current and not migrations.current(bound):  # made before Alembic kept its record
                migrations.stamp(bound, migrations.LOCAL_REVISIONS, _revision(current))
            migrations.upgrade(
                bound,
                migrations.LOCAL_REVISIONS,
                to=_revision(to),
                each_in_its_own_transaction=True,
                step_done=_number,
            )
    except DBAPIError as error:  # the store's callers know SQLite's own errors
        if isinstance(error.orig, sqlite3.Error):
            raise error.orig from None
        raise


def _revision(version: int) -> str:
    return f"{version:04d}"


def _number(bound: Connection, revision: str) -> None:
    bound.exec_driver_sql(f"PRAGMA user_version = {int(revision)}")


class _Lent:
    """The store's own connection, lent to SQLAlchemy for a migration: it must not close it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def close(self) -> None:
        pass
