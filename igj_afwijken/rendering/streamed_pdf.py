"""A tagged PDF written one whole document at a time: memory does not grow with the documents."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name
from pikepdf.models.metadata import encode_pdf_date

# An indirect reference in an object as qpdf writes it, a space or bracket before it; its strings
# are matched first, so that a reference written inside a string (a title that reads
# "Afdeling 12 0 R") stays text. qpdf escapes every parenthesis in a literal string.
_REFERENCE = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|(?<![^\s\[<])(\d+) (\d+) R")


@dataclass
class Bookmark:
    title: str
    page: int  # the page's index in the joined document
    children: list[Bookmark] = field(default_factory=list)


class StreamedPdf:
    """Joins tagged PDFs into one file as they come, writing each document's objects at once:
    qpdf, under pikepdf, keeps every object of a joined document in memory until it writes it,
    and a bundle of 200 justifications then took 500 MB. What is kept here is a few numbers per
    page.

    The joined document is tagged as the parts were: each part's structure tree hangs under one
    Document element, in the order of the pages. A page's marked content finds its elements
    through its number in the parent tree, so each part's numbers move past the ones before;
    the ids of table headers would repeat from one part to the next, so each part's ids get a
    prefix of their own."""

    def __init__(self, output: BinaryIO) -> None:
        self._output = output
        self._content = hashlib.md5(usedforsecurity=False)  # what the file's /ID is made from
        self._offsets: dict[int, int] = {}
        self._numbers = 0
        self._pages_root = self._new_number()
        self._document = self._new_number()
        self._structure_root = self._new_number()
        self._pages: list[int] = []
        self._parts: list[int] = []  # the top elements of each part's structure tree
        self._parent_tree: list[tuple[int, int]] = []
        self._ids: list[tuple[bytes, int]] = []
        self._roles: dict[str, bytes] = {}
        self._next_key = 0
        self._added = 0
        self.dropped_references = 0
        self._put(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def add(self, part: pikepdf.Pdf, first: bool = False) -> None:
        """Write a whole tagged document's pages and structure after the parts before, or with
        `first` before them."""
        self._added += 1
        tree = part.Root.get(Name.StructTreeRoot)
        offset = self._next_key
        if tree is not None:
            self._next_key += _renumber(part, tree, offset, f"d{self._added}-".encode())
        numbers, written = self._numbers_for(part, tree)
        for source in part.objects:
            if source.objgen in written:
                self._write_object(numbers[source.objgen], source, numbers)
        pages = [numbers[page.obj.objgen] for page in part.pages]
        self._pages = pages + self._pages if first else self._pages + pages
        if tree is None:
            return
        tops = [numbers[top.objgen] for top in _kids(tree) if top.is_indirect]
        self._parts = tops + self._parts if first else self._parts + tops
        for key, value in pikepdf.NumberTree(tree.ParentTree).items():
            if value.is_indirect:
                self._parent_tree.append((int(key) + offset, numbers[value.objgen]))
            else:  # a direct array of the elements on one page: written as an object of its own
                number = self._new_number()
                self._write(number, self._renumbered(value.unparse(resolved=True), numbers))
                self._parent_tree.append((int(key) + offset, number))
        for element in _elements(tree):
            if Name.ID in element and element.is_indirect:
                self._ids.append((bytes(element.ID), numbers[element.objgen]))
        for role, standard in tree.get(Name.RoleMap, Dictionary()).items():
            self._roles[str(role)] = standard.unparse()

    def finish(
        self,
        title: str,
        authors: Iterable[str],
        language: str,
        bookmarks: list[Bookmark],
        created: datetime,
    ) -> int:
        """Write what makes the parts one document, and the file's end; the number of pages."""
        title, language = _plain(title), _plain(language)
        authors = [_plain(author) for author in authors]
        kids = " ".join(f"{n} 0 R" for n in self._pages)
        self._write(
            self._pages_root,
            f"<< /Type /Pages /Kids [ {kids} ] /Count {len(self._pages)} >>".encode(),
        )
        parts = " ".join(f"{n} 0 R" for n in self._parts)
        self._write(
            self._document,
            f"<< /Type /StructElem /S /Document /P {self._structure_root} 0 R"
            f" /K [ {parts} ] >>".encode(),
        )
        nums = " ".join(f"{key} {n} 0 R" for key, n in sorted(self._parent_tree))
        parent_tree = self._new_number()
        self._write(parent_tree, f"<< /Nums [ {nums} ] >>".encode())
        names = b" ".join(
            pikepdf.String(name).unparse() + f" {n} 0 R".encode() for name, n in sorted(self._ids)
        )
        id_tree = self._new_number()
        self._write(id_tree, b"<< /Names [ " + names + b" ] >>")
        roles = b" ".join(
            Name(role).unparse() + b" " + s for role, s in sorted(self._roles.items())
        )
        self._write(
            self._structure_root,
            f"<< /Type /StructTreeRoot /K [ {self._document} 0 R ] /ParentTree {parent_tree} 0 R"
            f" /ParentTreeNextKey {self._next_key} /IDTree {id_tree} 0 R".encode()
            + b" /RoleMap << "
            + roles
            + b" >> >>",
        )
        outlines = self._write_bookmarks(bookmarks)
        metadata = self._new_number()
        xmp = _xmp(title, authors, language, created)
        self._write(
            metadata, f"<< /Type /Metadata /Subtype /XML /Length {len(xmp)} >>".encode(), xmp
        )
        info = self._new_number()
        self._write(
            info,
            b"<< /Title "
            + pikepdf.String(title).unparse()
            + b" /Author "
            + pikepdf.String("; ".join(authors)).unparse()
            + b" /CreationDate "
            + pikepdf.String(encode_pdf_date(created)).unparse()
            + b" >>",
        )
        catalog = self._new_number()
        self._write(
            catalog,
            f"<< /Type /Catalog /Pages {self._pages_root} 0 R /StructTreeRoot"
            f" {self._structure_root} 0 R /MarkInfo << /Marked true >> /Metadata {metadata} 0 R"
            f" /ViewerPreferences << /DisplayDocTitle true >> /Outlines {outlines} 0 R"
            f" /PageMode /UseOutlines".encode()
            + b" /Lang "
            + pikepdf.String(language).unparse()
            + b" >>",
        )
        self._write_end(catalog, info)
        return len(self._pages)

    # -- numbering and writing ----------------------------------------------------------------

    def _numbers_for(
        self, part: pikepdf.Pdf, tree: pikepdf.Object | None
    ) -> tuple[dict[tuple[int, int], int], set[tuple[int, int]]]:
        """The joined file's number for each of the part's objects that it keeps, and which of
        them to write: all but its catalog, page tree, outline, structure root and their parts,
        its metadata and its info, which the joined file makes for itself. References to its
        page tree go to the joined one, to its structure root to the Document element."""
        left_out = {part.Root.objgen, part.trailer.get(Name.Info, Dictionary()).objgen}
        for key in (Name.Metadata, Name.ViewerPreferences, Name.MarkInfo):
            if key in part.Root and part.Root[key].is_indirect:
                left_out.add(part.Root[key].objgen)
        outline = part.Root.get(Name.Outlines)
        if outline is not None:
            left_out |= _outline_objects(outline)
        numbers: dict[tuple[int, int], int] = {}
        written: set[tuple[int, int]] = set()
        standing_in = {part.Root.Pages.objgen: self._pages_root}
        for node in _page_tree_nodes(part.Root.Pages):
            standing_in[node.objgen] = self._pages_root
        if tree is not None:
            standing_in[tree.objgen] = self._document
            for key in (Name.ParentTree, Name.IDTree, Name.RoleMap, Name.ClassMap):
                if key in tree and tree[key].is_indirect:
                    left_out |= _tree_nodes(tree[key])
        for source in part.objects:
            objgen = source.objgen
            if _is_file_structure(source):  # read by qpdf already; the joined file has its own
                left_out.add(objgen)
            if objgen in standing_in:
                numbers[objgen] = standing_in[objgen]
            elif objgen not in left_out:
                numbers[objgen] = self._new_number()
                written.add(objgen)
        return numbers, written

    def _write_object(
        self, number: int, source: pikepdf.Object, numbers: dict[tuple[int, int], int]
    ) -> None:
        if isinstance(source, pikepdf.Stream):
            raw = source.read_raw_bytes()
            kept = Dictionary({k: v for k, v in source.stream_dict.items() if k != "/Length"})
            head = kept.unparse(resolved=True)[:-2] + f" /Length {len(raw)} >>".encode()
            self._write(number, self._renumbered(head, numbers), raw)
        else:
            self._write(number, self._renumbered(source.unparse(resolved=True), numbers))

    def _renumbered(self, written: bytes, numbers: dict[tuple[int, int], int]) -> bytes:
        def replace(found: re.Match[bytes]) -> bytes:
            if found.group(1) is None:
                return found.group(0)  # a string
            number = numbers.get((int(found.group(1)), int(found.group(2))))
            if number is None:  # an object the joined file does not keep: PDF reads it as null
                self.dropped_references += 1
                return b"null"
            return b"%d 0 R" % number

        return _REFERENCE.sub(replace, written)

    def _new_number(self) -> int:
        self._numbers += 1
        return self._numbers

    def _write(self, number: int, body: bytes, stream: bytes | None = None) -> None:
        self._offsets[number] = self._output.tell()
        self._put(b"%d 0 obj\n" % number + body)
        if stream is not None:
            self._put(b"\nstream\n" + stream + b"\nendstream")
        self._put(b"\nendobj\n")

    def _put(self, data: bytes) -> None:
        self._output.write(data)
        self._content.update(data)

    def _write_bookmarks(self, bookmarks: list[Bookmark]) -> int:
        root = self._new_number()
        first, last, count = self._write_level(bookmarks, root)
        links = f" /First {first} 0 R /Last {last} 0 R" if bookmarks else ""
        self._write(root, f"<< /Type /Outlines{links} /Count {count} >>".encode())
        return root

    def _write_level(self, items: list[Bookmark], parent: int) -> tuple[int, int, int]:
        """Write one level of bookmarks, closed; (first, last, how many are visible)."""
        numbers = [self._new_number() for _ in items]
        for index, (item, number) in enumerate(zip(items, numbers, strict=True)):
            entries = [
                b"/Title " + pikepdf.String(item.title).unparse(),
                b"/Parent %d 0 R" % parent,
                b"/Dest [ %d 0 R /Fit ]" % self._pages[item.page],
            ]
            if index:
                entries.append(b"/Prev %d 0 R" % numbers[index - 1])
            if index + 1 < len(numbers):
                entries.append(b"/Next %d 0 R" % numbers[index + 1])
            if item.children:
                first, last, count = self._write_level(item.children, number)
                entries.append(b"/First %d 0 R /Last %d 0 R /Count -%d" % (first, last, count))
            self._write(number, b"<< " + b" ".join(entries) + b" >>")
        return (numbers[0], numbers[-1], len(numbers)) if numbers else (0, 0, 0)

    def _write_end(self, catalog: int, info: int) -> None:
        start = self._output.tell()
        size = self._numbers + 1
        lines = [b"xref\n0 %d\n" % size, b"0000000000 65535 f \n"]
        for number in range(1, size):
            offset = self._offsets.get(number)
            lines.append(
                b"0000000000 65535 f \n" if offset is None else b"%010d 00000 n \n" % offset
            )
        identity = self._content.hexdigest()  # two different files never share it
        lines.append(
            f"trailer\n<< /Size {size} /Root {catalog} 0 R /Info {info} 0 R"
            f" /ID [ <{identity}> <{identity}> ] >>\nstartxref\n{start}\n%%EOF\n".encode()
        )
        self._put(b"".join(lines))


