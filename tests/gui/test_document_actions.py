"""The Document step offers every kind of document; print and export use the chosen one."""

from igj_afwijken.rendering.templating import template_names
from tests.gui.conftest import shown
from tests.gui.test_walk import stored, wait_saved


def test_the_chosen_kind_of_document_is_previewed_and_exported(window, answers, tmp_path, qtbot):
    window.open_example()
    editor = window.editor
    page = editor.document_page
    assert [page.template_choice.itemData(i) for i in range(page.template_choice.count())] == (
        template_names()
    )
    editor.go_to_step(7)
    page.template_choice.setCurrentIndex(page.template_choice.findData("adviesaanvraag"))
    assert "Onze vragen aan u" in shown(qtbot, page.preview)
    assert page.preview.page_count() >= 1
    answers.save_path = str(tmp_path / "brief.html")
    window.menus.html_action.trigger()
    assert "Onze vragen aan u" in (tmp_path / "brief.html").read_text("utf-8")
    assert answers.save_path and page.current_label() == "Adviesaanvraag aan de cliëntenraad"
    window.menus.print_action.trigger()
    window.menus.print_preview_action.trigger()
    assert len(answers.printed) == 2


def test_a_plain_summary_is_saved_and_its_readability_shown(window, qtbot, isolated_data_dir):
    window.new_dossier()
    editor = window.editor
    editor.go_to_step(1)
    page = editor.question_pages[0]
    page.plain.setFocus()
    qtbot.keyClicks(page.plain, "Wij vragen bij elke nieuwe kracht een VOG. Dat is veilig.")
    qtbot.waitUntil(lambda: "Leesbaarheid" in page.readability.text(), timeout=3000)
    assert "VOG" in page.readability.text()  # jargon is named, with a plain explanation
    wait_saved(qtbot, window)
    dossier = stored(isolated_data_dir, editor.dossier.id)
    assert dossier.plain_summary("waarom").startswith("Wij vragen bij elke nieuwe kracht")
    page.plain.clear()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, editor.dossier.id).plain_summaries == ()


def test_every_format_is_exported_and_our_pdf_imports_again(window, answers, tmp_path):
    import pypdf
    from docx import Document

    from tests.gui.test_dossier_actions import _drop

    window.open_example()
    dossier_id = window.editor.dossier.id
    for action, name in (
        (window.menus.pdf_action, "gewoon.pdf"),
        (window.menus.archive_action, "archief.pdf"),
        (window.menus.docx_action, "bewerkbaar.docx"),
    ):
        answers.save_path = str(tmp_path / name)
        action.trigger()
        assert (tmp_path / name).stat().st_size > 1000, name
    assert pypdf.PdfReader(tmp_path / "gewoon.pdf").attachments
    assert pypdf.PdfReader(tmp_path / "archief.pdf").attachments  # PDF/A-3 carries it too
    assert any(
        p.style.name.startswith("Heading")
        for p in Document(tmp_path / "bewerkbaar.docx").paragraphs
    )
    window.repository.purge(dossier_id)
    _drop(window, tmp_path / "gewoon.pdf")
    assert window.editor.dossier.id == dossier_id and answers.warnings == []


def test_the_bundle_for_a_visit_is_made_from_the_window(window, answers, tmp_path):
    import pypdf

    window.open_example()
    window.open_example("ouders-insuline-gehandicaptenzorg")
    answers.choice = "Huize Het Anker"
    answers.save_path = str(tmp_path / "bundel.pdf")
    window.menus.bundle_action.trigger()
    assert any(title == "Ook concepten opnemen?" for title, _ in answers.asked)
    text = " ".join(pypdf.PdfReader(tmp_path / "bundel.pdf").pages[1].extract_text().split())
    assert "Oud-verpleegkundige" in text and "Ouders geven" not in text


def test_a_bundle_without_its_concepts_has_nothing_to_hold(window, answers, tmp_path):
    window.open_example()  # a concept: a bundle holds it only when the user says so
    answers.confirm = False
    answers.save_path = str(tmp_path / "bundel.pdf")
    window.menus.bundle_action.trigger()
    assert ("Geen bundel gemaakt", "Er zijn geen lopende afwijkingen om te bundelen.") in (
        answers.asked
    )
    assert not (tmp_path / "bundel.pdf").exists()


