"""The dialog that lists a dossier's adopted versions and shows what differs between two."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain import lifecycle
from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier, Person, Version
from igj_afwijken.domain.text import long_date
from igj_afwijken.gui.widgets import ChoiceField, plain_label

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
        for kind, text in lifecycle.readable_diff(change.old, change.new):
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


def show_versions(parent: QWidget | None, dossier: Dossier, catalogue: Catalogue) -> None:
    dialog = VersionsDialog(dossier, catalogue, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
