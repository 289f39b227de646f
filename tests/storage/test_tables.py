"""The shared table definition says what the local store holds, column for column, so that the
organisation store and the local one keep the same dossiers."""

from sqlalchemy import Column, Integer, Table

from igj_afwijken.storage.sqlite.connection import open_store
from igj_afwijken.storage.tables import metadata


def _as_sqlite_describes(table: Table, column: Column) -> tuple:
    """(name, type, NOT NULL, default, in the primary key) as `PRAGMA table_info` gives them."""
    default = None
    if column.server_default is not None:
        value = str(column.server_default.arg)  # type: ignore[attr-defined]
        default = value if isinstance(column.type, Integer) else f"'{value}'"
    # SQLite reports a one-column primary key as nullable: it was never declared NOT NULL
    lone_key = column.primary_key and len(table.primary_key.columns) == 1
    return (column.name, str(column.type.compile()), not column.nullable and not lone_key,
            default, column.primary_key)  # fmt: skip


def test_the_local_store_has_the_shared_tables_column_for_column(tmp_path):
    connection = open_store(tmp_path / "d")
    try:
        for table in metadata.sorted_tables:
            stored = connection.execute(f"PRAGMA table_info({table.name})").fetchall()
            assert [(c[1], c[2], bool(c[3]), c[4], c[5] > 0) for c in stored] == [
                _as_sqlite_describes(table, column) for column in table.columns
            ], table.name
    finally:
        connection.close()
