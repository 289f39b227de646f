"""A 5×5 risk matrix (heat map): likelihood across, impact upwards, each risk's number in its cell.

The drawing works on any paint device, so the same picture can go on screen, into a QImage or
into a document (`matrix_png`). Only the widget itself needs QtWidgets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import SCALE, Risk
from igj_afwijken.domain.risk import LEVEL_LOWEST_SCORES, level_of
from igj_afwijken.gui.widgets import tr

SIZE = len(SCALE)
# Calm colours that print well and keep dark text readable (contrast well above 4.5:1):
# the lowest score of each level and its colour.
LEVELS: tuple[tuple[int, QColor], ...] = tuple(
    zip(
        LEVEL_LOWEST_SCORES,
        (QColor("#cfe6c8"), QColor("#f2e3a0"), QColor("#f4c38f"), QColor("#eba199")),
        strict=True,
    )
)  # green, yellow, orange, red
CELL_TEXT = QColor("#1f2328")
CELL_GAP = QColor("#ffffff")
FRAME = QColor("#8c96a0")
CHIP = QColor("#ffffff")

Cell = tuple[int, int]  # (row, column): row 0 is the top (impact 5), column 0 is likelihood 1


def level_names() -> tuple[str, ...]:
    return (tr("laag"), tr("middel"), tr("hoog"), tr("zeer hoog"))


def cell_colour(likelihood: int, impact: int) -> QColor:
    return QColor(LEVELS[level_of(likelihood * impact)][1])


def cell_of(likelihood: int, impact: int) -> Cell:
    """Where a likelihood and an impact (both 1–5) fall: (row, column), row 0 at the top."""
    if likelihood not in SCALE or impact not in SCALE:
        raise ValueError(f"kans en gevolg lopen van 1 tot 5, niet {likelihood} en {impact}")
    return SIZE - impact, likelihood - 1


def scale_of(cell: Cell) -> tuple[int, int]:
    """The (likelihood, impact) of a cell; the inverse of `cell_of`."""
    row, column = cell
    return column + 1, SIZE - row


def position(risk: Risk, residual: bool) -> tuple[int, int] | None:
    """A risk's (likelihood, impact) before or after its measures; None when not yet assessed."""
    if not residual:
        return risk.likelihood, risk.impact
    if risk.residual_likelihood is None or risk.residual_impact is None:
        return None
    return risk.residual_likelihood, risk.residual_impact


def placements(risks: Sequence[Risk], residual: bool = False) -> dict[Cell, list[int]]:
    """The numbers (1-based position in the table) of the risks in each occupied cell."""
    cells: dict[Cell, list[int]] = {}
    for number, risk in enumerate(risks, start=1):
        where = position(risk, residual)
        if where is not None:
            cells.setdefault(cell_of(*where), []).append(number)
    return cells


def unassessed(risks: Sequence[Risk]) -> list[int]:
    """The numbers of the risks whose likelihood or impact after the measures is still open."""
    return [n for n, risk in enumerate(risks, start=1) if position(risk, True) is None]


def caption(residual: bool) -> str:
    return tr("Risico's na maatregelen") if residual else tr("Risico's vóór maatregelen")


def unassessed_note(risks: Sequence[Risk], residual: bool) -> str:
    numbers = unassessed(risks) if residual else []
    if not numbers:
        return ""
    return tr("Nog niet beoordeeld na maatregelen: risico %1.").replace(
        "%1", ", ".join(str(n) for n in numbers)
    )


def describe(risks: Sequence[Risk], residual: bool, catalogue: Catalogue) -> str:
    """The matrix in words, for screen readers: one sentence per risk."""
    if not risks:
        return tr("%1. Nog geen risico's.").replace("%1", caption(residual))
    parts = [caption(residual) + "."]
    for number, risk in enumerate(risks, start=1):
        where = position(risk, residual)
        if where is None:
            text = tr("Risico %1: nog niet beoordeeld.").replace("%1", str(number))
        else:
            likelihood, impact = where
            text = (
                tr("Risico %1: kans %2 (%3), gevolg %4 (%5), %6.")
                .replace("%1", str(number))
                .replace("%2", str(likelihood))
                .replace("%3", catalogue.likelihood.get(likelihood, "").lower())
                .replace("%4", str(impact))
                .replace("%5", catalogue.impact.get(impact, "").lower())
                .replace("%6", level_names()[level_of(likelihood * impact)])
            )
        parts.append(text)
    return " ".join(parts)


