"""Tagged PDFs joined into one file as they come keep every page, link, bookmark and tag."""

import io
import subprocess
from datetime import UTC, datetime, timedelta, timezone

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pikepdf.models.metadata import decode_pdf_date

from igj_afwijken.rendering.streamed_pdf import Bookmark, StreamedPdf
from igj_afwijken.services.documents import render_to_file
from tests.rendering.tagging import structure_problems

MOMENT = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
TITLE = "Afdeling 12 0 R (zie ook 3 0 R) \\ nachtzorg"


class Document(bytes):
    """A PDF's bytes, shown by their length: hypothesis prints its examples' arguments."""

    def __repr__(self) -> str:
        return f"<a PDF of {len(self)} bytes>"


@pytest.fixture(scope="module")
def justification(tmp_path_factory) -> bytes:
    """A tagged justification as Typst sets it: tables with named headers, links, bookmarks."""
    from igj_afwijken.domain.catalogue import load_catalogue
    from igj_afwijken.formats import exchange
    from tests.conftest import EXAMPLES

    output = tmp_path_factory.mktemp("pdf") / "verantwoording.pdf"
    dossier = exchange.read_file(EXAMPLES[0])
    dossier.title = TITLE  # the title is also the heading element's /T: a string, not a reference
    render_to_file(dossier, load_catalogue(), output, "pdf")
    return Document(output.read_bytes())


def _text(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def _join(path, parts: list[bytes], first: bytes | None = None, **finish) -> StreamedPdf:
    with path.open("wb") as output:
        joined = StreamedPdf(output)
        for part in parts:
            with pikepdf.open(io.BytesIO(part)) as document:
                joined.add(document)
        if first is not None:
            with pikepdf.open(io.BytesIO(first)) as document:
                joined.add(document, first=True)
        joined.finish(
            finish.get("title", "Bundel"),
            finish.get("authors", ["Zorggroep"]),
            "nl-NL",
            finish.get("bookmarks", []),
            MOMENT,
        )
    return joined


def test_two_documents_joined_read_as_one_with_their_own_table_headers(justification, tmp_path):
    output = tmp_path / "samen.pdf"
    joined = _join(output, [justification, justification])
    assert joined.dropped_references == 0
    with pikepdf.open(io.BytesIO(justification)) as alone:
        alone_pages = len(alone.pages)
        alone_ids = len(pikepdf.NameTree(alone.Root.StructTreeRoot.IDTree))
        assert alone_ids  # the example's tables name their headers by id
    with pikepdf.open(output) as pdf:
        assert pdf.check_pdf_syntax() == []
        assert structure_problems(pdf) == []
        assert len(pdf.pages) == 2 * alone_pages
        ids = [name for name, _ in pikepdf.NameTree(pdf.Root.StructTreeRoot.IDTree).items()]
        assert len(ids) == len(set(ids)) == 2 * alone_ids
        assert str(pdf.Root.Lang) == "nl-NL" and bool(pdf.Root.MarkInfo.Marked)
        headings = [
            str(element.T)
            for element in pdf.objects
            if isinstance(element, pikepdf.Dictionary) and element.get("/S") == "/H1"
        ]
        assert headings == [TITLE, TITLE]
        # the contents' links go to pages of the joined document, each part's to its own
        places = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
        for number, page in enumerate(pdf.pages):
            assert page.obj.Parent.objgen == pdf.Root.Pages.objgen
            for link in page.obj.get("/Annots", []):
                if "/Dest" in link:
                    target = places[link.Dest[0].objgen]
                    assert (target < alone_pages) == (number < alone_pages)
    assert _text(output) == 2 * _text_of(justification, tmp_path)


def _text_of(document: bytes, tmp_path) -> list[str]:
    path = tmp_path / "alleen.pdf"
    path.write_bytes(document)
    return _text(path)


def test_a_document_added_first_comes_first_and_bookmarks_find_their_pages(justification, tmp_path):
    output = tmp_path / "samen.pdf"
    with pikepdf.open(io.BytesIO(justification)) as alone:
        pages = len(alone.pages)
    marks = [Bookmark("Voorblad", 0), Bookmark("Deel", pages, [Bookmark("Vraag", pages + 1)])]
    _join(output, [justification], first=justification, bookmarks=marks)
    with pikepdf.open(output) as pdf, pdf.open_outline() as outline:
        assert structure_problems(pdf) == []
        assert [item.title for item in outline.root] == ["Voorblad", "Deel"]
        second = outline.root[1]
        assert [child.title for child in second.children] == ["Vraag"]
        assert pdf.pages.index(pikepdf.Page(second.destination[0])) == pages
        assert pdf.pages.index(pikepdf.Page(second.children[0].destination[0])) == pages + 1
        parts = list(pdf.Root.StructTreeRoot.K[0].K)
        assert len(parts) == 2
        first_part_pages = set()
        waiting = [parts[0]]
        while waiting:
            item = waiting.pop()
            if isinstance(item, pikepdf.Dictionary):
                if "/Pg" in item:
                    first_part_pages.add(pdf.pages.index(pikepdf.Page(item.Pg)))
                kids = item.get("/K")
                waiting += list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        assert min(first_part_pages) == 0 and max(first_part_pages) < pages


texts = st.lists(
    st.text(st.characters(codec="utf-8"), max_size=6)
    | st.sampled_from(["12 0 R", "(", ")", "\\", "<", ">", "&", "]]>", "<?xpacket"]),
    max_size=8,
).map("".join)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=texts, author=texts)
def test_any_title_and_author_are_written_as_text(justification, tmp_path, title, author):
    """The title and the organisations are the user's text: in the file's strings and its XML
    metadata they must stay text, whatever they hold."""
    output = tmp_path / "titel.pdf"
    _join(output, [justification], title=title, authors=[author])
    with pikepdf.open(output) as pdf:
        assert pdf.check_pdf_syntax() == []
        assert len(pdf.pages) > 1 and structure_problems(pdf) == []
        # on one line; control characters, which XML cannot hold, are left out; the rest is kept
        kept = "".join(
            " " if c in "\t\n\r" else c for c in title if not (c < " " and c not in "\t\n\r")
        ).translate({0xFFFE: None, 0xFFFF: None})
        assert str(pdf.docinfo["/Title"]) == kept
        with pdf.open_metadata() as metadata:
            assert (metadata.get("dc:title") or "") == kept


