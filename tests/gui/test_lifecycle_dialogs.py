"""The dialogs for adopting a version and ending a deviation."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from igj_afwijken.domain import lifecycle
from igj_afwijken.domain.model import Person
from igj_afwijken.gui.lifecycle_dialogs import (
    AdoptDialog,
    EndDialog,
    VersionsDialog,
)
from tests.gui.conftest import DIRECTOR


def make(qtbot, dialog):
    qtbot.addWidget(dialog)
    return dialog


def test_adopting_returns_what_was_typed_and_needs_a_name(qtbot, example_dossier, catalogue):
    dialog = make(qtbot, AdoptDialog(example_dossier, catalogue, DIRECTOR))
    assert dialog.windowTitle() == "Afwijking vaststellen"
    assert dialog.name.text() == DIRECTOR.name and dialog.role.text() == DIRECTOR.role
    assert dialog.on.value() == date.today()
    assert "Dit wordt versie 1." in dialog.version_label.text()
    assert dialog.ok_button.text() == "Vaststellen" and dialog.ok_button.isEnabled()

    dialog.name.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_text() == "Vul in wie de afwijking vaststelt."
    qtbot.keyClicks(dialog.name, "  J. Bakker ")
    assert dialog.ok_button.isEnabled()
    dialog.role.setText("directeur zorg")
    dialog.on.set_value(date(2027, 1, 15))
    assert dialog.adoption() == (Person("J. Bakker", "directeur zorg"), date(2027, 1, 15))


def test_adopting_again_shows_the_next_number_and_what_changed(qtbot, example_dossier, catalogue):
    lifecycle.adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    unchanged = make(qtbot, AdoptDialog(example_dossier, catalogue, DIRECTOR))
    assert not unchanged.ok_button.isEnabled()  # lifecycle.adopt would refuse it
    assert "niets veranderd sinds versie 1" in unchanged.problem_text()

    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", "Een nieuw knelpunt."))
    dialog = make(qtbot, AdoptDialog(example_dossier, catalogue, Person()))
    assert dialog.version_label.text() == "Dit wordt versie 2."
    assert dialog.summary_label.text() == "Gewijzigd: vraag 1 (1 wijziging)."
    assert not dialog.ok_button.isEnabled()  # no default name given
    dialog.name.setText("A. de Vries")
    assert dialog.ok_button.isEnabled()


def test_a_first_adoption_shows_no_change_summary(qtbot, example_dossier, catalogue):
    dialog = make(qtbot, AdoptDialog(example_dossier, catalogue))
    assert dialog.summary_label is None
    assert dialog.name.text() == "" and not dialog.ok_button.isEnabled()


def test_ending_asks_for_the_replacement_only_when_replaced(qtbot, catalogue):
    others = [("id-een", "Nachtdienst met één IG'er"), ("id-twee", "Flexpool op De Kreek")]
    dialog = make(qtbot, EndDialog(catalogue, others))
    assert dialog.windowTitle() == "Afwijking beëindigen"
    assert dialog.ok_button.text() == "Beëindigen"
    assert [b.text() for b in dialog.reason_buttons.values()] == [
        catalogue.end_reasons["terug-naar-norm"],
        catalogue.end_reasons["vervangen"],
    ]
    assert dialog.reason() == "terug-naar-norm"
    assert not dialog.replaced_by.isEnabled() and dialog.ok_button.isEnabled()

    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.reason_buttons["vervangen"], Qt.MouseButton.LeftButton)
    assert dialog.reason() == "vervangen"
    assert dialog.replaced_by.isEnabled()
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    dialog.replaced_by.setCurrentIndex(dialog.replaced_by.findData("id-twee"))
    assert dialog.ok_button.isEnabled()
    dialog.on.set_value(date(2027, 9, 1))
    dialog.explanation_edit.setPlainText("  Nieuwe aanpak met een flexpool.\n")
    assert dialog.ending() == (
        date(2027, 9, 1),
        "vervangen",
        "Nieuwe aanpak met een flexpool.",
        "id-twee",
    )

    dialog.set_reason("terug-naar-norm")
    assert not dialog.replaced_by.isEnabled() and dialog.ok_button.isEnabled()
    assert dialog.ending()[1:] == ("terug-naar-norm", "Nieuwe aanpak met een flexpool.", "")


def test_ending_cannot_be_replaced_without_other_dossiers(qtbot, catalogue):
    dialog = make(qtbot, EndDialog(catalogue, []))
    dialog.set_reason("vervangen")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_text() == "Er is geen andere afwijking die deze kan vervangen."


def test_every_field_has_a_label_key_and_a_name(qtbot, two_versions, catalogue):
    dialogs = [
        AdoptDialog(two_versions, catalogue, DIRECTOR),
        EndDialog(catalogue, [("id-een", "Een")]),
        VersionsDialog(two_versions, catalogue),
    ]
    for dialog in dialogs:
        make(qtbot, dialog)
        keys = []
        for label in dialog.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()
                assert label.buddy().accessibleName(), label.text()
                keys.append(label.text()[label.text().index("&") + 1].lower())
        keys += [box.title()[box.title().index("&") + 1].lower()
                 for box in dialog.findChildren(QGroupBox)]  # fmt: skip
        assert len(keys) == len(set(keys)) >= 3, keys
        assert dialog.minimumWidth() >= 500