@dataclass
class _Layout:
    """Where everything goes for one rectangle and one font."""

    caption: QRectF
    grid: QRectF
    cell_width: float
    cell_height: float
    impact_labels: list[tuple[QRectF, str]]
    likelihood_labels: list[tuple[QRectF, str]]
    impact_title: QRectF  # drawn turned a quarter
    likelihood_title: QRectF
    legend: list[tuple[QRectF, QRectF, str]]  # swatch, text rectangle, text
    note: QRectF

    def cell_rect(self, cell: Cell) -> QRectF:
        row, column = cell
        return QRectF(
            self.grid.left() + column * self.cell_width,
            self.grid.top() + row * self.cell_height,
            self.cell_width,
            self.cell_height,
        )

    def cell_at(self, point: QPointF) -> Cell | None:
        if not self.grid.contains(point):
            return None
        column = int((point.x() - self.grid.left()) // self.cell_width)
        row = int((point.y() - self.grid.top()) // self.cell_height)
        return min(row, SIZE - 1), min(column, SIZE - 1)


_WRAP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def _impact_texts(catalogue: Catalogue) -> list[str]:
    return [f"{n}  {catalogue.impact.get(n, '')}" for n in reversed(SCALE)]


def _likelihood_texts(catalogue: Catalogue) -> list[str]:
    return [f"{n}\n{catalogue.likelihood.get(n, '')}" for n in SCALE]


def _legend_texts() -> list[str]:
    bounds = [lowest for lowest, _ in LEVELS] + [SIZE * SIZE + 1]
    return [
        f"{name} ({low}–{high - 1})"
        for name, low, high in zip(level_names(), bounds, bounds[1:], strict=False)
    ]


def _wrapped_height(metrics: QFontMetricsF, width: float, text: str) -> float:
    return metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 10_000), _WRAP, text).height()


def _fixed_sizes(font: QFont, catalogue: Catalogue) -> tuple[float, float, float]:
    """The width left of the grid, and the line height and gap the layout is built from."""
    metrics = QFontMetricsF(font)
    line = metrics.lineSpacing()
    gap = round(line * 0.5)
    labels = max(metrics.horizontalAdvance(t) for t in _impact_texts(catalogue))
    return line * 1.4 + labels + gap, line, gap


