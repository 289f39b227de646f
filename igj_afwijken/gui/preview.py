"""The document preview: the document's real pages as they print, made off the GUI thread and
drawn as wide as the pane; or the law gate's explanation in their place."""

from __future__ import annotations

import contextlib
import copy
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from igj_afwijken.domain.catalogue import Catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.domain.readiness import LawGateError
from igj_afwijken.gui.widgets import FocusRing
from igj_afwijken.rendering.templating import DEFAULT_TEMPLATE, TemplateError

A4_RATIO = 297 / 210
PAGE_GAP = 12  # pixels between the pages, and around them
ACTUAL_SIZE = round(210 / 25.4 * 96)  # an A4 page's width in pixels at its printed size
DESK = QColor("#8d99a6")  # what the pages lie on

# One thread makes every preview: a new request waits for the running one, so the newest
# request is the one that shows, and typing never waits for a document.
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voorbeeld")


@dataclass(frozen=True)
class _Request:
    generation: int
    dossier: Dossier
    catalogue: Catalogue
    template: str
    options: dict


@dataclass(frozen=True)
class Shown:
    """What the pane shows: the pages, or a message instead."""

    pages: tuple[bytes, ...] = ()
    steps: dict | None = None
    text: str = ""
    message: str = ""


def make_pages(dossier: Dossier, catalogue: Catalogue, template: str, options: dict) -> Shown:
    """The document's pages (in the worker thread); for a law or a broken template, the reason
    there is no document."""
    from igj_afwijken.services.documents import document_pages

    try:
        made = document_pages(dossier, catalogue, template, **options)
    except LawGateError as error:  # a named law explains itself; the kind "wet" by the catalogue
        reason = catalogue.law_gate_explanation if dossier.rule.is_law else str(error)
        return Shown(message=f"{catalogue.law_gate_title}\n\n{reason}")
    except TemplateError as error:
        return Shown(message=str(error))
    return Shown(made.pages, made.steps, made.text)


