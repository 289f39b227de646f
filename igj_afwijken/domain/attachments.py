"""Which attachments are documents to open, and which names try to pass for something else."""

from __future__ import annotations

import unicodedata

# Documents and pictures the system's own programs show without running anything: only these
# are handed to the system's opener. Anything else is saved where the user chooses, with a
# warning (an "adviesbrief.pdf.exe" would otherwise start a program on Windows).
DOCUMENT_TYPES = frozenset(
    {
        "pdf", "txt", "md", "csv", "rtf",
        "doc", "docx", "odt", "ott",
        "xls", "xlsx", "ods",
        "ppt", "pptx", "odp",
        "eml", "msg",
        "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "heic",
    }
)  # fmt: skip


def file_type(name: str) -> str:
    """The part after the last dot, in lower case ("" without one)."""
    stem, dot, suffix = name.strip().rpartition(".")
    return suffix.lower() if dot and stem else ""


def opens_safely(name: str) -> bool:
    """Whether the attachment is a document or picture the system may open directly."""
    return file_type(name) in DOCUMENT_TYPES and not hides_its_type(name)


def hides_its_type(name: str) -> bool:
    """Whether the name tries to look like another kind of file: a document's type followed by
    another ("brief.pdf.exe"), or hidden characters that turn the name around on screen."""
    if any(unicodedata.category(c) == "Cf" for c in name):
        return True
    parts = name.strip().lower().split(".")
    return len(parts) > 2 and parts[-2] in DOCUMENT_TYPES and parts[-1] not in DOCUMENT_TYPES
