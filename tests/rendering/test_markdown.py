"""Tests for light Markdown in answers and its sanitising."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéë ", min_size=1, max_size=30).map(
    lambda text: text.strip() or "woord"
)


@given(
    sentence=_WORDS,
    items=st.lists(_WORDS, min_size=1, max_size=6),
    marker=st.sampled_from(["- ", "* ", "+ ", "1. "]),
)
@settings(max_examples=150, deadline=None)
def test_lines_typed_as_a_list_under_a_sentence_are_a_list(sentence, items, marker):
    numbered = marker[0].isdigit()
    lines = [
        (f"{number}{marker[1:]}" if numbered else marker) + item
        for number, item in enumerate(items, start=1)
    ]
    html = str(to_html(sentence + ":\n" + "\n".join(lines)))
    assert html.count("<li>") == len(items)
    assert ("<ol>" in html) == numbered and ("<ul>" in html) == (not numbered)
    assert f"<p>{sentence}:</p>" in html


def test_a_numbered_list_right_after_a_bulleted_one_is_a_list_of_its_own():
    html = str(to_html("Punten:\n- a\n- b\n1. c\n2. d"))
    assert html.count("<ul>") == 1 and html.count("<ol>") == 1 and html.count("<li>") == 4
