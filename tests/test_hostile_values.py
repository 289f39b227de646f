"""Hostile values at every entry point of the command line: import (JSON and PDF), check, render
in every format, bundle and the house-style logo. Each ends in success or in one line with
exit 2 (1 where the command says "not ready"), never in a traceback."""

import io
import json
import struct
import zlib
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken import paths
from igj_afwijken.cli import EXIT_ERROR, EXIT_NOT_READY, EXIT_OK, run
from igj_afwijken.rendering import FORMATS
from tests.conftest import EXAMPLES
from tests.test_hostile_files import _paths, _replaced

EXAMPLE_DOCUMENTS = [json.loads(path.read_text("utf-8")) for path in EXAMPLES]
SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HUGE = "__HUGE_NUMBER__"

_offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
hostile_texts = st.one_of(
    st.text(max_size=40),
    st.tuples(
        st.text(max_size=8),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
        st.text(max_size=8),
    ).map("".join),  # half of a UTF-16 pair, alone
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Mn", "Co"]), max_size=20),
    st.datetimes(timezones=_offsets).map(lambda moment: moment.isoformat()),
    st.dates().map(lambda day: day.isoformat()),
    st.sampled_from(
        ["\u202egnp.exe", "\x00", "\ufeff", "\uffff", "Zorg\ufffeBV", "𝕏" * 50,
         "<script>alert(1)</script>", "{{ 7*7 }}", '#read("/etc/passwd")', "x" * 100_001,
         "9" * 5000, "NaN", "-0", "1e999"]
    ),
)  # fmt: skip
hostile_numbers = st.one_of(
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(HUGE),  # becomes an integer of 5,000 digits in the file itself
    st.booleans(),
)


@st.composite
def hostile_files(draw) -> bytes:
    """An example exchange file with one value, or one key, made hostile."""
    document = draw(st.sampled_from(EXAMPLE_DOCUMENTS))
    places = list(_paths(document))
    path, old = draw(st.sampled_from(places))
    how = draw(st.sampled_from(["text", "number", "key", "repeat"]))
    if how == "key" and isinstance(old, dict) and old:
        key = draw(hostile_texts)
        new = {**old, key: next(iter(old.values()))}
    elif how == "number" or isinstance(old, int | float):
        new = draw(hostile_numbers)
    else:
        new = draw(hostile_texts)
    # how the file spells what is not ASCII: as \\u escapes, or written out in an encoding
    # JSON allows, a lone half of a UTF-16 pair too (as a program that does not check writes it)
    spelling = draw(st.sampled_from(["escaped", "utf-8", "utf-16-le", "utf-16-be"]))
    text = json.dumps(
        _replaced(document, path, new), ensure_ascii=spelling == "escaped", allow_nan=True
    )
    text = text.replace(f'"{HUGE}"', "9" * 5000)
    if how == "repeat":
        text = text.replace('"title": ', '"title": "eerst", "title": ', 1)
    return text.encode("ascii" if spelling == "escaped" else spelling, "surrogatepass")


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), out, err)  # any exception escaping here fails the test
    return code, out.getvalue(), err.getvalue()


def _one_line_or_success(code: int, err: str, allowed=(EXIT_OK, EXIT_ERROR)) -> None:
    assert code in allowed, (code, err)
    if code == EXIT_ERROR:
        assert err.count("\n") == 1 and "Traceback" not in err, err


def _data_dir(tmp_path_factory) -> Path:
    return paths.ensure_data_dir(tmp_path_factory.mktemp("gegevens") / "data")