def test_a_bundle_of_laws_alone_says_why_there_is_none(window, answers, tmp_path):
    window.open_example()
    start = window.editor.start_page
    start.rule_kind.setCurrentIndex(start.rule_kind.findData("wet"))
    answers.confirm = True  # take the concept in
    answers.save_path = str(tmp_path / "bundel.pdf")
    window.menus.bundle_action.trigger()
    title, text = answers.asked[-1]
    assert title == "Geen bundel gemaakt"
    assert "wijkt af van een wet" in text and window.editor.dossier.title in text
    assert answers.warnings == [] and not (tmp_path / "bundel.pdf").exists()


def test_the_bundle_takes_a_location_in_any_case(window, answers, tmp_path, monkeypatch):
    """The window asks the same service as the command line, which ignores case."""
    import pypdf

    from igj_afwijken.services import documents

    asked = []
    real_choice = documents.bundle_choice
    monkeypatch.setattr(
        documents,
        "bundle_choice",
        lambda store, place, **options: asked.append(place) or real_choice(store, place, **options),
    )
    window.open_example()
    window.open_example("ouders-insuline-gehandicaptenzorg")
    answers.choice = "HUIZE het anker"
    answers.save_path = str(tmp_path / "bundel.pdf")
    window.menus.bundle_action.trigger()
    assert set(asked) == {"HUIZE het anker"} and answers.warnings == []
    text = " ".join(pypdf.PdfReader(tmp_path / "bundel.pdf").pages[1].extract_text().split())
    assert "Oud-verpleegkundige" in text and "Ouders geven" not in text


def test_the_preview_follows_the_house_style_and_offers_the_organisations_templates(
    window, isolated_data_dir, qtbot
):
    from igj_afwijken.rendering.house_style import HouseStyle, save_house_style

    window.open_example()
    editor = window.editor
    save_house_style(isolated_data_dir, HouseStyle(organisation="Zorggroep Test", accent="#8a1538"))
    folder = isolated_data_dir / "sjablonen"
    folder.mkdir()
    (folder / "mijnbrief.html.j2").write_text(
        "<html><body><h1>Brief over {{ dossier.title }}</h1></body></html>", "utf-8"
    )
    editor.go_to_step(7)
    page = editor.document_page
    assert page.template_choice.findData("mijnbrief") >= 0
    assert "Zorggroep Test" in shown(qtbot, page.preview)
    assert has_colour(page.preview.strip.grab().toImage(), (0x8A, 0x15, 0x38))
    page.template_choice.setCurrentIndex(page.template_choice.findData("mijnbrief"))
    text = shown(qtbot, page.preview)
    assert f"Brief over {editor.dossier.title}" in text  # the organisation's own template,
    assert page.preview.page_count() == 1  # on the program's pages, as it will print
    assert "Verantwoording afwijking" not in text


def has_colour(image, colour) -> bool:
    """Whether the image has pixels of about this colour (the accent of a heading)."""
    step = 3
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            if all(abs(a - b) < 16 for a, b in zip(pixel.getRgb()[:3], colour, strict=True)):
                return True
    return False


def test_the_export_menu_is_made_from_the_registered_formats(make_window, answers, tmp_path):
    from igj_afwijken.rendering import writers

    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    exports = [text for text in texts if text.startswith("Exporteren als")]
    assert exports == [
        "Exporteren als &PDF…",
        "Exporteren als PDF/A voor het a&rchief…",
        "Exporteren als &Word…",
        "Exporteren als &HTML…",
        "Exporteren als &Markdown…",
    ]
    assert list(window.menus.export_actions) == [w.name for w in writers.menu_writers()]
    assert window.menus.pdf_action.shortcut().toString() == "Ctrl+E"


def test_a_registered_format_is_offered_and_exported_by_the_window(
    make_window, answers, tmp_path, monkeypatch
):
    from igj_afwijken.gui import dialogs
    from igj_afwijken.rendering import writers
    from tests.rendering.test_writers import TEXT_WRITER

    monkeypatch.setattr(writers, "WRITERS", (*writers.WRITERS, TEXT_WRITER))
    asked = []
    monkeypatch.setattr(
        dialogs, "save_file_path", lambda *a: asked.append(a[1:]) or str(tmp_path / "tekst")
    )
    window = make_window()
    action = window.menus.export_actions["txt"]
    assert action.text() == "Exporteren als &tekst…"
    assert action in window.menuBar().actions()[0].menu().actions()
    assert not action.isEnabled()  # no dossier open yet
    window.open_example()
    assert action.isEnabled()
    action.trigger()
    title, _suggested, file_filter = asked[0]
    assert (title, file_filter) == ("Document opslaan als tekst", "Tekstbestanden (*.txt)")
    assert (tmp_path / "tekst.txt").read_text("utf-8").startswith("txt\n")
    assert answers.warnings == []


