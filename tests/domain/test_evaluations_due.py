"""The list of evaluations that are due: overdue, today and soon, never ended dossiers."""

from datetime import date

from igj_afwijken.domain.evaluations_due import DueEvaluation, due_evaluations

TODAY = date(2027, 3, 10)


def _rows():
    return [
        ("later", "Ver weg", "Locatie D", date(2027, 4, 10), "vastgesteld"),  # 31 days: excluded
        ("soon", "Binnenkort", "Locatie C", date(2027, 3, 22), "in-evaluatie"),
        ("today", "Vandaag", "Locatie B", date(2027, 3, 10), "concept"),
        ("late", "Te laat", "Locatie A", date(2027, 3, 7), "vastgesteld"),
        ("ended", "Beëindigd", "Locatie E", date(2027, 3, 1), "beeindigd"),
        ("unplanned", "Geen datum", "Locatie F", None, "concept"),
        ("edge", "Precies dertig", "Locatie G", date(2027, 4, 9), "concept"),
    ]


def test_overdue_today_and_soon_are_listed_by_date():
    due = due_evaluations(_rows(), TODAY)
    assert [d.dossier_id for d in due] == ["late", "today", "soon", "edge"]
    assert [d.days for d in due] == [-3, 0, 12, 30]
    assert due[0] == DueEvaluation("late", "Te laat", "Locatie A", date(2027, 3, 7), -3)
    assert due[0].overdue and not due[1].overdue


def test_beyond_the_window_ended_and_unplanned_dossiers_are_left_out():
    ids = {d.dossier_id for d in due_evaluations(_rows(), TODAY)}
    assert ids.isdisjoint({"later", "ended", "unplanned"})
    assert [d.dossier_id for d in due_evaluations(_rows(), TODAY, window_days=7)] == [
        "late",
        "today",
    ]
    assert due_evaluations([], TODAY) == []


def test_each_is_described_in_dutch():
    def describe(days):
        return DueEvaluation("x", "t", "l", TODAY, days).describe()

    assert describe(-3) == "3 dagen te laat"
    assert describe(-1) == "1 dag te laat"
    assert describe(0) == "vandaag"
    assert describe(1) == "morgen"
    assert describe(12) == "over 12 dagen"