class PageStrip(QWidget):
    """The pages one below the other, each as wide as the pane, drawn from Typst's SVG. A page
    is read and drawn only when it comes into view, and kept as an image for a while, so that
    neither a new version of a long document nor scrolling keeps the window waiting."""

    KEPT_IMAGES = 12  # pages kept drawn at the current width, the most recently shown ones

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: tuple[bytes, ...] = ()
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._width = 0

    def set_pages(self, pages: tuple[bytes, ...]) -> None:
        self._pages = pages
        self._images.clear()
        self._fit()
        self.update()

    def page_count(self) -> int:
        return len(self._pages)

    def page_size(self) -> QSize:
        """As wide as the pane, but never larger than the printed page."""
        width = max(1, min(self.width() - 2 * PAGE_GAP, ACTUAL_SIZE))
        return QSize(width, round(width * A4_RATIO))

    def page_top(self, index: int) -> int:
        return PAGE_GAP + index * (self.page_size().height() + PAGE_GAP)

    def _fit(self) -> None:
        height = self.page_top(len(self._pages)) if self._pages else 0
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self._images.clear()
            self._fit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(event.rect(), DESK)
        size = self.page_size()
        for index in range(len(self._pages)):
            left = max(PAGE_GAP, (self.width() - size.width()) // 2)
            place = QRect(left, self.page_top(index), size.width(), size.height())
            if place.intersects(event.rect()):
                painter.drawImage(place, self._image(index, size))
        painter.end()

    def _image(self, index: int, size: QSize) -> QImage:
        image = self._images.get(index)
        if image is not None:
            self._images.move_to_end(index)
            return image
        ratio = self.devicePixelRatioF()
        image = QImage(
            round(size.width() * ratio), round(size.height() * ratio), QImage.Format.Format_RGB32
        )
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = QSvgRenderer(QByteArray(self._pages[index]))
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        image.setDevicePixelRatio(ratio)
        self._images[index] = image
        while len(self._images) > self.KEPT_IMAGES:
            self._images.popitem(last=False)
        return image


class PreviewPane(QWidget):
    """The document as it will print, page by page; "Wordt bijgewerkt…" while a newer version is
    made. It keeps its place when the document is refreshed."""

    _finished = Signal(object, object)  # the request and what was made (or the error)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.strip = PageStrip()
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.strip)
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        self.page_area.setAccessibleName(self.tr("Pagina's van het document"))
        self.browser = QTextBrowser()  # why there is no document, in its place
        paper = self.browser.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
        self.browser.setPalette(paper)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Voorbeeld van het document"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page_area)
        self.stack.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        FocusRing(self.page_area)
        FocusRing(self.browser)
        self.setFocusProxy(self.page_area)
        self.shown = Shown()
        self._generation = 0
        self._running: _Request | None = None
        self._waiting: _Request | None = None
        self._step_wanted = ""  # a step to scroll to once its pages are there
        self._finished.connect(self._take)

    # -- asking for a document ---------------------------------------------------------------

    def request(
        self,
        dossier: Dossier,
        catalogue: Catalogue,
        template: str = DEFAULT_TEMPLATE,
        **options: object,
    ) -> None:
        """Make the document from the dossier as it is now; the pane shows it when it is ready,
        unless a newer request came meanwhile."""
        self._generation += 1
        job = _Request(self._generation, copy.deepcopy(dossier), catalogue, template, options)
        self.status.setText(self.tr("Wordt bijgewerkt…"))
        if self._running is None:
            self._start(job)
        else:
            self._waiting = job  # replaces an older waiting one: only the newest counts

    @property
    def busy(self) -> bool:
        return self._running is not None

    def _start(self, job: _Request) -> None:
        self._running = job
        future = _WORKER.submit(make_pages, job.dossier, job.catalogue, job.template, job.options)
        future.add_done_callback(lambda done: self._report(job, done))

    def _report(self, job: _Request, done: Future) -> None:
        """In the worker thread: hand the result to the GUI thread (a queued signal)."""
        with contextlib.suppress(RuntimeError):  # the pane was closed meanwhile
            self._finished.emit(job, done)

    def _take(self, job: _Request, done: Future) -> None:
        self._running = None
        if self._waiting is not None:  # a newer version is wanted: make that one first
            waiting, self._waiting = self._waiting, None
            self._start(waiting)
            return
        self.status.setText("")
        error = done.exception()
        self.display(done.result() if error is None else Shown(message=str(error)))

    # -- showing it --------------------------------------------------------------------------

    def display(self, shown: Shown) -> None:
        """Show the pages or a message, keeping the reader's place in the document."""
        bar = self.page_area.verticalScrollBar()
        place = bar.value() / max(1, bar.maximum())
        self.shown = shown
        if shown.pages:
            self.strip.set_pages(shown.pages)
            self.stack.setCurrentWidget(self.page_area)
            self.setFocusProxy(self.page_area)
            self.strip.adjustSize()
            bar.setValue(round(place * bar.maximum()))
            if self._step_wanted:  # once the scroll area has laid out the new pages
                # with the pane as context: Qt drops the call if the pane is gone by then
                QTimer.singleShot(0, self, lambda: self.show_step(self._step_wanted))
            return
        self.strip.set_pages(())
        self.stack.setCurrentWidget(self.browser)
        self.setFocusProxy(self.browser)
        title, _, reason = shown.message.partition("\n\n")
        body = f"<h2>{escape(title)}</h2><p>{escape(reason)}</p>" if reason else ""
        self.browser.setHtml(body or f"<p>{escape(shown.message)}</p>")

    def show_step(self, question_id: str) -> None:
        """Scroll to the page where the question starts, now or once the pages are there."""
        page = (self.shown.steps or {}).get(question_id)
        if page is None or self.stack.currentWidget() is not self.page_area:
            self._step_wanted = question_id
            return
        self._step_wanted = ""
        self.page_area.verticalScrollBar().setValue(self.strip.page_top(page) - PAGE_GAP)

    def text(self) -> str:
        """The words the pane shows, in reading order."""
        if self.shown.pages:
            return self.shown.text
        return " ".join(self.browser.toPlainText().split())

    def page_count(self) -> int:
        return self.strip.page_count()
