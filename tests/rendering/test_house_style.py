"""The house style (name, accent colour, logo) in every document, and the user's own templates."""

import io
import os
import struct
import subprocess
import sys
import zlib
from datetime import datetime
from html import unescape
from zoneinfo import ZoneInfo

import pypdf
import pytest

from igj_afwijken import paths
from igj_afwijken.rendering import sandbox
from igj_afwijken.rendering.house_style import (
    LOGO_STEM,
    MAX_LOGO_BYTES,
    STYLE_FILE,
    HouseStyle,
    HouseStyleError,
    load_house_style,
    read_house_style,
    save_house_style,
)
from igj_afwijken.rendering.templating import (
    TemplateError,
    environment,
    render_html,
    template_names,
    user_templates_dir,
)
from igj_afwijken.services.documents import render_to_file
from tests.conftest import VOLUNTEER_EXAMPLE

PRINTED_AT = datetime(2026, 9, 2, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))


def body(html: str) -> str:
    """What a user's template made, inside the page the program puts around it."""
    return html.split("<body>\n", 1)[1].rsplit("\n</body>", 1)[0]


ACCENT = "#8a1538"
ORGANISATION = "Stichting Zorg & Welzijn Oost"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
    b'<rect width="120" height="40" fill="#8a1538"/></svg>'
)


def png(width=60, height=20, rgb=(138, 21, 56)) -> bytes:
    """A small solid PNG, made without Qt."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def house():
    return HouseStyle(organisation=ORGANISATION, accent=ACCENT, logo=png(), logo_type="png")


@pytest.fixture
def user_dir(isolated_data_dir):
    folder = user_templates_dir(isolated_data_dir)
    folder.mkdir(parents=True)
    return folder


# -- the house style in the documents ---------------------------------------------------------


@pytest.mark.parametrize("template", template_names())
def test_every_document_shows_accent_organisation_and_logo(
    template, house, example_dossier, catalogue
):
    html = render_html(example_dossier, catalogue, template, PRINTED_AT, house=house)
    assert f"color: {ACCENT};" in html and "#1f3a5f" not in html
    assert ORGANISATION in unescape(html)
    plain = unescape(render_html(example_dossier, catalogue, template, PRINTED_AT))
    own = example_dossier.organisation  # the house style's name takes its place
    assert unescape(html).count(own) < plain.count(own)
    assert f'<img src="{house.logo_uri}"' in html
    assert house.logo_uri.startswith("data:image/png;base64,iVBOR")


@pytest.mark.parametrize("template", template_names())
def test_the_default_style_is_the_document_as_before(template, example_dossier, catalogue):
    plain = render_html(example_dossier, catalogue, template, PRINTED_AT)
    assert render_html(example_dossier, catalogue, template, PRINTED_AT, house=HouseStyle()) == (
        plain
    )
    assert "<img" not in plain and "color: #1f3a5f;" in plain
    assert example_dossier.organisation in unescape(plain)


def _page_drawings(page) -> list:
    """The pictures and drawn figures on the page (Typst draws an SVG as a form, in vectors)."""
    objects = page["/Resources"].get("/XObject", {})
    return [
        name for name, ref in objects.items() if ref.get_object()["/Subtype"] in ("/Image", "/Form")
    ]


def _has_colour(pdf_path, colour) -> bool:
    """Whether the first page, drawn by poppler, has pixels of about this colour."""
    ppm = subprocess.run(
        ["pdftoppm", "-r", "30", "-f", "1", "-l", "1"],
        input=pdf_path.read_bytes(),
        capture_output=True,
        check=True,
    ).stdout
    _, size, _, pixels = ppm.split(b"\n", 3)
    return any(
        all(abs(pixels[i + c] - colour[c]) < 12 for c in range(3))
        for i in range(0, len(pixels) - 2, 3)
    )


@pytest.mark.parametrize("logo_type", ["png", "svg"])
def test_the_logo_is_drawn_in_the_pdf(logo_type, example_dossier, catalogue, tmp_path):
    logo = png() if logo_type == "png" else SVG
    house = HouseStyle(ORGANISATION, ACCENT, logo, logo_type)
    with_logo, without = tmp_path / "logo.pdf", tmp_path / "zonder.pdf"
    render_to_file(example_dossier, catalogue, with_logo, "pdf", house=house)
    render_to_file(example_dossier, catalogue, without, "pdf")
    first = pypdf.PdfReader(with_logo).pages[0]
    if logo_type == "png":
        assert len(_page_drawings(first)) > len(_page_drawings(pypdf.PdfReader(without).pages[0]))
    else:  # drawn in vectors: look for its colour on the page
        assert _has_colour(with_logo, (0x8A, 0x15, 0x38))
        assert not _has_colour(without, (0x8A, 0x15, 0x38))
    assert ORGANISATION in " ".join(first.extract_text().split())


@pytest.mark.parametrize("logo_type", ["png", "svg"])
def test_the_word_file_carries_name_colour_and_logo(
    logo_type, example_dossier, catalogue, tmp_path
):
    from docx import Document

    output = tmp_path / "document.docx"
    house = HouseStyle(ORGANISATION, ACCENT, png() if logo_type == "png" else SVG, logo_type)
    render_to_file(example_dossier, catalogue, output, "docx", house=house)
    document = Document(output)
    text = "\n".join(p.text for p in document.paragraphs)
    assert ORGANISATION in text and "data:image" not in text
    assert str(document.styles["Heading 1"].font.color.rgb) == ACCENT.lstrip("#").upper()
    header = document.sections[0].header
    assert header.part.related_parts and any(
        "image" in part.content_type for part in header.part.related_parts.values()
    )  # the logo stands in the page header, an SVG drawn as a PNG


def test_an_svg_logo_is_drawn_as_a_png_of_its_proportions():
    from PySide6.QtGui import QImage

    drawn = HouseStyle(logo=SVG, logo_type="svg").logo_png(height_px=60)
    image = QImage.fromData(drawn, "PNG")
    assert (image.width(), image.height()) == (180, 60)  # the SVG is 120 by 40
    assert image.pixelColor(90, 30).name() == "#8a1538"


def test_a_page_without_a_document_context_gets_the_default_style():
    """The bundle's front page renders _stijl without a house style of its own."""
    css = environment().get_template("_stijl.html.j2").render()
    assert "color: #1f3a5f;" in css


