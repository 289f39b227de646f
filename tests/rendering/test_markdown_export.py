"""Tests for the Markdown output: headings, lists, pipe tables, every answer, literal text."""

import re

import markdown
import pytest

from igj_afwijken.cli import EXIT_OK
from igj_afwijken.rendering.markdown_export import html_to_markdown
from igj_afwijken.rendering.templating import question_views, template_names
from igj_afwijken.services.documents import render_to_file
from tests.conftest import VOLUNTEER_EXAMPLE
from tests.rendering.test_pdf import _first_words
from tests.test_cli import cli

INJECTION = "<script>alert(1)</script> & <b>x</b>"


def _as_html(text):
    """The Markdown as a Markdown renderer shows it."""
    return markdown.markdown(text, extensions=["tables"])


def _plain(text):
    """What a reader sees: the rendered text without tags, entities decoded, spaces collapsed."""
    html = re.sub(r"<[^>]+>", " ", _as_html(text))
    html = html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return " ".join(html.replace("&amp;", "&").split())


@pytest.fixture
def rendered(example_dossier, catalogue, tmp_path):
    output = tmp_path / "verantwoording.md"
    render_to_file(example_dossier, catalogue, output, "md")
    return output.read_text(encoding="utf-8")


def test_the_markdown_has_headings_and_no_style_sheet(rendered, example_dossier):
    lines = rendered.splitlines()
    assert f"# {example_dossier.title}" in lines
    assert any(line.startswith("## 1. Waarom") for line in lines)
    assert any(line.startswith("### ") for line in lines)
    assert "font-family" not in rendered and "<" not in rendered.replace("&lt;", "")


def test_the_markdown_holds_every_answer_and_every_sub_question(
    rendered, example_dossier, catalogue
):
    text = _plain(rendered)
    for answer in example_dossier.answers.values():
        assert _first_words(answer.text) in text, answer.question_id
    headings = {line.removeprefix("### ") for line in rendered.splitlines()}
    for question in question_views(example_dossier, catalogue):
        for part in question.parts:
            assert part.text in headings or f"{part.text} *" in headings, part.id


def test_the_checklist_is_a_pipe_table(rendered, example_dossier):
    assert "| Punt | Geregeld | Toelichting |\n| --- | --- | --- |\n" in rendered
    rows = [line for line in rendered.splitlines() if line.startswith("| ")]
    for answer in example_dossier.checklist.values():
        first_words = " ".join(answer.item_text.split()[:4])
        assert any(first_words in row for row in rows), answer.item_id
    assert "<table" in _as_html(rendered)


def test_lists_use_dashes_and_numbers(rendered):
    lines = rendered.splitlines()
    assert any(line.startswith("- ") for line in lines)
    assert any(line.startswith("1. ") for line in lines)


def test_no_trailing_white_space_and_one_final_newline(rendered):
    assert rendered.endswith("\n") and not rendered.endswith("\n\n")
    assert not rendered.startswith("\n")
    assert not re.search(r"\n\n\n", rendered)
    for line in rendered.splitlines():
        assert line == line.rstrip() or (line.endswith("  ") and line.strip()), repr(line)


@pytest.mark.parametrize("template", template_names())
def test_every_template_renders_to_markdown(example_dossier, catalogue, tmp_path, template):
    output = tmp_path / f"{template}.md"
    render_to_file(example_dossier, catalogue, output, "md", template=template)
    text = output.read_text(encoding="utf-8")
    assert "# " in text and "data:image" not in text


def test_script_injection_is_literal_text_in_the_markdown(example_dossier, catalogue, tmp_path):
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", INJECTION))
    output = tmp_path / "verantwoording.md"
    render_to_file(example_dossier, catalogue, output, "md")
    text = output.read_text(encoding="utf-8")
    html = _as_html(text)
    assert "<script" not in html and "<b>" not in html
    assert INJECTION in _plain(text)


@pytest.mark.parametrize(
    "typed",
    [
        "# geen kop",
        "- geen lijst",
        "1. geen nummer",
        "> geen citaat",
        "*geen nadruk* en _ook niet_",
        "`geen code` en [geen link](https://igj.nl)",
        "A &amp; B &#60; C",
        "C:\\map\\bestand",
        "<!-- geen commentaar --> <https://igj.nl>",
        "a | b",
    ],
)
def test_markdown_characters_in_text_stay_text(typed):
    cell = _escaped(typed)
    table = f"<table><tr><th>Kop</th></tr><tr><td>{cell}</td></tr></table>"
    html = f"<h3>{cell} #</h3><p>{cell}</p>{table}"
    shown = _as_html(html_to_markdown(html))
    assert shown.count("<p>") == 1 and shown.count("<td>") == 1, shown
    for tag in ("<h1", "<h2", "<ul", "<ol", "<blockquote", "<em", "<code", "<a ", "<!--"):
        assert tag not in shown, shown
    assert _plain(html_to_markdown(html)) == f"{typed} # {typed} Kop {typed}"


def test_preformatted_text_cannot_break_out_after_a_list():
    html = "<ul><li>punt</li></ul><pre><code>```\n&lt;script&gt;x&lt;/script&gt;\n```</code></pre>"
    shown = _as_html(html_to_markdown(html))
    assert "<script" not in shown and "&lt;script&gt;x&lt;/script&gt;" in shown


def test_link_destinations_cannot_end_early():
    html = '<p><a href="https://igj.nl/)&lt;script&gt;x">IGJ</a></p>'
    markdown_text = html_to_markdown(html)
    assert "<script" not in _as_html(markdown_text)
    assert markdown_text == "[IGJ](https://igj.nl/%29%3Cscript%3Ex)\n"


def test_side_by_side_tables_follow_each_other_and_breaks_become_hard_breaks():
    html = (
        "<table><tr><td><p><b>Voor</b></p><table><tr><td>1</td></tr></table></td>"
        "<td><table><tr><td>2</td></tr></table></td></tr></table>"
        "<p>een<br>\n  twee</p>"
    )
    assert html_to_markdown(html) == (
        "**Voor**\n\n|  |\n| --- |\n| 1 |\n\n|  |\n| --- |\n| 2 |\n\neen  \ntwee\n"
    )


def test_the_cli_renders_markdown(tmp_path):
    output = tmp_path / "out.md"
    code, out, err = cli("render", str(VOLUNTEER_EXAMPLE), "--format", "md", "-o", str(output))
    assert code == EXIT_OK, err
    assert output.read_text(encoding="utf-8").startswith("Verantwoording afwijking")
    suffix_only = tmp_path / "by-suffix.md"
    assert cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(suffix_only))[0] == EXIT_OK
    assert suffix_only.read_text(encoding="utf-8").startswith("Verantwoording afwijking")


def _escaped(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
