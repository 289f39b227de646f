"""The dialog that lists a dossier's adopted versions and shows what differs between two."""

from igj_afwijken.gui.version_compare import CURRENT, VersionsDialog
from tests.gui.test_lifecycle_dialogs import make


def test_versions_list_and_default_comparison(qtbot, two_versions, catalogue):
    dialog = make(qtbot, VersionsDialog(two_versions, catalogue))
    assert dialog.windowTitle() == "Versies vergelijken"
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(1, c).text() for c in range(4)] == [
        "2",
        "1 maart 2027",
        "A. de Vries (bestuurder)",
        "Gewijzigd: vraag 1 (1 wijziging).",
    ]
    assert [dialog.from_combo.itemData(i) for i in range(dialog.from_combo.count())] == [
        1,
        2,
        CURRENT,
    ]
    assert dialog.from_combo.itemText(2) == dialog.to_combo.itemText(2) == "Huidige tekst"
    # nothing changed since version 2: the two last versions are compared
    assert dialog.chosen_keys() == (1, 2)

    two_versions.title = "Nieuwe titel"
    changed = make(qtbot, VersionsDialog(two_versions, catalogue))
    assert changed.chosen_keys() == (2, CURRENT)
    text = changed.browser.toPlainText()
    assert "Gegevens\nTitel\n" in text and "praktijkbegeleiding Nieuwe titel" in text


def test_the_comparison_names_exactly_the_changed_answer(qtbot, two_versions, catalogue):
    dialog = make(qtbot, VersionsDialog(two_versions, catalogue))
    dialog.show_comparison(1, 2)
    text = dialog.browser.toPlainText()
    changed = catalogue.subquestion("waarom.knelpunt")
    assert changed.text in text
    question = catalogue.question_of("waarom.knelpunt")
    assert f"Vraag {question.number}. {question.text}" in text
    others = [s.text for s in catalogue.subquestions() if s.id != "waarom.knelpunt"]
    assert [other for other in others if other in text] == []
    assert "Gegevens" not in text
    assert "ochtenddienst" in text and "avonddienst" in text
    assert '">ochtenddienst wachten</s>' in dialog.html
    assert '">avonddienst wacht</u>' in dialog.html
    assert "<s" in dialog.html and "<u" in dialog.html

    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(1))
    assert dialog.chosen_keys() == (1, 1)
    assert "Geen verschillen." in dialog.browser.toPlainText()
    assert "ochtenddienst" not in dialog.browser.toPlainText()


def test_a_version_compared_with_itself_has_no_differences(qtbot, two_versions, catalogue):
    dialog = make(qtbot, VersionsDialog(two_versions, catalogue))
    dialog.show_comparison(2, 2)
    assert "Geen verschillen." in dialog.browser.toPlainText()
    dialog.show_comparison(CURRENT, CURRENT)
    assert "Geen verschillen." in dialog.browser.toPlainText()


def test_the_comparison_escapes_what_users_typed(qtbot, two_versions, catalogue):
    typed = 'Zie <script>alert("x")</script> & <b>vet</b>'
    two_versions.set_answer(catalogue.make_answer("waarom.oorzaken", typed))
    dialog = make(qtbot, VersionsDialog(two_versions, catalogue))
    assert dialog.chosen_keys() == (2, CURRENT)
    assert "<script>" not in dialog.html and "<b>vet" not in dialog.html
    assert "&lt;script&gt;" in dialog.html
    text = dialog.browser.toPlainText()
    assert '<script>alert("x")</script>' in text and "<b>vet</b>" in text


def test_a_dossier_without_versions_has_nothing_to_compare(qtbot, example_dossier, catalogue):
    dialog = make(qtbot, VersionsDialog(example_dossier, catalogue))
    assert dialog.table.rowCount() == 0
    assert dialog.chosen_keys() == (CURRENT, CURRENT)
    assert "nog geen vastgestelde versie" in dialog.browser.toPlainText()
