"""Every window and step in Dutch and in English, with no text left in the other language."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.model import Dossier, Person
from igj_afwijken.gui.application import install_translations
from igj_afwijken.gui.evaluation_panel import EvaluationDialog
from igj_afwijken.gui.help_dialog import AboutDialog, GuideDialog
from igj_afwijken.gui.house_style_dialog import HouseStyleDialog
from igj_afwijken.gui.lifecycle_dialogs import AdoptDialog, EndDialog, VersionsDialog

# Words that occur in Dutch sentences and not in English ones, and the other way round.
DUTCH_WORDS = frozenset(
    ("de", "het", "een", "van", "niet", "voor", "met", "zijn", "wordt", "naar", "bij", "ook")
    + ("geen", "nog", "uw", "deze", "wat", "waar", "hoe", "welke", "kunt", "moet", "heeft")
    + ("worden", "maar", "dan", "als", "dit", "die", "er", "zo", "nu")
)
ENGLISH_WORDS = frozenset(
    ("the", "and", "you", "your", "with", "not", "this", "that", "which", "what", "where")
    + ("how", "can", "must", "has", "have", "should", "would")
)
# Titles of Dutch publications and laws stay Dutch in English text, between quotes.
QUOTED = re.compile(r"[\"“‘'][^\"”’']*[\"”’']")
WORD = re.compile(r"[^\W\d_]+")


class RecordingTranslator(QTranslator):
    """Stands in for the program's translation and notes every text of ours it lacks."""

    def __init__(self, real: QTranslator) -> None:
        super().__init__()
        self.real = real
        self.asked: set[tuple[str, str]] = set()
        self.found: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 (Qt's)
        found = self.real.translate(context, source, disambiguation, n)
        if found:
            self.found.add(source)
        elif not context.startswith("Q"):  # Q…: Qt's own words, in qtbase
            self.asked.add((context, source))
        return found

    @property
    def missing(self) -> set[tuple[str, str]]:
        """PySide's self.tr() goes on to the base classes when the translation equals the
        text ("Sector"), so a text found in any context is not missing."""
        return {(context, source) for context, source in self.asked if source not in self.found}

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture(params=i18n.LANGUAGES)
def language(request, qapp):
    """The program in one language for this test, its translation watched for gaps (the
    conftest's `dutch_by_default` puts Dutch back for the next test)."""
    i18n.use_language(request.param)
    recorder = None
    if i18n.translator() is not None:
        recorder = RecordingTranslator(i18n.translator())
        i18n._translator = recorder  # what the window installs, and what i18n.translate asks
    install_translations(qapp)
    return request.param, recorder


def visible_texts(root: QWidget) -> list[str]:
    """What a user can read in a window: labels, buttons, titles, tips, menus, tables."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
    return [t for t in texts if t]


def other_language_words(texts: list[str], language: str) -> list[str]:
    """The texts that read as the other language: two or more of its typical words, and in a
    long text (a document, the guide) more than a few in a hundred, so that a name or a quoted
    title does not count."""
    foreign = ENGLISH_WORDS if language == "nl" else DUTCH_WORDS
    found = []
    for text in texts:
        words = [w.lower() for w in WORD.findall(QUOTED.sub(" ", text))]
        count = sum(word in foreign for word in words)
        if count >= max(2, len(words) * 0.03):
            found.append(text)
    return found


def check(root: QWidget, language: str, recorder: RecordingTranslator | None, where: str) -> None:
    QCoreApplication.processEvents()
    assert other_language_words(visible_texts(root), language) == [], where
    if recorder is not None:
        assert sorted(recorder.missing) == [], where


def test_every_step_and_the_register_speak_one_language(language, make_window, qtbot):
    code, recorder = language
    window = make_window()  # its catalogue comes after `language`: in that language
    check(window, code, recorder, "welcome")
    window.new_dossier()
    for step, name in enumerate(window.editor.step_names):
        window.editor.go_to_step(step)
        qtbot.wait(20)
        check(window, code, recorder, name)
    window.show_home()
    check(window, code, recorder, "register")
    window.show_bin()
    check(window, code, recorder, "recycle bin")


def test_every_dialog_speaks_one_language(language, make_window, qtbot, isolated_data_dir):
    code, recorder = language
    window = make_window()
    catalogue = load_catalogue()
    dossier = Dossier(title="Night shift", responsible=Person("A. Jansen", "Director"))
    settings = window.program.settings_dialog()
    dialogs = [
        settings,
        HouseStyleDialog(isolated_data_dir),
        GuideDialog(),
        AboutDialog(catalogue, isolated_data_dir),
        AdoptDialog(dossier, catalogue),
        EndDialog(catalogue, [("x", "Another deviation")]),
        VersionsDialog(dossier, catalogue),
        EvaluationDialog(catalogue),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if dialog is settings:
            for tab in range(settings.tabs.count()):
                settings.tabs.setCurrentIndex(tab)
                check(dialog, code, recorder, f"settings tab {tab}")
        else:
            check(dialog, code, recorder, type(dialog).__name__)


def test_the_file_dialog_speaks_the_programs_language(qtbot, monkeypatch):
    """Qt's Dutch translation lacks two of the file dialog's labels ("Look in:", "Files of
    type:"); the program's own supplement gives them."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton

    monkeypatch.setattr(i18n, "_language", "nl")
    install_translations(QApplication.instance())
    try:
        dialog = QFileDialog(None, "Opslaan als")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the one Qt draws itself
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
        texts += [button.toolTip() for button in dialog.findChildren(QToolButton)]
        words = {w.casefold() for text in texts for w in WORD.findall(text.replace("&", ""))}
        assert {"zoeken", "bestandsnaam", "bestandstype", "opslaan", "annuleren"} <= words
        assert not words & {"look", "files", "type", "save", "cancel", "back", "name"}, texts
    finally:
        install_translations(QApplication.instance())
