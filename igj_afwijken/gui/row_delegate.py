"""The editors and the painting of a row table's cells (see `row_model.Column` for the kinds)."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from igj_afwijken.gui.row_model import ROLE, Column, RowTableModel
from igj_afwijken.gui.widgets import (
    ChoiceField,
    DateField,
    KnownDateField,
    NumberField,
    show_start_when_left,
)

Index = QModelIndex | QPersistentModelIndex


# The keys with which a table's cell editor is left (and its value taken).
_LEAVING_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter}


def make_editor(column: Column, parent: QWidget | None = None) -> QWidget:
    """The field for a value of `column`. Choice, date and number fields never take the mouse
    wheel (it scrolls the page), and "no value" is a choice of its own where `column.empty`
    allows it, so an empty value stays empty."""
    if column.kind == "lines":
        lines = QPlainTextEdit(parent)
        lines.setTabChangesFocus(True)
        lines.setPlaceholderText(column.placeholder)
        return lines
    if column.kind == "choice":
        choice = ChoiceField(parent)
        if column.empty is not None and None not in column.choices:
            choice.addItem(column.empty, None)
        for key, label in column.choices.items():
            choice.addItem(label, key)
        return choice
    if column.kind == "date":
        if column.empty is not None:
            return DateField(column.empty, parent)
        return KnownDateField(parent)
    if column.kind == "number":
        number = NumberField(parent)
        if column.empty is not None:  # one below the lowest number stands for "no value"
            number.setRange(column.minimum - 1, column.maximum)
            number.setSpecialValueText(column.empty)
        else:
            number.setRange(column.minimum, column.maximum)
        return number
    text = QLineEdit(parent)
    show_start_when_left(text)
    text.setPlaceholderText(column.placeholder)
    text.setFrame(False)
    text.textChanged.connect(text.setToolTip)  # the whole text when the cell is too narrow
    return text


def editor_value(editor: QWidget) -> Any:
    """What an editor made by `make_editor` holds, in the row's terms (None for "no value")."""
    if isinstance(editor, DateField):  # before QLineEdit: a date field is a line of text too
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        unset = bool(editor.specialValueText()) and editor.value() == editor.minimum()
        return None if unset else editor.value()
    return None


def set_editor_value(editor: QWidget, value: Any) -> None:
    """Show `value` in an editor made by `make_editor`, without its change signals."""
    with QSignalBlocker(editor):
        if isinstance(editor, DateField):
            editor.set_value(value if isinstance(value, date) else None)
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")
            editor.setCursorPosition(0)  # a long text shows its start
            editor.setToolTip(value or "")
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QComboBox):
            place = editor.findData(value)
            if place < 0 and value not in (None, ""):  # a value this version does not know
                editor.addItem(str(value), value)  # is shown and kept as it is
                place = editor.count() - 1
            editor.setCurrentIndex(max(place, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))


def change_signal(editor: QWidget) -> Any:
    """The signal an editor gives for every change the user makes (not for a set value)."""
    if isinstance(editor, DateField):
        return editor.dateChanged
    if isinstance(editor, QLineEdit):
        return editor.textEdited
    if isinstance(editor, QPlainTextEdit):
        return editor.textChanged
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QSpinBox):
        return editor.valueChanged
    return None


def column_at(index: Index) -> Column:
    model = index.model()
    if not isinstance(model, RowTableModel):
        raise TypeError("a row table's delegate needs a RowTableModel")
    return model.column(index.column())


class RowDelegate(QStyledItemDelegate):
    """Makes the editor a cell's column asks for. Edited in place (F2, typing, a double-click),
    a cell's value counts when its editor closes, a choice as soon as it is made. With `live`,
    every cell is an open field: each change counts at once, and Tab, Return and Escape work as
    in any form. Text in a `wrap` column wraps between words and, for a word longer than the
    column, inside it: long Dutch compounds are never cut off in a narrow column."""

    MARGIN = 4

    def __init__(self, view: QAbstractItemView, live: bool = False) -> None:
        super().__init__(view)
        self.live = live

    # -- editors -------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = column_at(index)
        editor = make_editor(column, parent)
        editor.setObjectName(f"{column.field}Editor")
        editor.setAccessibleName(column.header.replace("\n", " "))
        if isinstance(editor, QComboBox) and self.live:
            editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            editor.setMinimumContentsLength(11)
        if self.live:
            change_signal(editor).connect(lambda *_args, e=editor: self.commitData.emit(e))
        elif isinstance(editor, QComboBox):  # a choice counts at once; no need to leave the cell
            editor.activated.connect(lambda _index, e=editor: self.commitData.emit(e))
            # The box stays inside its own cell, never over the cells beside it; the list it
            # opens is as wide as its words need.
            choices = editor.view()
            choices.setMinimumWidth(choices.sizeHintForColumn(0) + 2 * choices.frameWidth() + 24)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(ROLE.EditRole)
        valid, held = column_at(index).clean(editor_value(editor))
        if valid and held == value and editor.property("filled"):
            return  # the editor already says so: keep its cursor, selection and undo steps
        set_editor_value(editor, value)
        editor.setProperty("filled", True)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor_value(editor), ROLE.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.live:
            return False  # an open field: the keys do what they do in any form
        if (
            isinstance(watched, DateField)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _LEAVING_KEYS
        ):
            watched.confirm_typed()
            if watched.problem():
                return True  # a date that cannot be read keeps its cell open, and says why
        return super().eventFilter(watched, event)

    # -- painting ------------------------------------------------------------------------------

    @staticmethod
    def _layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text.replace("\n", "\u2028"), font)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not (self.live or column_at(index).wrap):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        if self.live:
            return  # an open field stands over the cell
        top = int(index.data(ROLE.TextAlignmentRole) or 0) & Qt.AlignmentFlag.AlignTop.value
        edge = 0 if top else 2  # at the top, in line with the cells beside it
        box = QRectF(item.rect).adjusted(self.MARGIN, edge, -self.MARGIN, -edge)
        layout, height = self._layout(text, item.font, box.width())
        state = item.state
        group = (
            QPalette.ColorGroup.Normal
            if state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        space = 0.0 if top else max(0.0, (box.height() - height) / 2)
        painter.save()
        painter.setClipRect(box)
        painter.setPen(item.palette.color(group, role))
        layout.draw(painter, QPointF(box.left(), box.top() + space))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if self.live or not column_at(index).wrap:
            return size
        text = str(index.data(ROLE.DisplayRole) or "")
        width = option.rect.width() - 2 * self.MARGIN
        if width <= 0 or not text:
            return size
        _layout, height = self._layout(text, option.font, width)
        return QSize(size.width(), max(size.height(), math.ceil(height) + 4))