def _renumber(part: pikepdf.Pdf, tree: pikepdf.Object, offset: int, prefix: bytes) -> int:
    """Move the part's parent tree numbers past `offset` and prefix its ids, in the part
    itself; how many numbers it uses."""
    for page in part.pages:
        if Name.StructParents in page.obj:
            page.obj.StructParents = int(page.obj.StructParents) + offset
        for annotation in page.obj.get(Name.Annots, Array()):
            if Name.StructParent in annotation:
                annotation.StructParent = int(annotation.StructParent) + offset
    renamed: set[tuple[int, int]] = set()
    for element in _elements(tree):
        if Name.ID in element:
            element.ID = pikepdf.String(prefix + bytes(element.ID))
        for attributes in _attribute_dicts(element):
            if attributes.is_indirect:  # shared by elements: renamed once
                if attributes.objgen in renamed:
                    continue
                renamed.add(attributes.objgen)
            if Name.Headers in attributes:
                attributes.Headers = Array(
                    [pikepdf.String(prefix + bytes(header)) for header in attributes.Headers]
                )
    keys = [int(key) for key, _ in pikepdf.NumberTree(tree.ParentTree).items()]
    after_last = max(keys, default=-1) + 1
    return max(int(tree.get(Name.ParentTreeNextKey, after_last)), after_last)


