"""The typeset PDFs: tagged, in the document's language, with bookmarks, searchable text, PDF/A-3
with the dossier for the archive, and pages on which nothing overlaps or is left hanging."""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pikepdf
import pytest

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.formats import exchange
from igj_afwijken.paths import resources_dir
from igj_afwijken.rendering import typesetting
from igj_afwijken.rendering.templating import question_views, template_names
from igj_afwijken.rendering.typst_markup import markdown, text
from igj_afwijken.services.documents import render_to_file
from tests.rendering.tagging import structure_problems

EXAMPLE_FILES = sorted((resources_dir() / "examples").glob("*.json"))
LANGUAGES = {"nl": ("nl-NL", Path()), "en": ("en-GB", Path("en"))}
LIGATURES = re.compile("[\ufb00-\ufb06]")


def _example(language: str, stem: str):
    return exchange.read_file(resources_dir() / "examples" / LANGUAGES[language][1] / stem)


def pdf_text(path: Path, *pages: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


@pytest.fixture(params=list(LANGUAGES))
def language(request):
    i18n.use_language(request.param)
    return request.param


@pytest.mark.parametrize("stem", [p.name for p in EXAMPLE_FILES])
@pytest.mark.parametrize("template", template_names())
def test_every_document_is_tagged_in_its_language_with_title_and_author(
    language, stem, template, tmp_path
):
    dossier = _example(language, stem)
    output = tmp_path / "document.pdf"
    render_to_file(dossier, load_catalogue(), output, "pdf", template)
    with pikepdf.open(output) as pdf:
        root = pdf.Root
        assert str(root.Lang) == LANGUAGES[language][0]
        assert "/StructTreeRoot" in root and bool(root.MarkInfo.Marked)
        assert structure_problems(pdf) == []
        assert dossier.title in str(pdf.docinfo["/Title"])
        assert str(pdf.docinfo["/Author"]).strip()
        with pdf.open_outline() as outline:
            if template in ("verantwoording", "evaluatie"):
                assert len(outline.root) >= 1
    extracted = pdf_text(output)
    assert not LIGATURES.search(extracted)
    assert "L E G" not in extracted and "LEG A AN" not in extracted


def test_words_with_fi_and_fl_are_found_as_typed(example_dossier, catalogue, tmp_path):
    example_dossier.set_answer(
        catalogue.make_answer("waarom.knelpunt", "De flexkrachten en officiële fietsflat.")
    )
    output = tmp_path / "document.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    assert "De flexkrachten en officiële fietsflat." in " ".join(pdf_text(output).split())


def test_the_full_justification_lists_its_questions_as_bookmarks(
    example_dossier, catalogue, tmp_path
):
    output = tmp_path / "document.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    with pikepdf.open(output) as pdf, pdf.open_outline() as outline:
        titles = []
        stack = list(outline.root)
        while stack:
            item = stack.pop(0)
            titles.append(item.title)
            stack.extend(item.children)
    for question in question_views(example_dossier, catalogue):
        assert f"{question.number}. {question.text}" in titles


@pytest.mark.parametrize("output_format", ["pdf", "pdfa"])
def test_both_pdfs_carry_the_dossier_as_their_source(
    output_format, example_dossier, catalogue, tmp_path
):
    output = tmp_path / "document.pdf"
    render_to_file(example_dossier, catalogue, output, output_format)
    with pikepdf.open(output) as pdf:
        files = pdf.attachments
        assert list(files) == [exchange.EMBEDDED_NAME]
        if output_format == "pdfa":  # PDF/A-3 says how the file relates to the document
            assert files[exchange.EMBEDDED_NAME].obj.AFRelationship == pikepdf.Name.Source
            metadata = pdf.open_metadata()
            assert metadata["pdfaid:part"] == "3"
    assert exchange.dumps(exchange.read_file(output)) == exchange.dumps(example_dossier)


@pytest.mark.parametrize("template", ["clientenraad", "adviesaanvraag"])
def test_documents_for_volunteers_carry_no_dossier_unless_asked(
    template, example_dossier, catalogue, tmp_path
):
    output = tmp_path / "document.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf", template)
    with pikepdf.open(output) as pdf:
        assert not pdf.attachments
    render_to_file(example_dossier, catalogue, output, "pdf", template, embed_dossier=True)
    with pikepdf.open(output) as pdf:
        assert list(pdf.attachments) == [exchange.EMBEDDED_NAME]


XHTML = "{http://www.w3.org/1999/xhtml}"


