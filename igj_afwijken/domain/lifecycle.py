"""A dossier over its life: adopting numbered versions, evaluating, ending, and what changed."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from datetime import date

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Adoption, Dossier, Ending, Person, Version
from igj_afwijken.domain.readiness import NotReadyError, assess, check_law_gate, report_lines
from igj_afwijken.domain.rows import ROW_QUESTIONS, row_to_data

START = "start"  # the group of changes to the dossier's own facts


class LifecycleError(Exception):
    """A step in the dossier's life that is not possible now; the message is for the user."""


@dataclass(frozen=True)
class Change:
    """One thing that differs between two versions, grouped by question."""

    group: str  # a question id, or START
    label: str  # which field, in words
    old: str
    new: str


def adopt(dossier: Dossier, catalogue: Catalogue, by: Person, on: date) -> Version:
    """Adopt ("vaststellen") the dossier as its next numbered version, frozen from now on.

    Refused for a law, while anything blocks, for an ended dossier, and when nothing changed
    since the last version."""
    check_law_gate(dossier, catalogue)
    blocking = [f for f in assess(dossier, catalogue, on) if f.is_blocking]
    if blocking:
        raise NotReadyError("\n".join(report_lines(blocking, catalogue)))
    if dossier.status == "beeindigd":
        raise LifecycleError(
            i18n.translate(
                "lifecycle", "Een beëindigde afwijking kan niet opnieuw worden vastgesteld."
            )
        )
    if not by.name.strip():
        raise LifecycleError(i18n.translate("lifecycle", "Vul in wie de afwijking vaststelt."))
    previous = version_dossier(dossier.versions[-1]) if dossier.versions else None
    changes = compare(previous, dossier, catalogue) if previous else []
    if previous and not changes:
        raise LifecycleError(
            i18n.translate(
                "lifecycle",
                "Er is niets veranderd sinds versie {number}; een nieuwe versie is niet nodig.",
            ).format(number=dossier.version_number)
        )
    dossier.status = "vastgesteld"
    dossier.adoption = Adoption(by=by, on=on)
    version = Version(
        number=dossier.version_number + 1,
        adopted_on=on,
        adopted_by=by,
        summary=summarise(changes, catalogue) if previous else _first_version(),
        dossier=frozen_copy(dossier),
    )
    dossier.versions = (*dossier.versions, version)
    return version


def start_evaluation(dossier: Dossier) -> None:
    if dossier.status != "vastgesteld":
        raise LifecycleError(
            i18n.translate("lifecycle", "Alleen een vastgestelde afwijking kan in evaluatie gaan.")
        )
    dossier.status = "in-evaluatie"


def end(dossier: Dossier, on: date, reason: str, explanation: str, replaced_by: str = "") -> None:
    """End the deviation: back to the norm, or replaced by another dossier."""
    if dossier.status == "beeindigd":
        raise LifecycleError(i18n.translate("lifecycle", "Deze afwijking is al beëindigd."))
    if reason == "vervangen" and not replaced_by:
        raise LifecycleError(i18n.translate("lifecycle", "Kies de afwijking die deze vervangt."))
    if replaced_by == dossier.id:
        raise LifecycleError(
            i18n.translate("lifecycle", "Een afwijking kan zichzelf niet vervangen.")
        )
    dossier.status = "beeindigd"
    dossier.ending = Ending(on=on, reason=reason, explanation=explanation, replaced_by=replaced_by)  # type: ignore[arg-type]


def frozen_copy(dossier: Dossier) -> Dossier:
    """The dossier as a version keeps it: without its history, its attachments by name only."""
    return dossier.copy(
        versions=(),
        attachments=tuple(replace(a, content=b"", known_size=a.size) for a in dossier.attachments),
    )


def version_dossier(version: Version) -> Dossier:
    """The dossier as it was adopted in a version."""
    if version.dossier is None:
        raise LifecycleError(
            i18n.translate("lifecycle", "Versie {number} kan niet worden gelezen.").format(
                number=version.number
            )
        )
    return version.dossier