@pytest.mark.parametrize(
    "offset", [timedelta(hours=1), timedelta(0), timedelta(hours=-3, minutes=-30)]
)
def test_the_moment_of_making_is_the_same_in_the_info_and_the_metadata(
    justification, tmp_path, offset
):
    moment = datetime(2026, 12, 4, 9, 30, 15, tzinfo=timezone(offset))
    output = tmp_path / "moment.pdf"
    with output.open("wb") as file:
        joined = StreamedPdf(file)
        with pikepdf.open(io.BytesIO(justification)) as document:
            joined.add(document)
        joined.finish("Bundel", ["Zorggroep"], "nl-NL", [], moment)
    with pikepdf.open(output) as pdf, pdf.open_metadata() as metadata:
        assert decode_pdf_date(str(pdf.docinfo["/CreationDate"])) == moment
        assert datetime.fromisoformat(metadata["xmp:CreateDate"]) == moment


def test_files_that_differ_have_different_identities(justification, tmp_path):
    """Same length, same number of objects: only the content tells the two apart."""
    identities = set()
    for title in ("Bundel A", "Bundel B"):
        output = tmp_path / f"{title}.pdf"
        _join(output, [justification], title=title)
        with pikepdf.open(output) as pdf:
            identities.add(bytes(pdf.trailer.ID[0]))
    assert len(identities) == 2


def test_a_part_with_object_streams_is_joined_without_them(justification, tmp_path):
    """A PDF may pack its objects into object streams; qpdf unpacks them, so the joined file
    needs neither those streams nor the part's cross-reference stream."""
    packed = io.BytesIO()
    with pikepdf.open(io.BytesIO(justification)) as document:
        document.save(packed, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    output = tmp_path / "samen.pdf"
    joined = _join(output, [packed.getvalue(), justification])
    assert joined.dropped_references == 0
    _join(tmp_path / "beide.pdf", [justification, justification])
    with pikepdf.open(output) as pdf:
        assert pdf.check_pdf_syntax() == [] and structure_problems(pdf) == []
        kinds = {o.stream_dict.get("/Type") for o in pdf.objects if isinstance(o, pikepdf.Stream)}
        assert "/ObjStm" not in kinds and "/XRef" not in kinds
    assert _text(output) == _text(tmp_path / "beide.pdf")
