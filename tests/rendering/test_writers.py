"""The registry of document formats: one writer module per format, loaded only when used, and a
new format is one module and one registry entry (this file is such a module, for "txt")."""

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from igj_afwijken import rendering
from igj_afwijken.cli import EXIT_ERROR, EXIT_OK
from igj_afwijken.fileio import write_atomic
from igj_afwijken.rendering import document, writers
from igj_afwijken.rendering.writers import WRITERS, WriteFunction, Writer
from tests.conftest import ROOT, VOLUNTEER_EXAMPLE
from tests.test_cli import cli

# -- a made-up format: this module's write() and one registry entry -------------------------


def write(output, html, *, output_format, decoration, title, house, embedded):
    """The "txt" format of the test: what a writer is given, one thing a line."""
    lines = [output_format, title, decoration.header, decoration.footer, house.accent]
    lines += sorted(embedded)
    lines.append(str(len(html)))
    write_atomic(output, "\n".join(lines).encode("utf-8"))


TEXT_WRITER = Writer(
    "txt",
    ".txt",
    __name__,
    label=lambda: "Platte tekst",
    menu_text=lambda: "Exporteren als &tekst…",
    dialog_title=lambda: "Document opslaan als tekst",
    file_filter=lambda: "Tekstbestanden (*.txt)",
)


@pytest.fixture
def text_format(monkeypatch):
    """The registry with the made-up format added: the one line a new format needs."""
    monkeypatch.setattr(writers, "WRITERS", (*WRITERS, TEXT_WRITER))


# -- the registry ---------------------------------------------------------------------------


def test_the_formats_keep_their_names_and_order():
    assert rendering.FORMATS == ("html", "pdf", "pdfa", "docx", "md")
    assert writers.format_names() == rendering.FORMATS
    assert [writer.suffix for writer in WRITERS] == [".html", ".pdf", ".pdf", ".docx", ".md"]


def test_names_are_unique_and_each_suffix_belongs_to_one_file_type():
    names = [writer.name for writer in WRITERS]
    assert len(set(names)) == len(names)
    # One suffix, one module: "pdf" and "pdfa" share .pdf, and both are the PDF writer's.
    modules_of_suffix = {}
    for writer in WRITERS:
        modules_of_suffix.setdefault(writer.suffix, set()).add(writer.module)
    assert all(len(modules) == 1 for modules in modules_of_suffix.values())
    assert all(writer.suffix.startswith(".") and writer.suffix.islower() for writer in WRITERS)
    # A file's suffix names the first format with it: a .pdf is an ordinary PDF.
    assert [writers.writer_for_suffix(w.suffix).name for w in WRITERS] == [
        "html",
        "pdf",
        "pdf",
        "docx",
        "md",
    ]


def _parameters(function):
    return [(p.name, p.kind) for p in inspect.signature(function).parameters.values()]


@pytest.mark.parametrize("entry", WRITERS, ids=lambda entry: entry.name)
def test_every_entry_has_a_writer_module_with_write(entry):
    module = importlib.import_module(entry.module)
    assert callable(module.write)
    assert entry.write_function() is module.write
    # The same signature as WriteFunction's, so render_to_file can call every writer alike.
    assert _parameters(module.write) == _parameters(WriteFunction.__call__)[1:]


@pytest.mark.parametrize("entry", WRITERS, ids=lambda entry: entry.name)
def test_every_entry_has_its_words_for_the_window(entry):
    assert entry.label() and entry.dialog_title()
    assert entry.menu_text().replace("&&", "").count("&") == 1  # one accelerator
    assert f"*{entry.suffix})" in entry.file_filter()


def test_the_export_menu_keeps_its_order_and_words():
    assert [w.menu_text() for w in writers.menu_writers()] == [
        "Exporteren als &PDF…",
        "Exporteren als PDF/A voor het a&rchief…",
        "Exporteren als &Word…",
        "Exporteren als &HTML…",
        "Exporteren als &Markdown…",
    ]
    assert writers.writer("pdf").shortcut == "Ctrl+E"
    assert writers.writer("pdf").file_filter() == "PDF-bestanden (*.pdf)"


