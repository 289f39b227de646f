"""Tests for the headless commands: output, exit codes and one-line errors."""

import io
import json
import os
import subprocess
import sys
import uuid

import docx
import pypdf
import pytest

from igj_afwijken import i18n
from igj_afwijken.cli import EXIT_ERROR, EXIT_NOT_READY, EXIT_OK, run
from igj_afwijken.formats import exchange
from tests.conftest import ENGLISH_EXAMPLES, EXAMPLES, ROOT, VOLUNTEER_EXAMPLE


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(list(args), out, err)
    except SystemExit as exit_:  # argparse's own exits (--help, bad arguments)
        code = exit_.code
    return code, out.getvalue(), err.getvalue()


def imported(data_dir, path=VOLUNTEER_EXAMPLE):
    code, out, _ = cli("--data-dir", str(data_dir), "import", str(path))
    assert code == EXIT_OK
    return out.strip()


def test_list_of_an_empty_store_says_so(tmp_path):
    code, out, err = cli("--data-dir", str(tmp_path / "d"), "list")
    assert (code, err) == (EXIT_OK, "")
    assert "Nog geen afwijkingen" in out


def test_import_prints_the_id_and_list_shows_it(tmp_path):
    dossier_id = imported(tmp_path / "d")
    assert dossier_id == "4f1c2a9e-6b3d-4e8a-9c71-2d5e8f0a1b36"
    code, out, _ = cli("list", "--data-dir", str(tmp_path / "d"))
    assert code == EXIT_OK
    assert dossier_id in out and "Oud-verpleegkundige" in out and "Concept" in out


def test_list_lines_up_its_columns_for_every_kind_of_status(tmp_path):
    """Id, status (its name, a code the catalogue does not know, or ‘onleesbaar’), the last
    change and the title, each in its own column."""
    import sqlite3

    data = tmp_path / "d"
    known, unknown, spoiled = (imported(data, path) for path in EXAMPLES[:3])
    with sqlite3.connect(data / "afwijkingen.sqlite3") as store:
        store.execute("UPDATE dossiers SET status = 'eigen_status' WHERE id = ?", (unknown,))
        store.execute("UPDATE dossiers SET updated_at = 'gisteren' WHERE id = ?", (spoiled,))
        rows = {
            dossier_id: (status, title)
            for dossier_id, status, title in store.execute("SELECT id, status, title FROM dossiers")
        }
    store.close()
    code, out, _ = cli("--data-dir", str(data), "list")
    assert code == EXIT_OK
    lines = {line[:36]: line for line in out.splitlines()}
    status_names = {"concept": "Concept", "lopend": "Lopend", "vastgesteld": "Vastgesteld"}
    expected_status = {
        known: status_names.get(rows[known][0], rows[known][0]),
        unknown: "eigen_status",
        spoiled: "onleesbaar",
    }
    for dossier_id, status in expected_status.items():
        line = lines[dossier_id]
        assert line[36:38] == "  " and line[38:51] == f"{status:<13}" and line[51:53] == "  "
        changed = line[53:69]
        assert changed.strip() == "" if status == "onleesbaar" else changed[4] == "-"
        assert line[69:] == "  " + rows[dossier_id][1]


def test_the_data_dir_comes_from_the_environment(isolated_data_dir):
    imported_id = imported(isolated_data_dir)
    code, out, _ = cli("list")
    assert imported_id in out
    assert (isolated_data_dir / "afwijkingen.sqlite3").exists()


def test_export_writes_the_exchange_file(tmp_path):
    data = tmp_path / "d"
    dossier_id = imported(data)
    output = tmp_path / "uit.json"
    code, _, err = cli("--data-dir", str(data), "export", dossier_id[:8], "--output", str(output))
    assert (code, err) == (EXIT_OK, "")
    assert output.read_bytes() == VOLUNTEER_EXAMPLE.read_bytes()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_passes_check_and_renders(path, tmp_path):
    code, out, err = cli("check", str(path))
    assert (code, err) == (EXIT_OK, "")
    assert "Klaar voor het inspectiebezoek?" in out and "Nodig:" not in out
    assert "Klaar." in out and "Advies:" not in out
    output = tmp_path / "verantwoording.pdf"
    assert cli("render", str(path), "--output", str(output))[0] == EXIT_OK
    assert output.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("path", ENGLISH_EXAMPLES, ids=lambda p: p.stem)
