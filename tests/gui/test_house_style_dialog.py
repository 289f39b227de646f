"""The Huisstijl dialog: fill it, save it, and see the house style in what the window exports."""

from PySide6.QtGui import QDesktopServices

from igj_afwijken.gui import house_style_dialog
from igj_afwijken.gui.house_style_dialog import HouseStyleDialog
from igj_afwijken.rendering.house_style import (
    LOGO_STEM,
    STYLE_FILE,
    HouseStyle,
    load_house_style,
    save_house_style,
)
from tests.rendering.test_house_style import ACCENT, ORGANISATION, SVG, png


def _dialog(qtbot, data_dir):
    dialog = HouseStyleDialog(data_dir)
    qtbot.addWidget(dialog)
    return dialog


def test_a_filled_in_house_style_is_saved_to_the_data_folder(
    qtbot, isolated_data_dir, answers, tmp_path
):
    dialog = _dialog(qtbot, isolated_data_dir)
    assert dialog.house_style() == HouseStyle()
    assert not dialog.remove_logo_button.isEnabled()
    dialog.organisation.setText(f"  {ORGANISATION} ")
    dialog.set_accent(ACCENT)
    assert dialog.accent_button.text() == ACCENT and ACCENT in dialog.accent_button.styleSheet()
    (tmp_path / "logo.png").write_bytes(png())
    answers.open_path = str(tmp_path / "logo.png")
    dialog.choose_logo()
    assert not dialog.logo_preview.pixmap().isNull() and dialog.remove_logo_button.isEnabled()
    assert dialog.save()
    expected = HouseStyle(ORGANISATION, ACCENT, png(), "png")
    assert load_house_style(isolated_data_dir) == expected
    assert (isolated_data_dir / STYLE_FILE).exists() and answers.warnings == []
    again = _dialog(qtbot, isolated_data_dir)  # opens with what was saved
    assert again.house_style() == expected and not again.problem.isVisibleTo(again)


def test_the_logo_can_be_an_svg_and_can_be_removed(qtbot, isolated_data_dir, answers, tmp_path):
    save_house_style(isolated_data_dir, HouseStyle(logo=png(), logo_type="png"))
    dialog = _dialog(qtbot, isolated_data_dir)
    (tmp_path / "logo.svg").write_bytes(SVG)
    assert dialog.set_logo_file(tmp_path / "logo.svg")
    assert dialog.house_style().logo_type == "svg"
    dialog.remove_logo()
    assert dialog.house_style().logo == b"" and not dialog.remove_logo_button.isEnabled()
    assert dialog.save()
    assert not list(isolated_data_dir.glob(f"{LOGO_STEM}.*"))


def test_an_unsafe_or_wrong_logo_is_explained_and_not_taken(
    qtbot, isolated_data_dir, answers, tmp_path
):
    dialog = _dialog(qtbot, isolated_data_dir)
    (tmp_path / "kwaad.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    for name in ("kwaad.svg", "foto.jpg", "weg.png"):
        answers.open_path = str(tmp_path / name)
        dialog.choose_logo()
    assert len(answers.warnings) == 3
    assert "script" in answers.warnings[0] and "PNG- of SVG" in answers.warnings[1]
    assert "weg.png" in answers.warnings[2]
    assert dialog.house_style().logo == b""
    answers.open_path = ""  # cancelled
    dialog.choose_logo()
    assert len(answers.warnings) == 3


def test_a_broken_house_style_is_shown_and_replaced_on_saving(qtbot, isolated_data_dir):
    isolated_data_dir.mkdir()
    (isolated_data_dir / STYLE_FILE).write_text("{kapot", "utf-8")
    dialog = _dialog(qtbot, isolated_data_dir)
    assert dialog.problem.isVisibleTo(dialog) and STYLE_FILE in dialog.problem.text()
    assert dialog.house_style() == HouseStyle()
    dialog.organisation.setText(ORGANISATION)
    assert dialog.save()
    assert load_house_style(isolated_data_dir).organisation == ORGANISATION


def test_the_templates_folder_is_made_and_opened(qtbot, isolated_data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = _dialog(qtbot, isolated_data_dir)
    dialog.templates_button.click()
    folder = isolated_data_dir / "sjablonen"
    assert folder.is_dir() and [url.toLocalFile() for url in opened] == [str(folder)]


def test_the_window_offers_the_dialog_and_exports_in_the_house_style(
    window, answers, isolated_data_dir, monkeypatch, tmp_path
):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.menus.house_style_action in file_menu.actions()
    assert window.menus.house_style_action.text() == "&Huisstijl…"
    window.open_example()
    refreshed = []
    real_refresh = window.editor.refresh
    monkeypatch.setattr(window.editor, "refresh", lambda: refreshed.append(real_refresh()))

    def saved(parent, data_dir, folder):
        save_house_style(data_dir, HouseStyle(ORGANISATION, ACCENT, png(), "png"))
        return True

    monkeypatch.setattr(house_style_dialog, "edit_house_style", saved)
    window.menus.house_style_action.trigger()
    assert refreshed == [None] and "opgeslagen" in window.statusBar().currentMessage()
    (isolated_data_dir / "sjablonen").mkdir()
    (isolated_data_dir / "sjablonen" / "verantwoording.html.j2").write_text(
        "{% include '_stijl.html.j2' %}<p>Eigen sjabloon {{ house.organisation }}</p>"
        '<img src="{{ logo_uri }}">',
        "utf-8",
    )
    answers.save_path = str(tmp_path / "eigen.html")
    window.menus.html_action.trigger()
    html = (tmp_path / "eigen.html").read_text("utf-8")
    assert "Eigen sjabloon Stichting Zorg &amp; Welzijn Oost" in html
    assert f"color: {ACCENT};" in html and 'src="data:image/png;base64,' in html
    assert answers.warnings == []
