"""The risk matrix on screen (a 5×5 heat map of the dossier's risks) and as a PNG picture for a
document. Where a risk falls and the levels' colours are in `domain.risk`; the painting, which
needs no widgets, is in `matrix_painting`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Risk
from igj_afwijken.domain.risk import Cell, cell_of, placements, scale_of
from igj_afwijken.gui.matrix_painting import (
    CELL_TEXT,
    Layout,
    describe,
    draw_matrix,
    matrix_size,
    unassessed_note,
)

__all__ = ["RiskMatrix", "cell_of", "matrix_png", "placements"]


class RiskMatrix(QWidget):
    """Shows the dossier's risks in a 5×5 matrix, before or (in residual mode) after measures."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._risks: tuple[Risk, ...] = ()
        self._residual = False
        self._selected: int | None = None
        self._last_layout: Layout | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Risicomatrix"))
        self._describe()

    # -- what it shows ---------------------------------------------------------------------------

    def set_risks(self, risks: Iterable[Risk]) -> None:
        self._risks = tuple(risks)
        self._changed()

    def risks(self) -> tuple[Risk, ...]:
        return self._risks

    def set_residual(self, residual: bool) -> None:
        """Show where the risks stand after their measures (True) or before (False)."""
        if residual != self._residual:
            self._residual = residual
            self._changed()

    def is_residual(self) -> bool:
        return self._residual

    def set_selected(self, number: int | None) -> None:
        """Mark one risk (by its number) in the matrix, such as the one chosen in the table."""
        if number != self._selected:
            self._selected = number
            self.update()

    def cells(self) -> dict[Cell, list[int]]:
        """The risk numbers in each occupied cell, as shown now."""
        return placements(self._risks, self._residual)

    def _changed(self) -> None:
        self._describe()
        self.updateGeometry()  # the note under the matrix may come or go
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(describe(self._risks, self._residual, self.catalogue))

    # -- size and painting -------------------------------------------------------------------------

    def _size_for(self, cell: float, whole_legend_line: bool) -> QSize:
        note = unassessed_note(self._risks, self._residual)
        return matrix_size(self.font(), self.catalogue, note, cell, whole_legend_line)

    def sizeHint(self) -> QSize:
        return self._size_for(QFontMetricsF(self.font()).lineSpacing() * 3.6, True)

    def minimumSizeHint(self) -> QSize:
        return self._size_for(QFontMetricsF(self.font()).lineSpacing() * 2.2, False)

    def paint_matrix(
        self, painter: QPainter, rect: QRectF, risks: Sequence[Risk], residual: bool = False
    ) -> None:
        """Draw a matrix of `risks` on any paint device (a QImage, a printer page…): on the
        widget in its own colours, elsewhere dark on light as in print."""
        on_screen = painter.device() is self
        layout = draw_matrix(
            painter,
            rect,
            risks,
            residual,
            self.catalogue,
            font=self.font() if on_screen else painter.font(),
            text=self.palette().color(QPalette.ColorRole.WindowText)
            if on_screen
            else QColor(CELL_TEXT),
            selected=self._selected if on_screen else None,
        )
        if on_screen:
            self._last_layout = layout

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_matrix(painter, QRectF(self.rect()), self._risks, self._residual)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        layout = self._last_layout
        cell = None if layout is None else layout.cell_at(QPointF(event.pos()))
        if cell is None:
            QToolTip.hideText()
            return
        likelihood, impact = scale_of(cell)
        lines = [
            self.tr("Kans %1 (%2), gevolg %3 (%4)")
            .replace("%1", str(likelihood))
            .replace("%2", self.catalogue.likelihood.get(likelihood, "").lower())
            .replace("%3", str(impact))
            .replace("%4", self.catalogue.impact.get(impact, "").lower())
        ]
        for number in self.cells().get(cell, []):
            description = self._risks[number - 1].description.strip() or self.tr(
                "(geen omschrijving)"
            )
            lines.append(
                self.tr("Risico %1: %2").replace("%1", str(number)).replace("%2", description)
            )
        QToolTip.showText(event.globalPos(), "\n".join(lines), self)


def matrix_png(
    risks: Sequence[Risk],
    residual: bool,
    catalogue: Catalogue,
    size: QSize | tuple[int, int] = (900, 760),
) -> bytes:
    """The matrix as a PNG picture of `size` pixels, black on white, for a document."""
    from igj_afwijken.rendering.qt_text import document_font, ensure_gui_application

    ensure_gui_application()
    size = size if isinstance(size, QSize) else QSize(*size)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    font = document_font()
    font.setPixelSize(max(10, round(min(size.width(), size.height()) / 40)))
    painter = QPainter(image)
    margin = font.pixelSize()
    draw_matrix(
        painter,
        QRectF(image.rect()).adjusted(margin, margin, -margin, -margin),
        risks,
        residual,
        catalogue,
        font=font,
        text=QColor(CELL_TEXT),
    )
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 wants the format as str here and refuses bytes, although its stubs ask for bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
