"""Typst turns a document's source into PDF or page images, with the program's own fonts and a
root folder that holds nothing but the document's own files."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Literal

import typst

from igj_afwijken import i18n, paths
from igj_afwijken.rendering.templating import TemplateError

FONTS_FOLDER = "fonts"  # in resources/: the fonts every document is set in (see its LICENSE)

# The archive copy is PDF/A-3b, which may carry the dossier's exchange file. Every PDF is tagged
# (structure, reading order, language, title), but none claims PDF/UA-1 or is checked against
# it: Typst then refuses the whole document for one character that no shipped font has (an
# emoji, a Chinese name), where an ordinary PDF shows a blank box. PDF/A demands the same, so
# the archive copy names such a character in its message.
ARCHIVE_STANDARDS = ("a-3b",)
ACCESSIBLE_STANDARDS: tuple[str, ...] = ()


class TypesettingError(TemplateError):
    """Typst could not make the document; the message, meant for the user, names what went
    wrong. Shown where a template's error is, since a template wrote the source."""


def fonts_dir() -> Path:
    return paths.resources_dir() / FONTS_FOLDER


@cache
def _fonts() -> typst.Fonts:
    # Only the shipped fonts (and Typst's own mono and maths fonts): a document looks the same
    # on every computer, whatever is installed there.
    return typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=True, font_paths=[str(fonts_dir())]
    )


def compile_pdf(
    source: str,
    files: Mapping[str, bytes] | None = None,
    standards: Sequence[str] = ACCESSIBLE_STANDARDS,
    timestamp: datetime | None = None,
) -> bytes:
    """The source as a PDF; `files` are the document's own files (its logo, the embedded
    exchange file), which are all that it can read."""
    result = _compile(source, files or {}, "pdf", standards=standards, timestamp=timestamp)
    assert isinstance(result, bytes)
    return result


def compile_pages(
    source: str,
    files: Mapping[str, bytes] | None = None,
    image_format: Literal["png", "svg"] = "png",
    ppi: float = 96,
) -> list[bytes]:
    """The source as one image per page: PNG at `ppi`, or SVG."""
    result = _compile(source, files or {}, image_format, ppi=ppi)
    return result if isinstance(result, list) else [result]


class _Session:
    """One Typst compiler for the whole program, on one root folder: Typst then reuses what it
    laid out before, so a preview after a small edit takes a fraction of the first. The root
    holds a document's own files only while it is being set; one document at a time."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.root = Path(tempfile.mkdtemp(prefix="igj-typst-"))
        empty = self.root / ".pakketten"  # no package can be loaded, and none is fetched
        empty.mkdir()
        self.compiler = typst.Compiler(
            root=str(self.root),
            font_paths=_fonts(),
            ignore_system_fonts=True,
            package_path=str(empty),
            package_cache_path=str(empty),
        )
        atexit.register(shutil.rmtree, self.root, True)


@cache
def _session() -> _Session:
    return _Session()


def _compile(
    source: str,
    files: Mapping[str, bytes],
    output_format: Literal["pdf", "png", "svg"],
    standards: Sequence[str] = (),
    ppi: float | None = None,
    timestamp: datetime | None = None,
) -> bytes | list[bytes]:
    session = _session()
    with session.lock:
        written = []
        try:
            for name, data in files.items():
                path = session.root / Path(name).name
                path.write_bytes(data)
                written.append(path)
            result = session.compiler.compile(
                input=source.encode("utf-8", "replace"),
                format=output_format,
                ppi=ppi,
                pdf_standards=list(standards),  # type: ignore[arg-type]  # checked by Typst
                timestamp=timestamp.replace(microsecond=0) if timestamp else None,
            )
        except typst.TypstError as error:
            raise TypesettingError(_message(error)) from None
        except RuntimeError as error:  # older bindings raise a plain RuntimeError
            raise TypesettingError(str(error)) from None
        finally:  # the dossier does not stay in a temporary folder
            for path in written:
                path.unlink(missing_ok=True)
    if result is None:
        raise TypesettingError(i18n.translate("typesetting", "Typst gaf geen document terug."))
    return result


def _message(error: typst.TypstError) -> str:
    detail = " ".join(str(getattr(error, "message", "") or error).split())
    return i18n.translate("typesetting", "Het document kan niet worden opgemaakt: {detail}").format(
        detail=detail[:300]
    )
