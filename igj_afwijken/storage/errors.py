"""What went wrong with a disk, a file or the store, said in one plain Dutch sentence."""

from __future__ import annotations

import errno
import sqlite3

_OS_REASONS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijf is vol (uw ruimte is op)",
    errno.EROFS: "de map of schijf is alleen-lezen",
    errno.EACCES: "u hebt geen toestemming om daar te schrijven of te lezen",
    errno.EPERM: "u hebt geen toestemming om daar te schrijven of te lezen",
    errno.ENOENT: "de map of het bestand bestaat niet (meer)",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
}
_SQLITE_REASONS = (
    ("full", "de schijf is vol"),
    ("readonly", "de map of schijf is alleen-lezen"),
    ("read-only", "de map of schijf is alleen-lezen"),
    ("disk i/o", "de schijf gaf een lees- of schrijffout"),
    ("unable to open", "het gegevensbestand kan niet worden geopend"),
    ("locked", "de gegevens zijn even bezet door een ander programma"),
    ("busy", "de gegevens zijn even bezet door een ander programma"),
    ("malformed", "het gegevensbestand is beschadigd"),
    ("not a database", "het is geen gegevensbestand van dit programma"),
)


def explain(error: BaseException) -> str:
    """The reason, as a user can act on it; the error's own text when it is already ours."""
    if isinstance(error, OSError):
        if error.errno in _OS_REASONS:
            return _OS_REASONS[error.errno]
        return f"het besturingssysteem weigerde het (foutcode {error.errno})"
    if isinstance(error, sqlite3.Error):
        text = str(error).lower()
        for marker, reason in _SQLITE_REASONS:
            if marker in text:
                return reason
        return f"de gegevensopslag gaf een fout ({error})"
    return str(error)
