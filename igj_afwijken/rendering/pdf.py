"""Laying out rendered HTML on A4 pages with a running header and page numbers, for PDF and print."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCellFormat,
)

from igj_afwijken import APP_NAME, __version__
from igj_afwijken.fileio import atomic_target, failed_write
from igj_afwijken.rendering import page_label

FONT_FAMILIES = ["Segoe UI", "DejaVu Sans", "Arial", "Helvetica", "sans-serif"]
PAGE_MARGINS_MM = QMarginsF(20, 14, 20, 12)
HEADER_MM = 12.0
FOOTER_MM = 10.0
MUTED = QColor("#5a6b7d")

_application: QGuiApplication | None = None


@dataclass(frozen=True)
class PageDecoration:
    """What stands above and below the text on every page."""

    header: str
    footer: str
    page_label: str = ""  # with {page} and {pages}; "" for the program's own, in its language


def ensure_gui_application() -> None:
    """Qt lays out text only with a GUI application; headless commands get an offscreen one."""
    global _application
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([APP_NAME])


def document_font(point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


@dataclass(frozen=True)
class Section:
    """One document within a PDF (a bundle has several), with its own header and footer."""

    html: str
    decoration: PageDecoration


def paint_pages(device: QPagedPaintDevice, html: str, decoration: PageDecoration) -> int:
    """Paint the document on the device page by page; returns the number of pages."""
    return paint_sections(device, [Section(html, decoration)])[0]


def section_page_counts(device: QPagedPaintDevice, htmls: list[str]) -> list[int]:
    """How many pages each document will take on the device, without painting anything."""
    body = _prepare(device)[1]
    return [_laid_out(device, html, body).pageCount() for html in htmls]


def paint_sections(device: QPagedPaintDevice, sections: list[Section]) -> list[int]:
    """Paint the documents one after another, each starting on a new page and numbered through
    the whole file; returns each document's number of pages."""
    page, body, header, footer = _prepare(device)
    documents = [_laid_out(device, section.html, body) for section in sections]
    counts = [document.pageCount() for document in documents]
    total = sum(counts)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EIO, "the page device cannot be painted on")
    number = 0
    try:
        for section, document, count in zip(sections, documents, counts, strict=True):
            for index in range(count):
                if number:
                    device.newPage()
                number += 1
                _paint_decoration(
                    painter,
                    section.decoration,
                    number,
                    total,
                    page.width(),
                    page.height(),
                    header,
                    footer,
                )
                painter.save()
                painter.translate(0, header - index * body.height())
                document.drawContents(
                    painter, QRectF(0, index * body.height(), body.width(), body.height())
                )
                painter.restore()
    finally:
        painter.end()
    return counts


def _prepare(device: QPagedPaintDevice) -> tuple[QRectF, QRectF, float, float]:
    """Set A4 on the device; the page, the text body, and the header and footer heights."""
    ensure_gui_application()
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            PAGE_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    dots_per_mm = device.logicalDpiY() / 25.4
    page = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    header = HEADER_MM * dots_per_mm
    footer = FOOTER_MM * dots_per_mm
    body = QRectF(0, 0, page.width(), page.height() - header - footer)
    return page, body, header, footer


