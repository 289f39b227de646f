"""The deviation dossier ("afwijking") and its parts, as plain data without Qt."""

from __future__ import annotations

import calendar
import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Literal, get_args

from igj_afwijken import i18n

RuleKind = Literal[
    "wet", "veldnorm", "richtlijn", "protocol", "kwaliteitskader", "interne-afspraak"
]
RULE_KINDS: tuple[str, ...] = get_args(RuleKind)
LAW: RuleKind = "wet"

Status = Literal["concept", "vastgesteld", "in-evaluatie", "beeindigd"]
STATUSES: tuple[str, ...] = get_args(Status)

# Who can be involved (question 4), the client council's possible advice, why a deviation ended
# and for whom a contact point is; the labels are in the catalogue.
Party = Literal[
    "medewerkers", "clienten", "clientenraad", "naasten", "or-var", "raad-van-toezicht",
    "regionale-partners", "anders",
]  # fmt: skip
PARTIES: tuple[str, ...] = get_args(Party)
AdviceKind = Literal["", "positief", "negatief", "positief-onder-voorwaarden"]
ADVICE_KINDS: tuple[str, ...] = get_args(AdviceKind)
EndReason = Literal["terug-naar-norm", "vervangen"]
END_REASONS: tuple[str, ...] = get_args(EndReason)
Audience = Literal["iedereen", "medewerkers", "clienten", "naasten"]
AUDIENCES: tuple[str, ...] = get_args(Audience)
# Where a deviation goes after it (question 5): back to the norm, or lastingly different, because
# the staff shortage is not expected to pass; "" while not yet chosen.
Direction = Literal["", "terug-naar-norm", "blijvend-anders"]
DIRECTIONS: tuple[str, ...] = get_args(Direction)
SCALE = range(1, 6)  # likelihood and impact of a risk, 1 (low) to 5 (high)
DURATION_MONTHS = range(1, 601)  # how long a deviation is meant to last: up to fifty years

