"""The one-folder program built with PyInstaller from packaging/ (slow: one build per run) works."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pypdf
import pytest

from igj_afwijken import APP_NAME, __version__
from tests.conftest import ROOT

SPEC = ROOT / "packaging" / "igj-afwijken.spec"
EXAMPLE = Path("resources") / "examples" / "vrijwilliger-oud-verpleegkundige.json"

pytestmark = [
    pytest.mark.slow,  # one PyInstaller build per run
    pytest.mark.skipif(
        not sys.platform.startswith("linux"),
        reason="the Windows and macOS builds are window programs without a console to print to",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The folder scripts/build.sh makes, built once into a temporary folder."""
    out = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(SPEC),
        ],
        capture_output=True,
        text=True,
        cwd=out,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = out / "dist" / "igj-afwijken"
    assert (folder / "igj-afwijken").is_file()
    return folder


@pytest.fixture(scope="module")
def data_root(bundle) -> Path:
    """Where the program's own files sit in the bundle (sys._MEIPASS)."""
    return bundle / "_internal"


@pytest.fixture
def run_bundle(bundle, tmp_path):
    """Starts the built program as a user would: no Python of ours, no checkout on the path."""

    def run(*args: str) -> subprocess.CompletedProcess:
        environ = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "IGJ_AFWIJKEN_DATA_DIR": str(tmp_path / "data"),
        }
        return subprocess.run(
            [str(bundle / "igj-afwijken"), *args],
            capture_output=True,
            text=True,
            env=environ,
            cwd=tmp_path,
            timeout=120,
        )

    return run


def test_the_bundle_holds_resources_templates_icon_and_qt_translation(data_root):
    assert (data_root / "resources" / "icons" / "igj-afwijken.png").is_file()
    assert (data_root / "resources" / "catalogue" / "vragen.nl.toml").is_file()
    assert (data_root / "templates" / "verantwoording.html.j2").is_file()
    assert (data_root / "resources" / "help" / "handleiding.nl.md").is_file()
    assert (data_root / "LICENSE").read_text("utf-8").startswith("MIT License")
    assert list(data_root.rglob("qtbase_nl.qm")) and list(data_root.rglob("qtbase_en.qm"))
    assert (data_root / "resources" / "translations" / "igj_afwijken_en.qm").is_file()
    assert (data_root / "resources" / "catalogue" / "vragen.en.toml").is_file()
    assert not list(data_root.rglob("*tkinter*"))


def test_the_built_program_tells_its_version(run_bundle):
    result = run_bundle("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_the_built_program_renders_an_example_to_pdf(run_bundle, data_root, tmp_path):
    pdf = tmp_path / "voorbeeld.pdf"
    result = run_bundle("render", str(data_root / EXAMPLE), "--output", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    assert "Zorggroep De Waterlelie" in text  # from the example
    assert "Waarvan wordt afgeweken" in text  # a heading of the template


def test_the_built_program_renders_in_english(run_bundle, data_root, tmp_path):
    pdf = tmp_path / "example.pdf"
    example = data_root / "resources" / "examples" / "en" / EXAMPLE.name
    result = run_bundle("--lang", "en", "render", str(example), "--output", str(pdf))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    assert "What is being deviated from" in text and "Waarvan wordt afgeweken" not in text


def test_the_built_program_writes_word(run_bundle, data_root, tmp_path):
    """python-docx reads its own template files from disk, which a bundle can easily miss."""
    docx = tmp_path / "voorbeeld.docx"
    result = run_bundle("render", str(data_root / EXAMPLE), "--output", str(docx))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(docx) as archive:
        assert "Zorggroep De Waterlelie" in archive.read("word/document.xml").decode("utf-8")


def test_the_built_program_imports_and_lists_an_example(run_bundle, data_root):
    """Import validates against the JSON Schema, whose meta-schemas are data files."""
    imported = run_bundle("import", str(data_root / EXAMPLE))
    assert imported.returncode == 0, imported.stderr
    listed = run_bundle("list")
    assert listed.returncode == 0, listed.stderr
    assert "Oud-verpleegkundige als vrijwilliger" in listed.stdout


def test_the_built_program_makes_a_bundle(run_bundle, data_root, tmp_path):
    """The bundle joins typeset justifications with pikepdf, a compiled library of its own."""
    assert run_bundle("import", str(data_root / EXAMPLE)).returncode == 0
    bundle = tmp_path / "bundel.pdf"
    result = run_bundle("bundle", "--concepts", "-o", str(bundle))
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(bundle)
    assert "Huize Het Anker" in " ".join(reader.pages[0].extract_text().split())
    assert reader.outline  # each justification is a bookmark


def test_the_built_program_runs_a_users_template_apart(run_bundle, data_root, tmp_path):
    """A user's template runs in a second process of the built program (freeze_support)."""
    templates = tmp_path / "data" / "sjablonen"
    run_bundle("list")  # the first start makes the data folder
    templates.mkdir()
    (templates / "memo.html.j2").write_text("<p>Memo: {{ dossier.title }}</p>", "utf-8")
    (templates / "lus.html.j2").write_text("{{ ('x' * 999999)|wordwrap(1) }}", "utf-8")
    html = tmp_path / "memo.html"
    result = run_bundle("render", str(data_root / EXAMPLE), "-t", "memo", "-o", str(html))
    assert result.returncode == 0, result.stderr
    assert "<p>Memo: Oud-verpleegkundige" in html.read_text("utf-8")
    result = run_bundle("render", str(data_root / EXAMPLE), "-t", "lus", "-o", str(html))
    assert result.returncode == 2 and "lus.html.j2" in result.stderr
