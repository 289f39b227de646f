"""Taking a dossier of the organisation store along to work on it offline in the data folder,
bringing it back with its changes, and a director taking it back meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.merge import Conflict, Merged, merge
from igj_afwijken.domain.model import (
    Answer,
    ChecklistAnswer,
    Dossier,
    Version,
    new_dossier_id,
    utc_now,
)
from igj_afwijken.storage.organisation import OrganisationStore
from igj_afwijken.storage.port import (
    ChangedMeanwhile,
    DossierStore,
    StoreError,
    TakenElsewhere,
    TakenMark,
)
from igj_afwijken.storage.taken_along import TakenAlong, TakenAlongFolder

__all__ = [
    "BroughtBack",
    "Conflict",
    "TakenAlong",
    "TakenElsewhere",
    "TakenMark",
    "bring_back",
    "conflict_label",
    "conflict_text",
    "merge_and_write",
    "settled_value",
    "take_along",
    "take_back",
    "taken_along",
    "taken_here",
    "taken_marks",
]

# How often bringing back reads the server again when a colleague saved in between.
_TRIES = 5


def taken_along(data_dir: Path) -> dict[str, TakenAlong]:
    """The dossiers in the data folder that were taken along from an organisation store (a
    record that cannot be read is left out here, and named when it is brought back)."""
    found = {}
    for dossier_id in TakenAlongFolder(data_dir).dossier_ids():
        taken = taken_here(data_dir, dossier_id)
        if taken is not None:
            found[dossier_id] = taken
    return found


def taken_here(data_dir: Path, dossier_id: str) -> TakenAlong | None:
    """The record of one dossier taken along into the data folder; None when there is none
    (or it cannot be read: bringing it back names that)."""
    try:
        return TakenAlongFolder(data_dir).get(dossier_id)
    except StoreError:
        return None


def taken_marks(store: DossierStore) -> dict[str, TakenMark]:
    """Which dossiers of the organisation store are taken along, by whom; none locally."""
    return store.taken_marks() if isinstance(store, OrganisationStore) else {}


def take_along(
    organisation: OrganisationStore, local: DossierStore, data_dir: Path, dossier_id: str
) -> str:
    """Mark the dossier as taken on the server and copy it into the data folder's store, with
    the record that brings it back. Returns "" or, when the data folder held an older copy of
    the same dossier that differed, the id that copy is now kept under (in the recycle bin):
    nothing of it is lost."""
    folder = TakenAlongFolder(data_dir)
    if folder.get(dossier_id) is not None:
        raise StoreError(
            i18n.translate(
                "take_along",
                "U heeft deze afwijking al meegenomen naar deze computer. Breng haar eerst terug.",
            )
        )
    dossier = organisation.take(dossier_id)
    who = organisation.taken_marks()[dossier_id]
    kept_apart = ""
    if local.exists(dossier_id):
        older = local.get(dossier_id)
        if older != dossier:
            kept_apart = new_dossier_id()
            local.add(older.copy(id=kept_apart))
            local.delete(kept_apart)
        local.purge(dossier_id)
    local.add(dossier)
    folder.put(TakenAlong(organisation.address, who.who, who.since, dossier))
    return kept_apart


@dataclass
class BroughtBack:
    """What bringing a dossier back did: written (True), or not, and the fields both sides
    changed differently that the user did not choose for (nothing is written then)."""

    written: bool
    conflicts: list[Conflict] = field(default_factory=list)


def bring_back(
    organisation: OrganisationStore,
    local: DossierStore,
    data_dir: Path,
    dossier_id: str,
    choose: Callable[[Conflict], Any] | None = None,
) -> BroughtBack:
    """Write the changes made in the data folder back to the organisation store in one
    transaction, and remove the copy from the data folder. Where the server's dossier changed
    too (a director took it back meanwhile), both are merged field by field against the
    dossier as it was taken; a field both changed differently is settled by `choose` (the
    value to keep: the conflict's `mine`, `theirs`, or a text of one's own), and without
    `choose` nothing is written and the conflicts are returned."""
    folder = TakenAlongFolder(data_dir)
    taken = folder.get(dossier_id)
    if taken is None:
        raise StoreError(
            i18n.translate("take_along", "Deze afwijking is niet meegenomen naar deze computer.")
        )
    mine = local.get(dossier_id)

    def settle(merged: Merged) -> bool:
        if merged.conflicts and choose is None:
            return False
        for conflict in list(merged.conflicts):
            merged.choose(conflict, choose(conflict))  # type: ignore[misc]
        return True

    busy = i18n.translate(
        "take_along",
        "Anderen slaan deze afwijking steeds tegelijk met u op; er is niets teruggebracht. "
        "Probeer het zo opnieuw.",
    )
    merged = merge_and_write(organisation, taken.base, mine, settle, busy, end_taking=True)
    if merged.conflicts:
        return BroughtBack(False, list(merged.conflicts))
    folder.remove(dossier_id)
    local.purge(dossier_id)
    return BroughtBack(True)


def merge_and_write(
    organisation: OrganisationStore,
    base: Dossier,
    mine: Dossier,
    settle: Callable[[Merged], bool],
    busy: str,
    end_taking: bool = False,
) -> Merged:
    """Merge `mine` with what the server holds now, against `base`, and write the result in
    one transaction (with `end_taking`, ending the dossier's taking along). `settle` settles
    the merge's conflicts, or says (False) that nothing is to be written: the merge is then
    returned with them. When others keep saving in between, StoreError(`busy`)."""
    for _ in range(_TRIES):
        theirs = organisation.get(mine.id)
        merged = merge(base, mine, theirs)
        if not settle(merged):
            return merged
        try:
            organisation.write_back(merged.dossier, theirs, end_taking=end_taking)
            return merged
        except ChangedMeanwhile:
            continue
    raise StoreError(busy)


def take_back(organisation: OrganisationStore, dossier_id: str) -> None:
    """As a director: end the mark of a dossier someone took along, so it can be changed on
    the server again; their changes are merged in when they bring it back."""
    organisation.take_back(dossier_id)


def conflict_label(conflict: Conflict, catalogue: Catalogue) -> str:
    """Which part of the dossier both sides changed, in the user's words."""
    if conflict.part == "answers":
        return catalogue.subquestion_text(conflict.key)
    if conflict.part == "checklist":
        item = conflict.mine or conflict.theirs
        return item.item_text if isinstance(item, ChecklistAnswer) else conflict.key
    if conflict.part == "versions":
        return i18n.translate("take_along", "Vastgestelde versie {number}").format(
            number=conflict.key
        )
    return catalogue.field_label(conflict.key)


def conflict_text(value: Any) -> str:
    """One side's value of a conflict as text to show beside the other."""
    if value is None:
        return ""
    if isinstance(value, Answer):
        return value.text
    if isinstance(value, ChecklistAnswer):
        return " — ".join(part for part in (value.value, value.note) if part)
    if isinstance(value, Version):
        return f"{value.number}. {value.summary}"
    if isinstance(value, tuple):
        return "\n".join(conflict_text(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return i18n.translate("take_along", "ja") if value else i18n.translate("take_along", "nee")
    if is_dataclass(value):
        texts = (conflict_text(getattr(value, f.name)) for f in fields(value))
        return " · ".join(text for text in texts if text)
    return str(value)


def settled_value(conflict: Conflict, text: str) -> Any:
    """The value kept for a conflict settled as `text` (see conflict_text): an answer may be
    a text of the user's own; of anything else, the side whose text it is (theirs when in
    doubt, as it stands on the server)."""
    if conflict.part == "answers" and text != conflict_text(conflict.theirs):
        if text == conflict_text(conflict.mine):
            return conflict.mine
        template = conflict.mine or conflict.theirs
        return Answer(
            template.question_id,
            text,
            template.catalogue_version,
            template.question_text,
            utc_now(),
        )
    if text == conflict_text(conflict.mine) and text != conflict_text(conflict.theirs):
        return conflict.mine
    return conflict.theirs
