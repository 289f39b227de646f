"""The answer field: plain text with light Markdown, bold/italic shortcuts and a word count."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from igj_afwijken.domain.text import count_words

if TYPE_CHECKING:
    from igj_afwijken.gui.spelling import Spelling, SpellingHighlighter

MIN_LINES = 3  # an empty answer shows room for about three lines, in any text size
MAX_HEIGHT = 520


class AnswerEdit(QPlainTextEdit):
    """Tab moves on to the next field; Ctrl+B and Ctrl+I wrap the selection in Markdown marks."""

    wordCountChanged = Signal(int)

    def __init__(self, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question_id
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Typ hier uw antwoord…"))
        self.setFixedHeight(self._height_for(MIN_LINES))
        self._words = 0
        self._count_timer = QTimer(self, singleShot=True, interval=250)
        self._count_timer.timeout.connect(self._recount)
        self._count_timer.timeout.connect(self._fit_height)
        self.textChanged.connect(self._count_timer.start)
        self._spelling: tuple[Spelling, SpellingHighlighter] | None = None

    def check_spelling(self, spelling: Spelling) -> None:
        """Underline unknown words, with suggestions in the right-click menu."""
        self._spelling = (spelling, spelling.follow(self))

    @property
    def spelling_highlighter(self) -> SpellingHighlighter | None:
        return self._spelling[1] if self._spelling else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, position: QPoint) -> QMenu:
        """The right-click menu at a point of the field: for a misspelled word, suggestions and
        *Toevoegen aan woordenlijst* above the usual editing commands."""
        from igj_afwijken.gui.spelling import add_spelling_to_menu

        menu = self.createStandardContextMenu(position)
        if self._spelling is not None:
            spelling, highlighter = self._spelling
            add_spelling_to_menu(menu, self.cursorForPosition(position), highlighter, spelling)
        return menu

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    @property
    def word_count(self) -> int:
        return self._words

    def set_text_silently(self, text: str) -> None:
        """Show stored text without it counting as an edit (and without an undo step)."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._recount()
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.wrap_selection("**")
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.wrap_selection("*")
        else:
            super().keyPressEvent(event)

    def wrap_selection(self, mark: str) -> None:
        """Put the mark around the selection, or around the cursor ready to type; one undo step."""
        cursor = self.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(f"{mark}{selected}{mark}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._count_timer.start()  # the wrapped text may need more or fewer lines now

    def _fit_height(self) -> None:
        """Grow with the answer (up to a limit), so the page scrolls rather than a small box."""
        lines = self.document().documentLayout().documentSize().height()
        wanted = self._height_for(max(MIN_LINES, lines))
        self.setFixedHeight(min(max(MAX_HEIGHT, self._height_for(MIN_LINES)), wanted))

    def _height_for(self, lines: float) -> int:
        return int(lines * self.fontMetrics().lineSpacing()) + 2 * self.frameWidth() + 12

    def _recount(self) -> None:
        words = count_words(self.toPlainText())
        if words != self._words:
            self._words = words
            self.wordCountChanged.emit(words)
