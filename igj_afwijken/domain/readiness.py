"""Whether a dossier is ready to show an inspector, and the law gate that no dossier passes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from igj_afwijken.domain import advice
from igj_afwijken.domain.catalogue import PLAIN_PREFIX, Catalogue, ReadinessRule
from igj_afwijken.domain.laws import at_word_start, deviates_from_law, law_triggers, named_law
from igj_afwijken.domain.model import Dossier, Rule, privacy_fingerprint
from igj_afwijken.domain.readability import check, load_jargon
from igj_afwijken.domain.risk import main_risks, stays_high
from igj_afwijken.domain.rows import client_contacts
from igj_afwijken.domain.text import count_words, long_date

Weight = Literal["blokkerend", "aandachtspunt"]
BLOCKING: Weight = "blokkerend"
ATTENTION: Weight = "aandachtspunt"

RULE_KIND_FIELD = "rule.kind"
BUILT_ON_LAW_FIELD = "rule.built_on_law"


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


def law_gate_message(catalogue: Catalogue, rule: Rule | None = None) -> str:
    """Why no justification is made: the rule is a law, or its source names one the user has
    not yet confirmed the rule only builds on."""
    law = None if rule is None or rule.is_law else named_law(rule, catalogue.language)
    if law is not None:
        return catalogue.readiness["named_law"].format(law=law.title, requires=law.requires)
    return f"{catalogue.law_gate_title}. {catalogue.law_gate_explanation}"


def check_law_gate(dossier: Dossier, catalogue: Catalogue) -> None:
    """Raise LawGateError when the dossier deviates from a law."""
    if deviates_from_law(dossier.rule, catalogue.language):
        raise LawGateError(law_gate_message(catalogue, dossier.rule))


def assess(
    dossier: Dossier, catalogue: Catalogue, today: date | None = None, document: str = ""
) -> list[Finding]:
    """Everything that stands between this dossier and a justification an inspector accepts.

    The rules are data (controle.nl.toml); blocking findings come first, each group in the
    order of the rules. Rules about a kind of document count only when `document` (a template
    name) is one of their documents.
    """
    context = _Context(dossier, catalogue, today or date.today(), document)
    findings = [
        finding
        for rule in catalogue.rules
        if not rule.documents or document in rule.documents
        for finding in _CHECKS[rule.kind](rule, context)
    ]
    return sorted(findings, key=lambda finding: not finding.is_blocking)


def document_findings(
    dossier: Dossier, catalogue: Catalogue, document: str, today: date | None = None
) -> list[Finding]:
    """Only what the rules about one kind of document find, such as missing plain texts."""
    about_documents = {rule.id for rule in catalogue.rules if rule.documents}
    return [
        f for f in assess(dossier, catalogue, today, document=document) if f.rule in about_documents
    ]


def by_step(findings: list[Finding], catalogue: Catalogue) -> list[tuple[str, list[Finding]]]:
    """The findings per step of the window (Start, the five questions, Document), in the
    window's order; within a step the blocking ones first."""
    order = ["start", *(q.id for q in catalogue.questions), "document"]
    steps: dict[str, list[Finding]] = {}
    for finding in findings:
        steps.setdefault(catalogue.step_of(finding.field), []).append(finding)
    return [
        (step, sorted(steps[step], key=lambda f: not f.is_blocking))
        for step in sorted(steps, key=lambda s: order.index(s) if s in order else len(order))
    ]


def report_lines(findings: list[Finding], catalogue: Catalogue) -> list[str]:
    """The findings as lines of plain text, per step: the step's name, then "  - Nodig: …"."""
    texts = catalogue.readiness
    lines = []
    for step, step_findings in by_step(findings, catalogue):
        lines.append(catalogue.step_title(step))
        lines += [
            f"  - {texts['blocking' if f.is_blocking else 'attention']}: {f.message}"
            for f in step_findings
        ]
    return lines


