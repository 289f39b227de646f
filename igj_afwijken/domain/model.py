"""The deviation dossier ("afwijking") and its parts, as plain data without Qt."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Literal, get_args

RuleKind = Literal[
    "wet", "veldnorm", "richtlijn", "protocol", "kwaliteitskader", "interne-afspraak"
]
RULE_KINDS: tuple[str, ...] = get_args(RuleKind)
LAW: RuleKind = "wet"

Status = Literal["concept", "vastgesteld", "in-evaluatie", "beeindigd"]
STATUSES: tuple[str, ...] = get_args(Status)

# The dossier's own fields by the names the readiness rules and the window use for them.
DOSSIER_FIELDS: tuple[str, ...] = (
    "title", "organisation", "location", "team", "sector",
    "rule.name", "rule.kind", "rule.source", "rule.section",
    "start_date", "duration_months", "responsible.name", "responsible.role",
    "topics", "next_evaluation",
)  # fmt: skip

# How a checklist item is answered; "" while it is still open.
ChecklistValue = Literal["", "ja", "nee", "nvt"]
CHECKLIST_VALUES: tuple[str, ...] = get_args(ChecklistValue)


def utc_now() -> datetime:
    """The current time in UTC, to the second (stored times never carry microseconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def new_dossier_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Rule:
    """The rule deviated from: what it is called, what kind of rule it is and where it stands."""

    name: str = ""
    kind: RuleKind = "richtlijn"
    source: str = ""
    section: str = ""

    @property
    def is_law(self) -> bool:
        return self.kind == LAW


@dataclass(frozen=True)
class Person:
    name: str = ""
    role: str = ""


@dataclass(frozen=True)
class Answer:
    """An answer to one sub-question, with the wording of the question it was given under."""

    question_id: str
    text: str
    catalogue_version: str
    question_text: str
    updated_at: datetime

    @property
    def is_answered(self) -> bool:
        return bool(self.text.strip())


@dataclass(frozen=True)
class ChecklistAnswer:
    """The answer to one item of a topic checklist, with the item's wording at the time."""

    item_id: str
    value: ChecklistValue
    note: str
    item_text: str
    updated_at: datetime

    @property
    def is_answered(self) -> bool:
        return self.value != ""


@dataclass
class Dossier:
    """One deviation from a rule, with everything needed to explain it to the inspectorate."""

    title: str
    id: str = field(default_factory=new_dossier_id)
    organisation: str = ""
    location: str = ""
    team: str = ""
    sector: str = ""
    rule: Rule = field(default_factory=Rule)
    start_date: date | None = None
    duration_months: int | None = None
    responsible: Person = field(default_factory=Person)
    answers: dict[str, Answer] = field(default_factory=dict)
    status: Status = "concept"
    topics: tuple[str, ...] = ()  # ids of the checklist topics the deviation is about
    next_evaluation: date | None = None
    checklist: dict[str, ChecklistAnswer] = field(default_factory=dict)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    @property
    def end_date(self) -> date | None:
        """The intended end of the deviation, if a start date and a duration are known."""
        if self.start_date is None or not self.duration_months:
            return None
        month_index = self.start_date.month - 1 + self.duration_months
        year = self.start_date.year + month_index // 12
        month = month_index % 12 + 1
        day = min(self.start_date.day, calendar.monthrange(year, month)[1])
        return date(year, month, day)

    def answer_text(self, question_id: str) -> str:
        answer = self.answers.get(question_id)
        return answer.text if answer else ""

    def set_answer(self, answer: Answer) -> None:
        self.answers[answer.question_id] = answer
        self.updated_at = max(self.updated_at, answer.updated_at)

    def field_text(self, name: str) -> str:
        """One of DOSSIER_FIELDS as text, "" when it is not filled in."""
        value = self
        for part in name.split("."):
            value = getattr(value, part)
        if isinstance(value, tuple):
            return " ".join(value)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)

    def set_checklist_answer(self, answer: ChecklistAnswer) -> None:
        self.checklist[answer.item_id] = answer
        self.updated_at = max(self.updated_at, answer.updated_at)

    def copy(self, **changes) -> Dossier:
        return replace(self, answers=dict(self.answers), checklist=dict(self.checklist), **changes)
