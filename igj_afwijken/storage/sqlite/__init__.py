"""The local store: one SQLite file in the data folder, its migrations, register queries and backups."""

import sqlite3

from igj_afwijken.storage.sqlite import errors as _plain_errors  # noqa: F401  (says what SQLite errors mean)

DATABASE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,)
