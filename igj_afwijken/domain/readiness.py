"""Whether a dossier is ready to show an inspector, and the law gate that no dossier passes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from igj_afwijken.domain.catalogue import Catalogue, ReadinessRule
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.text import count_words, long_date

Weight = Literal["blokkerend", "aandachtspunt"]
BLOCKING: Weight = "blokkerend"
ATTENTION: Weight = "aandachtspunt"

RULE_KIND_FIELD = "rule.kind"


class LawGateError(Exception):
    """The dossier deviates from a law; the message explains to the user why that is not possible."""


class NotReadyError(Exception):
    """The dossier still has blocking findings and cannot be adopted."""


@dataclass(frozen=True)
class Finding:
    weight: Weight
    field: str  # a sub-question or checklist item id, or a dossier field such as "rule.kind"
    message: str
    rule: str = ""  # the id of the readiness rule that found it

    @property
    def is_blocking(self) -> bool:
        return self.weight == BLOCKING


def law_gate_message(catalogue: Catalogue) -> str:
    return f"{catalogue.law_gate_title}. {catalogue.law_gate_explanation}"


def check_law_gate(dossier: Dossier, catalogue: Catalogue) -> None:
    """Raise LawGateError when the dossier deviates from a law."""
    if dossier.rule.is_law:
        raise LawGateError(law_gate_message(catalogue))


def assess(dossier: Dossier, catalogue: Catalogue, today: date | None = None) -> list[Finding]:
    """Everything that stands between this dossier and a justification an inspector accepts.

    The rules are data (controle.nl.toml); blocking findings come first, each group in the
    order of the rules.
    """
    context = _Context(dossier, catalogue, today or date.today())
    findings = [
        finding for rule in catalogue.rules for finding in _CHECKS[rule.kind](rule, context)
    ]
    return sorted(findings, key=lambda finding: not finding.is_blocking)


def is_ready(findings: list[Finding]) -> bool:
    return not any(finding.is_blocking for finding in findings)


READY, ATTENTION_LEFT, NOT_READY = "klaar", "aandacht", "open"


def readiness_state(findings: list[Finding]) -> str:
    """The register's one-word verdict: "klaar", "aandacht" (points of attention) or "open"."""
    if not is_ready(findings):
        return NOT_READY
    return ATTENTION_LEFT if findings else READY


def start_progress(dossier: Dossier) -> tuple[int, int]:
    """How many of the facts an inspector expects on the first page are filled in."""
    filled = (
        dossier.title.strip(),
        dossier.organisation.strip(),
        dossier.rule.name.strip(),
        dossier.rule.source.strip(),
        dossier.start_date,
        dossier.duration_months,
        dossier.responsible.name.strip(),
    )
    return sum(bool(value) for value in filled), len(filled)


def question_progress(dossier: Dossier, catalogue: Catalogue) -> dict[str, tuple[int, int]]:
    """Per question id: how many of its sub-questions are answered, and how many there are."""
    return {
        question.id: (
            sum(bool(dossier.answer_text(sub.id).strip()) for sub in question.subquestions),
            len(question.subquestions),
        )
        for question in catalogue.questions
    }


@dataclass(frozen=True)
class _Context:
    dossier: Dossier
    catalogue: Catalogue
    today: date

    def answer(self, question_id: str) -> str:
        return self.dossier.answer_text(question_id).strip()


def _finding(rule: ReadinessRule, field: str, message: str) -> Finding:
    return Finding(rule.weight, field, message, rule.id)  # type: ignore[arg-type]


def _law_gate(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    if c.dossier.rule.is_law:
        yield _finding(rule, rule.field or RULE_KIND_FIELD, law_gate_message(c.catalogue))


def _unanswered(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    for question in c.catalogue.questions:
        for sub in question.subquestions:
            if not c.answer(sub.id):
                yield _finding(
                    rule, sub.id, rule.message.format(number=question.number, text=sub.text)
                )


def _field_empty(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    if not c.dossier.field_text(rule.field).strip():
        yield _finding(rule, rule.field, rule.message)


def _evaluation_date(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    planned = c.dossier.next_evaluation
    if planned is None:
        yield _finding(rule, rule.field, rule.missing)
    elif planned < c.today:
        yield _finding(rule, rule.field, rule.past.format(date=long_date(planned)))


@cache
def _mention_pattern(
    words: tuple[str, ...], exact: tuple[str, ...], parts: tuple[str, ...]
) -> re.Pattern[str]:
    # `words` match where a word starts ("medewerker" in "medewerkers"), `exact` ones only as a
    # whole word ("or", not "orde"), `parts` anywhere in a word ("risico" in "valrisico").
    alternatives = [rf"(?<!\w){re.escape(_normalise(w))}" for w in words]
    alternatives += [rf"(?<!\w){re.escape(_normalise(w))}(?!\w)" for w in exact]
    alternatives += [re.escape(_normalise(w)) for w in parts]
    return re.compile("|".join(alternatives))


def _normalise(text: str) -> str:
    """Lower case, composed accents and single spaces, so pasted text matches as typed text."""
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _satisfied_by_tables(rule: ReadinessRule, dossier: Dossier) -> bool:
    """A risk in the table, or a party in the register of involvement, counts as named."""
    for table in rule.satisfied_by:
        kind, _, party = table.partition(":")
        if kind == "risks" and dossier.risks:
            return True
        if kind == "council_advice" and not dossier.council_advice.is_empty:
            return True
        if kind == "involvements" and any(i.party == party for i in dossier.involvements):
            return True
    return False


def _mentions(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    if _satisfied_by_tables(rule, c.dossier):
        return
    texts = [c.answer(field) for field in rule.fields]
    if not all(texts):
        return  # an unanswered question is already a finding of its own
    pattern = _mention_pattern(rule.words, rule.exact, rule.parts)
    if not pattern.search(_normalise(" ".join(texts))):
        yield _finding(rule, rule.field, rule.message)


def _min_words(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    if rule.fields:
        fields = list(rule.fields)
    else:  # every sub-question that no more particular length rule looks after
        particular = {
            field
            for other in c.catalogue.rules
            if other.kind == "min_words" and other is not rule
            for field in other.fields
        }
        fields = [s.id for s in c.catalogue.subquestions() if s.id not in particular]
    for field in fields:
        text = c.answer(field)
        words = count_words(text)
        if text and words < rule.minimum:
            sub_text = c.catalogue.subquestion(field).text
            yield _finding(rule, field, rule.message.format(text=sub_text, words=words))


def _checklist_open(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    for topic in c.catalogue.chosen_topics(c.dossier.topics):
        open_items = [
            item
            for item in topic.items
            if not (answer := c.dossier.checklist.get(item.id)) or not answer.is_answered
        ]
        if open_items:
            message = rule.message.format(topic=topic.title, count=len(open_items))
            yield _finding(rule, open_items[0].id, message)


_CHECKS: dict[str, Callable[[ReadinessRule, _Context], Iterator[Finding]]] = {
    "law_gate": _law_gate,
    "unanswered": _unanswered,
    "field_empty": _field_empty,
    "evaluation_date": _evaluation_date,
    "mentions": _mentions,
    "min_words": _min_words,
    "checklist_open": _checklist_open,
}