@settings(SETTINGS, max_examples=300)
@given(data=hostile_files())
def test_import_of_any_hostile_json_succeeds_or_says_why(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("in")
    (folder / "afwijking.json").write_bytes(data)
    data_dir = _data_dir(tmp_path_factory)
    code, out, err = cli("--data-dir", str(data_dir), "import", str(folder / "afwijking.json"))
    _one_line_or_success(code, err)
    if code == EXIT_OK:  # what was taken in can be listed and printed
        _one_line_or_success(*cli("--data-dir", str(data_dir), "list")[::2])
        code, _, err = cli("--data-dir", str(data_dir), "render", out.strip(), "-o",
                           str(folder / "uit.html"))  # fmt: skip
        _one_line_or_success(code, err, (EXIT_OK, EXIT_NOT_READY))


@settings(SETTINGS, max_examples=200)
@given(data=hostile_files())
def test_check_of_any_hostile_file_answers_or_says_why(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("in")
    (folder / "afwijking.json").write_bytes(data)
    code, _, err = cli("check", str(folder / "afwijking.json"))
    _one_line_or_success(code, err, (EXIT_OK, EXIT_NOT_READY, EXIT_ERROR))


@pytest.mark.parametrize("output_format", FORMATS)
@settings(SETTINGS, max_examples=25)
@given(data=hostile_files())
def test_render_of_any_hostile_file_in_every_format(tmp_path_factory, output_format, data):
    folder = tmp_path_factory.mktemp("in")
    (folder / "afwijking.json").write_bytes(data)
    output = folder / f"uit.{output_format}"
    code, _, err = cli("render", str(folder / "afwijking.json"), "-f", output_format, "-o",
                       str(output))  # fmt: skip
    _one_line_or_success(code, err, (EXIT_OK, EXIT_NOT_READY, EXIT_ERROR))
    assert output.exists() == (code == EXIT_OK)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    return out.getvalue(), start


@st.composite
def hostile_pdfs(draw) -> bytes:
    """A PDF that carries an exchange file (perhaps hostile), perhaps behind an encryption
    dictionary of any kind (AES, RC4, unknown), perhaps cut short."""
    embedded = draw(hostile_files() | st.binary(max_size=200))
    encrypt = draw(st.booleans())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
        b"[(afwijking.json) 4 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>",
        b"<< /Type /Filespec /F (afwijking.json) /EF << /F 5 0 R >> >>",
        b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(embedded)
        + embedded
        + b"\nendstream",
    ]
    if encrypt:
        version, revision = draw(st.sampled_from([(1, 2), (2, 3), (4, 4), (5, 5), (5, 6), (9, 9)]))
        method = draw(st.sampled_from([b"/AESV2", b"/AESV3", b"/V2", b"/None", b"/Zip"]))
        key = draw(st.binary(min_size=0, max_size=48)).hex().encode()
        objects.append(
            b"<< /Filter /Standard /V %d /R %d /Length 128 /P -4 /O <%s> /U <%s> /OE <%s> "
            b"/UE <%s> /Perms <%s> /CF << /StdCF << /CFM %s /Length 16 >> >> "
            b"/StmF /StdCF /StrF /StdCF >>" % (version, revision, key, key, key, key, key, method)
        )
    body, start = _pdf(objects)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00>]" % len(objects)
    document = body + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % start
    cut = draw(st.none() | st.integers(0, len(document)))
    return document if cut is None else document[:cut]


@settings(SETTINGS, max_examples=300)
@given(data=hostile_pdfs())
def test_import_of_any_hostile_pdf_succeeds_or_says_why(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("in")
    (folder / "afwijking.pdf").write_bytes(data)
    data_dir = _data_dir(tmp_path_factory)
    code, _, err = cli("--data-dir", str(data_dir), "import", str(folder / "afwijking.pdf"))
    _one_line_or_success(code, err)


def test_an_aes_encrypted_pdf_is_refused_in_one_line(tmp_path):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <00> /U <00> /OE <00> /UE <00> "
        b"/Perms <00> /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>",
    ]
    body, start = _pdf(objects)
    path = tmp_path / "beveiligd.pdf"
    path.write_bytes(
        body + b"trailer\n<< /Size 4 /Root 1 0 R /Encrypt 3 0 R /ID [<00> <00>] >>\n"
        b"startxref\n%d\n%%%%EOF\n" % start
    )
    code, _, err = cli("--data-dir", str(tmp_path / "d"), "import", str(path))
    assert code == EXIT_ERROR and err.count("\n") == 1 and "beveiligd" in err


@settings(SETTINGS, max_examples=15)
@given(files=st.lists(hostile_files(), min_size=1, max_size=3))
def test_a_bundle_of_whatever_import_took_in(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("in")
    data_dir = _data_dir(tmp_path_factory)
    for number, data in enumerate(files):
        (folder / f"{number}.json").write_bytes(data)
        cli("--data-dir", str(data_dir), "import", str(folder / f"{number}.json"))
    code, _, err = cli("--data-dir", str(data_dir), "bundle", "-o", str(folder / "bundel.pdf"))
    _one_line_or_success(code, err)


def _png(width: int, height: int, picture: bytes, spoil: int | None) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(picture))
        + chunk(b"IEND", b"")
    )
    if spoil is not None:
        data = bytearray(data)
        data[spoil % len(data)] ^= 0xFF
        data = bytes(data)
    return data


