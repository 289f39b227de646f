"""Readable in the light, dark and high-contrast schemes a system may use: every text is drawn
with enough contrast against what is behind it, measured on the drawn pixels."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from igj_afwijken.gui.house_style_dialog import HouseStyleDialog

WCAG_AA = 4.5  # the contrast ratio normal-sized text needs


def _palette(window: str, text: str, base: str, highlight: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, base),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, window),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, text),
        (QPalette.ColorRole.BrightText, text),
        (QPalette.ColorRole.Link, highlight),
    ):
        palette.setColor(role, QColor(colour))
    return palette


SCHEMES = {
    "light": _palette("#efefef", "#1a1a1a", "#ffffff", "#308cc6"),
    "dark": _palette("#2b2b2b", "#eeeeee", "#1e1e1e", "#3d7bd9"),
    "high contrast black": _palette("#000000", "#ffffff", "#000000", "#ffff00"),
    "high contrast white": _palette("#ffffff", "#000000", "#ffffff", "#37006e"),
}


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def drawn_contrast(widget: QWidget) -> float:
    """The contrast between a widget's background (its most common colour) and the colour of
    its text that stands out most from it."""
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            counts[pixel] = counts.get(pixel, 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.get))
    return max(contrast(background, QColor.fromRgb(pixel)) for pixel in counts)


def poorly_readable(root: QWidget) -> list[str]:
    """The labels and text views (the document preview, the overview) under `root` whose text
    is drawn with too little contrast."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.width() < 4:
            continue
        ratio = drawn_contrast(label)
        if ratio < WCAG_AA:
            found.append(f"{label.text()[:40]!r}: {ratio:.1f}")
    for view in root.findChildren(QTextBrowser):
        if view.isVisibleTo(root) and view.toPlainText().strip() and view.width() > 40:
            ratio = drawn_contrast(view.viewport())
            if ratio < WCAG_AA:
                found.append(f"{view.accessibleName()!r}: {ratio:.1f}")
    return found


@pytest.fixture(params=list(SCHEMES))
def scheme(request, qapp):
    before = qapp.palette()
    qapp.setPalette(SCHEMES[request.param])
    yield request.param
    qapp.setPalette(before)


def test_every_step_of_a_full_dossier_is_readable(scheme, make_window, qtbot):
    window = make_window()
    assert poorly_readable(window) == [], "welcome"
    window.open_example()
    for step, name in enumerate(window.editor.step_names):
        window.editor.go_to_step(step)
        qtbot.wait(20)
        assert poorly_readable(window) == [], name


def test_a_failed_save_and_a_house_style_problem_are_readable(
    scheme, make_window, qtbot, isolated_data_dir
):
    from igj_afwijken.gui.autosave import SaveState

    window = make_window()
    window.statusBar().show()
    window._save_state_changed(SaveState.FAILED, "de schijf is vol")
    assert poorly_readable(window.statusBar()) == []
    (isolated_data_dir / "huisstijl.json").write_text("{kapot", "utf-8")
    dialog = HouseStyleDialog(isolated_data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible()
    assert poorly_readable(dialog) == []


def test_a_scheme_changed_while_the_program_runs_is_followed(make_window, qtbot, qapp):
    before = qapp.palette()
    qapp.setPalette(SCHEMES["light"])
    try:
        window = make_window()
        window.open_example()
        window.editor.go_to_step(1)
        qtbot.wait(20)
        assert poorly_readable(window) == []
        qapp.setPalette(SCHEMES["dark"])  # the system switches to its dark scheme
        qtbot.wait(20)
        assert poorly_readable(window) == []
    finally:
        qapp.setPalette(before)
