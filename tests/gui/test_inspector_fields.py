"""What the window offers for the findings an inspector would raise: question 5's stop
criterion and direction, a high risk's explanation, the privacy check and the council documents."""

from dataclasses import replace

from PySide6.QtCore import QUrl

from igj_afwijken.domain.model import PlainSummary, Risk
from igj_afwijken.formats import exchange
from tests.conftest import VOLUNTEER_EXAMPLE
from tests.gui.conftest import shown
from tests.gui.test_walk import stored, wait_saved


def _open_example(window, change=lambda dossier: None):
    dossier = exchange.read_file(VOLUNTEER_EXAMPLE)
    change(dossier)
    window.repository.add(dossier)
    window.open_dossier(dossier.id)
    return dossier


def _report(window):
    window.editor.go_to_step(6)
    return window.editor.overview_page.report.toPlainText()


def test_the_stop_criterion_and_the_direction_are_kept(window, qtbot, isolated_data_dir):
    dossier = _open_example(
        window,
        lambda d: setattr(d, "outlook", replace(d.outlook, direction="terug-naar-norm", plan="")),
    )
    assert "Beschrijf hoe en wanneer u teruggaat naar de norm" in _report(window)
    window.editor.overview_page.report.anchorClicked.emit(QUrl("veld:outlook.plan"))
    panel = window.editor.panels["vervolg"]
    assert window.editor.current_step == 5 and window.focusWidget() is panel.plan
    panel.direction.setCurrentIndex(panel.direction.findData("blijvend-anders"))
    assert "veldnorm" in panel.plan_label.text()
    panel.plan.setPlainText("We brengen de werkwijze in bij de brancheorganisatie.")
    panel.stop_criterion.setPlainText("Bij twee incidenten in een maand stoppen we.")
    wait_saved(qtbot, window)
    outlook = stored(isolated_data_dir, dossier.id).outlook
    assert outlook.direction == "blijvend-anders"
    assert outlook.plan.startswith("We brengen") and outlook.stop_criterion.startswith("Bij twee")
    assert "teruggaat naar de norm" not in _report(window)


def test_a_risk_that_stays_high_asks_for_an_explanation(window, qtbot, isolated_data_dir):
    high = Risk("Een val in de nacht", 4, 4, "Sensor bij het bed", "EVV", 4, 4)
    dossier = _open_example(window, lambda d: setattr(d, "risks", (high, *d.risks)))
    assert "blijft na de maatregelen hoog" in _report(window)
    window.editor.overview_page.report.anchorClicked.emit(QUrl("veld:risks"))
    panel = window.editor.panels["veiligheid"]
    panel.table.setCurrentIndex(panel.model.index(1, 0))  # a risk that is not high
    assert not panel.risk_explanation.isVisibleTo(panel)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.risk_explanation.isVisibleTo(panel)
    panel.risk_explanation.setPlainText("Aanvaard door de bestuurder; extra ronde om 3 uur.")
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier.id).risks[0].explanation.startswith("Aanvaard")
    assert "blijft na de maatregelen hoog" not in _report(window)


def test_a_plain_text_naming_a_client_can_be_marked_as_checked(window, qtbot, isolated_data_dir):
    text = "Mevrouw Bakker (92 jaar) krijgt hulp bij het eten."
    dossier = _open_example(
        window,
        lambda d: setattr(
            d, "plain_summaries", (PlainSummary("waarom", text), *d.plain_summaries[1:])
        ),
    )
    report = _report(window)
    assert "herkenbaar" in report and "Ik heb dit gecontroleerd" in report
    window.editor.overview_page.report.anchorClicked.emit(QUrl("gecontroleerd:plain.waarom"))
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier.id).privacy_checked
    assert "herkenbaar" not in _report(window)
    window.editor.overview_page.report.anchorClicked.emit(QUrl("veld:plain.waarom"))
    assert window.focusWidget() is window.editor.question_pages[0].plain


def test_the_council_summary_says_which_plain_texts_it_lacks(window, qtbot):
    _open_example(window, lambda d: setattr(d, "plain_summaries", d.plain_summaries[:1]))
    editor = window.editor
    editor.go_to_step(7)
    page = editor.document_page
    page.template_choice.setCurrentIndex(page.template_choice.findData("clientenraad"))
    editor.refresh()
    assert page.notice.isVisibleTo(page) and "2, 3, 4, 5" in page.notice.text()
    page.template_choice.setCurrentIndex(page.template_choice.findData("verantwoording"))
    editor.refresh()
    assert not page.notice.isVisibleTo(page)


def test_the_supervisory_board_is_asked_at_start(window, qtbot, isolated_data_dir):
    def unsaid(dossier):
        dossier.has_supervisory_board = None
        dossier.involvements = tuple(
            i for i in dossier.involvements if i.party != "raad-van-toezicht"
        )

    dossier = _open_example(window, unsaid)
    assert "Geef aan of uw organisatie een raad van toezicht heeft" in _report(window)
    window.editor.overview_page.report.anchorClicked.emit(QUrl("veld:has_supervisory_board"))
    start = window.editor.start_page
    assert window.editor.current_step == 0 and window.focusWidget() is start.supervisory_board
    start.supervisory_board.setCurrentIndex(2)  # no supervisory board
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier.id).has_supervisory_board is False
    assert "raad van toezicht" not in _report(window)
    window.editor.go_to_step(0)
    start.supervisory_board.setCurrentIndex(1)
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, dossier.id).has_supervisory_board is True
    assert "staat niet bij de betrokkenen" in _report(window)


def test_the_preview_explains_a_named_law_by_name(window, qtbot):
    _open_example(window, lambda d: setattr(d, "rule", replace(d.rule, built_on_law=False)))
    window.editor.go_to_step(0)
    window.editor.refresh()
    text = shown(qtbot, window.editor.preview)
    assert "Wet BIG" in text and "U heeft aangegeven dat de regel" not in text
