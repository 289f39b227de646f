"""The Qt binding the program runs on keeps Python's None alive.

PySide6 6.12.0 gave back a reference to None it never took whenever Qt handed back an empty
value: a model's data for a role it has no value for, a combo box's item data, a property not
set. The register asks for such values thousands of times, and once None's count ran out the
program stopped with "deallocating None". pyproject.toml keeps that release out."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox

EMPTY_VALUES = 200


def _change_in_nones(ask) -> int:
    before = sys.getrefcount(None)
    for _ in range(EMPTY_VALUES):
        ask()
    return sys.getrefcount(None) - before


def test_empty_values_from_qt_leave_none_alive(qtbot):
    model = QStandardItemModel()
    model.appendRow(QStandardItem("rij"))
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("zonder gegevens")
    holder = QObject()
    for ask in (
        lambda: model.data(model.index(0, 0), 1000),
        combo.currentData,
        lambda: holder.property("niet gezet"),
    ):
        assert ask() is None
        assert _change_in_nones(ask) >= 0
