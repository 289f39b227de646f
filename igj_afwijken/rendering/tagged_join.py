"""Tagged PDFs joined into one: one structure tree over the pages of several documents."""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf
from pikepdf import Array, Dictionary, Name


class StructureJoin:
    """Builds the structure tree of `joined` from the trees of the documents whose pages are
    copied into it, in the reading order asked. For each document: `prepare` it before its pages
    are copied, copy them (pikepdf copies each object once, so the tree finds those pages), then
    `adopt` it. A page's marked content finds its elements through its number in the parent
    tree, so each document's numbers move past the ones before; the ids of table headers would
    repeat from one document to the next, so each document's ids get a prefix of their own."""

    def __init__(self, joined: pikepdf.Pdf) -> None:
        self._joined = joined
        self._root = joined.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        self._document = joined.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name.Document, P=self._root, K=Array())
        )
        self._root.K = Array([self._document])
        self._parent_tree = pikepdf.NumberTree.new(joined)
        self._ids = pikepdf.NameTree.new(joined)
        self._role_map = Dictionary()
        self._next_key = 0
        self._prepared = 0
        self._offsets: dict[int, tuple[int, list[tuple[bytes, pikepdf.Object]]]] = {}

    def prepare(self, source: pikepdf.Pdf) -> None:
        """Renumber the document's pages and rename its ids, in the document itself."""
        tree = source.Root.get(Name.StructTreeRoot)
        if tree is None:
            return
        offset, prefix = self._next_key, f"d{self._prepared}-".encode()
        self._prepared += 1
        for page in source.pages:
            if Name.StructParents in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + offset
            for annotation in page.obj.get(Name.Annots, Array()):
                if Name.StructParent in annotation:
                    annotation.StructParent = int(annotation.StructParent) + offset
        ids, renamed = [], set()
        for element in _elements(tree):
            if Name.ID in element:
                element.ID = pikepdf.String(prefix + bytes(element.ID))
                ids.append((bytes(element.ID), element))
            for attributes in _attribute_dicts(element):
                if attributes.is_indirect:  # shared by elements: renamed once
                    if attributes.objgen in renamed:
                        continue
                    renamed.add(attributes.objgen)
                if Name.Headers in attributes:
                    attributes.Headers = Array(
                        [pikepdf.String(prefix + bytes(header)) for header in attributes.Headers]
                    )
        for top in _kids(tree):
            if Name.P in top:
                del top.P  # not to copy the document's own root along
        keys = [int(key) for key, _ in pikepdf.NumberTree(tree.ParentTree).items()]
        used = int(tree.get(Name.ParentTreeNextKey, max(keys, default=-1) + 1))
        self._next_key += max(used, max(keys, default=-1) + 1)
        self._offsets[id(source)] = (offset, ids)

    def adopt(self, source: pikepdf.Pdf, first: bool = False) -> None:
        """Hang the document's tree, already renumbered, under the joined document: after the
        ones adopted before, or before them with `first`."""
        tree = source.Root.get(Name.StructTreeRoot)
        if tree is None or id(source) not in self._offsets:
            return
        offset, ids = self._offsets.pop(id(source))
        copy = self._joined.copy_foreign
        tops = []
        for top in _kids(tree):
            copied = copy(top)
            copied.P = self._document
            tops.append(copied)
        kids = list(self._document.K)
        self._document.K = Array(tops + kids if first else kids + tops)
        for key, value in pikepdf.NumberTree(tree.ParentTree).items():
            self._parent_tree[int(key) + offset] = (
                copy(value)
                if value.is_indirect
                else Array([copy(item) if item.is_indirect else item for item in value])
            )
        for name, element in ids:
            self._ids[name.decode("latin-1")] = copy(element)
        for role, standard in tree.get(Name.RoleMap, Dictionary()).items():
            self._role_map[role] = standard

    def finish(self) -> None:
        """Make the joined tree the document's, and mark the document as tagged."""
        self._root.ParentTree = self._parent_tree.obj
        self._root.ParentTreeNextKey = self._next_key
        self._root.IDTree = self._ids.obj
        if len(self._role_map):
            self._root.RoleMap = self._role_map
        self._joined.Root.StructTreeRoot = self._root
        self._joined.Root.MarkInfo = Dictionary(Marked=True)


def _kids(parent: pikepdf.Object) -> list[pikepdf.Object]:
    kids = parent.get(Name.K)
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def _elements(tree: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """Every structure element under the tree's root, each once."""
    seen: set[tuple[int, int]] = set()
    waiting = [kid for kid in _kids(tree) if isinstance(kid, Dictionary)]
    while waiting:
        element = waiting.pop()
        if element.is_indirect:
            if element.objgen in seen:
                continue
            seen.add(element.objgen)
        if element.get(Name.Type) in (Name.MCR, Name.OBJR):  # marked content, an annotation
            continue
        yield element
        waiting.extend(kid for kid in _kids(element) if isinstance(kid, Dictionary))


def _attribute_dicts(element: pikepdf.Object) -> list[pikepdf.Object]:
    attributes = element.get(Name.A)
    if attributes is None:
        return []
    if isinstance(attributes, Dictionary):
        return [attributes]
    return [item for item in attributes if isinstance(item, Dictionary)]
