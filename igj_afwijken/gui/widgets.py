"""Small building blocks shared by the pages: headings, explanatory text, a scrolling page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.moments import EARLIEST, LATEST

# The day before the first date the program accepts, shown as the "not yet known" text.
FIRST_DATE = QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day)
NO_DATE = FIRST_DATE.addDays(-1)
LAST_DATE = QDate(LATEST.year, LATEST.month, LATEST.day)


def tr(text: str) -> str:
    """Translate a module-level text: pyside6-lupdate files a bare tr("…") under the empty
    context, whichever class it stands in."""
    return QCoreApplication.translate("", text)


class Heading(QLabel):
    """A bold heading `scale` times the program's text size (its own font does not follow the
    program's by itself, so `apply_text_scale` tells it)."""

    def __init__(self, text: str, scale: float) -> None:
        super().__init__(text)
        self.scale = scale
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_text_size()

    def follow_text_size(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(True)
        self.setFont(font)


def heading(text: str, scale: float = 1.45) -> QLabel:
    return Heading(text, scale)


def plain_label(text: str) -> QLabel:
    """A label that shows its text literally, never as HTML (for text users typed)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SchemeLabel(QLabel):
    """A label whose colours are mixed from the scheme's, and mixed again when the system
    changes its scheme (light to dark) while the program runs."""

    def __init__(self, text: str, recolour: Callable[[QLabel, QPalette], None]) -> None:
        super().__init__(text)
        self._recolour = recolour
        recolour(self, QApplication.palette(self))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._recolour(self, QApplication.palette(self))


def _muted(label: QLabel, scheme: QPalette) -> None:
    palette = QPalette(scheme)
    palette.setColor(QPalette.ColorRole.WindowText, muted_text_color(scheme))
    label.setPalette(palette)


def _on_band(label: QLabel, scheme: QPalette) -> None:
    highlight = scheme.color(QPalette.ColorRole.Highlight)
    window = scheme.color(QPalette.ColorRole.Window)
    band = QColor(
        round(highlight.red() * 0.12 + window.red() * 0.88),
        round(highlight.green() * 0.12 + window.green() * 0.88),
        round(highlight.blue() * 0.12 + window.blue() * 0.88),
    )
    palette = QPalette(scheme)
    palette.setColor(QPalette.ColorRole.Window, band)
    label.setPalette(palette)


def explanation(text: str) -> QLabel:
    """Calm, secondary text: why a step matters, help beside a field."""
    label = SchemeLabel(text, _muted)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def note_box(text: str, name: str) -> QLabel:
    """A short text set apart on a soft band, such as why a step matters."""
    label = SchemeLabel(text, _on_band)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("noteBox", name)
    label.setAutoFillBackground(True)
    label.setContentsMargins(10, 8, 10, 8)
    return label


def problem_style(palette: QPalette) -> str:
    """A style sheet for a problem's words: a dark red on a light background and a light red
    on a dark one (a dark or high-contrast scheme), readable on both."""
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return f"color: {'#ff9e97' if dark else '#a4262c'}; font-weight: bold;"


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


class FocusRing(QWidget):
    """A ring drawn over a control while it has the keyboard's focus, for controls whose focus
    some styles do not show: a dialog's default button (Opslaan, OK), which already wears a
    highlighted frame in Fusion, and the document preview."""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.control = control
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self.control.rect())
        elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.control.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(4, 4, -5, -5))


class ScrollingPage(QScrollArea):
    """A step's content in a scroll area, so large text sizes never clip anything. The area
    itself takes no focus: Tab goes straight to its fields, and the area scrolls to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(24, 18, 24, 18)
        self.body.setSpacing(12)
        self.setWidget(self.content)

    def reveal(self, widget: QWidget) -> None:
        self.ensureWidgetVisible(widget, 40, 60)

    def add_panel(self, panel: QWidget) -> None:
        """Add a panel (a table of the dossier) at the end of the page, above its closing space."""
        self.body.insertWidget(self.body.count() - 1, panel)


def scroll_page(widget: QWidget, event: QWheelEvent) -> None:
    """Scroll what the widget stands in, as if the wheel turned over an empty part of it: the
    nearest scroll area that can still move that way (a table, then the page around it)."""
    event.accept()
    area = widget.parentWidget()
    while area is not None:
        if isinstance(area, QAbstractScrollArea):
            viewport = area.viewport()
            position = viewport.mapFromGlobal(event.globalPosition())
            forwarded = QWheelEvent(
                position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted(),
            )  # fmt: skip
            forwarded.setAccepted(False)
            QApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                return
        area = area.parentWidget()


class WheelScrollsPage:
    """For a choice, number or date field: the mouse wheel scrolls the page it stands in and
    never changes its value, whether it has the focus or not (scrolling past a field once
    changed saved data). The keyboard and the field's own arrows still change it."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        scroll_page(self, event)  # type: ignore[arg-type]


class ChoiceField(WheelScrollsPage, QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives it no focus either


class NumberField(WheelScrollsPage, QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class KnownDateField(WheelScrollsPage, QDateEdit):
    """A date that is always known, within the dates the program accepts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")
        self.setDateRange(FIRST_DATE, LAST_DATE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class DateField(WheelScrollsPage, QDateEdit):
    """A date that may still be unknown. Scrolling the page past it never changes it, and the
    first step up or down from "unknown" starts at today rather than at the year 2000."""

    def __init__(self, unknown_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")
        self.setDateRange(NO_DATE, LAST_DATE)
        self.setDate(NO_DATE)
        self.setSpecialValueText(unknown_text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QCalendarWidget)
            and event.type() == QEvent.Type.Show
            and self.date() == NO_DATE
        ):  # an unknown date's calendar opens at this month, not at the "unknown" day
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        picked = self.date()
        return None if picked == NO_DATE else date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # While it shows its "unknown" text, a QDateEdit keeps the focus on Tab; let Tab leave.
        if self.date() == NO_DATE:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)


def save_and_cancel_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """The "Opslaan" and "Annuleren" buttons of a dialog that saves what it shows."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setText(QCoreApplication.translate("dialog", "&Opslaan"))
    FocusRing(save_button)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("dialog", "Annuleren")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons
