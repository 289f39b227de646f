"""The in-app guide (F1) and the "Over" dialog with the version and the licence."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken import APP_NAME, __version__, i18n, paths
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.gui.widgets import heading


def guide_file(language: str = "") -> Path:
    """The guide in `language` (the program's by default), or in Dutch when there is none."""
    folder = paths.resources_dir() / "help"
    wanted = folder / f"handleiding.{language or i18n.language()}.md"
    return wanted if wanted.is_file() else folder / "handleiding.nl.md"


def licence_text() -> str:
    """The full licence, from the LICENSE file that comes with the program."""
    for root in paths.install_roots():
        candidate = root / "LICENSE"
        if candidate.is_file():
            return candidate.read_text("utf-8")
    try:  # an installed wheel keeps it with its metadata
        text = metadata.distribution("igj-afwijken").read_text("licenses/LICENSE")
    except metadata.PackageNotFoundError:
        text = None
    return text or "MIT License"


def _browser(name: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setAccessibleName(name)
    browser.document().setDocumentMargin(12)
    return browser


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("dialog", "&Sluiten")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class GuideDialog(QDialog):
    """A short guide to the inspectorate's stance and to the program, with its sources."""

    def __init__(self, language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.resize(720, 640)
        self.browser = _browser(self.tr("Handleiding"))
        self.browser.setMarkdown(guide_file(language).read_text("utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(_close_buttons(self))


class AboutDialog(QDialog):
    """What the program is, its version, what it runs on, and its licence."""

    def __init__(self, catalogue: Catalogue, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over %1").replace("%1", APP_NAME))
        self.resize(620, 520)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(
            self.tr(
                "Versie %1\n\nEen hulpmiddel om onderbouwd af te wijken van een richtlijn of "
                "veldnorm, en dat uit te leggen aan de inspectie (\u201cleg aan ons uit\u201d). "
                "Van de wet wijkt het niet af.\n\nVragenlijst: %2, versie %3."
            )
            .replace("%1", __version__)
            .replace("%2", catalogue.title)
            .replace("%3", catalogue.version)
        )
        self.details = _browser(self.tr("Over het programma"))
        self.details.setPlainText(
            self.tr(
                "Versie: %1\nGegevensmap: %2\nPython %3, Qt %4, PySide6 %5\n\n"
                "Licentie: MIT. De volledige tekst staat onder \u2018Licentie\u2019."
            )
            .replace("%1", __version__)
            .replace("%2", str(data_dir))
            .replace("%3", platform.python_version())
            .replace("%4", qVersion())
            .replace("%5", pyside_version)
        )
        self.licence = _browser(self.tr("Licentie"))
        self.licence.setPlainText(licence_text())
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Over het programma en de licentie"))
        tabs.addTab(self.details, self.tr("&Programma"))
        tabs.addTab(self.licence, self.tr("&Licentie"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(APP_NAME))
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(_close_buttons(self))
