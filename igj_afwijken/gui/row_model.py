"""A dossier's rows (risks, involvements, contact points, evaluations) as a Qt table model.

The rows are frozen dataclasses (`domain.model`); each column of the table is described by a
`Column`: its header, how it reads a value from a row and writes one back (with
`dataclasses.replace`), and which editor it needs. `row_table.RowTable` shows such a model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from igj_afwijken.domain.text import long_date

Index = QModelIndex | QPersistentModelIndex
Kind = Literal["text", "lines", "choice", "date", "number"]
NO_INDEX = QModelIndex()
ROLE = Qt.ItemDataRole


@dataclass(frozen=True)
class Column:
    """One column of a row table: the row's `field` it shows and how it is edited.

    kind: "text" (one line), "lines" (several), "choice" (one of `choices`, value → label, in
    that order), "date" or "number" (`minimum` to `maximum`). `empty` is the label of "no
    value" (None) for a choice, date or number; without it a value is required. Text is kept
    without the spaces around it, so an emptied cell is "", never None.
    read / write: how to get the value from a row and make a row with a new value; by default
    the attribute `field` and `dataclasses.replace`.
    show / say: the value as the cell shows it, and as its tooltip and a screen reader say it.
    Size: `share` of the width the other columns leave; or as wide as its texts need up to a
    `cap` part of that width (never narrower than its longest word); or `chars` average
    characters wide; otherwise as wide as its contents. `wrap`: long text wraps in the cell.
    """

    field: str
    header: str
    kind: Kind = "text"
    tip: str = ""
    choices: Mapping[Any, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    empty: str | None = None
    placeholder: str = ""
    minimum: int = 0
    maximum: int = 999
    read: Callable[[Any], Any] | None = None
    write: Callable[[Any, Any], Any] | None = None
    show: Callable[[Any], str] | None = None
    say: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag | None = None
    share: float = 0.0
    cap: float = 0.0
    chars: int = 0
    wrap: bool = False

    def value(self, row: Any) -> Any:
        return self.read(row) if self.read is not None else getattr(row, self.field)

    def with_value(self, row: Any, value: Any) -> Any:
        """A copy of `row` with `value` in this column; the row's id and other fields stay."""
        if self.write is not None:
            return self.write(row, value)
        return replace(row, **{self.field: value})

    def clean(self, value: Any) -> tuple[bool, Any]:
        """(True, the value as the row keeps it), or (False, None) for a value it refuses."""
        if self.kind in ("text", "lines"):
            return True, str(value or "").strip()
        if value is None or value == "":
            if value in self.choices:  # a choice whose "not yet" is "" rather than None
                return True, value
            return (self.empty is not None), None
        if self.kind == "choice":
            return (value in self.choices), value
        if self.kind == "date":
            if isinstance(value, QDate):
                value = date(value.year(), value.month(), value.day())
            return (isinstance(value, date) and not isinstance(value, datetime)), value
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False, None
        return (self.minimum <= number <= self.maximum), number

    def text(self, value: Any) -> str:
        """The value as the cell shows it."""
        if self.show is not None:
            return self.show(value)
        if value is None:
            return self.empty or ""
        if self.kind == "choice":
            return self.choices.get(value, str(value))
        if isinstance(value, date):
            return long_date(value)
        return str(value)


class RowTableModel(QAbstractTableModel):
    """Rows of one kind as a table, one `Column` per table column. A cell edited through
    `setData` replaces its row (with the row's id kept) and emits `rowsEdited`; loading,
    adding, removing and moving rows is done by who shows the table, and emits nothing."""

    rowsEdited = Signal()

    def __init__(
        self,
        columns: Sequence[Column] = (),
        parent: QWidget | None = None,
        *,
        editable: bool = True,
        row_name: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(columns)
        self.editable = editable
        self.row_name = row_name  # "Risico 3" for row number 3; without it rows are unnumbered
        self._rows: list[Any] = []

    # -- the rows ------------------------------------------------------------------------------

    @property
    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def row(self, row: int) -> Any:
        return self._rows[row]

    def column(self, column: int) -> Column:
        return self.columns[column]

    def column_of(self, field_name: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.field == field_name)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def insert_row(self, row: int, value: Any) -> None:
        self.beginInsertRows(NO_INDEX, row, row)
        self._rows.insert(row, value)
        self.endInsertRows()

    def remove_row(self, row: int) -> Any:
        self.beginRemoveRows(NO_INDEX, row, row)
        removed = self._rows.pop(row)
        self.endRemoveRows()
        return removed

    def move_row(self, row: int, to: int) -> None:
        """Move a row up or down by one place (`to` is row - 1 or row + 1)."""
        destination = to + 1 if to > row else to  # Qt counts the place before which it lands
        self.beginMoveRows(NO_INDEX, row, row, NO_INDEX, destination)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()

    def replace_row(self, row: int, value: Any) -> None:
        """Put a changed row in place, such as one with a field the table does not show."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # -- the table model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = column.value(self._rows[index.row()])
        if role == ROLE.EditRole:
            return value
        if role == ROLE.DisplayRole:
            return column.text(value)
        if role == ROLE.ToolTipRole:
            return column.say(value) if column.say is not None else column.text(value)
        if role == ROLE.AccessibleTextRole:
            said = column.say(value) if column.say is not None else column.text(value)
            return said or self.tr("leeg")
        if role == ROLE.TextAlignmentRole and column.align is not None:
            return int(column.align)
        return None

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:
        if not index.isValid() or role != ROLE.EditRole or not self.editable:
            return False
        column = self.columns[index.column()]
        valid, value = column.clean(value)
        row = self._rows[index.row()]
        if not valid or column.value(row) == value:
            return False
        self._rows[index.row()] = column.with_value(row, value)
        self.dataChanged.emit(index, index)
        self.rowsEdited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = ROLE.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if self.row_name is None:
                return None
            if role == ROLE.DisplayRole:  # the row's number, as the risk matrix shows it
                return str(section + 1)
            if role == ROLE.AccessibleTextRole:
                return self.row_name(section + 1)
            return None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == ROLE.DisplayRole:
            return column.header
        if role in (ROLE.ToolTipRole, ROLE.AccessibleDescriptionRole):
            return column.tip or None
        if role == ROLE.AccessibleTextRole:
            return column.header.replace("\n", " ")
        return None