# -- validation, reading and writing ----------------------------------------------------------


@pytest.mark.parametrize("accent", ["red", "#12345", "#1234567", "#gggggg", "", "#fff"])
def test_an_accent_must_be_hex_rrggbb(accent):
    with pytest.raises(HouseStyleError, match="#rrggbb"):
        HouseStyle(accent=accent)


@pytest.mark.parametrize(
    "logo, logo_type, message",
    [
        (png(), "gif", "PNG- of SVG"),
        (b"GIF89a...", "png", "geen geldig PNG"),
        (png() + b"\0" * MAX_LOGO_BYTES, "png", "groter dan 1 MB"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "svg",
            "script",
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "svg", "onload"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
            "svg",
            "foreignobject",
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
            b'<image x:href="file:///etc/passwd"/></svg>',
            "svg",
            "buiten het bestand",
        ),
        (b'<!DOCTYPE svg [<!ENTITY a "b">]><svg/>', "svg", "DOCTYPE"),
        (b"<svg", "svg", "geen geldig SVG"),
        (b"<html/>", "svg", "geen SVG"),
    ],
)
def test_an_unusable_logo_is_refused(logo, logo_type, message):
    with pytest.raises(HouseStyleError, match=message):
        HouseStyle(logo=logo, logo_type=logo_type)


