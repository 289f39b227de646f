"""The "Instellingen" dialog: the organisation's defaults in new dossiers, the text size, the data
folder and backups, all kept per data folder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton

from igj_afwijken import i18n
from igj_afwijken.gui.settings import AppSettings
from igj_afwijken.gui.text_size import apply_text_scale, system_point_size
from igj_afwijken.gui.widgets import heading
from igj_afwijken.rendering.house_style import STYLE_FILE, HouseStyle, load_house_style
from igj_afwijken.storage.sqlite.backups import backups_dir, list_backups

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def system_text_size_afterwards():
    yield
    app = QApplication.instance()
    if app is not None:
        apply_text_scale(app, 100)


def _settings_dialog(window, qtbot):
    dialog = window.program.settings_dialog()
    qtbot.addWidget(dialog)
    return dialog


def test_what_is_saved_is_shown_again_and_kept_in_the_data_folder(window, qtbot, isolated_data_dir):
    dialog = _settings_dialog(window, qtbot)
    dialog.organisation.setText(" Zorggroep De Linde ")
    dialog.locations.setPlainText("De Linde, Noord\n\n  De Linde, Zuid \nDe Linde, Noord")
    dialog.responsible_name.setText("A. de Vries")
    dialog.responsible_role.setText("Locatiemanager")
    assert dialog.save()

    stored = AppSettings(isolated_data_dir)  # what a later start reads
    assert stored.locations() == ["De Linde, Noord", "De Linde, Zuid"]
    assert stored.default_responsible() == ("A. de Vries", "Locatiemanager")
    assert load_house_style(isolated_data_dir).organisation == "Zorggroep De Linde"
    again = _settings_dialog(window, qtbot)
    assert again.organisation.text() == "Zorggroep De Linde"
    assert again.locations.toPlainText() == "De Linde, Noord\nDe Linde, Zuid"
    assert again.responsible_role.text() == "Locatiemanager"


def test_the_organisation_name_changes_the_house_style_and_keeps_its_colour(
    window, qtbot, isolated_data_dir
):
    from igj_afwijken.rendering.house_style import save_house_style

    save_house_style(isolated_data_dir, HouseStyle("Oude naam", "#225577"))
    dialog = _settings_dialog(window, qtbot)
    assert dialog.organisation.text() == "Oude naam"
    dialog.organisation.setText("Nieuwe naam")
    assert dialog.save()
    assert load_house_style(isolated_data_dir) == HouseStyle("Nieuwe naam", "#225577")


def test_a_new_dossier_starts_with_the_organisations_defaults(window, qtbot):
    dialog = _settings_dialog(window, qtbot)
    dialog.organisation.setText("Zorggroep De Linde")
    dialog.locations.setPlainText("De Linde, Noord")
    dialog.responsible_name.setText("A. de Vries")
    dialog.responsible_role.setText("Locatiemanager")
    dialog.save()
    dialog.accept()

    window.new_dossier()
    page = window.editor.start_page
    assert page.organisation.text() == "Zorggroep De Linde"
    assert page.location.text() == "De Linde, Noord"  # the only location
    assert (page.responsible_name.text(), page.responsible_role.text()) == (
        "A. de Vries",
        "Locatiemanager",
    )
    dossier = window.repository.get(window.editor.dossier.id)
    assert dossier.organisation == "Zorggroep De Linde"
    assert dossier.responsible.name == "A. de Vries"


def test_with_several_locations_the_field_offers_them_and_those_in_use(window, qtbot):
    window.new_dossier()
    qtbot.keyClicks(window.editor.start_page.location, "Thuiszorg Oost")
    window.autosaver.flush()
    dialog = _settings_dialog(window, qtbot)
    dialog.locations.setPlainText("De Linde, Noord\nDe Linde, Zuid")
    dialog.save()
    dialog.accept()

    window.new_dossier()
    location = window.editor.start_page.location
    assert location.text() == ""  # which one is not for the program to guess
    offered = location.completer().model().stringList()
    assert offered == ["De Linde, Noord", "De Linde, Zuid", "Thuiszorg Oost"]

    location.setFocus()
    qtbot.waitUntil(location.hasFocus)
    qtbot.keyClicks(location, "zuid")  # a suggestion picked with the keyboard is saved
    popup = location.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert location.text() == "De Linde, Zuid"
    window.autosaver.flush()
    assert window.repository.get(window.editor.dossier.id).location == "De Linde, Zuid"


def test_cancel_leaves_everything_as_it_was(window, qtbot, isolated_data_dir):
    dialog = _settings_dialog(window, qtbot)
    dialog.organisation.setText("Niet bewaren")
    dialog.locations.setPlainText("Nergens")
    dialog.text_scale.setValue(150)
    dialog.reject()
    assert AppSettings(isolated_data_dir).locations() == []
    assert AppSettings(isolated_data_dir).text_scale() == 100
    assert not (isolated_data_dir / STYLE_FILE).exists()


def test_a_name_that_cannot_be_written_is_said_and_the_dialog_stays(
    window, qtbot, isolated_data_dir, answers
):
    (isolated_data_dir / STYLE_FILE).mkdir(parents=True)  # a folder where the file should go
    dialog = _settings_dialog(window, qtbot)
    dialog.show()
    dialog.organisation.setText("Zorggroep")
    dialog._save_and_close()
    assert len(answers.warnings) == 1 and "niet worden opgeslagen" in answers.warnings[0]
    assert dialog.isVisible()  # what was typed is still there to try again
    assert dialog.organisation.text() == "Zorggroep"


def test_the_data_folder_is_shown_and_opened(window, qtbot, isolated_data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = _settings_dialog(window, qtbot)
    assert dialog.data_folder.text() == str(isolated_data_dir)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Map openen")
    button.click()
    assert [url.toLocalFile() for url in opened] == [str(isolated_data_dir)]


def test_a_backup_made_from_the_dialog_is_listed(window, qtbot, isolated_data_dir):
    window.new_dossier()
    dialog = _settings_dialog(window, qtbot)
    assert dialog.backup_state.text() == "Nog geen back-ups."
    dialog.back_up_now()
    backups = list_backups(isolated_data_dir)
    assert len(backups) == 1 and backups[0].reason == "handmatig"
    assert dialog.backup_state.text().startswith("1 back-ups; de nieuwste:")
    assert backups[0].path.parent == backups_dir(isolated_data_dir)


def test_restore_from_the_dialog_goes_to_the_windows_own_restore(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(window.program, "restore_backup", lambda: asked.append("restore"))
    dialog = _settings_dialog(window, qtbot)
    button = next(b for b in dialog.findChildren(QPushButton) if "terugzetten" in b.text())
    button.click()
    assert asked == ["restore"] and dialog.result() == dialog.DialogCode.Accepted


def test_ctrl_plus_and_minus_change_the_text_size_and_it_is_remembered(
    window, qtbot, isolated_data_dir, make_window
):
    app = QApplication.instance()
    system = system_point_size(app)
    title = heading("Kop")
    qtbot.addWidget(title)
    title_size = title.font().pointSizeF()

    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert app.font().pointSizeF() == pytest.approx(system * 1.2)
    assert title.font().pointSizeF() == pytest.approx(title_size * 1.2)  # headings follow
    assert AppSettings(isolated_data_dir).text_scale() == 120
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert AppSettings(isolated_data_dir).text_scale() == 110

    apply_text_scale(app, 100)
    window.close()
    make_window()  # a new start with the same data folder
    assert app.font().pointSizeF() == pytest.approx(system * 1.1)
    qtbot.keyClick(QApplication.activeWindow(), Qt.Key.Key_0, CTRL)
    assert app.font().pointSizeF() == pytest.approx(system)


def test_the_text_size_stays_within_bounds(window):
    for _ in range(30):
        window.menus.larger_text_action.trigger()
    assert window.settings.text_scale() == 200
    for _ in range(30):
        window.menus.smaller_text_action.trigger()
    assert window.settings.text_scale() == 80


def test_the_text_size_chosen_in_the_dialog_applies_on_save(window, qtbot):
    app = QApplication.instance()
    dialog = _settings_dialog(window, qtbot)
    dialog.text_scale.setValue(150)
    dialog._save_and_close()
    assert app.font().pointSizeF() == pytest.approx(system_point_size(app) * 1.5)


def test_the_menus_follow_the_platforms_conventions(window):
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus)[:2] == ["&Bestand", "Be&werken"] and list(menus)[-1] == "&Help"

    def shortcuts(action):
        return [key.toString() for key in action.shortcuts()]

    assert window.menus.settings_action in menus["&Bestand"].actions()
    assert "Ctrl+," in shortcuts(window.menus.settings_action)
    assert "F1" in shortcuts(window.menus.guide_action)
    assert window.menus.guide_action in menus["&Help"].actions()
    assert window.menus.about_action in menus["&Help"].actions()
    assert QKeySequence("Ctrl++").toString() in shortcuts(window.menus.larger_text_action)
    assert "Ctrl+-" in shortcuts(window.menus.smaller_text_action)
    assert "Ctrl+0" in shortcuts(window.menus.normal_text_action)
    for action, key in (
        (window.menus.new_action, "Ctrl+N"),
        (window.menus.print_action, "Ctrl+P"),
        (window.menus.quit_action, "Ctrl+Q"),
    ):
        assert key in shortcuts(action)
    assert (
        window.menus.settings_action.menuRole()
        == window.menus.settings_action.MenuRole.PreferencesRole
    )
    assert window.menus.about_action.menuRole() == window.menus.about_action.MenuRole.AboutRole


def test_a_new_text_size_shows_the_open_dossier_again_so_its_tables_fit(window, qtbot, monkeypatch):
    window.new_dossier()
    opened = []
    monkeypatch.setattr(window, "open_dossier", opened.append)
    dialog = _settings_dialog(window, qtbot)
    dialog.text_scale.setValue(150)
    dialog._save_and_close()
    assert opened == [window.editor.dossier.id]
    window.menus.larger_text_action.trigger()
    assert len(opened) == 2
    dialog = _settings_dialog(window, qtbot)
    dialog._save_and_close()  # the same size: nothing to measure again
    assert len(opened) == 2


def _choose_language(dialog, language):
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def test_choosing_english_saves_it_and_reopens_the_window_in_english(
    window, qtbot, answers, isolated_data_dir
):
    window.open_example()
    dialog = _settings_dialog(window, qtbot)
    assert dialog.language.currentData() == "nl"
    _choose_language(dialog, "en")
    dialog._save_and_close()
    assert AppSettings(isolated_data_dir).language() == "en"
    assert i18n.saved_language(isolated_data_dir) == "en"  # what the commands read
    title, question = answers.asked[-1]  # asked in both: the new one may be the only one read
    assert title == "Andere taal / Different language"
    assert "Nu opnieuw openen?" in question and "Reopen now?" in question
    assert window.restart_requested and window.restart_language == "en"
    assert not window.isVisible() and window._closed  # saved and closed, ready to reopen


def test_reopening_later_keeps_the_choice_for_the_next_start(window, qtbot, answers):
    answers.choice_answer = "later"
    dialog = _settings_dialog(window, qtbot)
    _choose_language(dialog, "en")
    dialog._save_and_close()
    assert window.isVisible() and not window.restart_requested
    assert window.settings.language() == "en"


def test_cancelling_the_reopen_restores_the_language_chosen_before(window, qtbot, answers):
    answers.choice_answer = "cancel"
    dialog = _settings_dialog(window, qtbot)
    _choose_language(dialog, "en")
    dialog._save_and_close()
    assert window.isVisible() and not window.restart_requested
    assert window.settings.language() == "nl"
    assert list(answers.choices[-1].values()) == [
        "Nu opnieuw openen / Reopen now",
        "Bij de volgende start / At the next start",
        "Annuleren / Cancel",
    ]
    dialog = _settings_dialog(window, qtbot)
    assert dialog.language.currentData() == "nl"  # the dialog shows what holds
    _choose_language(dialog, "en")
    dialog._save_and_close()
    assert len(answers.choices) == 2  # asked again: the choice was really undone


def test_enter_in_the_language_question_reopens_now_and_escape_cancels(qtbot):
    from PySide6.QtCore import Qt

    from igj_afwijken.gui import dialogs

    labels = {"now": "Nu opnieuw openen / Reopen now", "later": "Later", "cancel": "Annuleren"}
    for key, expected in ((Qt.Key.Key_Return, "now"), (Qt.Key.Key_Escape, "cancel")):
        box = dialogs.choice_box(None, "Andere taal", "Nu opnieuw openen?", labels, "now")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        qtbot.keyClick(box, key)
        assert box.clickedButton().property("answer") == expected


def test_a_run_in_another_language_is_not_undone_by_saving_other_settings(
    window, qtbot, answers, monkeypatch
):
    monkeypatch.setattr(i18n, "_language", "en")  # as with --lang en, the saved choice is Dutch
    dialog = _settings_dialog(window, qtbot)
    dialog.responsible_name.setText("A. de Vries")
    dialog._save_and_close()
    assert answers.asked == [] and not window.restart_requested


def test_the_program_reopens_in_the_new_language_with_its_catalogue(
    qapp, isolated_data_dir, catalogue, monkeypatch
):
    from igj_afwijken.gui import application, main_window

    opened = []

    class FirstAsksForEnglish:
        def __init__(self, data_dir, catalogue):
            self.catalogue = catalogue
            self.restart_requested = not opened
            self.restart_language = "en" if not opened else ""
            opened.append(self)

        def show(self):
            self.words = QApplication.translate("dialog", "&Opslaan")

        def check_store_in_background(self):
            self.checked = True

        def when_painted(self, action):
            action()

    monkeypatch.setattr(main_window, "MainWindow", FirstAsksForEnglish)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert application._run_windows(qapp, isolated_data_dir, catalogue) == 0
    first, second = opened
    assert (first.catalogue.language, first.words) == ("nl", "&Opslaan")
    assert (second.catalogue.language, second.words) == ("en", "&Save")
    assert i18n.language() == "en"


@pytest.mark.parametrize(
    "address",
    ["postgresql://anna:geheim@server/igj", "postgresql://server.zorg.nl/igj?sslmode=disable",
     "server/igj"],
)  # fmt: skip
def test_an_organisation_store_address_that_is_not_safe_is_refused(
    window, qtbot, answers, isolated_data_dir, address
):
    dialog = _settings_dialog(window, qtbot)
    dialog.store_address.setText(address)
    assert not dialog.save()
    assert len(answers.warnings) == 1 and dialog.tabs.currentIndex() == 2
    assert AppSettings(isolated_data_dir).organisation_store() == ""


def test_choosing_the_organisation_store_reopens_the_window_in_it(
    window, qtbot, answers, isolated_data_dir
):
    dialog = _settings_dialog(window, qtbot)
    assert dialog.store_address.text() == ""
    dialog.store_address.setText(" postgresql://server.zorg.nl/igj ")
    dialog._save_and_close()
    assert AppSettings(isolated_data_dir).organisation_store() == "postgresql://server.zorg.nl/igj"
    title, question = answers.asked[-1]
    assert title == "Ander register" and "postgresql://server.zorg.nl/igj" in question
    assert window.restart_requested and not window.isVisible()
