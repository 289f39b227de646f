"""The dialogs of a dossier's life: adopting a version and ending the deviation; comparing
versions is in igj_afwijken.gui.version_compare.

Each dialog only reads its form; the caller applies the result with igj_afwijken.domain.lifecycle.
They work without exec(), so tests build them directly; `ask_adoption`, `ask_ending` and
`show_versions` open them modally for the main window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain import lifecycle
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import END_REASONS, Dossier, Person
from igj_afwijken.gui.form_dialog import FormDialog
from igj_afwijken.gui.version_compare import CURRENT, VersionsDialog, show_versions
from igj_afwijken.gui.widgets import ChoiceField, DateField, explanation, heading, plain_label

# The main window and the tests reach the versions dialog through this module too.
__all__ = [
    "CURRENT",
    "AdoptDialog",
    "EndDialog",
    "VersionsDialog",
    "ask_adoption",
    "ask_ending",
    "show_versions",
]


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

        above: list[QWidget] = [
            plain_label(dossier.title or self.tr("Zonder titel")),
            self.version_label,
        ]
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
