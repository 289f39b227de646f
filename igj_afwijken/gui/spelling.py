"""Spelling in the answer fields: unknown words underlined, suggestions in the right-click menu,
the looking up done in a thread of its own so typing never waits for it."""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from igj_afwijken import i18n
from igj_afwijken.domain.text import words_to_spell
from igj_afwijken.services.spelling import Speller, SpellingProcess, SpellingUnavailable

UNDERLINE = QColor("#c62828")


class _Lookups(QObject):
    """Lives in the spelling thread: asks the spelling process about words, one request at a
    time, in the order they came; the thread waits for the answers, the window does not."""

    checked = Signal(str, dict)  # language, {word: spelled right}
    suggested = Signal(str, str, list)  # language, word, suggestions
    unavailable = Signal(str)  # why there is no spelling check

    def __init__(self, word_list: Speller) -> None:
        super().__init__()
        self._word_list = word_list
        self._said_unavailable = False

    @Slot(str, list)
    def check(self, language: str, words: list[str]) -> None:
        known = {word: True for word in words if self._word_list.in_word_list(word)}
        asked = [word for word in words if word not in known]
        try:
            if asked:
                known.update(_spelling_process().knows(asked, language))
        except SpellingUnavailable as error:
            self._unavailable(error)
            return
        self.checked.emit(language, known)

    @Slot(str, str)
    def suggest(self, language: str, word: str) -> None:
        try:
            self.suggested.emit(language, word, _spelling_process().suggestions(word, language))
        except SpellingUnavailable as error:
            self._unavailable(error)

    def _unavailable(self, error: SpellingUnavailable) -> None:
        if not self._said_unavailable:
            self._said_unavailable = True
            self.unavailable.emit(str(error))


_thread: QThread | None = None
_process: SpellingProcess | None = None
_every_lookups: list[_Lookups] = []


def _spelling_thread() -> QThread:
    """The one thread that talks to the spelling process, for every window; it ends with the
    program, and the process with it."""
    global _thread
    if _thread is None:
        _thread = QThread()
        _thread.setObjectName("spelling")
        _thread.start(QThread.Priority.LowPriority)
        atexit.register(_stop)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(_stop)
    return _thread


def _spelling_process() -> SpellingProcess:
    """The process with the dictionaries, started at the first question (in the thread)."""
    global _process
    if _process is None:
        _process = SpellingProcess()
    return _process


def _stop() -> None:
    """Let the thread finish the question it is on (Qt may not destroy a thread that runs),
    then close the spelling process."""
    if _thread is not None and _thread.isRunning():
        _thread.quit()
        _thread.wait()
    if _process is not None:
        _process.close()