hostile_logos = st.one_of(
    st.binary(max_size=300).map(lambda tail: ("png", b"\x89PNG\r\n\x1a\n" + tail)),
    st.builds(
        _png,
        st.integers(0, 70000),
        st.integers(0, 70000),
        st.binary(max_size=2000) | st.just(b"\0" * 5_000_000),  # a bomb: tiny, unpacks huge
        st.none() | st.integers(0, 10_000),
    ).map(lambda data: ("png", data)),
    st.builds(
        lambda depth, width, height, extra: (
            "svg",
            (
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"{extra}>'
                + "<g>" * depth
                + '<rect width="5" height="5"/>'
                + "</g>" * depth
                + "</svg>"
            ).encode(),
        ),
        st.integers(0, 20000),
        st.sampled_from(["10", "1000000000", "0", "-5", "1e308", "abc", "50%", ""]),
        st.sampled_from(["10", "1", "0", "1e-300", "nan"]),
        st.sampled_from(["", ' viewBox="0 0 0 0"', ' viewBox="0 0 1e9 1"', ' viewBox="x"']),
    ),
)


@pytest.mark.parametrize("output_format", FORMATS)
@settings(SETTINGS, max_examples=20)
@given(logo=hostile_logos)
def test_any_house_style_logo_in_every_format(tmp_path_factory, output_format, logo):
    kind, data = logo
    data_dir = _data_dir(tmp_path_factory)
    (data_dir / f"huisstijl-logo.{kind}").write_bytes(data)
    output = data_dir.parent / f"uit.{output_format}"
    code, _, err = cli("--data-dir", str(data_dir), "render", str(EXAMPLES[0]), "-f",
                       output_format, "-o", str(output))  # fmt: skip
    _one_line_or_success(code, err)
    assert "Traceback" not in err and err.count("\n") <= 1


# names with what no document can print: halves of UTF-16 pairs, control characters
unprintable_names = st.text(
    st.characters(categories=["Cs", "Cc", "Lu", "Ll", "Zs"]), min_size=1, max_size=20
)
hostile_style_files = st.builds(
    lambda organisation, accent, escaped: json.dumps(
        {"organisatie": organisation, "accentkleur": accent}, ensure_ascii=escaped
    ).encode("utf-8", "surrogatepass"),
    hostile_texts | unprintable_names,
    hostile_texts | st.just("#1f3a5f"),
    st.booleans(),
) | st.binary(max_size=200)


def _render_with_house_style(tmp_path_factory, output_format, style: bytes):
    data_dir = _data_dir(tmp_path_factory)
    (data_dir / "huisstijl.json").write_bytes(style)
    output = data_dir.parent / f"uit.{output_format}"
    code, _, err = cli("--data-dir", str(data_dir), "render", str(EXAMPLES[0]), "-f",
                       output_format, "-o", str(output))  # fmt: skip
    return code, err, output


@pytest.mark.parametrize("output_format", FORMATS)
@settings(SETTINGS, max_examples=40)
@given(style=hostile_style_files)
def test_any_house_style_file_in_every_format(tmp_path_factory, output_format, style):
    code, err, _ = _render_with_house_style(tmp_path_factory, output_format, style)
    _one_line_or_success(code, err)
    assert "Traceback" not in err and err.count("\n") <= 1


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize(
    "name", ["Zorg \ud800 BV", "\udfff", "Zorg\x00BV", "Zorg\x1bBV", "Zorg\uffffBV"]
)
def test_a_house_style_name_that_cannot_be_printed_gives_way_to_the_default(
    tmp_path_factory, output_format, name
):
    style = json.dumps({"organisatie": name}).encode("ascii")
    code, err, output = _render_with_house_style(tmp_path_factory, output_format, style)
    assert code == EXIT_OK and output.exists(), err
    assert "huisstijl" in err and "niet kan worden afgedrukt" in err and err.count("\n") == 1
