"""Tests for the Word output: real headings and tables, every answer, text taken literally."""

import io
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table

from igj_afwijken.cli import EXIT_OK
from igj_afwijken.rendering.docx import html_to_docx
from igj_afwijken.rendering.templating import question_views
from igj_afwijken.services.documents import render_to_file
from tests.conftest import VOLUNTEER_EXAMPLE
from tests.rendering.test_pdf import _first_words
from tests.test_cli import cli

INJECTION = "<script>alert(1)</script> & <b>x</b>"


def _open(path):
    return docx.Document(str(path))


def _text(document):
    """All text of the body, tables (nested ones too) included, white space collapsed."""
    paragraphs = document.element.body.iter(qn("w:p"))
    texts = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs)
    return " ".join(" ".join(texts).split())


def _tables(document):
    return [Table(t, document) for t in document.element.body.iter(qn("w:tbl"))]


@pytest.fixture
def rendered(example_dossier, catalogue, tmp_path):
    output = tmp_path / "verantwoording.docx"
    render_to_file(example_dossier, catalogue, output, "docx")
    return _open(output)


def test_the_docx_has_word_headings_and_the_title(rendered, example_dossier):
    styles = [p.style.name for p in rendered.paragraphs]
    assert "Title" in styles
    assert {"Heading 1", "Heading 2"} <= set(styles)
    headings = [p.text for p in rendered.paragraphs if p.style.name.startswith("Heading")]
    assert any(text.startswith("1. Waarom") for text in headings)
    assert rendered.core_properties.title == example_dossier.title
    assert rendered.core_properties.language == "nl-NL"


def test_the_docx_holds_every_answer_and_every_sub_question(rendered, example_dossier, catalogue):
    text = _text(rendered)
    for answer in example_dossier.answers.values():
        assert _first_words(answer.text) in text, answer.question_id
    headings = {p.text for p in rendered.paragraphs if p.style.name.startswith("Heading")}
    for question in question_views(example_dossier, catalogue):
        for part in question.parts:
            assert part.text in headings or f"{part.text} *" in headings, part.id
    for answer in example_dossier.checklist.values():
        assert " ".join(answer.item_text.split()[:4]) in text, answer.item_id


def test_lists_use_the_word_list_styles(rendered):
    styles = {p.style.name for p in rendered.paragraphs}
    assert "List Bullet" in styles
    assert "List Number" in styles


def test_tables_repeat_their_header_and_rows_do_not_split(rendered):
    tables = _tables(rendered)
    with_header = [
        table
        for table in tables
        if table.rows[0]._tr.trPr is not None
        and table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    ]
    assert with_header, "no table with a repeated header row"
    header = with_header[0].rows[0]
    assert all(run.bold for cell in header.cells for p in cell.paragraphs for run in p.runs)
    for table in tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_the_risk_matrix_keeps_its_colours(rendered):
    fills = {
        shading.get(qn("w:fill"))
        for shading in rendered.element.body.iter(qn("w:shd"))
        if shading.getparent().tag == qn("w:tcPr")
    }
    assert len(fills) >= 3  # the header tint and at least two risk colours


def test_the_page_is_a4_with_a_header_and_page_numbers(rendered, example_dossier):
    section = rendered.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 18 <= section.left_margin.mm <= 25
    assert example_dossier.title in section.header.paragraphs[0].text
    footer = section.footer.paragraphs[0]._p.xml
    assert "Afgedrukt op" in footer and "PAGE" in footer and "NUMPAGES" in footer


def test_script_injection_is_literal_text_in_the_docx(example_dossier, catalogue, tmp_path):
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", INJECTION))
    output = tmp_path / "verantwoording.docx"
    render_to_file(example_dossier, catalogue, output, "docx")
    assert INJECTION in _text(_open(output))
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;" in body
    assert "<script" not in body and "<b>" not in body


def test_entities_are_decoded_exactly_once():
    document = _open_bytes(html_to_docx("<p>A &amp; B &lt; C &amp;amp; D&nbsp;E</p>"))
    assert document.paragraphs[0].text == "A & B < C &amp; D\xa0E"


def test_white_space_follows_html_and_breaks_become_line_breaks():
    document = _open_bytes(html_to_docx("<p>\n  one   two<br>\n   three  </p>"))
    assert document.paragraphs[0].text == "one two\nthree"


def test_inline_formatting_and_links():
    html = (
        '<p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s> <a href="https://igj.nl/x">IGJ</a> '
        '<a href="mailto:a@b.nl">mail</a></p>'
    )
    paragraph = _open_bytes(html_to_docx(html)).paragraphs[0]
    assert paragraph.text == "b i u s IGJ (https://igj.nl/x) mail"
    runs = {run.text: run for run in paragraph.runs}
    assert runs["b"].bold and runs["i"].italic and runs["u"].underline and runs["s"].font.strike


