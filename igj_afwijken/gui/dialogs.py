"""Modal questions and file choosers, gathered in one place so tests can answer them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


def choice_box(
    parent: QWidget | None, title: str, text: str, labels: dict[str, str], default: str
) -> QMessageBox:
    """A question with one button per answer (`labels`: answer → button text); Enter takes
    `default`, Escape the last answer."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    roles = [QMessageBox.ButtonRole.AcceptRole] * (len(labels) - 1)
    for (answer, label), role in zip(
        labels.items(), [*roles, QMessageBox.ButtonRole.RejectRole], strict=True
    ):
        button = box.addButton(label, role)
        button.setProperty("answer", answer)
        if answer == default:
            box.setDefaultButton(button)
        box.setEscapeButton(button)  # the last one stays the escape button
    return box


def ask_choice(
    parent: QWidget | None, title: str, text: str, labels: dict[str, str], default: str
) -> str:
    """The answer whose button was pressed; the last answer when the box was closed."""
    box = choice_box(parent, title, text, labels, default)
    box.exec()
    clicked = box.clickedButton()
    answer = clicked.property("answer") if clicked is not None else None
    return answer if answer in labels else list(labels)[-1]


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


class Progress:
    """A progress dialog with a cancel button, called as write_bundle's `progress`: it shows
    how far the work is and answers False once the user pressed cancel."""

    def __init__(self, parent: QWidget | None, label: str, cancel: str, total: int) -> None:
        from PySide6.QtWidgets import QProgressDialog

        self._dialog = QProgressDialog(label, cancel, 0, max(1, total), parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)  # a quick bundle shows no dialog at all
        self._dialog.setValue(0)

    def __call__(self, done: int, total: int) -> bool:
        from PySide6.QtWidgets import QApplication

        self._dialog.setMaximum(max(1, total))
        self._dialog.setValue(done)
        QApplication.processEvents()
        return not self._dialog.wasCanceled()

    def close(self) -> None:
        self._dialog.reset()
        self._dialog.close()


def progress(parent: QWidget | None, label: str, cancel: str, total: int) -> Progress:
    return Progress(parent, label, cancel, total)


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while something takes a moment (a document being set)."""
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def print_pages(parent: QWidget | None, paint: Callable[[QPrinter], None]) -> None:
    """Qt's print dialog; `paint` puts the document on the printer chosen there."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded only to print

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        paint(printer)


def print_preview(parent: QWidget | None, paint: Callable[[QPrinter], None]) -> None:
    """Qt's print preview; `paint` lays the document out on the printer it is given."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loaded only to print

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    dialog.exec()