# The dossier's own fields by the names the readiness rules and the window use for them.
DOSSIER_FIELDS: tuple[str, ...] = (
    "title", "organisation", "location", "team", "sector",
    "rule.name", "rule.kind", "rule.source", "rule.section",
    "start_date", "duration_months", "responsible.name", "responsible.role",
    "topics", "next_evaluation", "evaluator", "risks", "involvements", "council_advice",
    "contacts", "evaluations", "attachments", "plain_summaries",
    "rule.built_on_law", "has_supervisory_board", "outlook.stop_criterion", "outlook.direction", "outlook.plan",
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
    # The user confirmed that a rule whose source names a law is the organisation's own
    # guideline or protocol built on that law, not the law's own requirement.
    built_on_law: bool = False

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


def new_part_id() -> str:
    """A short id for a row of a dossier (a risk, an evaluation…), unique within the dossier."""
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Risk:
    """A risk for clients (question 3), before and after the measures taken against it."""

    description: str
    likelihood: int = 3
    impact: int = 3
    measures: str = ""
    owner: str = ""
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    # Why a risk that stays high after the measures is still acceptable, and who decided it.
    explanation: str = ""
    id: str = field(default_factory=new_part_id)

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def residual_score(self) -> int | None:
        if self.residual_likelihood is None or self.residual_impact is None:
            return None
        return self.residual_likelihood * self.residual_impact


@dataclass(frozen=True)
class Involvement:
    """Who was involved (question 4), how, when and with what outcome."""

    party: Party
    how: str = ""
    on: date | None = None
    outcome: str = ""
    id: str = field(default_factory=new_part_id)


@dataclass(frozen=True)
class CouncilAdvice:
    """The client council's advice on the deviation and what was done with it."""

    asked_on: date | None = None
    given_on: date | None = None
    advice: AdviceKind = ""
    text: str = ""
    follow_up: str = ""

    @property
    def is_empty(self) -> bool:
        return self == CouncilAdvice()


@dataclass(frozen=True)
class Outlook:
    """The fixed part of question 5: when the deviation stops, and where it goes from here."""

    stop_criterion: str = ""  # the signals at which the way of working is no longer safe
    direction: Direction = ""
    # The way back to the norm; or, when lastingly different, where the new way of working is
    # brought in (field norm, guideline development, sector body).
    plan: str = ""

    @property
    def is_empty(self) -> bool:
        return self == Outlook()


@dataclass(frozen=True)
class ContactPoint:
    """Where staff, clients or relatives can go with questions and doubts."""

    audience: Audience
    name: str
    role: str = ""
    reach: str = ""  # how to reach them: phone, e-mail, office hours
    id: str = field(default_factory=new_part_id)


@dataclass(frozen=True)
class EvaluationRecord:
    """An evaluation held (question 5): what was found, what was adjusted, when next."""

    held_on: date
    findings: str = ""
    adjustments: str = ""
    next_date: date | None = None
    id: str = field(default_factory=new_part_id)


@dataclass(frozen=True)
class PlainSummary:
    """A question's answer retold in plain words (B1), for the client council's version."""

    question: str  # a question id of the catalogue
    text: str
    id: str = field(default_factory=new_part_id)


@dataclass(frozen=True)
class Adoption:
    """Who adopted ("vastgesteld") the current version, and when."""

    by: Person
    on: date


@dataclass(frozen=True)
class Ending:
    """How a deviation ended: back to the norm, or replaced by another dossier."""

    on: date
    reason: EndReason
    explanation: str = ""
    replaced_by: str = ""  # the id of the dossier that replaces this one


@dataclass(frozen=True)
class Attachment:
    """A file kept with the dossier, such as the client council's advice letter."""

    name: str
    content: bytes = field(repr=False)
    sha256: str
    added_at: datetime
    id: str = field(default_factory=new_part_id)
    # The size of a file named without its content, as an adopted version keeps it.
    known_size: int | None = field(default=None, repr=False)

    @property
    def size(self) -> int:
        return len(self.content) if self.known_size is None else self.known_size


@dataclass(frozen=True)
class Version:
    """An adopted version, frozen: its number, adoption and the dossier as it was then."""

    number: int
    adopted_on: date
    adopted_by: Person
    summary: str  # what changed since the previous version, in a line or two
    # The dossier as stored, in the exchange format's "dossier" shape without versions, kept so
    # that it is written back as it was read; None for a version adopted since it was read.
    snapshot: dict | None = field(default=None, compare=False, repr=False)
    # The frozen dossier, decoded once when the version is read; None if it cannot be read.
    dossier: Dossier | None = field(default=None, repr=False)


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
    risks: tuple[Risk, ...] = ()
    involvements: tuple[Involvement, ...] = ()
    council_advice: CouncilAdvice = field(default_factory=CouncilAdvice)
    contacts: tuple[ContactPoint, ...] = ()
    evaluator: str = ""  # who evaluates
    evaluations: tuple[EvaluationRecord, ...] = ()
    outlook: Outlook = field(default_factory=Outlook)
    has_supervisory_board: bool | None = None  # whether the organisation has a raad van toezicht
    # Fingerprints (see privacy_fingerprint) of plain texts the user checked for what could
    # identify a client; a text changed afterwards is checked again.
    privacy_checked: tuple[str, ...] = ()
    plain_summaries: tuple[PlainSummary, ...] = ()
    adoption: Adoption | None = None
    ending: Ending | None = None
    versions: tuple[Version, ...] = ()
    attachments: tuple[Attachment, ...] = ()
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

    @property
    def version_number(self) -> int:
        """The number of the last adopted version; 0 before the first adoption."""
        return self.versions[-1].number if self.versions else 0

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
        if isinstance(value, tuple):  # topics are ids; rows of a table count as present
            return " ".join(v if isinstance(v, str) else "•" for v in value)
        if isinstance(value, CouncilAdvice):
            return "" if value.is_empty else value.advice or "•"
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bool):
            return "ja" if value else "nee"
        return "" if value is None else str(value)

    def plain_summary(self, question_id: str) -> str:
        return next((p.text for p in self.plain_summaries if p.question == question_id), "")

    def set_checklist_answer(self, answer: ChecklistAnswer) -> None:
        self.checklist[answer.item_id] = answer
        self.updated_at = max(self.updated_at, answer.updated_at)

    def copy(self, **changes) -> Dossier:
        return replace(self, answers=dict(self.answers), checklist=dict(self.checklist), **changes)


def privacy_fingerprint(place: str, text: str) -> str:
    """What the dossier keeps of a plain text the user checked: the place and a hash of the
    text, so a later change to the text asks for a new check."""
    digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
    return f"{place}:{digest}"


def check_values(dossier: Dossier) -> None:
    """ValueError when a field holds what the window and the documents cannot work with: a
    choice outside its fixed set, a duration outside its range (a store changed by another tool)."""
    if dossier.duration_months is not None and dossier.duration_months not in DURATION_MONTHS:
        raise ValueError(
            i18n.translate("rows", "{value} ligt niet tussen {first} en {last}").format(
                value=dossier.duration_months, first=DURATION_MONTHS[0], last=DURATION_MONTHS[-1]
            )
        )
    chosen: list[tuple[str, tuple[str, ...]]] = [
        (dossier.status, STATUSES),
        (dossier.rule.kind, RULE_KINDS),
        (dossier.council_advice.advice, ADVICE_KINDS),
        (dossier.outlook.direction, DIRECTIONS),
        *((answer.value, CHECKLIST_VALUES) for answer in dossier.checklist.values()),
    ]
    if dossier.ending is not None:
        chosen.append((dossier.ending.reason, END_REASONS))
    for value, choices in chosen:
        if value not in choices:
            raise ValueError(
                i18n.translate("rows", "'{value}' is geen bekende keuze").format(
                    value=str(value)[:40]
                )
            )
