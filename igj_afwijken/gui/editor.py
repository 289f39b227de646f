"""The guided walk through one dossier: steps, fields, autosave and the live preview beside them."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import fields, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import PLAIN_PREFIX, Catalogue
from igj_afwijken.domain.laws import deviates_from_law
from igj_afwijken.domain.lifecycle import changed_since_version
from igj_afwijken.domain.model import Dossier, PlainSummary, privacy_fingerprint, utc_now
from igj_afwijken.domain.readiness import document_findings, readiness_state_of
from igj_afwijken.domain.rows import ROW_KINDS
from igj_afwijken.gui import dialogs, dossier_jobs
from igj_afwijken.gui.adoption_note import AdoptionNote
from igj_afwijken.gui.answer_edit import AnswerEdit
from igj_afwijken.gui.attachments_panel import AttachmentsPanel
from igj_afwijken.gui.autosave import Autosaver, Job
from igj_afwijken.gui.document_page import DocumentPage
from igj_afwijken.gui.evaluation_panel import EvaluationPanel
from igj_afwijken.gui.find_bar import FindBar
from igj_afwijken.gui.involvement_panel import InvolvementPanel
from igj_afwijken.gui.outlook_panel import OutlookPanel
from igj_afwijken.gui.overview_page import OverviewPage
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.preview import PreviewPane
from igj_afwijken.gui.question_page import QuestionPage
from igj_afwijken.gui.read_only import ReadOnlyFields
from igj_afwijken.gui.risk_panel import RiskPanel
from igj_afwijken.gui.start_page import StartPage
from igj_afwijken.gui.step_list import StepList
from igj_afwijken.gui.steps import step_names
from igj_afwijken.gui.widgets import note_box
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE
from igj_afwijken.services.dossiers import (
    CHECKLIST_PREFIX,
    ChangedMeanwhile,
    StoreError,
    UnknownDossier,
)
from igj_afwijken.services.take_along import conflict_text

if TYPE_CHECKING:
    from igj_afwijken.gui.spelling import Spelling

PREVIEW_DELAY_MS = 450
MOST_KNOWN = 50  # texts kept per field of what this editor saved, for telling others' apart


class DossierEditor(QWidget):
    """Shows one dossier as a row of steps. Every edit is noted for the autosaver at once."""

    titleChanged = Signal(str)
    lawGateChanged = Signal(bool)
    stepChanged = Signal(int)
    documentShown = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        autosaver: Autosaver,
        document_actions: list[QAction],
        adopt_action: QAction | None = None,
        spelling: Spelling | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.autosaver = autosaver
        self.dossier: Dossier | None = None
        self._dirty_answers: set[str] = set()
        # What this editor knows each field to have held in the store: what it read, and what
        # it saved since. A save finds any other stored value to be a colleague's change.
        self._known_answers: dict[str, list[str]] = {}
        self._known_facts: list[Dossier] = []
        self._known_rows: dict[str, list[tuple]] = {}
        self._known_checklist: dict[str, list[tuple[str, str]]] = {}
        autosaver.conflicted.connect(self._settle_conflicts)
        self._preview_wanted = True
        self._readiness: tuple[str, str, int | None] | None = None
        self._changed_since_adoption = False
        # The user's templates folder and house style for the previews; set by the window.
        self.render_options: Callable[[], dict] = dict
        # A dossier as the store now holds it (the window's own reading); set by the window.
        self.read_stored: Callable[[str], Dossier] = lambda dossier_id: self._no_store(dossier_id)

        self.start_page = StartPage(catalogue)
        self.question_pages = [QuestionPage(q, catalogue, spelling) for q in catalogue.questions]
        self.overview_page = OverviewPage(catalogue)
        self.document_page = DocumentPage(catalogue, document_actions)
        self.pages: list[QWidget] = [
            self.start_page,
            *self.question_pages,
            self.overview_page,
            self.document_page,
        ]
        self.step_names = step_names(catalogue)

        self.steps = StepList(self.step_names)
        self.steps.setAccessibleName(self.tr("Stappen"))
        self.stack = QStackedWidget()
        for page, name in zip(self.pages, self.step_names, strict=True):
            page.setAccessibleName(name)  # a screen reader names the page it scrolls
            self.stack.addWidget(page)

        self.previous_button = QPushButton(self.tr("← Vorige stap"))
        self.next_button = QPushButton(self.tr("Volgende stap →"))
        self.previous_button.setToolTip(self.tr("Vorige stap (Ctrl+PgUp)"))
        self.next_button.setToolTip(self.tr("Volgende stap (Ctrl+PgDown)"))
        self.position = QLabel()
        bottom = QHBoxLayout()
        bottom.setContentsMargins(24, 6, 24, 10)
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        self.find_bar = FindBar(
            lambda: self.pages[: len(self.catalogue.questions) + 1], self.go_to_step
        )
        centre_layout.addWidget(self.find_bar)
        self.adoption_note = AdoptionNote(adopt_action or QAction(self.tr("&Vaststellen…"), self))
        # who took the dossier along to work offline, or that this is such a copy
        self.taken_note = note_box("", "takenNote")
        taken_row = QHBoxLayout()
        taken_row.setContentsMargins(24, 10, 24, 0)
        taken_row.addWidget(self.taken_note)
        self.taken_note.hide()
        self._read_only = ReadOnlyFields()
        centre_layout.addLayout(taken_row)
        centre_layout.addWidget(self.adoption_note)
        centre_layout.addWidget(self.stack, 1)
        centre_layout.addLayout(bottom)

        self.preview = PreviewPane()
        self.preview.setAccessibleName(self.tr("Voorbeeld van het document"))
        self.preview.setMinimumWidth(260)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230, 640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh)

        self.steps.currentRowChanged.connect(self._show_step)
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.start_page.changed.connect(self._facts_edited)
        for page in self.question_pages:
            page.answerEdited.connect(self._answer_edited)
            page.checklistEdited.connect(self._checklist_edited)
            page.plainEdited.connect(self._plain_edited)
            page.nextEvaluationEdited.connect(lambda page=page: self._next_evaluation_edited(page))
        self.overview_page.fieldRequested.connect(self.focus_field)
        self.document_page.templateChanged.connect(lambda _name: self.refresh())

        # Tables that belong with a question; each edits the dossier and says what it changed.
        self.evaluation_panel = EvaluationPanel(catalogue)
        self.panels: dict[str, DossierPanel] = {
            "veiligheid": RiskPanel(catalogue),
            "betrokkenheid": InvolvementPanel(catalogue),
            "vervolg": OutlookPanel(catalogue),
            "evaluatie": self.evaluation_panel,
        }
        # The question each panel belongs with, in the order they stand on its page.
        self.page_panels: dict[str, tuple[DossierPanel, ...]] = {
            "veiligheid": (self.panels["veiligheid"],),
            "betrokkenheid": (self.panels["betrokkenheid"],),
            "evaluatie": (self.panels["vervolg"], self.evaluation_panel),
        }
        for page in self.question_pages:
            for panel in self.page_panels.get(page.question.id, ()):
                page.add_panel(panel)
                panel.edited.connect(self._panel_edited)
        self.evaluation_panel.nextEvaluationChanged.connect(self._show_next_evaluation)
        self.overview_page.privacyChecked.connect(self._privacy_checked)
        self.attachments_panel = AttachmentsPanel(catalogue)
        self.start_page.add_panel(self.attachments_panel)
        self.attachments_panel.edited.connect(self._panel_edited)

    # -- opening and navigating ------------------------------------------------------------------

    def open(self, dossier: Dossier, step: int = 0) -> None:
        if self.dossier is not None:  # the register's verdict on the dossier being left
            self.take_in_everything()
            self._note_readiness(self.dossier, changed_since_version(self.dossier, self.catalogue))
        self.autosaver.save_now()  # changes of the previous dossier are built before we switch
        self.dossier = None
        self._dirty_answers.clear()
        self._known_answers = {q: [a.text] for q, a in dossier.answers.items()}
        self._known_facts = [dossier.copy()]
        self._known_rows = {kind: [getattr(dossier, kind)] for kind in ROW_KINDS}
        self._known_checklist = {i: [(c.value, c.note)] for i, c in dossier.checklist.items()}
        self.start_page.show_dossier(dossier)
        for page in self.question_pages:
            page.show_dossier(dossier)
        for panel in (*self.panels.values(), self.attachments_panel):
            panel.show_dossier(dossier)
        self.dossier = dossier
        self.refresh()
        self.go_to_step(step)
        self.lawGateChanged.emit(deviates_from_law(dossier.rule))

    def show_taken(self, note: str, read_only: bool) -> None:
        """Say that the open dossier is taken along (or is a copy taken along), and while
        someone else may change it, let it be read, not changed."""
        self.taken_note.setText(note)
        self.taken_note.setVisible(bool(note))
        if read_only:
            self.take_in_everything()
            self._read_only.lock([self.start_page, *self.question_pages])
        else:
            self._read_only.unlock()

    @property
    def read_only(self) -> bool:
        return self._read_only.active

    def unsaved_state(
        self,
    ) -> tuple[Dossier, Dossier, dict[str, list[str]], tuple[Dossier, ...]] | None:
        """The open dossier as it was read, as the user has it now (also what was typed since
        the last pause), and the texts this editor knew its answers and facts to hold in the
        store: what a save that waits for the server needs to be made later."""
        dossier = self.dossier
        if dossier is None or not self._known_facts:
            return None
        now = dossier.copy()
        for question_id in self._dirty_answers:
            now.set_answer(
                self.catalogue.make_answer(question_id, self._editor(question_id).toPlainText())
            )
        known = {question: list(texts) for question, texts in self._known_answers.items()}
        return self._known_facts[0], now, known, tuple(self._known_facts)

    @staticmethod
    def _no_store(dossier_id: str) -> Dossier:
        raise UnknownDossier(dossier_id)

    def take_in_others(self, newer: Dossier) -> None:
        """Show the answers someone else saved to the open dossier, except in a field the user
        is typing in or has changed and not yet saved: never under the cursor."""
        if self.dossier is None or newer.id != self.dossier.id:
            return
        for page in self.question_pages:
            for question_id, field in page.editors.items():
                if field.hasFocus() or question_id in self._dirty_answers:
                    continue
                text = newer.answer_text(question_id)
                if text == field.toPlainText():
                    continue
                field.set_text_silently(text)
                self._known_answers[question_id] = [text]
                if question_id in newer.answers:
                    self.dossier.answers[question_id] = newer.answers[question_id]
                else:
                    self.dossier.answers.pop(question_id, None)

    @property
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_to_step(self, step: int) -> None:
        step = max(0, min(step, len(self.pages) - 1))
        if self.steps.currentRow() != step:
            self.steps.setCurrentRow(step)
        else:
            self._show_step(step)

    def next_step(self) -> None:
        self.go_to_step(self.current_step + 1)

    def previous_step(self) -> None:
        self.go_to_step(self.current_step - 1)

    def _show_step(self, step: int) -> None:
        if step < 0:
            return
        focus_was_on_a_page = not self.steps.hasFocus()
        self.stack.setCurrentIndex(step)
        self.previous_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < len(self.pages) - 1)
        self.position.setText(
            self.tr("Stap %1 van %2")
            .replace("%1", str(step + 1))
            .replace("%2", str(len(self.pages)))
        )
        # The Document step shows the document large; the side preview would only repeat it.
        self.preview.setVisible(self._preview_wanted and self.pages[step] is not self.document_page)
        if self.pages[step] is self.document_page:
            self.documentShown.emit()  # the window takes in new templates and house style first
        if self.pages[step] in (self.overview_page, self.document_page):
            self.refresh()
        else:
            self._show_adoption_state()
        page = self.pages[step]
        if isinstance(page, QuestionPage):
            self.preview.show_step(page.question.id)
        if focus_was_on_a_page:  # keyboard users land in the new step's first field
            self._first_field(step).setFocus(Qt.FocusReason.TabFocusReason)
        self.stepChanged.emit(step)

    def _first_field(self, step: int) -> QWidget:
        page = self.pages[step]
        if page is self.start_page:
            return self.start_page.title
        if isinstance(page, QuestionPage):
            return next(iter(page.editors.values()))
        if page is self.overview_page:
            return self.overview_page.report
        return self.document_page.preview

    def focus_field(self, field: str) -> None:
        """Go to the step that holds a field (a sub-question or checklist point, or a dossier
        field) and focus it."""
        widget: QWidget | None
        for index, page in enumerate(self.question_pages, start=1):
            widget = page.editors.get(field)
            if widget is None and field in page.checklist_rows:
                widget = page.checklist_rows[field].first_control()
            if widget is None and field == "next_evaluation":
                widget = page.next_evaluation
            if widget is None and field == PLAIN_PREFIX + page.question.id:
                widget = page.plain
            for panel in self.page_panels.get(page.question.id, ()):
                widget = widget or panel.focus_part(field)
            if widget is not None:
                self.go_to_step(index)
                page.reveal(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.go_to_step(0)
        widget = self.attachments_panel.focus_part(field) or self.start_page.field_widget(field)
        self.start_page.reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- edits -------------------------------------------------------------------------------------

    def _facts_edited(self) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        dossier.updated_at = utc_now()
        self.autosaver.mark_dirty(("facts", dossier.id), lambda: self._facts_job(dossier))
        self.titleChanged.emit(dossier.title)
        self.lawGateChanged.emit(deviates_from_law(dossier.rule))
        for page in self.question_pages:
            page.update_context(dossier)
        self._changed()

    def _plain_edited(self, question_id: str) -> None:
        """A plain summary changed: kept with the dossier's other tables."""
        dossier = self.dossier
        if dossier is None:
            return
        page = next(p for p in self.question_pages if p.question.id == question_id)
        text = page.plain_text()
        kept = [p for p in dossier.plain_summaries if p.question != question_id]
        old = next((p for p in dossier.plain_summaries if p.question == question_id), None)
        if text.strip():
            kept.append(
                replace(old, text=text) if old else PlainSummary(question=question_id, text=text)
            )
        order = [q.id for q in self.catalogue.questions]
        dossier.plain_summaries = tuple(
            sorted(kept, key=lambda p: order.index(p.question) if p.question in order else 99)
        )
        self._panel_edited("plain_summaries")

    def _show_next_evaluation(self, day: date) -> None:
        """An evaluation planned the next one: question 5's date field shows it (already saved)."""
        for page in self.question_pages:
            if page.next_evaluation is not None:
                page.next_evaluation.blockSignals(True)
                page.next_evaluation.set_value(day)
                page.next_evaluation.blockSignals(False)

    def _panel_edited(self, part: str) -> None:
        """A panel changed a part of the dossier: a table is saved whole, anything else as facts."""
        dossier = self.dossier
        if dossier is None:
            return
        if part not in ROW_KINDS and part != "attachments":
            self._facts_edited()
            return
        dossier.updated_at = utc_now()
        known = self._known_rows.setdefault(part, []) if part in ROW_KINDS else None
        job = dossier_jobs.rows_job(dossier, part, None if known is None else tuple(known))
        if known is not None:
            known[:] = [*known[:1], *known[1:][-MOST_KNOWN:], getattr(dossier, part)]
        self.autosaver.mark_dirty(("rows", dossier.id, part), lambda: job)
        self._changed()

    def _privacy_checked(self, place: str) -> None:
        """The user checked a plain text for what could identify a client: remember this text,
        so the point stays away until the text changes."""
        dossier = self.dossier
        if dossier is None or not place.startswith(PLAIN_PREFIX):
            return
        text = dossier.plain_summary(place.removeprefix(PLAIN_PREFIX))
        fingerprint = privacy_fingerprint(place, text)
        kept = [f for f in dossier.privacy_checked if not f.startswith(place + ":")]
        dossier.privacy_checked = (*kept, fingerprint)
        self._facts_edited()

    def _next_evaluation_edited(self, page: QuestionPage) -> None:
        if self.dossier is not None:
            self.dossier.next_evaluation = page.next_evaluation_date()
            self._facts_edited()

    def _checklist_edited(self, item_id: str, value: str, note: str) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        dossier.set_checklist_answer(self.catalogue.make_checklist_answer(item_id, value, note))
        self.autosaver.mark_dirty(
            ("checklist", dossier.id, item_id),
            lambda: self._checklist_job(dossier, item_id),
        )
        self._changed()

    def _checklist_job(self, dossier: Dossier, item_id: str) -> Job:
        known = self._known_checklist.setdefault(item_id, [("", "")])
        job = dossier_jobs.checklist_job(dossier, item_id, tuple(known))
        item = dossier.checklist[item_id]
        known[:] = [*known[-MOST_KNOWN:], (item.value, item.note)]  # once saved, ours too
        return job

    def _answer_edited(self, question_id: str) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        self._dirty_answers.add(question_id)
        self.autosaver.mark_dirty(
            ("answer", dossier.id, question_id), lambda: self._answer_job(dossier, question_id)
        )
        self._changed()

    def _answer_job(self, dossier: Dossier, question_id: str) -> Job:
        self.sync()
        answer = dossier.answers[question_id]
        # An answer may become empty only by the user's own editing in its field: typing,
        # cutting or undoing all leave an undo or redo history, loading a dossier leaves none.
        history = self._editor(question_id).document()
        emptied_by_user = history.isUndoAvailable() or history.isRedoAvailable()
        known = self._known_answers.setdefault(question_id, [""]) if dossier is self.dossier else []
        job = dossier_jobs.answer_job(dossier.id, answer, emptied_by_user, tuple(known) or None)
        known[:] = [*known[-MOST_KNOWN:], answer.text]  # once saved, this text is ours too
        return job

    def _facts_job(self, dossier: Dossier) -> Job:
        known = self._known_facts if dossier is self.dossier else []
        job = dossier_jobs.facts_job(dossier, tuple(known))
        known[:] = [*known[:1], *known[1:][-MOST_KNOWN:], dossier.copy()]  # the first: as read
        return job

    def _settle_conflicts(self, conflicts: list[ChangedMeanwhile]) -> None:
        """Someone else saved a field this editor saved too: show both and let the user choose
        (an answer), or show the colleague's (a fact) and say what the user had written."""
        from igj_afwijken.gui import conflict_dialog

        dossier = self.dossier
        for conflict in conflicts:
            if dossier is None or conflict.dossier_id != dossier.id:
                continue  # another dossier's: it stays as the colleague saved it
            if conflict.field in self._known_answers or conflict.field in dossier.answers:
                field = self._editor(conflict.field)
                chosen = conflict_dialog.settle(
                    self,
                    self.catalogue.subquestion(conflict.field).text,
                    field.toPlainText(),
                    conflict.theirs,
                )
                self._known_answers[conflict.field] = [conflict.theirs]
                field.set_text_silently(chosen)
                self._answer_edited(conflict.field)
            elif conflict.field in ROW_KINDS:
                self._settle_table(conflict.field)
            elif conflict.field.startswith(CHECKLIST_PREFIX):
                self._settle_checklist_item(conflict)
            else:
                self._take_in_colleagues_facts(conflict)

    def _settle_checklist_item(self, conflict: ChangedMeanwhile) -> None:
        """A colleague answered the same checklist item meanwhile: show both, keep the one
        chosen."""
        dossier = self.dossier
        item_id = conflict.field.removeprefix(CHECKLIST_PREFIX)
        if dossier is None or item_id not in dossier.checklist:
            return
        with suppress(StoreError, UnknownDossier):
            stored = self.read_stored(dossier.id).checklist.get(item_id)
            mine = dossier.checklist[item_id]
            choice = dialogs.ask_choice(
                self,
                self.tr("Tegelijk gewijzigd"),
                self.tr(
                    "Een collega heeft het punt “%1” van de checklist intussen ook beantwoord."
                    "\n\nUw antwoord: %2\n\nDat van uw collega: %3\n\nWelk houdt u?"
                )
                .replace("%1", mine.item_text)
                .replace("%2", conflict_text(mine) or self.tr("(leeg)"))
                .replace("%3", conflict.theirs or self.tr("(leeg)")),
                {
                    "mine": self.tr("&Mijn antwoord houden"),
                    "theirs": self.tr("Antwoord van &collega"),
                },
                "mine",
            )
            held = ("", "") if stored is None else (stored.value, stored.note)
            self._known_checklist[item_id] = [held]
            if choice == "theirs":
                self.sync()  # what is typed elsewhere stays as typed
                if stored is None:
                    dossier.checklist.pop(item_id, None)
                else:
                    dossier.checklist[item_id] = stored
                for page in self.question_pages:
                    page.show_dossier(dossier)
                self.refresh()
            else:
                self._checklist_edited(item_id, mine.value, mine.note)

    def _settle_table(self, kind: str) -> None:
        """A colleague saved the same table meanwhile: show both and keep the one chosen."""
        dossier = self.dossier
        if dossier is None:
            return
        with suppress(StoreError, UnknownDossier):
            theirs = getattr(self.read_stored(dossier.id), kind)
            mine = getattr(dossier, kind)
            choice = dialogs.ask_choice(
                self,
                self.tr("Tegelijk gewijzigd"),
                self.tr(
                    "Een collega heeft de tabel “%1” intussen ook gewijzigd.\n\nUw versie:\n%2"
                    "\n\nDie van uw collega:\n%3\n\nWelke houdt u?"
                )
                .replace("%1", self.catalogue.field_label(kind))
                .replace("%2", conflict_text(mine) or self.tr("(leeg)"))
                .replace("%3", conflict_text(theirs) or self.tr("(leeg)")),
                {"mine": self.tr("&Mijn versie houden"), "theirs": self.tr("Versie van &collega")},
                "mine",
            )
            self._known_rows[kind] = [theirs]
            if choice == "theirs":
                self.sync()  # what is typed elsewhere stays as typed
                setattr(dossier, kind, theirs)
                for panel in (*self.panels.values(), self.attachments_panel):
                    panel.show_dossier(dossier)
                if kind == "plain_summaries":
                    for page in self.question_pages:
                        page.show_dossier(dossier)
                self.refresh()
            else:
                self._panel_edited(kind)  # mine again, now over the colleague's it was shown

    def _take_in_colleagues_facts(self, conflict: ChangedMeanwhile) -> None:
        dossier = self.dossier
        if dossier is None:
            return
        with suppress(StoreError, UnknownDossier):
            stored = self.read_stored(dossier.id)
            self._known_facts = [stored.copy()]
            parts = {"id", "answers", "checklist", "versions", "attachments", *ROW_KINDS}
            for fact in fields(Dossier):  # the open dossier stays the one every page holds
                if fact.name not in parts:
                    setattr(dossier, fact.name, getattr(stored, fact.name))
            self.start_page.show_dossier(dossier)
            self.titleChanged.emit(dossier.title)
            dialogs.warn(
                self,
                self.tr("Tegelijk gewijzigd"),
                self.tr(
                    "Een collega heeft dit gegeven intussen gewijzigd. U ziet nu de tekst van "
                    "uw collega: “%1”. Pas hem zo nodig aan."
                ).replace("%1", conflict.theirs),
            )

    def sync(self) -> None:
        """Bring the text typed since the last pause into the dossier object."""
        dossier = self.dossier
        if dossier is None:
            return
        for question_id in sorted(self._dirty_answers):
            text = self._editor(question_id).toPlainText()
            if text != dossier.answer_text(question_id) or question_id not in dossier.answers:
                dossier.set_answer(self.catalogue.make_answer(question_id, text))
        self._dirty_answers.clear()

    def take_in_everything(self) -> None:
        """Before the dossier is left, saved on purpose or printed: also take in a table cell
        that is still being typed in (not while typing, which would close the cell)."""
        for panel in (*self.panels.values(), self.attachments_panel):
            panel.finish_editing()
        self.sync()

    def _editor(self, question_id: str) -> AnswerEdit:
        for page in self.question_pages:
            if question_id in page.editors:
                return page.editors[question_id]
        raise KeyError(question_id)

    def _changed(self) -> None:
        self._preview_timer.start()

    # -- derived views -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Update progress, overview and previews from the dossier (after a pause in typing)."""
        self._preview_timer.stop()
        dossier = self.dossier
        if dossier is None:
            return
        self.sync()
        changed_since = changed_since_version(dossier, self.catalogue)
        self._changed_since_adoption = changed_since is not None
        self._show_adoption_state()
        self._note_readiness(dossier, changed_since)
        overview = len(self.catalogue.questions) + 1
        self.steps.show_progress(dossier, self.catalogue)
        if self.current_step == overview:
            self.overview_page.show_dossier(dossier)
        wants_document = self.current_step == overview + 1
        if wants_document or self.preview.isVisible():
            options = self.render_options()
            if self.preview.isVisible():
                self.preview.request(dossier, self.catalogue, DEFAULT_TEMPLATE, **options)
            if wants_document:
                chosen = self.document_page.current_template()
                self.document_page.show_findings(document_findings(dossier, self.catalogue, chosen))
                self.document_page.preview.request(dossier, self.catalogue, chosen, **options)

    def _show_adoption_state(self) -> None:
        if self.dossier is not None:
            at_the_end = self.pages[self.current_step] in (self.overview_page, self.document_page)
            self.adoption_note.show_state(self.dossier, self._changed_since_adoption, at_the_end)

    def stop_refreshing(self) -> None:
        """The window closes: no late preview refresh may reach the closed store."""
        self._preview_timer.stop()
        self._preview_timer.blockSignals(True)

    def _note_readiness(self, dossier: Dossier, changed_since: int | None) -> None:
        """Keep the register's readiness column in step with what the Overview would say, and
        its note of the adopted version the dossier now differs from."""
        state = readiness_state_of(dossier, self.catalogue)
        if (dossier.id, state, changed_since) == self._readiness:
            return
        self._readiness = (dossier.id, state, changed_since)
        self.autosaver.mark_dirty(
            ("readiness", dossier.id),
            lambda: dossier_jobs.readiness_job(dossier.id, state, changed_since),
        )

    def set_guidance_visible(self, visible: bool) -> None:
        for page in self.question_pages:
            page.set_guidance_visible(visible)

    def set_preview_visible(self, visible: bool) -> None:
        self._preview_wanted = visible
        self.preview.setVisible(visible and self.stack.currentWidget() is not self.document_page)
        if visible:
            self.refresh()
