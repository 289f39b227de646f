"""Taking a dossier of the organisation store along in the window, working on it offline, and
bringing it back; and what others see meanwhile."""

from PySide6.QtGui import QTextCursor

from igj_afwijken.services.dossiers import open_register
from igj_afwijken.storage.organisation import open_organisation_store
from tests.gui.test_main_window import _choose_store
from tests.gui.test_walk import wait_saved

ANCHOR = "Huize Het Anker"


def _first_answer(window):
    window.editor.go_to_step(1)
    return window.editor.question_pages[0].editors["waarom.knelpunt"]


def _type_at_end(qtbot, field, text):
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, text)


def test_taken_along_worked_on_offline_and_brought_back_in_the_window(
    make_window, qtbot, server, isolated_data_dir, catalogue, answers
):
    anna = server.person("writer", ANCHOR)
    _choose_store(isolated_data_dir, anna)
    window = make_window()
    window.open_example()  # her copy of the example, on the server
    wait_saved(qtbot, window)
    dossier_id = window.editor.dossier.id
    menus = window.menus
    assert menus.take_action.isEnabled() and not menus.bring_back_action.isEnabled()
    menus.take_action.trigger()
    assert answers.asked[-1][0] == "Meegenomen" and answers.warnings == []
    field = _first_answer(window)
    assert field.isReadOnly() and window.editor.taken_note.isVisible()
    assert "U heeft deze afwijking" in window.editor.taken_note.text()
    assert not menus.take_action.isEnabled() and menus.bring_back_action.isEnabled()
    assert not menus.adopt_action.isEnabled()
    before = field.toPlainText()
    _type_at_end(qtbot, field, " Dit mag hier niet.")
    assert field.toPlainText() == before
    colleague = open_organisation_store(server.person("reader", ANCHOR))
    try:
        assert colleague.taken_marks()[dossier_id].who == window.repository._db.info.user
    finally:
        colleague.close()
    assert window.close()

    _choose_store(isolated_data_dir, "")  # offline: the data folder
    offline = make_window()
    assert not offline.on_server
    offline.open_dossier(dossier_id)
    field = _first_answer(offline)
    assert not field.isReadOnly() and "Meegenomen uit het organisatieregister" in (
        offline.editor.taken_note.text()
    )
    _type_at_end(qtbot, field, " Onderweg geschreven.")
    wait_saved(qtbot, offline)
    assert offline.close()

    _choose_store(isolated_data_dir, anna)  # back in the office
    window = make_window()
    window.open_dossier(dossier_id)
    assert _first_answer(window).isReadOnly()
    window.menus.bring_back_action.trigger()
    assert answers.warnings == []
    field = _first_answer(window)
    assert field.toPlainText().endswith("Onderweg geschreven.") and not field.isReadOnly()
    assert not window.editor.taken_note.isVisible()
    assert window.menus.take_action.isEnabled()
    with server.admin() as admin:
        (text,) = admin.execute(
            "SELECT text FROM answers WHERE dossier_id = %s AND question_id = 'waarom.knelpunt'",
            (dossier_id,),
        ).fetchone()
        assert admin.execute("SELECT count(*) FROM taken").fetchone() == (0,)
    assert text.endswith("Onderweg geschreven.")
    local = open_register(isolated_data_dir, catalogue)
    try:
        assert not local.exists(dossier_id)
    finally:
        local.close()
    _type_at_end(qtbot, field, " Weer op kantoor.")
    wait_saved(qtbot, window)


def test_others_see_it_read_only_and_a_director_takes_it_back(
    make_window, qtbot, server, isolated_data_dir, catalogue, answers, tmp_path
):
    from igj_afwijken.services.take_along import take_along

    anna = open_organisation_store(server.person("writer", ANCHOR))
    elsewhere = open_register(tmp_path / "anna", catalogue)
    try:
        take_along(anna, elsewhere, tmp_path / "anna", "a1")
        who = anna.taken_marks()["a1"].who
    finally:
        elsewhere.close()
        anna.close()
    _choose_store(isolated_data_dir, server.person("director"))
    window = make_window()
    window.open_dossier("a1")
    editor = window.editor
    assert editor.read_only and who in editor.taken_note.text()
    assert editor.start_page.title.isReadOnly()
    menus = window.menus
    assert not menus.take_action.isEnabled() and not menus.bring_back_action.isEnabled()
    answers.confirm = False
    menus.take_back_action.trigger()
    assert editor.read_only  # not without saying yes
    answers.confirm = True
    menus.take_back_action.trigger()
    assert who in answers.asked[-1][1]
    assert not editor.read_only and not editor.taken_note.isVisible()
    assert not editor.start_page.title.isReadOnly()
    field = _first_answer(window)
    _type_at_end(qtbot, field, " De directeur schrijft.")
    wait_saved(qtbot, window)
    assert answers.warnings == []


def test_a_dossier_taken_along_elsewhere_locks_when_the_notice_comes(
    make_window, qtbot, server, isolated_data_dir, catalogue, tmp_path
):
    from igj_afwijken.services.take_along import take_along

    _choose_store(isolated_data_dir, server.person("writer", ANCHOR))
    window = make_window()
    window.open_dossier("a1")
    assert not window.editor.read_only
    anna = open_organisation_store(server.person("writer", ANCHOR))
    elsewhere = open_register(tmp_path / "anna", catalogue)
    try:
        take_along(anna, elsewhere, tmp_path / "anna", "a1")
    finally:
        elsewhere.close()
        anna.close()
    qtbot.waitUntil(lambda: window.editor.read_only, timeout=8000)
    assert window.menus.take_back_action.isEnabled()


def test_the_data_folders_dossiers_move_in_once_from_the_window(
    make_window, qtbot, server, isolated_data_dir, catalogue, answers
):
    from igj_afwijken.formats import exchange
    from tests.conftest import EXAMPLES

    local = open_register(isolated_data_dir, catalogue)
    try:
        for path in EXAMPLES:
            local.add(exchange.read_file(path))
    finally:
        local.close()
    window = make_window()
    assert not window.menus.move_in_action.isEnabled()  # there is no server to move into
    assert window.close()
    _choose_store(isolated_data_dir, server.person("director"))
    window = make_window()
    action = window.menus.move_in_action
    assert action.isEnabled()
    answers.confirm = False
    action.trigger()
    assert len(window.repository.summaries()) == 3  # a1, a2, b1: nothing moved yet
    answers.confirm = True
    action.trigger()
    assert answers.asked[-1][1].startswith("Overgezet: 3. Stond er al zo: 0.")
    model = window.home.model
    titles = {model.summary(row).title for row in range(model.rowCount())}
    assert {exchange.read_file(path).title for path in EXAMPLES} <= titles
    action.trigger()
    assert answers.asked[-1][1].startswith("Overgezet: 0. Stond er al zo: 3.")
    assert answers.warnings == []
