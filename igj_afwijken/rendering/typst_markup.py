"""User text for Typst: string literals, and answers' Markdown turned into Typst calls from its
parsed tree, so that nothing a user types is ever read as Typst markup or code."""

from __future__ import annotations

import re
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
    builder = _Builder()
    builder.feed(str(to_html(source)))
    builder.close()
    return TypstCode(builder.result())


_INLINE = {"p", "strong", "em", "a", "code"}
_LINE_BREAK = "#linebreak();"
_LINE_BREAKS = re.compile(r"[\r\n]+")


class _Builder(HTMLParser):
    """The few elements that sanitised answers hold (see markdown.ALLOWED_TAGS), as Typst."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, dict[str, str], list[str]]] = [("", {}, [])]

    def result(self) -> str:
        while len(self._stack) > 1:  # an element left open: close it as if its end were there
            self.handle_endtag(self._stack[-1][0])
        return "".join(self._stack[0][2])

    def _emit(self, code: str) -> None:
        self._stack[-1][2].append(code)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._emit(_LINE_BREAK)
            return
        self._stack.append((tag, {name: value or "" for name, value in attrs}, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _, _ in self._stack[1:]):
            return  # an end without its start
        while True:
            open_tag, attributes, parts = self._stack.pop()
            self._emit(_element(open_tag, attributes, parts))
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        parent = self._stack[-1][0]
        if parent in ("pre", "code"):
            self._emit(text(data))  # kept as typed, line breaks and all
        elif data.strip() or parent in _INLINE:
            # As in HTML, a line break in running text is a space; between blocks it is nothing.
            data = _LINE_BREAKS.sub(" ", data)
            parts = self._stack[-1][2]
            if parts and parts[-1] == _LINE_BREAK:
                data = data.lstrip()
            if data:
                self._emit(text(data))


def _element(tag: str, attributes: dict[str, str], parts: list[str]) -> str:
    inner = "".join(parts)
    if tag == "p":
        return inner + "#parbreak();"
    if tag == "strong":
        return "#strong[" + inner + "];"
    if tag == "em":
        return "#emph[" + inner + "];"
    if tag == "code":
        return "#raw(" + _plain(parts) + ");"
    if tag == "pre":
        return "#raw(block: true, " + _plain(parts) + ");"
    if tag == "a":
        href = attributes.get("href", "")
        return "#link(" + literal(href) + ")[" + inner + "];" if href else inner
    if tag == "li":
        return "[" + inner + "],"
    if tag == "ul":
        return "#list(" + inner + ");"
    if tag == "ol":
        start = attributes.get("start", "1")
        first = int(start) if start.isdigit() and len(start) < 6 else 1
        return f"#enum(start: {first}, " + inner + ");"
    if tag == "blockquote":
        return "#quote(block: true)[" + inner + "];"
    return inner  # an element the sanitiser let through that Typst needs no call for


_TEXT_CALL = re.compile(r'#(?:raw\()?("(?:[^"\\]|\\.)*")\)?;')


def _plain(parts: list[str]) -> str:
    """The literal text of an element's parts, joined into one string literal (for raw)."""
    texts = [_TEXT_CALL.findall(part) for part in parts]
    joined = " + ".join(literal for found in texts for literal in found)
    return joined or '""'
