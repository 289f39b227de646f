"""The window itself: what its status bar says about saving, its size and layout kept from one
start to the next, and closing (saved first, asked when something could not be)."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor

from igj_afwijken.gui.application import create_application
from igj_afwijken.gui.autosave import SaveState
from igj_afwijken.gui.settings import AppSettings
from igj_afwijken.storage.postgres.repository import RECONNECT_PAUSE
from tests.gui.test_walk import stored, wait_saved


def test_a_save_failure_shows_the_error_and_keeps_the_text(window, qtbot, isolated_data_dir):
    """The store refuses writes as on a read-only data folder ("attempt to write a readonly
    database"); the text must stay in its field, the state must say so, and the save must
    succeed on its own once writing works again."""
    window.new_dossier()
    window.editor.go_to_step(1)
    field = window.editor.question_pages[0].editors["waarom.knelpunt"]
    window.autosaver.flush()
    window.autosaver.repository.connection.execute("PRAGMA query_only = 1")
    field.setFocus()
    qtbot.keyClicks(field, "Dit mag niet verloren gaan")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.FAILED, timeout=5000)
    assert "mislukt" in window.save_state.text() and "alleen-lezen" in window.save_state.text()
    assert field.toPlainText() == "Dit mag niet verloren gaan"
    assert stored(isolated_data_dir, window.editor.dossier.id).answer_text("waarom.knelpunt") == ""

    window.autosaver.repository.connection.execute("PRAGMA query_only = 0")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=5000)
    assert window.save_state.text() == "Alles opgeslagen"
    dossier = stored(isolated_data_dir, window.editor.dossier.id)
    assert dossier.answer_text("waarom.knelpunt") == "Dit mag niet verloren gaan"


def test_closing_with_an_unsaved_failure_asks_first(window, qtbot, answers):
    window.new_dossier()
    window.autosaver.flush()
    window.autosaver.repository.connection.execute("PRAGMA query_only = 1")
    window.editor.start_page.title.setFocus()
    qtbot.keyClicks(window.editor.start_page.title, " extra")
    answers.confirm = False
    window.close()
    assert window.isVisible()
    assert "niet worden opgeslagen" in answers.asked[-1][1]
    window.autosaver.repository.connection.execute("PRAGMA query_only = 0")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=5000)


def test_window_size_and_splitter_are_remembered(make_window, qtbot):
    first = make_window()
    first.open_example()
    first.resize(780, 560)
    first.editor.splitter.setSizes([220, 300, 260])
    sizes = first.editor.splitter.sizes()
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (780, 560)
    assert second.editor.splitter.sizes() == sizes


def test_a_filter_or_preview_pending_at_closing_does_not_reach_the_closed_store(make_window, qtbot):
    window = make_window()
    window.open_example()
    window.editor._changed()  # a preview refresh is due
    window.show_home()
    window.home.filter.setText("zoek")  # and a filter is being typed
    window.close()
    qtbot.wait(700)  # past both delays: nothing may touch the closed store
    assert not window.isVisible()


def _choose_store(isolated_data_dir, address: str) -> None:
    settings = AppSettings(isolated_data_dir)
    settings.set_organisation_store(address)
    settings.sync()


def test_the_window_works_in_the_organisation_store_with_the_persons_rights(
    make_window, qtbot, server, isolated_data_dir, catalogue, answers
):
    _choose_store(isolated_data_dir, server.person("writer", "Huize Het Anker"))
    window = make_window()
    assert window.on_server and not window.menus.restore_backup_action.isEnabled()
    model = window.home.model
    home_ids = {model.summary(row).id for row in range(model.rowCount())}
    assert home_ids == {"a1", "a2"}  # De Boei's b1 is not there for her
    window.open_example()  # her own copy of the example, at Huize Het Anker, on the server
    editor = window.editor
    dossier_id = editor.dossier.id
    editor.go_to_step(1)
    field = editor.question_pages[0].editors["waarom.knelpunt"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " Getypt in het gedeelde register.")
    wait_saved(qtbot, window)
    with server.admin() as admin:
        (text,) = admin.execute(
            "SELECT text FROM answers WHERE dossier_id = %s AND question_id = 'waarom.knelpunt'",
            (dossier_id,),
        ).fetchone()
        (who,) = admin.execute(
            "SELECT changed_by FROM changes WHERE dossier_id = %s ORDER BY id DESC LIMIT 1",
            (dossier_id,),
        ).fetchone()
    assert text.endswith("Getypt in het gedeelde register.") and who.startswith("p_")
    assert window.close() and answers.warnings == []
    assert not list((isolated_data_dir / "reservekopieen").glob("*"))  # the server's, not ours


def _register_ids(window) -> set[str]:
    model = window.home.model
    return {model.summary(row).id for row in range(model.rowCount())}


def test_a_register_the_server_cannot_give_is_said_and_read_again_once_it_can(
    make_window, qtbot, server, isolated_data_dir
):
    """The organisation server stops while the window is open: a filter typed then says in
    the register why it cannot be read, without a traceback; once the server is back, the
    next one shows the rows."""
    _choose_store(isolated_data_dir, server.person("writer", "Huize Het Anker"))
    window = make_window()
    home = window.home
    assert _register_ids(window) == {"a1", "a2"}
    server.cluster.stop_server()
    try:
        home.filter.setText("afwijking")
        qtbot.waitUntil(lambda: not home.nothing_found.isHidden(), timeout=5000)
        said = home.nothing_found.text()
        assert "kon niet worden gelezen. De organisatieserver is niet bereikbaar" in said
        assert "Traceback" not in said and "\n" not in said
    finally:
        server.cluster.start_server()
    qtbot.wait(int(RECONNECT_PAUSE * 1000) + 100)  # found away: not asked again before
    home.filter.setText("afwijking a")
    qtbot.waitUntil(lambda: _register_ids(window) == {"a1", "a2"}, timeout=5000)
    assert home.nothing_found.isHidden(), home.nothing_found.text()


def test_a_server_not_yet_set_up_for_this_release_opens_the_window_and_says_so(
    make_window, qtbot, postgres, isolated_data_dir
):
    """The register's question is revision 5 of the organisation store: on a server the
    administrator has not yet brought up to date, the window still opens (its settings can
    be reached) and the register says what to do."""

    import psycopg

    from igj_afwijken.storage.organisation import grant, init_server
    from tests.conftest import store_of_revision

    database, url = store_of_revision(postgres, "0004")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("DO $$ BEGIN CREATE ROLE carla LOGIN;"
                      " EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
    grant(url, "carla", "director")
    _choose_store(isolated_data_dir, postgres.url("carla", database))
    window = make_window()
    assert window.on_server
    home = window.home
    qtbot.waitUntil(lambda: not home.nothing_found.isHidden(), timeout=5000)
    assert "server init" in home.nothing_found.text()
    init_server(url)
    window.refresh_home()
    assert home.nothing_found.isHidden(), home.nothing_found.text()


def test_an_unreachable_organisation_store_is_said_and_the_data_folder_is_used(
    make_window, qtbot, postgres, isolated_data_dir, answers
):
    _choose_store(isolated_data_dir, postgres.url().replace(f"port={postgres.port}", "port=1"))
    window = make_window()
    qtbot.waitUntil(lambda: answers.warnings != [], timeout=3000)
    assert "niet bereikbaar" in answers.warnings[0] and "gegevensmap" in answers.warnings[0]
    assert not window.on_server
    window.open_example()
    wait_saved(qtbot, window)
    assert stored(isolated_data_dir, window.editor.dossier.id).title


def _typing_on_the_server(make_window, qtbot, server, data_dir):
    """A window in the organisation store as a writer of Huize Het Anker, with the example
    opened as her copy, saved, and the cursor at the end of its first answer."""
    _choose_store(data_dir, server.person("writer", "Huize Het Anker"))
    window = make_window()
    window.open_example()
    wait_saved(qtbot, window)
    window.editor.go_to_step(1)
    field = window.editor.question_pages[0].editors["waarom.knelpunt"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    return window, field


def test_opening_a_dossier_on_the_server_rehearses_its_first_save_beside_the_window(
    make_window, qtbot, server, isolated_data_dir
):
    """The server prepares its side of a save the first time a connection saves (57 ms with
    twenty programs at once, against 5-10 ms after): the window's writer rehearses one when a
    dossier opens, rolled back, before anything typed there is saved."""
    with server.admin() as admin:
        admin.execute(
            "CREATE FUNCTION test_saved() RETURNS trigger LANGUAGE plpgsql AS"
            " $$ BEGIN RAISE NOTICE 'saved % %', NEW.dossier_id, NEW.text; RETURN NULL; END $$"
        )
        admin.execute(
            "CREATE TRIGGER test_saved AFTER INSERT OR UPDATE ON answers"
            " FOR EACH ROW EXECUTE FUNCTION test_saved()"
        )
    _choose_store(isolated_data_dir, server.person("writer", "Huize Het Anker"))
    window = make_window()
    seen: list[str] = []
    window.autosaver.repository._db.add_notice_handler(
        lambda notice: seen.append(notice.message_primary or "")
    )
    assert window.open_dossier("a1")
    window.autosaver.flush()
    assert seen == ["saved a1 Te weinig personeel "]
    with server.admin() as admin:
        assert admin.execute("SELECT text FROM answers WHERE dossier_id = 'a1'").fetchall() == [
            ("Te weinig personeel",)
        ]


def test_others_saves_show_in_the_register_and_the_open_dossier_but_never_under_the_cursor(
    make_window, qtbot, server, isolated_data_dir, catalogue
):
    from igj_afwijken.storage.organisation import open_organisation_store

    window, mine = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    editor = window.editor
    dossier_id = editor.dossier.id
    qtbot.keyClicks(mine, " Mijn zin.")
    typed = mine.toPlainText()
    theirs = next(p for p in editor.question_pages if "evaluatie.signalen" in p.editors)
    colleague = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        colleague.save_answer(dossier_id, catalogue.make_answer("waarom.knelpunt", "Hun tekst"))
        colleague.save_answer(
            dossier_id, catalogue.make_answer("evaluatie.signalen", "Door een collega bijgewerkt")
        )
        field = theirs.editors["evaluatie.signalen"]
        qtbot.waitUntil(lambda: field.toPlainText() == "Door een collega bijgewerkt", timeout=8000)
        assert mine.toPlainText() == typed  # the field being typed in is left alone
        window.show_home()
        a1 = colleague.get("a1")
        a1.title = "Nachtzorg, door een collega hernoemd"
        colleague.save_facts(a1)
        model = window.home.model
        qtbot.waitUntil(
            lambda: any(model.summary(row).title == a1.title for row in range(model.rowCount())),
            timeout=8000,
        )
    finally:
        colleague.close()


def test_typing_goes_on_while_the_server_restarts_and_is_saved_when_it_is_back(
    make_window, qtbot, server, isolated_data_dir
):
    window, field = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    server.cluster.stop_server()
    try:
        qtbot.keyClicks(field, " Getypt toen de server weg was.")
        qtbot.waitUntil(lambda: window.autosaver.state is SaveState.FAILED, timeout=8000)
        assert "organisatieserver" in window.save_state.text()
        qtbot.keyClicks(field, " En nog meer.")
    finally:
        server.cluster.start_server()
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=15_000)
    with server.admin() as admin:
        (text,) = admin.execute(
            "SELECT text FROM answers WHERE dossier_id = %s AND question_id = 'waarom.knelpunt'",
            (dossier_id,),
        ).fetchone()
    assert text.endswith("Getypt toen de server weg was. En nog meer.")


def test_two_people_saving_the_same_answer_lose_nothing(
    make_window, qtbot, server, isolated_data_dir, catalogue, monkeypatch
):
    from igj_afwijken.gui import conflict_dialog
    from igj_afwijken.storage.organisation import open_organisation_store

    shown = []

    def settle(parent, question, mine, theirs):
        shown.append((question, mine, theirs))
        return f"{theirs} + {mine}"

    monkeypatch.setattr(conflict_dialog, "settle", settle)
    window, field = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    colleague = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        colleague.save_answer(dossier_id, catalogue.make_answer("waarom.knelpunt", "Hun tekst"))
        qtbot.wait(600)  # told to the window; the field being typed in stays as it is
        qtbot.keyClicks(field, " Mijn zin.")
        mine = field.toPlainText()
        qtbot.waitUntil(lambda: shown != [], timeout=8000)
        assert shown == [(catalogue.subquestion("waarom.knelpunt").text, mine, "Hun tekst")]
        wait_saved(qtbot, window)
        stored = colleague.get(dossier_id).answer_text("waarom.knelpunt")
        assert stored == f"Hun tekst + {mine}" == field.toPlainText()
        # and typing on saves as usual, the merged text now known as the store's
        field.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(field, " Verder.")
        wait_saved(qtbot, window)
        assert colleague.get(dossier_id).answer_text("waarom.knelpunt").endswith("Verder.")
        assert len(shown) == 1
    finally:
        colleague.close()


def test_a_fact_a_colleague_changed_meanwhile_is_shown_not_overwritten(
    make_window, qtbot, server, isolated_data_dir, answers
):
    from igj_afwijken.storage.organisation import open_organisation_store

    window, _ = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    colleague = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        theirs = colleague.get(dossier_id)
        theirs.title = "Door een collega hernoemd"
        colleague.save_facts(theirs)
        window.editor.go_to_step(0)
        title = window.editor.start_page.title
        title.setFocus()
        title.selectAll()
        qtbot.keyClicks(title, "Mijn titel")
        qtbot.waitUntil(lambda: answers.warnings != [], timeout=8000)
        assert "Door een collega hernoemd" in answers.warnings[0]
        assert title.text() == "Door een collega hernoemd"
        wait_saved(qtbot, window)
        assert colleague.get(dossier_id).title == "Door een collega hernoemd"
    finally:
        colleague.close()


def test_the_history_names_who_changed_what_in_the_open_dossier(
    make_window, qtbot, server, isolated_data_dir, catalogue
):
    from igj_afwijken.storage.organisation import open_organisation_store

    window, field = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    colleague_address = server.person("writer", "Huize Het Anker")
    colleague = open_organisation_store(colleague_address)
    try:
        before = colleague.get(dossier_id).answer_text("evaluatie.signalen")
        colleague.save_answer(
            dossier_id, catalogue.make_answer("evaluatie.signalen", "Door een collega")
        )
    finally:
        colleague.close()
    assert window.menus.history_action.isEnabled()
    window.menus.history_action.trigger()
    table = window.dossiers.history_dialog.table
    rows = [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]
    colleague_role = colleague_address.split("://", 1)[1].split("@", 1)[0]
    question = catalogue.subquestion("evaluatie.signalen").text
    assert rows[0][1:3] + rows[0][4:] == [colleague_role, question, "Door een collega"]
    assert table.item(0, 3).toolTip() == before  # what was there, whole in its tooltip
    assert all(row[1] != colleague_role for row in rows[1:])  # one line for the one field
    assert any(row[2] == catalogue.field_label("title") for row in rows)  # the copy, when made


def test_the_history_is_off_for_the_data_folder(window):
    window.open_example()
    assert not window.menus.history_action.isEnabled()


def test_a_table_a_colleague_saved_meanwhile_is_shown_and_the_choice_kept(
    make_window, qtbot, server, isolated_data_dir, answers
):
    from datetime import UTC, datetime

    from igj_afwijken.domain.model import Risk
    from igj_afwijken.storage.organisation import open_organisation_store
    from tests.gui.test_risk_panel import _add

    window, _ = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    dossier_id = window.editor.dossier.id
    colleague = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        theirs = (Risk("Brand in de nacht, door een collega"),)
        colleague.save_rows(dossier_id, "risks", theirs, datetime.now(UTC))
        window.editor.go_to_step(3)
        panel = window.editor.panels["veiligheid"]
        window.editor.question_pages[2].ensureWidgetVisible(panel)
        answers.choice_answer = "theirs"
        _add(panel, qtbot, "Mijn nieuwe risico")
        qtbot.waitUntil(lambda: any("tabel" in text for _, text in answers.asked), timeout=8000)
        title, text = next((t, x) for t, x in answers.asked if "tabel" in x)
        assert "Mijn nieuwe risico" in text and "Brand in de nacht" in text
        wait_saved(qtbot, window)
        assert colleague.get(dossier_id).risks == theirs  # the colleague's, as chosen
        assert [r.description for r in window.editor.dossier.risks] == [theirs[0].description]
        answers.choice_answer = "mine"
        _add(panel, qtbot, "Toch ook mijn risico")
        wait_saved(qtbot, window)
        stored = [r.description for r in colleague.get(dossier_id).risks]
        assert stored == [theirs[0].description, "Toch ook mijn risico"]  # no conflict now
    finally:
        colleague.close()


def test_a_checklist_item_a_colleague_answered_meanwhile_is_shown_and_the_choice_kept(
    make_window, qtbot, server, isolated_data_dir, catalogue, answers
):
    from PySide6.QtCore import Qt

    from igj_afwijken.storage.organisation import open_organisation_store

    window, _ = _typing_on_the_server(make_window, qtbot, server, isolated_data_dir)
    editor = window.editor
    dossier_id = editor.dossier.id
    number, page = next((n, p) for n, p in enumerate(editor.question_pages, 1) if p.checklist_rows)
    item_id, row = next(iter(page.checklist_rows.items()))
    editor.go_to_step(number)
    colleague = open_organisation_store(server.person("writer", "Huize Het Anker"))
    try:
        theirs = catalogue.make_checklist_answer(item_id, "nvt", "Van een collega")
        colleague.save_checklist_answer(dossier_id, theirs)
        answers.choice_answer = "theirs"
        mine = next(value for value in ("ja", "nee") if value != row.value)
        page.ensureWidgetVisible(row)
        qtbot.mouseClick(row.buttons[mine], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any("checklist" in text for _, text in answers.asked), timeout=8000)
        wait_saved(qtbot, window)
        shown = page.checklist_rows[item_id]
        assert (shown.value, shown.note.text()) == ("nvt", "Van een collega")
        stored = colleague.get(dossier_id).checklist[item_id]
        assert (stored.value, stored.note) == ("nvt", "Van een collega")
    finally:
        colleague.close()


class _PaintSpy(QObject):
    """Notes when the window it watches paints itself."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_work_beside_the_window_begins_once_it_has_painted_itself(
    qtbot, isolated_data_dir, catalogue, monkeypatch
):
    """Checking the whole store and reading the search index's words ran beside the start
    and made it slower: they wait for the window's first paint."""
    from igj_afwijken.gui.main_window import MainWindow
    from igj_afwijken.storage.sqlite.repository import DossierRepository

    spy = _PaintSpy()
    began = []
    monkeypatch.setattr(
        DossierRepository, "prepare_search", lambda store: began.append(("search", spy.painted))
    )
    create_application()
    window = MainWindow(isolated_data_dir, catalogue)
    qtbot.addWidget(window)
    window.installEventFilter(spy)
    window.when_painted(lambda: began.append(("check", spy.painted)))
    assert began == []  # the register is shown, and what it prepares waits
    window.show()
    qtbot.waitUntil(lambda: len(began) == 2, timeout=3000)
    assert sorted(began) == [("check", True), ("search", True)]

    window.when_painted(lambda: began.append(("later", spy.painted)))  # painted: at once
    assert began[-1] == ("later", True)
    window.refresh_home()  # a change later shown in the register prepares the search at once
    assert began[-1] == ("search", True)


def test_work_beside_a_window_that_does_not_paint_begins_a_second_later(
    qtbot, isolated_data_dir, catalogue
):
    """A window that stays hidden (another window in front on some systems) still has its
    store checked."""
    from igj_afwijken.gui.main_window import MainWindow

    create_application()
    window = MainWindow(isolated_data_dir, catalogue)
    qtbot.addWidget(window)
    spy = _PaintSpy()
    window.installEventFilter(spy)
    began = []
    window.when_painted(lambda: began.append(spy.painted))
    assert began == []
    qtbot.waitUntil(lambda: began == [False], timeout=3000)  # not painted, and begun
