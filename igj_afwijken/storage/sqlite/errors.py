"""SQLite's own error messages, said in one plain sentence that a user can act on."""

from __future__ import annotations

import sqlite3

from igj_afwijken import i18n
from igj_afwijken.errors import register_explainer


def _sqlite_reasons() -> tuple[tuple[str, str], ...]:
    """The reasons for SQLite errors, by a word in SQLite's own (English) message."""
    read_only = i18n.translate("errors", "de map of schijf is alleen-lezen")
    busy = i18n.translate("errors", "de gegevens zijn even bezet door een ander programma")
    return (
        ("full", i18n.translate("errors", "de schijf is vol")),
        ("readonly", read_only),
        ("read-only", read_only),
        ("disk i/o", i18n.translate("errors", "de schijf gaf een lees- of schrijffout")),
        (
            "unable to open",
            i18n.translate("errors", "het gegevensbestand kan niet worden geopend"),
        ),
        ("locked", busy),
        ("busy", busy),
        ("malformed", i18n.translate("errors", "het gegevensbestand is beschadigd")),
        (
            "not a database",
            i18n.translate("errors", "het is geen gegevensbestand van dit programma"),
        ),
    )


def explain_sqlite(error: BaseException) -> str:
    text = str(error).lower()
    for marker, reason in _sqlite_reasons():
        if marker in text:
            return reason
    return i18n.translate("errors", "de gegevensopslag gaf een fout ({error})").format(error=error)


register_explainer(sqlite3.Error, explain_sqlite)
