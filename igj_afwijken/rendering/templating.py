"""The Jinja environment over templates/ and the document context built from the domain model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import jinja2

from igj_afwijken import APP_NAME, __version__, paths
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import check_law_gate
from igj_afwijken.domain.text import date_nl
from igj_afwijken.lifecycle import changed_since_adoption, summarise
from igj_afwijken.rendering.markdown import to_html

TEMPLATE_SUFFIX = ".html.j2"
DEFAULT_TEMPLATE = "verantwoording"


class TemplateError(Exception):
    """A template is unknown or cannot be rendered; the message is meant for the user."""


@dataclass(frozen=True)
class PartView:
    """One sub-question as the document shows it."""

    id: str
    text: str
    answer: str
    answered: bool
    asked_in_version: str | None  # set when the answer was given under other wording


@dataclass(frozen=True)
class QuestionView:
    id: str
    number: int
    text: str
    parts: tuple[PartView, ...]


@dataclass(frozen=True)
class ChecklistRowView:
    text: str
    value: str  # "", "ja", "nee" or "nvt"
    value_label: str
    note: str


@dataclass(frozen=True)
class TopicView:
    id: str
    title: str
    source: str
    rows: tuple[ChecklistRowView, ...]


def datetime_nl(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{date_nl(local)}, {local:%H.%M} uur"


@cache
def environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """One environment per templates folder, shared by every render (templates compile once)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir or paths.templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["markdown"] = to_html
    env.filters["date_nl"] = date_nl
    env.filters["datetime_nl"] = datetime_nl
    return env


def template_names(templates_dir: Path | None = None) -> list[str]:
    folder = templates_dir or paths.templates_dir()
    return sorted(
        p.name.removesuffix(TEMPLATE_SUFFIX)
        for p in folder.iterdir()
        if p.name.endswith(TEMPLATE_SUFFIX) and not p.name.startswith("_")
    )


def question_views(dossier: Dossier, catalogue: Catalogue) -> list[QuestionView]:
    views = []
    for question in catalogue.questions:
        parts = []
        for sub in question.subquestions:
            answer = dossier.answers.get(sub.id)
            answered = answer is not None and answer.is_answered
            reworded = answered and answer.question_text != sub.text
            parts.append(
                PartView(
                    id=sub.id,
                    text=answer.question_text if reworded else sub.text,
                    answer=answer.text if answered else "",
                    answered=answered,
                    asked_in_version=answer.catalogue_version if reworded else None,
                )
            )
        views.append(QuestionView(question.id, question.number, question.text, tuple(parts)))
    return views


def checklist_views(dossier: Dossier, catalogue: Catalogue) -> list[TopicView]:
    """The checklists of the dossier's topics; an answered item keeps the wording it had."""
    views = []
    for topic in catalogue.chosen_topics(dossier.topics):
        rows = []
        for item in topic.items:
            answer = dossier.checklist.get(item.id)
            value = answer.value if answer else ""
            rows.append(
                ChecklistRowView(
                    text=answer.item_text if answer and answer.is_answered else item.text,
                    value=value,
                    value_label=catalogue.checklist_values[value],
                    note=answer.note if answer else "",
                )
            )
        views.append(TopicView(topic.id, topic.title, topic.source, tuple(rows)))
    return views


# Cell colours of the risk matrix by likelihood × impact: calm, and readable in black and white.
MATRIX_COLOURS = ((4, "#d7ecd3"), (9, "#f7ecb5"), (14, "#f6cf9c"), (25, "#eeaaa0"))


@dataclass(frozen=True)
class MatrixCell:
    likelihood: int
    numbers: str  # the numbers of the risks in this cell, "1, 3"
    colour: str