def _kids(parent: pikepdf.Object) -> list[pikepdf.Object]:
    kids = parent.get(Name.K)
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def _elements(tree: pikepdf.Object) -> list[pikepdf.Object]:
    """Every structure element under the tree's root, each once."""
    seen: set[tuple[int, int]] = set()
    found: list[pikepdf.Object] = []
    waiting = [kid for kid in _kids(tree) if isinstance(kid, Dictionary)]
    while waiting:
        element = waiting.pop()
        if element.is_indirect:
            if element.objgen in seen:
                continue
            seen.add(element.objgen)
        if element.get(Name.Type) in (Name.MCR, Name.OBJR):  # marked content, an annotation
            continue
        found.append(element)
        waiting.extend(kid for kid in _kids(element) if isinstance(kid, Dictionary))
    return found


def _attribute_dicts(element: pikepdf.Object) -> list[pikepdf.Object]:
    attributes = element.get(Name.A)
    if attributes is None:
        return []
    if isinstance(attributes, Dictionary):
        return [attributes]
    return [item for item in attributes if isinstance(item, Dictionary)]


def _outline_objects(outline: pikepdf.Object) -> set[tuple[int, int]]:
    found, waiting = {outline.objgen}, [outline.get(Name.First)]
    while waiting:
        item = waiting.pop()
        if item is None or not item.is_indirect or item.objgen in found:
            continue
        found.add(item.objgen)
        waiting += [item.get(Name.First), item.get(Name.Next)]
    return found


