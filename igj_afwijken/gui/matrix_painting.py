"""Painting the 5×5 risk matrix: likelihood across, impact upwards, each risk's number in its cell,
and its texts (caption, legend, what a screen reader says).

The drawing works on any paint device, so the same picture goes on screen, into a QImage or into a
document; it needs QtGui only, no widgets.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import SCALE, Risk
from igj_afwijken.domain.risk import (
    LEVEL_COLOURS,
    LEVEL_LOWEST_SCORES,
    SIZE,
    Cell,
    level_colour,
    level_of,
    placements,
    position,
    scale_of,
    unassessed,
)
from igj_afwijken.gui.widgets import tr

CELL_TEXT = QColor("#1f2328")
CELL_GAP = QColor("#ffffff")
FRAME = QColor("#8c96a0")
CHIP = QColor("#ffffff")


def level_names() -> tuple[str, ...]:
    return (tr("laag"), tr("middel"), tr("hoog"), tr("zeer hoog"))


def cell_colour(likelihood: int, impact: int) -> QColor:
    return QColor(level_colour(likelihood * impact))


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
class Layout:
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
    bounds = [*LEVEL_LOWEST_SCORES, SIZE * SIZE + 1]
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


def _layout(font: QFont, rect: QRectF, catalogue: Catalogue, note: str) -> Layout:
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
    return Layout(
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
) -> Layout:
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
    for (box, text_box, label), colour in zip(layout.legend, LEVEL_COLOURS, strict=True):
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(QColor(colour))
        painter.drawRect(box)
        painter.setPen(text)
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
        )
    if note:
        painter.drawText(layout.note, _WRAP, note)
    painter.restore()
    return layout


def matrix_size(
    font: QFont, catalogue: Catalogue, note: str, cell: float, whole_legend_line: bool
) -> QSize:
    """The room a matrix with cells of `cell` pixels needs, with `note` under it; the legend
    on one line if `whole_legend_line`, else over as many lines as the grid's width needs."""
    left, line, gap = _fixed_sizes(font, catalogue)
    metrics = QFontMetricsF(font)
    below = max(_wrapped_height(metrics, cell - 4, t) for t in _likelihood_texts(catalogue))
    width = left + SIZE * cell + gap
    legend_width = sum(
        line * 0.9 + gap * 2.6 + metrics.horizontalAdvance(t) for t in _legend_texts()
    )
    if whole_legend_line:
        width = max(width, legend_width)
    legend_lines = math.ceil(legend_width / width)
    note_height = _wrapped_height(metrics, width, note) + gap * 0.5 if note else 0
    height = (
        line * 1.5 + SIZE * cell + below + gap * 0.5 + line * 1.5
        + legend_lines * line * 1.3 + gap * 0.5 + note_height + 2
    )  # fmt: skip
    return QSize(math.ceil(width), math.ceil(height))
