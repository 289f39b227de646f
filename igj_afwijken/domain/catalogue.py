"""The question catalogue: the five IGJ questions and their sub-questions, read from resources/."""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import cast

from igj_afwijken import i18n, paths
from igj_afwijken.domain.model import (
    ADVICE_KINDS,
    AUDIENCES,
    CHECKLIST_VALUES,
    DIRECTIONS,
    DOSSIER_FIELDS,
    END_REASONS,
    PARTIES,
    RULE_KINDS,
    SCALE,
    STATUSES,
    Answer,
    ChecklistAnswer,
    ChecklistValue,
    utc_now,
)

PLAIN_PREFIX = "plain."  # a field "plain.<question id>": that question in plain words
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")


class CatalogueError(Exception):
    """The catalogue file is missing or does not have the expected shape."""


@dataclass(frozen=True)
class Example:
    """An example answer; one with sectors is shown first to users in those sectors."""

    text: str
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class SubQuestion:
    id: str
    text: str
    help: str  # what the question asks, in plain words
    inspectie: str  # what an inspector looks for in the answer
    examples: tuple[Example, ...]

    def examples_for(self, sector: str) -> list[Example]:
        """The examples that fit a sector, the sector's own first."""
        own = [e for e in self.examples if sector and sector in e.sectors]
        general = [e for e in self.examples if not e.sectors]
        return own + general or list(self.examples)


@dataclass(frozen=True)
class Question:
    id: str
    number: int
    short: str  # a few words for navigation
    text: str
    why: str  # why the question matters, shown at the top of its step
    help: str
    inspectie: str
    subquestions: tuple[SubQuestion, ...]


@dataclass(frozen=True)
class SectorTip:
    sector: str
    question: str  # a sub-question id
    text: str


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    topic: str
    question: str  # the sub-question the item belongs with
    text: str


@dataclass(frozen=True)
class Topic:
    """What a deviation can be about (volunteers, flex workers…), with its checklist."""

    id: str
    title: str
    description: str
    source: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class ReadinessRule:
    """One check of "Klaar voor het inspectiebezoek?"; see controle.nl.toml for the kinds."""

    id: str
    kind: str
    weight: str
    messages: dict[str, str] = field(default_factory=dict)  # further messages, by situation
    field: str = ""
    fields: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    satisfied_by: tuple[str, ...] = ()  # "risks", "council_advice", "involvements:<party>"
    parties: tuple[str, ...] = ()  # who of the register of involvement a rule is about
    audiences: tuple[str, ...] = ()  # for whom a contact point counts
    documents: tuple[str, ...] = ()  # the document kinds a rule is about (template names)
    minimum: int = 0
    message: str = ""
    missing: str = ""
    past: str = ""


