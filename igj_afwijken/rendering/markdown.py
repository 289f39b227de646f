"""Light Markdown in answers to safe HTML: raw HTML is shown as text, the result is sanitised."""

from __future__ import annotations

import re
import threading

import markdown as markdown_lib
import nh3
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markupsafe import Markup, escape

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_local = threading.local()


class _LiteralAmpersand(InlineProcessor):
    """Every & typed is a literal &, also in "&amp;" or "&#x09;": Markdown would otherwise pass
    such entity-like text through for the browser (and the sanitiser) to decode."""

    def handleMatch(self, match, data):  # noqa: ANN001, ANN201 (Markdown's own signature)
        return self.md.htmlStash.store("&amp;"), match.start(0), match.end(0)


_LIST_LINE = re.compile(r" {0,3}([-*+]|\d{1,9}\.)\s+\S")


class _ListsAsTyped(Preprocessor):
    """A line that starts with "- " or "1. " directly under a sentence starts a list, as people
    type it; Markdown itself wants an empty line before a list."""

    def run(self, lines: list[str]) -> list[str]:
        result: list[str] = []
        in_list = ""  # "-" or "1" while the lines belong to a list of that kind
        for line in lines:
            item = _LIST_LINE.match(line)
            kind = ("1" if item.group(1)[0].isdigit() else "-") if item else ""
            if kind and kind != in_list and result and result[-1].strip():
                result.append("")  # a new list: under a sentence, or after a list of the other kind
            if kind:
                in_list = kind
            elif not line.strip():
                in_list = ""
            # any other line continues the item above it, as Markdown reads it
            result.append(line)
        return result


def _converter() -> markdown_lib.Markdown:
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown_lib.Markdown(extensions=["sane_lists", "nl2br"], output_format="html")
        # Whatever a user types between angle brackets or as an entity is text, not markup:
        # "<script>" must be printed as "<script>", and "&amp;" as "&amp;".
        converter.preprocessors.deregister("html_block")
        converter.inlinePatterns.deregister("html")
        converter.inlinePatterns.deregister("entity")
        converter.inlinePatterns.register(_LiteralAmpersand("&", converter), "ampersand", 80)
        converter.preprocessors.register(_ListsAsTyped(converter), "lists_as_typed", 25)
        # Answers have no headings (the sanitiser would drop them and keep their text): a line
        # that starts with "#" or is underlined with "===" is printed as typed.
        converter.parser.blockprocessors.deregister("hashheader")
        converter.parser.blockprocessors.deregister("setextheader")
        _local.converter = converter
    return converter


# Python-Markdown takes quadratic time over many brackets ("[a](" repeated) and recurses once
# per nested list or quote marker; past these counts an answer is shown as plain text instead.
MAX_BRACKETS = 400
_DEEP_NESTING = re.compile(r"(?:[-*+>]\s+){24}|(?:\d+\.\s+){24}")


def is_pathological(text: str) -> bool:
    """Text that would make Markdown take minutes or overflow its stack."""
    return (
        text.count("[") + text.count("]") > MAX_BRACKETS
        or _DEEP_NESTING.search(text) is not None
        or max((len(line) - len(line.lstrip()) for line in text.splitlines()), default=0) > 120
    )


def plain_html(text: str) -> Markup:
    """The text as escaped paragraphs with its line breaks, without any Markdown."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return Markup("").join(
        Markup("<p>")
        + Markup("<br>").join(escape(line) for line in p.splitlines())
        + Markup("</p>")
        for p in paragraphs
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def to_html(text: str) -> Markup:
    """The answer as sanitised HTML, safe to place in an autoescaped template."""
    if not text or not text.strip():
        return Markup("")
    if _LONE_SURROGATE.search(text):  # cannot be written as UTF-8: shown as "�"
        text = _LONE_SURROGATE.sub("\ufffd", text)
    if is_pathological(text):
        return plain_html(text)
    converter = _converter()
    converter.reset()
    try:
        html = converter.convert(text)
    except RecursionError:  # nesting deeper than the checks above foresaw
        converter.reset()
        return plain_html(text)
    return Markup(
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=ALLOWED_URL_SCHEMES,
            link_rel="noopener noreferrer",
        )
    )


# What a user's own template may produce: the answers' allow-list and the structure of a
# document around it (headings, tables, a logo, its style), never script or event handlers.
DOCUMENT_TAGS = ALLOWED_TAGS | {
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
    "caption", "colgroup", "col", "div", "span", "section", "header", "footer", "hr", "img",
    "small", "sub", "sup", "b", "i", "u", "s", "dl", "dt", "dd", "figure", "figcaption",
    "title", "meta", "style",
}  # fmt: skip
DOCUMENT_ATTRIBUTES = {
    "*": {"class", "id", "style", "title", "lang", "dir", "align", "width"},
    "a": {"href", "title", "name"},
    "td": {"colspan", "rowspan", "valign", "bgcolor"},
    "th": {"colspan", "rowspan", "valign", "bgcolor"},
    "table": {"border", "cellpadding", "cellspacing", "bgcolor"},
    "img": {"src", "alt", "height"},
    "col": {"span"},
    "meta": {"charset"},
}


_SCRIPT_IN_VALUE = ("javascript:", "vbscript:", "expression(", "url(")


def _only_harmless_values(element: str, attribute: str, value: str) -> str | None:
    """A data: address only as a picture (the house style's logo), never as a link; no value
    that names script or loads something (a style's url(), however it is spelled)."""
    squeezed = "".join(value.split()).lower()
    if any(marker in squeezed for marker in _SCRIPT_IN_VALUE):
        return None
    if squeezed.startswith("data:"):
        picture = element == "img" and attribute == "src"
        return value if picture and squeezed.startswith("data:image/") else None
    return value


def sanitise_document(html: str, language: str) -> str:
    """A whole document made by a user's template, with everything that could run removed."""
    body = nh3.clean(
        html,
        tags=DOCUMENT_TAGS,
        clean_content_tags={"script"},
        attributes=DOCUMENT_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES | {"data"},
        attribute_filter=_only_harmless_values,
        link_rel="noopener noreferrer",
    )
    return f'<!DOCTYPE html>\n<html lang="{language}">\n<head><meta charset="utf-8"></head>\n<body>\n{body}\n</body>\n</html>\n'