def changed_since_adoption(dossier: Dossier, catalogue: Catalogue) -> list[Change]:
    if not dossier.versions:
        return []
    return compare(version_dossier(dossier.versions[-1]), dossier, catalogue)


def changed_since_version(dossier: Dossier, catalogue: Catalogue) -> int | None:
    """The number of the last adopted version when the dossier differs from it, else None (also
    when that version cannot be read: then nothing can be said)."""
    try:
        if dossier.versions and changed_since_adoption(dossier, catalogue):
            return dossier.versions[-1].number
    except LifecycleError:
        return None
    return None


def compare(old: Dossier, new: Dossier, catalogue: Catalogue) -> list[Change]:
    """What differs between two states of a dossier, per question, in reading order."""
    changes: list[Change] = []

    def note(group: str, label: str, before: str, after: str) -> None:
        if before.strip() != after.strip():
            changes.append(Change(group, label, before, after))

    labels = catalogue.field_labels
    for field in ("title", "organisation", "location", "team", "sector", "rule.name",
                  "rule.kind", "rule.source", "rule.section", "start_date", "duration_months",
                  "responsible.name", "responsible.role", "topics"):  # fmt: skip
        note(START, labels.get(field, field), old.field_text(field), new.field_text(field))
    for question in catalogue.questions:
        note(
            question.id,
            labels["plain_summaries"],
            old.plain_summary(question.id),
            new.plain_summary(question.id),
        )
        for sub in question.subquestions:
            note(question.id, sub.text, old.answer_text(sub.id), new.answer_text(sub.id))
            for item_id in sorted(set(old.checklist) | set(new.checklist)):
                if catalogue_item_question(catalogue, item_id) == sub.id:
                    note(
                        question.id,
                        labels["checklist"].format(topic=_topic_title(catalogue, item_id)),
                        _checklist_text(old, item_id, catalogue),
                        _checklist_text(new, item_id, catalogue),
                    )
    for kind, group in ROW_QUESTIONS.items():
        note(group, labels[kind], _table_text(old, kind), _table_text(new, kind))
    note("betrokkenheid", labels["council_advice"], _advice_text(old), _advice_text(new))
    note(START, labels["attachments"], _attachment_names(old), _attachment_names(new))
    note("evaluatie", labels["evaluator"], old.evaluator, new.evaluator)
    note("evaluatie", labels["next_evaluation"], old.field_text("next_evaluation"),
         new.field_text("next_evaluation"))  # fmt: skip
    return changes


def version_summaries(dossier: Dossier, catalogue: Catalogue) -> dict[int, str]:
    """What changed in each version, said in the program's current language: worked out again
    from the versions' snapshots, since the summary stored at adoption is in the language of
    that day. A snapshot that cannot be read (or shows no change) keeps the stored summary."""
    summaries: dict[int, str] = {}
    previous: Dossier | None = None
    for version in dossier.versions:
        try:
            current = version_dossier(version)
        except LifecycleError:
            summaries[version.number], previous = version.summary, None
            continue
        if version is dossier.versions[0]:
            summaries[version.number] = _first_version()
        else:
            changes = compare(previous, current, catalogue) if previous else []
            summaries[version.number] = (
                summarise(changes, catalogue) if changes else version.summary
            )
        previous = current
    return summaries


def _first_version() -> str:
    return i18n.translate("lifecycle", "Eerste vastgestelde versie.")


