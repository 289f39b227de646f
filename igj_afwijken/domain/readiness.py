"""Whether a dossier is ready to show an inspector, and the law gate that no dossier passes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier

Weight = Literal["blokkerend", "aandachtspunt"]
BLOCKING: Weight = "blokkerend"
ATTENTION: Weight = "aandachtspunt"

TITLE_FIELD = "title"
RULE_KIND_FIELD = "rule.kind"
RULE_NAME_FIELD = "rule.name"


class LawGateError(Exception):
    """The dossier deviates from a law; the message explains to the user why that is not possible."""


class NotReadyError(Exception):
    """The dossier still has blocking findings and cannot be adopted."""


@dataclass(frozen=True)
class Finding:
    weight: Weight
    field: str  # a question id from the catalogue, or a dossier field such as "rule.kind"
    message: str

    @property
    def is_blocking(self) -> bool:
        return self.weight == BLOCKING


def law_gate_message(catalogue: Catalogue) -> str:
    return f"{catalogue.law_gate_title}. {catalogue.law_gate_explanation}"


def check_law_gate(dossier: Dossier, catalogue: Catalogue) -> None:
    """Raise LawGateError when the dossier deviates from a law."""
    if dossier.rule.is_law:
        raise LawGateError(law_gate_message(catalogue))


def assess(dossier: Dossier, catalogue: Catalogue) -> list[Finding]:
    """Everything that stands between this dossier and a justification an inspector accepts."""
    findings: list[Finding] = []
    texts = catalogue.readiness
    if dossier.rule.is_law:
        findings.append(Finding(BLOCKING, RULE_KIND_FIELD, law_gate_message(catalogue)))
    for question in catalogue.questions:
        for sub in question.subquestions:
            if not dossier.answer_text(sub.id).strip():
                message = texts["unanswered"].format(number=question.number, text=sub.text)
                findings.append(Finding(BLOCKING, sub.id, message))
    if not dossier.title.strip():
        findings.append(Finding(ATTENTION, TITLE_FIELD, texts["no_title"]))
    if not dossier.rule.name.strip():
        findings.append(Finding(ATTENTION, RULE_NAME_FIELD, texts["no_rule_name"]))
    return findings


def is_ready(findings: list[Finding]) -> bool:
    return not any(finding.is_blocking for finding in findings)


def adopt(dossier: Dossier, catalogue: Catalogue) -> None:
    """Finalise the dossier ("vaststellen"); refused for a law and while anything blocks."""
    check_law_gate(dossier, catalogue)
    blocking = [f for f in assess(dossier, catalogue) if f.is_blocking]
    if blocking:
        raise NotReadyError("\n".join(f.message for f in blocking))
    dossier.status = "vastgesteld"


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
