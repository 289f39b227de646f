"""Tests for the PDF output: A4 pages with header and page numbers, holding every answer."""

import re

import pypdf
import pytest

from igj_afwijken import fileio
from igj_afwijken.formats import exchange
from igj_afwijken.services.documents import render_to_file
from tests.conftest import EXAMPLES

INJECTION = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def _pages(path):
    reader = pypdf.PdfReader(path)
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def _first_words(answer_text, count=7):
    first_line = answer_text.strip().splitlines()[0]
    first_line = re.sub(r"^(- |\d+\. )", "", first_line)
    return " ".join(first_line.split()[:count])


def test_the_pdf_holds_every_answer(example_dossier, catalogue, tmp_path):
    output = tmp_path / "verantwoording.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    reader, pages = _pages(output)
    text = " ".join(pages)
    for answer in example_dossier.answers.values():
        assert _first_words(answer.text) in text, answer.question_id
    assert example_dossier.rule.name[:40] in text
    for answer in example_dossier.checklist.values():
        assert " ".join(answer.item_text.split()[:4]) in text, answer.item_id


def test_every_page_is_a4_with_header_and_page_x_of_y(example_dossier, catalogue, tmp_path):
    output = tmp_path / "verantwoording.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    reader, pages = _pages(output)
    assert len(pages) >= 2
    for number, (page, text) in enumerate(zip(reader.pages, pages, strict=True), start=1):
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert (round(width_mm), round(height_mm)) == (210, 297)
        assert f"pagina {number} van {len(pages)}" in text
        assert "Zorggroep De Waterlelie" in text
        assert "Afgedrukt op" in text
    assert reader.metadata.title == f"Verantwoording: {example_dossier.title}"


def test_script_injection_is_literal_text_in_the_pdf(example_dossier, catalogue, tmp_path):
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", INJECTION))
    output = tmp_path / "verantwoording.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    _, pages = _pages(output)
    assert INJECTION in " ".join(pages)


def test_a_failed_pdf_leaves_the_old_file_and_no_debris(
    example_dossier, catalogue, tmp_path, monkeypatch
):
    output = tmp_path / "verantwoording.pdf"
    output.write_bytes(b"the earlier file")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(fileio.os, "fsync", broken)
    with pytest.raises(OSError, match="disk full"):
        render_to_file(example_dossier, catalogue, output, "pdf")
    assert output.read_bytes() == b"the earlier file"
    assert [p.name for p in tmp_path.iterdir()] == ["verantwoording.pdf"]


def test_html_output_is_written_whole(example_dossier, catalogue, tmp_path):
    output = tmp_path / "verantwoording.html"
    render_to_file(example_dossier, catalogue, output, "html")
    html = output.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_client_councils_summary_fits_on_two_pages(path, catalogue, tmp_path):
    output = tmp_path / "clientenraad.pdf"
    render_to_file(exchange.read_file(path), catalogue, output, "pdf", "clientenraad")
    reader, pages = _pages(output)
    assert 1 <= len(reader.pages) <= 2
    assert "Samenvatting voor de cliëntenraad" in pages[0].replace("\n", " ") or (
        "SAMENVATTING VOOR DE CLIËNTENRAAD" in pages[0]
    )


def test_a_pdf_carries_its_dossier_and_reads_back_through_import(
    example_dossier, catalogue, tmp_path, repository
):
    output = tmp_path / "verantwoording.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    assert exchange.read_file(output) == example_dossier
    assert repository.add_imported(exchange.read_file(output)) == example_dossier.id


def test_the_archive_pdf_is_pdf_a_3b_and_reads_back_to_the_same_dossier(
    example_dossier, catalogue, tmp_path
):
    output = tmp_path / "archief.pdf"
    render_to_file(example_dossier, catalogue, output, "pdfa")
    data = output.read_bytes()
    assert re.search(rb"pdfaid:part[^0-9]{1,4}3", data) and b"pdfaid:conformance" in data
    assert exchange.dumps(exchange.read_file(output)) == exchange.dumps(example_dossier)


def test_a_damaged_pdf_gives_our_message(tmp_path):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.6\n" + b"\x00" * 200)
    with pytest.raises(exchange.ExchangeError, match="kapot.pdf"):
        exchange.read_file(broken)


def test_every_page_names_the_version_and_the_print_date(example_dossier, catalogue, tmp_path):
    from datetime import date

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import Person

    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 9, 1))
    output = tmp_path / "verantwoording.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    _, pages = _pages(output)
    for text in pages:
        flat = " ".join(text.split())
        assert "Vastgesteld (versie 1 vastgesteld op 1 september 2026)" in flat
        assert "Afgedrukt op" in flat


def test_the_risk_table_of_a_long_dossier_keeps_its_rows_whole(
    example_dossier, catalogue, tmp_path
):
    from igj_afwijken.domain.model import Risk

    example_dossier.risks = [
        Risk(
            description=f"Risico {index}: " + "de zorg loopt vertraging op " * (8 + index % 9),
            measures="Extra controle door de teamleider. " * (5 + index % 7) + f"Slot {index}.",
            likelihood=4,
            impact=3,
            residual_likelihood=2,
            residual_impact=2,
        )
        for index in range(30)
    ]
    output = tmp_path / "verantwoording.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    _, pages = _pages(output)
    for index in range(30):
        starts = [number for number, text in enumerate(pages) if f"Risico {index}:" in text]
        ends = [number for number, text in enumerate(pages) if f"Slot {index}." in text]
        assert starts == ends, f"risk {index} runs over a page break"
