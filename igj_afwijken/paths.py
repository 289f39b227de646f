"""Where the program's resources and templates live, and where the user's data is kept."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from igj_afwijken import APP_NAME

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