def test_every_english_example_passes_check_and_renders_in_english(path, tmp_path):
    code, out, err = cli("--lang", "en", "check", str(path))
    assert (code, err) == (EXIT_OK, "")
    assert "Ready for the inspection visit?" in out and "Needed:" not in out
    assert "Ready." in out and "Advice:" not in out
    output = tmp_path / "justification.html"
    assert cli("--lang", "en", "render", str(path), "--output", str(output))[0] == EXIT_OK
    assert "(nog niet" not in output.read_text("utf-8")


def test_check_names_points_of_attention_in_words_and_still_exits_0(tmp_path):
    path = _variant(tmp_path, lambda d: d.update(responsible={"name": "", "role": ""}))
    code, out, _ = cli("check", str(path))
    assert code == EXIT_OK
    assert "\nStart\n  - Advies: Noem wie verantwoordelijk is." in out
    assert out.index("Bijna klaar.") < out.index("Start")


def _variant(tmp_path, change):
    document = json.loads(VOLUNTEER_EXAMPLE.read_text("utf-8"))
    change(document["dossier"])
    path = tmp_path / "variant.json"
    path.write_text(json.dumps(document), "utf-8")
    return path


def test_check_lists_open_questions_and_exits_1(tmp_path):
    path = _variant(tmp_path, lambda d: d.update(answers=d["answers"][:3]))
    code, out, _ = cli("check", str(path))
    assert code == EXIT_NOT_READY
    assert out.count("- Nodig: Beantwoord nog: ") == 12
    assert "\n5. Evalueren en bijsturen\n  - Nodig: Beantwoord nog: " in out
    assert "Nog niet klaar. 12 dingen zijn nodig" in out
    assert "Vraag 5" not in out and "(en)" not in out  # grouped per step, not a form


def test_check_of_a_council_document_names_its_missing_plain_texts(tmp_path):
    path = _variant(tmp_path, lambda d: d.update(plain_summaries=d["plain_summaries"][:1]))
    assert cli("check", str(path))[0] == EXIT_OK
    code, out, _ = cli("check", str(path), "--document", "clientenraad")
    assert code == EXIT_OK  # a point of attention, not a blocking one
    assert "Bijna klaar." in out
    assert "ontbreekt de tekst in gewone woorden bij vraag 2, 3, 4, 5" in out


def test_check_of_a_law_exits_1_with_the_explanation(tmp_path):
    path = _variant(tmp_path, lambda d: d["rule"].update(kind="wet"))
    code, out, _ = cli("check", str(path))
    assert code == EXIT_NOT_READY
    assert "niet van de wet" in out


def test_check_by_id_uses_the_store(tmp_path):
    data = tmp_path / "d"
    dossier_id = imported(data)
    assert cli("--data-dir", str(data), "check", dossier_id)[0] == EXIT_OK


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_render_writes_the_document(tmp_path, fmt):
    output = tmp_path / f"verantwoording.{fmt}"
    code, out, err = cli("render", str(VOLUNTEER_EXAMPLE), "--format", fmt, "--output", str(output))
    assert (code, err) == (EXIT_OK, "")
    assert output.stat().st_size > 1000
    assert str(output) in out


def test_render_takes_the_format_from_the_file_name(tmp_path):
    output = tmp_path / "verantwoording.pdf"
    assert cli("render", str(VOLUNTEER_EXAMPLE), "-o", str(output))[0] == EXIT_OK
    assert output.read_bytes().startswith(b"%PDF")


def test_render_of_a_law_gives_the_explanation_instead_of_a_document(tmp_path):
    path = _variant(tmp_path, lambda d: d["rule"].update(kind="wet"))
    output = tmp_path / "verantwoording.pdf"
    code, out, err = cli("render", str(path), "--format", "pdf", "--output", str(output))
    assert code == EXIT_NOT_READY
    assert "niet van de wet" in err
    assert not output.exists()


