"""The files of attachments outside the program: names, sizes, warnings and temporary copies."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices

from igj_afwijken.domain.attachments import file_type, hides_its_type
from igj_afwijken.domain.model import Attachment
from igj_afwijken.fileio import write_atomic
from igj_afwijken.gui.widgets import tr

_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_temp_root: Path | None = None


def open_with_system(path: Path) -> bool:
    """Open a file with the program the system uses for it; False when that failed."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def format_size(size: int) -> str:
    """A file size as the program's language writes it: '512 bytes', '12,5 kB' or '12.5 kB',
    '10 MB'."""
    locale = QLocale()
    if size < 1024:
        return tr("%1 bytes").replace("%1", locale.toString(size)) if size != 1 else tr("1 byte")
    for unit, factor in (("kB", 1024), ("MB", 1024 * 1024)):
        value = size / factor
        if value < 1024 or unit == "MB":
            text = locale.toString(value, "f", 1 if value < 100 else 0)
            return text.removesuffix(locale.decimalPoint() + "0") + " " + unit
    raise AssertionError("unreachable")


def safe_file_name(name: str) -> str:
    """The attachment's name made usable as a file name on any system (imported dossiers may
    carry any text as a name): no folders, no characters Windows refuses."""
    name = "".join(c for c in name if unicodedata.category(c) != "Cf")  # no hidden controls
    cleaned = _UNSAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    cleaned = cleaned or tr("bijlage")
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or len(suffix.encode()) > 20:
        stem, suffix = cleaned, ""
    # File systems allow 255 bytes; keep the extension, shorten the rest.
    while len(stem.encode()) + len(suffix.encode()) + 1 > 255:
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


def _temporary_folder() -> Path:
    """A folder for this run of the program, removed when the program ends."""
    global _temp_root
    if _temp_root is None or not _temp_root.is_dir():
        _temp_root = Path(tempfile.mkdtemp(prefix="igj-afwijken-bijlagen-"))
        atexit.register(shutil.rmtree, _temp_root, True)
    return _temp_root


def not_a_document_warning(name: str) -> str:
    """Why a file that is not a document or picture is not opened by the program."""
    if hides_its_type(name):
        return misleading_name_warning(name)
    kind = file_type(name)
    text = tr(
        "“%1” is geen document of afbeelding (het is een %2-bestand). Het programma opent zo'n "
        "bestand niet zelf: het zou een programma kunnen starten."
    )
    return fill_in(text, name, f".{kind}" if kind else tr("onbekend"))


def misleading_name_warning(name: str) -> str:
    """A warning for a name that tries to pass for another kind of file."""
    return fill_in(
        tr(
            "Let op: de naam “%1” doet zich voor als een ander soort bestand dan het is (het is een "
            "%2-bestand). Open het alleen als u weet waar het vandaan komt."
        ),
        name,
        f".{file_type(name)}" if file_type(name) else tr("onbekend"),
    )


def fill_in(text: str, *values: str) -> str:
    """Put values in for %1, %2…, in one pass: a file name holding "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def temporary_copy(attachment: Attachment) -> Path:
    """The attachment written to this run's temporary folder, for the system to open; an
    unchanged copy from before is used again. Raises OSError."""
    folder = _temporary_folder() / attachment.id
    folder.mkdir(exist_ok=True)
    target = folder / safe_file_name(attachment.name)
    if not target.is_file() or target.read_bytes() != attachment.content:
        write_atomic(target, attachment.content)
    return target
