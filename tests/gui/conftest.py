"""GUI test set-up: modal dialogs answered by the test, and a main window on a fresh data folder."""

from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from igj_afwijken.domain import lifecycle
from igj_afwijken.domain.model import Person
from igj_afwijken.gui import autosave, conflict_dialog, dialogs
from igj_afwijken.gui.application import create_application
from igj_afwijken.gui.main_window import MainWindow

# An answer's words changed between two adopted versions (see `two_versions`).
OLD_WORDS = "ochtenddienst wachten"
NEW_WORDS = "avonddienst wacht"
DIRECTOR = Person("A. de Vries", "bestuurder")  # who adopts in the tests


@dataclass
class DialogAnswers:
    """What the stubbed dialogs reply, and what they were asked."""

    confirm: bool = True
    save_path: str = ""
    open_path: str = ""
    asked: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    printed: list = field(default_factory=list)
    choices: list = field(default_factory=list)  # the buttons each ask_choice offered
    choice_answer: str = ""  # what ask_choice answers; its default when ""
    choice: str | None = None  # what choose_item answers; None = the first item
    conflicts: list = field(default_factory=list)  # (question, mine, theirs) settled


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    replies = DialogAnswers()

    def confirm(parent, title, text, accept_label):
        replies.asked.append((title, text))
        return replies.confirm

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "warn", lambda p, t, text: replies.warnings.append(text))
    monkeypatch.setattr(dialogs, "inform", lambda p, t, text: replies.asked.append((t, text)))
    monkeypatch.setattr(dialogs, "save_file_path", lambda *a: replies.save_path)
    monkeypatch.setattr(
        dialogs,
        "choose_item",
        lambda parent, title, label, items: replies.choice if replies.choice else items[0],
    )
    monkeypatch.setattr(dialogs, "open_file_path", lambda *a: replies.open_path)

    def ask_choice(parent, title, text, labels, default):
        replies.asked.append((title, text))
        replies.choices.append(labels)
        return replies.choice_answer or default

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)

    def settle(parent, question, mine, theirs):  # two texts saved at once: keep one's own
        replies.conflicts.append((question, mine, theirs))
        return mine

    monkeypatch.setattr(conflict_dialog, "settle", settle)
    monkeypatch.setattr(dialogs, "print_preview", lambda p, paint: replies.printed.append(paint))
    monkeypatch.setattr(dialogs, "print_pages", lambda p, paint: replies.printed.append(paint))

    def unexpected(*args, **kwargs):
        raise AssertionError(f"an unstubbed message box was opened: {args[1:3]}")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(autosave, "RETRY_DELAY_MS", 150)
    return replies


@pytest.fixture
def make_window(qtbot, isolated_data_dir, catalogue):
    """Open a main window on the test's data folder, as the program does at start-up."""
    create_application()
    windows = []

    def make():
        window = MainWindow(isolated_data_dir, catalogue)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def two_versions(example_dossier, catalogue):
    """The example adopted twice, with one word-level change to waarom.knelpunt between."""
    lifecycle.adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    old = example_dossier.answer_text("waarom.knelpunt")
    assert OLD_WORDS in old
    new = old.replace(OLD_WORDS, NEW_WORDS)
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", new))
    lifecycle.adopt(example_dossier, catalogue, DIRECTOR, date(2027, 3, 1))
    return example_dossier


def shown(qtbot, pane, timeout=15_000) -> str:
    """The words the preview pane shows, once the newest version of the document is there."""
    qtbot.waitUntil(lambda: not pane.busy and pane.status.text() == "", timeout=timeout)
    return pane.text()


def type_date(qtbot, field, text: str, then=Qt.Key.Key_Return) -> None:
    """Type a date into a date field as a user does: over what it shows, then Enter (or Tab)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, then)
