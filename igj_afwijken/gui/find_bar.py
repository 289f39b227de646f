"""Finding text in the open dossier across its steps (Ctrl+F, F3 and Shift+F3), field by field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QWidget,
)

from igj_afwijken.domain.text import find_all


@dataclass(frozen=True)
class Hit:
    """Where a text was found: in a field, or in a cell of a table (`cell` = (row, column))."""

    step: int
    field: QWidget
    start: int
    end: int
    cell: tuple[int, int] | None = None


def field_text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.toPlainText()
    return ""


def fields_in_reading_order(page: QWidget) -> list[QWidget]:
    """The text fields and tables a user can see on a step, top to bottom and left to right;
    a table whose cells are fields of their own counts through those fields."""
    found = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisibleTo(page)
        and (
            _is_editable_text(widget)
            or (isinstance(widget, QTableView) and not _cells_are_fields(widget))
        )
    ]

    def place(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(page, QPoint(0, 0))
        return corner.y(), corner.x()

    return sorted(found, key=place)


def _is_editable_text(widget: QWidget) -> bool:
    if isinstance(widget, QTextBrowser):
        return False
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not widget.isReadOnly()


def _cells_are_fields(view: QTableView) -> bool:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return False
    return view.indexWidget(model.index(0, 0)) is not None


def _hits_in(step: int, widget: QWidget, query: str) -> list[Hit]:
    if not isinstance(widget, QTableView):
        return [Hit(step, widget, s, e) for s, e in find_all(field_text(widget), query)]
    model, hits = widget.model(), []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if widget.isColumnHidden(column):
                continue
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str):
                hits += [Hit(step, widget, s, e, (row, column)) for s, e in find_all(text, query)]
    return hits


class FindBar(QWidget):
    """A line to type what to find, with the count and the way to the next and previous hit.
    The hits are looked up again for each search, so edits in between are taken along."""

    def __init__(
        self,
        pages: Callable[[], Sequence[QWidget]],
        go_to_step: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pages = pages
        self._go_to_step = go_to_step
        self._current: Hit | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Zoeken in deze afwijking…"))
        self.query.setAccessibleName(self.tr("Zoeken in deze afwijking"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setText(self.tr("Vorige"))
        self.previous_button.setToolTip(self.tr("Vorige vindplaats (Shift+F3)"))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("Volgende"))
        self.next_button.setToolTip(self.tr("Volgende vindplaats (F3 of Enter)"))
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setToolTip(self.tr("Zoeken sluiten (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 0)
        layout.addWidget(QLabel(self.tr("Zoeken:")))
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.query.returnPressed.connect(self.find_next)
        self.query.textEdited.connect(self._restart)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # Esc in the bar only
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with its text selected, ready for what to find."""
        self.show()
        self.query.setFocus()
        self.query.selectAll()

    def close_bar(self) -> None:
        self.hide()
        field = self._current.field if self._current is not None else None
        if field is not None and shiboken6.isValid(field) and field.isVisible():
            field.setFocus()  # (a checklist's fields go when the topics change)

    def hits(self) -> list[Hit]:
        query = self.query.text()
        found = []
        for step, page in enumerate(self._pages()):
            for field in fields_in_reading_order(page):
                found += _hits_in(step, field, query)
        return found

    def find_next(self) -> None:
        self._move(forward=True)

    def find_previous(self) -> None:
        self._move(forward=False)

    def _restart(self) -> None:
        self._current = None
        self.count.clear()

    def _move(self, forward: bool) -> None:
        if not self.query.text().strip():
            self.open_bar()
            return
        hits = self.hits()
        if not hits:
            self._current = None
            self.count.setText(
                self.tr("Niets gevonden voor ‘%1’").replace("%1", self.query.text().strip())
            )
            self.show()
            return
        index = self._index_after(hits) if forward else self._index_before(hits)
        self._current = hits[index]
        self.count.setText(
            self.tr("%1 van %2").replace("%1", str(index + 1)).replace("%2", str(len(hits)))
        )
        self.show()
        self._reveal(self._current)

    def _index_after(self, hits: list[Hit]) -> int:
        if self._current is None:
            return 0
        ranks = _field_ranks(hits)
        here = _place(self._current, ranks)
        return next((n for n, h in enumerate(hits) if _place(h, ranks) > here), 0)

    def _index_before(self, hits: list[Hit]) -> int:
        if self._current is None:
            return len(hits) - 1
        ranks = _field_ranks(hits)
        here = _place(self._current, ranks)
        earlier = [n for n, h in enumerate(hits) if _place(h, ranks) < here]
        return earlier[-1] if earlier else len(hits) - 1

    def _reveal(self, hit: Hit) -> None:
        self._go_to_step(hit.step)
        field = hit.field
        area = field.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(field, 40, 80)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QTableView) and hit.cell is not None:
            index = field.model().index(*hit.cell)
            field.setCurrentIndex(index)
            field.scrollTo(index)
        elif isinstance(field, QLineEdit):
            field.setSelection(hit.start, hit.end - hit.start)
        elif isinstance(field, QPlainTextEdit | QTextEdit):
            cursor = field.textCursor()
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)
            field.ensureCursorVisible()


def _field_ranks(hits: list[Hit]) -> dict[int, int]:
    """Each field's rank in reading order (the hits are found field by field in that order)."""
    return {id(h.field): n for n, h in enumerate(hits)}


def _place(hit: Hit, ranks: dict[int, int]) -> tuple[int, int, tuple[int, int], int]:
    """Where a hit stands in reading order: step, field, table cell, position in its text; a
    hit kept from an earlier search whose field has no hit now counts as the first field."""
    return (hit.step, ranks.get(id(hit.field), 0), hit.cell or (0, 0), hit.start)
