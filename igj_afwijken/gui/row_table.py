"""One table idiom for a dossier's rows: the risks, the involvements and contact points, and the
evaluations held. A `RowTable` shows a `RowTableModel` (see `row_model`) with its editors (see
`row_delegate`) and the buttons to add, remove and move a row, and emits `rowsEdited` after every
change the user makes, so the panel can put the rows in the dossier and the autosave store them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.gui import dialogs
from igj_afwijken.gui.row_delegate import RowDelegate
from igj_afwijken.gui.row_model import Column, RowTableModel
from igj_afwijken.gui.widgets import explanation, tr

# How the rows are edited. "cells": in place, a cell at a time (F2, typing or a double-click
# opens it; arrows go from cell to cell, Tab leaves the table). "fields": every cell is an open
# field, and Tab goes from field to field and then on to the buttons. "none": the table only
# shows the rows; Enter or a double-click emits `rowActivated`, Delete removes the chosen row.
Editing = Literal["cells", "fields", "none"]
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


class RowView(QTableView):
    """A table view that shares its free width out among the columns that take a share of it
    (see `Column`), and says when its size changed, so it can be made as tall as its rows."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()
        self.resized.emit()

    def columns(self) -> tuple[Column, ...]:
        model = self.model()
        return model.columns if isinstance(model, RowTableModel) else ()

    def share_width(self) -> None:
        columns = self.columns()
        header = self.horizontalHeader()
        sharing = [i for i, column in enumerate(columns) if column.share or column.cap]
        if not sharing:
            return
        fixed = sum(header.sectionSize(i) for i in range(len(columns)) if i not in sharing)
        free = max(self.viewport().width() - fixed, 0)
        least = header.minimumSectionSize()
        widths: dict[int, int] = {}
        for i in sharing:
            if columns[i].cap:  # what its texts need, within its cap, never cutting a word
                wanted = max(self.sizeHintForColumn(i), header.sectionSizeHint(i))
                widths[i] = max(
                    least, self.longest_word(i), min(wanted, round(free * columns[i].cap))
                )
        rest = free - sum(widths.values())
        shares = [i for i in sharing if i not in widths]
        total = sum(columns[i].share for i in shares) or 1.0
        given = 0
        for i in shares:
            if i == shares[-1]:
                widths[i] = max(least, rest - given)
            else:
                widths[i] = max(least, round(rest * columns[i].share / total))
                given += widths[i]
        for i, width in widths.items():
            header.resizeSection(i, width)

    def longest_word(self, column: int) -> int:
        model = self.model()
        words = [
            word
            for row in range(model.rowCount())
            for word in str(model.index(row, column).data() or "").split()
        ]
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        return longest + 2 * RowDelegate.MARGIN + 2