def test_a_bundle_cancelled_in_its_progress_dialog_writes_nothing(
    window, answers, tmp_path, monkeypatch
):
    from igj_afwijken.gui import dialogs

    class PressedCancel:
        def __call__(self, done, total):
            return done == 0  # the user presses Annuleren after the first dossier

        def close(self):
            pass

    monkeypatch.setattr(dialogs, "progress", lambda *args: PressedCancel())
    window.open_example()
    answers.save_path = str(tmp_path / "bundel.pdf")
    window.menus.bundle_action.trigger()
    assert not (tmp_path / "bundel.pdf").exists()
    assert window.statusBar().currentMessage() == "De bundel is niet gemaakt."


def test_the_progress_dialog_answers_false_once_cancelled(qtbot):
    from igj_afwijken.gui.dialogs import Progress

    progress = Progress(None, "De bundel wordt gemaakt…", "Annuleren", 3)
    assert progress(1, 3)
    progress._dialog.cancel()
    assert not progress(2, 3)
    progress.close()


def test_the_document_step_says_when_the_advice_can_no_longer_come_in_time(
    window, qtbot, isolated_data_dir
):
    from dataclasses import replace

    window.open_example()
    editor = window.editor
    dossier = editor.dossier
    dossier.council_advice = replace(dossier.council_advice, asked_on=dossier.start_date)
    editor.go_to_step(7)
    page = editor.document_page
    page.template_choice.setCurrentIndex(page.template_choice.findData("adviesaanvraag"))
    editor.refresh()
    assert page.notice.isVisible()
    assert "vóór de ingangsdatum" in page.notice.text()
    page.template_choice.setCurrentIndex(page.template_choice.findData("verantwoording"))
    editor.refresh()
    assert "vóór de ingangsdatum" not in page.notice.text() or not page.notice.isVisible()


def test_after_an_export_the_file_and_its_folder_open_from_the_status_bar(
    window, answers, tmp_path, qtbot, monkeypatch
):
    from PySide6.QtCore import Qt

    from igj_afwijken.gui import saved_file_note

    opened = []
    monkeypatch.setattr(saved_file_note, "open_with_system", lambda p: opened.append(p) or True)
    window.open_example()
    answers.save_path = str(tmp_path / "verantwoording.pdf")
    window.menus.pdf_action.trigger()
    note = window.saved_file_note
    assert note.isVisible() and "verantwoording.pdf" in note.text.text()
    qtbot.mouseClick(note.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(note.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "verantwoording.pdf", tmp_path]

    answers.save_path = str(tmp_path / "uitwisseling.igj.json")
    window.menus.exchange_action.trigger()
    assert note.path == tmp_path / "uitwisseling.igj.json" and note.isVisible()


def test_the_document_step_says_whether_the_pdf_carries_the_dossier(window, answers, tmp_path):
    import pypdf

    window.open_example()
    window.editor.go_to_step(7)
    page = window.editor.document_page
    exported = []

    def export(template: str, checked: bool | None = None) -> dict:
        page.template_choice.setCurrentIndex(page.template_choice.findData(template))
        if checked is not None:
            page.embed_dossier.setChecked(checked)
        answers.save_path = str(tmp_path / f"{len(exported)}.pdf")
        window.menus.pdf_action.trigger()
        exported.append(answers.save_path)
        return pypdf.PdfReader(answers.save_path).attachments

    # each kind of document starts from its own default: the full one carries the dossier,
    # those for the council's volunteers do not
    assert export("verantwoording") and page.embed_dossier.isChecked()
    assert not export("clientenraad") and not page.embed_dossier.isChecked()
    assert not export("adviesaanvraag") and not page.embed_dossier.isChecked()
    # the user may ask otherwise, either way
    assert export("clientenraad", checked=True)
    assert not export("verantwoording", checked=False)
    answers.save_path = str(tmp_path / "archief.pdf")
    window.menus.archive_action.trigger()
    assert not pypdf.PdfReader(answers.save_path).attachments
    assert answers.warnings == []
