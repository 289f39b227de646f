"""How a dossier is laid out in a store's rows: the values written for it, and the dossier and
register rows made again from what is read. Shared by every store."""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from igj_afwijken import i18n
from igj_afwijken.domain.model import (
    Adoption,
    Answer,
    Attachment,
    ChecklistAnswer,
    CouncilAdvice,
    Dossier,
    Ending,
    Outlook,
    Person,
    Rule,
    Version,
)
from igj_afwijken.domain.moments import parse_date, parse_moment
from igj_afwijken.domain.rows import ROW_KINDS, row_from_data, row_to_data
from igj_afwijken.domain.text import iso_date
from igj_afwijken.formats import exchange
from igj_afwijken.storage.port import (
    CHECKLIST_PREFIX,
    AnswerWouldBeErased,
    ChangedMeanwhile,
    DossierStore,
    DossierSummary,
    RegisterOrder,
    UnknownDossier,
    UnreadableDossier,
)

FACT_COLUMNS = (
    "title",
    "organisation",
    "location",
    "team",
    "sector",
    "rule_name",
    "rule_kind",
    "rule_source",
    "rule_section",
    "start_date",
    "duration_months",
    "responsible_name",
    "responsible_role",
    "status",
    "topics",
    "next_evaluation",
    "evaluator",
    "advice_asked_on",
    "advice_given_on",
    "advice",
    "advice_text",
    "advice_follow_up",
    "adopted_on",
    "adopted_by_name",
    "adopted_by_role",
    "ended_on",
    "end_reason",
    "end_explanation",
    "replaced_by",
    "rule_built_on_law",
    "has_supervisory_board",
    "stop_criterion",
    "direction",
    "direction_plan",
    "privacy_checked",
    "created_at",
    "updated_at",
)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a list of every dossier is made: its rows are
    tuples of text, which make no cycles, yet their number sets off full collections that walk
    every object (at 100,000 dossiers, two collections took a sixth of `list`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def no_such_dossier(dossier_id: str) -> UnknownDossier:
    return UnknownDossier(
        i18n.translate("repository", "Er is geen afwijking met id '{id}'").format(id=dossier_id)
    )


def fact_values(dossier: Dossier) -> tuple:
    return (
        dossier.title,
        dossier.organisation,
        dossier.location,
        dossier.team,
        dossier.sector,
        dossier.rule.name,
        dossier.rule.kind,
        dossier.rule.source,
        dossier.rule.section,
        iso_date(dossier.start_date),
        dossier.duration_months,
        dossier.responsible.name,
        dossier.responsible.role,
        dossier.status,
        " ".join(dossier.topics),
        iso_date(dossier.next_evaluation),
        dossier.evaluator,
        iso_date(dossier.council_advice.asked_on),
        iso_date(dossier.council_advice.given_on),
        dossier.council_advice.advice,
        dossier.council_advice.text,
        dossier.council_advice.follow_up,
        iso_date(dossier.adoption.on) if dossier.adoption else None,
        dossier.adoption.by.name if dossier.adoption else "",
        dossier.adoption.by.role if dossier.adoption else "",
        iso_date(dossier.ending.on) if dossier.ending else None,
        dossier.ending.reason if dossier.ending else "",
        dossier.ending.explanation if dossier.ending else "",
        dossier.ending.replaced_by if dossier.ending else "",
        int(dossier.rule.built_on_law),
        None if dossier.has_supervisory_board is None else int(dossier.has_supervisory_board),
        dossier.outlook.stop_criterion,
        dossier.outlook.direction,
        dossier.outlook.plan,
        " ".join(dossier.privacy_checked),
        dossier.created_at.isoformat(),
        dossier.updated_at.isoformat(),
    )


def flag(value: int) -> bool:
    if value not in (0, 1):
        raise ValueError(
            i18n.translate("rows", "'{value}' is geen bekende keuze").format(value=value)
        )
    return bool(value)


# The columns of an answer and of a checklist answer beside their dossier_id, key first, in the
# order answer_values and checklist_values give them.
ANSWER_COLUMNS = ("question_id", "text", "catalogue_version", "question_text", "updated_at")
CHECKLIST_COLUMNS = ("item_id", "value", "note", "item_text", "updated_at")


def answer_values(answer: Answer) -> tuple:
    return (
        answer.question_id,
        answer.text,
        answer.catalogue_version,
        answer.question_text,
        answer.updated_at.isoformat(),
    )


def checklist_values(answer: ChecklistAnswer) -> tuple:
    return (
        answer.item_id,
        answer.value,
        answer.note,
        answer.item_text,
        answer.updated_at.isoformat(),
    )


def optional_date(text: str | None) -> date | None:
    return parse_date(text) if text else None


def row_data(row: object) -> str:
    """A table row (a risk, a contact, …) as the JSON its store keeps."""
    return json.dumps(row_to_data(row), ensure_ascii=False)


def version_values(version: Version) -> tuple:
    """(number, adopted on, by name, by role, summary, snapshot) as a store keeps a version."""
    return (
        version.number,
        version.adopted_on.isoformat(),
        version.adopted_by.name,
        version.adopted_by.role,
        version.summary,
        json.dumps(exchange.version_snapshot(version), ensure_ascii=False, sort_keys=True),
    )


def attachment_values(position: int, attachment: Attachment) -> tuple:
    """(id, position, name, SHA-256, added at, content) as a store keeps a file."""
    return (
        attachment.id,
        position,
        attachment.name,
        attachment.sha256,
        attachment.added_at.isoformat(),
        attachment.content,
    )


def dossier_from_records(
    row: Mapping[str, Any],
    answers: Iterable[Mapping[str, Any]],
    checklist: Iterable[Mapping[str, Any]],
    row_items: Iterable[tuple[str, str]],
    versions: Iterable[Mapping[str, Any]],
    attachments: Iterable[Mapping[str, Any]],
) -> Dossier:
    """The dossier from its stored records, read by column name; `row_items` are the table
    rows as (kind, data) in their order. ValueError (or another error of reading) when a value
    makes no sense."""
    rows: dict[str, list] = {kind: [] for kind in ROW_KINDS}
    for kind, text in row_items:
        if kind in rows:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError(kind)
            rows[kind].append(row_from_data(kind, data))
    return Dossier(
        id=row["id"],
        title=row["title"],
        organisation=row["organisation"],
        location=row["location"],
        team=row["team"],
        sector=row["sector"],
        rule=Rule(
            name=row["rule_name"],
            kind=row["rule_kind"],
            source=row["rule_source"],
            section=row["rule_section"],
            built_on_law=flag(row["rule_built_on_law"]),
        ),
        start_date=optional_date(row["start_date"]),
        duration_months=row["duration_months"],
        responsible=Person(name=row["responsible_name"], role=row["responsible_role"]),
        answers={
            a["question_id"]: Answer(
                question_id=a["question_id"],
                text=a["text"],
                catalogue_version=a["catalogue_version"],
                question_text=a["question_text"],
                updated_at=parse_moment(a["updated_at"]),
            )
            for a in answers
        },
        status=row["status"],
        topics=tuple(row["topics"].split()),
        next_evaluation=optional_date(row["next_evaluation"]),
        checklist={
            c["item_id"]: ChecklistAnswer(
                item_id=c["item_id"],
                value=c["value"],
                note=c["note"],
                item_text=c["item_text"],
                updated_at=parse_moment(c["updated_at"]),
            )
            for c in checklist
        },
        risks=tuple(rows["risks"]),
        involvements=tuple(rows["involvements"]),
        council_advice=CouncilAdvice(
            asked_on=optional_date(row["advice_asked_on"]),
            given_on=optional_date(row["advice_given_on"]),
            advice=row["advice"],
            text=row["advice_text"],
            follow_up=row["advice_follow_up"],
        ),
        contacts=tuple(rows["contacts"]),
        outlook=Outlook(
            stop_criterion=row["stop_criterion"],
            direction=row["direction"],
            plan=row["direction_plan"],
        ),
        has_supervisory_board=(
            None if row["has_supervisory_board"] is None else flag(row["has_supervisory_board"])
        ),
        privacy_checked=tuple(row["privacy_checked"].split()),
        evaluator=row["evaluator"],
        evaluations=tuple(rows["evaluations"]),
        plain_summaries=tuple(rows["plain_summaries"]),
        adoption=(
            Adoption(
                by=Person(row["adopted_by_name"], row["adopted_by_role"]),
                on=parse_date(row["adopted_on"]),
            )
            if row["adopted_on"]
            else None
        ),
        ending=(
            Ending(
                on=parse_date(row["ended_on"]),
                reason=row["end_reason"],
                explanation=row["end_explanation"],
                replaced_by=row["replaced_by"],
            )
            if row["ended_on"]
            else None
        ),
        versions=tuple(
            Version(
                number=v["number"],
                adopted_on=parse_date(v["adopted_on"]),
                adopted_by=Person(v["adopted_by_name"], v["adopted_by_role"]),
                summary=v["summary"],
                snapshot=(snapshot := json_object(v["snapshot"])),
                dossier=frozen_dossier(snapshot),
            )
            for v in versions
        ),
        attachments=tuple(
            Attachment(
                name=a["name"],
                content=bytes(a["content"]),
                sha256=a["sha256"],
                added_at=parse_moment(a["added_at"]),
                id=a["id"],
            )
            for a in attachments
        ),
        created_at=parse_moment(row["created_at"]),
        updated_at=parse_moment(row["updated_at"]),
    )


def summary_of(row: tuple) -> DossierSummary:
    """A register row; one that cannot be read is shown as such, with whatever can be shown."""
    (dossier_id, title, status, location, updated, deleted_at, sector, planned, readiness,
     changed_since) = row  # fmt: skip
    try:
        if not (  # chained, not all(…): this runs for each of 10,000 rows on every keystroke
            type(dossier_id) is str
            and type(title) is str
            and type(status) is str
            and type(location) is str
            and type(sector) is str
            and type(readiness) is str
            and (changed_since is None or type(changed_since) is int)
        ):
            raise ValueError
        if changed_since is not None and changed_since < 1:  # -1: not known yet
            changed_since = None
        return DossierSummary(
            dossier_id,
            title,
            status,
            location,
            parse_moment(updated),
            parse_moment(deleted_at) if deleted_at is not None else None,
            sector,
            optional_date(planned),
            readiness,
            changed_since,
        )
    except ValueError:
        return DossierSummary(
            id=str(dossier_id),
            title=title if type(title) is str else unreadable_text(),
            status="",
            location=location if type(location) is str else "",
            updated_at=UNREADABLE_MOMENT,
            deleted_at=UNREADABLE_MOMENT if deleted_at is not None else None,
            unreadable=True,
        )


# Where an unreadable dossier sorts among the others by its last change: last.
UNREADABLE_MOMENT = datetime(1900, 1, 1, tzinfo=UTC)


def unreadable_text() -> str:
    return i18n.translate("repository", "(onleesbaar)")


def frozen_dossier(snapshot: dict) -> Dossier | None:
    """A version's dossier, decoded once as the dossier is read; None if it cannot be read."""
    try:
        return exchange.dossier_from_data(snapshot, frozen_version=True)
    except Exception:  # whatever a stored snapshot holds, the dossier itself stays readable
        return None


def json_object(text: str) -> dict:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(text[:40])
    return value


# The dossier's own fields that the search looks in (beside its answers, notes, tables and
# files' names).
SEARCHED_FACTS = (
    "title", "organisation", "location", "team", "rule_name", "rule_source", "rule_section",
    "responsible_name", "responsible_role", "evaluator", "advice_text", "advice_follow_up",
    "adopted_by_name", "end_explanation", "stop_criterion", "direction_plan",
)  # fmt: skip


# A typed word of this many letters is also looked for inside longer words; shorter ones would
# match too much ("in", "de"). At most this many such words join one query.
INFIX_LETTERS = 4
MOST_INFIX_TERMS = 200


def search_words(text: str) -> list[str]:
    """The words of a search as the index folds them (unicode61, remove_diacritics): lower
    case, without accents or quotes, and nothing else changed ("straße" stays so)."""
    return [
        "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        .lower()
        .replace('"', "")
        for word in re.findall(r"\w+", text)
    ]


def register_order(order: RegisterOrder, deleted: bool, without_case: str) -> str:
    """The ORDER BY of the register: the column asked, then the last change, then the id, so
    that pages read apart fit together. `without_case` is how the store compares a column
    regardless of case, with {} for the column."""
    direction = "DESC" if order.descending else "ASC"
    changed = "deleted_at" if deleted else "updated_at"
    title = without_case.format("title")
    if order.column in ("title", "location"):
        key = f"{without_case.format(order.column)} {direction}"
    elif order.column == "next_evaluation":  # dossiers without one after the others
        key = f"coalesce(next_evaluation, '9999') {direction}"
    elif order.column in ("sector", "status", "readiness"):
        ranks = " ".join(
            f"WHEN {sql_text(code)} THEN {rank}" for rank, code in enumerate(order.ranks)
        )
        key = f"CASE {order.column} {ranks} ELSE {len(order.ranks)} END {direction}"
        if not order.ranks:
            key = f"{order.column} {direction}"
    else:
        return f"{changed} {direction}, {title}, id"
    return f"{key}, {changed} DESC, {title}, id"


def sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def resolved(id_or_prefix: str, found: Sequence[object]) -> str:
    """The id that `id_or_prefix` names, given the (at most two) ids in use that start with it,
    the id itself first if it is among them."""
    if found and found[0] == id_or_prefix:
        return id_or_prefix
    if len(found) == 1:
        return str(found[0])
    if len(found) > 1:
        raise UnknownDossier(
            i18n.translate("repository", "'{id}' past bij meer dan één afwijking").format(
                id=id_or_prefix
            )
        )
    raise no_such_dossier(id_or_prefix)


def answer_would_be_erased() -> AnswerWouldBeErased:
    return AnswerWouldBeErased(
        i18n.translate(
            "repository",
            "Een ingevuld antwoord zou leeg worden opgeslagen zonder dat u het "
            "hebt gewist; het opgeslagen antwoord is bewaard.",
        )
    )


def dossiers_at(
    store: DossierStore, location: str = ""
) -> tuple[list[Dossier], list[DossierSummary]]:
    """The dossiers in use at a location (any case; all locations for ""), and the
    summaries of those among them that cannot be read."""
    readable, unreadable = [], []
    for summary in store.summaries():
        if location and summary.location.casefold() != location.casefold():
            continue
        try:
            readable.append(store.get(summary.id))
        except (UnreadableDossier, UnknownDossier):  # UnknownDossier: an id that is no text
            unreadable.append(summary)
    return readable, unreadable


# -- saving what someone else may have changed meanwhile ------------------------------------
# A writer says what it knows a field to have held: what it read, and what it wrote since. A
# stored value among those is its own; any other is someone else's change, which a save must
# not overwrite unseen.


def must_read_answer(answer: Answer, clearing_allowed: bool, known: Sequence[str] | None) -> bool:
    """Whether saving the answer needs the stored one first (see check_answer)."""
    return known is not None or (not answer.text.strip() and not clearing_allowed)


def check_answer(
    dossier_id: str,
    answer: Answer,
    stored: str | None,
    known: Sequence[str] | None,
    clearing_allowed: bool,
) -> None:
    """ChangedMeanwhile when the stored answer is someone else's change that the new text
    would overwrite; AnswerWouldBeErased when a written answer would become empty without the
    user emptying it."""
    current = stored or ""
    if known is not None and current != answer.text and current not in known:
        raise ChangedMeanwhile(dossier_id, answer.question_id, current)
    if not answer.text.strip() and not clearing_allowed and current.strip():
        raise answer_would_be_erased()


def check_rows(
    dossier_id: str, kind: str, rows: tuple, stored: Sequence[str], known: Sequence[tuple] | None
) -> None:
    """ChangedMeanwhile when the stored table (its rows' JSON, in order) is someone else's
    change that `rows` would overwrite: a table this writer never knew it to hold."""
    if known is None:
        return
    held = tuple(stored)
    if held == tuple(row_data(row) for row in rows):
        return
    if not any(held == tuple(row_data(row) for row in table) for table in known):
        raise ChangedMeanwhile(dossier_id, kind, "")


def check_checklist(
    dossier_id: str,
    answer: ChecklistAnswer,
    stored: tuple[str, str] | None,
    known: Sequence[tuple[str, str]] | None,
) -> None:
    """ChangedMeanwhile when the stored (value, note) of a checklist item is someone else's
    change that `answer` would overwrite; `theirs` is its value and note, as one line."""
    if known is None:
        return
    held = stored or ("", "")
    if held == (answer.value, answer.note) or held in known:
        return
    theirs = " — ".join(part for part in held if part)
    raise ChangedMeanwhile(dossier_id, CHECKLIST_PREFIX + answer.item_id, theirs)


# The facts that are no one's edit: stamped by the store.
_STAMPS = ("created_at", "updated_at")


def facts_to_write(dossier: Dossier, known: Sequence[Dossier]) -> list[tuple[str, object]]:
    """(column, value) of the facts this writer changed: all of them when it knows no earlier
    state, else those that differ from any state it knew (what it read, and what it saved
    since; changed back to what it read is a change too). The others stay as they are stored,
    with whatever someone else saved in them."""
    mine = dict(zip(FACT_COLUMNS, fact_values(dossier), strict=True))
    if not known:
        return list(mine.items())
    seen = [dict(zip(FACT_COLUMNS, fact_values(k), strict=True)) for k in known]
    return [(c, v) for c, v in mine.items() if c in _STAMPS or any(v != state[c] for state in seen)]


def check_facts(
    dossier_id: str,
    known: Sequence[Dossier],
    changed: Sequence[tuple[str, object]],
    stored: Sequence[object],
) -> None:
    """ChangedMeanwhile for the first fact this writer changed (`changed`, as facts_to_write
    gives them) that someone else changed too; `stored` holds those facts as the store has
    them, in the same order."""
    seen = [dict(zip(FACT_COLUMNS, fact_values(k), strict=True)) for k in known]
    for (column, value), current in zip(changed, stored, strict=True):
        if column in _STAMPS:
            continue
        if current != value and all(current != state[column] for state in seen):
            raise ChangedMeanwhile(dossier_id, column, "" if current is None else str(current))
