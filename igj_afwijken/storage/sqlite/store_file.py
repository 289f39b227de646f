"""Where the store's file is, and how it is opened read-only."""

from __future__ import annotations

import os
from pathlib import Path

STORE_FILENAME = "afwijkingen.sqlite3"


def store_path(data_dir: Path) -> Path:
    return data_dir / STORE_FILENAME


def read_only_uri(path: Path) -> str:
    """A URI that opens an SQLite file read-only, also on a Windows network path (SQLite takes
    no host in a file: URI, so \\\\server\\share becomes file:////server/share)."""
    uri = Path(os.path.abspath(path)).as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?mode=ro"
