"""Which dossiers are due for an evaluation soon, or overdue: plain data, no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from igj_afwijken import i18n

ENDED = "beeindigd"

DueRow = tuple[str, str, str, date | None, str]  # dossier id, title, location, next date, status


@dataclass(frozen=True)
class DueEvaluation:
    """A dossier whose next evaluation falls within the window; `days` is negative when overdue."""

    dossier_id: str
    title: str
    location: str
    next_evaluation: date
    days: int

    @property
    def overdue(self) -> bool:
        return self.days < 0

    def describe(self) -> str:
        """'3 dagen te laat', 'vandaag', 'morgen', 'over 12 dagen'."""
        if self.days == 0:
            return i18n.translate("evaluations_due", "vandaag")
        if self.days == 1:
            return i18n.translate("evaluations_due", "morgen")
        if self.days == -1:
            return i18n.translate("evaluations_due", "1 dag te laat")
        if self.days < 0:
            return i18n.translate("evaluations_due", "{days} dagen te laat").format(days=-self.days)
        return i18n.translate("evaluations_due", "over {days} dagen").format(days=self.days)


def due_evaluations(
    rows: Iterable[DueRow], today: date, window_days: int = 30
) -> list[DueEvaluation]:
    """The evaluations that are overdue or fall within `window_days` from today, soonest first.
    Ended dossiers and dossiers without a planned date are left out."""
    due = []
    for dossier_id, title, location, next_evaluation, status in rows:
        if status == ENDED or next_evaluation is None:
            continue
        days = (next_evaluation - today).days
        if days <= window_days:
            due.append(DueEvaluation(dossier_id, title, location, next_evaluation, days))
    due.sort(key=lambda item: (item.next_evaluation, item.title.casefold(), item.dossier_id))
    return due