def _layout(font: QFont, rect: QRectF, catalogue: Catalogue, note: str) -> _Layout:
    metrics = QFontMetricsF(font)
    left, line, gap = _fixed_sizes(font, catalogue)
    caption_height = line * 1.5
    title_height = line * 1.5

    # The legend flows over as many lines as the width needs.
    swatch = line * 0.9
    legend_entries: list[tuple[float, str]] = [
        (swatch + gap * 0.6 + metrics.horizontalAdvance(text), text) for text in _legend_texts()
    ]
    legend_lines: list[list[tuple[float, str]]] = [[]]
    used = 0.0
    for width, text in legend_entries:
        if legend_lines[-1] and used + gap * 2 + width > rect.width():
            legend_lines.append([])
            used = 0.0
        used += (gap * 2 if legend_lines[-1] else 0) + width
        legend_lines[-1].append((width, text))
    legend_height = len(legend_lines) * line * 1.3 + gap * 0.5
    note_height = _wrapped_height(metrics, rect.width(), note) + gap * 0.5 if note else 0.0

    available_width = max(rect.width() - left - gap, SIZE * line)
    cell_width = available_width / SIZE
    cell_height = cell_width
    for _ in range(3):  # the labels under the grid wrap more when the cells get narrower
        below = max(
            _wrapped_height(metrics, cell_width - 4, t) for t in _likelihood_texts(catalogue)
        )
        available_height = (
            rect.height() - caption_height - below - gap * 0.5 - title_height
            - legend_height - note_height
        )  # fmt: skip
        cell_height = max(available_height / SIZE, line * 1.6)
        cell_width = min(available_width / SIZE, cell_height * 1.5)
        cell_height = min(cell_height, cell_width * 1.1)
    below = max(_wrapped_height(metrics, cell_width - 4, t) for t in _likelihood_texts(catalogue))

    block_width = left + SIZE * cell_width
    x0 = rect.left() + max(0.0, (rect.width() - block_width - gap) / 2)
    grid = QRectF(x0 + left, rect.top() + caption_height, SIZE * cell_width, SIZE * cell_height)
    impact_labels = [
        (QRectF(x0 + line * 1.4, grid.top() + row * cell_height, left - line * 1.4 - gap,
                cell_height), text)
        for row, text in enumerate(_impact_texts(catalogue))
    ]  # fmt: skip
    likelihood_labels = [
        (QRectF(grid.left() + column * cell_width + 2, grid.bottom() + gap * 0.5,
                cell_width - 4, below), text)
        for column, text in enumerate(_likelihood_texts(catalogue))
    ]  # fmt: skip
    likelihood_title = QRectF(
        grid.left(), grid.bottom() + gap * 0.5 + below, grid.width(), title_height
    )
    impact_title = QRectF(x0, grid.top(), line * 1.3, grid.height())

    legend: list[tuple[QRectF, QRectF, str]] = []
    y = likelihood_title.bottom()
    for entries in legend_lines:
        total = sum(width for width, _ in entries) + gap * 2 * (len(entries) - 1)
        x = rect.left() + max(0.0, (rect.width() - total) / 2)
        for width, text in entries:
            box = QRectF(x, y + (line * 1.3 - swatch) / 2, swatch, swatch)
            legend.append((box, QRectF(box.right() + gap * 0.6, y, width, line * 1.3), text))
            x += width + gap * 2
        y += line * 1.3
    note_rect = QRectF(rect.left(), y + gap * 0.5, rect.width(), note_height)
    return _Layout(
        caption=QRectF(grid.left(), rect.top(), grid.width(), caption_height),
        grid=grid,
        cell_width=cell_width,
        cell_height=cell_height,
        impact_labels=impact_labels,
        likelihood_labels=likelihood_labels,
        impact_title=impact_title,
        likelihood_title=likelihood_title,
        legend=legend,
        note=note_rect,
    )


