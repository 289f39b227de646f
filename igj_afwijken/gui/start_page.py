"""The Start step: the dossier's facts, the rule deviated from, and the law gate right beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import DURATION_MONTHS, Dossier, Person, Rule
from igj_afwijken.gui.widgets import (
    ChoiceField,
    DateField,
    NumberField,
    ScrollingPage,
    explanation,
    heading,
)


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
        general = QGroupBox(self.tr("Over de afwijking"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Organisatie:"), self.organisation)
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
        self.rule_section.setPlaceholderText(self.tr("Bijvoorbeeld: norm 3.1.2"))
        self.law_gate = QLabel(
            f"<b>{catalogue.law_gate_title}</b><br>{catalogue.law_gate_explanation}"
        )
        self.law_gate.setWordWrap(True)
        self.law_gate.setObjectName("lawGate")
        self.law_gate.setStyleSheet(
            "#lawGate { background: #fdecea; color: #5f1610; border: 1px solid #d9534f;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.law_gate.setAccessibleName(catalogue.law_gate_title)
        self.law_gate.hide()
        rule = QGroupBox(self.tr("Waarvan wijkt u af?"))
        form = QFormLayout(rule)
        form.addRow(self.tr("&Regel:"), self.rule_name)
        form.addRow(self.tr("Soort r&egel:"), self.rule_kind)
        form.addRow(self.law_gate)
        form.addRow(self.tr("Bro&n:"), self.rule_source)
        form.addRow(self.tr("Onder&deel:"), self.rule_section)
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
        self.duration.setSuffix(self.tr(" maanden"))
        self.duration.setSpecialValueText(self.tr("nog niet bepaald"))
        self.responsible_name = QLineEdit()
        self.responsible_role = QLineEdit()
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
        self.rule_kind.currentIndexChanged.connect(self._store)
        self.start_date.dateChanged.connect(self._store)
        self.duration.valueChanged.connect(self._store)

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
            "rule.name": self.rule_name,
            "rule.kind": self.rule_kind,
            "rule.source": self.rule_source,
            "rule.section": self.rule_section,
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
        self.law_gate.setVisible(dossier.rule.is_law)
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
        dossier.rule = Rule(
            name=self.rule_name.text(),
            kind=self.rule_kind.currentData(),
            source=self.rule_source.text(),
            section=self.rule_section.text(),
        )
        dossier.start_date = self.start_date.value()
        dossier.duration_months = self.duration.value() or None
        dossier.responsible = Person(self.responsible_name.text(), self.responsible_role.text())
        # Topics this catalogue does not know (from a newer version) are kept as they are.
        dossier.topics = tuple(t for t in dossier.topics if t not in self.topic_boxes) + tuple(
            t for t, box in self.topic_boxes.items() if box.isChecked()
        )
        self.law_gate.setVisible(dossier.rule.is_law)
        self.changed.emit()
