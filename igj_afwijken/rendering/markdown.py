"""Light Markdown in answers to safe HTML: raw HTML is shown as text, the result is sanitised."""

from __future__ import annotations

import threading

import markdown as markdown_lib
import nh3
from markdown.inlinepatterns import InlineProcessor
from markupsafe import Markup

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_local = threading.local()


class _LiteralAmpersand(InlineProcessor):
    """Every & typed is a literal &, also in "&amp;" or "&#x09;": Markdown would otherwise pass
    such entity-like text through for the browser (and the sanitiser) to decode."""

    def handleMatch(self, match, data):  # noqa: ANN001, ANN201 (Markdown's own signature)
        return self.md.htmlStash.store("&amp;"), match.start(0), match.end(0)


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
        _local.converter = converter
    return converter


def to_html(text: str) -> Markup:
    """The answer as sanitised HTML, safe to place in an autoescaped template."""
    if not text or not text.strip():
        return Markup("")
    converter = _converter()
    converter.reset()
    html = converter.convert(text)
    return Markup(
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=ALLOWED_URL_SCHEMES,
            link_rel="noopener noreferrer",
        )
    )