def summarise(changes: list[Change], catalogue: Catalogue) -> str:
    """A line for the document: which parts changed since the previous version."""
    if not changes:
        return i18n.translate("lifecycle", "Geen wijzigingen.")
    parts = []
    for group in [START, *(q.id for q in catalogue.questions)]:
        count = sum(change.group == group for change in changes)
        if not count:
            continue
        if group == START:
            where = i18n.translate("lifecycle", "de gegevens")
        else:
            where = i18n.translate("lifecycle", "vraag {number}").format(
                number=_number(catalogue, group)
            )
        if count == 1:
            part = i18n.translate("lifecycle", "{where} (1 wijziging)")
        else:
            part = i18n.translate("lifecycle", "{where} ({count} wijzigingen)")
        parts.append(part.format(where=where, count=count))
    return i18n.translate("lifecycle", "Gewijzigd: {parts}.").format(parts=", ".join(parts))


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The two texts as runs of ("same" | "removed" | "added", text), word by word."""
    before, after = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(before[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(before[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(after[j1:j2])))
    return runs


@dataclass
class _Edit:
    """Removed and added text at one place in a diff."""

    removed: list[str]
    added: list[str]

    @property
    def size(self) -> int:
        return max(len("".join(self.removed).strip()), len("".join(self.added).strip()))


def readable_diff(old: str, new: str) -> list[tuple[str, str]]:
    """word_diff, with the small matches between changes folded into them, so a rewritten
    sentence reads as the old sentence struck through and the new one after it instead of
    loose words. A match is folded when it is only whitespace, or no longer than the changes
    on both sides of it. The new text (the same and added runs) stays whole."""
    groups: list[str | _Edit] = []  # unchanged text, or an edit
    for kind, text in word_diff(old, new):
        if kind == "same":
            groups.append(text)
            continue
        edit = groups[-1] if groups else None
        if not isinstance(edit, _Edit):
            edit = _Edit([], [])
            groups.append(edit)
        (edit.removed if kind == "removed" else edit.added).append(text)

    merged: list[str | _Edit] = []
    for index, group in enumerate(groups):
        if isinstance(group, _Edit):
            if merged and isinstance(merged[-1], _Edit):
                merged[-1].removed.extend(group.removed)
                merged[-1].added.extend(group.added)
            else:
                merged.append(_Edit(list(group.removed), list(group.added)))
            continue
        following = groups[index + 1] if index + 1 < len(groups) else None
        if merged and isinstance(merged[-1], _Edit) and isinstance(following, _Edit):
            word = group.strip()
            if not word or len(word) <= min(merged[-1].size, following.size):
                merged[-1].removed.append(group)
                merged[-1].added.append(group)
                continue
        merged.append(group)

    runs: list[tuple[str, str]] = []
    for group in merged:
        if isinstance(group, str):
            runs.append(("same", group))
            continue
        removed, added = "".join(group.removed), "".join(group.added)
        if removed.strip():
            runs.append(("removed", removed))
        if added.strip():
            runs.append(("added", added))
        elif added:
            runs.append(("same", added))  # only whitespace is left of the new text here
    return runs


def catalogue_item_question(catalogue: Catalogue, item_id: str) -> str:
    try:
        return catalogue.checklist_item(item_id).question
    except KeyError:
        return ""


def _topic_title(catalogue: Catalogue, item_id: str) -> str:
    return catalogue.topic(catalogue.checklist_item(item_id).topic).title


def _checklist_text(dossier: Dossier, item_id: str, catalogue: Catalogue) -> str:
    answer = dossier.checklist.get(item_id)
    if answer is None or not (answer.is_answered or answer.note):
        return ""
    value = catalogue.checklist_values[answer.value]
    return f"{answer.item_text}: {value}" + (f" ({answer.note})" if answer.note else "")


def _table_text(dossier: Dossier, kind: str) -> str:
    lines = []
    for number, row in enumerate(getattr(dossier, kind), start=1):
        data = row_to_data(row)
        data.pop("id", None)
        values = [str(v) for v in data.values() if v not in (None, "")]
        lines.append(f"{number}. " + "; ".join(values))
    return "\n".join(lines)


def _attachment_names(dossier: Dossier) -> str:
    return "\n".join(f"{a.name} ({a.sha256[:12]})" for a in dossier.attachments)


def _advice_text(dossier: Dossier) -> str:
    advice = dossier.council_advice
    if advice.is_empty:
        return ""
    values = [advice.asked_on, advice.given_on, advice.advice, advice.text, advice.follow_up]
    return "; ".join(str(v) for v in values if v)


def _number(catalogue: Catalogue, question_id: str) -> int:
    return next(q.number for q in catalogue.questions if q.id == question_id)