def _boxes(path: Path) -> list[list[tuple[float, float, float, float]]]:
    """Per page, the lines of text that pdftotext finds, as (x0, y0, x1, y1)."""
    xhtml = pdf_text(path, "-bbox-layout")
    tree = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    pages = []
    for page in tree.iter(f"{XHTML}page"):
        lines = []
        for line in page.iter(f"{XHTML}line"):
            if float(line.get("yMax")) - float(line.get("yMin")) > 40:
                continue  # the draft's mark, set large behind the text on purpose
            lines.append(tuple(float(line.get(e)) for e in ("xMin", "yMin", "xMax", "yMax")))
        pages.append(lines)
    return pages


def _is_mark_letter(line) -> bool:
    words = "".join(word.text or "" for word in line.iter(f"{XHTML}word"))
    return 0 < len(words) <= 2 and set(words) <= set(i18n.translate("templates", "CONCEPT"))


def _has_concept_mark(path: Path) -> bool:
    """Whether the first page has the draft's mark: its letters, set large across the page."""
    xhtml = pdf_text(path, "-bbox-layout", "-f", "1", "-l", "1")
    tree = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    large = [
        line
        for line in tree.iter(f"{XHTML}line")
        if _is_mark_letter(line) and float(line.get("yMax")) - float(line.get("yMin")) > 40
    ]
    return len(large) >= 3


def _overlap(a, b) -> bool:
    # points: a line's box runs from its font's ascender to its descender, so the boxes of
    # lines set close together touch; lines that overlap cover each other by more
    inset = 2.0
    return (
        a[0] + inset < b[2] and b[0] + inset < a[2] and a[1] + inset < b[3] and b[1] + inset < a[3]
    )


@pytest.mark.parametrize("stem", [p.name for p in EXAMPLE_FILES])
@pytest.mark.parametrize("template", template_names())
def test_no_two_lines_of_text_overlap(language, stem, template, tmp_path):
    output = tmp_path / "document.pdf"
    render_to_file(_example(language, stem), load_catalogue(), output, "pdf", template)
    for number, lines in enumerate(_boxes(output), start=1):
        body = [line for line in lines if line[2] - line[0] > 1]
        clashes = [(a, b) for i, a in enumerate(body) for b in body[i + 1 :] if _overlap(a, b)]
        assert not clashes, (template, number, clashes[:3])


@pytest.mark.parametrize("stem", [p.name for p in EXAMPLE_FILES])
def test_no_question_heading_ends_a_page(language, stem, tmp_path):
    dossier = _example(language, stem)
    catalogue = load_catalogue()
    output = tmp_path / "document.pdf"
    render_to_file(dossier, catalogue, output, "pdf")
    headings = [f"{q.number}. {q.text}" for q in question_views(dossier, catalogue)]
    headings += [p.text for q in question_views(dossier, catalogue) for p in q.parts]
    squeezed = ["".join(h.split()) for h in headings]
    pages = pdf_text(output).split("\f")
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not re.search(r"\d+ (van|of) \d+$", line)]
        body = body[1:-1]  # the running header's line and the footer's print line
        if not body:
            continue
        last = "".join(body[-1].split())
        assert not any(heading.endswith(last) for heading in squeezed), (number, body[-1])


def test_the_client_councils_summary_names_no_staff_contact_and_not_the_council(
    catalogue, tmp_path
):
    dossier = _example("nl", "flexkrachten-locatie-ouderenzorg.json")
    staff = [c for c in dossier.contacts if c.audience == "medewerkers"]
    assert staff, "the example has a contact for staff"
    output = tmp_path / "samenvatting.pdf"
    render_to_file(dossier, catalogue, output, "pdf", "clientenraad")
    printed = " ".join(pdf_text(output).split())
    for contact in staff:
        assert f"{contact.name} ({contact.role})" not in printed
    assert dossier.rule.name not in printed


def test_the_advice_request_asks_and_never_reports_the_advice(catalogue, tmp_path):
    for path in EXAMPLE_FILES:
        dossier = exchange.read_file(path)
        output = tmp_path / "brief.pdf"
        render_to_file(dossier, catalogue, output, "pdf", "adviesaanvraag")
        printed = " ".join(pdf_text(output).split())
        assert "advies" in printed and "Wmcz 2018" in printed
        plain_involvement = dossier.plain_summary("betrokkenheid").strip()
        if plain_involvement:
            assert " ".join(plain_involvement.split())[:60] not in printed
        if dossier.council_advice.text:
            assert " ".join(dossier.council_advice.text.split())[:60] not in printed


