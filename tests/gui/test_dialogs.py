"""The message boxes show what users typed literally."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from igj_afwijken.gui import dialogs


def test_message_boxes_never_read_user_text_as_html(qapp):
    box = dialogs.message_box(None, QMessageBox.Icon.Warning, "Titel", "“<i>Nacht</i>” is weg")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "“<i>Nacht</i>” is weg"


def test_qt_own_buttons_speak_dutch(qtbot):
    from PySide6.QtCore import QCoreApplication

    from igj_afwijken.gui.application import create_application

    create_application()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
