"""A keyboard user sees where the focus is: every control the Tab key reaches looks different
once it has the focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

MAX_TABS = 400


def tab_through(root: QWidget, qtbot) -> list[str]:
    """Press Tab through `root` until the focus comes round again; the controls that look the
    same with and without the focus (compared as drawn)."""
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow, timeout=3000)
    seen, unseen_focus = [], []
    for _ in range(MAX_TABS):
        QTest.keyClick(QApplication.focusWidget() or root, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is root.window()
        if widget in seen:
            return unseen_focus
        seen.append(widget)
        focused = widget.grab().toImage()
        widget.clearFocus()
        if widget.grab().toImage() == focused:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            unseen_focus.append(f"{type(widget).__name__} {name!r}")
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    raise AssertionError(f"the Tab key did not come round in {MAX_TABS} presses")


def test_every_control_of_every_step_shows_its_focus(window, qtbot):
    window.open_example()
    for step, name in enumerate(window.editor.step_names):
        window.editor.go_to_step(step)
        qtbot.wait(20)
        assert tab_through(window, qtbot) == [], name


def test_the_register_shows_its_focus(window, qtbot):
    window.open_example()
    window.show_home()
    assert tab_through(window, qtbot) == []


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_every_control_of_the_settings_shows_its_focus(window, qtbot, tab):
    dialog = window.program.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(tab)
    assert tab_through(dialog, qtbot) == []