def test_the_house_style_is_saved_and_read_back(isolated_data_dir, house):
    save_house_style(isolated_data_dir, house)
    assert read_house_style(isolated_data_dir) == house
    assert (isolated_data_dir / f"{LOGO_STEM}.png").read_bytes() == house.logo
    svg_style = HouseStyle(ORGANISATION, ACCENT, SVG, "svg")
    save_house_style(isolated_data_dir, svg_style)
    assert not (isolated_data_dir / f"{LOGO_STEM}.png").exists()  # one logo at a time
    assert load_house_style(isolated_data_dir) == svg_style
    save_house_style(isolated_data_dir, HouseStyle())
    assert not list(isolated_data_dir.glob(f"{LOGO_STEM}.*"))
    assert read_house_style(isolated_data_dir) == HouseStyle()


def test_without_files_the_style_is_the_default(tmp_path):
    problems = []
    assert load_house_style(tmp_path / "bestaat-niet", problems.append) == HouseStyle()
    assert load_house_style(None) == HouseStyle()
    assert problems == []


@pytest.mark.parametrize(
    "content",
    [
        "{kapot",
        "[1, 2]",
        '{"accentkleur": "rood"}',
        '{"organisatie": 12}',
        b"\xff\xfe\x00".decode("latin-1"),
    ],
)
def test_a_broken_house_style_gives_the_default_and_says_why(
    content, isolated_data_dir, example_dossier, catalogue
):
    isolated_data_dir.mkdir()
    (isolated_data_dir / STYLE_FILE).write_text(content, "utf-8")
    problems = []
    style = load_house_style(isolated_data_dir, problems.append)
    assert style == HouseStyle()
    assert len(problems) == 1 and "standaardhuisstijl" in problems[0]
    assert render_html(example_dossier, catalogue, house=style)  # the document is still made


def test_an_unsafe_logo_file_gives_the_default_style(isolated_data_dir):
    isolated_data_dir.mkdir()
    (isolated_data_dir / f"{LOGO_STEM}.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    problems = []
    assert load_house_style(isolated_data_dir, problems.append) == HouseStyle()
    assert "script" in problems[0]


# -- the user's own templates ------------------------------------------------------------------


def test_a_user_template_overrides_the_built_in_one(user_dir, example_dossier, catalogue, house):
    (user_dir / "verantwoording.html.j2").write_text(
        '{% include "_stijl.html.j2" %}<h1>Eigen: {{ dossier.title }}</h1>', "utf-8"
    )
    html = render_html(example_dossier, catalogue, user_dir=user_dir, house=house)
    assert f"color: {ACCENT};" in html  # the built-in partial is still there
    assert f"<h1>Eigen: {example_dossier.title}</h1>" in html and "Ondertekening" not in html
    assert "Ondertekening" in render_html(example_dossier, catalogue)  # only with the folder
    assert template_names(user_dir=user_dir) == template_names()


def test_a_new_user_template_is_a_new_kind_of_document(user_dir, example_dossier, catalogue):
    (user_dir / "memo.html.j2").write_text("<p>Memo over {{ dossier.title }}</p>", "utf-8")
    (user_dir / "_deel.html.j2").write_text("een deel", "utf-8")  # a partial: not listed
    (user_dir / "notities.txt").write_text("geen sjabloon", "utf-8")
    assert template_names(user_dir=user_dir) == sorted([*template_names(), "memo"])
    html = render_html(example_dossier, catalogue, "memo", user_dir=user_dir)
    assert body(html) == f"<p>Memo over {example_dossier.title}</p>"


def test_user_templates_added_or_changed_while_running_are_picked_up(
    user_dir, example_dossier, catalogue
):
    assert "Ondertekening" in render_html(example_dossier, catalogue, user_dir=user_dir)
    override = user_dir / "verantwoording.html.j2"
    override.write_text("eerste", "utf-8")
    assert body(render_html(example_dossier, catalogue, user_dir=user_dir)) == "eerste"
    override.write_text("tweede", "utf-8")
    later = override.stat().st_mtime + 5  # a coarse file system clock must still see a change
    os.utime(override, (later, later))
    assert body(render_html(example_dossier, catalogue, user_dir=user_dir)) == "tweede"
    override.unlink()
    assert "Ondertekening" in render_html(example_dossier, catalogue, user_dir=user_dir)


def test_a_missing_user_folder_means_no_user_templates(tmp_path, example_dossier, catalogue):
    missing = tmp_path / "nergens"
    assert template_names(user_dir=missing) == template_names()
    assert render_html(example_dossier, catalogue, user_dir=missing, printed_at=PRINTED_AT) == (
        render_html(example_dossier, catalogue, printed_at=PRINTED_AT)
    )


def test_a_user_template_escapes_what_it_shows(user_dir, example_dossier, catalogue):
    example_dossier.title = '<script>alert("x")</script>'
    (user_dir / "memo.html.j2").write_text("{{ dossier.title }}", "utf-8")
    html = render_html(example_dossier, catalogue, "memo", user_dir=user_dir)
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "source, line, detail",
    [
        ("<p>\n\n{% if %}\n</p>", 3, "Expected an expression"),
        ("<p>\n{{ dossier.bestaatniet }}</p>", 2, "onbekende naam of eigenschap"),
        ("\n\n\n{{ onbekend }}", 4, "onbekende naam"),
        ("{% include 'nergens.html.j2' %}", 1, "‘nergens.html.j2’ bestaat niet"),
        ("\n{{ 1 / 0 }}", 2, "ZeroDivisionError"),
    ],
)
def test_a_broken_user_template_names_the_file_and_line(
    source, line, detail, user_dir, example_dossier, catalogue
):
    (user_dir / "mijn.html.j2").write_text(source, "utf-8")
    with pytest.raises(TemplateError) as raised:
        render_html(example_dossier, catalogue, "mijn", user_dir=user_dir)
    message = str(raised.value)
    assert message.startswith(f"Het sjabloon ‘mijn.html.j2’ bevat een fout op regel {line}: ")
    assert detail in message