def verdict(findings: list[Finding], catalogue: Catalogue) -> str:
    """The one sentence above the findings: klaar, almost, or what is still needed."""
    texts = catalogue.readiness
    needed = sum(finding.is_blocking for finding in findings)
    if needed:
        return texts["not_ready_one" if needed == 1 else "not_ready"].format(count=needed)
    return texts["ready_with_attention"] if findings else texts["ready"]


def is_ready(findings: list[Finding]) -> bool:
    return not any(finding.is_blocking for finding in findings)


READY, ATTENTION_LEFT, NOT_READY = "klaar", "aandacht", "open"


def readiness_state(findings: list[Finding]) -> str:
    """The register's one-word verdict: "klaar", "aandacht" (points of attention) or "open"."""
    if not is_ready(findings):
        return NOT_READY
    return ATTENTION_LEFT if findings else READY


def readiness_state_of(dossier: Dossier, catalogue: Catalogue, today: date | None = None) -> str:
    """readiness_state(assess(dossier, catalogue, today)), asking no more than the verdict needs.

    The blocking rules are asked first, each for its first finding only, and once one word is
    certain no further rule is asked. Some rules read every text of the dossier (the laws'
    trigger words: 0.3 s for 40 MB), which a dossier that still lacks an answer does not need."""
    context = _Context(dossier, catalogue, today or date.today(), "")
    rules = sorted(
        (rule for rule in catalogue.rules if not rule.documents),
        key=lambda rule: rule.weight != BLOCKING,
    )
    attention = False
    for rule in rules:
        if attention and rule.weight != BLOCKING:
            break
        if next(_CHECKS[rule.kind](rule, context), None) is not None:
            if rule.weight == BLOCKING:
                return NOT_READY
            attention = True
    return ATTENTION_LEFT if attention else READY


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
    document: str = ""

    def answer(self, question_id: str) -> str:
        return self.dossier.answer_text(question_id).strip()

    def has_started(self) -> bool:
        start = self.dossier.start_date
        return start is not None and start <= self.today


def _finding(rule: ReadinessRule, field: str, message: str) -> Finding:
    return Finding(rule.weight, field, message, rule.id)  # type: ignore[arg-type]


