"""The autosaver's jobs for the edits to a dossier: what each kind of change writes."""

from __future__ import annotations

from igj_afwijken.domain.model import Answer, Dossier
from igj_afwijken.gui.autosave import Job


def facts_job(dossier: Dossier, known: tuple[Dossier, ...] = ()) -> Job:
    """The dossier's own facts as they are now, not as they are when the writer gets to them;
    with what the editor read and saved since (`known`), only the facts it changed."""
    snapshot = dossier.copy()
    return lambda repository: repository.save_facts(snapshot, known)


def checklist_job(
    dossier: Dossier, item_id: str, known: tuple[tuple[str, str], ...] | None = None
) -> Job:
    """A checklist item as it is now; with the values and notes the editor read and saved
    since (`known`), not over a colleague's (see save_checklist_answer)."""
    answer = dossier.checklist[item_id]
    return lambda repository: repository.save_checklist_answer(dossier.id, answer, known)


def answer_job(
    dossier_id: str, answer: Answer, emptied_by_user: bool, known: tuple[str, ...] | None = None
) -> Job:
    """An answer; it may become empty only when the user emptied it (see DossierEditor). With
    the texts the editor read and saved since (`known`), a colleague's change meanwhile is
    refused, not overwritten."""
    return lambda repository: repository.save_answer(dossier_id, answer, emptied_by_user, known)


def rows_job(dossier: Dossier, part: str, known: tuple[tuple, ...] | None = None) -> Job:
    """A table of the dossier (a name in ROW_KINDS, or "attachments") saved whole as it is now;
    of the attachments only the added files are written, not every file again. With `known`
    (the tables the window read or saved), not over a colleague's (see save_rows)."""
    rows, at = getattr(dossier, part), dossier.updated_at
    if part == "attachments":
        return lambda repository: repository.save_attachments(dossier.id, rows, at)
    return lambda repository: repository.save_rows(dossier.id, part, rows, at, known)


def readiness_job(dossier_id: str, state: str, changed_since_version: int | None) -> Job:
    """The register's readiness and changed-since-adoption columns for the dossier."""
    return lambda repository: repository.set_readiness(dossier_id, state, changed_since_version)