def test_a_user_template_that_does_not_stop_is_stopped_and_named(
    user_dir, example_dossier, catalogue, monkeypatch
):
    monkeypatch.setattr(sandbox, "USER_TEMPLATE_SECONDS", 1.2)
    (user_dir / "mijn.html.j2").write_text(
        "<p>\n{% for i in range(100000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
        "utf-8",
    )
    trace_before = sys.gettrace()
    with pytest.raises(TemplateError) as raised:
        render_html(example_dossier, catalogue, "mijn", user_dir=user_dir)
    message = str(raised.value)
    assert message.startswith("Het sjabloon ‘mijn.html.j2’ bevat een fout op regel 2: ")
    assert "langer dan 1.2 seconden" in message
    assert sys.gettrace() is trace_before
    assert "Ondertekening" in render_html(example_dossier, catalogue, user_dir=user_dir)


@pytest.mark.parametrize(
    "source, detail",
    [
        ("{{ 'x' * 1000000000 }}", "meer dan een miljoen tekens"),
        ("{{ [1] * 10 * 1000000 }}", "meer dan een miljoen tekens"),
        ("{{ 2 ** 100000000 }}", "macht groter dan 100"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "roept zichzelf"),
    ],
)
def test_a_user_template_cannot_fill_the_memory_or_the_stack(
    source, detail, user_dir, example_dossier, catalogue
):
    (user_dir / "mijn.html.j2").write_text(source, "utf-8")
    with pytest.raises(TemplateError, match=detail):
        render_html(example_dossier, catalogue, "mijn", user_dir=user_dir)


def test_ordinary_arithmetic_still_works_in_a_user_template(user_dir, example_dossier, catalogue):
    (user_dir / "mijn.html.j2").write_text("{{ 2 ** 3 }} {{ '-' * 3 }} {{ 3 * 4 }}", "utf-8")
    assert body(render_html(example_dossier, catalogue, "mijn", user_dir=user_dir)) == "8 --- 12"


