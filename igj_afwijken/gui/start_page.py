"""The Start step: the dossier's facts, the rule deviated from, and the law gate right beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.laws import Law, deviates_from_law, named_law
from igj_afwijken.domain.model import DURATION_MONTHS, Dossier, Person, Rule
from igj_afwijken.gui.widgets import (
    ChoiceField,
    DateField,
    NumberField,
    ScrollingPage,
    explanation,
    heading,
    note_box,
    show_start_when_left,
)


class BoxLabel(QLabel):
    """The words of a check box, wrapped over as many lines as they need; a click on them ticks
    the box, as a click on a check box's own words does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)
        box.setAccessibleName(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside and self._box.isEnabled():
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


class StartPage(ScrollingPage):
    """Edits the dossier's own fields; emits `changed` after it updated the dossier."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._dossier: Dossier | None = None
        self.body.addWidget(heading(self.tr("Start: de feiten")))
        self.body.addWidget(explanation(catalogue.step_intros["start"]))

        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.location = QLineEdit()
        self.team = QLineEdit()
        self.sector = ChoiceField()
        self.sector.addItem(self.tr("— kies een sector —"), "")
        for key, label in catalogue.sectors.items():
            self.sector.addItem(label, key)
        # Whether the organisation has a raad van toezicht: then it belongs among those involved.
        self.supervisory_board = ChoiceField()
        self.supervisory_board.setAccessibleName(self.tr("Raad van toezicht"))
        self.supervisory_board.addItem(self.tr("— nog niet aangegeven —"), None)
        self.supervisory_board.addItem(
            self.tr("Ja, onze organisatie heeft een raad van toezicht"), True
        )
        self.supervisory_board.addItem(self.tr("Nee, geen raad van toezicht"), False)
        general = QGroupBox(self.tr("Over de afwijking"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Organisatie:"), self.organisation)
        form.addRow(self.tr("Raad van toe&zicht:"), self.supervisory_board)
        form.addRow(self.tr("Lo&catie:"), self.location)
        form.addRow(self.tr("Te&am of afdeling:"), self.team)
        form.addRow(self.tr("&Sector:"), self.sector)
        self.body.addWidget(general)

        self.rule_name = QLineEdit()
        self.rule_name.setPlaceholderText(
            self.tr("Bijvoorbeeld: twee verzorgenden-IG per avonddienst")
        )
        self.rule_kind = ChoiceField()
        for key, label in catalogue.rule_kinds.items():
            self.rule_kind.addItem(label, key)
        self.rule_source = QLineEdit()
        self.rule_source.setPlaceholderText(
            self.tr("Bijvoorbeeld: Kwaliteitskader Verpleeghuiszorg")
        )
        self.rule_section = QLineEdit()
        self.rule_section.setPlaceholderText(
            self.tr("Bijvoorbeeld: het hoofdstuk, de paragraaf of de aanbeveling")
        )
        self._gate_for_law = (
            f"<b>{catalogue.law_gate_title}</b><br>{catalogue.law_gate_explanation}"
        )
        self._gate_for_name = "<b>{}</b><br>{}".format(
            catalogue.law_gate_title,
            self.tr(
                "Deze regel noemt een wet, en van de wet zelf kunt u niet afwijken. Daarom maakt "
                "het programma geen verantwoording en kan het dossier niet worden vastgesteld, tot "
                "u hierboven aanvinkt dat de regel uw eigen richtlijn of protocol is, gebouwd op "
                "deze wet."
            ),
        )
        self.law_gate = QLabel(self._gate_for_law)
        self.law_gate.setWordWrap(True)
        self.law_gate.setObjectName("lawGate")
        self.law_gate.setStyleSheet(
            "#lawGate { background: #fdecea; color: #5f1610; border: 1px solid #d9534f;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.law_gate.setAccessibleName(catalogue.law_gate_title)
        self.law_gate.hide()
        # A law named in the rule's name, source or section: what it requires, and whether the
        # rule is the organisation's own guideline or protocol built on it (which can be explained).
        self.law_notice = QWidget()
        notice = QVBoxLayout(self.law_notice)
        notice.setContentsMargins(0, 0, 0, 0)
        self.law_notice_text = note_box("", "law")
        self.built_on_law = QCheckBox()
        self.built_on_law.setObjectName("builtOnLaw")
        self.built_on_law_label = BoxLabel(
            self.tr(
                "Deze regel is onze eigen richtlijn of ons eigen protocol, gebouwd op deze wet "
                "— niet de eis van de wet zelf"
            ),
            self.built_on_law,
        )
        confirm = QHBoxLayout()
        confirm.addWidget(self.built_on_law, 0, Qt.AlignmentFlag.AlignTop)
        confirm.addWidget(self.built_on_law_label, 1)
        notice.addWidget(self.law_notice_text)
        notice.addLayout(confirm)
        self.law_notice.hide()
        self._law_id = ""  # the law last named: another law named unticks the box
        rule = QGroupBox(self.tr("Waarvan wijkt u af?"))
        form = QFormLayout(rule)
        form.addRow(self.tr("&Regel:"), self.rule_name)
        form.addRow(self.tr("Soort r&egel:"), self.rule_kind)
        form.addRow(self.tr("Bro&n:"), self.rule_source)
        form.addRow(self.tr("Onder&deel:"), self.rule_section)
        form.addRow(self.law_notice)
        form.addRow(self.law_gate)
        self.body.addWidget(rule)

        topics = QGroupBox(self.tr("Waar gaat de afwijking over?"))
        topics_layout = QVBoxLayout(topics)
        topics_layout.addWidget(
            explanation(
                self.tr(
                    "Kies wat van toepassing is (meer mag). Bij de vragen verschijnen dan de "
                    "punten waar de inspectie bij dat onderwerp naar kijkt."
                )
            )
        )
        self.topic_boxes: dict[str, QCheckBox] = {}
        for topic in catalogue.topics:
            box = QCheckBox(topic.title)
            box.setObjectName(f"topic:{topic.id}")
            box.setToolTip(topic.description)
            box.setAccessibleDescription(topic.description)
            box.toggled.connect(self._store)
            self.topic_boxes[topic.id] = box
            topics_layout.addWidget(box)
            description = explanation(topic.description)
            description.setContentsMargins(24, 0, 0, 4)
            topics_layout.addWidget(description)
        self.body.addWidget(topics)

        self.start_date = DateField(self.tr("nog niet bekend"))
        self.duration = NumberField()
        self.duration.setRange(0, DURATION_MONTHS[-1])  # 0: not yet known
        self._show_duration_unit(0)
        self.duration.setSpecialValueText(self.tr("nog niet bepaald"))
        self.responsible_name = QLineEdit()
        self.responsible_role = QLineEdit()
        show_start_when_left(*self._line_edits())
        timing = QGroupBox(self.tr("Looptijd en verantwoordelijke"))
        form = QFormLayout(timing)
        form.addRow(self.tr("&Ingangsdatum:"), self.start_date)
        form.addRow(self.tr("Beoogde d&uur:"), self.duration)
        form.addRow(self.tr("&Verantwoordelijke:"), self.responsible_name)
        form.addRow(self.tr("&Functie:"), self.responsible_role)
        self.body.addWidget(timing)
        self.body.addStretch(1)

        for line in self._line_edits():
            line.textEdited.connect(self._store)
        self.sector.currentIndexChanged.connect(self._store)
        self.supervisory_board.currentIndexChanged.connect(self._store)
        self.rule_kind.currentIndexChanged.connect(self._store)
        self.built_on_law.toggled.connect(self._store)
        self.start_date.dateChanged.connect(self._store)
        self.duration.valueChanged.connect(self._show_duration_unit)
        self.duration.valueChanged.connect(self._store)

    def _show_duration_unit(self, months: int) -> None:
        """The unit after the number agrees with it: "1 maand", "18 maanden"."""
        self.duration.setSuffix(self.tr(" maand") if months == 1 else self.tr(" maanden"))

    def _line_edits(self) -> list[QLineEdit]:
        return [
            self.title,
            self.organisation,
            self.location,
            self.team,
            self.rule_name,
            self.rule_source,
            self.rule_section,
            self.responsible_name,
            self.responsible_role,
        ]

    def field_widget(self, field: str) -> QWidget:
        """The widget for a dossier field name as readiness findings use them."""
        return {
            "title": self.title,
            "organisation": self.organisation,
            "location": self.location,
            "team": self.team,
            "sector": self.sector,
            "has_supervisory_board": self.supervisory_board,
            "rule.name": self.rule_name,
            "rule.kind": self.rule_kind,
            "rule.source": self.rule_source,
            "rule.section": self.rule_section,
            "rule.built_on_law": self.built_on_law,
            "start_date": self.start_date,
            "duration_months": self.duration,
            "responsible.name": self.responsible_name,
            "responsible.role": self.responsible_role,
            "topics": next(iter(self.topic_boxes.values()), self.title),
        }.get(field, self.title)

    def show_dossier(self, dossier: Dossier) -> None:
        self._dossier = None  # no stores while the fields are filled in
        self.title.setText(dossier.title)
        self.organisation.setText(dossier.organisation)
        self.location.setText(dossier.location)
        self.team.setText(dossier.team)
        self.sector.setCurrentIndex(max(0, self.sector.findData(dossier.sector)))
        self.supervisory_board.setCurrentIndex(
            {None: 0, True: 1, False: 2}[dossier.has_supervisory_board]
        )
        self.rule_name.setText(dossier.rule.name)
        self.rule_kind.setCurrentIndex(max(0, self.rule_kind.findData(dossier.rule.kind)))
        self.rule_source.setText(dossier.rule.source)
        self.rule_section.setText(dossier.rule.section)
        self.start_date.set_value(dossier.start_date)
        self.duration.setValue(dossier.duration_months or 0)
        self.responsible_name.setText(dossier.responsible.name)
        self.responsible_role.setText(dossier.responsible.role)
        for topic_id, box in self.topic_boxes.items():
            box.setChecked(topic_id in dossier.topics)
        for line in self._line_edits():
            line.setCursorPosition(0)  # a long title shows from its beginning
        law = named_law(dossier.rule)
        self._law_id = law.id if law else ""
        self.built_on_law.setChecked(dossier.rule.built_on_law and law is not None)
        self._show_law(dossier.rule, law)
        self._dossier = dossier

    def _store(self) -> None:
        dossier = self._dossier
        if dossier is None:
            return
        dossier.title = self.title.text()
        dossier.organisation = self.organisation.text()
        dossier.location = self.location.text()
        dossier.team = self.team.text()
        if self.sector.findData(dossier.sector) >= 0 or self.sector.currentIndex() > 0:
            dossier.sector = self.sector.currentData() or ""  # an unknown sector stays as it was
        dossier.has_supervisory_board = (None, True, False)[
            max(0, self.supervisory_board.currentIndex())
        ]
        dossier.rule = self._rule()
        dossier.start_date = self.start_date.value()
        dossier.duration_months = self.duration.value() or None
        dossier.responsible = Person(self.responsible_name.text(), self.responsible_role.text())
        # Topics this catalogue does not know (from a newer version) are kept as they are.
        dossier.topics = tuple(t for t in dossier.topics if t not in self.topic_boxes) + tuple(
            t for t, box in self.topic_boxes.items() if box.isChecked()
        )
        self.changed.emit()

    def _rule(self) -> Rule:
        """The rule as the fields show it. The box counts only while it is shown for a law."""
        rule = Rule(
            name=self.rule_name.text(),
            kind=self.rule_kind.currentData(),
            source=self.rule_source.text(),
            section=self.rule_section.text(),
        )
        law = named_law(rule)
        if law is not None and law.id != self._law_id:
            if self._law_id:  # another law than before: the tick was given for that one
                with QSignalBlocker(self.built_on_law):
                    self.built_on_law.setChecked(False)
            self._law_id = law.id
        rule = replace(rule, built_on_law=law is not None and self.built_on_law.isChecked())
        self._show_law(rule, law)
        return rule

    def _show_law(self, rule: Rule, law: Law | None) -> None:
        """The notice about a law the rule names, and the law gate when the rule is a law."""
        self.law_notice.setVisible(law is not None)
        if law is not None:
            parts = [
                self.tr("U noemt hier een wettelijke eis: {law}.").format(law=law.title),
                law.requires,
                self.tr("Van de wet zelf kunt u niet afwijken."),
            ]
            if not rule.is_law:
                parts[-1] += " " + self.tr(
                    "Is de regel uw eigen richtlijn of protocol, gebouwd op deze wet? Dan kunt u "
                    "er wel beargumenteerd van afwijken, zolang u blijft doen wat de wet eist."
                )
            parts.append(self.tr("Bron: {source}").format(source=law.source))
            self.law_notice_text.setText("\n\n".join(parts))
        self.built_on_law.setVisible(not rule.is_law)  # a law stays a law
        self.built_on_law_label.setVisible(not rule.is_law)
        self.law_gate.setText(self._gate_for_law if rule.is_law else self._gate_for_name)
        self.law_gate.setVisible(deviates_from_law(rule))
