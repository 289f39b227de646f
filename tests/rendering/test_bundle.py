"""The bundle for an inspection visit: cover, contents with the right pages, every running
dossier, and concepts only when asked, marked as such."""

import re
import subprocess
from datetime import date

import pikepdf
import pytest

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.lifecycle import adopt
from igj_afwijken.domain.model import Person, Rule
from igj_afwijken.formats import exchange
from igj_afwijken.rendering.bundle import (
    BundleCancelled,
    NothingToBundle,
    bundle_dossiers,
    write_bundle,
)
from tests.conftest import EXAMPLES
from tests.rendering.tagging import structure_problems


def _pages(path) -> list[str]:
    """Each page's text with single spaces, as poppler reads it."""
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def _examples(catalogue, adopted=True):
    dossiers = [exchange.read_file(path) for path in EXAMPLES]
    if adopted:
        for dossier in dossiers:
            adopt(dossier, catalogue, Person("A. de Vries", "directeur"), date(2026, 9, 1))
            dossier.status = "vastgesteld"
    return dossiers


def test_the_contents_name_the_page_where_each_justification_starts(catalogue, tmp_path):
    dossiers = bundle_dossiers(_examples(catalogue))
    assert len(dossiers) == 3
    output = tmp_path / "bundel.pdf"
    result = write_bundle(output, dossiers, catalogue)
    pages = _pages(output)
    assert len(pages) == result.pages
    contents = pages[0]
    assert "Inhoud" in contents and re.search(r"pagina 1 van \d+", contents)
    for dossier in dossiers:
        first_words = " ".join(dossier.title.split()[:4])
        start = int(re.search(re.escape(first_words) + r".*?Vastgesteld 1 (\d+)", contents)[1])
        assert pages[start - 1].startswith(dossier.title[:30]), dossier.title
        assert not pages[start - 2].startswith(dossier.title[:30])  # it starts there, not earlier


def test_ended_dossiers_stay_out_and_a_law_is_named_not_bundled(catalogue, tmp_path):
    ended, law, running = _examples(catalogue)
    ended.status = "beeindigd"
    law.rule = Rule(name="Wet zorg en dwang", kind="wet")
    dossiers = bundle_dossiers([ended, law, running])
    assert {d.id for d in dossiers} == {law.id, running.id}
    result = write_bundle(tmp_path / "bundel.pdf", dossiers, catalogue)
    assert result.included == [running.id] and result.skipped == [law.title]
    assert "Niet opgenomen" in _pages(tmp_path / "bundel.pdf")[0]


def test_a_bundle_of_laws_alone_writes_nothing_and_names_them(catalogue, tmp_path):
    dossiers = _examples(catalogue)
    for dossier in dossiers:
        dossier.rule = Rule(name="Wet zorg en dwang", kind="wet")
    with pytest.raises(NothingToBundle) as refused:
        write_bundle(tmp_path / "bundel.pdf", bundle_dossiers(dossiers), catalogue)
    assert sorted(refused.value.skipped) == sorted(d.title for d in dossiers)
    assert list(tmp_path.iterdir()) == []


def test_concepts_come_only_when_asked_and_are_marked_on_the_cover_and_every_page(
    catalogue, tmp_path
):
    adopted, *concepts = _examples(catalogue, adopted=False)
    adopt(adopted, catalogue, Person("A. de Vries"), date(2026, 9, 1))
    adopted.status = "vastgesteld"
    everything = [adopted, *concepts]
    assert bundle_dossiers(everything) == [adopted]
    chosen = bundle_dossiers(everything, with_concepts=True)
    assert len(chosen) == 3
    output = tmp_path / "bundel.pdf"
    write_bundle(output, chosen, catalogue)
    pages = _pages(output)
    assert "waarvan 2 concept" in pages[0] and "CONCEPT" in pages[0]
    marked = _marked_pages(output)
    for dossier in chosen:
        start = next(i for i, page in enumerate(pages) if page.startswith(dossier.title[:30]))
        end = next(
            (
                i
                for i, page in enumerate(pages)
                if i > start and not page.startswith(dossier.title[:30])
            ),
            len(pages),
        )
        for index in range(start, end):
            assert (index + 1 in marked) == (dossier is not adopted), (dossier.title, index + 1)


def _marked_pages(path) -> set[int]:
    """The pages with the CONCEPT mark: its letters, set large across the page."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    marked = set()
    for number, page in enumerate(xhtml.split("<page")[1:], start=1):
        large = [
            float(y1) - float(y0)
            for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)
        ]
        if sum(height > 40 for height in large) >= 3:
            marked.add(number)
    return marked


def test_a_cancelled_bundle_writes_nothing(catalogue, tmp_path):
    output = tmp_path / "bundel.pdf"
    seen = []

    def stop_after_one(done, total):
        seen.append((done, total))
        return done < 1

    with pytest.raises(BundleCancelled):
        write_bundle(
            output, bundle_dossiers(_examples(catalogue)), catalogue, progress=stop_after_one
        )
    assert seen == [(0, 3), (1, 3)] and not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_every_page_names_its_page_in_the_bundle_and_each_dossier_is_bookmarked(
    catalogue, tmp_path
):
    import pikepdf

    dossiers = bundle_dossiers(_examples(catalogue))
    output = tmp_path / "bundel.pdf"
    result = write_bundle(output, dossiers, catalogue)
    pages = _pages(output)
    for number, page in enumerate(pages, start=1):
        assert f"bundel blz. {number}" in page, number
    with pikepdf.open(output) as pdf, pdf.open_outline() as outline:
        assert str(pdf.Root.Lang) == "nl-NL"
        items = list(outline.root)
        assert [item.title for item in items] == [d.title for d in dossiers]
        for item in items:
            first = pdf.pages.index(pikepdf.Page(item.destination[0])) + 1
            assert pages[first - 1].startswith(item.title[:30])
            assert len(item.children) >= 5  # the five questions, and what follows them
    assert result.pages == len(pages)


def _first_page(element, page_numbers: dict) -> int:
    """The first page on which an element of the structure, or one under it, is shown."""
    found, waiting = [], [element]
    while waiting:
        item = waiting.pop()
        if not isinstance(item, pikepdf.Dictionary):
            continue
        if "/Pg" in item:
            found.append(page_numbers[item.Pg.objgen])
        kids = item.get("/K")
        waiting += list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    return min(found)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_bundle_is_tagged_as_one_document_read_in_the_order_of_its_pages(language, tmp_path):
    """Each justification is tagged on its own; joined, a screen reader must still find every
    page's text and links in one tree, with table headers that name their own cells."""
    i18n.use_language(language)
    catalogue = load_catalogue()
    dossiers = bundle_dossiers(_examples(catalogue))
    output = tmp_path / "bundel.pdf"
    write_bundle(output, dossiers, catalogue)
    with pikepdf.open(output) as pdf:
        assert structure_problems(pdf) == []
        assert str(pdf.Root.Lang) == {"nl": "nl-NL", "en": "en-GB"}[language]
        assert pdf.pdf_version >= "1.7"
        page_numbers = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
        document = pdf.Root.StructTreeRoot.K[0]
        assert document.S == "/Document"
        parts = list(document.K)
        assert len(parts) == 1 + len(dossiers)  # the cover, then each justification
        starts = [_first_page(part, page_numbers) for part in parts]
        assert starts == sorted(starts) and starts[0] == 0
        titles = _pages(output)
        for dossier, start in zip(dossiers, starts[1:], strict=True):
            assert titles[start].startswith(dossier.title[:30])
