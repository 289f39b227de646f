"""The in-app guide (F1) in Dutch and English with its sources, and the "Over" dialog."""

import pytest

from igj_afwijken import __version__
from igj_afwijken.gui import help_dialog
from igj_afwijken.gui.help_dialog import AboutDialog, GuideDialog, guide_file
from igj_afwijken.i18n import LANGUAGES

SOURCES = (
    "Ruimte om de zorg anders te organiseren",
    "Zorg, jeugdhulp en toezicht in tijden van",
    "Handreiking voor zorgvuldige inzet van flexibele krachten",
    "Zorg voor de toekomst",
    "Werken in de Zorg",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_explains_the_stance_and_lists_its_sources(qtbot, language):
    dialog = GuideDialog(language)
    qtbot.addWidget(dialog)
    text = " ".join(dialog.browser.toPlainText().split())
    assert guide_file(language).name == f"handleiding.{language}.md"
    for source in SOURCES:
        assert source in text, source
    stance = {"nl": "onderbouwd mag afwijken", "en": "may deviate with good reasons"}
    law = {"nl": "Van de wet mag u niet afwijken", "en": "You may not deviate from the law"}
    assert stance[language] in text and law[language] in text
    assert "F1" in text and "Ctrl+N" in text  # the shortcuts table


def test_a_language_without_a_guide_falls_back_to_dutch():
    assert guide_file("fy").name == "handleiding.nl.md"


def test_f1_opens_the_guide(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(GuideDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.menus.guide_action.trigger()
    assert len(shown) == 1 and "Handleiding" in shown[0].browser.toPlainText()


def test_about_names_the_version_and_carries_the_whole_licence(
    window, qtbot, monkeypatch, isolated_data_dir
):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.menus.about_action.trigger()
    (dialog,) = shown
    assert __version__ in dialog.summary.text()
    assert str(isolated_data_dir) in dialog.details.toPlainText()
    licence = dialog.licence.toPlainText()
    assert licence.startswith("MIT License") and "Permission is hereby granted" in licence


def test_without_a_licence_file_the_licence_is_still_named(monkeypatch, tmp_path):
    def no_distribution(name):
        raise help_dialog.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(help_dialog.paths, "install_roots", lambda: [tmp_path])
    monkeypatch.setattr(help_dialog.metadata, "distribution", no_distribution)
    assert help_dialog.licence_text() == "MIT License"
