"""The register's table model: one row per dossier, from the store's summaries."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.text import long_date, long_datetime
from igj_afwijken.services.dossiers import (
    DamagedStoreError,
    DossierSummary,
    PagedRows,
    RegisterOrder,
    StoreError,
    SummaryRows,
)

# Excerpts asked of the store at once: about a screenful of rows.
EXCERPTS_AT_ONCE = 20


class DossierTableModel(QAbstractTableModel):
    """The register: one row per dossier, filled from one query, never from loaded dossiers."""

    TITLE, LOCATION, SECTOR, STATUS, NEXT_EVALUATION, READINESS, CHANGED, FOUND = range(8)

    # The store could not give rows (the organisation server away, say): why, for the user.
    # Rows asked anew (a filter, an order) are then none, and excerpts stop, until the next
    # filter, order or refresh asks again; reading on keeps the rows read so far and asks
    # again when the view is scrolled to the end again, and says when it could (readAgain).
    readFailed = Signal(str)
    readAgain = Signal()

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.problem = ""  # why the rows asked last could not be read
        self._reading_on_failed = False  # the problem is the next page's, not the rows'
        self._rows = SummaryRows.of([])
        self._given = SummaryRows.of([])
        self._rows_in: Callable[[RegisterOrder], Sequence[DossierSummary]] | None = None
        self._sort = (self.CHANGED, Qt.SortOrder.DescendingOrder)
        self.in_bin = False
        # While searching: where a dossier matched, asked of the store for the rows in view
        # only, a screenful at a time.
        self.excerpts_of: Callable[[Sequence[str]], dict[str, str]] | None = None
        self._excerpts: dict[str, str] = {}
        self._readiness = {
            "klaar": self.tr("Klaar"),
            "aandacht": self.tr("Aandachtspunten"),
            "open": self.tr("Nog niet klaar"),
        }

    def set_rows(
        self,
        rows: Sequence[DossierSummary] | Callable[[RegisterOrder], Sequence[DossierSummary]],
        in_bin: bool,
        excerpts_of: Callable[[Sequence[str]], dict[str, str]] | None = None,
    ) -> None:
        """Show the rows: as given (sorted here), or as the store gives them in the order the
        model asks, so that 100,000 rows are sorted and read a page at a time by the store."""
        self.beginResetModel()
        self.in_bin = in_bin
        self.excerpts_of = excerpts_of
        self._excerpts = {}
        self._rows_in = None if isinstance(rows, Sequence) else rows
        self._given = SummaryRows.of(rows) if isinstance(rows, Sequence) else SummaryRows.of([])
        self._rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the store when it gives the rows (see set_rows); else in Python with one key
        per row: a proxy sorting 10,000 rows would ask data() some 150,000 times. The view
        keeps the selected dossier (see HomePage)."""
        self._sort = (column, order)
        self.beginResetModel()
        self._excerpts = {}
        self._rows = self._sorted()
        self.endResetModel()

    def _sorted(self) -> SummaryRows:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        self.problem = ""
        self._reading_on_failed = False
        if self._rows_in is not None:
            try:
                rows = self._rows_in(self._store_order(column, descending))
            except StoreError as error:
                self._failed(error)
                return SummaryRows.of([])
            return rows if isinstance(rows, SummaryRows) else SummaryRows.of(rows)
        return SummaryRows.of(
            sorted(
                self._given, key=lambda summary: self._sort_key(summary, column), reverse=descending
            )
        )

    def _store_order(self, column: int, descending: bool) -> RegisterOrder:
        labels = {
            self.SECTOR: ("sector", self._catalogue.sectors),
            self.STATUS: ("status", self._catalogue.statuses),
            self.READINESS: ("readiness", self._readiness),
        }
        if column in labels:
            name, names = labels[column]
            ranks = tuple(sorted(names, key=lambda code: names[code].casefold()))
            return RegisterOrder(name, descending, ranks)
        name = {
            self.TITLE: "title",
            self.FOUND: "title",  # sorting by excerpts would make one for every row
            self.LOCATION: "location",
            self.NEXT_EVALUATION: "next_evaluation",
        }.get(column, "changed")
        return RegisterOrder(name, descending)

    def _sort_key(self, summary: DossierSummary, column: int) -> str:
        if column == self.NEXT_EVALUATION:
            planned = summary.next_evaluation
            return planned.isoformat() if planned else "9999"
        if column == self.CHANGED:
            moment = summary.deleted_at if self.in_bin else summary.updated_at
            return moment.isoformat() if moment else ""
        if column == self.FOUND:  # sorting by excerpts would fetch one for every row
            return summary.title.casefold()
        return self._display(summary, column).casefold()

    def _excerpt(self, row: int) -> str:
        if self.excerpts_of is None or self.problem:
            return ""
        dossier_id = self._rows[row].id
        if dossier_id not in self._excerpts:
            following = range(row, min(row + EXCERPTS_AT_ONCE, len(self._rows)))
            wanted = [self._rows[r].id for r in following]
            try:
                found = self.excerpts_of([i for i in wanted if i not in self._excerpts])
            except StoreError as error:
                self._failed(error)
                found = dict.fromkeys(wanted, "")
            self._excerpts.update(found)
        return self._excerpts.get(dossier_id, "")

    def _failed(self, error: StoreError) -> None:
        if isinstance(error, DamagedStoreError):  # goes up as before: at the start, the
            raise error  # window offers a backup for it
        self.problem = str(error)
        self.readFailed.emit(self.problem)

    @property
    def rows(self) -> SummaryRows:
        return self._rows

    def summary(self, row: int) -> DossierSummary:
        return self._rows[row]

    def row_of(self, dossier_id: str) -> int | None:
        """The dossier's row; the rows are read on to it if it is further down, so that a
        dossier selected there stays selected. Each read asks for twice as many rows as the
        one before: page by page, a dossier 60,000 rows down took 300 reads, each further on
        than the last (8-20 s at 100,000 dossiers)."""
        row = self._rows.position_of(dossier_id)
        try:
            held = row is None and self._rows.more and self._rows.holds(dossier_id)
        except StoreError as error:
            self._failed(error)
            return None
        if held:
            asked = PagedRows.PAGE
            while row is None and self._rows.more and not self.problem:
                read = len(self._rows)
                self._read_on(asked)
                row = self._rows.position_of(dossier_id, start=read)
                asked *= 2
        return row

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's
        return (
            not parent.isValid()
            and self._rows.more
            and (not self.problem or self._reading_on_failed)
        )

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802 - Qt's
        """The view scrolled to the last row read: read the store's next page."""
        if not parent.isValid():
            self._read_on(PagedRows.PAGE)

    def _read_on(self, asked: int) -> None:
        if not self._rows.more:
            return
        try:
            rows = self._rows.next_page(asked)
        except StoreError as error:
            self._failed(error)
            self._reading_on_failed = True
            return
        if self._reading_on_failed:
            self.problem, self._reading_on_failed = "", False
            self.readAgain.emit()
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.append(rows)
        if rows:
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        last = self.tr("Verwijderd op") if self.in_bin else self.tr("Laatst gewijzigd")
        return [
            self.tr("Titel"),
            self.tr("Locatie"),
            self.tr("Sector"),
            self.tr("Status"),
            self.tr("Volgende evaluatie"),
            self.tr("Klaar?"),
            last,
            self.tr("Gevonden"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FOUND:
                return self._excerpt(index.row())
            return self._display(summary, column)
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            return self._sort_key(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and summary.unreadable:
            return self.tr(
                "Deze afwijking kan niet worden gelezen. Zet een reservekopie terug, of "
                "verwijder haar (Delete)."
            )
        return None

    def column_texts(self, column: int, rows: int) -> set[str]:
        """The different texts a column shows in its first rows, made as data() makes them but
        without a model index for each cell: the start sizes the columns from them."""
        return {self._display(self._rows[row], column) for row in range(rows)}

    def _display(self, summary: DossierSummary, column: int) -> str:
        if summary.unreadable:
            if column == self.TITLE:
                return summary.title
            return self.tr("onleesbaar") if column == self.STATUS else ""
        if column == self.TITLE:
            return summary.title or self.tr("(zonder titel)")
        if column == self.LOCATION:
            return summary.location
        if column == self.SECTOR:
            return self._catalogue.sectors.get(summary.sector, summary.sector)
        if column == self.STATUS:
            status = self._catalogue.statuses.get(summary.status, summary.status)
            if summary.changed_since_version is None:
                return status
            changed = self.tr("gewijzigd sinds versie %1")
            return f"{status} · {changed.replace('%1', str(summary.changed_since_version))}"
        if column == self.NEXT_EVALUATION:
            return long_date(summary.next_evaluation)
        if column == self.READINESS:
            return self._readiness.get(summary.readiness, "")
        moment = summary.deleted_at if self.in_bin else summary.updated_at
        return long_datetime(moment)