@dataclass(frozen=True)
class Catalogue:
    version: str
    language: str
    title: str
    source: str
    law_gate_title: str
    law_gate_explanation: str
    rule_kinds: dict[str, str]
    statuses: dict[str, str]
    sectors: dict[str, str]
    readiness: dict[str, str]  # the words of the readiness check: weights and verdicts
    step_intros: dict[str, str]
    questions: tuple[Question, ...]
    topics: tuple[Topic, ...] = ()
    sector_tips: tuple[SectorTip, ...] = ()
    rules: tuple[ReadinessRule, ...] = ()
    field_labels: dict[str, str] = field(default_factory=dict)
    # The step that holds a dossier field: "start", a question id or "document"; unnamed: start.
    field_steps: dict[str, str] = field(default_factory=dict)
    step_labels: dict[str, str] = field(default_factory=dict)  # "start" → "Start"
    checklist_values: dict[str, str] = field(default_factory=dict)  # "ja" → "Ja"; "" → open
    parties: dict[str, str] = field(default_factory=dict)
    plain_headings: dict[str, str] = field(default_factory=dict)  # each question in plain words
    advice_questions: tuple[str, ...] = ()  # what the letter to the client council asks
    advice_reply_days: int = 28
    document_kinds: dict[str, str] = field(default_factory=dict)  # template name → its name
    advice_kinds: dict[str, str] = field(default_factory=dict)
    audiences: dict[str, str] = field(default_factory=dict)
    end_reasons: dict[str, str] = field(default_factory=dict)
    directions: dict[str, str] = field(default_factory=dict)  # question 5: back, or lasting
    likelihood: dict[int, str] = field(default_factory=dict)
    impact: dict[int, str] = field(default_factory=dict)

    def subquestions(self) -> list[SubQuestion]:
        return [sub for question in self.questions for sub in question.subquestions]

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def subquestion(self, question_id: str) -> SubQuestion:
        for sub in self.subquestions():
            if sub.id == question_id:
                return sub
        raise KeyError(question_id)

    def subquestion_text(self, question_id: str) -> str:
        """A sub-question's words; its id for one this catalogue does not know (any more)."""
        try:
            return self.subquestion(question_id).text
        except KeyError:
            return question_id

    def question_of(self, subquestion_id: str) -> Question:
        for question in self.questions:
            if any(sub.id == subquestion_id for sub in question.subquestions):
                return question
        raise KeyError(subquestion_id)

    def all_ids(self) -> set[str]:
        return {q.id for q in self.questions} | {s.id for s in self.subquestions()}

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def checklist_item(self, item_id: str) -> ChecklistItem:
        for topic in self.topics:
            for item in topic.items:
                if item.id == item_id:
                    return item
        raise KeyError(item_id)

    def chosen_topics(self, topic_ids: Iterable[str]) -> list[Topic]:
        """The known topics among the ids, in catalogue order."""
        wanted = set(topic_ids)
        return [topic for topic in self.topics if topic.id in wanted]

    def checklist_items_for(
        self, subquestion_id: str, topic_ids: Iterable[str]
    ) -> list[ChecklistItem]:
        return [
            item
            for topic in self.chosen_topics(topic_ids)
            for item in topic.items
            if item.question == subquestion_id
        ]

    def tips_for(self, subquestion_id: str, sector: str) -> list[SectorTip]:
        return [t for t in self.sector_tips if t.question == subquestion_id and t.sector == sector]

    def step_of(self, name: str) -> str:
        """The step that holds a field: "start", a question id, or "document"."""
        if name.startswith(PLAIN_PREFIX):
            return name.removeprefix(PLAIN_PREFIX)
        if name in self.field_steps or name in DOSSIER_FIELDS:
            return self.field_steps.get(name, "start")
        try:
            return self.question_of(name).id
        except KeyError:
            pass
        try:
            return self.question_of(self.checklist_item(name).question).id
        except KeyError:
            return "start"

    def step_title(self, step: str) -> str:
        """A step as the window's step list names it: "Start", "3. Veiligheid"."""
        for question in self.questions:
            if question.id == step:
                return f"{question.number}. {question.short}"
        return self.step_labels.get(step, step)

    def field_label(self, name: str) -> str:
        """Where a finding is, in words a manager recognises: "Vraag 3, Veiligheid"."""
        if name in self.field_labels:
            return self.field_labels[name]
        if name.startswith(PLAIN_PREFIX):
            with contextlib.suppress(KeyError):
                question = self.question(name.removeprefix(PLAIN_PREFIX))
                return self.field_labels["plain"].format(
                    number=question.number, short=question.short
                )
        try:
            question = self.question_of(name)
            return self.field_labels["question"].format(
                number=question.number, short=question.short
            )
        except KeyError:
            pass
        try:
            topic = self.topic(self.checklist_item(name).topic)
            return self.field_labels["checklist"].format(topic=topic.title)
        except KeyError:
            return name

    def make_answer(self, question_id: str, text: str, at: datetime | None = None) -> Answer:
        """An answer stamped with this catalogue's version and the question's current wording."""
        return Answer(
            question_id=question_id,
            text=text,
            catalogue_version=self.version,
            question_text=self.subquestion(question_id).text,
            updated_at=at or utc_now(),
        )

    def make_checklist_answer(
        self, item_id: str, value: str, note: str, at: datetime | None = None
    ) -> ChecklistAnswer:
        if value not in CHECKLIST_VALUES:
            raise ValueError(f"unknown checklist value {value!r}")
        return ChecklistAnswer(
            item_id=item_id,
            value=cast(ChecklistValue, value),  # one of CHECKLIST_VALUES, checked above
            note=note,
            item_text=self.checklist_item(item_id).text,
            updated_at=at or utc_now(),
        )


QUESTIONS_FILE = "vragen"
CHECKLISTS_FILE = "checklists"
READINESS_FILE = "controle"
WEIGHTS = ("blokkerend", "aandachtspunt")
RULE_CHECKS = (
    "law_gate",
    "law_triggers",
    "unanswered",
    "field_empty",
    "evaluation_date",
    "mentions",
    "min_words",
    "checklist_open",
    "checklist_no",
    "risk_incomplete",
    "risk_stays_high",
    "council_advice",
    "involvement_timing",
    "supervisory_board",
    "period_ended",
    "contact_for",
    "outlook",
    "plain_summaries",
    "summary_jargon",
    "advice_in_time",
    "privacy",
)


def catalogue_dir() -> Path:
    return paths.resources_dir() / "catalogue"