def _page_tree_nodes(node: pikepdf.Object) -> list[pikepdf.Object]:
    nodes = []
    for kid in node.get(Name.Kids, Array()):
        if kid.get(Name.Type) == Name.Pages:
            nodes += [kid, *_page_tree_nodes(kid)]
    return nodes


def _tree_nodes(node: pikepdf.Object) -> set[tuple[int, int]]:
    """A number or name tree's own nodes, not the values they hold."""
    found = {node.objgen}
    for kid in node.get(Name.Kids, Array()):
        if kid.is_indirect:
            found |= _tree_nodes(kid)
    return found


def _is_file_structure(source: pikepdf.Object) -> bool:
    """An object stream or cross-reference stream of the part: how its file was laid out, not
    what it holds."""
    return isinstance(source, pikepdf.Stream) and source.stream_dict.get(Name.Type) in (
        Name.ObjStm,
        Name.XRef,
    )


def _plain(text: str) -> str:
    """Text that XML and a PDF string can hold alike: on one line (XML reads a carriage return
    as a line feed), without control characters or lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _NOT_IN_XML.sub("", re.sub("[\t\n\r]", " ", text))


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xmp(title: str, authors: list[str], language: str, created: datetime) -> bytes:
    creators = "".join(f"<rdf:li>{escape(author)}</rdf:li>" for author in authors)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>'
        f"</dc:title><dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>"
        f"<xmp:CreateDate>{created.isoformat(timespec='seconds')}</xmp:CreateDate>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()