def _laid_out(device: QPagedPaintDevice, html: str, body: QRectF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(document_font())
    document.setHtml(html)
    document.setPageSize(body.size())
    keep_rows_together(document)
    return document


# A row taller than this share of a page is left to split: it cannot fit on one page anyway.
_SPLITTABLE_ROW_SHARE = 0.85


def keep_rows_together(document: QTextDocument) -> int:
    """Move table rows that would be cut by a page break to the next page; returns how many.

    QTextDocument has no keep-together for rows, but it does drop a row to the next page when
    no cell's first line fits on the current one. An invisible filler row that ends just above
    the page's bottom makes exactly that happen, and the repeated header follows."""
    page_height = document.pageSize().height()
    if page_height <= 0:
        return 0
    moved = 0
    for table in _tables(document.rootFrame()):
        if _has_row_spans(table):
            continue
        headers = table.format().headerRowCount()
        row = headers
        moved_here = False
        while row < table.rows():
            top, bottom = _row_extent(document, table, row)
            if _page_of(top, page_height) == _page_of(bottom - 0.5, page_height) or (
                bottom - top > _SPLITTABLE_ROW_SHARE * page_height
            ):
                row += 1
                continue
            if row == headers:
                table_format = table.format()
                table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(table_format)
            else:
                _insert_filler_row(document, table, row, page_height)
                row += 1
            moved_here = True
            moved += 1
            row += 1
        if moved_here:
            # Qt's incremental relayout after a table edit can leave later blocks without
            # lines: they would be measured wrongly and not painted. Lay out everything after
            # the table again, once per table rather than once per moved row. (The table
            # itself is laid out again by the edit.)
            end = table.lastPosition()
            document.markContentsDirty(end, document.characterCount() - end)
    return moved


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def _has_row_spans(table: QTextTable) -> bool:
    return any(
        table.cellAt(row, column).rowSpan() > 1
        for row in range(table.rows())
        for column in range(table.columns())
    )


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _row_extent(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = document.documentLayout()
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _insert_filler_row(
    document: QTextDocument, table: QTextTable, row: int, page_height: float
) -> None:
    layout = document.documentLayout()
    # Formats are in screen pixels; the layout is in the paint device's dots.
    device = layout.paintDevice()
    dots_per_pixel = device.logicalDpiY() / 96 if device is not None else 1.0
    # The filler takes the row's place: its top is where the row's cells begin.
    expected_top = _cells_top(document, table, row, dots_per_pixel)
    invisible = QTextTableCellFormat()
    for side in ("Top", "Bottom", "Left", "Right"):
        getattr(invisible, f"set{side}Border")(0)
        getattr(invisible, f"set{side}Padding")(0)
    edit = QTextCursor(document)  # one edit block: the layout is redone once, not per cell
    edit.beginEditBlock()
    table.insertRows(row, 1)
    for column in range(table.columns()):
        table.cellAt(row, column).setFormat(invisible)
    _set_filler_height(document, table, row, expected_top, page_height, dots_per_pixel)
    edit.endEditBlock()
    top = layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()
    if abs(top - expected_top) > 0.5:  # a table laid out otherwise than foreseen: measure
        edit.beginEditBlock()
        _set_filler_height(document, table, row, top, page_height, dots_per_pixel)
        edit.endEditBlock()


def _cells_top(
    document: QTextDocument, table: QTextTable, row: int, dots_per_pixel: float
) -> float:
    """Where the row's cells begin: above their first lines by the padding, border and margin."""
    layout = document.documentLayout()
    table_format = table.format()
    tops = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = cell.firstCursorPosition().block()
        cell_format = cell.format().toTableCellFormat()
        padding = (
            cell_format.topPadding()
            if cell_format.hasProperty(QTextFormat.Property.TableCellTopPadding)
            else table_format.cellPadding()
        )
        above = padding + cell_format.topBorder() + block.blockFormat().topMargin()
        tops.append(layout.blockBoundingRect(block).top() - above * dots_per_pixel)
    return min(tops)


def _set_filler_height(
    document: QTextDocument,
    table: QTextTable,
    row: int,
    top: float,
    page_height: float,
    dots_per_pixel: float,
) -> None:
    """Make the filler row end a little above the page's usable bottom: the row after it then
    starts too low for any first line to fit, so Qt moves it whole to the next page."""
    page_end = (_page_of(top, page_height) + 1) * page_height
    reserve = (document.documentMargin() + 3) * dots_per_pixel
    height = max(1.0, (page_end - reserve - top) / dots_per_pixel)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    spacer.setTopMargin(0)
    spacer.setBottomMargin(0)
    for column in range(table.columns()):
        table.cellAt(row, column).firstCursorPosition().setBlockFormat(spacer)


def _paint_decoration(
    painter: QPainter,
    decoration: PageDecoration,
    page: int,
    pages: int,
    width: float,
    height: float,
    header: float,
    footer: float,
) -> None:
    painter.save()
    painter.setFont(document_font(7.5))
    painter.setPen(MUTED)
    header_text = QRectF(0, 0, width, header * 0.6)
    painter.drawText(
        header_text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, decoration.header
    )
    pen = QPen(MUTED)
    pen.setWidthF(max(1.0, header / 100))
    painter.setPen(pen)
    painter.drawLine(0, int(header * 0.7), int(width), int(header * 0.7))
    footer_text = QRectF(0, height - footer * 0.7, width, footer * 0.7)
    painter.drawText(
        footer_text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, decoration.footer
    )
    painter.drawText(
        footer_text,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        (decoration.page_label or page_label()).format(page=page, pages=pages),
    )
    painter.restore()


def write_pdf(
    path: Path,
    html: str,
    decoration: PageDecoration,
    title: str,
    attachments: dict[str, bytes] | None = None,
    archive: bool = False,
) -> int:
    """Write the document as an A4 PDF, atomically; returns the number of pages.

    `archive` writes PDF/A-1b, which forbids embedded files, so attachments (such as the
    dossier's exchange file) are carried only by the ordinary PDF."""
    ensure_gui_application()
    with atomic_target(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator(f"{APP_NAME} {__version__}")
        if archive:
            writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_A1b)
        else:
            writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_1_6)
            for name, data in (attachments or {}).items():
                writer.addFileAttachment(name, data, "application/json")
        try:
            pages = paint_pages(writer, html, decoration)
        except OSError as error:
            if error.errno != errno.EIO:  # not the painter's own "cannot paint": as it is
                raise
            raise failed_write(temporary) from None
        del writer  # the file is complete only once the writer is gone
        check_written_pdf(temporary)
    return pages


def check_written_pdf(path: Path) -> None:
    """OSError (with its cause: a full disk, say) unless Qt wrote the PDF to its very end; Qt
    itself says nothing when a write fails halfway."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 1024))
        if b"%%EOF" not in handle.read():
            raise failed_write(path)
