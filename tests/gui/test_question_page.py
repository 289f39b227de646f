"""Guidance while writing: why and what the inspectorate looks for, examples per sector,
topic checklists, the next evaluation date, readiness links and starting from an example."""

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.conftest import EXAMPLES
from tests.gui.conftest import type_date
from tests.gui.test_walk import stored, wait_saved


def _tick(qtbot, box):
    """Click the box itself: a check box only answers to clicks on its mark and its text."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _new(window, qtbot):
    qtbot.mouseClick(window.home.welcome_new_button, Qt.MouseButton.LeftButton)
    return window.editor


def test_each_question_step_says_why_and_what_the_inspectorate_looks_for(window, qtbot, catalogue):
    editor = _new(window, qtbot)
    for page, question in zip(editor.question_pages, catalogue.questions, strict=True):
        editor.go_to_step(question.number)
        why = page.findChild(QLabel, f"why:{question.id}")
        assert why.isVisible() and why.text() == question.why
        for sub in question.subquestions:
            shown = page.findChild(QLabel, f"inspectie:{sub.id}")
            assert shown.isVisible() and "Waar let de inspectie op?" in shown.text()


def test_the_sectors_own_example_is_offered_first(window, qtbot, catalogue):
    sub = next(s for s in catalogue.subquestions() if any(e.sectors for e in s.examples))
    sector_example = next(e for e in sub.examples if e.sectors)
    editor = _new(window, qtbot)
    start = editor.start_page
    start.sector.setCurrentIndex(start.sector.findData(sector_example.sectors[0]))
    page = editor.question_pages[catalogue.question_of(sub.id).number - 1]
    editor.go_to_step(catalogue.question_of(sub.id).number)
    qtbot.mouseClick(
        page.findChild(QPushButton, f"exampleToggle:{sub.id}"), Qt.MouseButton.LeftButton
    )
    shown = page.findChild(QLabel, f"example:{sub.id}").text()
    assert shown.index(sector_example.text) < min(
        (shown.index(e.text) for e in sub.examples if e is not sector_example), default=len(shown)
    )


def test_sector_tips_show_beside_the_question_they_help(window, qtbot, catalogue):
    tip = catalogue.sector_tips[0]
    editor = _new(window, qtbot)
    page = editor.question_pages[catalogue.question_of(tip.question).number - 1]
    tips = page.findChild(QLabel, f"tips:{tip.question}")
    assert tip.text not in tips.text()
    editor.start_page.sector.setCurrentIndex(editor.start_page.sector.findData(tip.sector))
    editor.go_to_step(catalogue.question_of(tip.question).number)
    assert tips.isVisible() and tip.text in tips.text()


def test_a_chosen_topic_brings_its_checklist_which_is_saved(
    window, qtbot, catalogue, isolated_data_dir
):
    editor = _new(window, qtbot)
    topic = catalogue.topic("vrijwilligers")
    rows = {}
    for page in editor.question_pages:
        rows.update(page.checklist_rows)
    assert rows == {}
    _tick(qtbot, editor.start_page.topic_boxes["vrijwilligers"])
    for page in editor.question_pages:
        rows.update(page.checklist_rows)
    assert set(rows) == {item.id for item in topic.items}

    item = topic.items[0]
    page = editor.question_pages[catalogue.question_of(item.question).number - 1]
    editor.go_to_step(catalogue.question_of(item.question).number)
    row = page.checklist_rows[item.id]
    qtbot.mouseClick(row.buttons["nee"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, "Nog niet geregeld")
    wait_saved(qtbot, window)
    answer = stored(isolated_data_dir, editor.dossier.id).checklist[item.id]
    assert (answer.value, answer.note, answer.item_text) == ("nee", "Nog niet geregeld", item.text)
    assert stored(isolated_data_dir, editor.dossier.id).topics == ("vrijwilligers",)

    _tick(qtbot, editor.start_page.topic_boxes["vrijwilligers"])
    assert all(not page.checklist_rows for page in editor.question_pages)
    _tick(qtbot, editor.start_page.topic_boxes["vrijwilligers"])
    assert page.checklist_rows[item.id].value == "nee"  # nothing answered is lost


def test_the_next_evaluation_date_is_asked_at_question_5_and_saved(
    window, qtbot, isolated_data_dir
):
    editor = _new(window, qtbot)
    page = editor.question_pages[4]
    editor.go_to_step(5)
    assert page.next_evaluation.isVisible()
    type_date(qtbot, page.next_evaluation, "1 maart 2027")
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, editor.dossier.id).next_evaluation == date(2027, 3, 1)


def test_the_overview_names_the_gaps_and_each_link_leads_to_its_field(window, qtbot, catalogue):
    editor = _new(window, qtbot)
    _tick(qtbot, editor.start_page.topic_boxes["mantelzorg"])
    editor.go_to_step(6)
    report = editor.overview_page.report.toPlainText()
    assert "Nog niet klaar" in report
    assert "Nodig: Beantwoord nog:" in report and "Advies: Plan de volgende evaluatie" in report
    assert "blokkerend" not in report.lower() and "(en)" not in report
    assert "Checklist Mantelzorgers" in report

    item = catalogue.topic("mantelzorg").items[0]
    editor.overview_page.report.anchorClicked.emit(QUrl(f"veld:{item.id}"))
    page = editor.question_pages[catalogue.question_of(item.question).number - 1]
    assert editor.current_step == catalogue.question_of(item.question).number
    assert page.checklist_rows[item.id].isAncestorOf(window.focusWidget())

    editor.overview_page.report.anchorClicked.emit(QUrl("veld:next_evaluation"))
    assert (
        editor.current_step == 5
        and window.focusWidget() is editor.question_pages[4].next_evaluation
    )
    editor.overview_page.report.anchorClicked.emit(QUrl("veld:topics"))
    assert (
        editor.current_step == 0 and window.focusWidget() in editor.start_page.topic_boxes.values()
    )


def test_every_example_can_be_started_from(window, qtbot, catalogue):
    assert len(EXAMPLES) >= 3
    assert set(window.home.example_buttons) == {path.stem for path in EXAMPLES}
    assert len(window.menus.examples_menu.actions()) == len(EXAMPLES)
    for index, example in enumerate(window.examples):
        window.show_home()
        if index == 0:  # nothing stored yet: the welcome page offers every example
            assert window.home.pages.currentIndex() == 0
            qtbot.mouseClick(window.home.example_buttons[example.name], Qt.MouseButton.LeftButton)
        else:  # beside the list, the button's menu does
            window.home.example_menu.actions()[index].trigger()
        dossier = window.editor.dossier
        assert dossier.title.startswith("Voorbeeld: ")
        editor = window.editor
        editor.go_to_step(6)
        assert "Alle vragen zijn beantwoord" in editor.overview_page.report.toPlainText()
        rows = {}
        for page in editor.question_pages:
            rows.update(page.checklist_rows)
        assert set(rows) == set(dossier.checklist) and rows
        assert all(rows[i].value == a.value for i, a in dossier.checklist.items())


def test_scrolling_over_a_date_field_never_changes_it(window, qtbot, isolated_data_dir):
    editor = _new(window, qtbot)
    editor.go_to_step(5)
    field = editor.question_pages[4].next_evaluation
    editor.question_pages[4].editors["evaluatie.signalen"].setFocus()
    centre = QPointF(field.width() / 2, field.height() / 2)
    wheel = QWheelEvent(
        centre, field.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(field, wheel)
    assert field.value() is None
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the first step from "nog niet gepland" is today
    assert field.value() == date.today()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, editor.dossier.id).next_evaluation == date.today()


def test_topics_and_a_sector_this_version_does_not_know_are_kept(
    window, qtbot, repository, isolated_data_dir
):
    from igj_afwijken.domain.model import Dossier

    dossier = Dossier(title="Uit een nieuwere versie", sector="ruimtevaart")
    dossier.topics = ("vrijwilligers", "robotica")
    repository.add(dossier)
    window.open_dossier(dossier.id)
    qtbot.keyClicks(window.editor.start_page.title, "!")
    _tick(qtbot, window.editor.start_page.topic_boxes["mantelzorg"])
    wait_saved(qtbot, window)
    kept = stored(isolated_data_dir, dossier.id)
    assert set(kept.topics) == {"vrijwilligers", "robotica", "mantelzorg"}
    assert kept.sector == "ruimtevaart"


def test_tab_leaves_an_empty_date_field(window, qtbot):
    editor = _new(window, qtbot)
    editor.go_to_step(5)
    field = editor.question_pages[4].next_evaluation
    field.setFocus()
    assert field.value() is None and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()


def test_the_next_evaluations_calendar_opens_at_a_start_date_ahead(window, qtbot):
    editor = _new(window, qtbot)
    start = date.today().replace(day=1) + timedelta(days=400)
    type_date(qtbot, editor.start_page.start_date, f"{start.day}-{start.month}-{start.year}")
    editor.go_to_step(5)
    field = editor.question_pages[4].next_evaluation
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (start.year, start.month)
    assert field.value() is None  # looking is not choosing


def test_the_word_count_sits_right_under_its_field_and_the_field_grows_with_its_text(
    window, qtbot, catalogue
):
    from PySide6.QtWidgets import QLabel

    editor = _new(window, qtbot)
    for number, page in enumerate(editor.question_pages, start=1):
        editor.go_to_step(number)
        for sub_id, field in page.editors.items():
            words = page.findChild(QLabel, f"words:{sub_id}")
            gap = (
                words.mapTo(page, QPoint(0, 0)).y()
                - field.mapTo(page, QPoint(0, field.height())).y()
            )
            assert 0 <= gap <= 12, (sub_id, gap)
    page = editor.question_pages[0]
    editor.go_to_step(1)
    field = next(iter(page.editors.values()))
    empty_height = field.height()
    assert empty_height <= 4 * field.fontMetrics().lineSpacing() + 30  # about three lines
    field.setFocus()
    for _ in range(12):
        qtbot.keyClicks(field, "Een regel.")
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.height() > empty_height + 6 * field.fontMetrics().lineSpacing())


def _boxes_in_view(page) -> int:
    """How many sub-question boxes the step shows whole, without scrolling."""
    viewport = page.viewport()
    shown = 0
    for field in page.editors.values():
        box = field.parentWidget()
        top = box.mapTo(viewport, QPoint(0, 0)).y()
        shown += top >= 0 and top + box.height() <= viewport.height()
    return shown


def test_hiding_the_help_shows_more_sub_questions_at_once_and_is_kept(
    make_window, qtbot, catalogue
):
    window = make_window()
    window.resize(1366, 740)  # the common care laptop, less the task bar
    window.open_example()
    window.editor.go_to_step(1)
    page = window.editor.question_pages[0]
    guidance = page.findChild(QWidget, f"guidance:{catalogue.questions[0].subquestions[0].id}")
    qtbot.waitUntil(lambda: guidance.isVisible())
    shown_with_help = _boxes_in_view(page)
    box = next(iter(page.editors.values())).parentWidget()
    height_with_help = box.height()

    window.menus.guidance_action.trigger()
    qtbot.waitUntil(lambda: not guidance.isVisible())
    for other in window.editor.question_pages:
        assert not any(
            widget.isVisibleTo(other)
            for widget in other.findChildren(QWidget)
            if widget.objectName().startswith("guidance:")
        )
    qtbot.waitUntil(lambda: box.height() < height_with_help)
    assert _boxes_in_view(page) > shown_with_help
    field = next(iter(page.editors.values()))
    assert field.width() > 0.8 * box.width()  # the field takes the room the help had
    window.close()

    again = make_window()
    again.open_example()
    again.editor.go_to_step(1)
    assert not again.menus.guidance_action.isChecked()
    assert not again.editor.question_pages[0].findChild(QWidget, guidance.objectName()).isVisible()
    again.menus.guidance_action.trigger()
    assert again.editor.question_pages[0].findChild(QWidget, guidance.objectName()).isVisible()
