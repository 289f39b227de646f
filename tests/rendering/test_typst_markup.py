"""User text and HTML rebuilt as Typst: whatever the text or the markup, Typst reads it as
text, and every document it makes is one Typst can set."""

import subprocess

from hypothesis import given, settings
from hypothesis import strategies as st

from igj_afwijken.rendering import typesetting
from igj_afwijken.rendering.markdown import sanitise_document
from igj_afwijken.rendering.typst_markup import html_document, literal, markdown, shown_text, text

HEAD = '#set document(title: "x")\n#set text(font: "Inter", lang: "nl", hyphenate: false)\n'
# What Typst reads as code, markup or an escape, and what a literal must escape itself.
TYPST_CHARACTERS = "#$[]{}()<>@*_`\\\"/=~-+.:;,'\n\t"
WORDS = st.text(
    alphabet=st.sampled_from(list(TYPST_CHARACTERS) + list("abcdeéxyz ")), min_size=1, max_size=40
)


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    # -raw: as the text stands, without joining a word that a hyphen ends on one line to the
    # next line, as pdftotext does otherwise (nothing here is hyphenated by Typst)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True
    ).stdout
    return "".join(out.decode("utf-8").split())


@given(value=WORDS)
@settings(max_examples=300, deadline=None)
def test_text_comes_back_as_it_was_typed(value):
    made = text(value)
    assert made.startswith('#"') and made.endswith('";')
    assert shown_text(made) == " ".join(value.split())  # a tab or a line break: a space


@given(value=st.text(alphabet=st.characters(categories=["Cc", "Cs"]), min_size=1, max_size=20))
@settings(max_examples=200, deadline=None)
def test_control_characters_and_lone_surrogates_never_reach_typst_raw(value):
    """Typst cannot show them, and a lone surrogate cannot even be written as UTF-8."""
    made = text(value)
    made.encode("utf-8")
    assert all(ord(c) >= 0x20 for c in made)
    assert literal(value).encode("utf-8")


@given(words=st.lists(WORDS, min_size=1, max_size=6))
@settings(max_examples=60, deadline=None)
def test_any_text_in_markup_is_set_as_typed(words, tmp_path_factory):
    source = HEAD + "".join(text(word) + "#linebreak();" for word in words)
    printed = _pdf_text(typesetting.compile_pdf(source), tmp_path_factory.mktemp("t"))
    for word in words:
        assert "".join(word.split()) in printed


_INLINE = ["strong", "em", "b", "i", "u", "s", "small", "sub", "sup", "code", "span", "a"]
_BLOCK = ["p", "div", "blockquote", "h1", "h3", "pre", "section"]


def _html():
    leaf = WORDS.map(lambda words: words.replace("<", "&lt;").replace("&", "&amp;"))
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.tuples(st.sampled_from(_INLINE + _BLOCK), st.lists(inner, max_size=3)).map(
                lambda pair: f"<{pair[0]}>{''.join(pair[1])}</{pair[0]}>"
            ),
            st.lists(inner, min_size=1, max_size=3).map(
                lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
            ),
            st.lists(st.lists(inner, min_size=1, max_size=3), min_size=1, max_size=3).map(
                lambda rows: (
                    "<table>"
                    + "".join(
                        "<tr>" + "".join(f"<td colspan='2'>{c}</td>" for c in row) + "</tr>"
                        for row in rows
                    )
                    + "</table>"
                )
            ),
        ),
        max_leaves=12,
    )


@given(fragment=_html())
@settings(max_examples=80, deadline=None)
def test_any_sanitised_document_is_one_typst_can_set(fragment):
    body, files = html_document(sanitise_document(fragment, "nl"))
    pdf = typesetting.compile_pdf(HEAD + body, files)
    assert pdf.startswith(b"%PDF")


def test_answers_keep_their_lists_emphasis_links_and_code(tmp_path):
    source = HEAD + markdown(
        "Zo **doen** we het:\n- *eerst* dit\n- dan [dat](https://www.igj.nl)\n\n`#code`"
    )
    printed = _pdf_text(typesetting.compile_pdf(source), tmp_path)
    assert "Zodoenwehet:" in printed and "•eerstdit•dandat" in printed and "#code" in printed
