"""The Start step knows laws by name: a notice with what the law requires, and the law gate."""

from PySide6.QtCore import Qt

from tests.gui.test_walk import stored


def _new(window):
    window.new_dossier()
    start = window.editor.start_page
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("richtlijn"))
    return start


def _type(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def _saved(window, isolated_data_dir):
    assert window.autosaver.flush()
    return stored(isolated_data_dir, window.editor.dossier.id)


def test_naming_the_wzd_shows_the_notice_and_the_law_gate(window, qtbot):
    start = _new(window)
    _type(qtbot, start.rule_name, "Toezicht in de huiskamer")
    _type(qtbot, start.rule_source, "Kwaliteitskader Verpleeghuiszorg")
    assert not start.law_notice.isVisible() and not start.law_gate.isVisible()

    _type(qtbot, start.rule_source, "Beleid onvrijwillige zorg volgens de Wzd")
    assert start.law_notice.isVisible()
    text = start.law_notice_text.text()
    assert "Wet zorg en dwang (Wzd)" in text
    assert "stappenplan" in text  # what the law requires
    assert "Van de wet zelf kunt u niet afwijken" in text
    assert "https://wetten.overheid.nl/BWBR0040632" in text
    assert start.built_on_law.isVisible() and not start.built_on_law.isChecked()
    assert start.law_gate.isVisible()
    assert "hierboven aanvinkt" in start.law_gate.text()
    assert not window.menus.pdf_action.isEnabled()
    assert not window.menus.adopt_action.isEnabled()


def test_ticking_the_box_lifts_the_gate_and_is_saved(window, qtbot, isolated_data_dir):
    start = _new(window)
    _type(qtbot, start.rule_section, "Hoofdstuk 3, Wet BIG")
    assert start.law_gate.isVisible()
    assert "Wet op de beroepen in de individuele gezondheidszorg (Wet BIG)" in (
        start.law_notice_text.text()
    )

    qtbot.mouseClick(start.built_on_law, Qt.MouseButton.LeftButton)
    assert start.built_on_law.isChecked()
    assert not start.law_gate.isVisible()
    assert window.editor.dossier.rule.built_on_law
    assert window.menus.pdf_action.isEnabled()
    assert _saved(window, isolated_data_dir).rule.built_on_law

    qtbot.mouseClick(start.built_on_law_label, Qt.MouseButton.LeftButton)  # its words tick too
    assert not start.built_on_law.isChecked()
    assert start.law_gate.isVisible()
    assert not _saved(window, isolated_data_dir).rule.built_on_law


def test_the_tick_is_shown_again_when_the_dossier_opens(window, qtbot, isolated_data_dir):
    start = _new(window)
    _type(qtbot, start.rule_source, "AVG")
    qtbot.mouseClick(start.built_on_law, Qt.MouseButton.LeftButton)
    dossier_id = window.editor.dossier.id
    window.show_home()
    assert window.open_dossier(dossier_id)
    start = window.editor.start_page
    assert start.law_notice.isVisible() and start.built_on_law.isChecked()
    assert not start.law_gate.isVisible()
    assert window.menus.pdf_action.isEnabled()


def test_a_law_stays_a_law(window, qtbot, isolated_data_dir, catalogue):
    start = _new(window)
    _type(qtbot, start.rule_source, "Wzd")
    qtbot.mouseClick(start.built_on_law, Qt.MouseButton.LeftButton)
    assert not start.law_gate.isVisible()
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("wet"))
    assert start.law_notice.isVisible()
    assert not start.built_on_law.isVisible()
    assert start.law_gate.isVisible()
    assert catalogue.law_gate_explanation in start.law_gate.text()
    assert "Is de regel uw eigen richtlijn" not in start.law_notice_text.text()
    assert not window.menus.pdf_action.isEnabled()
    assert _saved(window, isolated_data_dir).rule.kind == "wet"


def test_the_gate_for_a_kind_wet_needs_no_name(window):
    start = _new(window)
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("wet"))
    assert start.law_gate.isVisible() and not start.law_notice.isVisible()


def test_naming_another_law_asks_again(window, qtbot, isolated_data_dir):
    start = _new(window)
    _type(qtbot, start.rule_source, "Wzd")
    qtbot.mouseClick(start.built_on_law, Qt.MouseButton.LeftButton)
    _type(qtbot, start.rule_source, "WGBO")
    assert "(WGBO)" in start.law_notice_text.text()
    assert not start.built_on_law.isChecked()
    assert start.law_gate.isVisible()
    assert not _saved(window, isolated_data_dir).rule.built_on_law


def test_no_law_named_keeps_no_tick(window, qtbot, isolated_data_dir):
    start = _new(window)
    _type(qtbot, start.rule_source, "Wzd")
    qtbot.mouseClick(start.built_on_law, Qt.MouseButton.LeftButton)
    _type(qtbot, start.rule_source, "Eigen protocol")
    assert not start.law_notice.isVisible() and not start.law_gate.isVisible()
    assert not _saved(window, isolated_data_dir).rule.built_on_law


def test_the_overview_can_point_at_the_box(window):
    start = _new(window)
    assert start.field_widget("rule.built_on_law") is start.built_on_law
    assert start.built_on_law.accessibleName().startswith("Deze regel is onze eigen richtlijn")
