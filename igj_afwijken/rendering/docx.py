"""The rendered HTML as an editable Word document: real headings, lists and tables, no template."""

from __future__ import annotations

import io
import re
from collections.abc import Set
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import TypedDict

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, RGBColor, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from igj_afwijken import i18n
from igj_afwijken.rendering import page_label

FONT = "Calibri"
MONO_FONT = "Consolas"
LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}  # the spelling checker's language, by the program's
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN = Mm(20)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

TEXT = "1D1D1B"
ACCENT = "1F3A5F"
MUTED = "5A6B7D"
OPEN = "8A5A00"
NEE = "8A2A12"
RULE = "B8C4D0"
TINT = "EEF2F6"

HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2"}
HEADINGS.update(dict.fromkeys(("h4", "h5", "h6"), "Heading 3"))
MAX_LIST_DEPTH = 3  # python-docx's template has "List Bullet", "List Bullet 2" and "List Bullet 3"
CELL_PADDING = Twips(2 * 108)  # Word's default left and right cell margins together
MIN_COLUMN = Mm(11)

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_IGNORED = frozenset({"head", "title", "style", "script", "template", "noscript"})
_BLOCKS = frozenset(
    {
        *HEADINGS,
        *("p", "div", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th"),
        *("blockquote", "pre", "hr", "html", "body", "section", "article", "header", "footer"),
        *("main", "nav", "aside", "figure", "figcaption", "address", "dl", "dt", "dd"),
    }
)
_ENDS_PARAGRAPH = _BLOCKS - {"td", "th", "tr", "thead", "tbody", "tfoot", "li", "dt", "dd"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAK = None  # a line break among the inline items


def html_to_docx(
    html: str,
    *,
    header: str = "",
    footer: str = "",
    accent: str = ACCENT,
    logo_png: bytes = b"",
) -> bytes:
    """The HTML as a .docx file; text is taken literally, markup only for structure and emphasis.
    `accent` (RRGGBB) colours the title and headings; a PNG logo stands in the page header."""
    builder = _Builder(header=header, footer=footer, accent=accent, logo_png=logo_png)
    builder.build(_parse(html))
    output = io.BytesIO()
    builder.doc.save(output)
    return output.getvalue()


# --- HTML to a small tree -------------------------------------------------------------------


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Element | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def elements(self, *tags: str) -> list[_Element]:
        return [c for c in self.children if isinstance(c, _Element) and c.tag in tags]


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder; entities are decoded once, by the parser, into plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self._close("li", until={"ul", "ol", "td", "th"})
        elif tag in ("td", "th"):
            self._close("td", "th", until={"tr", "table"})
        elif tag == "tr":
            self._close("tr", until={"table", "thead", "tbody", "tfoot"})
        if tag in _ENDS_PARAGRAPH:
            self._close("p", until={"li", "td", "th", "blockquote", "div", "body"})
        element = _Element(tag, {name: value or "" for name, value in attrs})
        self._stack[-1].children.append(element)
        if tag not in _VOID:
            self._stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self._close(tag)

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)

    def _close(self, *tags: str, until: Set[str] = frozenset()) -> None:
        for index in range(len(self._stack) - 1, 0, -1):
            found = self._stack[index].tag
            if found in tags:
                del self._stack[index:]
                return
            if found in until:
                return


def _parse(html: str) -> _Element:
    parser = _TreeBuilder()
    parser.feed(html)
    parser.close()
    return parser.root


def _text_of(node: _Element | str) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text_of(child) for child in node.children)


# --- Formatting -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    mono: bool = False
    caps: bool = False
    preformatted: bool = False
    colour: str | None = None
    size: float | None = None


class _Emphasis(TypedDict, total=False):
    """What a tag or class changes in the _Format of the text inside it."""

    bold: bool
    italic: bool
    underline: bool
    strike: bool
    mono: bool
    caps: bool
    colour: str
    size: float


