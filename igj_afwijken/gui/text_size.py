"""The program's text size: the system's font, enlarged or reduced by the user's percentage."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from igj_afwijken.gui.settings import MAX_TEXT_SCALE, MIN_TEXT_SCALE
from igj_afwijken.gui.widgets import Heading

TEXT_SCALE_STEP = 10
_SYSTEM_SIZE = "igj_system_point_size"


def system_point_size(app: QApplication) -> float:
    """The point size the system gave the program, before any scaling of ours."""
    size = app.property(_SYSTEM_SIZE)
    if not size:
        size = app.font().pointSizeF()
        app.setProperty(_SYSTEM_SIZE, size)
    return float(size)


def apply_text_scale(app: QApplication, percent: int) -> int:
    """Set every widget's text to `percent` of the system's size; returns the percentage used."""
    percent = min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, percent))
    font = QFont(app.font())
    font.setPointSizeF(system_point_size(app) * percent / 100)
    app.setFont(font)
    for widget in app.allWidgets():
        if isinstance(widget, Heading):
            widget.follow_text_size()
    return percent
