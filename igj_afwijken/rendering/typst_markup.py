"""User text for Typst: string literals, and answers' Markdown turned into Typst calls from its
parsed tree, so that nothing a user types is ever read as Typst markup or code."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from igj_afwijken.rendering.markdown import to_html


class TypstCode(str):
    """Typst source that the program wrote itself; everything else that enters a Typst
    template is turned into a string literal."""


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff]')


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    if character in _ESCAPES:
        return _ESCAPES[character]
    if "\ud800" <= character <= "\udfff":  # a lone surrogate cannot be written as UTF-8
        return "\\u{fffd}"
    return f"\\u{{{ord(character):x}}}"


def literal(value: object) -> TypstCode:
    """The value's text as a Typst string literal: `"…"`, with every quote, backslash and
    control character escaped."""
    return TypstCode('"' + _NEEDS_ESCAPE.sub(_escape, str(value)) + '"')


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def text(value: object) -> TypstCode:
    """A value placed in markup, as text: `#"…";` (the semicolon ends the expression, so that
    whatever follows is never read as part of it). A tab is a space; other control characters,
    which no font can show, are left out."""
    if isinstance(value, TypstCode):
        return value
    shown = "" if value is None else str(value)
    if _CONTROL.search(shown):
        shown = _CONTROL.sub(lambda m: " " if m.group() == "\t" else "", shown)
    return TypstCode("#" + literal(shown) + ";")


_LITERAL_IN_MARKUP = re.compile(r'#"((?:[^"\\]|\\.)*)";')
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


def shown_text(source: str) -> str:
    """The texts that a Typst source places in its markup, in order, with single spaces: the
    words of the document as it reads, without its page furniture's code."""

    def unescape(match: re.Match[str]) -> str:
        return re.sub(
            r"\\(u\{([0-9a-f]+)\}|.)",
            lambda m: chr(int(m.group(2), 16)) if m.group(2) else _UNESCAPES.get(m.group(1), ""),
            match.group(1),
        )

    return " ".join(" ".join(unescape(m) for m in _LITERAL_IN_MARKUP.finditer(source)).split())


def page_number(label: str) -> TypstCode:
    """A page label such as "pagina {page} van {pages}" as Typst code that counts the pages."""
    counters = {"{page}": "#counter(page).display();", "{pages}": "#counter(page).final().first();"}
    pieces = re.split(r"(\{page\}|\{pages\})", label)
    return TypstCode(
        "".join(counters.get(piece) or (text(piece) if piece else "") for piece in pieces)
    )


@lru_cache(maxsize=1024)
def markdown(source: str) -> TypstCode:
    """An answer's light Markdown as Typst content: the sanitised HTML that the preview shows,
    parsed and rebuilt as calls of Typst's own functions, every text a string literal. Kept
    for the texts seen last: a preview after one edit converts only the edited answer."""
    return _Converter().convert(str(to_html(source)))


def html_document(html: str) -> tuple[TypstCode, dict[str, bytes]]:
    """A whole sanitised HTML document (made by an organisation's own template) as Typst
    content, and the pictures it holds as files for Typst to read."""
    converter = _Converter()
    return converter.convert(html), converter.files


@dataclass
class _Node:
    tag: str
    attributes: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


_VOID = {"br", "hr", "img", "meta", "col", "input", "link", "wbr"}
_HIDDEN = {"head", "title", "style", "script", "meta", "link", "colgroup", "col"}
_BLOCKS = {"p", "div", "section", "header", "footer", "article", "figure", "dl", "dd", "body"}
_INLINE = {"p", "strong", "em", "b", "i", "u", "s", "a", "code", "span", "small", "sub", "sup",
           "td", "th", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "caption",
           "figcaption"}  # fmt: skip
_CALLS = {"strong": "strong", "b": "strong", "em": "emph", "i": "emph", "u": "underline",
          "s": "strike", "sub": "sub", "sup": "super"}  # fmt: skip