NOTE: _Emphasis = {"size": 8.5, "colour": MUTED}
SPAN_CLASSES: dict[str, _Emphasis] = {
    "open": {"italic": True, "colour": OPEN},
    "note": NOTE,
    "value-nee": {"bold": True, "colour": NEE},
}
PARAGRAPH_CLASSES: dict[str, _Emphasis] = {
    "open": {"italic": True, "colour": OPEN},
    "note": NOTE,
    "kicker": {"size": 9, "colour": MUTED, "caps": True},
}
INLINE_TAGS: dict[str, _Emphasis] = {
    "strong": {"bold": True},
    "b": {"bold": True},
    "em": {"italic": True},
    "i": {"italic": True},
    "cite": {"italic": True},
    "u": {"underline": True},
    "ins": {"underline": True},
    "s": {"strike": True},
    "del": {"strike": True},
    "strike": {"strike": True},
    "code": {"mono": True},
    "kbd": {"mono": True},
    "samp": {"mono": True},
}


def _with_classes(fmt: _Format, element: _Element, table: dict[str, _Emphasis]) -> _Format:
    for name in sorted(element.classes & table.keys()):
        fmt = replace(fmt, **table[name])
    return fmt


@dataclass
class _ListItem:
    """The first paragraph of an item carries the bullet or number; the others continue it."""

    style: str
    continuation: str
    num_id: int | None
    used: bool = False


@dataclass(frozen=True)
class _Context:
    fmt: _Format = _Format()
    style: str | None = None
    item: _ListItem | None = None
    depth: int = 0
    compact: bool = False
    centred: bool = False
    shading: str | None = None


class _Sink:
    """Where blocks go: the document body or a table cell, with the width available there."""

    def __init__(self, target: WordDocument | _Cell, width: int) -> None:
        self.target = target
        self.width = width
        self.in_cell = isinstance(target, _Cell)
        # A new cell already holds an empty paragraph: the first block fills it.
        self._spare: Paragraph | None = target.paragraphs[0] if self.in_cell else None
        self._spare_is_first = self.in_cell
        self._after_table = False

    def paragraph(self, style: str | None) -> Paragraph:
        if self._spare is not None:
            paragraph, self._spare = self._spare, None
            if style:
                paragraph.style = style
        else:
            paragraph = self.target.add_paragraph(style=style)
        if self._after_table and not self.in_cell and not (style or "").startswith("Heading"):
            paragraph.paragraph_format.space_before = Pt(8)
        self._after_table = False
        return paragraph

    def table(self, rows: int, cols: int) -> Table:
        if self._spare is not None and self._spare_is_first:
            self._spare._p.getparent().remove(self._spare._p)
            self._spare = None
        elif self._after_table and not self.in_cell:
            # Word joins tables that touch; a small empty paragraph keeps them apart.
            self.target.add_paragraph().paragraph_format.space_after = Pt(0)
        table = self.target.add_table(rows, cols)
        if self.in_cell:
            self._spare = self.target.paragraphs[-1]  # the paragraph Word requires after it
            self._spare_is_first = False
        self._after_table = True
        return table


# --- Building the document ------------------------------------------------------------------


