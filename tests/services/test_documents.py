"""The document services the window and the command line share: the bundle's choice of
dossiers, and a document's pages for the printer."""

import io
from datetime import datetime

import pytest

from igj_afwijken.cli import EXIT_OK, run
from igj_afwijken.domain.model import Dossier, Rule
from igj_afwijken.domain.readiness import LawGateError
from igj_afwijken.rendering.house_style import HouseStyle
from igj_afwijken.services.documents import bundle_choice, printable_document
from igj_afwijken.services.dossiers import import_exchange_file
from tests.conftest import EXAMPLES, VOLUNTEER_EXAMPLE

PRINTED_AT = datetime(2026, 12, 3, 14, 30).astimezone()


def _add(register, title, location, status="vastgesteld"):
    dossier = Dossier(title=title, location=location, status=status)
    register.add(dossier)
    return dossier.id


def test_the_bundle_of_a_location_ignores_how_its_name_is_written(register):
    anker = _add(register, "Nachtdienst", "Huize Het Anker")
    _add(register, "Weekend", "De Boomgaard")
    for spelling in ("Huize Het Anker", "huize het anker", "HUIZE HET ANKER"):
        assert [d.id for d in bundle_choice(register, spelling).dossiers] == [anker]
    assert bundle_choice(register, "Nergens").dossiers == []


def test_the_bundle_of_all_locations_holds_the_running_ones_by_location_and_title(register):
    _add(register, "Zorg b", "anker")
    _add(register, "Zorg a", "Boomgaard")
    _add(register, "Afgelopen", "Anker", status="beeindigd")
    _add(register, "Zorg c", "Anker")
    _add(register, "Zorg d", "Anker", status="concept")
    choice = bundle_choice(register)
    assert [d.title for d in choice.dossiers] == ["Zorg b", "Zorg c", "Zorg a"]
    assert choice.unreadable == []
    with_concepts = bundle_choice(register, with_concepts=True)
    assert [d.title for d in with_concepts.dossiers] == ["Zorg b", "Zorg c", "Zorg d", "Zorg a"]


def test_the_command_line_bundles_a_location_in_any_case(tmp_path):
    """The window's path goes through the same bundle_choice (tests/gui/test_document_actions.py)."""
    data = tmp_path / "d"
    for path in EXAMPLES:
        assert run(["--data-dir", str(data), "import", str(path)], io.StringIO()) == EXIT_OK
    out, output = io.StringIO(), tmp_path / "bundel.pdf"
    code = run(
        [
            "--data-dir",
            str(data),
            "bundle",
            "-l",
            "hUIZE hET aNKER",
            "--concepts",
            "-o",
            str(output),
        ],
        out,
    )
    assert code == EXIT_OK and "(1 afwijkingen" in out.getvalue()


def test_a_printed_document_has_the_header_and_footer_of_its_pdf(register, catalogue):
    dossier = import_exchange_file(register, VOLUNTEER_EXAMPLE).dossier
    house = HouseStyle(organisation="Zorggroep Oost")
    printable = printable_document(dossier, catalogue, printed_at=PRINTED_AT, house=house)
    assert printable.title == dossier.title
    assert dossier.title in printable.pages.text and len(printable.pages.pages) >= 2
    assert f"{dossier.title} · Zorggroep Oost" in printable.pages.text  # the running header
    assert "Afgedrukt op 3 december 2026 · Concept, nog niet vastgesteld" in printable.pages.text


def test_a_deviation_from_a_law_is_not_printed(catalogue):
    dossier = Dossier(title="Geen VOG", rule=Rule(kind="wet", name="Wet zorg en dwang"))
    with pytest.raises(LawGateError):
        printable_document(dossier, catalogue)


def test_only_a_format_that_carries_files_gets_the_exchange_file(
    tmp_path, example_dossier, catalogue, monkeypatch
):
    from igj_afwijken.formats import exchange
    from igj_afwijken.services.documents import render_to_file

    made = []
    real_dumps = exchange.dumps
    monkeypatch.setattr(
        exchange, "dumps", lambda dossier: made.append(dossier.id) or real_dumps(dossier)
    )
    for name in ("html", "md"):
        render_to_file(example_dossier, catalogue, tmp_path / f"document.{name}", name)
    assert made == []
    for name in ("pdf", "pdfa"):  # both PDFs: the ordinary one and the archive's PDF/A-3
        render_to_file(example_dossier, catalogue, tmp_path / f"document-{name}.pdf", name)
        assert exchange.read_file(tmp_path / f"document-{name}.pdf").id == example_dossier.id
    assert made == [example_dossier.id] * 2