_LINE_BREAK = "#linebreak();"
_LINE_BREAKS = re.compile(r"[\r\n]+")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_PICTURE = re.compile(r"data:image/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/=\s]+)")
_LENGTH = re.compile(r"\s*(\d{1,4})(?:px)?\s*")
_PERCENT = re.compile(r"\s*(\d{1,3})%\s*")


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("", {})
        self._open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self._open[-1].children.append(node)
        if tag not in _VOID:
            self._open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open[-1].children.append(_Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if any(node.tag == tag for node in self._open[1:]):  # else: an end without its start
            while self._open.pop().tag != tag:
                pass

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(data)


class _Converter:
    """Sanitised HTML (the answers' few elements, or a whole document) rebuilt from Typst's own
    functions; every text becomes a string literal, every attribute is checked before use."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def convert(self, html: str) -> TypstCode:
        builder = _TreeBuilder()
        builder.feed(html)
        builder.close()
        return TypstCode(self._content(builder.root))

    def _content(self, node: _Node) -> str:
        parts: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                parts.append(self._text(child, node.tag, parts))
            else:
                parts.append(self._element(child))
        return "".join(parts)

    def _text(self, data: str, parent: str, before: list[str]) -> str:
        if parent in ("pre", "code"):
            return text(data)  # kept as typed, line breaks and all
        if not data.strip() and parent not in _INLINE:
            return ""  # the line breaks between blocks
        data = _LINE_BREAKS.sub(" ", data)  # as in HTML: a line break in running text is a space
        if before and before[-1] == _LINE_BREAK:
            data = data.lstrip()
        return text(data) if data else ""

    def _element(self, node: _Node) -> str:
        tag = node.tag
        if tag in _HIDDEN:
            return ""
        if tag == "br":
            return _LINE_BREAK
        if tag == "hr":
            return "#line(length: 100%, stroke: 0.5pt + luma(170));"
        if tag == "img":
            return self._picture(node)
        if tag == "table":
            return self._table(node)
        if tag in ("code", "pre"):
            literal_text = literal("".join(_texts(node)))
            return f"#raw({'block: true, ' if tag == 'pre' else ''}{literal_text});"
        inner = self._content(node)
        if tag in _CALLS:
            return f"#{_CALLS[tag]}[{inner}];"
        if tag == "small":
            return f"#text(size: 0.85em)[{inner}];"
        if tag in _BLOCKS or tag == "dt":
            return inner + ("#linebreak();" if tag == "dt" else "#parbreak();")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return f"#heading(level: {tag[1]})[{inner}];"
        if tag in ("caption", "figcaption"):
            return f"#emph[{inner}];#parbreak();"
        if tag == "a":
            href = node.attributes.get("href", "")
            return "#link(" + literal(href) + ")[" + inner + "];" if href else inner
        if tag == "li":
            return "[" + inner + "],"
        if tag == "ul":
            return "#list(" + inner + ");"
        if tag == "ol":
            start = node.attributes.get("start", "1")
            first = int(start) if start.isdigit() and len(start) < 6 else 1
            return f"#enum(start: {first}, " + inner + ");"
        if tag == "blockquote":
            return "#quote(block: true)[" + inner + "];"
        return inner  # html, body, span and the like: their content only

    def _picture(self, node: _Node) -> str:
        found = _PICTURE.fullmatch(node.attributes.get("src", "").strip())
        if found is None:
            return ""  # only the pictures a document holds itself (the logo), never a link
        try:
            data = base64.b64decode("".join(found.group(2).split()), validate=True)
        except ValueError:
            return ""
        suffix = {"png": "png", "jpeg": "jpg", "svg+xml": "svg"}[found.group(1)]
        name = f"beeld-{len(self.files) + 1}.{suffix}"
        self.files[name] = data
        height = _LENGTH.fullmatch(node.attributes.get("height", ""))
        size = f", height: {int(height.group(1)) * 0.75}pt" if height else ", width: 30%"
        alt = literal(node.attributes.get("alt", ""))
        return f"#box(image({literal(name)}{size}, alt: {alt}));"

    def _table(self, node: _Node) -> str:
        rows: list[tuple[bool, _Node]] = []  # (in the table's head, the row)
        captions = []
        for child in node.children:
            if isinstance(child, str):
                continue
            if child.tag == "caption":
                captions.append(self._element(child))
            elif child.tag == "tr":
                rows.append((False, child))
            elif child.tag in ("thead", "tbody", "tfoot"):
                rows += [(child.tag == "thead", r) for r in _elements(child) if r.tag == "tr"]
        cells = [[c for c in _elements(row) if c.tag in ("td", "th")] for _, row in rows]
        if not any(cells):
            return "".join(captions)
        columns = max(sum(_span(c, "colspan") for c in row) for row in cells)
        header = [i for i, (in_head, _) in enumerate(rows) if in_head]
        if not header and cells[0] and all(c.tag == "th" for c in cells[0]) and len(cells) > 1:
            header = [0]
        parts = [f"columns: {self._widths(cells[0], columns)}"]
        parts.append("stroke: 0.5pt + luma(200), inset: 0.4em, align: left + top")
        heads = [self._cell(c) for i in header for c in cells[i]]
        if heads:
            parts.append("table.header(" + ", ".join(heads) + ")")
        parts += [self._cell(c) for i, row in enumerate(cells) if i not in header for c in row]
        return "".join(captions) + "#table(" + ", ".join(parts) + ");"

    def _widths(self, first_row: list[_Node], columns: int) -> str:
        widths = []
        for cell in first_row:
            found = _PERCENT.fullmatch(cell.attributes.get("width", ""))
            widths += [f"{int(found.group(1))}%" if found else "1fr"] * _span(cell, "colspan")
        if len(widths) != columns or all(width == "1fr" for width in widths):
            return str(columns)
        return "(" + ", ".join(widths) + ",)"

    def _cell(self, cell: _Node) -> str:
        inner = self._content(cell)
        if cell.tag == "th":
            inner = f"#strong[{inner}];"
        options = []
        for name in ("colspan", "rowspan"):
            if _span(cell, name) > 1:
                options.append(f"{name}: {_span(cell, name)}")
        colour = cell.attributes.get("bgcolor", "")
        if _COLOUR.fullmatch(colour):
            options.append(f"fill: rgb({literal(colour)})")
        if not options:
            return f"[{inner}]"
        return f"table.cell({', '.join(options)})[{inner}]"


def _elements(node: _Node) -> list[_Node]:
    return [child for child in node.children if isinstance(child, _Node)]


def _texts(node: _Node) -> list[str]:
    return [
        piece
        for child in node.children
        for piece in ([child] if isinstance(child, str) else _texts(child))
    ]


def _span(cell: _Node, name: str) -> int:
    value = cell.attributes.get(name, "1")
    return min(int(value), 50) if value.isdigit() and 0 < len(value) < 3 and int(value) else 1