def load_catalogue(language: str = "") -> Catalogue:
    """The catalogue in a language (the program's current one by default), parsed once."""
    return _load_catalogue(language or i18n.language())


@cache
def _load_catalogue(language: str) -> Catalogue:
    return read_catalogue(catalogue_dir(), language)


def read_catalogue(folder: Path, language: str = "nl") -> Catalogue:
    """Read the questions, the topic checklists and the readiness rules of one language."""
    parts = {
        name: _read_toml(folder / f"{name}.{language}.toml")
        for name in (QUESTIONS_FILE, CHECKLISTS_FILE, READINESS_FILE)
    }
    try:
        catalogue = _build(parts[QUESTIONS_FILE], parts[CHECKLISTS_FILE], parts[READINESS_FILE])
    except (KeyError, TypeError, ValueError) as error:
        raise CatalogueError(
            f"the question catalogue in {folder} is malformed: {error!r}"
        ) from error
    _check(catalogue, folder)
    return catalogue


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise CatalogueError(f"cannot read the question catalogue {path}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"the question catalogue {path} is not valid TOML: {error}") from error


def _build(data: dict, checklists: dict, readiness: dict) -> Catalogue:
    questions = tuple(
        Question(
            id=q["id"],
            number=int(q["number"]),
            short=q["short"],
            text=q["text"],
            why=q["why"],
            help=q["help"],
            inspectie=q["inspectie"],
            subquestions=tuple(
                SubQuestion(
                    id=s["id"],
                    text=s["text"],
                    help=s["help"],
                    inspectie=s["inspectie"],
                    examples=tuple(
                        Example(text=e["text"], sectors=tuple(e.get("sectors", ())))
                        for e in s["examples"]
                    ),
                )
                for s in q["subquestions"]
            ),
        )
        for q in data["questions"]
    )
    topics = tuple(
        Topic(
            id=t["id"],
            title=t["title"],
            description=t["description"],
            source=t["source"],
            items=tuple(
                ChecklistItem(id=i["id"], topic=t["id"], question=i["question"], text=i["text"])
                for i in t["items"]
            ),
        )
        for t in checklists["topics"]
    )
    rules = tuple(
        ReadinessRule(
            id=r["id"],
            kind=r["kind"],
            weight=r["weight"],
            field=r.get("field", ""),
            fields=tuple(r.get("fields", ())),
            words=tuple(r.get("words", ())),
            exact=tuple(r.get("exact", ())),
            parts=tuple(r.get("parts", ())),
            satisfied_by=tuple(r.get("satisfied_by", ())),
            parties=tuple(r.get("parties", ())),
            audiences=tuple(r.get("audiences", ())),
            documents=tuple(r.get("documents", ())),
            minimum=int(r.get("minimum", 0)),
            message=r.get("message", ""),
            missing=r.get("missing", ""),
            past=r.get("past", ""),
            messages=dict(r.get("messages", {})),
        )
        for r in readiness["rules"]
    )
    return Catalogue(
        version=str(data["version"]),
        language=data["language"],
        title=data["title"],
        source=data["source"],
        law_gate_title=data["law_gate"]["title"],
        law_gate_explanation=data["law_gate"]["explanation"],
        rule_kinds=dict(data["rule_kinds"]),
        statuses=dict(data["statuses"]),
        sectors=dict(data["sectors"]),
        readiness={k: v for k, v in readiness.items() if isinstance(v, str)},
        step_intros=dict(data["steps"]),
        questions=questions,
        topics=topics,
        sector_tips=tuple(
            SectorTip(sector=t["sector"], question=t["question"], text=t["text"])
            for t in data.get("sector_tips", ())
        ),
        rules=rules,
        field_labels=dict(readiness["field_labels"]),
        field_steps=dict(readiness.get("field_steps", {})),
        step_labels=dict(readiness.get("step_labels", {})),
        parties=dict(data["parties"]),
        plain_headings=dict(data.get("plain_headings", {})),
        advice_questions=tuple(data.get("advice_request", {}).get("questions", ())),
        document_kinds=dict(data.get("document_kinds", {})),
        advice_reply_days=int(data.get("advice_request", {}).get("reply_days", 28)),
        advice_kinds=dict(data["advice_kinds"]),
        audiences=dict(data["audiences"]),
        end_reasons=dict(data["end_reasons"]),
        directions=dict(data["directions"]),
        likelihood={int(k): v for k, v in data["likelihood"].items()},
        impact={int(k): v for k, v in data["impact"].items()},
        checklist_values={
            value: checklists["values"]["open" if value == "" else value]
            for value in CHECKLIST_VALUES
        },
    )


def _check(catalogue: Catalogue, path: Path) -> None:
    ids = [q.id for q in catalogue.questions] + [s.id for s in catalogue.subquestions()]
    item_ids = [item.id for topic in catalogue.topics for item in topic.items]
    topic_ids = [topic.id for topic in catalogue.topics]
    everything = ids + item_ids + topic_ids
    duplicates = sorted({i for i in everything if everything.count(i) > 1})
    if duplicates:
        raise CatalogueError(f"{path}: duplicate ids {duplicates}")
    bad = [i for i in everything if not ID_PATTERN.match(i)]
    if bad:
        raise CatalogueError(f"{path}: malformed ids {bad}")
    subquestion_ids = {s.id for s in catalogue.subquestions()}
    for question in catalogue.questions:
        if not question.subquestions:
            raise CatalogueError(f"{path}: question {question.id} has no sub-questions")
        for sub in question.subquestions:
            if not sub.id.startswith(question.id + "."):
                raise CatalogueError(f"{path}: {sub.id} does not belong to {question.id}")
            if not sub.examples:
                raise CatalogueError(f"{path}: {sub.id} has no example answer")
            for example in sub.examples:
                _check_sectors(catalogue, path, sub.id, example.sectors)
    if set(catalogue.rule_kinds) != set(RULE_KINDS):
        raise CatalogueError(f"{path}: rule_kinds must name exactly {list(RULE_KINDS)}")
    for labels, keys in (
        (catalogue.parties, PARTIES),
        (catalogue.advice_kinds, ADVICE_KINDS),
        (catalogue.audiences, AUDIENCES),
        (catalogue.end_reasons, END_REASONS),
        (catalogue.directions, DIRECTIONS[1:]),
        (catalogue.likelihood, tuple(SCALE)),
        (catalogue.impact, tuple(SCALE)),
    ):
        if set(labels) != set(keys):
            raise CatalogueError(f"{path}: labels must name exactly {list(keys)}")
    if set(catalogue.statuses) != set(STATUSES):
        raise CatalogueError(f"{path}: statuses must name exactly {list(STATUSES)}")
    for topic in catalogue.topics:
        if not topic.items:
            raise CatalogueError(f"{path}: topic {topic.id} has no checklist items")
        for item in topic.items:
            if not item.id.startswith(topic.id + "."):
                raise CatalogueError(f"{path}: {item.id} does not belong to {topic.id}")
            if item.question not in subquestion_ids:
                raise CatalogueError(f"{path}: {item.id} names an unknown question {item.question}")
    for tip in catalogue.sector_tips:
        _check_sectors(catalogue, path, tip.question, (tip.sector,))
        if tip.question not in subquestion_ids:
            raise CatalogueError(f"{path}: a sector tip names an unknown question {tip.question}")
    missing_labels = {"question", "checklist", "plain", *DOSSIER_FIELDS} - set(
        catalogue.field_labels
    )
    if missing_labels:
        raise CatalogueError(f"{path}: field_labels lacks {sorted(missing_labels)}")
    fields = subquestion_ids | set(item_ids) | set(DOSSIER_FIELDS)
    for rule in catalogue.rules:
        if rule.kind not in RULE_CHECKS or rule.weight not in WEIGHTS:
            raise CatalogueError(f"{path}: readiness rule {rule.id} has an unknown kind or weight")
        tables = {"risks", "council_advice", *(f"involvements:{p}" for p in PARTIES)}
        if set(rule.satisfied_by) - tables:
            raise CatalogueError(f"{path}: readiness rule {rule.id} names unknown tables")
        unknown = [f for f in (rule.field, *rule.fields) if f and f not in fields]
        if unknown:
            raise CatalogueError(f"{path}: readiness rule {rule.id} names unknown fields {unknown}")
        if set(rule.parties) - set(PARTIES) or set(rule.audiences) - set(AUDIENCES):
            raise CatalogueError(f"{path}: readiness rule {rule.id} names unknown parties")
    unknown_steps = set(catalogue.field_steps) - set(DOSSIER_FIELDS)
    known_steps = {"start", "document", *(q.id for q in catalogue.questions)}
    if unknown_steps or set(catalogue.field_steps.values()) - known_steps:
        raise CatalogueError(f"{path}: field_steps names unknown fields or steps")


def _check_sectors(catalogue: Catalogue, path: Path, where: str, sectors: Iterable[str]) -> None:
    unknown = [s for s in sectors if s not in catalogue.sectors]
    if unknown:
        raise CatalogueError(f"{path}: {where} names unknown sectors {unknown}")