def test_templates_lists_the_names():
    code, out, _ = cli("templates")
    assert code == EXIT_OK
    assert out.split() == ["adviesaanvraag", "clientenraad", "evaluatie", "verantwoording"]


@pytest.mark.parametrize("template", ["clientenraad", "adviesaanvraag", "evaluatie"])
def test_render_takes_any_template_by_name(template, tmp_path):
    output = tmp_path / f"{template}.html"
    code, _, err = cli("render", str(VOLUNTEER_EXAMPLE), "--template", template, "-o", str(output))
    assert (code, err) == (EXIT_OK, "")
    assert output.read_text("utf-8").count("<h1>") <= 1


def _garbage(tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text("{ niet af", "utf-8")
    return str(path)


ERRORS = {
    "missing file": lambda t: ["check", str(t / "weg.json")],
    "unknown id": lambda t: ["check", "0000aaaa"],
    "malformed file": lambda t: ["import", _garbage(t)],
    "render missing file": lambda t: ["render", str(t / "weg.json"), "-o", str(t / "x.pdf")],
    "render unknown template": lambda t: [
        "render",
        str(VOLUNTEER_EXAMPLE),
        "-t",
        "geen",
        "-o",
        str(t / "x.pdf"),
    ],
    "render unknown format": lambda t: ["render", str(VOLUNTEER_EXAMPLE), "-o", str(t / "x.doc")],
    "render into missing folder": lambda t: [
        "render",
        str(VOLUNTEER_EXAMPLE),
        "-o",
        str(t / "nee" / "x.pdf"),
    ],
    "export unknown id": lambda t: ["export", "0000aaaa", "-o", str(t / "x.json")],
    "export into a folder": lambda t: ["export", "0000aaaa", "-o", str(t)],
    "unknown command": lambda t: ["verwijder"],
    "missing argument": lambda t: ["render", str(VOLUNTEER_EXAMPLE)],
    "bad format choice": lambda t: ["render", str(VOLUNTEER_EXAMPLE), "-f", "doc", "-o", "x"],
    "data dir is a file": lambda t: ["--data-dir", str(VOLUNTEER_EXAMPLE), "list"],
}


@pytest.mark.parametrize("name", ERRORS)
def test_every_error_is_one_line_and_exit_2(name, tmp_path, capsys):
    code, out, err = cli(*ERRORS[name](tmp_path))
    err = err or capsys.readouterr().err  # argparse writes to the real stderr
    assert code == EXIT_ERROR
    assert err.count("\n") == 1 and "fout" in err
    assert "Traceback" not in err


def test_the_real_program_exits_2_without_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "check", str(tmp_path / "weg.json")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == EXIT_ERROR
    assert result.stderr.count("\n") == 1 and "bestaat niet" in result.stderr
    assert result.stdout == ""


def test_python_dash_m_runs_the_same_program(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "igj_afwijken", "templates"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == EXIT_OK
    assert result.stdout.split() == [
        "adviesaanvraag",
        "clientenraad",
        "evaluatie",
        "verantwoording",
    ]


def test_without_a_screen_the_window_command_says_so_in_one_line(tmp_path):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert result.returncode == EXIT_ERROR
    assert result.stderr.count("\n") == 1 and "beeldscherm" in result.stderr


def test_import_reads_the_dossier_inside_a_pdf_of_ours(tmp_path):
    pdf = tmp_path / "verantwoording.pdf"
    assert cli("render", str(VOLUNTEER_EXAMPLE), "--output", str(pdf))[0] == EXIT_OK
    code, out, err = cli("--data-dir", str(tmp_path / "d"), "import", str(pdf))
    assert (code, err) == (EXIT_OK, "")
    assert out.strip() == "4f1c2a9e-6b3d-4e8a-9c71-2d5e8f0a1b36"


def test_bundle_makes_one_pdf_per_location(tmp_path):
    data = tmp_path / "d"
    for path in sorted((ROOT / "resources" / "examples").glob("*.json")):
        imported(data, path)
    output = tmp_path / "bundel.pdf"
    code, out, err = cli("--data-dir", str(data), "bundle", "--location", "Huize Het Anker",
                         "-o", str(output))  # fmt: skip
    assert code == EXIT_ERROR and "--concepts" in err  # the examples are concepts
    code, out, err = cli("--data-dir", str(data), "bundle", "--location", "Huize Het Anker",
                         "--concepts", "-o", str(output))  # fmt: skip
    assert (code, err) == (EXIT_OK, "")
    assert "1 afwijkingen" in out and output.read_bytes().startswith(b"%PDF")
    code, _, err = cli(
        "--data-dir", str(data), "bundle", "--location", "Nergens", "-o", str(output)
    )
    assert code == EXIT_ERROR and "geen lopende afwijkingen" in err and err.count("\n") == 1


def test_a_bundle_of_laws_alone_is_refused_in_one_line(tmp_path):
    data = tmp_path / "d"
    imported(data, _variant(tmp_path, lambda d: d["rule"].update(kind="wet")))
    output = tmp_path / "bundel.pdf"
    code, out, err = cli("--data-dir", str(data), "bundle", "--concepts", "-o", str(output))
    assert code == EXIT_ERROR and err.count("\n") == 1
    assert "wijkt af van een wet" in err and "Oud-verpleegkundige" in err
    assert not output.exists() and list(tmp_path.glob("*.tmp")) == []


def test_backup_and_restore_bring_back_what_was_there(tmp_path):
    data = tmp_path / "d"
    first = imported(data)
    code, out, err = cli("--data-dir", str(data), "backup")
    assert (code, err) == (EXIT_OK, "") and "Reservekopie gemaakt" in out
    second = imported(data, EXAMPLES[0] if EXAMPLES[0] != VOLUNTEER_EXAMPLE else EXAMPLES[1])
    assert cli("--data-dir", str(data), "list")[1].count("\n") == 2

    code, out, err = cli("--data-dir", str(data), "restore", "--list")
    assert code == EXIT_OK and len(out.splitlines()) == 1 and "handmatig" in out
    code, out, err = cli("--data-dir", str(data), "restore")
    assert (code, err) == (EXIT_OK, "")
    assert "Teruggezet" in out and "apart" in out
    listed = cli("--data-dir", str(data), "list")[1]
    assert first in listed and second not in listed
    kept_aside = [p for p in data.iterdir() if p.name.startswith("afwijkingen-apart-gezet-")]
    assert len(kept_aside) == 1  # the replaced store is kept, with the second dossier in it


def test_restore_without_backups_or_of_an_unknown_one_is_one_line(tmp_path):
    data = tmp_path / "d"
    imported(data)
    code, _, err = cli("--data-dir", str(data), "restore")
    assert code == EXIT_ERROR and err.count("\n") == 1 and "geen bruikbare reservekopie" in err
    code, _, err = cli("--data-dir", str(data), "restore", "bestaat-niet.sqlite3")
    assert code == EXIT_ERROR and "restore --list" in err


def test_a_damaged_store_gives_one_line_that_points_to_restore(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "afwijkingen.sqlite3").write_bytes(b"kapot" * 1000)
    code, _, err = cli("--data-dir", str(data), "list")
    assert code == EXIT_ERROR and err.count("\n") == 1
    assert "beschadigd" in err and "igj-afwijken restore" in err


def test_import_is_refused_while_the_window_has_the_folder(tmp_path):
    from igj_afwijken.instance_lock import lock_data_dir

    data = tmp_path / "d"
    lock = lock_data_dir(data)  # as the open window holds it
    try:
        code, out, err = cli("--data-dir", str(data), "import", str(VOLUNTEER_EXAMPLE))
    finally:
        lock.unlock()
    assert (code, out) == (EXIT_ERROR, "")
    assert "al open" in err and err.count("\n") == 1
    assert cli("--data-dir", str(data), "list")[1].startswith("Nog geen afwijkingen")


def test_in_english_the_commands_speak_english(tmp_path):
    code, out, err = cli("--lang", "en", "--data-dir", str(tmp_path / "d"), "list")
    assert (code, err) == (EXIT_OK, "")
    assert out == "No deviations yet. Import one with: igj-afwijken import FILE\n"
    code, _, err = cli("--lang", "en", "check", _garbage(tmp_path))
    assert code == EXIT_ERROR and err.count("\n") == 1
    assert err.startswith("igj-afwijken: error: kapot.json is not a valid JSON file (error on line")


def test_in_english_the_help_is_english(capsys):
    code, out, _ = cli("--lang", "en", "--help")
    out = out or capsys.readouterr().out  # argparse writes to the real stdout
    assert code == EXIT_OK
    assert "COMMAND" in out and "show all deviations" in out and "--data-dir FOLDER" in out
    assert "OPDRACHT" not in out and "toon alle afwijkingen" not in out


def test_in_english_argparse_keeps_its_own_words_inside_an_english_line(capsys):
    code, _, err = cli("--lang", "en", "export")
    err = err or capsys.readouterr().err  # argparse writes to the real stderr
    assert code == EXIT_ERROR and err.count("\n") == 1
    assert err.startswith("igj-afwijken export: error: the following arguments are required: ID")
    assert err.endswith(" (see --help)\n") and "ontbreekt" not in err


def test_after_english_a_command_without_lang_speaks_dutch_again(tmp_path, capsys):
    cli("--lang", "en", "--data-dir", str(tmp_path / "d"), "list")
    code, out, _ = cli("--data-dir", str(tmp_path / "d"), "list")
    assert code == EXIT_OK and out.startswith("Nog geen afwijkingen")
    code, _, err = cli("export")
    err = err or capsys.readouterr().err
    assert code == EXIT_ERROR and "fout: dit ontbreekt nog: ID" in err


ENGLISH_EXAMPLE = next(p for p in ENGLISH_EXAMPLES if p.name == VOLUNTEER_EXAMPLE.name)


def test_render_with_lang_en_makes_an_english_document(tmp_path):
    pdf, word = tmp_path / "justification.pdf", tmp_path / "justification.docx"
    assert cli("--lang", "en", "render", str(ENGLISH_EXAMPLE), "-o", str(pdf))[0] == EXIT_OK
    assert cli("render", str(ENGLISH_EXAMPLE), "-o", str(word), "--lang", "en")[0] == EXIT_OK
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    for english in ("What is being deviated from", "Intended duration", "page 1 of"):
        assert english in text
    for dutch in ("Waarvan wordt afgeweken", "Beoogde duur", "pagina 1 van"):
        assert dutch not in text
    words = " ".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "What is being deviated from" in words and "Waarvan wordt afgeweken" not in words


def test_the_language_chosen_in_the_settings_holds_for_the_commands_too(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    i18n.settings_file(data).write_text("[display]\nlanguage=en\n", "utf-8")
    html = tmp_path / "x.html"
    assert cli("--data-dir", str(data), "render", str(ENGLISH_EXAMPLE), "-o", str(html))[0] == 0
    assert "What is being deviated from" in html.read_text("utf-8")
    assert (
        cli(
            "--data-dir",
            str(data),
            "--lang",
            "nl",
            "render",
            str(VOLUNTEER_EXAMPLE),
            "-o",
            str(html),
        )[0]
        == EXIT_OK
    )
    assert "Waarvan wordt afgeweken" in html.read_text("utf-8")


def test_a_missing_translation_file_leaves_the_program_usable_in_dutch(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(i18n, "translation_file", lambda language: tmp_path / "missing.qm")
    code, out, _ = cli("--lang", "en", "--data-dir", str(tmp_path / "d"), "list")
    assert code == EXIT_OK and out.startswith("Nog geen afwijkingen")
    assert "missing.qm" in capsys.readouterr().err and i18n.language() == "nl"


def test_restore_list_names_why_each_backup_was_made_in_english(tmp_path):
    data = str(tmp_path / "d")
    assert cli("--data-dir", data, "backup")[0] == EXIT_OK
    code, out, _ = cli("--lang", "en", "--data-dir", data, "restore", "--list")
    assert code == EXIT_OK and "by hand" in out and "handmatig  " not in out


@pytest.mark.parametrize(
    "field, value",
    [
        ("updated_at", "9999-12-31T23:59:59-23:59"),
        ("created_at", "0001-01-01T00:00:00+23:59"),
        ("start_date", "0001-01-01"),
        ("next_evaluation", "9999-12-31"),
    ],
)
def test_import_refuses_a_date_the_program_could_not_show_in_one_line(tmp_path, field, value):
    document = json.loads(VOLUNTEER_EXAMPLE.read_text("utf-8"))
    document["dossier"][field] = value
    path = tmp_path / "vreemd.json"
    path.write_text(json.dumps(document), "utf-8")
    code, out, err = cli("--data-dir", str(tmp_path / "d"), "import", str(path))
    assert code == EXIT_ERROR and out == ""
    assert err.count("\n") == 1 and value in err and "1000" in err
    assert cli("--data-dir", str(tmp_path / "d"), "list")[1].startswith("Nog geen")


def test_delete_puts_a_dossier_in_the_recycle_bin_and_purge_removes_it_after_a_backup(tmp_path):
    data = tmp_path / "d"
    dossier_id = imported(data)
    code, out, err = cli("--data-dir", str(data), "purge", dossier_id[:8])
    assert code == EXIT_ERROR and "niet in de prullenbak" in err and "delete" in err
    code, out, err = cli("--data-dir", str(data), "delete", dossier_id[:8])
    assert (code, err) == (EXIT_OK, "") and "prullenbak" in out
    assert dossier_id not in cli("--data-dir", str(data), "list")[1]
    code, out, err = cli("--data-dir", str(data), "purge", dossier_id[:8])
    assert (code, err) == (EXIT_OK, "") and "Definitief verwijderd" in out
    code, out, _ = cli("--data-dir", str(data), "restore", "--list")
    assert "voor-verwijderen" in out
    assert cli("--data-dir", str(data), "purge", dossier_id)[0] == EXIT_ERROR
    assert cli("--data-dir", str(data), "delete", "onbekend-id")[0] == EXIT_ERROR


def test_import_flags_an_attachment_whose_name_hides_its_type(tmp_path, example_dossier):
    import hashlib

    from igj_afwijken.domain.model import Attachment, utc_now
    from igj_afwijken.formats import exchange

    content = b"MZ een programma"
    example_dossier.attachments = (
        Attachment("adviesbrief.pdf.exe", content, hashlib.sha256(content).hexdigest(), utc_now()),
    )
    path = tmp_path / "afwijking.json"
    exchange.write_file(path, example_dossier)
    code, out, err = cli("--data-dir", str(tmp_path / "d"), "import", str(path))
    assert code == EXIT_OK and "adviesbrief.pdf.exe" in err and ".exe" in err


def test_import_refuses_a_version_number_no_store_can_hold(tmp_path, example_dossier):
    from datetime import date

    from igj_afwijken.domain.model import Person, Version
    from igj_afwijken.formats import exchange

    example_dossier.versions = (
        Version(1, date(2026, 9, 1), Person("A. Jansen"), "", exchange.snapshot(example_dossier)),
    )
    document = json.loads(exchange.dumps(example_dossier))
    for number in (10**25, 1e300):
        document["dossier"]["versions"][0]["number"] = number
        path = tmp_path / "groot.json"
        path.write_text(json.dumps(document), "utf-8")
        code, out, err = cli("--data-dir", str(tmp_path / "d"), "import", str(path))
        assert code == EXIT_ERROR and err.count("\n") == 1, err


def test_bundle_shows_its_progress_on_a_terminal(tmp_path):
    import io

    data = tmp_path / "d"
    for path in sorted((ROOT / "resources" / "examples").glob("*.json")):
        imported(data, path)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    output = tmp_path / "bundel.pdf"
    out = io.StringIO()
    code = run(["--data-dir", str(data), "bundle", "--concepts", "-o", str(output)], out, terminal)
    assert code == EXIT_OK and "3 afwijkingen" in out.getvalue()
    shown = terminal.getvalue()
    assert "Bundel: 0 van 3 afwijkingen…" in shown and shown.endswith("3 van 3 afwijkingen…\n")


def test_each_command_closes_the_store_it_opened(tmp_path):
    """Closed at the end of the command, not whenever Python collects it: the store's WAL file
    is folded in and removed, so a restore never sets aside a store with a WAL beside it."""
    data = tmp_path / "d"
    imported(data)
    for command in (["list"], ["backup"], ["import", str(EXAMPLES[0])]):
        assert cli("--data-dir", str(data), *command)[0] == EXIT_OK
        assert not (data / "afwijkingen.sqlite3-wal").exists(), command


def test_server_init_and_grant_make_an_organisation_store_with_rights(postgres):
    import psycopg
    from psycopg import sql

    database = f"igj_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
        admin.execute("DO $$ BEGIN CREATE ROLE anna LOGIN;"
                      " EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
    url = postgres.url(database=database)
    assert cli("server", "init", url) == (EXIT_OK, "Organisatieregister ingericht.\n", "")
    code, out, err = cli("server", "grant", "anna", "--location", "De Boei", "--as", "writer",
                         "--store", url)  # fmt: skip
    assert (code, err) == (EXIT_OK, "") and "Recht gegeven" in out
    with psycopg.connect(postgres.url("anna", database)) as anna:
        assert anna.execute(
            "SELECT igj_may_write('De Boei'), igj_may_write('Elders')"
        ).fetchone() == (
            True,
            False,
        )
    code, _, err = cli("server", "grant", "bert", "--location", "De Boei", "--as", "reader",
                       "--store", url)  # fmt: skip
    assert code == EXIT_ERROR and "bert bestaat niet" in err and err.count("\n") == 1
    with psycopg.connect(url, autocommit=True) as admin:  # as if restored from another server
        admin.execute("UPDATE search_signature_basis SET fingerprint = 'elders'")
    code, out, err = cli("server", "init", url)
    assert (code, err) == (EXIT_OK, "") and "zoekgegevens zijn opnieuw opgebouwd" in out
    assert cli("server", "init", url) == (EXIT_OK, "Organisatieregister ingericht.\n", "")


@pytest.mark.parametrize(
    "url",
    ["postgresql://anna:geheim@localhost/igj", "postgresql://server.example/igj?sslmode=disable",
     "postgresql://127.0.0.1:1/igj", "server/igj"],
)  # fmt: skip
def test_server_init_refuses_an_address_in_one_line(url):
    code, out, err = cli("server", "init", url)
    assert (code, out) == (EXIT_ERROR, "") and err.count("\n") == 1 and "Traceback" not in err


def test_the_commands_work_in_the_organisation_store_with_the_persons_rights(server, tmp_path):
    """--store: import, list, check, render, bundle, delete and purge on the server, as a writer
    of the example's location; another location's writer sees none of it."""
    anker = server.person("writer", "Huize Het Anker")
    code, out, err = cli("--store", anker, "import", str(VOLUNTEER_EXAMPLE))
    assert (code, err) == (EXIT_OK, "")
    dossier_id = out.strip()
    code, out, _ = cli("--store", anker, "list")
    assert code == EXIT_OK and dossier_id in out and "Afwijking a1" in out and "b1" not in out
    assert cli("--store", anker, "check", dossier_id)[0] in (EXIT_OK, EXIT_NOT_READY)
    pdf = tmp_path / "verantwoording.pdf"
    assert cli("--store", anker, "render", dossier_id, "-o", str(pdf))[0] == EXIT_OK
    assert pdf.read_bytes().startswith(b"%PDF")
    code, out, _ = cli("--store", anker, "bundle", "--concepts", "-o", str(tmp_path / "b.pdf"))
    assert code == EXIT_OK and "3 afwijkingen" in out  # a1, a2 and the import; not b1
    boei = server.person("writer", "De Boei")
    code, out, _ = cli("--store", boei, "list")
    assert dossier_id not in out and "Afwijking b1" in out
    code, _, err = cli("--store", boei, "delete", dossier_id)
    assert code == EXIT_ERROR and err.count("\n") == 1  # not there for her
    assert cli("--store", anker, "delete", dossier_id)[0] == EXIT_OK
    code, out, _ = cli("--store", anker, "purge", dossier_id)
    assert code == EXIT_OK and "geschiedenis op de server" in out
    with server.admin() as admin:
        assert admin.execute(
            "SELECT count(*) FROM dossiers WHERE id = %s", (dossier_id,)
        ).fetchone() == (0,)


def test_backups_of_the_organisation_store_are_the_servers(server):
    for command in (["backup"], ["restore", "--list"]):
        code, out, err = cli("--store", server.url, *command)
        assert (code, out) == (EXIT_ERROR, "") and "pg_dump" in err and err.count("\n") == 1


def test_a_person_without_the_right_to_write_is_told_in_one_line(server):
    code, out, err = cli("--store", server.person("reader", "Huize Het Anker"), "import",
                         str(VOLUNTEER_EXAMPLE))  # fmt: skip
    assert (code, out) == (EXIT_ERROR, "") and "niet wijzigen" in err and err.count("\n") == 1


def test_migrate_moves_the_data_folder_once_and_says_what_it_did(server, tmp_path):
    data = tmp_path / "d"
    for path in EXAMPLES:
        imported(data, path)
    director = server.person("director")
    code, out, err = cli("--data-dir", str(data), "migrate", "--to", director)
    assert (code, err) == (EXIT_OK, "") and out.startswith("Overgezet: 3; stond er al zo: 0;")
    code, out, _ = cli("--data-dir", str(data), "migrate", "--to", director)
    assert code == EXIT_OK and out.startswith("Overgezet: 0; stond er al zo: 3;")
    code, out, _ = cli("--data-dir", str(data), "migrate", "--to",
                       server.person("writer", "Huize Het Anker"))  # fmt: skip
    assert code == EXIT_NOT_READY and out.count("Niet overgezet:") == 2
    code, out, err = cli("--data-dir", str(data), "migrate", "--to", "postgresql://a:b@x/igj")
    assert (code, out) == (EXIT_ERROR, "") and "wachtwoord" in err


def test_a_dossier_taken_along_offline_and_brought_back_with_a_choice(server, tmp_path, catalogue):
    from igj_afwijken.services.dossiers import open_organisation_register, open_register

    data = str(tmp_path / "d")
    director = server.person("director")
    on_server = open_organisation_register(director, catalogue)
    example = exchange.read_file(VOLUNTEER_EXAMPLE)  # at Huize Het Anker
    on_server.add(example)
    a1, title = example.id, example.title
    anna = server.person("writer", "Huize Het Anker")
    code, out, err = cli("--data-dir", data, "take", a1, "--store", anna)
    assert (code, err) == (EXIT_OK, "") and out.startswith("Meegenomen naar de gegevensmap")
    assert title in cli("--data-dir", data, "list")[1]
    code, out, err = cli("--data-dir", data, "take", a1, "--store", anna)
    assert (code, out) == (EXIT_ERROR, "") and "al meegenomen" in err
    code, _, err = cli("take-back", a1, "--store", server.person("writer", "Huize Het Anker"))
    assert code == EXIT_ERROR and "directeur" in err and err.count("\n") == 1
    code, out, _ = cli("take-back", a1, "--store", director)
    assert code == EXIT_OK and out.startswith(f"Teruggenomen: {title}")
    on_server.save_answer(a1, catalogue.make_answer("waarom.knelpunt", "Op kantoor"))
    local = open_register(tmp_path / "d", catalogue)
    local.save_answer(a1, catalogue.make_answer("waarom.knelpunt", "Onderweg"))
    local.close()
    code, out, err = cli("--data-dir", data, "bring-back", a1)
    assert code == EXIT_ERROR and "--store" in err
    code, out, err = cli("--data-dir", data, "bring-back", a1, "--store", anna)
    assert code == EXIT_NOT_READY and out.startswith("Niet teruggebracht")
    assert catalogue.subquestion("waarom.knelpunt").text in out
    assert on_server.get(a1).answer_text("waarom.knelpunt") == "Op kantoor"
    code, out, err = cli("--data-dir", data, "bring-back", a1, "--store", anna,
                         "--keep", "mine")  # fmt: skip
    assert (code, err) == (EXIT_OK, "") and out.startswith("Teruggebracht")
    assert on_server.get(a1).answer_text("waarom.knelpunt") == "Onderweg"
    assert "Afwijking a1" not in cli("--data-dir", data, "list")[1]
    on_server.close()
