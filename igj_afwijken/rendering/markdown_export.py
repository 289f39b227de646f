"""The rendered HTML as Markdown: headings, lists and pipe tables, with text taken literally."""

from __future__ import annotations

import re
from urllib.parse import quote

from bs4 import BeautifulSoup, Tag
from markdownify import ATX, SPACES, MarkdownConverter

# Characters that start Markdown markup anywhere in a line, escaped with a backslash.
_INLINE = re.compile(r"([\\`*_\[\]])")
# "<" that could start a tag, a comment or an autolink; "&" that could start an entity.
_ANGLE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What would start a block at the beginning of a line: heading, quote, list item, rule.
_LINE_START = re.compile(r"^(\s*)(#|>|[-+](?=\s|$)|-(?=-+\s*$))")
_NUMBERED = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)")
_SETEXT = re.compile(r"^(\s*)=(?==*\s*$)")
_HARD_BREAK = "  "
_URL_SAFE = "/:?#[]@!$&'*+,;=%~-._"  # not: white space, quotes, backslash, ( ) < > and `


def html_to_markdown(html: str) -> str:
    """The HTML as Markdown ending in one newline; markup only for structure and emphasis."""
    soup = BeautifulSoup(html, "html.parser")
    for table in soup.find_all("table"):
        if table.find("table") is not None:
            _unwrap_layout_table(table)
    markdown = _Converter().convert_soup(soup)
    return _tidy(markdown)


def _unwrap_layout_table(table: Tag) -> None:
    """A table that only places tables side by side becomes those tables one below the other."""
    for cell in table.find_all(["td", "th"]):
        if cell.find_parent("table") is table:
            cell.name = "div"
            cell.attrs = {}
    for row in table.find_all("tr"):
        if row.find_parent("table") is table:
            row.unwrap()
    for group in table.find_all(["thead", "tbody", "tfoot"]):
        if group.find_parent("table") is table:
            group.unwrap()
    table.name = "div"
    table.attrs = {}


def _tidy(markdown: str) -> str:
    """No trailing white space except a hard line break before more text; one final newline."""
    lines = markdown.split("\n")
    tidied = []
    for index, line in enumerate(lines):
        stripped = line.rstrip()
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line.endswith(_HARD_BREAK) and stripped and following.strip():
            stripped += _HARD_BREAK
        tidied.append(stripped)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(tidied)).strip("\n") + "\n"


# markdownify's stub (__init__.pyi) declares only convert() and convert_soup() of the converter;
# the `type: ignore`s below are for the methods it leaves out (process_text, convert_*).
class _Converter(MarkdownConverter):
    """markdownify with ATX headings, "-" bullets and an escape that keeps every character text."""

    def __init__(self) -> None:
        super().__init__(
            heading_style=ATX,
            bullets="-",
            newline_style=SPACES,
            wrap=True,  # white space in text becomes one space; lines are not wrapped
            wrap_width=None,
            escape_asterisks=False,
            escape_underscores=False,
            escape_misc=False,
        )

    def escape(self, text: str, parent_tags: set[str]) -> str:
        text = _INLINE.sub(r"\\\1", text)
        text = _ENTITY.sub("&amp;", text)
        text = _ANGLE.sub("&lt;", text)
        if parent_tags & {"td", "th"}:
            text = text.replace("|", r"\|")
        if "_inline" in parent_tags:
            if parent_tags & {"h1", "h2", "h3", "h4", "h5", "h6"}:
                text = text.replace("#", r"\#")  # a closing "#" would be dropped
            return text
        text = _LINE_START.sub(r"\1\\\2", text)
        text = _NUMBERED.sub(r"\1\\\2", text)
        return _SETEXT.sub(r"\1&#61;", text)

    def convert_head(self, el, text, parent_tags):
        return ""

    def process_text(self, el, parent_tags=None):
        text = super().process_text(el, parent_tags)  # type: ignore[misc]
        if isinstance(el.previous_sibling, Tag) and el.previous_sibling.name == "br":
            text = text.lstrip()  # the line after a hard break starts at the margin
        return text

    def convert_td(self, el, text, parent_tags):
        text = re.sub(r"\s+", " ", text)  # a cell is one line
        return super().convert_td(el, text, parent_tags)  # type: ignore[misc]

    convert_th = convert_td

    def convert_span(self, el, text, parent_tags):
        return self._with_class_emphasis(el, text, parent_tags)

    def convert_p(self, el, text, parent_tags):
        text = self._with_class_emphasis(el, text, parent_tags)
        return super().convert_p(el, text, parent_tags)  # type: ignore[misc]

    def convert_a(self, el, text, parent_tags):
        # What could end the link destination or title is percent-encoded or escaped.
        if el.get("href"):
            el["href"] = quote(el["href"], safe=_URL_SAFE)
        if el.get("title"):
            el["title"] = " ".join(el["title"].split()).replace("\\", "\\\\")
        return super().convert_a(el, text, parent_tags)  # type: ignore[misc]

    def convert_img(self, el, text, parent_tags):
        # Only the house-style logo is an image, inlined as a data: URI: no use as Markdown text.
        return self.escape(" ".join(el.get("alt", "").split()), parent_tags)

    def convert_pre(self, el, text, parent_tags):
        # Each line a code span: literal in every Markdown, whatever comes before (no fences,
        # which Python-Markdown reads only with an extension, and no indented block, which
        # right after a list would continue the list item as ordinary text).
        spans = [self.convert_code(el, line, parent_tags) for line in text.split("\n")]  # type: ignore[attr-defined]
        return "\n\n" + f"{_HARD_BREAK}\n".join(span.strip() for span in spans if span) + "\n\n"

    def _with_class_emphasis(self, el, text, parent_tags):
        classes = set(el.get("class") or ())
        if "value-nee" in classes:
            return self.convert_b(el, text, parent_tags)  # type: ignore[attr-defined]
        if "open" in classes:
            return self.convert_em(el, text, parent_tags)  # type: ignore[attr-defined]
        return text
