"""The history reads as a manager would say it: questions, facts and table rows by their names,
a table row's texts instead of its stored form."""

from datetime import UTC, datetime

from igj_afwijken.gui.history_dialog import HistoryDialog
from igj_afwijken.services.dossiers import HistoryEntry

WHEN = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


def test_every_kind_of_change_is_named_in_words(qtbot, catalogue):
    entries = [
        HistoryEntry(WHEN, "anna", "dossiers", "", "responsible_name", "A. Jansen", "B. Bakker"),
        HistoryEntry(WHEN, "anna", "answers", "waarom.knelpunt", "text", "Oud", "Nieuw"),
        HistoryEntry(WHEN, "anna", "dossier_rows", "risks 0", "data", None, '{"risk": "Vallen"}'),
        HistoryEntry(WHEN, "anna", "attachments", "f1", "name", None, "advies.pdf"),
    ]
    dialog = HistoryDialog("Nachtzorg", entries, catalogue)
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(2, 5)] for r in range(table.rowCount())]
    assert cells == [
        [catalogue.field_label("responsible.name"), "A. Jansen", "B. Bakker"],
        [catalogue.subquestion("waarom.knelpunt").text, "Oud", "Nieuw"],
        [f"{catalogue.field_label('risks')}, rij 1", "", "Vallen"],
        [f"{catalogue.field_label('attachments')} · name", "", "advies.pdf"],
    ]
    assert table.item(0, 1).text() == "anna" and "Nachtzorg" in dialog.windowTitle()


def test_a_long_text_is_cut_in_its_cell_and_whole_in_its_tooltip(qtbot, catalogue):
    long = "woord " * 100
    entry = HistoryEntry(WHEN, "anna", "answers", "waarom.knelpunt", "text", long, "kort")
    dialog = HistoryDialog("Nachtzorg", [entry], catalogue)
    qtbot.addWidget(dialog)
    cell = dialog.table.item(0, 3)
    assert cell.text().endswith("…") and len(cell.text()) < len(long) and cell.toolTip() == long