class _Builder:
    def __init__(self, header: str, footer: str, accent: str, logo_png: bytes) -> None:
        self.doc = Document()
        self.title: str | None = None
        _set_up_page(self.doc, header, footer, logo_png)
        _set_up_styles(self.doc, accent)

    def build(self, root: _Element) -> None:
        self._blocks(_Sink(self.doc, TEXT_WIDTH), root.children, _Context())
        now = datetime.now(UTC).replace(microsecond=0)
        properties = self.doc.core_properties
        properties.title = _NOT_XML.sub("", self.title or "")
        properties.language = document_language()
        properties.author = ""
        properties.last_modified_by = ""
        properties.comments = ""
        properties.created = now
        properties.modified = now
        properties.revision = 1
        package_relations = self.doc.part.package.rels
        for relation_id, relation in list(package_relations.items()):
            if relation.reltype == RT.THUMBNAIL:  # a picture of python-docx's sample page
                package_relations.pop(relation_id)

    # Blocks

    def _blocks(self, sink: _Sink, nodes: list[_Element | str], context: _Context) -> None:
        pending: list[_Element | str] = []
        for node in nodes:
            if isinstance(node, str) or node.tag not in _BLOCKS:
                pending.append(node)
                continue
            self._paragraph(sink, pending, context)
            pending = []
            self._block(sink, node, context)
        self._paragraph(sink, pending, context)

    def _block(self, sink: _Sink, element: _Element, context: _Context) -> None:
        tag = element.tag
        if tag in HEADINGS:
            text = self._paragraph(sink, element.children, _Context(style=HEADINGS[tag]))
            if tag == "h1" and self.title is None and text:
                self.title = text
        elif tag == "p":
            fmt = _with_classes(context.fmt, element, PARAGRAPH_CLASSES)
            if "subtitle" in element.classes:
                fmt = replace(fmt, size=11, colour=MUTED)
            shading = TINT if "intro" in element.classes else context.shading
            self._blocks(sink, element.children, replace(context, fmt=fmt, shading=shading))
        elif tag in ("ul", "ol"):
            self._list(sink, element, context)
        elif tag == "li":  # an item outside a list
            self._list(sink, _Element("ul", children=[element]), context)
        elif tag == "table":
            self._table(sink, element, context)
        elif tag == "blockquote":
            style = context.style if context.compact or context.item else "Quote"
            self._blocks(sink, element.children, replace(context, style=style))
        elif tag == "pre":
            fmt = replace(context.fmt, mono=True, preformatted=True)
            self._blocks(sink, element.children, replace(context, fmt=fmt))
        elif tag not in _IGNORED and tag != "hr":
            self._blocks(sink, element.children, context)

    def _paragraph(self, sink: _Sink, nodes: list[_Element | str], context: _Context) -> str | None:
        """Inline content as one paragraph; nothing for whitespace only. Returns its text."""
        items: list[tuple[str, _Format] | None] = []
        for node in nodes:
            _inline(node, context.fmt, items)
        items = _normalise(items)
        text = "".join(item[0] if item else "\n" for item in items)
        if not text.strip():
            return None
        style, num_id = context.style, None
        if context.item is not None:
            if context.item.used:
                style = context.item.continuation
            else:
                style, num_id = context.item.style, context.item.num_id
                context.item.used = True
        paragraph = sink.paragraph(style)
        if num_id is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
        if context.compact:
            paragraph.paragraph_format.space_before = Pt(0)
            paragraph.paragraph_format.space_after = Pt(2)
            paragraph.paragraph_format.line_spacing = 1.0
        if context.centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if context.shading:
            _shade_paragraph(paragraph, context.shading)
        _add_runs(paragraph, items)
        return text

    def _list(self, sink: _Sink, element: _Element, context: _Context) -> None:
        depth = min(context.depth + 1, MAX_LIST_DEPTH)
        suffix = "" if depth == 1 else f" {depth}"
        ordered = element.tag == "ol"
        style = ("List Number" if ordered else "List Bullet") + suffix
        continuation = "List Continue" + suffix
        num_id = None
        if ordered:
            start = element.attrs.get("start", "1")
            num_id = self._restarted_numbering(style, int(start) if start.isdigit() else 1)
        for child in element.children:
            if isinstance(child, str) and not child.strip():
                continue
            if isinstance(child, _Element) and child.tag in ("ul", "ol"):
                self._list(sink, child, replace(context, depth=depth))
                continue
            children: list[_Element | str] = (
                child.children if isinstance(child, _Element) else [child]
            )
            item = _ListItem(style, continuation, num_id)
            self._blocks(sink, children, replace(context, item=item, depth=depth, style=None))

    def _restarted_numbering(self, style_name: str, start: int) -> int | None:
        """A fresh numbering instance, so each <ol> starts at 1 rather than counting on."""
        p_pr = self.doc.styles[style_name].element.pPr
        if p_pr is None or p_pr.numPr is None or p_pr.numPr.numId is None:
            return None
        numbering = self.doc.part.numbering_part.element
        style_num = numbering.num_having_numId(p_pr.numPr.numId.val)
        num = numbering.add_num(style_num.abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    def _table(self, sink: _Sink, element: _Element, context: _Context) -> None:
        rows = [
            row
            for part in element.elements("tr", "thead", "tbody", "tfoot")
            for row in ([part] if part.tag == "tr" else part.elements("tr"))
        ]
        cells = [row.elements("td", "th") for row in rows]
        columns = max((len(row) for row in cells), default=0)
        if not columns:
            return
        has_header = bool(cells[0]) and all(cell.tag == "th" for cell in cells[0])
        coloured = any("bgcolor" in cell.attrs for row in cells for cell in row)
        widths = _column_widths(element, cells, columns, sink.width)

        table = sink.table(len(rows), columns)
        table.autofit = False
        _set_table_width(table, sum(widths))
        if has_header or coloured:
            table.style = self.doc.styles["Table Grid"]
            _set_table_borders(table, "FFFFFF" if coloured else RULE, 12 if coloured else 4)
        for index, width in enumerate(widths):
            table.columns[index].width = width

        for row_index, (row_element, row_cells) in enumerate(zip(rows, cells, strict=True)):
            row = table.rows[row_index]
            is_header = has_header and row_index == 0
            height = _length(row_element.attrs.get("height", "")) or max(
                (_length(cell.attrs.get("height", "")) or 0 for cell in row_cells), default=0
            )
            if height:
                row.height = Emu(height)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            _set_row_flags(row, header=is_header)
            for column in range(columns):
                cell = row.cells[column]
                cell.width = widths[column]
                if column >= len(row_cells):
                    continue
                source = row_cells[column]
                fmt = _Format()
                if is_header:
                    fmt = replace(fmt, bold=True)
                    _shade_cell(cell, TINT)
                elif source.tag == "th":
                    fmt = replace(fmt, colour=MUTED, size=8.5 if coloured else None)
                elif coloured:
                    fmt = replace(fmt, bold=True)
                colour = source.attrs.get("bgcolor", "").lstrip("#")
                if re.fullmatch(r"[0-9a-fA-F]{6}", colour):
                    _shade_cell(cell, colour.upper())
                if coloured:
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                inner = _Sink(cell, max(widths[column] - CELL_PADDING, Mm(5)))
                cell_context = _Context(fmt=fmt, compact=True, centred=coloured)
                self._blocks(inner, source.children, cell_context)


# --- Inline content -------------------------------------------------------------------------


def _inline(node: _Element | str, fmt: _Format, items: list) -> None:
    if isinstance(node, str):
        if fmt.preformatted:
            for number, line in enumerate(node.split("\n")):
                if number:
                    items.append(_BREAK)
                if line:
                    items.append((line, fmt))
        else:
            items.append((node, fmt))
        return
    tag = node.tag
    if tag in _IGNORED:
        return
    if tag == "br":
        items.append(_BREAK)
        return
    if tag == "img":
        if node.attrs.get("alt"):
            items.append((node.attrs["alt"], fmt))
        return
    if tag in INLINE_TAGS:
        fmt = replace(fmt, **INLINE_TAGS[tag])
    elif tag == "span":
        fmt = _with_classes(fmt, node, SPAN_CLASSES)
    for child in node.children:
        _inline(child, fmt, items)
    if tag == "a":
        href = node.attrs.get("href", "").strip()
        if href.lower().startswith(("http://", "https://")) and href != _text_of(node).strip():
            items.append((f" ({href})", fmt))


def _normalise(items: list) -> list:
    """HTML's white space rules: runs of spaces become one, none at the start or end of a line."""
    result: list = []
    line_start = True
    for item in items:
        if item is _BREAK:
            _strip_trailing(result)
            result.append(_BREAK)
            line_start = True
            continue
        text, fmt = item
        text = _NOT_XML.sub("", text)
        if not fmt.preformatted:
            text = _HTML_SPACE.sub(" ", text)
            previous = next((r for r in reversed(result) if r is not _BREAK), None)
            if line_start or (previous is not None and previous[0].endswith(" ")):
                text = text.lstrip(" ")
        if text:
            result.append((text, fmt))
            line_start = False
    _strip_trailing(result)
    while result and result[-1] is _BREAK:
        result.pop()
        _strip_trailing(result)
    return result


def _strip_trailing(result: list) -> None:
    while result and result[-1] is not _BREAK and not result[-1][1].preformatted:
        text = result[-1][0].rstrip(" ")
        if text:
            result[-1] = (text, result[-1][1])
            return
        result.pop()


def _add_runs(paragraph: Paragraph, items: list) -> None:
    merged: list = []
    for item in items:
        if item is not _BREAK and merged and merged[-1] is not _BREAK and merged[-1][1] == item[1]:
            merged[-1] = (merged[-1][0] + item[0], item[1])
        else:
            merged.append(item)
    for item in merged:
        if item is _BREAK:
            paragraph.add_run().add_break()
            continue
        text, fmt = item
        run = paragraph.add_run(text)
        font = run.font
        font.bold = fmt.bold or None
        font.italic = fmt.italic or None
        font.underline = fmt.underline or None
        font.strike = fmt.strike or None
        font.all_caps = fmt.caps or None
        if fmt.colour:
            font.color.rgb = RGBColor.from_string(fmt.colour)
        if fmt.size:
            font.size = Pt(fmt.size)
        if fmt.mono:
            _set_fonts(run._r.get_or_add_rPr(), MONO_FONT)
            if not fmt.size:
                font.size = Pt(9)


# --- Sizes, page and styles -----------------------------------------------------------------


def _length(value: str, relative_to: int | None = None) -> int | None:
    """An HTML width or height in EMU: "24%" of `relative_to`, or "44" (CSS pixels)."""
    value = value.strip().lower()
    if match := re.fullmatch(r"(\d+(?:\.\d+)?)%", value):
        return int(relative_to * float(match[1]) / 100) if relative_to else None
    if match := re.fullmatch(r"(\d+(?:\.\d+)?)(?:px)?", value):
        return int(Pt(float(match[1]) * 0.75))
    return None


def _column_widths(table: _Element, cells: list[list[_Element]], columns: int, available: int):
    table_width = _length(table.attrs.get("width", ""), available)
    base = min(table_width or available, available)
    widths: list[int | None] = [None] * columns
    for row in cells:
        for index, cell in enumerate(row):
            if widths[index] is None:
                widths[index] = _length(cell.attrs.get("width", ""), base)
    known = sum(w for w in widths if w)
    unknown = widths.count(None)
    share = max((base - known) // unknown, int(Mm(15))) if unknown else 0
    # No column so narrow that "Nr." breaks; the wider ones give up what the narrow ones need.
    minimum = min(int(MIN_COLUMN), available // columns)
    sized = [max(w if w else share, minimum) for w in widths]
    excess = sum(sized) - available
    if excess > 0:
        flexible = sum(w - minimum for w in sized)
        sized = [w - (w - minimum) * excess // flexible for w in sized]
    return [Emu(int(w)) for w in sized]


def _set_up_page(doc: WordDocument, header: str, footer: str, logo_png: bytes = b"") -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Mm(10)
    paragraph = section.header.paragraphs[0]
    if logo_png:
        paragraph.add_run().add_picture(io.BytesIO(logo_png), height=Mm(9))
        paragraph.add_run("  ")
    if header:
        paragraph.add_run(_NOT_XML.sub("", header))
    paragraph = section.footer.paragraphs[0]
    if footer:
        paragraph.add_run(_NOT_XML.sub("", footer))
    for part in re.split(r"(\{pages?\})", "\t" + page_label()):  # Word fills in the numbers
        if part in _PAGE_FIELDS:
            _add_field(paragraph, _PAGE_FIELDS[part])
        elif part:
            paragraph.add_run(part)


_PAGE_FIELDS = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


def document_language() -> str:
    """The document's language, for Word's spelling checker: the one the program speaks."""
    return LANGUAGES.get(i18n.language(), LANGUAGES["nl"])


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    field_element = OxmlElement("w:fldSimple")
    field_element.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field_element.append(run)
    paragraph._p.append(field_element)


def _set_up_styles(doc: WordDocument, accent: str = ACCENT) -> None:
    styles = doc.styles
    root = styles.element
    defaults = root.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(run_defaults, FONT)
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), document_language())
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "120")
    spacing.set(qn("w:line"), "264")
    for style in root.findall(qn("w:style")):  # no theme fonts: Cambria headings look dated
        if style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}") is not None:
            _set_fonts(style.find(qn("w:rPr")), FONT)

    normal = styles["Normal"]
    normal.font.size = Pt(10)
    normal.font.color.rgb = RGBColor.from_string(TEXT)
    for name, size, colour, before, after in (
        ("Title", 20, accent, 0, 10),
        ("Heading 1", 14, accent, 20, 6),
        ("Heading 2", 11, TEXT, 12, 3),
        ("Heading 3", 10, TEXT, 10, 3),
    ):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(colour)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
    border = styles["Title"].element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}")
    if border is not None:
        border.set(qn("w:color"), RULE)
        border.attrib.pop(qn("w:themeColor"), None)
    quote = styles["Quote"]
    quote.font.color.rgb = RGBColor.from_string(MUTED)
    quote.paragraph_format.left_indent = Mm(6)
    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size = Pt(8)
        style.font.color.rgb = RGBColor.from_string(MUTED)
        tabs = style.element.pPr.find(qn("w:tabs"))
        if tabs is not None:
            style.element.pPr.remove(tabs)
        style.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)


