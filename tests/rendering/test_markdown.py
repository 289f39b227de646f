"""Tests for light Markdown in answers and its sanitising."""

import pytest

from igj_afwijken.rendering.markdown import to_html


def test_lists_bold_italics_and_links_work():
    html = to_html(
        "**vet** en *schuin*\n\n- een\n- twee\n\n1. a\n2. b\n\n[IGJ](https://www.igj.nl)"
    )
    assert "<strong>vet</strong>" in html and "<em>schuin</em>" in html
    assert "<ul>" in html and "<ol>" in html and html.count("<li>") == 4
    assert '<a href="https://www.igj.nl" rel="noopener noreferrer">IGJ</a>' in html


def test_a_line_break_is_kept_as_typed():
    assert "<br>" in to_html("regel een\nregel twee")


def test_raw_html_is_shown_as_text_not_run():
    html = to_html('<script>alert("x")</script> <img src=x onerror=alert(1)> <b>vet</b>')
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_dangerous_link_schemes_are_removed():
    html = to_html("[klik](javascript:alert(1)) [data](data:text/html,x)")
    assert "javascript:" not in html and "data:" not in html
    assert "klik" in html


def test_markdown_images_are_not_allowed():
    assert "<img" not in to_html("![spoor](https://example.org/pixel.png)")


def test_ampersands_and_angle_brackets_survive():
    assert to_html("A & B < C > D") == "<p>A &amp; B &lt; C &gt; D</p>"


def test_empty_text_gives_nothing():
    assert to_html("   \n") == ""


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("&amp;", "&amp;amp;"),
        ("&#x09;", "&amp;#x09;"),
        ("a & b", "a &amp; b"),
        ("`&lt;`", "<code>&amp;lt;</code>"),
    ],
)
def test_an_ampersand_is_always_shown_as_typed(typed, shown):
    assert shown in str(to_html(typed))
