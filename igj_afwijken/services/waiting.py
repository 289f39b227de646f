"""What was typed while the organisation store's server was away: kept on this computer, and
written when the server is back (also after a crash), without overwriting what others saved."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from igj_afwijken import i18n
from igj_afwijken.domain.merge import Conflict, Merged
from igj_afwijken.domain.model import Dossier, utc_now
from igj_afwijken.domain.rows import ROW_KINDS
from igj_afwijken.services.take_along import merge_and_write
from igj_afwijken.storage.organisation import OrganisationStore
from igj_afwijken.storage.port import StoreError
from igj_afwijken.storage.waiting import Waiting, WaitingFolder

__all__ = ["Waiting", "WrittenLater", "forget_waiting", "keep_waiting", "waiting_for",
           "write_waiting"]  # fmt: skip


def keep_waiting(data_dir: Path, waiting: Waiting) -> None:
    """Keep the changes on this computer (written whole), with the moment they began to wait."""
    folder = WaitingFolder(data_dir)
    earlier = None
    with contextlib.suppress(StoreError):  # a damaged record is replaced by this whole one
        earlier = folder.get(waiting.dossier_id)
    since = earlier.since if earlier is not None and earlier.since else utc_now()
    facts_only = tuple(_facts_only(facts) for facts in waiting.known_facts)
    folder.put(replace(waiting, known_facts=facts_only, since=since))


def forget_waiting(data_dir: Path, dossier_id: str) -> None:
    WaitingFolder(data_dir).remove(dossier_id)


def waiting_for(data_dir: Path, address: str) -> tuple[list[Waiting], list[str]]:
    """The changes that wait for the organisation store at `address`, and for each record
    that cannot be read, why (it is left where it is)."""
    folder = WaitingFolder(data_dir)
    found, unreadable = [], []
    for dossier_id in folder.dossier_ids():
        try:
            waiting = folder.get(dossier_id)
        except StoreError as error:
            unreadable.append(str(error))
            continue
        if waiting is not None and waiting.address == address:
            found.append(waiting)
    return found, unreadable


@dataclass
class WrittenLater:
    """What writing waiting changes did: the dossier's title, and the facts a colleague had
    changed meanwhile, whose value was kept (as when the server is there), with the user's."""

    title: str
    kept_theirs: list[tuple[str, Any]] = field(default_factory=list)


def write_waiting(
    organisation: OrganisationStore,
    data_dir: Path,
    waiting: Waiting,
    choose: Callable[[Conflict], Any],
) -> WrittenLater:
    """Write the changes in one transaction, merged with what the server holds now against the
    dossier as the window had read it; then forget them. Where both changed a field: a value
    the window itself had saved or read is no colleague's, and the user's stays; an answer a
    colleague changed is settled by `choose` (as the window asks when the server is there);
    of a fact a colleague changed, theirs stays; a table, checklist item or version: the
    user's (the last save wins, as when the server is there)."""
    written = WrittenLater(waiting.mine.title)

    def settle(merged: Merged) -> bool:
        written.kept_theirs.clear()  # settled again when others saved in between
        for conflict in list(merged.conflicts):
            merged.choose(conflict, _settled(conflict, waiting, choose, written))
        written.title = merged.dossier.title
        return True

    busy = i18n.translate(
        "waiting",
        "Anderen slaan deze afwijking steeds tegelijk met u op. Uw wijzigingen wachten nog op "
        "deze computer; het programma probeert het bij de volgende start opnieuw.",
    )
    merge_and_write(organisation, waiting.opened, waiting.mine, settle, busy)
    forget_waiting(data_dir, waiting.dossier_id)
    return written


def _settled(
    conflict: Conflict,
    waiting: Waiting,
    choose: Callable[[Conflict], Any],
    written: WrittenLater,
) -> Any:
    if conflict.part == "answers":
        theirs = "" if conflict.theirs is None else conflict.theirs.text
        if theirs in waiting.known_answers.get(conflict.key, ()):
            return conflict.mine
        return choose(conflict)
    if conflict.part == "facts":
        if any(getattr(facts, conflict.key) == conflict.theirs for facts in waiting.known_facts):
            return conflict.mine
        written.kept_theirs.append((conflict.key, conflict.mine))
        return conflict.theirs
    return conflict.mine


def _facts_only(dossier: Dossier) -> Dossier:
    """A dossier's own facts, without its answers, tables, versions and files."""
    facts = replace(dossier, answers={}, checklist={}, versions=(), attachments=())
    for kind in ROW_KINDS:
        setattr(facts, kind, ())
    return facts