class RowTable(QWidget):
    """A dossier's rows in a table (a `RowView` named `name`), an `empty` text shown instead
    of it while there are no rows (if `empty_text` is given), and the buttons `add_button`,
    `remove_button` and, if `movable`, `up_button` and `down_button` (the panel labels them
    and connects `add_button`). Removing asks first, with `remove_title` and the question
    `remove_question(row number, row)` gives. The table is as tall as its rows, at least
    `least_rows` lines and at most `most_lines` (beyond that it scrolls inside the page)."""

    rowsEdited = Signal()  # after every change the user makes; `rows` holds the new rows
    currentChanged = Signal()  # another row was chosen, or none
    rowActivated = Signal(int)  # Enter or a double-click on a row, when editing is "none"

    def __init__(
        self,
        model: RowTableModel,
        *,
        name: str,
        editing: Editing,
        remove_title: str,
        remove_question: Callable[[int, Any], str],
        empty_text: str = "",
        movable: bool = False,
        least_rows: int = 0,
        most_lines: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.editing: Editing = editing
        self.remove_title = remove_title
        self.remove_question = remove_question
        self.least_rows = least_rows
        self.most_lines = most_lines

        self.table = RowView()
        self.table.setObjectName(f"table:{name}")
        self.table.setModel(model)
        self.delegate = RowDelegate(self.table, live=editing == "fields")
        self.table.setItemDelegate(self.delegate)
        self.table.setAccessibleName(name)
        self._set_up_table()

        self.empty = explanation(empty_text) if empty_text else None
        if self.empty is not None:
            self.empty.setObjectName(f"empty:{name}")
        self.add_button = QPushButton()
        self.remove_button = QPushButton(tr("Verwijderen"))
        self.up_button = QPushButton() if movable else None
        self.down_button = QPushButton() if movable else None
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            if button is not None:
                self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        if self.empty is not None:
            layout.addWidget(self.empty)
        layout.addLayout(self.buttons)

        # The rows' heights are known only once the columns have their widths: fit after both.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_height)
        for signal in (
            model.dataChanged,
            self.table.resized,
            self.table.horizontalHeader().sectionResized,
        ):
            signal.connect(self._fit_timer.start)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            signal.connect(self._rows_changed)
        model.rowsEdited.connect(self.rowsEdited)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self._current_changed)
        self.remove_button.clicked.connect(self.remove_current)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.clicked.connect(lambda: self.move_current(-1))
            self.down_button.clicked.connect(lambda: self.move_current(1))
        if editing == "fields":
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_changed)
        if editing == "none":
            self.table.activated.connect(self._activated)  # Enter or a double-click
            delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.remove_current)
        self._rows_changed()

    def _set_up_table(self) -> None:
        table, editing = self.table, self.editing
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            EDIT_TRIGGERS if editing == "cells" else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setWordWrap(editing != "fields")
        table.setAlternatingRowColors(editing == "cells")
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if editing == "fields":
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = table.verticalHeader()
        rows.setVisible(self.model.row_name is not None)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M" * 4))
        for i, column in enumerate(self.model.columns):
            if column.share or column.cap or column.chars:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                if column.chars:
                    header.resizeSection(
                        i, self.fontMetrics().averageCharWidth() * column.chars + 24
                    )
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)

    # -- what it shows ---------------------------------------------------------------------------

    @property
    def rows(self) -> tuple[Any, ...]:
        return self.model.rows

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        """Show rows without emitting `rowsEdited`."""
        self.model.set_rows(rows)

    @property
    def cells(self) -> list[list[QWidget]]:
        """The open fields, row by row, when editing is "fields"."""
        table, model = self.table, self.model
        return [
            [
                widget
                for column in range(model.columnCount())
                if (widget := table.indexWidget(model.index(row, column))) is not None
            ]
            for row in range(model.rowCount())
        ]

    def current_row(self) -> int | None:
        """The chosen row: the current one, if it is selected."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.row()

    def select(self, row: int, column: int = 0) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def first_field(self) -> QWidget:
        """The first field of the chosen (or first) row, or the add button without rows."""
        cells = self.cells
        if not cells:
            return self.add_button
        row = self.current_row()
        return cells[row if row is not None and row < len(cells) else 0][0]

    def fit_height(self) -> None:
        """As tall as its rows, so the page scrolls rather than the table."""
        table = self.table
        table.share_width()
        table.resizeRowsToContents()
        line = table.verticalHeader().defaultSectionSize()
        rows = sum(table.rowHeight(row) for row in range(self.model.rowCount()))
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += max(rows, self.least_rows * line)
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        if self.most_lines is not None:
            height = min(height, self.most_lines * line)
        table.setFixedHeight(height)

    def finish_editing(self) -> None:
        """Take in what is being typed in a cell that has not been confirmed yet."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()  # the open editor, or a part of it
        viewport = self.table.viewport()
        while editor is not None and editor.parentWidget() is not viewport:
            editor = editor.parentWidget()
        editor = editor or self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _rows_changed(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        if self.empty is not None:
            self.table.setVisible(has_rows)
            self.empty.setVisible(not has_rows)
        if self.editing == "fields":
            self._open_fields()
        self._update_buttons()
        self.fit_height()
        # New rows (another dossier) may have taken the chosen row with them; a model reset
        # says nothing of that, so the panels' own buttons hear it here.
        self.currentChanged.emit()

    def _open_fields(self) -> None:
        """An open field in every cell, named after its column and row for screen readers."""
        for row in range(self.model.rowCount()):
            for column in range(self.model.columnCount()):
                index = self.model.index(row, column)
                if not self.table.isPersistentEditorOpen(index):
                    self.table.openPersistentEditor(index)
                    field = self.table.indexWidget(index)
                    if isinstance(field, QLineEdit):
                        field.setCursorPosition(0)  # a long text shows its start
                field = self.table.indexWidget(index)
                if field is None:
                    continue
                spec = self.model.column(column)
                field.setAccessibleName(
                    tr("%1, rij %2").replace("%1", spec.header).replace("%2", str(row + 1))
                )
                field.setObjectName(f"{spec.field}:{row}")
        self._order_tabs()

    def _order_tabs(self) -> None:
        """The fields are made after the buttons; put them before the buttons in the Tab order."""
        fields = [field for row in self.cells for field in row]
        if not fields:
            return
        anchor = self.add_button.previousInFocusChain()
        while anchor is not None and any(f is anchor or f.isAncestorOf(anchor) for f in fields):
            anchor = anchor.previousInFocusChain()  # skip the rows placed there before
        chain: list[QWidget] = [*fields, self.add_button, self.remove_button]
        if anchor is not None and anchor is not self.add_button:
            QWidget.setTabOrder(anchor, chain[0])
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.currentChanged.emit()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row is not None)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.setEnabled(row is not None and row > 0)
            self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The row whose field has the focus is the chosen one, which "Verwijderen" removes."""
        if new is None or not self.table.viewport().isAncestorOf(new):
            return
        for row, fields in enumerate(self.cells):
            for column, field in enumerate(fields):
                if field is new or field.isAncestorOf(new):
                    if self.current_row() != row or self.table.currentIndex().column() != column:
                        self.select(row, column)
                    return

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.rowActivated.emit(index.row())

    # -- changes ---------------------------------------------------------------------------------

    def add_row(self, value: Any, at: int | None = None) -> None:
        """Add a row (at the end, or at place `at`) and choose it: open its first cell for
        typing, or focus its first field."""
        row = self.model.rowCount() if at is None else at
        self.model.insert_row(row, value)
        self.rowsEdited.emit()
        index = self.model.index(row, 0)
        if self.editing == "cells":
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.table.edit(index)
        elif self.editing == "fields":
            self.select(row)
            self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.selectRow(row)

    def remove_current(self) -> None:
        """Remove the chosen row, once the user agrees. Afterwards the row that took its place
        is chosen (none when the table only shows), or the add button has the focus."""
        row = self.current_row()
        if row is None:
            return
        chosen = self.model.row(row)
        question = self.remove_question(row, chosen)
        if not dialogs.confirm(self, self.remove_title, question, tr("Verwijderen")):
            return
        if row >= self.model.rowCount() or self.model.row(row) is not chosen:
            return  # the rows changed while the question was open: remove nothing unasked
        self.model.remove_row(row)
        self.rowsEdited.emit()
        left = self.model.rowCount()
        if not left:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.editing == "none":
            self.table.clearSelection()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.select(min(row, left - 1))
            if self.editing == "fields":
                self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        self._current_changed()

    def move_current(self, step: int) -> None:
        """Move the chosen row up (-1) or down (1) a place; its cell stays the current one."""
        row = self.current_row()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        column = self.table.currentIndex().column()
        self.model.move_row(row, row + step)
        self.rowsEdited.emit()
        self.select(row + step, column)
        self._current_changed()
