"""Script and markup typed into any field never becomes active in HTML, and stays literal text
in PDF, Word and Markdown."""

import dataclasses
import itertools
import subprocess
from html.parser import HTMLParser

import pypdf
import pytest

from igj_afwijken.rendering.templating import render_html, template_names
from igj_afwijken.services.documents import render_to_file

# OWASP-style payloads: script tags, event handlers, javascript: and data: URLs, broken-up and
# encoded forms, and Markdown links and images that try the same.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<body onload=alert('x')>",
    '<a href="javascript:alert(1)">klik</a>',
    "<iframe src=\"javascript:alert('x')\"></iframe>",
    '"><script>alert(document.cookie)</script>',
    "'><img src=x onerror=alert(1)>",
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<a href="jav&#x09;ascript:alert(1)">tab</a>',
    "[klik hier](javascript:alert(1))",
    "![plaatje](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<https://voorbeeld.nl/" onmouseover="alert(1)>',
    "<style>body{display:none}</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
]
LITERAL = [p for p in PAYLOADS if p.startswith("<") and "\n" not in p]  # shown as typed
NOT_TEXT = {  # fields that hold ids or fixed choices, not typed text
    "id", "sector", "status", "party", "advice", "audience", "reason", "replaced_by",
    "question", "question_id", "item_id", "value", "catalogue_version", "sha256", "kind",
    "direction",
}  # fmt: skip


def _poisoned(value, payloads):
    """The value with every typed text field replaced by the next payload."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            if field.name in NOT_TEXT:
                continue
            if isinstance(current, str):
                changes[field.name] = next(payloads)
            elif isinstance(current, dict) and field.name != "snapshot":
                changes[field.name] = {k: _poisoned(v, payloads) for k, v in current.items()}
            elif isinstance(current, tuple) and current and not isinstance(current[0], str):
                changes[field.name] = tuple(_poisoned(item, payloads) for item in current)
            elif dataclasses.is_dataclass(current):
                changes[field.name] = _poisoned(current, payloads)
        return dataclasses.replace(value, **changes)
    return value


@pytest.fixture
def poisoned(example_dossier):
    return _poisoned(example_dossier, itertools.cycle(PAYLOADS))


class _ActiveContent(HTMLParser):
    """Collects every tag, attribute and URL in real markup that could run code."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "iframe", "object", "embed", "svg", "math", "base", "form"}:
            self.found.append(f"<{tag}>")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.found.append("<meta http-equiv>")  # our own <meta charset> is harmless
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            squeezed = "".join((value or "").split()).lower()
            if "javascript:" in squeezed or squeezed.startswith(("data:text", "vbscript:")):
                self.found.append(f"{tag} {name}={value}")


def _active(html: str) -> list[str]:
    parser = _ActiveContent()
    parser.feed(html)
    return parser.found


def test_the_corpus_is_large_enough_and_reaches_every_text_field(poisoned):
    assert len(PAYLOADS) >= 20
    html = render_html(poisoned, _catalogue())
    assert poisoned.title in PAYLOADS and poisoned.risks[0].measures in PAYLOADS
    assert all(answer.text in PAYLOADS for answer in poisoned.answers.values())
    assert html.count("&lt;script&gt;") >= 1


def _catalogue():
    from igj_afwijken.domain.catalogue import load_catalogue

    return load_catalogue()


@pytest.mark.parametrize("template", template_names())
def test_no_payload_becomes_active_in_any_html_document(poisoned, catalogue, template):
    html = render_html(poisoned, catalogue, template)
    assert _active(html) == []


def test_every_payload_in_every_field_of_every_template(example_dossier, catalogue):
    for offset in range(len(PAYLOADS)):  # each payload reaches each field once
        payloads = itertools.islice(itertools.cycle(PAYLOADS), offset, None)
        dossier = _poisoned(example_dossier, payloads)
        for template in template_names():
            assert _active(render_html(dossier, catalogue, template)) == [], (offset, template)


def _with_literal_answers(dossier):
    answers = dict(dossier.answers)
    for (question_id, answer), payload in zip(
        sorted(answers.items()), itertools.cycle(LITERAL), strict=False
    ):
        answers[question_id] = dataclasses.replace(answer, text=payload)
    dossier.answers = answers
    return dossier


def _squeeze(text: str) -> str:
    return "".join(text.split())


def test_payloads_are_literal_text_in_the_pdf(example_dossier, catalogue, tmp_path):
    dossier = _with_literal_answers(example_dossier)
    output = tmp_path / "document.pdf"
    render_to_file(dossier, catalogue, output, "pdf")
    text = _squeeze(" ".join(page.extract_text() for page in pypdf.PdfReader(output).pages))
    for payload in LITERAL[: len(dossier.answers)]:
        assert _squeeze(payload) in text, payload


def test_payloads_are_literal_text_in_the_word_file(example_dossier, catalogue, tmp_path):
    from docx import Document

    dossier = _with_literal_answers(example_dossier)
    output = tmp_path / "document.docx"
    render_to_file(dossier, catalogue, output, "docx")
    text = "\n".join(p.text for p in Document(output).paragraphs)
    for payload in LITERAL[: len(dossier.answers)]:
        assert payload in text, payload


