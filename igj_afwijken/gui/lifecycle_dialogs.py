"""The dialogs of a dossier's life: adopting a version, ending the deviation, comparing versions.

Each dialog only reads its form; the caller applies the result with igj_afwijken.domain.lifecycle.
They work without exec(), so tests build them directly; `ask_adoption`, `ask_ending` and
`show_versions` open them modally for the main window."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain import lifecycle
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import END_REASONS, Dossier, Person, Version
from igj_afwijken.domain.text import long_date
from igj_afwijken.gui.form_dialog import FormDialog
from igj_afwijken.gui.widgets import ChoiceField, DateField, explanation, heading, plain_label

CURRENT = "huidig"  # the key of "Huidige tekst": the dossier as it is now
VersionKey = int | str  # a version number, or CURRENT

# Removed words are struck through, added words underlined: readable in black and white and
# for colour-blind readers; the colours (dark red, dark green on a soft band) only add to that.
REMOVED_STYLE = "color:#8b1a1a; background-color:#fbe3e3;"
ADDED_STYLE = "color:#0b5a24; background-color:#dff2e4;"


def _person_text(person: Person) -> str:
    if person.name and person.role:
        return f"{person.name} ({person.role})"
    return person.name or person.role


class AdoptDialog(FormDialog):
    """Adopt ("vaststellen") the dossier as its next version: who, in what role, and when.
    `adoption()` reads the form; the caller passes it to lifecycle.adopt."""

    def __init__(
        self,
        dossier: Dossier,
        catalogue: Catalogue,
        default_by: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("adoptProblem", parent)
        self.ok_button.setText(self.tr("Vaststellen"))
        self.dossier = dossier
        self.catalogue = catalogue
        self.number = dossier.version_number + 1
        default_by = default_by or Person()
        self.setWindowTitle(self.tr("Afwijking vaststellen"))
        self.setMinimumWidth(500)

        self.version_label = heading(
            self.tr("Dit wordt versie %1.").replace("%1", str(self.number)), 1.15
        )
        self.version_label.setObjectName("adoptVersion")
        self.changes: list[lifecycle.Change] = []
        self.summary_label: QLabel | None = None
        if self.number > 1:
            self.changes = lifecycle.changed_since_adoption(dossier, catalogue)
            self.summary_label = plain_label(lifecycle.summarise(self.changes, catalogue))
            self.summary_label.setObjectName("adoptSummary")

        self.name = QLineEdit(default_by.name)
        self.name.setAccessibleName(self.tr("Vastgesteld door"))
        self.name.setAccessibleDescription(self.tr("De naam van wie de afwijking vaststelt"))
        self.role = QLineEdit(default_by.role)
        self.role.setAccessibleName(self.tr("Functie van wie vaststelt"))
        self.on = DateField(self.tr("kies een datum"))
        self.on.setAccessibleName(self.tr("Datum van vaststelling"))
        self.on.set_value(date.today())

        form = QFormLayout()
        form.addRow(self.tr("Vastgesteld &door:"), self.name)
        form.addRow(self.tr("&Functie:"), self.role)
        form.addRow(self.tr("D&atum:"), self.on)

        above = [plain_label(dossier.title or self.tr("Zonder titel")), self.version_label]
        if self.summary_label is not None:
            above.append(self.summary_label)
        above.append(
            explanation(
                self.tr(
                    "Met vaststellen legt u deze tekst vast als versie van de afwijking. "
                    "Wijzigingen daarna worden een nieuwe versie; de vastgestelde versie "
                    "blijft bewaard."
                )
            )
        )
        self.finish_layout(above, form)

        self.name.textChanged.connect(self._check)
        self.on.dateChanged.connect(self._check)
        self._check()
        self.name.setFocus()

    def problem_text(self) -> str:
        """Why the dossier cannot be adopted from this form yet, or ""."""
        if self.number > 1 and not self.changes:
            return self.tr(
                "Er is niets veranderd sinds versie %1; een nieuwe versie is niet nodig."
            ).replace("%1", str(self.number - 1))
        if not self.name.text().strip():
            return self.tr("Vul in wie de afwijking vaststelt.")
        if self.on.value() is None:
            return self.tr("Kies de datum van vaststelling.")
        return ""

    def adoption(self) -> tuple[Person, date]:
        person = Person(name=self.name.text().strip(), role=self.role.text().strip())
        return person, self.on.value() or date.today()


class EndDialog(FormDialog):
    """End the deviation: when, why (back to the norm, or replaced by another dossier) and an
    explanation. `others` are the (id, title) pairs of the dossiers that can replace this one.
    `ending()` reads the form; the caller passes it to lifecycle.end."""

    def __init__(
        self,
        catalogue: Catalogue,
        others: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("endProblem", parent)
        self.ok_button.setText(self.tr("Beëindigen"))
        self.catalogue = catalogue
        self.others = list(others)
        self.setWindowTitle(self.tr("Afwijking beëindigen"))
        self.setMinimumWidth(520)

        self.on = DateField(self.tr("kies een datum"))
        self.on.setAccessibleName(self.tr("Datum van beëindigen"))
        self.on.set_value(date.today())

        self.reason_box = QGroupBox(self.tr("&Reden"))
        self.reason_box.setAccessibleName(self.tr("Reden van beëindigen"))
        self.reason_group = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        reasons = QVBoxLayout(self.reason_box)
        for reason in END_REASONS:
            button = QRadioButton(catalogue.end_reasons.get(reason, reason))
            button.setProperty("reason", reason)
            self.reason_group.addButton(button)
            self.reason_buttons[reason] = button
            reasons.addWidget(button)
        self.reason_buttons[END_REASONS[0]].setChecked(True)

        self.replaced_by = ChoiceField()
        self.replaced_by.setAccessibleName(self.tr("Vervangen door"))
        self.replaced_by.setAccessibleDescription(
            self.tr("De afwijking die deze vervangt; alleen bij vervangen")
        )
        self.replaced_by.addItem(self.tr("Kies een afwijking…"), "")
        for dossier_id, title in self.others:
            self.replaced_by.addItem(title or self.tr("Zonder titel"), dossier_id)
        self.replaced_by.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.replaced_by.setMinimumContentsLength(30)
        self.replaced_by_label = QLabel(self.tr("Vervangen &door:"))
        self.replaced_by_label.setBuddy(self.replaced_by)

        self.explanation_edit = QPlainTextEdit()
        self.explanation_edit.setTabChangesFocus(True)
        self.explanation_edit.setAccessibleName(self.tr("Toelichting"))
        self.explanation_edit.setAccessibleDescription(
            self.tr("Waarom de afwijking stopt en wat er nu geldt")
        )
        self.explanation_edit.setMinimumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("D&atum:"), self.on)
        form.addRow(self.reason_box)
        form.addRow(self.replaced_by_label, self.replaced_by)
        form.addRow(self.tr("&Toelichting:"), self.explanation_edit)

        intro = self.tr(
            "Leg vast wanneer en waarom de afwijking stopt. Een beëindigde afwijking "
            "kan daarna niet opnieuw worden vastgesteld; het dossier blijft bewaard."
        )
        self.finish_layout([explanation(intro)], form)

        self.reason_group.buttonToggled.connect(self._check)
        self.replaced_by.currentIndexChanged.connect(self._check)
        self.on.dateChanged.connect(self._check)
        self._check()
        self.on.setFocus()

    def reason(self) -> str:
        checked = self.reason_group.checkedButton()
        return checked.property("reason") if checked else END_REASONS[0]

    def set_reason(self, reason: str) -> None:
        self.reason_buttons[reason].setChecked(True)

    def chosen_replacement(self) -> str:
        """The id of the replacing dossier, "" while none is chosen or it is not replaced."""
        if self.reason() != "vervangen":
            return ""
        return self.replaced_by.currentData() or ""

    def problem_text(self) -> str:
        if self.on.value() is None:
            return self.tr("Kies de datum waarop de afwijking stopt.")
        if self.reason() == "vervangen" and not self.chosen_replacement():
            if not self.others:
                return self.tr("Er is geen andere afwijking die deze kan vervangen.")
            return self.tr("Kies de afwijking die deze vervangt.")
        return ""

    def _check(self, *_args) -> None:
        replaced = self.reason() == "vervangen"
        self.replaced_by.setEnabled(replaced)
        self.replaced_by_label.setEnabled(replaced)
        super()._check()

    def ending(self) -> tuple[date, str, str, str]:
        """(on, reason, explanation, replaced_by), as lifecycle.end takes them."""
        return (
            self.on.value() or date.today(),
            self.reason(),
            self.explanation_edit.toPlainText().strip(),
            self.chosen_replacement(),
        )


class VersionsDialog(QDialog):
    """The adopted versions of a dossier, and the differences between any two of them or the
    current text, question by question and word by word."""

    def __init__(
        self, dossier: Dossier, catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.catalogue = catalogue
        self.html = ""
        self._states: dict[VersionKey, Dossier] = {CURRENT: dossier}
        self.setWindowTitle(self.tr("Versies vergelijken"))
        self.setMinimumSize(720, 560)
        self.resize(900, 720)

        self.table = self._version_table(dossier.versions)
        table_label = QLabel(self.tr("Vastgestelde ve&rsies:"))
        table_label.setBuddy(self.table)

        self.from_combo = self._state_combo(self.tr("Vergelijk van"))
        self.to_combo = self._state_combo(self.tr("Vergelijk naar"))
        from_label = QLabel(self.tr("&Van:"))
        from_label.setBuddy(self.from_combo)
        to_label = QLabel(self.tr("&Naar:"))
        to_label.setBuddy(self.to_combo)
        choice = QHBoxLayout()
        choice.addWidget(from_label)
        choice.addWidget(self.from_combo, 1)
        choice.addSpacing(16)
        choice.addWidget(to_label)
        choice.addWidget(self.to_combo, 1)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setTabChangesFocus(True)
        self.browser.setAccessibleName(self.tr("Verschillen"))
        self.browser.setAccessibleDescription(
            self.tr("Weggehaalde woorden zijn doorgestreept, toegevoegde woorden onderstreept")
        )
        browser_label = QLabel(self.tr("Ver&schillen:"))
        browser_label.setBuddy(self.browser)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(dossier.title or self.tr("Zonder titel")))
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice)
        layout.addWidget(browser_label)
        layout.addWidget(self.browser, 3)
        layout.addWidget(buttons)

        from_key, to_key = self.default_keys()
        self.show_comparison(from_key, to_key)
        self.from_combo.currentIndexChanged.connect(self._choice_changed)
        self.to_combo.currentIndexChanged.connect(self._choice_changed)
        self.from_combo.setFocus()

    # building

    def _version_table(self, versions: Sequence[Version]) -> QTableWidget:
        table = QTableWidget(len(versions), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Versie"), self.tr("Vastgesteld op"), self.tr("Door"), self.tr("Wijzigingen")]
        )
        table.setAccessibleName(self.tr("Vastgestelde versies"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        summaries = lifecycle.version_summaries(self.dossier, self.catalogue)
        for row, version in enumerate(versions):
            cells = [
                str(version.number),
                long_date(version.adopted_on),
                _person_text(version.adopted_by),
                summaries[version.number],
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        table.setMinimumHeight(110)
        return table

    def _state_combo(self, name: str) -> QComboBox:
        combo = ChoiceField()
        combo.setAccessibleName(name)
        for version in self.dossier.versions:
            combo.addItem(
                self.tr("Versie %1 (%2)")
                .replace("%1", str(version.number))
                .replace("%2", long_date(version.adopted_on)),
                version.number,
            )
        combo.addItem(self.tr("Huidige tekst"), CURRENT)
        return combo

    # choosing

    def default_keys(self) -> tuple[VersionKey, VersionKey]:
        """The last version against the current text; the two last versions when nothing
        changed since the last one."""
        versions = self.dossier.versions
        if not versions:
            return CURRENT, CURRENT
        last = versions[-1].number
        if len(versions) >= 2 and not lifecycle.changed_since_adoption(
            self.dossier, self.catalogue
        ):
            return versions[-2].number, last
        return last, CURRENT

    def chosen_keys(self) -> tuple[VersionKey, VersionKey]:
        return self.from_combo.currentData(), self.to_combo.currentData()

    def _choice_changed(self, _index: int) -> None:
        self.show_comparison(*self.chosen_keys())

    def show_comparison(self, from_key: VersionKey, to_key: VersionKey) -> None:
        """Choose two states (a version number, or CURRENT) and show what differs."""
        for combo, key in ((self.from_combo, from_key), (self.to_combo, to_key)):
            index = combo.findData(key)
            if index < 0:
                raise KeyError(key)
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.html = self.comparison_html(from_key, to_key)
        self.browser.setHtml(self.html)

    # rendering

    def state(self, key: VersionKey) -> Dossier:
        if key not in self._states:
            version = next(v for v in self.dossier.versions if v.number == key)
            self._states[key] = lifecycle.version_dossier(version)
        return self._states[key]

    def state_name(self, key: VersionKey) -> str:
        if key == CURRENT:
            return self.tr("de huidige tekst")
        version = next(v for v in self.dossier.versions if v.number == key)
        return (
            self.tr("versie %1 (%2)")
            .replace("%1", str(version.number))
            .replace("%2", long_date(version.adopted_on))
        )

    def comparison_html(self, from_key: VersionKey, to_key: VersionKey) -> str:
        """The differences between two states as HTML; every text from the dossier escaped."""
        if not self.dossier.versions:
            return self._paragraph(
                self.tr("Deze afwijking heeft nog geen vastgestelde versie om mee te vergelijken.")
            )
        changes = lifecycle.compare(self.state(from_key), self.state(to_key), self.catalogue)
        title = (
            self.tr("Van %1 naar %2")
            .replace("%1", self.state_name(from_key))
            .replace("%2", self.state_name(to_key))
        )
        parts = [f"<p><b>{html.escape(title)}</b></p>"]
        if not changes:
            parts.append(self._paragraph(self.tr("Geen verschillen.")))
            return "\n".join(parts)
        struck, underlined = self.tr("doorgestreept"), self.tr("onderstreept")
        parts.append(
            "<p>"
            + html.escape(self.tr("Weggehaald:"))
            + f' <s style="{REMOVED_STYLE}">{html.escape(struck)}</s>'
            + " &nbsp; "
            + html.escape(self.tr("Toegevoegd:"))
            + f' <u style="{ADDED_STYLE}">{html.escape(underlined)}</u>'
            + "</p>"
        )
        for group in self._group_order(changes):
            parts.append(f"<h3>{html.escape(self._group_heading(group))}</h3>")
            for change in (c for c in changes if c.group == group):
                parts.append(
                    f'<p style="margin-bottom:2px;"><b>{html.escape(change.label)}</b></p>'
                )
                parts.append(f'<p style="margin-left:12px;">{self._diff_html(change)}</p>')
        return "\n".join(parts)

    def _group_order(self, changes: list[lifecycle.Change]) -> list[str]:
        known = [lifecycle.START, *(q.id for q in self.catalogue.questions)]
        present = {c.group for c in changes}
        others = [g for g in dict.fromkeys(c.group for c in changes) if g not in known]
        return [g for g in known if g in present] + others

    def _group_heading(self, group: str) -> str:
        if group == lifecycle.START:
            return self.tr("Gegevens")
        question = next((q for q in self.catalogue.questions if q.id == group), None)
        if question is None:
            return group
        return (
            self.tr("Vraag %1. %2").replace("%1", str(question.number)).replace("%2", question.text)
        )

    def _diff_html(self, change: lifecycle.Change) -> str:
        parts = []
        previous = ""
        for kind, text in readable_diff(change.old, change.new):
            escaped = html.escape(text).replace("\n", "<br>")
            if kind == "added" and previous == "removed":
                parts.append(" ")  # keep the old and the new words apart, also as plain text
            if kind == "removed":
                parts.append(f'<s style="{REMOVED_STYLE}">{escaped}</s>')
            elif kind == "added":
                parts.append(f'<u style="{ADDED_STYLE}">{escaped}</u>')
            else:
                parts.append(escaped)
            previous = kind
        return "".join(parts)

    @staticmethod
    def _paragraph(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"


@dataclass
class _Edit:
    """Removed and added text at one place in a diff."""

    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return max(len("".join(self.removed).strip()), len("".join(self.added).strip()))


def readable_diff(old: str, new: str) -> list[tuple[str, str]]:
    """lifecycle.word_diff, with the small matches between changes folded into them, so a
    rewritten sentence reads as the old sentence struck through and the new one after it
    instead of loose words. A match is folded when it is only whitespace, or no longer than
    the changes on both sides of it. The new text (the same and added runs) stays whole."""
    groups: list[str | _Edit] = []  # unchanged text, or an edit
    for kind, text in lifecycle.word_diff(old, new):
        if kind == "same":
            groups.append(text)
            continue
        if not groups or isinstance(groups[-1], str):
            groups.append(_Edit())
        edit = groups[-1]
        (edit.removed if kind == "removed" else edit.added).append(text)

    merged: list[str | _Edit] = []
    for index, group in enumerate(groups):
        if isinstance(group, _Edit):
            if merged and isinstance(merged[-1], _Edit):
                merged[-1].removed.extend(group.removed)
                merged[-1].added.extend(group.added)
            else:
                merged.append(_Edit(list(group.removed), list(group.added)))
            continue
        following = groups[index + 1] if index + 1 < len(groups) else None
        if merged and isinstance(merged[-1], _Edit) and isinstance(following, _Edit):
            word = group.strip()
            if not word or len(word) <= min(merged[-1].size, following.size):
                merged[-1].removed.append(group)
                merged[-1].added.append(group)
                continue
        merged.append(group)

    runs: list[tuple[str, str]] = []
    for group in merged:
        if isinstance(group, str):
            runs.append(("same", group))
            continue
        removed, added = "".join(group.removed), "".join(group.added)
        if removed.strip():
            runs.append(("removed", removed))
        if added.strip():
            runs.append(("added", added))
        elif added:
            runs.append(("same", added))  # only whitespace is left of the new text here
    return runs


def ask_adoption(
    parent: QWidget | None,
    dossier: Dossier,
    catalogue: Catalogue,
    default_by: Person | None = None,
) -> tuple[Person, date] | None:
    """Ask who adopts the dossier and when; None when the user cancels."""
    dialog = AdoptDialog(dossier, catalogue, default_by, parent)
    try:
        return dialog.adoption() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_ending(
    parent: QWidget | None, catalogue: Catalogue, others: Sequence[tuple[str, str]] = ()
) -> tuple[date, str, str, str] | None:
    """Ask when and why the deviation ends; None when the user cancels."""
    dialog = EndDialog(catalogue, others, parent)
    try:
        return dialog.ending() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def show_versions(parent: QWidget | None, dossier: Dossier, catalogue: Catalogue) -> None:
    dialog = VersionsDialog(dossier, catalogue, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
