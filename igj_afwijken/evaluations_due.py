"""Which dossiers are due for an evaluation soon, or overdue: plain data, no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

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
            return "vandaag"
        if self.days == 1:
            return "morgen"
        if self.days == -1:
            return "1 dag te laat"
        if self.days < 0:
            return f"{-self.days} dagen te laat"
        return f"over {self.days} dagen"


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