def _set_fonts(run_properties, name: str) -> None:
    fonts = run_properties.get_or_add_rFonts()
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    for attribute in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attribute}"), name)


# --- Raw WordprocessingML where python-docx has no API ---------------------------------------


def _insert_before(parent, child, successors: tuple[str, ...]) -> None:
    """Insert `child` in its schema position: before the first of `successors` present."""
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def _set_row_flags(row, header: bool) -> None:
    """Rows never split across pages; the header row repeats on every page."""
    properties = row._tr.get_or_add_trPr()
    later = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins")
    _insert_before(properties, OxmlElement("w:cantSplit"), later)
    if header:
        _insert_before(properties, OxmlElement("w:tblHeader"), later[2:])


def _set_table_width(table: Table, width: int) -> None:
    properties = table._tbl.tblPr
    element = properties.find(qn("w:tblW"))
    if element is None:
        element = OxmlElement("w:tblW")
        _insert_before(
            properties, element, ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders")
        )
    element.set(qn("w:type"), "dxa")
    element.set(qn("w:w"), str(Emu(width).twips))


def _set_table_borders(table: Table, colour: str, size: int) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size))
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), colour)
        borders.append(line)
    later = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")
    _insert_before(table._tbl.tblPr, borders, later)


def _shading(fill: str):
    element = OxmlElement("w:shd")
    element.set(qn("w:val"), "clear")
    element.set(qn("w:color"), "auto")
    element.set(qn("w:fill"), fill)
    return element


def _shade_cell(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    existing = properties.find(qn("w:shd"))
    if existing is not None:
        properties.remove(existing)
    later = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
    _insert_before(properties, _shading(fill), later)


def _shade_paragraph(paragraph: Paragraph, fill: str) -> None:
    """A tinted box: shading, and borders in the same colour as padding around the text."""
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "4")
        line.set(qn("w:color"), fill)
        borders.append(line)
    later = (
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
    )
    _insert_before(properties, borders, later)
    _insert_before(properties, _shading(fill), later)
