"""Small building blocks shared by the pages: headings, explanatory text, a scrolling page."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.moments import EARLIEST, LATEST, read_typed_date
from igj_afwijken.domain.text import long_date

FIRST_DATE = QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day)
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


class DateField(WheelScrollsPage, QLineEdit):
    """A date typed as people write it ("1-3-2027", "1 maart 2027", "2027-03-01"), picked from
    a calendar (the calendar button, Alt+Down or F4) or stepped with the arrow keys; emptied
    with the clear button where a date may still be unknown. What cannot be read is said at the
    field and changes nothing. A typed date is shown back in words, so "3-1" versus "1-3" is
    plain."""

    dateChanged = Signal(object)  # the date the user set, or None; never for set_value
    problemChanged = Signal(str)  # what cannot be read in the typed text, or ""

    def __init__(
        self, unknown_text: str = "", parent: QWidget | None = None, *, required: bool = False
    ) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._anchor: date | None = None
        self._required = required
        self._problem = ""
        self._popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None
        self.setPlaceholderText(unknown_text)
        self.setClearButtonEnabled(not required)
        self.setAccessibleName(unknown_text or QCoreApplication.translate("DateField", "Datum"))
        self.setToolTip(_hint())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar_action = self.addAction(
            _calendar_icon(self.palette().color(QPalette.ColorRole.Text)),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateField", "Kalender openen (Alt+Omlaag)")
        )
        self.calendar_action.setText(QCoreApplication.translate("DateField", "Kalender openen"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._read_typed)
        self.textEdited.connect(self._typed)
        if required:
            self.set_value(date.today())

    # -- the value ------------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date the field holds; a date typed but not yet confirmed counts once readable
        (a table commits its cell before the field hears of Tab)."""
        typed = self.text()
        if typed == self._shown():
            return self._value
        try:
            pending = read_typed_date(typed)
        except ValueError:
            return self._value
        return self._value if pending is None and self._required else pending

    def set_value(self, value: date | None) -> None:
        """Show a date (None: unknown) without the change signal."""
        if value is not None or not self._required:
            self._value = value
        self._show_problem("")
        self.setText(self._shown())
        self.setCursorPosition(0)

    def confirm_typed(self) -> None:
        """Take what was typed as if the user pressed Enter."""
        self._read_typed()

    def set_anchor(self, anchor: date | None) -> None:
        """Where the calendar and the arrow keys start while the date is still unknown (e.g. the
        dossier's start date); today when there is none."""
        self._anchor = anchor

    def problem(self) -> str:
        """What could not be read in the typed text, or ""."""
        return self._problem

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 - the name QDateEdit gave it
        return self._ensure_calendar()

    def _shown(self) -> str:
        return long_date(self._value)

    def _set_by_user(self, value: date | None) -> None:
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.dateChanged.emit(value)

    def _read_typed(self) -> None:
        typed = self.text()
        if typed == self._shown():
            self._show_problem("")
            return
        try:
            value = read_typed_date(typed)
            if value is None and self._required:
                raise ValueError(QCoreApplication.translate("DateField", "Vul hier een datum in."))
        except ValueError as refused:
            self._show_problem(str(refused))
            return
        self._set_by_user(value)

    def _typed(self, text: str) -> None:
        if not text and not self._required:  # the clear button, or every character deleted
            self._set_by_user(None)
        elif self._problem:  # the message goes as soon as the text can be read
            try:
                read_typed_date(text)
            except ValueError:
                return
            self._show_problem("")

    def _show_problem(self, problem: str) -> None:
        changed = problem != self._problem
        self._problem = problem
        self.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }" if problem else "")
        self.setToolTip(f"{problem}\n{_hint()}" if problem else _hint())
        self.setAccessibleDescription(problem)
        if problem and self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), problem, self)
        if changed:
            self.problemChanged.emit(problem)

    # -- keys and the calendar ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.open_calendar()
        elif key in moves and not alt:
            self._step(*moves[Qt.Key(key)])
        else:
            super().keyPressEvent(event)

    def _start(self) -> date:
        return self.value() or self._anchor or date.today()

    def _step(self, days: int, months: int) -> None:
        moved = self._start() if self.value() is None else _moved(self._start(), days, months)
        if EARLIEST <= moved <= LATEST:
            self._set_by_user(moved)

    def _ensure_calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self._calendar = QCalendarWidget(self._popup)
            self._calendar.setDateRange(FIRST_DATE, LAST_DATE)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
            layout = QVBoxLayout(self._popup)
            layout.setContentsMargins(1, 1, 1, 1)
            layout.addWidget(self._calendar)
        return self._calendar

    def open_calendar(self) -> None:
        """Show the calendar under the field, at the date, or where an unknown date would start."""
        calendar = self._ensure_calendar()
        assert self._popup is not None
        start = self._start()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.setCurrentPage(start.year, start.month)
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()  # its size is final once shown
        size = self._popup.frameGeometry().size()
        place = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry()
        if place.y() + size.height() > screen.y() + screen.height():  # no room below: above
            place = self.mapToGlobal(self.rect().topLeft()) - QPoint(0, size.height())
        if place.x() + size.width() > screen.x() + screen.width():  # no room right: left
            place.setX(max(screen.x(), screen.x() + screen.width() - size.width()))
        self._popup.move(place)
        calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self._set_by_user(date(picked.year(), picked.month(), picked.day()))
        self.setFocus()


def _hint() -> str:
    return QCoreApplication.translate(
        "DateField", "Typ bijvoorbeeld 1-3-2027 of 1 maart 2027, of kies uit de kalender."
    )


def _calendar_icon(colour: QColor) -> QIcon:
    """A small calendar page, drawn in the text colour so it shows in light and dark schemes."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2.5))
    painter.drawRoundedRect(4, 7, 24, 21, 3, 3)
    painter.fillRect(4, 7, 24, 6, colour)
    painter.drawLine(10, 3, 10, 9)
    painter.drawLine(22, 3, 22, 9)
    for row in range(2):
        for column in range(3):
            painter.fillRect(9 + column * 6, 17 + row * 5, 3, 3, colour)
    painter.end()
    return QIcon(pixmap)


class KnownDateField(DateField):
    """A date that is always known (today until another is set): it cannot be emptied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, required=True)


def _moved(start: date, days: int, months: int) -> date:
    """A day or month on (the program's dates lie centuries inside Python's calendar)."""
    if not months:
        return start + timedelta(days=days)
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


class _StartWhenLeft(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(watched, QLineEdit)
            and isinstance(event, QFocusEvent)
            and event.reason()
            not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        ):
            watched.setCursorPosition(0)  # a long text shows its beginning again
        return False


def show_start_when_left(*fields: QLineEdit) -> None:
    """Fields that show the start of their text once the user moves on (not while a menu or
    another window has the focus for a moment), rather than staying scrolled to its end."""
    for field in fields:
        field.installEventFilter(_StartWhenLeft(field))


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
