"""The preview pane: the document's real pages, made off the GUI thread, the newest request
shown, never blank after a restart, and the same pages on the printer as in the PDF."""

import pypdf
from PySide6.QtPrintSupport import QPrinter

from igj_afwijken.gui import preview as preview_module
from igj_afwijken.gui.document_actions import paint_svg_pages
from igj_afwijken.gui.preview import PreviewPane
from igj_afwijken.services.documents import document_pages, render_to_file
from tests.gui.conftest import shown


def test_the_pane_shows_the_pages_of_the_pdf(qtbot, example_dossier, catalogue, tmp_path):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 700)
    pane.show()
    pane.request(example_dossier, catalogue)
    assert pane.status.text() == "Wordt bijgewerkt…"
    text = shown(qtbot, pane)
    render_to_file(example_dossier, catalogue, tmp_path / "document.pdf", "pdf")
    assert pane.page_count() == len(pypdf.PdfReader(tmp_path / "document.pdf").pages)
    assert example_dossier.title in text
    image = pane.strip.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 10)
    assert middle.lightness() > 200  # paper, not the desk: the first page is drawn there


def test_typing_never_waits_for_the_document(qtbot, example_dossier, catalogue, monkeypatch):
    """The pages are made in the worker thread: the GUI thread only asks and later shows."""
    import threading

    threads = []
    real = preview_module.make_pages

    def recorded(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(preview_module, "make_pages", recorded)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.request(example_dossier, catalogue)
    shown(qtbot, pane)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_the_newest_request_wins(qtbot, example_dossier, catalogue, monkeypatch):
    made = []
    real = preview_module.make_pages

    def counted(dossier, *args):
        made.append(dossier.title)
        return real(dossier, *args)

    monkeypatch.setattr(preview_module, "make_pages", counted)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    for number in range(5):  # five pauses in typing while the first is still being made
        example_dossier.title = f"Versie {number}"
        pane.request(example_dossier, catalogue)
    text = shown(qtbot, pane)
    assert "Versie 4" in text and "Versie 3" not in text
    assert made[0] == "Versie 0" and made[-1] == "Versie 4" and len(made) == 2  # 1-3 skipped


def test_the_preview_is_filled_at_once_after_a_restart(make_window, qtbot):
    window = make_window()
    window.menus.preview_action.setChecked(True)
    window.open_example()
    window.close()
    window = make_window()  # the program starts again with the preview on
    window.open_example()
    assert window.editor.preview.isVisible()
    shown(qtbot, window.editor.preview)
    assert window.editor.preview.page_count() >= 2


def test_the_printer_gets_exactly_the_pages_of_the_pdf(qtbot, example_dossier, catalogue, tmp_path):
    pages = document_pages(example_dossier, catalogue)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    paint_svg_pages(printer, pages.pages)
    render_to_file(example_dossier, catalogue, tmp_path / "document.pdf", "pdf")
    printed = pypdf.PdfReader(tmp_path / "afdruk.pdf")
    assert len(printed.pages) == len(pypdf.PdfReader(tmp_path / "document.pdf").pages)
    assert round(float(printed.pages[0].mediabox.width)) in (595, 596)
