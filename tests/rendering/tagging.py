"""What a tagged PDF's structure must hold for a screen reader to follow its pages."""

import pikepdf
from pikepdf import Dictionary, Name


def _kids(element) -> list:
    kids = element.get(Name.K)
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _page_of(element):
    while element is not None and Name.Pg not in element:
        element = element.get(Name.P)
    return None if element is None else element.Pg


def structure_problems(pdf: pikepdf.Pdf) -> list[str]:
    """What is wrong in the document's structure tree; [] when every page's marked content and
    every link find their element, every element its parent, and every table header id is one."""
    problems: list[str] = []
    root = pdf.Root.get(Name.StructTreeRoot)
    if root is None or not bool(pdf.Root.get(Name.MarkInfo, Dictionary()).get(Name.Marked)):
        return ["not tagged"]
    parent_tree = pikepdf.NumberTree(root.ParentTree)
    ids = dict(pikepdf.NameTree(root.IDTree).items()) if Name.IDTree in root else {}
    # every element reached once from the root, each with the parent that holds it
    seen, elements, waiting = set(), 0, [(root, kid) for kid in _kids(root)]
    headers = []
    while waiting:
        parent, element = waiting.pop()
        if not isinstance(element, Dictionary) or element.get(Name.Type) in (Name.MCR, Name.OBJR):
            continue
        if element.objgen in seen:
            problems.append(f"element {element.objgen} twice in the tree")
            continue
        seen.add(element.objgen)
        elements += 1
        if element.P.objgen != parent.objgen:
            problems.append(f"element {element.objgen} names another parent")
        named = ids.get(str(element.ID)) if Name.ID in element else None
        if Name.ID in element and (named is None or named.objgen != element.objgen):
            problems.append(f"id {element.ID} names another element, or none")
        attributes = element.get(Name.A, pikepdf.Array())
        for item in [attributes] if isinstance(attributes, Dictionary) else attributes:
            if isinstance(item, Dictionary):
                headers += [str(h) for h in item.get(Name.Headers, [])]
        waiting += [(element, kid) for kid in _kids(element)]
    problems += [f"header {h} names no element" for h in headers if h not in ids]
    used_keys = set()
    for number, page in enumerate(pdf.pages, 1):
        key = page.obj.get(Name.StructParents)
        marked = [
            int(operands[1].MCID)
            for operands, operator in pikepdf.parse_content_stream(page)
            if str(operator) == "BDC"
            and isinstance(operands[1], Dictionary)
            and Name.MCID in operands[1]
        ]
        if key is None:
            if marked:
                problems.append(f"page {number} has marked content and no parent tree entry")
            continue
        if int(key) in used_keys:
            problems.append(f"page {number} shares its parent tree entry")
        used_keys.add(int(key))
        owners = parent_tree.get(int(key))
        for mcid in marked:
            owner = owners[mcid] if owners is not None and mcid < len(owners) else None
            if owner is None or not isinstance(owner, Dictionary) or owner.objgen not in seen:
                problems.append(f"page {number}: content {mcid} has no element in the tree")
                continue
            pages = [_page_of(owner)] + [
                kid.Pg for kid in _kids(owner) if isinstance(kid, Dictionary) and Name.Pg in kid
            ]  # the element's page, or the page its marked content reference names
            if not any(p is not None and p.objgen == page.obj.objgen for p in pages):
                problems.append(f"page {number}: content {mcid}'s element is on another page")
        for annotation in page.obj.get(Name.Annots, []):
            if Name.StructParent not in annotation:
                continue
            owner = parent_tree.get(int(annotation.StructParent))
            if owner is None or not any(
                isinstance(kid, Dictionary)
                and kid.get(Name.Obj, None) is not None
                and kid.Obj.objgen == annotation.objgen
                for kid in _kids(owner)
            ):
                problems.append(f"page {number}: a link has no element in the tree")
    if not elements:
        problems.append("an empty tree")
    return problems
