"""What went wrong with a disk, a file or the store, said in one plain sentence."""

from __future__ import annotations

import errno
import sqlite3

from igj_afwijken import i18n


def _os_reasons() -> dict[int, str]:
    """The reasons for operating-system errors, in the current language."""
    no_permission = i18n.translate(
        "errors", "u hebt geen toestemming om daar te schrijven of te lezen"
    )
    return {
        errno.ENOSPC: i18n.translate("errors", "de schijf is vol"),
        errno.EDQUOT: i18n.translate("errors", "de schijf is vol (uw ruimte is op)"),
        errno.EROFS: i18n.translate("errors", "de map of schijf is alleen-lezen"),
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.ENOENT: i18n.translate("errors", "de map of het bestand bestaat niet (meer)"),
        errno.EIO: i18n.translate("errors", "de schijf gaf een lees- of schrijffout"),
    }


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


def explain(error: BaseException) -> str:
    """The reason, as a user can act on it; the error's own text when it is already ours."""
    if isinstance(error, OSError):
        reasons = _os_reasons()
        if error.errno in reasons:
            return reasons[error.errno]
        return i18n.translate(
            "errors", "het besturingssysteem weigerde het (foutcode {code})"
        ).format(code=error.errno)
    if isinstance(error, sqlite3.Error):
        text = str(error).lower()
        for marker, reason in _sqlite_reasons():
            if marker in text:
                return reason
        return i18n.translate("errors", "de gegevensopslag gaf een fout ({error})").format(
            error=error
        )
    return str(error)
