"""Merging two later states of one dossier field by field, against the state both came from."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from igj_afwijken.domain.model import Answer, ChecklistAnswer, Dossier, Version
from igj_afwijken.domain.rows import ROW_KINDS

# The dossier's own facts that merge as one field each; its answers, checklist items, tables,
# adopted versions and files merge by the parts they hold.
_KEPT_APART = {"id", "answers", "checklist", "versions", "attachments", "created_at", "updated_at"}
FACT_FIELDS = tuple(
    f.name for f in fields(Dossier) if f.name not in _KEPT_APART and f.name not in ROW_KINDS
)


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed, each differently: `part` is "facts", "answers",
    "checklist", "rows" or "versions"; `key` is the fact, question, item, kind of table or
    version number; `mine` and `theirs` are the two values."""

    part: str
    key: str
    mine: Any
    theirs: Any


@dataclass
class Merged:
    """The merged dossier, with their side's value wherever the two conflict (see choose)."""

    dossier: Dossier
    conflicts: list[Conflict] = field(default_factory=list)

    def choose(self, conflict: Conflict, value: Any) -> None:
        """Keep `value` (mine, theirs, or for an answer a text of its own) for a conflict."""
        dossier = self.dossier
        if conflict.part in ("facts", "rows"):  # a fact, or a table whole
            setattr(dossier, conflict.key, value)
        elif conflict.part in ("answers", "checklist"):
            parts = getattr(dossier, conflict.part)
            if value is None:
                parts.pop(conflict.key, None)
            else:
                parts[conflict.key] = value
        elif conflict.part == "versions" and value is conflict.mine:
            # both adopted this number: theirs keeps it, mine follows as the next
            number = dossier.version_number + 1
            dossier.versions = (*dossier.versions, replace(value, number=number))
        self.conflicts.remove(conflict)


def merge(base: Dossier, mine: Dossier, theirs: Dossier) -> Merged:
    """`theirs` with every change `mine` made since `base`: a field only one side changed takes
    that side's value; a field both changed alike is kept; one both changed differently keeps
    theirs and is listed as a conflict. Answers compare by their text, checklist items by their
    value and note, tables as a whole, versions by number, files by id."""
    merged = theirs.copy()
    conflicts: list[Conflict] = []
    for name in (*FACT_FIELDS, *ROW_KINDS):
        value, conflict = _merge_one(
            getattr(base, name), getattr(mine, name), getattr(theirs, name)
        )
        setattr(merged, name, value)
        if conflict:
            part = "rows" if name in ROW_KINDS else "facts"
            conflicts.append(Conflict(part, name, getattr(mine, name), getattr(theirs, name)))
    for part in ("answers", "checklist"):
        kept: dict[str, Any] = getattr(merged, part)
        base_parts, my_parts, their_parts = (getattr(d, part) for d in (base, mine, theirs))
        for key in sorted(set(base_parts) | set(my_parts) | set(their_parts)):
            was, now, other = (parts.get(key) for parts in (base_parts, my_parts, their_parts))
            if _content(now) in (_content(was), _content(other)):
                continue
            if _content(other) == _content(was):
                if now is None:
                    kept.pop(key, None)
                else:
                    kept[key] = now
            else:
                conflicts.append(Conflict(part, key, now, other))
    merged.versions, version_conflicts = _merge_versions(base, mine, theirs)
    conflicts += version_conflicts
    merged.attachments = _merge_attachments(base, mine, theirs)
    merged.updated_at = max(mine.updated_at, theirs.updated_at)
    return Merged(merged, conflicts)


def _content(part: Answer | ChecklistAnswer | None) -> object:
    """What an answer or checklist item says, without when or under which wording."""
    if isinstance(part, Answer):
        return part.text
    if isinstance(part, ChecklistAnswer):
        return (part.value, part.note)
    return None


def _merge_one(was: Any, now: Any, other: Any) -> tuple[Any, bool]:
    """The merged value of one field, and whether the two sides conflict on it."""
    if now in (was, other):
        return other, False
    if other == was:
        return now, False
    return other, True


def _merge_versions(
    base: Dossier, mine: Dossier, theirs: Dossier
) -> tuple[tuple[Version, ...], list[Conflict]]:
    """Their versions, then mine adopted since the base; the same number adopted on both sides
    differently is a conflict."""
    kept = list(theirs.versions)
    numbers = {version.number: version for version in kept}
    known = {version.number for version in base.versions}
    conflicts = []
    for version in mine.versions:
        if version.number in known:
            continue
        other = numbers.get(version.number)
        if other is None:
            kept.append(version)
        elif other != version:
            conflicts.append(Conflict("versions", str(version.number), version, other))
    return tuple(sorted(kept, key=lambda v: v.number)), conflicts


def _merge_attachments(base: Dossier, mine: Dossier, theirs: Dossier) -> tuple:
    """Their files, without those I removed, with those I added (a file never changes)."""
    base_ids = {a.id for a in base.attachments}
    my_ids = {a.id for a in mine.attachments}
    removed = base_ids - my_ids
    kept = [a for a in theirs.attachments if a.id not in removed]
    kept_ids = {a.id for a in kept}
    kept += [a for a in mine.attachments if a.id not in base_ids and a.id not in kept_ids]
    return tuple(kept)
