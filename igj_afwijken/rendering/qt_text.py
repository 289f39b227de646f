"""Qt where the program still draws with it: an offscreen application for headless commands
(an SVG logo drawn as PNG for Word) and the documents' font in the window's risk matrix."""

from __future__ import annotations

import os

from PySide6.QtGui import QFont, QGuiApplication

from igj_afwijken import APP_NAME

FONT_FAMILIES = ["Inter", "Segoe UI", "DejaVu Sans", "Arial", "Helvetica", "sans-serif"]

_application: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt draws text and pictures only with a GUI application; headless commands get an
    offscreen one."""
    global _application
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([APP_NAME])


def document_font(point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font
