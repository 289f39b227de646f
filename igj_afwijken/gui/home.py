"""The home screen: the user's dossiers (or a welcome for the first start) and the recycle bin."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.examples import ExampleFile
from igj_afwijken.gui.register_model import DossierTableModel
from igj_afwijken.gui.widgets import ChoiceField, explanation, heading
from igj_afwijken.services.dossiers import DossierSummary, RegisterFilter, RegisterOrder

UNDO_SECONDS = 20
FILTER_DELAY_MS = 120


def needs_adopting(summary: DossierSummary | None) -> bool:
    """A dossier never adopted (a concept) or changed since its last adopted version."""
    if summary is None or summary.unreadable or summary.status == "beeindigd":
        return False
    return summary.status == "concept" or summary.changed_since_version is not None


FITTED_ROWS = 200  # the rows the column widths are measured from: the first screens' worth
COLUMN_PADDING = 28  # room for the sort arrow and the cell's margins


class HomePage(QWidget):
    """Emits the user's wishes; the main window carries them out."""

    newRequested = Signal()
    exampleRequested = Signal(str)  # the example's name
    openRequested = Signal(str)
    duplicateRequested = Signal(str)
    adoptRequested = Signal(str)
    deleteRequested = Signal(str)
    restoreRequested = Signal(str)
    purgeRequested = Signal(str)
    undoDeleteRequested = Signal(str)
    binToggled = Signal(bool)
    filterChanged = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        examples: list[ExampleFile] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._examples = examples or []
        self.model = DossierTableModel(catalogue, self)
        # The view sorts through the proxy, which hands sorting to the model (see its sort).
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._kept_selection = ""
        # the columns were sized to the list (False) or the bin (True); None: not yet
        self._fitted: bool | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._deleted_id = ""

        self.pages = QStackedWidget()
        # The welcome is made when first shown: with dossiers stored it never is, and its
        # selectable texts took 6-10 ms of every start.
        self._welcome_placeholder: QWidget | None = QWidget()
        self.pages.addWidget(self._welcome_placeholder)
        self.pages.addWidget(self._list())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

    # -- building ------------------------------------------------------------------------------

    def _welcome(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        box = QWidget()
        box.setMinimumWidth(560)
        box.setMaximumWidth(680)
        inner = QVBoxLayout(box)
        inner.addWidget(heading(self.tr("Welkom bij IGJ Afwijken"), 1.8))
        inner.addWidget(
            explanation(
                self.tr(
                    "Moet u afwijken van een richtlijn of veldnorm omdat u niet genoeg personeel "
                    "vindt? Dit programma helpt u de vijf vragen van de inspectie te beantwoorden "
                    "en maakt er een verantwoording van voor de cliëntenraad en de inspecteur."
                )
            )
        )
        buttons = QHBoxLayout()
        self.welcome_new_button = QPushButton(self.tr("&Nieuwe afwijking"))
        self.welcome_new_button.setDefault(True)
        self.welcome_new_button.clicked.connect(self.newRequested)
        buttons.addWidget(self.welcome_new_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        if self._examples:
            inner.addSpacing(12)
            inner.addWidget(
                explanation(
                    self.tr(
                        "Of begin vanuit een voorbeeld. U krijgt een eigen kopie die u kunt "
                        "bekijken en aanpassen; het voorbeeld zelf blijft zoals het is."
                    )
                )
            )
        self.example_buttons: dict[str, QCommandLinkButton] = {}
        for example in self._examples:
            sector = self._catalogue.sectors.get(example.sector, self.tr("Voorbeeld"))
            # The sector as the button's title, the example's own title as its description.
            button = QCommandLinkButton(sector, example.title)
            button.setObjectName(f"example:{example.name}")
            button.setAccessibleName(
                self.tr("Begin vanuit voorbeeld: %1").replace("%1", example.title)
            )
            button.clicked.connect(
                lambda _checked=False, n=example.name: self.exampleRequested.emit(n)
            )
            inner.addWidget(button)
            self.example_buttons[example.name] = button
        self.example_button = next(iter(self.example_buttons.values()), None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return page

    def _list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 18, 24, 18)
        self.list_heading = heading(self.tr("Uw afwijkingen"))
        layout.addWidget(self.list_heading)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_layout = QHBoxLayout(self.undo_bar)
        self.undo_label = QLabel()
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Ongedaan &maken"))
        self.undo_button.clicked.connect(self._undo_delete)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        tools = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe afwijking"))
        self.open_button = QPushButton(self.tr("&Openen"))
        self.duplicate_button = QPushButton(self.tr("&Dupliceren"))
        self.adopt_button = QPushButton(self.tr("Vast&stellen…"))
        self.adopt_button.setToolTip(
            self.tr(
                "De gekozen afwijking openen en vaststellen (nog niet vastgesteld, of gewijzigd)"
            )
        )
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.restore_button = QPushButton(self.tr("&Terugzetten"))
        self.purge_button = QPushButton(self.tr("De&finitief verwijderen…"))
        self.bin_button = QPushButton(self.tr("&Prullenbak"))
        self.bin_button.setCheckable(True)
        self.from_example_button = QPushButton(self.tr("Vanuit voor&beeld"))
        self.example_menu = QMenu(self.from_example_button)
        for example in self._examples:
            action = self.example_menu.addAction(example.title)
            action.triggered.connect(
                lambda _checked=False, n=example.name: self.exampleRequested.emit(n)
            )
        self.from_example_button.setMenu(self.example_menu)
        self.from_example_button.setVisible(bool(self._examples))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Zoeken in alle teksten: antwoorden, tabellen, namen…")
        )
        self.filter.setAccessibleName(self.tr("Zoeken in alle teksten van de afwijkingen"))
        self.filter.setToolTip(
            self.tr(
                "Elk woord moet voorkomen. Woorden van drie letters of meer worden gezocht in "
                "alle teksten, ook binnen samengestelde woorden (‘sensor’ vindt "
                "‘bewegingssensoren’). Kortere woorden zoeken naar het begin van een woord in "
                "de titel, de locatie en het team."
            )
        )
        self.filter.setClearButtonEnabled(True)
        self.status_filter = ChoiceField()
        self.status_filter.setAccessibleName(self.tr("Alleen met status"))
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        for key, label in self._catalogue.statuses.items():
            self.status_filter.addItem(label, key)
        self.sector_filter = ChoiceField()
        self.sector_filter.setAccessibleName(self.tr("Alleen in sector"))
        self.sector_filter.addItem(self.tr("Alle sectoren"), "")
        for key, label in self._catalogue.sectors.items():
            self.sector_filter.addItem(label, key)
        self.location_filter = ChoiceField()
        self.location_filter.setAccessibleName(self.tr("Alleen op locatie"))
        self.set_locations([])
        for button in (
            self.new_button,
            self.from_example_button,
            self.open_button,
            self.adopt_button,
            self.duplicate_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.bin_button)
        layout.addLayout(tools)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.sector_filter)
        filters.addWidget(self.location_filter)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Lijst van afwijkingen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DossierTableModel.CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DossierTableModel.FOUND, QHeaderView.ResizeMode.Stretch)
        # The short columns (place, status, dates) are sized by _fit_columns; the user may
        # then change them by dragging.
        for column in range(1, DossierTableModel.FOUND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnHidden(DossierTableModel.FOUND, True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.table, 1)
        self.empty_bin = explanation(self.tr("De prullenbak is leeg."))
        layout.addWidget(self.empty_bin)
        self.nothing_found = explanation("")
        self.nothing_found.setObjectName("nothingFound")
        self.nothing_found.hide()
        layout.addWidget(self.nothing_found)
        # said again when the rows change (a column sorted), when a read fails, and when
        # reading on could read again after it failed
        for changed in (self.model.modelReset, self.model.readFailed, self.model.readAgain):
            changed.connect(
                lambda *_: self._say_what_was_not_found(bool(self.model.rows), self.model.in_bin)
            )

        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(lambda: self._emit_selected(self.openRequested))
        self.duplicate_button.clicked.connect(lambda: self._emit_selected(self.duplicateRequested))
        self.adopt_button.clicked.connect(lambda: self._emit_selected(self.adoptRequested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.deleteRequested))
        self.restore_button.clicked.connect(lambda: self._emit_selected(self.restoreRequested))
        self.purge_button.clicked.connect(lambda: self._emit_selected(self.purgeRequested))
        self.bin_button.toggled.connect(self.binToggled)
        self.table.activated.connect(self._activated)
        # Searching happens in the store; a short pause lets a fast typist finish the word.
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.filterChanged)
        self.filter.textChanged.connect(self._filter_timer.start)
        for combo in (self.status_filter, self.sector_filter, self.location_filter):
            combo.currentIndexChanged.connect(self.filterChanged)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    # -- state ---------------------------------------------------------------------------------

    def stop_filtering(self) -> None:
        """The window closes: a filter typed just before must not reach the closed store."""
        self._filter_timer.stop()
        self._filter_timer.blockSignals(True)

    def register_filter(self) -> RegisterFilter:
        return RegisterFilter(
            search=self.filter.text(),
            status=self.status_filter.currentData() or "",
            sector=self.sector_filter.currentData() or "",
            location=self.location_filter.currentData() or "",
        )

    def set_locations(self, locations: list[str]) -> None:
        """Offer the locations in use; the chosen one stays chosen while it exists."""
        current = self.location_filter.currentData() or ""
        self.location_filter.blockSignals(True)
        self.location_filter.clear()
        self.location_filter.addItem(self.tr("Alle locaties"), "")
        for location in locations:
            self.location_filter.addItem(location, location)
        self.location_filter.setCurrentIndex(max(0, self.location_filter.findData(current)))
        self.location_filter.blockSignals(False)

    @property
    def in_bin(self) -> bool:
        return self.bin_button.isChecked()

    def show_rows(
        self,
        rows: Sequence[DossierSummary] | Callable[[RegisterOrder], Sequence[DossierSummary]],
        in_bin: bool,
        anything_stored: bool,
        excerpts_of: Callable[[Sequence[str]], dict[str, str]] | None = None,
    ) -> None:
        """Show the list (or the bin); the welcome page only when the user has nothing at all.
        `rows` are the rows, or how to get them in an order (see DossierTableModel.set_rows).
        While searching, `excerpts_of` gives where dossiers matched, shown beside their title."""
        # keeps the selected dossier (see _keep_selection)
        self.model.set_rows(rows, in_bin, excerpts_of)
        rows = self.model.rows
        self.table.setColumnHidden(DossierTableModel.FOUND, excerpts_of is None)
        # Fitted once to the list (and once to the bin); then the widths stay, so the columns
        # neither jump at every keystroke nor collapse to their headings when nothing is found,
        # and a keystroke does not measure 200 rows again.
        if rows and self._fitted != in_bin:
            self._fit_columns()
            self._fitted = in_bin
        self._say_what_was_not_found(bool(rows), in_bin)
        placeholder = self._welcome_placeholder
        if not (anything_stored or in_bin) and placeholder is not None:
            self.pages.insertWidget(0, self._welcome())
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._welcome_placeholder = None
        self.pages.setCurrentIndex(1 if anything_stored or in_bin else 0)
        self.list_heading.setText(self.tr("Prullenbak") if in_bin else self.tr("Uw afwijkingen"))
        for button in (
            self.new_button,
            self.from_example_button,
            self.open_button,
            self.adopt_button,
            self.duplicate_button,
            self.delete_button,
        ):
            button.setVisible(not in_bin)
        self.restore_button.setVisible(in_bin)
        self.purge_button.setVisible(in_bin)
        self.empty_bin.setVisible(in_bin and not rows and not self.model.problem)
        if not self.selected_id():
            self.table.selectRow(0)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Size the short columns to their heading and the first rows, measured with the font
        alone: Qt's own sizing to contents asks every row (480,000 calls of data() for 10,000
        dossiers, before the window can show)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        heading = header.fontMetrics()
        rows = min(self.model.rowCount(), FITTED_ROWS)
        for column in range(1, DossierTableModel.FOUND):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(heading.horizontalAdvance(line) for line in title.split("\n"))
            for text in self.model.column_texts(column, rows):  # each different text once
                widest = max(widest, metrics.horizontalAdvance(text))
            header.resizeSection(column, widest + COLUMN_PADDING)

    def _say_what_was_not_found(self, found: bool, in_bin: bool) -> None:
        if self.model.problem:
            why = self.model.problem[:1].upper() + self.model.problem[1:]
            self.nothing_found.setText(
                self.tr("Het register kon niet worden gelezen. %1").replace("%1", why)
            )
            self.nothing_found.show()
            return
        narrow = self.register_filter()
        search = " ".join(narrow.search.split())
        if found or not (search or narrow.status or narrow.sector or narrow.location):
            self.nothing_found.hide()
            return
        if search:
            text = self.tr("Niets gevonden voor ‘%1’.").replace("%1", search)
        else:
            text = self.tr("Geen afwijkingen met deze keuze.")
        if in_bin:
            text += " " + self.tr("(Gezocht in de prullenbak.)")
        self.nothing_found.setText(text)
        self.nothing_found.show()

    def _keep_selection(self) -> None:
        self._kept_selection = self.selected_id()

    def _restore_selection(self) -> None:
        if self._kept_selection:
            self.select(self._kept_selection)

    def selected_id(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return ""
        return self.model.summary(self.proxy.mapToSource(rows[0]).row()).id

    def select(self, dossier_id: str) -> bool:
        if not dossier_id:
            return False
        row = self.model.row_of(dossier_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def show_undo(self, dossier_id: str, title: str) -> None:
        self._deleted_id = dossier_id
        self.undo_label.setText(
            self.tr("“%1” staat in de prullenbak.").replace(
                "%1", title or self.tr("(zonder titel)")
            )
        )
        self.undo_bar.show()
        self._undo_timer.start()

    def hide_undo(self) -> None:
        self.undo_bar.hide()

    def _undo_delete(self) -> None:
        self.undo_bar.hide()
        if self._deleted_id:
            self.undoDeleteRequested.emit(self._deleted_id)

    def _emit_selected(self, signal) -> None:
        dossier_id = self.selected_id()
        if dossier_id:
            signal.emit(dossier_id)

    def _activated(self, index: QModelIndex) -> None:
        dossier_id = self.model.summary(self.proxy.mapToSource(index).row()).id
        (self.restoreRequested if self.in_bin else self.openRequested).emit(dossier_id)

    def _update_buttons(self) -> None:
        has_selection = bool(self.selected_id())
        for button in (
            self.open_button,
            self.duplicate_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ):
            button.setEnabled(has_selection)
        self.adopt_button.setEnabled(has_selection and needs_adopting(self._selected_summary()))

    def _selected_summary(self) -> DossierSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.summary(self.proxy.mapToSource(rows[0]).row()) if rows else None
