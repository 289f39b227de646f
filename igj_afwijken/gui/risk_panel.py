"""The risks for clients (question 3): a table of risks and measures, and the risk matrix."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import SCALE, Dossier, Risk
from igj_afwijken.domain.risk import stays_high
from igj_afwijken.gui import dialogs
from igj_afwijken.gui.panel import DossierPanel
from igj_afwijken.gui.risk_matrix import RiskMatrix
from igj_afwijken.gui.widgets import ChoiceField, explanation

Index = QModelIndex | QPersistentModelIndex

# The table's columns: the Risk field each shows.
COLUMNS: tuple[str, ...] = (
    "description",
    "likelihood",
    "impact",
    "measures",
    "owner",
    "residual_likelihood",
    "residual_impact",
)
TEXT_COLUMNS = {"description", "measures", "owner"}
RESIDUAL_COLUMNS = {"residual_likelihood", "residual_impact"}
NOT_ASSESSED = "–"


class RiskTableModel(QAbstractTableModel):
    """The dossier's risks as table rows. An edit replaces the row's Risk (its id stays) and
    emits `risksEdited`; loading, adding, removing and moving rows is done by the panel."""

    risksEdited = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.risks: list[Risk] = []
        self._headers = {
            "description": (self.tr("Risico"), self.tr("Het risico voor cliënten")),
            "likelihood": (self.tr("Kans"), self.tr("Kans dat het gebeurt, 1 (zeer klein) tot 5")),
            "impact": (self.tr("Gevolg"), self.tr("Gevolg als het gebeurt, 1 (zeer gering) tot 5")),
            "measures": (self.tr("Maatregelen"), self.tr("Wat u doet om het risico te beperken")),
            "owner": (self.tr("Eigenaar"), self.tr("Wie de maatregelen bewaakt")),
            "residual_likelihood": (
                self.tr("Kans na\nmaatregelen"),
                self.tr("Kans na de maatregelen; leeg zolang nog niet beoordeeld"),
            ),
            "residual_impact": (
                self.tr("Gevolg na\nmaatregelen"),
                self.tr("Gevolg na de maatregelen; leeg zolang nog niet beoordeeld"),
            ),
        }

    # -- loading and changing rows -------------------------------------------------------------

    def set_risks(self, risks: tuple[Risk, ...]) -> None:
        self.beginResetModel()
        self.risks = list(risks)
        self.endResetModel()

    def insert_risk(self, row: int, risk: Risk) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.risks.insert(row, risk)
        self.endInsertRows()

    def remove_risk(self, row: int) -> Risk:
        self.beginRemoveRows(QModelIndex(), row, row)
        risk = self.risks.pop(row)
        self.endRemoveRows()
        return risk

    def move_risk(self, row: int, to: int) -> None:
        """Move a row up or down by one place (`to` is row - 1 or row + 1)."""
        destination = to + 1 if to > row else to  # Qt counts the place before which it lands
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.risks.insert(to, self.risks.pop(row))
        self.endMoveRows()

    # -- the table model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.risks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def scale_label(self, column: str, value: int | None) -> str:
        if value is None:
            return self.tr("nog niet beoordeeld")
        labels = self.catalogue.impact if "impact" in column else self.catalogue.likelihood
        return f"{value} – {labels.get(value, '')}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        value = getattr(self.risks[index.row()], column)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if column in TEXT_COLUMNS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return value
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return value or self.tr("leeg")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return NOT_ASSESSED if value is None else str(value)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.scale_label(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        if column in TEXT_COLUMNS:
            value = str(value or "").strip()
        elif value is None or value == "":
            if column not in RESIDUAL_COLUMNS:
                return False
            value = None
        else:
            value = int(value)
            if value not in SCALE:
                return False
        risk = self.risks[index.row()]
        if getattr(risk, column) == value:
            return False
        self.risks[index.row()] = replace(risk, **{column: value})
        self.dataChanged.emit(index, index)
        self.risksEdited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:  # the risk's number, as in the matrix
                return str(section + 1)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Risico %1").replace("%1", str(section + 1))
            return None
        title, tip = self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return title.replace("\n", " ")
        return None


class ScaleDelegate(QStyledItemDelegate):
    """Edits a likelihood or impact with a list of 1–5 and the catalogue's words for them;
    for the residual columns the list starts with "not yet assessed"."""

    def __init__(self, labels: dict[int, str], allow_empty: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = labels
        self.allow_empty = allow_empty

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = ChoiceField(parent)
        combo.setObjectName("scaleEditor")
        if self.allow_empty:
            combo.addItem(self.tr("– nog niet beoordeeld"), None)
        for value in SCALE:
            combo.addItem(f"{value} – {self.labels.get(value, '')}", value)
        header = index.model().headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
        )
        combo.setAccessibleName(str(header))
        # A choice counts at once, as in the rest of the window; no need to leave the cell.
        combo.activated.connect(lambda _index, editor=combo: self.commitData.emit(editor))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """As wide as the words need, and moved left rather than cut off at the table's edge."""
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        room = editor.parentWidget().width() if editor.parentWidget() else rect.right()
        if rect.right() >= room:
            rect.moveRight(room - 1)
        editor.setGeometry(rect)