def _chips(
    painter: QPainter, area: QRectF, numbers: list[int], font: QFont, selected: int | None
) -> None:
    """The risks' numbers as small white labels, as many as fit, then "+n"."""
    chip_font = QFont(font)
    chip_font.setBold(True)
    metrics = QFontMetricsF(chip_font)
    height = metrics.height() * 1.2
    space = max(2.0, height * 0.2)
    inner = area.adjusted(space, space, -space, -space)

    def width_of(text: str) -> float:
        return max(height, metrics.horizontalAdvance(text) + metrics.height() * 0.6)

    def arrange(texts: list[str]) -> list[list[str]] | None:
        lines: list[list[str]] = [[]]
        used = 0.0
        for text in texts:
            width = width_of(text)
            if lines[-1] and used + space + width > inner.width():
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + width
            lines[-1].append(text)
        if len(lines) * height + (len(lines) - 1) * space > inner.height():
            return None
        return lines

    texts = [str(n) for n in numbers]
    lines = arrange(texts)
    shown = len(texts)
    while lines is None and shown > 0:
        shown -= 1
        lines = arrange(texts[:shown] + [f"+{len(texts) - shown}"])
    if lines is None:  # not even "+n" fits: the cell is tiny
        lines = [[f"{len(texts)}"]]
    painter.save()
    painter.setFont(chip_font)
    total_height = len(lines) * height + (len(lines) - 1) * space
    y = inner.top() + (inner.height() - total_height) / 2
    for texts_in_line in lines:
        total = sum(width_of(t) for t in texts_in_line) + space * (len(texts_in_line) - 1)
        x = inner.left() + (inner.width() - total) / 2
        for text in texts_in_line:
            box = QRectF(x, y, width_of(text), height)
            is_selected = selected is not None and text == str(selected)
            painter.setPen(QPen(CELL_TEXT, 1))
            painter.setBrush(CELL_TEXT if is_selected else CHIP)
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(CHIP if is_selected else CELL_TEXT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += box.width() + space
        y += height + space
    painter.restore()


def draw_matrix(
    painter: QPainter,
    rect: QRectF,
    risks: Sequence[Risk],
    residual: bool,
    catalogue: Catalogue,
    *,
    font: QFont,
    text: QColor,
    selected: int | None = None,
) -> _Layout:
    """Paint the matrix into `rect`; returns where everything went."""
    rect = QRectF(rect)
    note = unassessed_note(risks, residual)
    layout = _layout(font, rect, catalogue, note)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(text)
    painter.drawText(layout.caption, Qt.AlignmentFlag.AlignCenter, caption(residual))

    cells = placements(risks, residual)
    for row in range(SIZE):
        for column in range(SIZE):
            box = layout.cell_rect((row, column))
            painter.fillRect(box, cell_colour(*scale_of((row, column))))
    painter.setPen(QPen(CELL_GAP, 2))
    for step in range(1, SIZE):
        x = layout.grid.left() + step * layout.cell_width
        y = layout.grid.top() + step * layout.cell_height
        painter.drawLine(QPointF(x, layout.grid.top()), QPointF(x, layout.grid.bottom()))
        painter.drawLine(QPointF(layout.grid.left(), y), QPointF(layout.grid.right(), y))
    painter.setPen(QPen(FRAME, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(layout.grid)
    for cell, numbers in cells.items():
        _chips(painter, layout.cell_rect(cell), numbers, font, selected)

    painter.setFont(font)
    painter.setPen(text)
    for box, label in layout.impact_labels:
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    for box, label in layout.likelihood_labels:
        painter.drawText(box, _WRAP, label)
    painter.setFont(bold)
    painter.drawText(layout.likelihood_title, Qt.AlignmentFlag.AlignCenter, tr("Kans →"))
    painter.save()
    centre = layout.impact_title.center()
    painter.translate(centre)
    painter.rotate(-90)
    turned = QRectF(
        -layout.impact_title.height() / 2,
        -layout.impact_title.width() / 2,
        layout.impact_title.height(),
        layout.impact_title.width(),
    )
    painter.drawText(turned, Qt.AlignmentFlag.AlignCenter, tr("Gevolg →"))
    painter.restore()

    painter.setFont(font)
    for (box, text_box, label), (_lowest, colour) in zip(layout.legend, LEVELS, strict=True):
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(colour)
        painter.drawRect(box)
        painter.setPen(text)
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
        )
    if note:
        painter.drawText(layout.note, _WRAP, note)
    painter.restore()
    return layout


class RiskMatrix(QWidget):
    """Shows the dossier's risks in a 5×5 matrix, before or (in residual mode) after measures."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._risks: tuple[Risk, ...] = ()
        self._residual = False
        self._selected: int | None = None
        self._last_layout: _Layout | None = None
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
        left, line, gap = _fixed_sizes(self.font(), self.catalogue)
        metrics = QFontMetricsF(self.font())
        below = max(
            _wrapped_height(metrics, cell - 4, t) for t in _likelihood_texts(self.catalogue)
        )
        width = left + SIZE * cell + gap
        legend_width = sum(
            line * 0.9 + gap * 2.6 + metrics.horizontalAdvance(t) for t in _legend_texts()
        )
        if whole_legend_line:
            width = max(width, legend_width)
        legend_lines = math.ceil(legend_width / width)
        note = unassessed_note(self._risks, self._residual)
        note_height = _wrapped_height(metrics, width, note) + gap * 0.5 if note else 0
        height = (
            line * 1.5 + SIZE * cell + below + gap * 0.5 + line * 1.5
            + legend_lines * line * 1.3 + gap * 0.5 + note_height + 2
        )  # fmt: skip
        return QSize(math.ceil(width), math.ceil(height))

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
    from igj_afwijken.rendering.pdf import document_font, ensure_gui_application

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
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
