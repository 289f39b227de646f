"""The Overview step: what is answered, what is still open, each open point a link to its field."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import (
    Finding,
    assess,
    by_step,
    is_ready,
    question_progress,
    start_progress,
    verdict,
)
from igj_afwijken.gui.widgets import explanation, heading

FIELD_SCHEME = "veld"
CHECKED_SCHEME = "gecontroleerd"  # the user checked a plain text for what identifies a client
PRIVACY_RULE = "privacy"


class OverviewPage(QWidget):
    """Emits `fieldRequested(field)` when the user follows a link to a field, and
    `privacyChecked(field)` when the user confirms a plain text was checked for privacy."""

    fieldRequested = Signal(str)
    privacyChecked = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Overzicht: klaar voor het inspectiebezoek?")))
        layout.addWidget(explanation(catalogue.step_intros["overview"]))
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.report.setAccessibleName(self.tr("Overzicht van beantwoorde en open punten"))
        self.report.anchorClicked.connect(self._follow)
        layout.addWidget(self.report, 1)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == FIELD_SCHEME:
            self.fieldRequested.emit(url.path())
        elif url.scheme() == CHECKED_SCHEME:
            self.privacyChecked.emit(url.path())

    def show_dossier(self, dossier: Dossier) -> None:
        self.report.setHtml(self.report_html(dossier))

    def report_html(self, dossier: Dossier) -> str:
        catalogue = self._catalogue
        findings = assess(dossier, catalogue)
        progress = question_progress(dossier, catalogue)
        answered = sum(done for done, _ in progress.values())
        total = sum(count for _, count in progress.values())
        parts = [
            "<p>"
            + escape(
                self.tr("%1 van %2 deelvragen beantwoord.")
                .replace("%1", str(answered))
                .replace("%2", str(total))
            )
            + "</p>",
            f"<p><b>{'✔ ' if is_ready(findings) else ''}{escape(verdict(findings, catalogue))}</b></p>",
        ]
        for step, step_findings in by_step(findings, catalogue):
            parts.append(f"<h3>{escape(catalogue.step_title(step))}</h3><ul>")
            parts += [self._finding_item(f) for f in step_findings]
            parts.append("</ul>")
        facts_done, facts_total = start_progress(dossier)
        per_step = self.tr("Voortgang per stap")
        parts.append(f"<h3>{escape(per_step)}</h3><ul>")
        parts.append(
            self._link_item(
                "title",
                self.tr("Start: %1 van %2 gegevens ingevuld")
                .replace("%1", str(facts_done))
                .replace("%2", str(facts_total)),
            )
        )
        for question in catalogue.questions:
            done, count = progress[question.id]
            mark = "✔" if done == count else "…"
            first_open = next(
                (s.id for s in question.subquestions if not dossier.answer_text(s.id).strip()),
                question.subquestions[0].id,
            )
            parts.append(
                self._link_item(
                    first_open,
                    f"{mark} {question.number}. {question.text} ({done}/{count})",
                )
            )
        for topic in catalogue.chosen_topics(dossier.topics):
            open_items = [
                item.id
                for item in topic.items
                if not (answer := dossier.checklist.get(item.id)) or not answer.is_answered
            ]
            done = len(topic.items) - len(open_items)
            mark = "✔" if not open_items else "…"
            parts.append(
                self._link_item(
                    open_items[0] if open_items else topic.items[0].id,
                    self.tr("%1 Checklist %2 (%3/%4)")
                    .replace("%1", mark)
                    .replace("%2", topic.title)
                    .replace("%3", str(done))
                    .replace("%4", str(len(topic.items))),
                )
            )
        parts.append("</ul>")
        return "\n".join(parts)

    def _finding_item(self, finding: Finding) -> str:
        texts = self._catalogue.readiness
        weight = texts["blocking" if finding.is_blocking else "attention"]
        label = f"<b>{escape(weight)}:</b> " if finding.is_blocking else f"{escape(weight)}: "
        link = f'<a href="{FIELD_SCHEME}:{escape(finding.field)}">{escape(finding.message)}</a>'
        if finding.rule == PRIVACY_RULE:
            link += f' — <a href="{CHECKED_SCHEME}:{escape(finding.field)}">{escape(texts["checked"])}</a>'
        return f"<li>{label}{link}</li>"

    @staticmethod
    def _link_item(field: str, text: str) -> str:
        return f'<li><a href="{FIELD_SCHEME}:{escape(field)}">{escape(text)}</a></li>'