def test_an_error_in_an_included_user_partial_names_the_partial(
    user_dir, example_dossier, catalogue
):
    (user_dir / "mijn.html.j2").write_text("<p>\n{% include '_kop.html.j2' %}", "utf-8")
    (user_dir / "_kop.html.j2").write_text("a\nb\n{{ dossier.nergens }}", "utf-8")
    with pytest.raises(TemplateError, match="‘_kop.html.j2’ bevat een fout op regel 3"):
        render_html(example_dossier, catalogue, "mijn", user_dir=user_dir)


@pytest.mark.parametrize(
    "attempt",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ dossier.__init__.__globals__ }}",
        "{{ dossier.__class__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ catalogue.__dict__ }}",
        "{{ dossier.set_answer(none) }}",  # a template may read the dossier, not change it
        "{% set x = dossier.answers.clear() %}",
        "{{ house.logo_uri.__class__ }}",
    ],
)
def test_a_sandbox_escape_is_refused_with_the_file_and_line(
    attempt, user_dir, example_dossier, catalogue
):
    answers_before = dict(example_dossier.answers)
    (user_dir / "kwaad.html.j2").write_text(f"<p>voor</p>\n{attempt}\n<p>na</p>", "utf-8")
    with pytest.raises(TemplateError) as raised:
        render_html(example_dossier, catalogue, "kwaad", user_dir=user_dir)
    message = str(raised.value)
    assert message.startswith("Het sjabloon ‘kwaad.html.j2’ bevat een fout op regel 2: ")
    assert "niet toegestaan" in message or "onbekende naam" in message
    assert "<module" not in message and "os" not in message.split(": ", 1)[1].split()
    assert example_dossier.answers == answers_before


# -- the command line --------------------------------------------------------------------------


def _cli(*args):
    from igj_afwijken.cli import run

    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_cli_renders_and_lists_a_user_template_from_the_data_dir(tmp_path):
    data = paths.ensure_data_dir(tmp_path / "elders")  # as the program's first start makes it
    user_templates_dir(data).mkdir()
    (user_templates_dir(data) / "memo.html.j2").write_text(
        "{% include '_stijl.html.j2' %}<p>Memo: {{ dossier.title }} · {{ house.organisation }}</p>",
        "utf-8",
    )
    save_house_style(data, HouseStyle(ORGANISATION, ACCENT))
    output = tmp_path / "memo.html"
    code, out, err = _cli(
        "render", str(VOLUNTEER_EXAMPLE), "--template", "memo", "-o", str(output),
        "--data-dir", str(data),
    )  # fmt: skip
    assert (code, err) == (0, "")
    html = unescape(output.read_text("utf-8"))
    assert "<p>Memo: Oud-verpleegkundige" in html and ORGANISATION in html and ACCENT in html
    assert "memo" in _cli("--data-dir", str(data), "templates")[1].split()
    assert "memo" in _cli("templates", "--data-dir", str(data))[1].split()
    assert "memo" not in _cli("templates")[1].split()  # the default data folder has none


def test_the_cli_names_a_broken_user_template(tmp_path):
    data = paths.ensure_data_dir(tmp_path / "elders")  # as the program's first start makes it
    user_templates_dir(data).mkdir()
    (user_templates_dir(data) / "memo.html.j2").write_text("\n{{ dossier.__class__ }}", "utf-8")
    output = tmp_path / "memo.html"
    code, out, err = _cli(
        "--data-dir", str(data), "render", str(VOLUNTEER_EXAMPLE), "-t", "memo", "-o", str(output)
    )
    assert code == 2 and "‘memo.html.j2’ bevat een fout op regel 2" in err
    assert not output.exists()


def test_the_cli_renders_with_the_default_style_when_the_house_style_is_broken(tmp_path):
    data = tmp_path / "elders"
    data.mkdir()
    (data / STYLE_FILE).write_text("{kapot", "utf-8")
    output = tmp_path / "document.html"
    code, _, err = _cli(
        "--data-dir", str(data), "render", str(VOLUNTEER_EXAMPLE), "-o", str(output)
    )
    assert code == 0 and "let op" in err and STYLE_FILE in err
    assert "color: #1f3a5f;" in output.read_text("utf-8")


