"""The Document step: the finished justification with print and export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.readiness import Finding
from igj_afwijken.gui.preview import PreviewPane
from igj_afwijken.gui.widgets import ChoiceField, explanation, heading, note_box
from igj_afwijken.rendering import embeds_dossier_by_default
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE, template_names


class DocumentPage(QWidget):
    """Emits `templateChanged(name)` when the user chooses another kind of document."""

    templateChanged = Signal(str)

    def __init__(
        self, catalogue: Catalogue, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading(self.tr("Document")))
        layout.addWidget(explanation(catalogue.step_intros["document"]))
        self.template_choice = ChoiceField()
        self.template_choice.setAccessibleName(self.tr("Soort document"))
        # Whether an exported PDF carries the dossier, so that it can be imported again; set
        # to the chosen kind's default each time the kind changes, then the user's to change.
        self.embed_dossier = QCheckBox(
            self.tr("Het &dossier meegeven in de PDF, zodat het weer kan worden ingelezen")
        )
        self.embed_dossier.setToolTip(
            self.tr(
                "Een PDF met het dossier erin kan later met Importeren weer worden geopend, met "
                "alle antwoorden. Voor de volledige verantwoording en het archief staat dit aan; "
                "voor de samenvatting en de adviesaanvraag, die naar vrijwilligers gaan, uit."
            )
        )
        self._catalogue = catalogue
        self.set_templates(template_names())
        self.template_choice.currentIndexChanged.connect(self._template_chosen)
        choice_label = QLabel(self.tr("&Soort document:"))
        choice_label.setBuddy(self.template_choice)
        choice = QHBoxLayout()
        choice.addWidget(choice_label)
        choice.addWidget(self.template_choice)
        choice.addStretch(1)
        layout.addLayout(choice)
        layout.addWidget(self.embed_dossier)
        # What the chosen kind of document still lacks, such as the texts in plain words.
        self.notice = note_box("", "documentNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        # Two rows, so that every button shows its whole name at 1366 pixels wide.
        buttons = QGridLayout()
        per_row = (len(actions) + 1) // 2
        for index, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, index // per_row, index % per_row)
        layout.addLayout(buttons)
        self.preview = PreviewPane()
        self.preview.setAccessibleName(self.tr("Voorbeeld van het document"))
        layout.addWidget(self.preview, 1)

    def set_templates(self, names: list[str]) -> None:
        """Offer these kinds of document (built-in and the organisation's own); keep the choice."""
        chosen = self.template_choice.currentData() or DEFAULT_TEMPLATE
        self.template_choice.blockSignals(True)
        self.template_choice.clear()
        for name in names:
            self.template_choice.addItem(self._catalogue.document_kinds.get(name, name), name)
        index = self.template_choice.findData(chosen)
        self.template_choice.setCurrentIndex(
            index if index >= 0 else max(0, self.template_choice.findData(DEFAULT_TEMPLATE))
        )
        self.template_choice.blockSignals(False)
        self.embed_dossier.setChecked(embeds_dossier_by_default(self.current_template()))

    def _template_chosen(self) -> None:
        self.embed_dossier.setChecked(embeds_dossier_by_default(self.current_template()))
        self.templateChanged.emit(self.current_template())

    def show_findings(self, findings: list[Finding]) -> None:
        """Show what a reader of the chosen document would miss; nothing when it is complete."""
        self.notice.setText("\n".join(finding.message for finding in findings))
        self.notice.setVisible(bool(findings))

    def current_template(self) -> str:
        return self.template_choice.currentData() or DEFAULT_TEMPLATE

    def current_label(self) -> str:
        return self.template_choice.currentText()

    def embeds_dossier(self) -> bool:
        """Whether an exported PDF of the chosen document carries the dossier."""
        return self.embed_dossier.isChecked()