def test_an_unknown_format_is_a_value_error_before_anything_is_written(
    example_dossier, catalogue, tmp_path
):
    with pytest.raises(ValueError, match="unknown output format 'txt'"):
        document.render_to_file(example_dossier, catalogue, tmp_path / "x.txt", "txt")
    assert not (tmp_path / "x.txt").exists()


def test_writer_modules_load_only_when_their_format_is_written():
    code = (
        "import sys\n"
        "from igj_afwijken.rendering import writers\n"
        "import igj_afwijken.rendering.document, igj_afwijken.cli\n"
        "print(sorted(m for m in sys.modules if m.endswith('_writer') or m.startswith("
        "('docx', 'PySide6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_word_file_is_written_without_loading_qt(tmp_path):
    """Only the PDF writers need Qt; Word, HTML and Markdown are made without it."""
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from igj_afwijken.cli import run\n"
        "for name in ('x.docx', 'x.html', 'x.md'):\n"
        f"    assert run(['render', {str(VOLUNTEER_EXAMPLE)!r}, '-o', "
        f"str(Path({str(tmp_path)!r}) / name)]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "x.docx").stat().st_size > 1000


# -- a new format is one module and one registry line --------------------------------------


def test_a_registered_format_is_written_by_render_to_file(
    text_format, example_dossier, catalogue, tmp_path
):
    output = tmp_path / "document.txt"
    document.render_to_file(
        example_dossier, catalogue, output, "txt", embedded={"dossier.json": b"{}"}
    )
    lines = output.read_text("utf-8").splitlines()
    assert lines[:2] == ["txt", example_dossier.title]
    assert lines[2].startswith(example_dossier.title)  # the page header
    assert lines[3].startswith("Afgedrukt op")  # the page footer
    assert lines[4] == "#1f3a5f"  # the default house style
    assert lines[5] == "dossier.json" and int(lines[6]) > 1000


def test_a_registered_format_is_offered_by_the_command_line(text_format, tmp_path):
    output = tmp_path / "document.txt"
    code, out, err = cli("render", str(VOLUNTEER_EXAMPLE), "--format", "txt", "-o", str(output))
    assert (code, err) == (EXIT_OK, "")
    assert output.read_text("utf-8").startswith("txt\n") and str(output) in out
    # ... and is found by its suffix, and named among the choices when none fits.
    other = tmp_path / "ander.txt"
    assert cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(other))[0] == EXIT_OK
    assert other.read_text("utf-8").startswith("txt\n")
    code, _, err = cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(tmp_path / "x.doc"))
    assert code == EXIT_ERROR
    assert "kies --format html, pdf, pdfa, docx, md of txt" in err
    assert "extensie .html, .pdf, .docx, .md of .txt" in err


def test_a_registered_format_is_in_the_help_of_render(text_format, capsys):
    code, out, _ = cli("render", "--help")
    out = out or capsys.readouterr().out
    assert code == EXIT_OK
    assert "{html,pdf,pdfa,docx,md,txt}" in out
    assert "txt (Platte tekst)" in " ".join(out.split())


def test_the_command_line_names_the_formats_as_before(tmp_path, capsys):
    code, _, err = cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(tmp_path / "x.doc"))
    assert code == EXIT_ERROR
    assert err.startswith(
        "igj-afwijken: fout: kies --format html, pdf, pdfa, docx of md (of geef het bestand "
        "de extensie .html, .pdf, .docx of .md)"
    )
    code, out, _ = cli("render", "--help")
    out = " ".join((out or capsys.readouterr().out).split())
    assert "html, pdf, pdfa (PDF/A voor het archief), docx (Word) of md (Markdown)" in out


def test_a_file_named_after_a_format_is_written_in_it(tmp_path):
    """As before the registry: "x.pdfa" is a PDF/A, named by the format rather than a suffix."""
    output = tmp_path / "archief.pdfa"
    assert cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(output))[0] == EXIT_OK
    assert Path(output).read_bytes().startswith(b"%PDF")