def test_nested_lists_go_one_level_deeper_and_each_ordered_list_restarts():
    html = "<ol><li>a<ul><li>b</li></ul></li></ol><p>x</p><ol><li>c</li></ol>"
    paragraphs = _open_bytes(html_to_docx(html)).paragraphs
    assert [(p.style.name, p.text) for p in paragraphs] == [
        ("List Number", "a"),
        ("List Bullet 2", "b"),
        ("Normal", "x"),
        ("List Number", "c"),
    ]
    first, second = (p._p.pPr.numPr.numId.val for p in (paragraphs[0], paragraphs[3]))
    assert first != second


def test_control_characters_do_not_break_the_document():
    document = _open_bytes(html_to_docx("<p>a\x00b\x0bc</p>"))
    assert re.sub(r"\s", "", document.paragraphs[0].text) == "abc"


@pytest.mark.parametrize("odd", ["\uffff", "\ufffe", "\x00", "\x1b", "\ud800"])
def test_what_xml_cannot_hold_in_the_title_is_left_out_of_header_and_properties(
    example_dossier, catalogue, tmp_path, odd
):
    """The title goes into the page header and the file's properties, not only the body."""
    example_dossier.title = f"Vaste{odd} flexschil"
    output = tmp_path / "verantwoording.docx"
    render_to_file(example_dossier, catalogue, output, "docx")
    document = _open(output)
    assert "Vaste flexschil" in document.sections[0].header.paragraphs[0].text
    assert document.core_properties.title == "Vaste flexschil"


def test_the_cli_renders_docx(tmp_path):
    output = tmp_path / "out.docx"
    code, out, err = cli(
        "render", str(VOLUNTEER_EXAMPLE), "--format", "docx", "--output", str(output)
    )
    assert code == EXIT_OK, err
    assert zipfile.is_zipfile(output)
    suffix_only = tmp_path / "by-suffix.docx"
    assert cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(suffix_only))[0] == EXIT_OK
    assert _open(suffix_only).core_properties.title


def _open_bytes(data):
    return docx.Document(io.BytesIO(data))


def test_lines_typed_as_a_list_under_a_sentence_are_a_word_list(
    example_dossier, catalogue, tmp_path
):
    example_dossier.set_answer(
        catalogue.make_answer(
            "waarom.knelpunt", "Wat er misgaat:\n- de nachtdienst\n- het weekend\n1. eerst\n2. dan"
        )
    )
    output = tmp_path / "verantwoording.docx"
    render_to_file(example_dossier, catalogue, output, "docx")
    paragraphs = [(p.style.name, p.text) for p in _open(output).paragraphs]
    assert ("List Bullet", "de nachtdienst") in paragraphs
    assert ("List Bullet", "het weekend") in paragraphs
    assert not any(text.startswith("- de nachtdienst") for _, text in paragraphs)


def test_the_word_signature_block_has_room_for_whoever_adopted_it(
    example_dossier, catalogue, tmp_path
):
    from datetime import date

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import Person

    adopt(example_dossier, catalogue, Person("A. de Vries", "bestuurder"), date(2026, 9, 1))
    output = tmp_path / "verantwoording.docx"
    render_to_file(example_dossier, catalogue, output, "docx")
    text = _text(_open(output))
    signature = text[text.rindex("Ondertekening") :]
    assert "Vastgesteld door" in signature and "A. de Vries" in signature
    assert signature.count("Handtekening:") == 2


def test_the_word_advice_letter_asks_and_does_not_report(example_dossier, catalogue, tmp_path):
    output = tmp_path / "brief.docx"
    render_to_file(example_dossier, catalogue, output, "docx", "adviesaanvraag")
    text = _text(_open(output))
    assert "Wmcz 2018" in text and "Onze vragen aan u" in text
    involvement = " ".join(example_dossier.plain_summary("betrokkenheid").split())
    assert involvement and involvement[:50] not in text


def test_the_word_footer_states_the_status_as_the_pdf_does(example_dossier, catalogue, tmp_path):
    from datetime import date

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import Person

    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 9, 1))
    example_dossier.title += " (bijgewerkt)"  # changed after its adoption: a draft again
    output = tmp_path / "verantwoording.docx"
    render_to_file(example_dossier, catalogue, output, "docx")
    footer = " ".join(p.text for p in _open(output).sections[0].footer.paragraphs)
    assert "Concept voor versie 2 (versie 1 vastgesteld op 1 september 2026)" in footer
    assert "Vastgesteld · versie 1" not in footer