def test_a_broken_house_style_is_said_once_by_the_real_program(tmp_path):
    import subprocess
    import sys

    data = tmp_path / "elders"
    data.mkdir()
    (data / STYLE_FILE).write_text("{kapot", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "igj_afwijken", "--data-dir", str(data), "render",
         str(VOLUNTEER_EXAMPLE), "-o", str(tmp_path / "document.html")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stderr.count(STYLE_FILE) == 1


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("huisstijl-logo.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "geen geldig PNG"),
        (
            "huisstijl-logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">'
            + b"<g>" * 20000
            + b"</g>" * 20000
            + b"</svg>",
            "dieper genest",
        ),
        (
            "huisstijl-logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="1000000000" height="10"/>',
            "twintig keer",
        ),
    ],
)
def test_a_logo_that_cannot_be_drawn_is_named_and_the_word_file_made_without_it(
    tmp_path, name, data, words
):
    data_dir = paths.ensure_data_dir(tmp_path / "data")
    (data_dir / name).write_bytes(data)
    output = tmp_path / "document.docx"
    code, _, err = _cli(
        "--data-dir", str(data_dir), "render", str(VOLUNTEER_EXAMPLE), "-o", str(output)
    )
    assert code == 0 and words in err and "standaardhuisstijl" in err
    assert output.read_bytes().startswith(b"PK")


# An organisation's HTML template as its readers see it: typeset by Typst on the program's pages.
OWN_TEMPLATE = """<html><head><title>Memo {{ dossier.title }}</title><style>h1 {}</style></head>
<body>{% if logo_uri %}<img src="{{ logo_uri }}" height="40" alt="logo">{% endif %}
<h1>Memo over {{ dossier.title }}</h1>
<p>Voor <b>{{ dossier.responsible.name }}</b>, met <i>nadruk</i> en een <a href="https://www.igj.nl">link</a>.</p>
<table width="100%"><thead><tr><th width="30%">Nr.</th><th width="70%">Risico</th></tr></thead>
<tbody>{% for risk in dossier.risks %}<tr><td bgcolor="#f2c28c">{{ loop.index }}</td><td>{{ risk.description }}</td></tr>{% endfor %}</tbody></table>
<ul><li>een</li><li>twee</li></ul><hr><p>{{ dossier.title|safe }}</p>
</body></html>"""


def test_an_organisations_html_template_is_typeset_on_the_programs_pages(
    user_dir, example_dossier, catalogue, tmp_path
):
    from datetime import date

    import pikepdf

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.domain.model import Person

    (user_dir / "memo.html.j2").write_text(OWN_TEMPLATE, "utf-8")
    example_dossier.title = 'Memo #read("/etc/passwd") ] <script>x</script>'
    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 9, 1))  # no CONCEPT mark
    output = tmp_path / "memo.pdf"
    house = HouseStyle(ORGANISATION, ACCENT, png(), "png")
    render_to_file(
        example_dossier, catalogue, output, "pdf", "memo", user_dir=user_dir, house=house
    )
    text = " ".join(
        subprocess.run(["pdftotext", str(output), "-"], capture_output=True, check=True)
        .stdout.decode()
        .split()
    )
    squeezed = "".join(text.replace("\xad", "").split())  # lines break after "/", or hyphenated
    assert "".join(f"Memo over {example_dossier.title}".split()) in squeezed  # text, not code
    assert "pagina 1 van 1" in text and "Afgedrukt op" in text  # the program's own page
    assert "• een • twee" in text
    for number, risk in enumerate(example_dossier.risks, start=1):
        assert "".join(f"{number} {risk.description}".split()) in squeezed  # row by row
    assert "root:" not in text
    with pikepdf.open(output) as pdf:
        assert str(pdf.docinfo["/Title"]) == f"Memo {example_dossier.title}"
        assert str(pdf.Root.Lang) == "nl-NL"
    assert len(_page_drawings(pypdf.PdfReader(output).pages[0])) >= 1  # the logo
    assert _has_colour(output, (0xF2, 0xC2, 0x8C))  # the cell's own colour
