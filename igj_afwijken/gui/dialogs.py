"""Modal questions and file choosers, gathered in one place so tests can answer them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box that shows titles and file names typed by users literally, never as HTML."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of the items, or None when the user cancels."""
    item, accepted = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if accepted else None


def save_file_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str:
    """The chosen path, or "" when the user cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path


def open_file_path(parent: QWidget | None, title: str, directory: str, file_filter: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, file_filter)
    return path


def print_preview(parent: QWidget | None, paint: Callable[[QPrinter], None]) -> None:
    """Qt's print preview; `paint` lays the document out on the printer it is given."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loaded only to print

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    dialog.exec()
