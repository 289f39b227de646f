"""Making a dossier's fields read-only while it may not be changed here, and back as they were."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# A button that only shows or saves something (an example text, a copy of an attachment) keeps
# working on a dossier that is read-only; it carries this property, set to True.
READING_ONLY = "readingOnly"


class ReadOnlyFields:
    """Locks every field, table and editing button below some widgets; unlocking gives back
    exactly what was locked, so a field that was read-only for its own reason stays so."""

    def __init__(self) -> None:
        self._locked: list[tuple[QWidget, object]] = []

    @property
    def active(self) -> bool:
        return bool(self._locked)

    def lock(self, roots: Iterable[QWidget]) -> None:
        if self._locked:
            return
        for root in roots:
            for widget in root.findChildren(QWidget):
                self._lock_one(widget)

    def _lock_one(self, widget: QWidget) -> None:
        if isinstance(widget, QPlainTextEdit | QTextEdit | QLineEdit):
            if not widget.isReadOnly():
                widget.setReadOnly(True)
                self._locked.append((widget, "read-only"))
        elif isinstance(widget, QAbstractItemView):
            triggers = widget.editTriggers()
            if triggers != QAbstractItemView.EditTrigger.NoEditTriggers:
                widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                self._locked.append((widget, triggers))
        elif (
            isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractButton)
            and widget.property(READING_ONLY) is not True
            and widget.isEnabled()
        ):
            widget.setEnabled(False)
            self._locked.append((widget, "disabled"))

    def unlock(self) -> None:
        for widget, how in reversed(self._locked):
            if how == "read-only":
                widget.setReadOnly(False)  # type: ignore[attr-defined]
            elif how == "disabled":
                widget.setEnabled(True)
            else:
                widget.setEditTriggers(how)  # type: ignore[attr-defined]
        self._locked.clear()
