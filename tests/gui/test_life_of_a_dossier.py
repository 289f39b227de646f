"""A dossier kept alive for a year through the window: adopt, evaluate, compare, end."""

from datetime import date

from igj_afwijken.domain.model import EvaluationRecord, Person
from igj_afwijken.gui import evaluation_panel, lifecycle_dialogs
from igj_afwijken.gui.lifecycle_dialogs import VersionsDialog
from tests.gui.test_walk import stored, wait_saved

DIRECTOR = Person("A. de Vries", "bestuurder")


def test_a_year_in_the_life_of_a_dossier(window, qtbot, monkeypatch, answers, isolated_data_dir):
    window.open_example()
    dossier_id = window.editor.dossier.id
    monkeypatch.setattr(
        lifecycle_dialogs, "ask_adoption", lambda *a, **k: (DIRECTOR, date(2026, 9, 1))
    )
    window.menus.adopt_action.trigger()
    first = stored(isolated_data_dir, dossier_id)
    assert (first.status, first.version_number) == ("vastgesteld", 1)
    assert first.adoption.by == DIRECTOR and first.versions[0].adopted_on == date(2026, 9, 1)

    window.menus.evaluate_action.trigger()
    assert stored(isolated_data_dir, dossier_id).status == "in-evaluatie"

    panel = window.editor.panels["evaluatie"]
    for held, next_date in ((date(2026, 12, 1), date(2027, 3, 1)), (date(2027, 3, 1), None)):
        record = EvaluationRecord(held, "Geen incidenten", "Overdracht aangepast", next_date)
        monkeypatch.setattr(evaluation_panel, "ask_evaluation", lambda *a, r=record, **k: r)
        panel.add_button.click()
    editor = window.editor.question_pages[0].editors["waarom.knelpunt"]
    editor.setFocus()
    qtbot.keyClicks(editor, " Sinds de zomer ook in de nacht.")
    wait_saved(qtbot, window)
    assert len(stored(isolated_data_dir, dossier_id).evaluations) == 2

    monkeypatch.setattr(
        lifecycle_dialogs, "ask_adoption", lambda *a, **k: (DIRECTOR, date(2027, 3, 2))
    )
    window.menus.adopt_action.trigger()
    second = stored(isolated_data_dir, dossier_id)
    assert second.version_number == 2
    assert "vraag 1" in second.versions[1].summary and "vraag 5" in second.versions[1].summary

    shown = []
    monkeypatch.setattr(
        lifecycle_dialogs,
        "show_versions",
        lambda parent, dossier, catalogue: shown.append(VersionsDialog(dossier, catalogue)),
    )
    window.menus.versions_action.trigger()
    (dialog,) = shown
    dialog.show_comparison(1, 2)
    text = dialog.browser.toPlainText()
    assert "Sinds de zomer ook in de nacht." in text and "Geen incidenten" in text

    window.show_home()
    window.open_dossier(dossier_id)
    monkeypatch.setattr(
        lifecycle_dialogs,
        "ask_ending",
        lambda *a, **k: (date(2027, 9, 1), "terug-naar-norm", "Weer twee IG'ers per dienst", ""),
    )
    window.menus.end_action.trigger()
    ended = stored(isolated_data_dir, dossier_id)
    assert ended.status == "beeindigd" and ended.ending.reason == "terug-naar-norm"
    assert not window.menus.adopt_action.isEnabled() and not window.menus.end_action.isEnabled()


def test_adopting_an_incomplete_dossier_explains_and_changes_nothing(
    window, qtbot, monkeypatch, answers, isolated_data_dir
):
    window.new_dossier()
    monkeypatch.setattr(
        lifecycle_dialogs, "ask_adoption", lambda *a, **k: (DIRECTOR, date(2026, 9, 1))
    )
    window.menus.adopt_action.trigger()
    assert (
        answers.warnings
        and "1. Waarom afwijken\n  - Nodig: Beantwoord nog:" in answers.warnings[-1]
    )
    dossier = stored(isolated_data_dir, window.editor.dossier.id)
    assert (dossier.status, dossier.versions) == ("concept", ())


def test_a_copy_starts_its_own_life(window, monkeypatch, isolated_data_dir):
    window.open_example()
    original = window.editor.dossier.id
    monkeypatch.setattr(
        lifecycle_dialogs, "ask_adoption", lambda *a, **k: (DIRECTOR, date(2026, 9, 1))
    )
    window.menus.adopt_action.trigger()
    window.dossiers.duplicate_dossier(original)
    copies = [s for s in window.repository.summaries() if s.id != original]
    copy = stored(isolated_data_dir, copies[0].id)
    assert (copy.status, copy.versions, copy.adoption, copy.ending) == ("concept", (), None, None)
    assert copy.risks == stored(isolated_data_dir, original).risks  # the content does come along


def test_leaving_a_dossier_updates_its_readiness_in_the_register(window, qtbot, isolated_data_dir):
    window.open_example()
    left = window.editor.dossier.id
    wait_saved(qtbot, window)
    field = window.editor.question_pages[0].editors["waarom.knelpunt"]
    field.selectAll()
    field.textCursor().removeSelectedText()  # emptied by hand: a blocking gap
    window.new_dossier()  # and straight on to a new dossier
    window.autosaver.flush()
    assert {s.id: s.readiness for s in window.repository.summaries()}[left] == "open"
