"""Text that would make Markdown take minutes or overflow its stack is shown as plain text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from igj_afwijken.rendering.markdown import is_pathological, plain_html, to_html

# Families of input that Python-Markdown handles in quadratic time or by deep recursion.
PIECES = st.sampled_from(["[", "]", "[a](", "![", "[x]", "- ", "> ", "* ", "1. ", "+ "])


@settings(max_examples=60, deadline=None)
@given(piece=PIECES, count=st.integers(min_value=450, max_value=40_000), text=st.text(max_size=40))
def test_long_runs_of_markup_are_shown_as_plain_text(piece, count, text):
    answer = text + piece * count
    assert is_pathological(answer)
    assert to_html(answer) == plain_html(answer)
    assert "<script" not in str(to_html(answer + "<script>x</script>"))


@settings(max_examples=30, deadline=None)
@given(depth=st.integers(min_value=62, max_value=2_000))
def test_deeply_nested_lists_are_shown_as_plain_text(depth):
    answer = "\n".join("  " * level + "- punt" for level in range(depth))
    html = str(to_html(answer))
    assert html.startswith("<p>- punt<br>")


def test_ordinary_markdown_is_still_markdown():
    html = str(to_html("Zie **vooral** [de richtlijn](https://example.org).\n\n- een\n- twee"))
    assert "<strong>vooral</strong>" in html and "<li>twee</li>" in html and "<a " in html
    assert not is_pathological("Een antwoord [met] een paar [haken] en - streepjes.")