class WrappingTextDelegate(QStyledItemDelegate):
    """Text that wraps between words and, for a word longer than the column, inside it: long
    Dutch compounds ("verantwoordelijkheid") are never cut off in a narrow column."""

    MARGIN = 4

    @staticmethod
    def _layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text.replace("\n", "\u2028"), font)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        box = QRectF(item.rect).adjusted(self.MARGIN, 2, -self.MARGIN, -2)
        layout, height = self._layout(text, item.font, box.width())
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if item.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(box)
        painter.setPen(item.palette.color(group, role))
        layout.draw(painter, QPointF(box.left(), box.top() + max(0.0, (box.height() - height) / 2)))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = option.rect.width() - 2 * self.MARGIN
        if width <= 0 or not text:
            return size
        _layout, height = self._layout(text, option.font, width)
        return QSize(size.width(), max(size.height(), math.ceil(height) + 4))


class RiskTable(QTableView):
    """Gives the free width to the text columns: the owner what its names need (up to a
    quarter, but never less than its longest word), the rest to description and measures. Says when its size changed, so the panel can
    make it as tall as its rows."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()
        self.resized.emit()

    def share_width(self) -> None:
        header = self.horizontalHeader()
        fixed = sum(
            header.sectionSize(column)
            for column, name in enumerate(COLUMNS)
            if name not in TEXT_COLUMNS
        )
        free = max(self.viewport().width() - fixed, 0)
        least = header.minimumSectionSize()
        owner_column = COLUMNS.index("owner")
        wanted = max(self.sizeHintForColumn(owner_column), header.sectionSizeHint(owner_column))
        words = [
            word
            for row in range(self.model().rowCount())
            for word in str(self.model().index(row, owner_column).data() or "").split()
        ]
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        longest += 2 * WrappingTextDelegate.MARGIN + 2  # a name never breaks inside a word
        owner = max(least, longest, min(wanted, round(free * 0.25)))
        description = max(least, round((free - owner) * 0.52))
        measures = max(least, free - owner - description)
        for name, width in (("description", description), ("measures", measures), ("owner", owner)):
            header.resizeSection(COLUMNS.index(name), width)


class RiskPanel(DossierPanel):
    """The risks of a dossier with their measures, and where they stand in the risk matrix."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Risico's en maatregelen"), catalogue, parent)
        self.setObjectName("riskPanel")
        self.model = RiskTableModel(catalogue, self)

        self.table = RiskTable()
        self.table.setObjectName("riskTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Risico's en maatregelen"))
        self.table.setAccessibleDescription(
            self.tr(
                "Eén regel per risico. Pijltjestoetsen gaan van cel naar cel, F2 of typen "
                "wijzigt een cel, Tab gaat naar de knoppen."
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column, name in enumerate(COLUMNS):
            if name in TEXT_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setItemDelegateForColumn(column, WrappingTextDelegate(self.table))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
                self.table.setItemDelegateForColumn(
                    column,
                    ScaleDelegate(
                        catalogue.impact if "impact" in name else catalogue.likelihood,
                        name in RESIDUAL_COLUMNS,
                        self.table,
                    ),
                )
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M" * 4))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("Risico &toevoegen"))
        self.add_button.setObjectName("addRisk")
        self.add_button.setAccessibleName(self.tr("Risico toevoegen"))
        self.remove_button = QPushButton(self.tr("&Verwijderen…"))
        self.remove_button.setObjectName("removeRisk")
        self.remove_button.setAccessibleName(self.tr("Gekozen risico verwijderen"))
        self.up_button = QPushButton(self.tr("&Omhoog"))
        self.up_button.setObjectName("riskUp")
        self.up_button.setAccessibleName(self.tr("Gekozen risico omhoog"))
        self.down_button = QPushButton(self.tr("O&mlaag"))
        self.down_button.setObjectName("riskDown")
        self.down_button.setAccessibleName(self.tr("Gekozen risico omlaag"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        # Why a risk that stays high is still acceptable: asked for the chosen risk only.
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.risk_explanation = QPlainTextEdit()
        self.risk_explanation.setObjectName("riskExplanation")
        self.risk_explanation.setTabChangesFocus(True)
        self.risk_explanation.setMaximumHeight(90)
        self.risk_explanation.setAccessibleName(self.tr("Toelichting bij het gekozen risico"))
        self.risk_explanation.setPlaceholderText(
            self.tr(
                "Bijvoorbeeld: de kans blijft groot, maar de gevolgen zijn beperkt doordat de "
                "nachtdienst binnen vijf minuten ter plaatse is; besloten door de bestuurder."
            )
        )
        self.explanation_label.setBuddy(self.risk_explanation)
        self.risk_explanation.textChanged.connect(self._explanation_edited)

        self.residual_toggle = QCheckBox(self.tr("&Na maatregelen"))
        self.residual_toggle.setObjectName("riskResidual")
        self.residual_toggle.setAccessibleName(self.tr("Risicomatrix na maatregelen tonen"))
        self.residual_toggle.setToolTip(
            self.tr("Toon in de matrix waar de risico's staan nadat de maatregelen genomen zijn")
        )
        self.matrix = RiskMatrix(catalogue)
        self.matrix.setObjectName("riskMatrix")
        matrix_row = QHBoxLayout()
        matrix_row.addWidget(self.matrix, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        matrix_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            explanation(
                self.tr(
                    "Noem per risico voor cliënten hoe groot de kans is dat het gebeurt en hoe "
                    "ernstig het gevolg is (1 = zeer klein, 5 = zeer groot), welke maatregelen u "
                    "neemt en wie ze bewaakt. Schat daarna kans en gevolg opnieuw, met de "
                    "maatregelen erbij."
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.risk_explanation)
        layout.addWidget(self.residual_toggle)
        layout.addLayout(matrix_row)

        for first, second in (
            (self.table, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.risk_explanation),
            (self.risk_explanation, self.residual_toggle),
        ):
            QWidget.setTabOrder(first, second)

        # The rows' heights are known only once the columns have their widths: fit after both.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_table)
        self.model.risksEdited.connect(self._edited)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.dataChanged,
            self.table.resized,
            header.sectionResized,
        ):
            signal.connect(self._fit_timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_risk)
        self.remove_button.clicked.connect(self.remove_risk)
        self.up_button.clicked.connect(lambda: self.move_risk(-1))
        self.down_button.clicked.connect(lambda: self.move_risk(1))
        self.residual_toggle.toggled.connect(self.matrix.set_residual)
        self._update_buttons()
        self._fit_table()

    # -- showing ---------------------------------------------------------------------------------

    def finish_editing(self) -> None:
        editor = QApplication.focusWidget()
        if (
            editor is not None
            and self.table.isAncestorOf(editor)
            and self.table.state() == QAbstractItemView.State.EditingState
        ):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def show_dossier(self, dossier: Dossier) -> None:
        super().show_dossier(dossier)
        self.model.set_risks(dossier.risks)
        self.matrix.set_risks(dossier.risks)
        self._current_changed()

    def focus_part(self, part: str) -> QWidget | None:
        return self.table if part == "risks" else None

    def _show_explanation(self) -> None:
        """The explanation box for the chosen risk: shown when it stays high after the
        measures, or already has an explanation."""
        row = self.current_row()
        risk = None if row is None or row >= len(self.model.risks) else self.model.risks[row]
        wanted = risk is not None and (stays_high(risk) or bool(risk.explanation))
        self.explanation_label.setVisible(wanted)
        self.risk_explanation.setVisible(wanted)
        if not wanted or risk is None:
            return
        self.explanation_label.setText(
            self.tr(
                "Risico %1 blijft hoog. &Waarom is het toch aanvaardbaar, wie besliste dat, en "
                "wat doet u extra?"
            ).replace("%1", str(row + 1 if row is not None else ""))
        )
        if self.risk_explanation.toPlainText() != risk.explanation:
            self.risk_explanation.blockSignals(True)
            self.risk_explanation.setPlainText(risk.explanation)
            self.risk_explanation.blockSignals(False)

    def _explanation_edited(self) -> None:
        row = self.current_row()
        if self.dossier is None or row is None or row >= len(self.model.risks):
            return
        risk = self.model.risks[row]
        text = self.risk_explanation.toPlainText()
        if text == risk.explanation:
            return
        self.model.risks[row] = replace(risk, explanation=text)
        self._edited()

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _current_changed(self, *_args: object) -> None:
        row = self.current_row()
        self.matrix.set_selected(None if row is None else row + 1)
        self._update_buttons()
        self._show_explanation()

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)

    def _fit_table(self, *_args: object) -> None:
        """Make the table as tall as its rows (at least three), so the page scrolls, not the
        table; a very long list gets a scroll bar of its own."""
        self.table.share_width()
        self.table.resizeRowsToContents()
        line = self.table.verticalHeader().defaultSectionSize()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        rows = max(rows, 3 * line)
        frame = 2 * self.table.frameWidth()
        scroll = self.table.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        height = self.table.horizontalHeader().sizeHint().height() + rows + frame + extra
        self.table.setFixedHeight(min(height, 18 * line))

    # -- changes ---------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.dossier is None:
            return
        self.dossier.risks = tuple(self.model.risks)
        self.matrix.set_risks(self.dossier.risks)
        self._update_buttons()
        self._show_explanation()
        self.edited.emit("risks")

    def add_risk(self) -> None:
        """Add an empty risk below the others and start typing its description."""
        if self.dossier is None:
            return
        row = self.model.rowCount()
        self.model.insert_risk(row, Risk(description=""))
        self._edited()
        index = self.model.index(row, COLUMNS.index("description"))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)

    def remove_risk(self) -> None:
        row = self.current_row()
        if self.dossier is None or row is None:
            return
        risk = self.model.risks[row]
        name = risk.description.strip() or self.tr("zonder omschrijving")
        if not dialogs.confirm(
            self,
            self.tr("Risico verwijderen"),
            self.tr("Risico %1 (“%2”) en de maatregelen erbij worden verwijderd.")
            .replace("%1", str(row + 1))
            .replace("%2", name),
            self.tr("Verwijderen"),
        ):
            return
        self.model.remove_risk(row)
        self._edited()
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._current_changed()

    def move_risk(self, step: int) -> None:
        row = self.current_row()
        if self.dossier is None or row is None:
            return
        to = row + step
        if not 0 <= to < self.model.rowCount():
            return
        column = self.table.currentIndex().column()
        self.model.move_risk(row, to)
        self._edited()
        self._select(to, column)
        self._current_changed()

    def _select(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