class Spelling(QObject):
    """The window's spelling check: what is known of each word so far, the rest asked of the
    spelling thread; fields follow `checked` to underline what turned out to be unknown."""

    checked = Signal()
    suggested = Signal(str)  # the word whose suggestions arrived
    problem = Signal(str)  # one line for the status bar
    _check = Signal(str, list)
    _suggest = Signal(str, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.language()
        self._speller = Speller(data_dir)  # its word list; the dictionaries are elsewhere
        self._known: dict[str, bool] = {}
        self._asked: set[str] = set()
        self._waiting: list[str] = []
        self._suggestions: dict[str, list[str]] = {}
        self._highlighters: weakref.WeakSet[SpellingHighlighter] = weakref.WeakSet()
        self._lookups = _Lookups(self._speller)
        self._lookups.moveToThread(_spelling_thread())
        _every_lookups.append(self._lookups)  # lives on with its thread: never deleted under it
        self._check.connect(self._lookups.check)
        self._suggest.connect(self._lookups.suggest)
        self._lookups.checked.connect(self._take_checked)
        self._lookups.suggested.connect(self._take_suggested)
        self._lookups.unavailable.connect(self._say_unavailable)
        self._send_timer = QTimer(self, singleShot=True, interval=0)
        self._send_timer.timeout.connect(self._send)

    def known(self, word: str) -> bool | None:
        """Whether the word is spelled right; None while that is being looked up."""
        known = self._known.get(word)
        if known is None and word not in self._asked:
            self._asked.add(word)
            self._waiting.append(word)
            self._send_timer.start()
        return known

    def suggestions(self, word: str) -> list[str] | None:
        """The words offered instead; None while they are being looked for."""
        if word not in self._suggestions and word not in self._asked:
            self._asked.add(word)
            self._suggest.emit(self.language, word)
        return self._suggestions.get(word)

    def add_to_word_list(self, word: str) -> None:
        """Take the word as spelled right, now and in every later session of this data folder."""
        try:
            self._speller.add_word(word)
        except OSError as error:
            self.problem.emit(
                self.tr("‘%1’ kon niet aan de woordenlijst worden toegevoegd: %2")
                .replace("%1", word)
                .replace("%2", error.strerror or str(error))
            )
            return
        self._known = {
            w: known or w.casefold() == word.casefold() for w, known in self._known.items()
        }
        for highlighter in list(self._highlighters):
            highlighter.rehighlight_quietly()

    def follow(self, editor: QPlainTextEdit) -> SpellingHighlighter:
        highlighter = SpellingHighlighter(editor, self)
        self._highlighters.add(highlighter)
        return highlighter

    def _send(self) -> None:
        words, self._waiting = self._waiting, []
        if words:
            self._check.emit(self.language, words)

    def _say_unavailable(self, reason: str) -> None:
        self.problem.emit(
            self.tr("De spelling kan niet worden gecontroleerd: %1").replace("%1", reason)
        )

    def _take_checked(self, language: str, known: dict[str, bool]) -> None:
        if language != self.language:
            return
        self._known.update(known)
        self._asked.difference_update(known)
        self.checked.emit()

    def _take_suggested(self, language: str, word: str, suggestions: list[str]) -> None:
        if language != self.language:
            return
        self._suggestions[word] = suggestions
        self._asked.discard(word)
        self.suggested.emit(word)


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of one field. Blocks with words still being looked up are
    looked at again when the answers come."""

    def __init__(self, editor: QPlainTextEdit, spelling: Spelling) -> None:
        # Made while the field is empty: a highlighter put on text would redo it at once, and
        # that would count as an edit.
        super().__init__(editor.document())
        self._editor = editor
        self._spelling = spelling
        self._waiting: list[QTextBlock] = []
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(UNDERLINE)
        # the word being typed, not judged yet: its block, start and end in the block
        self._typing_in: tuple[QTextBlock, int, int] | None = None
        spelling.checked.connect(self._look_again)
        editor.cursorPositionChanged.connect(self._left_the_word)
        editor.installEventFilter(self)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        waiting = False
        typing_at = self._typing_position()
        for start, word in words_to_spell(text):
            if typing_at is not None and start <= typing_at <= start + len(word):
                # judged once the cursor leaves it
                self._typing_in = (self.currentBlock(), start, start + len(word))
                continue
            known = self._spelling.known(word)
            if known is False:
                self.setFormat(start, len(word), self._format)
            waiting = waiting or known is None
        block = self.currentBlock()
        if waiting and not (self._waiting and self._waiting[-1] == block):
            self._waiting.append(block)  # typing in one block asks again and again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            self._left_the_word()
        return False

    def _typing_position(self) -> int | None:
        """Where in the block being underlined the user is typing, if so."""
        if not self._editor.hasFocus():
            return None
        cursor = self._editor.textCursor()
        if cursor.block() != self.currentBlock():
            return None
        return cursor.positionInBlock()

    def _left_the_word(self) -> None:
        """Judge a word typed into once the cursor left it (or the field lost the focus)."""
        if self._typing_in is None:
            return
        block, start, end = self._typing_in
        cursor = self._editor.textCursor()
        if not block.isValid():
            self._typing_in = None
        elif (
            not self._editor.hasFocus()
            or cursor.block() != block
            or not start <= cursor.positionInBlock() <= end
        ):
            self._typing_in = None
            self._quietly(lambda: self.rehighlightBlock(block))

    def unknown_word_at(self, cursor: QTextCursor) -> tuple[int, str] | None:
        """The misspelled word at the cursor: its position in the field and the word."""
        block = cursor.block()
        offset = cursor.position() - block.position()
        for start, word in words_to_spell(block.text()):
            if start <= offset <= start + len(word):
                if self._spelling.known(word) is False:
                    return block.position() + start, word
                return None
        return None

    def rehighlight_quietly(self) -> None:
        self._quietly(self.rehighlight)

    def _quietly(self, underline: Callable[[], None]) -> None:
        """Underline again without the field telling that its text changed (it did not)."""
        blocked = self._editor.blockSignals(True)
        try:
            underline()
        finally:
            self._editor.blockSignals(blocked)

    def _look_again(self) -> None:
        blocks, self._waiting = self._waiting, []
        seen: set[int] = set()

        def underline() -> None:
            for block in blocks:
                if block.isValid() and block.blockNumber() not in seen:
                    seen.add(block.blockNumber())
                    self.rehighlightBlock(block)

        if blocks:
            self._quietly(underline)


def add_spelling_to_menu(
    menu: QMenu, cursor: QTextCursor, highlighter: SpellingHighlighter, spelling: Spelling
) -> None:
    """Put the suggestions for the misspelled word at `cursor` at the top of the field's menu,
    with *Toevoegen aan woordenlijst*; suggestions still being looked for follow when found."""
    found = highlighter.unknown_word_at(cursor)
    if found is None:
        return
    start, word = found
    document = cursor.document()
    first = menu.actions()[0] if menu.actions() else menu.addSeparator()

    def replace_with(suggestion: str) -> None:
        replacing = QTextCursor(document)
        replacing.setPosition(start)
        replacing.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
        if replacing.selectedText() == word:  # the text did not change under the open menu
            replacing.insertText(suggestion)

    def show_suggestions(suggestions: list[str], before: QAction) -> None:
        if not suggestions:
            menu.insertAction(
                before, _disabled(menu, QCoreApplication.translate("Spelling", "(geen suggesties)"))
            )
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, s=suggestion: replace_with(s))
            menu.insertAction(before, action)

    adding = QAction(QCoreApplication.translate("Spelling", "Toevoegen aan woordenlijst"), menu)
    adding.setObjectName("addToWordList")
    adding.triggered.connect(lambda: spelling.add_to_word_list(word))
    menu.insertAction(first, adding)
    menu.insertSeparator(first)
    suggestions = spelling.suggestions(word)
    if suggestions is not None:
        show_suggestions(suggestions, adding)
        return
    searching = _disabled(
        menu, QCoreApplication.translate("Spelling", "Suggesties worden gezocht…")
    )
    searching.setObjectName("searchingSuggestions")
    menu.insertAction(adding, searching)

    def arrived(arrived_word: str) -> None:
        if arrived_word == word and searching in menu.actions():
            show_suggestions(spelling.suggestions(word) or [], searching)
            menu.removeAction(searching)

    spelling.suggested.connect(arrived)
    menu.destroyed.connect(lambda: spelling.suggested.disconnect(arrived))


def _disabled(menu: QMenu, text: str) -> QAction:
    action = QAction(text, menu)
    action.setEnabled(False)
    return action
