"""Where the program's resources and templates live, and where the user's data is kept."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from igj_afwijken import APP_NAME
from igj_afwijken.fileio import write_atomic

DATA_DIR_ENV = "IGJ_AFWIJKEN_DATA_DIR"


def install_roots() -> list[Path]:
    """The folders where the program's own files may be, most likely first."""
    package = Path(__file__).resolve().parent
    roots = [package, package.parent]  # an installed wheel, then a source checkout
    if getattr(sys, "frozen", False):
        roots.insert(0, Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)))
    return roots


def _find(name: str, marker: str) -> Path:
    for root in install_roots():
        candidate = root / name
        if (candidate / marker).exists():
            return candidate
    raise FileNotFoundError(f"cannot find the program's {name}/ folder next to {__file__}")


def resources_dir() -> Path:
    return _find("resources", "catalogue")


def templates_dir() -> Path:
    return _find("templates", "verantwoording.html.j2")


def data_dir(
    override: str | os.PathLike | None = None, environ: Mapping[str, str] = os.environ
) -> Path:
    """The user's data folder: the explicit override, else the environment, else the platform's."""
    if override:
        return Path(override).expanduser()
    if environ.get(DATA_DIR_ENV):
        return Path(environ[DATA_DIR_ENV]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


# A file the program writes into every data folder it made or took over: a folder with other
# files and without this one (or a store) is someone else's, and is left as it is.
DATA_DIR_MARKER = ".igj-afwijken"
_MARKER_TEXT = (
    "Deze map is de gegevensmap van IGJ Afwijken. / This folder is IGJ Afwijken's data folder.\n"
)
# What earlier releases put in a data folder first, by names no other program uses.
_OWN_NAMES = ("afwijkingen.sqlite3", "afwijkingen.lock", "instellingen.ini", "huisstijl.json")
# What may stand in a data folder the program has not used yet: an organisation may prepare one
# with its own templates and house style. A folder holding anything else is someone else's.
_PREPARED_NAMES = {
    *_OWN_NAMES,
    "reservekopieen",
    "sjablonen",
    "huisstijl-logo.png",
    "huisstijl-logo.svg",
}


class DataFolderError(Exception):
    """The data folder cannot be used as it is; the message is meant for the user."""


def ensure_data_dir(path: Path) -> Path:
    """The data folder, created private if it does not exist yet. An existing folder becomes
    private only when it is the program's own (or empty); a folder that already holds other
    files (a home folder, Documents) raises DataFolderError and is not changed at all."""
    from igj_afwijken import i18n

    marker = path / DATA_DIR_MARKER
    if marker.exists() or any((path / name).exists() for name in _OWN_NAMES):
        ensure_private_dir(path)
    elif path.is_dir() and any(entry.name not in _PREPARED_NAMES for entry in os.scandir(path)):
        suggestion = path / APP_NAME
        raise DataFolderError(
            i18n.translate(
                "paths",
                "De map {folder} bevat al andere bestanden en is niet door {app} gemaakt; het "
                "programma zet zijn gegevens daar niet tussen en verandert niets aan de map. "
                "Kies een nieuwe of lege map, bijvoorbeeld {suggestion}.",
            ).format(folder=path, app=APP_NAME, suggestion=suggestion)
        )
    else:
        ensure_private_dir(path)
    if not marker.exists():
        write_atomic(marker, _MARKER_TEXT.encode("utf-8"), private=True)
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only the user can read (it may hold health-related information)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def make_private(path: Path) -> None:
    """Let only the user read a file in the data folder (it may hold health information)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
