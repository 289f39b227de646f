"""Tagged PDFs joined into one keep a structure tree that finds every page's content."""

import io

import pikepdf

from igj_afwijken.rendering.tagged_join import StructureJoin
from igj_afwijken.services.documents import render_to_file
from tests.rendering.tagging import structure_problems


def _tagged(example_dossier, catalogue, tmp_path, name: str) -> pikepdf.Pdf:
    output = tmp_path / f"{name}.pdf"
    render_to_file(example_dossier, catalogue, output, "pdf")
    return pikepdf.open(io.BytesIO(output.read_bytes()))


def test_two_documents_joined_read_as_one_with_their_own_table_headers(
    example_dossier, catalogue, tmp_path
):
    first, second = (_tagged(example_dossier, catalogue, tmp_path, n) for n in ("a", "b"))
    assert structure_problems(first) == [] and structure_problems(second) == []
    first_ids = {
        str(name) for name, _ in pikepdf.NameTree(first.Root.StructTreeRoot.IDTree).items()
    }
    assert first_ids  # the example has tables whose headers are named by id
    joined = pikepdf.new()
    structure = StructureJoin(joined)
    for document in (first, second):
        structure.prepare(document)
        joined.pages.extend(document.pages)
        structure.adopt(document)
    structure.finish()
    output = tmp_path / "joined.pdf"
    joined.save(output, min_version="1.7")
    with pikepdf.open(output) as pdf:
        assert structure_problems(pdf) == []
        ids = [str(name) for name, _ in pikepdf.NameTree(pdf.Root.StructTreeRoot.IDTree).items()]
        assert len(ids) == len(set(ids)) == 2 * len(first_ids)
        assert len(pdf.Root.StructTreeRoot.K[0].K) == 2


def test_a_document_placed_first_is_read_first(example_dossier, catalogue, tmp_path):
    later, earlier = (_tagged(example_dossier, catalogue, tmp_path, n) for n in ("a", "b"))
    joined = pikepdf.new()
    structure = StructureJoin(joined)
    structure.prepare(later)
    joined.pages.extend(later.pages)
    structure.adopt(later)
    structure.prepare(earlier)
    for index, page in enumerate(earlier.pages):
        joined.pages.insert(index, page)
    structure.adopt(earlier, first=True)
    structure.finish()
    output = tmp_path / "joined.pdf"
    joined.save(output, min_version="1.7")
    with pikepdf.open(output) as pdf:
        assert structure_problems(pdf) == []
        first_part = pdf.Root.StructTreeRoot.K[0].K[0]
        first_page = pdf.pages[0].obj.objgen
        waiting, pages = [first_part], set()
        while waiting:
            item = waiting.pop()
            if isinstance(item, pikepdf.Dictionary):
                if "/Pg" in item:
                    pages.add(item.Pg.objgen)
                kids = item.get("/K")
                waiting += list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        assert first_page in pages
