"""Small building blocks shared by the pages: headings, explanatory text, a scrolling page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def heading(text: str, scale: float = 1.45) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def explanation(text: str) -> QLabel:
    """Calm, secondary text: why a step matters, help beside a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_text_color(palette))
    label.setPalette(palette)
    return label


def note_box(text: str, name: str) -> QLabel:
    """A short text set apart on a soft band, such as why a step matters."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("noteBox", name)
    palette = label.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorRole.Window)
    band = QColor(
        round(highlight.red() * 0.12 + window.red() * 0.88),
        round(highlight.green() * 0.12 + window.green() * 0.88),
        round(highlight.blue() * 0.12 + window.blue() * 0.88),
    )
    label.setAutoFillBackground(True)
    palette.setColor(QPalette.ColorRole.Window, band)
    label.setPalette(palette)
    label.setContentsMargins(10, 8, 10, 8)
    return label


def muted_text_color(palette: QPalette) -> QColor:
    """Text a step quieter than normal, still well readable on light and dark backgrounds."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mix = 0.72
    return QColor(
        round(text.red() * mix + window.red() * (1 - mix)),
        round(text.green() * mix + window.green() * (1 - mix)),
        round(text.blue() * mix + window.blue() * (1 - mix)),
    )


class ScrollingPage(QScrollArea):
    """A step's content in a scroll area, so large text sizes never clip anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(24, 18, 24, 18)
        self.body.setSpacing(12)
        self.setWidget(self.content)

    def reveal(self, widget: QWidget) -> None:
        self.ensureWidgetVisible(widget, 40, 60)