def test_a_concept_carries_a_concept_mark_and_an_adopted_text_does_not(
    example_dossier, catalogue, tmp_path
):
    from datetime import date

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import Person

    draft = tmp_path / "concept.pdf"
    example_dossier.versions = ()
    render_to_file(example_dossier, catalogue, draft, "pdf")
    assert _has_concept_mark(draft)
    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 9, 1))
    adopted = tmp_path / "vastgesteld.pdf"
    render_to_file(example_dossier, catalogue, adopted, "pdf")
    assert not _has_concept_mark(adopted)
    example_dossier.title += " (bijgewerkt)"
    changed = tmp_path / "gewijzigd.pdf"
    render_to_file(example_dossier, catalogue, changed, "pdf")
    first = " ".join(pdf_text(changed, "-f", "1", "-l", "1").split())
    assert _has_concept_mark(changed) and "Concept voor versie 2 (versie 1 vastgesteld op" in first


def test_typst_text_and_markdown_survive_every_character():
    # every code point class Typst treats specially, and the ones a literal must escape
    awkward = '#$[]<>@*_`\\"/=~-+.:;{}()\t\n\r\x00\x07\x7f\ud800 é ß 中'
    source = (
        '#set document(title: "x")\n#set text(font: "Inter", lang: "nl")\n'
        + text(awkward)
        + "\n\n"
        + markdown(awkward)
    )
    pdf = typesetting.compile_pdf(source)
    assert pdf.startswith(b"%PDF")


def test_the_archive_copy_names_a_character_it_cannot_keep(example_dossier, catalogue, tmp_path):
    from igj_afwijken.rendering.templating import TemplateError

    example_dossier.title = "Nachtzorg 中"
    output = tmp_path / "archief.pdf"
    with pytest.raises(TemplateError, match="中"):
        render_to_file(example_dossier, catalogue, output, "pdfa")
    assert not output.exists()
    render_to_file(example_dossier, catalogue, output, "pdf")  # the ordinary PDF is made
    assert output.exists()


def test_the_dossier_is_in_the_typesetting_folder_only_while_its_pdf_is_set(
    example_dossier, catalogue, tmp_path
):
    import os
    import stat

    render_to_file(example_dossier, catalogue, tmp_path / "document.pdf", "pdf")
    root = typesetting._session().root
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700  # only for the user
    assert [p.name for p in root.iterdir()] == [".pakketten"]  # nothing of the dossier stays
    assert list((root / ".pakketten").iterdir()) == []


def _image_boxes(path: Path, page: int = 0) -> list[tuple[float, float, float, float]]:
    """The boxes where a page draws its images, as (x0, y0, x1, y1) from the page's top left,
    worked out from the content stream's transformations as a viewer does."""
    boxes = []
    with pikepdf.open(path) as pdf:
        chosen = pdf.pages[page]
        height = float(chosen.mediabox[3])
        images = {
            name
            for name, xobject in chosen.resources.get("/XObject", {}).items()
            if xobject.get("/Subtype") == "/Image"
        }
        matrix, saved = pikepdf.Matrix(), []
        for operands, operator in pikepdf.parse_content_stream(chosen):
            if str(operator) == "q":
                saved.append(matrix)
            elif str(operator) == "Q":
                matrix = saved.pop()
            elif str(operator) == "cm":
                matrix = pikepdf.Matrix(*[float(v) for v in operands]) @ matrix
            elif str(operator) == "Do" and str(operands[0]) in images:
                corners = [matrix.transform((x, y)) for x in (0, 1) for y in (0, 1)]
                xs, ys = [c[0] for c in corners], [height - c[1] for c in corners]
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


@pytest.mark.parametrize("template", template_names())
def test_the_logo_never_covers_a_long_title(example_dossier, catalogue, template, tmp_path):
    """The logo stood at the top right of the text, and a title that ran on below it."""
    from igj_afwijken.rendering.house_style import HouseStyle

    logo = (resources_dir() / "icons" / "igj-afwijken.png").read_bytes()
    house = HouseStyle(organisation="Zorggroep Test", logo=logo, logo_type="png")
    # words of two letters: each line of the title runs on to the right margin, where the logo
    # stands (headings are not hyphenated, so longer words would end a line anywhere)
    example_dossier.title = " ".join(["de"] * 60)
    output = tmp_path / "document.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf", template, house=house)
    (logo_box,) = _image_boxes(output)
    lines = [line for line in _boxes(output)[0] if line[2] - line[0] > 1]
    assert lines and not [line for line in lines if _overlap(line, logo_box)], template