def test_payloads_are_literal_text_in_markdown(example_dossier, catalogue, tmp_path):
    import markdown

    dossier = _with_literal_answers(example_dossier)
    output = tmp_path / "document.md"
    render_to_file(dossier, catalogue, output, "md")
    shown = markdown.markdown(output.read_text("utf-8"))  # as a Markdown viewer shows it
    assert _active(shown) == []
    for payload in LITERAL[: len(dossier.answers)]:
        assert payload in _text_of(shown), payload


def _text_of(html: str) -> str:
    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts = []

        def handle_data(self, data):
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return "".join(parser.parts)


# Careless or hostile user templates: they mark text safe, put it in unquoted attributes, turn
# escaping off, or write script themselves. What they produce is sanitised before it is used.
USER_TEMPLATES = [
    "{{ dossier.title|safe }}",
    "<p title={{ dossier.title }}>titel</p>",
    "{% autoescape false %}{{ dossier.organisation }}{% endautoescape %}",
    "{% for a in dossier.answers.values() %}{{ a.text|safe }}{% endfor %}",
    '<a href="{{ dossier.rule.source }}">bron</a><img src="{{ dossier.location }}">',
    "<script>alert(1)</script><img src=x onerror=alert(1)><body onload=alert(2)>",
    '<a href="javascript:alert(1)">a</a><iframe src="data:text/html,x"></iframe>',
    "<style>p{}</style></style><script>alert(1)</script>{{ dossier.team|safe }}",
    '<svg onload=alert(1)></svg><meta http-equiv="refresh" content="0;url=javascript:x">',
]


@pytest.mark.parametrize("source", USER_TEMPLATES)
def test_a_user_template_cannot_make_live_script(poisoned, catalogue, tmp_path, source):
    user_dir = tmp_path / "sjablonen"
    user_dir.mkdir()
    (user_dir / "eigen.html.j2").write_text(source, "utf-8")
    for offset in (0, 7):
        dossier = _poisoned(poisoned, itertools.islice(itertools.cycle(PAYLOADS), offset, None))
        html = render_html(dossier, catalogue, "eigen", user_dir=user_dir)
        assert _active(html) == [], (source, offset)


def test_a_user_template_keeps_its_layout_after_sanitising(example_dossier, catalogue, tmp_path):
    """A user's copy of the built-in justification keeps its headings, tables, logo and style."""
    from igj_afwijken.paths import templates_dir

    user_dir = tmp_path / "sjablonen"
    user_dir.mkdir()
    copy = (templates_dir() / "verantwoording.html.j2").read_text("utf-8")
    (user_dir / "kopie.html.j2").write_text(copy, "utf-8")
    own = render_html(example_dossier, catalogue, "kopie", user_dir=user_dir)
    built_in = render_html(example_dossier, catalogue)
    for part in ("<style>", "<h1", "<h2", "<table", "<th", 'colspan="', '<a name="'):
        assert own.count(part) == built_in.count(part), part


# Typst's own syntax typed into a field: code, file reads, imports, maths, labels, references,
# comments, and text that tries to end the string literal it is placed in.
TYPST_PAYLOADS = [
    '#read("/etc/passwd")',
    '#import "/etc/passwd": *',
    '#include "/etc/hostname"',
    "$ x^2 + y $",
    "] #panic(1) [",
    '"; #panic("uit de string"); "',
    "\\u{41} \\ #",
    "#let x = 1",
    "<label> en @label",
    "#set page(width: 1cm)",
    '#pdf.attach("x.json", bytes("x"))',
    "// commentaar tot het eind",
    "/* open commentaar",
    "= Kop op de regel",
    "#{ while true { } }",
    "#sys.inputs.at(0)",
    "~ -- --- ... 'quote'",
    "#[inhoud] #(1 + 1) #emph[x]",
    '#image("/etc/passwd")',
    "`raw` ```typ #code```",
]


def pdf_text(path) -> str:
    """The PDF's text as poppler's pdftotext reads it, as a PDF reader's search sees it."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


@pytest.mark.parametrize("template", template_names())
def test_typst_syntax_in_every_field_is_text_in_every_pdf(example_dossier, template, tmp_path):
    from igj_afwijken.domain.catalogue import load_catalogue

    catalogue = load_catalogue()
    offsets = range(len(TYPST_PAYLOADS)) if template == "verantwoording" else range(1)
    for offset in offsets:  # the full justification: each payload reaches each field once
        payloads = itertools.islice(itertools.cycle(TYPST_PAYLOADS), offset, None)
        dossier = _poisoned(example_dossier, payloads)
        output = tmp_path / f"{template}-{offset}.pdf"
        render_to_file(dossier, catalogue, output, "pdf", template)
        text = _squeeze(pdf_text(output))
        assert (
            "root:" not in text
            and "uit de string" not in text
            or (_squeeze('"; #panic("uit de string"); "') in text)
        )
        assert _squeeze(dossier.title) in text, (offset, dossier.title)
        for answer in dossier.answers.values():
            if template == "verantwoording" and "`" not in answer.text:
                assert _squeeze(answer.text) in text, (offset, answer.text)