def risk_matrix(dossier: Dossier, residual: bool = False) -> list[tuple[int, list[MatrixCell]]]:
    """The 5 × 5 matrix as rows from impact 5 down to 1, each with its five cells."""
    placed: dict[tuple[int, int], list[str]] = {}
    for number, risk in enumerate(dossier.risks, start=1):
        if residual:
            if risk.residual_likelihood is None or risk.residual_impact is None:
                continue
            where = (risk.residual_likelihood, risk.residual_impact)
        else:
            where = (risk.likelihood, risk.impact)
        placed.setdefault(where, []).append(str(number))
    return [
        (
            impact,
            [
                MatrixCell(
                    likelihood,
                    ", ".join(placed.get((likelihood, impact), [])),
                    next(c for limit, c in MATRIX_COLOURS if likelihood * impact <= limit),
                )
                for likelihood in range(1, 6)
            ],
        )
        for impact in range(5, 0, -1)
    ]


MAIN_RISKS = 3  # the client council's summary names the weightiest risks only


@dataclass(frozen=True)
class PlainView:
    heading: str  # the question in plain words
    text: str


def plain_views(dossier: Dossier, catalogue: Catalogue) -> list[PlainView]:
    """Each question with its summary in plain words, for the client council's version."""
    return [
        PlainView(catalogue.plain_headings.get(q.id, q.text), dossier.plain_summary(q.id))
        for q in catalogue.questions
    ]


def document_context(dossier: Dossier, catalogue: Catalogue, printed_at: datetime) -> dict:
    questions = question_views(dossier, catalogue)
    known = catalogue.all_ids()
    changes = changed_since_adoption(dossier, catalogue)
    parts = [part for question in questions for part in question.parts]
    return {
        "app_name": APP_NAME,
        "app_version": __version__,
        "catalogue": catalogue,
        "dossier": dossier,
        "rule_kind": catalogue.rule_kinds.get(dossier.rule.kind, dossier.rule.kind),
        "status": catalogue.statuses.get(dossier.status, dossier.status),
        "sector": catalogue.sectors.get(dossier.sector, dossier.sector),
        "questions": questions,
        "topics": checklist_views(dossier, catalogue),
        "matrix": risk_matrix(dossier),
        "residual_matrix": risk_matrix(dossier, residual=True),
        "has_residual": any(r.residual_score is not None for r in dossier.risks),
        "changes_since_adoption": summarise(changes, catalogue) if changes else "",
        "last_version": dossier.versions[-1] if dossier.versions else None,
        "plain": plain_views(dossier, catalogue),
        "main_risks": sorted(dossier.risks, key=lambda r: -r.score)[:MAIN_RISKS],
        "advice_asked_on": dossier.council_advice.asked_on or printed_at.date(),
        "advice_reply_by": (dossier.council_advice.asked_on or printed_at.date())
        + timedelta(days=catalogue.advice_reply_days),
        "answered_count": sum(part.answered for part in parts),
        "part_count": len(parts),
        "has_earlier_wording": any(part.asked_in_version for part in parts),
        "earlier_answers": sorted(
            (a for a in dossier.answers.values() if a.question_id not in known and a.is_answered),
            key=lambda a: a.question_id,
        ),
        "printed_at": printed_at,
    }


def render_html(
    dossier: Dossier,
    catalogue: Catalogue,
    template: str = DEFAULT_TEMPLATE,
    printed_at: datetime | None = None,
    templates_dir: Path | None = None,
) -> str:
    """The document as HTML; raises LawGateError for a deviation from a law."""
    check_law_gate(dossier, catalogue)
    env = environment(templates_dir)
    try:
        compiled = env.get_template(template + TEMPLATE_SUFFIX)
    except jinja2.TemplateNotFound:
        known = ", ".join(template_names(templates_dir))
        raise TemplateError(f"Onbekend sjabloon '{template}'; beschikbaar: {known}.") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"Het sjabloon '{template}' bevat een fout op regel {error.lineno}: {error.message}"
        ) from None
    context = document_context(dossier, catalogue, printed_at or datetime.now().astimezone())
    try:
        return compiled.render(context)
    except jinja2.TemplateError as error:
        raise TemplateError(f"Het sjabloon '{template}' kan niet worden gevuld: {error}") from None