def _law_gate(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    deviated = c.dossier.rule
    if deviates_from_law(deviated, c.catalogue.language):
        field = RULE_KIND_FIELD if deviated.is_law else BUILT_ON_LAW_FIELD
        yield _finding(rule, field, law_gate_message(c.catalogue, deviated))


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
    alternatives = [at_word_start(_normalise(w)) for w in words]
    alternatives += [at_word_start(_normalise(w)) + r"(?!\w)" for w in exact]
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


def _checklist_no(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    """A point answered "nee" needs a note: what is done instead, and by when."""
    when = _mention_pattern(rule.words, rule.exact, rule.parts)
    for topic in c.catalogue.chosen_topics(c.dossier.topics):
        for item in topic.items:
            answer = c.dossier.checklist.get(item.id)
            if answer is None or answer.value != "nee":
                continue
            note = _normalise(answer.note)
            if not note:
                yield _finding(rule, item.id, rule.message.format(item=item.text))
            elif not (any(ch.isdigit() for ch in note) or when.search(note)):
                yield _finding(rule, item.id, rule.messages["no_when"].format(item=item.text))


def _shortened(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


def _risk_incomplete(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    for number, risk in enumerate(c.dossier.risks, start=1):
        lacks = [
            rule.messages[part]
            for part, value in (("measures", risk.measures), ("owner", risk.owner))
            if not value.strip()
        ]
        if lacks:
            yield _finding(
                rule,
                "risks",
                rule.message.format(
                    number=number, risk=_shortened(risk.description), lacks=" ".join(lacks)
                ),
            )


def _risk_stays_high(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    for number, risk in enumerate(c.dossier.risks, start=1):
        if stays_high(risk) and not risk.explanation.strip():
            message = rule.message if risk.residual_score is not None else rule.missing
            yield _finding(
                rule, "risks", message.format(number=number, risk=_shortened(risk.description))
            )


def _council_advice(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    advice = c.dossier.council_advice
    if advice.advice in ("negatief", "positief-onder-voorwaarden") and not advice.follow_up.strip():
        yield _finding(rule, "council_advice", rule.messages[advice.advice])
    elif (
        advice.asked_on is not None
        and not advice.advice
        and advice.given_on is None
        and c.has_started()
    ):
        yield _finding(
            rule,
            "council_advice",
            rule.messages["not_given"].format(date=long_date(advice.asked_on)),
        )


def _involvement_timing(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    """The parties were to be involved before the deviation was fixed, not afterwards."""
    start = c.dossier.start_date
    for involvement in c.dossier.involvements:
        if involvement.party not in rule.parties:
            continue
        who = c.catalogue.parties.get(involvement.party, involvement.party)
        if involvement.on is None:
            yield _finding(rule, "involvements", rule.missing.format(party=who))
        elif start is not None and involvement.on > start:
            yield _finding(
                rule,
                "involvements",
                rule.past.format(party=who, date=long_date(involvement.on), start=long_date(start)),
            )


def _supervisory_board(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    dossier = c.dossier
    if dossier.has_supervisory_board is False:
        return
    if any(i.party in rule.parties for i in dossier.involvements):
        return
    if dossier.has_supervisory_board is None:
        yield _finding(rule, "has_supervisory_board", rule.missing)
    else:
        yield _finding(rule, "involvements", rule.message)


def _period_ended(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    end = c.dossier.end_date
    if end is not None and end < c.today and c.dossier.ending is None:
        yield _finding(rule, rule.field, rule.message.format(date=long_date(end)))


def _contact_for(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    if not any(contact.audience in rule.audiences for contact in c.dossier.contacts):
        yield _finding(rule, "contacts", rule.message)


def _outlook(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    """Question 5's fixed part: a direction, and the way back or where it is brought in."""
    outlook = c.dossier.outlook
    if not outlook.direction:
        yield _finding(rule, "outlook.direction", rule.missing)
    elif not outlook.plan.strip():
        yield _finding(rule, "outlook.plan", rule.messages[outlook.direction])


def _plain_summaries(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    missing = [q for q in c.catalogue.questions if not c.dossier.plain_summary(q.id).strip()]
    if missing:
        document = c.catalogue.document_kinds.get(c.document, c.document)
        numbers = ", ".join(str(q.number) for q in missing)
        yield _finding(
            rule,
            PLAIN_PREFIX + missing[0].id,
            rule.message.format(document=document, numbers=numbers),
        )


def _summary_jargon(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    """Jargon in what the client council's summary prints beyond the plain texts (which have
    their own readability hints): its main risks and its contact points."""
    jargon = load_jargon(c.catalogue.language)
    printed = [
        (
            "risks",
            rule.messages["risk"].format(number=number),
            f"{risk.description} {risk.measures}",
        )
        for number, risk in main_risks(c.dossier.risks)
    ]
    printed += [
        ("contacts", rule.messages["contact"].format(name=contact.name), f"{contact.name} "
         f"{contact.role} {contact.reach}")
        for contact in client_contacts(c.dossier)
    ]  # fmt: skip
    for field, where, text in printed:
        for hint in check(text, jargon).hints:
            if hint.kind == "vakterm":
                term, _, explanation = hint.text.partition(": ")
                yield _finding(
                    rule,
                    field,
                    rule.message.format(term=hint.excerpt, where=where, explanation=explanation),
                )


def _advice_in_time(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    if c.dossier.start_date is not None and not advice.reply_in_time(c.dossier, c.today):
        asked = c.dossier.council_advice.asked_on or c.today
        yield _finding(
            rule,
            "council_advice",
            rule.message.format(start=long_date(c.dossier.start_date), asked=long_date(asked)),
        )


def _law_triggers(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    """Answers that mention what a law covers, such as sensors under the Wzd, while no answer
    names that law to say how its steps are followed."""
    texts = [answer.text for answer in c.dossier.answers.values()]
    texts += [risk.description + " " + risk.measures for risk in c.dossier.risks]
    found = law_triggers(texts, c.catalogue.language)
    everything = _normalise(" ".join(texts)) if found else ""
    for law, trigger in found:
        if _mention_pattern((), law.forms, ()).search(everything):
            continue
        field = next(
            (
                question_id
                for question_id, answer in c.dossier.answers.items()
                if _normalise(trigger) in _normalise(answer.text)
            ),
            "risks",
        )
        yield _finding(rule, field, law.trigger_message.format(trigger=trigger))


def _privacy(rule: ReadinessRule, c: _Context) -> Iterator[Finding]:
    """A plain text for the client council that seems to point at one client."""
    for summary in c.dossier.plain_summaries:
        place = PLAIN_PREFIX + summary.question
        if privacy_fingerprint(place, summary.text) in c.dossier.privacy_checked:
            continue
        if identifies_a_client(summary.text, rule):
            yield _finding(rule, place, rule.message)


def identifies_a_client(text: str, rule: ReadinessRule) -> bool:
    """A name (after a form of address) or initials together with an age, or a name or an age
    together with a diagnosis, in one sentence."""
    for sentence in _sentences(rule.words).split(text):
        name = _NAME.search(sentence) or _title_name(sentence, rule.words)
        initials = _INITIALS.search(sentence)
        age = _AGE.search(sentence.lower())
        diagnosis = _mention_pattern((), rule.exact, rule.parts).search(_normalise(sentence))
        if (name and (age or diagnosis)) or (initials and age) or (age and diagnosis):
            return True
    return False


# Capitals and small letters of the names met in Dutch care, accented ones included.
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀĆČĐĘĞİŁŃŒŘŚŞŠŢŮŹŻŽ", "a-zß-öø-ÿāćčđęğıłńœřśşšţůźżž"
# Initials such as "J.", "A.B." or "J.K. de Vries"; an age such as "87 jaar", "87-jarige".
_INITIALS = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.\s?){{1,3}}")
_AGE = re.compile(r"(?<!\d)\d{1,3}\s?-?\s?(?:jaar|jarige|years?|year-old)(?!\w)")
_NAME = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.\s?)+[{_UPPER}][{_LOWER}]+")


@cache
def _sentences(titles: tuple[str, ...]) -> re.Pattern[str]:
    """Where a sentence ends: not after an initial ("J.") or a form of address ("Dhr.")."""
    abbreviations = {t for title in titles if title.endswith(".") for t in (title, title.title())}
    kept = "".join(rf"(?<!{re.escape(a)})" for a in sorted(abbreviations))
    return re.compile(rf"(?<=[.!?])(?<!\b[A-Z]\.){kept}\s+|\n")


def _title_name(sentence: str, titles: tuple[str, ...]) -> bool:
    """A form of address ("mevrouw", "dhr.") followed by a capitalised word."""
    for title in titles:
        pattern = rf"(?<!\w){re.escape(title)}\s+[{_UPPER}][{_LOWER}]"
        if re.search(pattern, sentence, flags=re.IGNORECASE if title.islower() else 0):
            return True
    return False


_CHECKS: dict[str, Callable[[ReadinessRule, _Context], Iterator[Finding]]] = {
    "law_gate": _law_gate,
    "law_triggers": _law_triggers,
    "unanswered": _unanswered,
    "field_empty": _field_empty,
    "evaluation_date": _evaluation_date,
    "mentions": _mentions,
    "min_words": _min_words,
    "checklist_open": _checklist_open,
    "checklist_no": _checklist_no,
    "risk_incomplete": _risk_incomplete,
    "risk_stays_high": _risk_stays_high,
    "council_advice": _council_advice,
    "involvement_timing": _involvement_timing,
    "supervisory_board": _supervisory_board,
    "period_ended": _period_ended,
    "contact_for": _contact_for,
    "outlook": _outlook,
    "plain_summaries": _plain_summaries,
    "summary_jargon": _summary_jargon,
    "advice_in_time": _advice_in_time,
    "privacy": _privacy,
}
