"""Backups from the window: made on closing, put back from the menu or after damage is found."""

import sqlite3

from PySide6.QtWidgets import QMessageBox

from igj_afwijken.gui import application
from igj_afwijken.gui.backup_actions import offer_restore_after_damage
from igj_afwijken.instance_lock import lock_data_dir
from igj_afwijken.storage.sqlite.backups import list_backups
from igj_afwijken.storage.sqlite.connection import DamagedStoreError, open_store, store_path
from igj_afwijken.storage.sqlite.repository import DossierRepository


def _titles(data_dir):
    connection = sqlite3.connect(store_path(data_dir))
    titles = sorted(row[0] for row in connection.execute("SELECT title FROM dossiers"))
    connection.close()
    return titles


def test_closing_after_a_change_leaves_a_checked_backup(make_window, isolated_data_dir):
    window = make_window()
    window.open_example()
    title = window.editor.dossier.title
    window.close()
    [backup] = list_backups(isolated_data_dir)
    assert backup.reason == "afsluiten"
    copy = sqlite3.connect(backup.path)
    assert [row[0] for row in copy.execute("SELECT title FROM dossiers")] == [title]
    copy.close()

    make_window().close()  # opened and closed without a change: no new backup
    assert len(list_backups(isolated_data_dir)) == 1


def test_a_backup_is_put_back_from_the_menu_and_the_window_reopens_on_it(
    make_window, isolated_data_dir, answers
):
    window = make_window()
    window.open_example()
    first = window.editor.dossier.title
    window.close()
    window = make_window()
    window.new_dossier()  # a second dossier, made after the backup
    window.show_home()
    assert len(_titles(isolated_data_dir)) == 2

    window.menus.restore_backup_action.trigger()
    assert window.restart_requested and not window.isVisible()
    assert any("apart gezet" in text for _, text in answers.asked)
    assert _titles(isolated_data_dir) == [first]
    aside = [p for p in isolated_data_dir.iterdir() if "apart-gezet" in p.name]
    assert len(aside) == 1 and len(_titles_in(aside[0])) == 2  # nothing thrown away
    reopened = make_window()
    assert reopened.home.model.rowCount() == 1


def _titles_in(path):
    connection = sqlite3.connect(path)
    titles = [row[0] for row in connection.execute("SELECT title FROM dossiers")]
    connection.close()
    return titles


def test_putting_a_backup_back_can_be_cancelled(make_window, isolated_data_dir, answers):
    window = make_window()
    window.open_example()
    window.close()
    window = make_window()
    answers.confirm = False
    window.menus.restore_backup_action.trigger()
    assert window.isVisible() and not window.restart_requested
    window.new_dossier()  # the store is still open and in use
    assert len(_titles(isolated_data_dir)) == 2


def test_a_damaged_store_is_offered_its_newest_good_backup(make_window, isolated_data_dir, answers):
    window = make_window()
    window.open_example()
    title = window.editor.dossier.title
    window.close()
    store = store_path(isolated_data_dir)
    store.write_bytes(b"kapot" * 4000)
    try:
        open_store(isolated_data_dir)
    except DamagedStoreError as error:
        damage = error
    assert offer_restore_after_damage(None, isolated_data_dir, damage)
    assert "beschadigd" in answers.asked[0][1] and "reservekopie" in answers.asked[0][1]
    assert _titles(isolated_data_dir) == [title]
    assert [s.title for s in make_window().repository.summaries()] == [title]


def test_a_damaged_store_without_backups_is_said_and_left_alone(isolated_data_dir, answers):
    isolated_data_dir.mkdir(parents=True)
    store_path(isolated_data_dir).write_bytes(b"kapot" * 4000)
    try:
        open_store(isolated_data_dir)
    except DamagedStoreError as error:
        damage = error
    assert not offer_restore_after_damage(None, isolated_data_dir, damage)
    assert "geen reservekopie" in answers.warnings[0]
    assert store_path(isolated_data_dir).read_bytes() == b"kapot" * 4000


def test_a_second_program_on_the_same_folder_is_told_who_holds_it(
    qtbot, isolated_data_dir, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    lock = lock_data_dir(isolated_data_dir)
    try:
        assert application.run_gui(isolated_data_dir) == 2
    finally:
        lock.unlock()
    [message] = shown
    assert "al open" in message and "proces" in message


def test_a_start_after_an_interrupted_restore_says_it_was_undone(
    qtbot, isolated_data_dir, monkeypatch, example_dossier
):
    """The window's start finishes or undoes a restore a crash interrupted, and says which."""
    from igj_afwijken.storage.sqlite import backups

    connection = open_store(isolated_data_dir)
    DossierRepository(connection).add(example_dossier)
    connection.close()
    (isolated_data_dir / backups.RESTORE_MARKER).write_text(
        '{"backup": "x.sqlite3", "aside": "afwijkingen-apart-gezet-1.sqlite3", "had_store": true}'
    )
    (isolated_data_dir / backups.RESTORE_STAGING).write_bytes(b"half a copy")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(application, "_run_windows", lambda app, data_dir, catalogue: 0)
    assert application.run_gui(isolated_data_dir) == 0
    [notice] = told
    assert "ongedaan gemaakt" in notice
    assert not (isolated_data_dir / backups.RESTORE_STAGING).exists()
    assert _titles(isolated_data_dir) == [example_dossier.title]


def test_damage_the_quick_open_did_not_see_is_reported_by_the_check_beside_the_window(
    make_window, isolated_data_dir, answers, example_dossier, qtbot
):
    window = make_window()
    for number in range(40):
        window.repository.add(example_dossier.copy(id=f"{example_dossier.id[:-2]}{number:02d}"))
    window.close()
    store = store_path(isolated_data_dir)
    data = bytearray(store.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xa5" * 4096
    store.write_bytes(bytes(data))
    window = make_window()  # opens: the damage lies where a quick open does not look
    check = window.check_store_in_background()
    qtbot.waitUntil(lambda: check.done, timeout=10_000)  # it may be done before we look
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert "beschadigd" in answers.warnings[0] and "Back-up terugzetten" in answers.warnings[0]


def test_a_healthy_store_passes_the_check_beside_the_window(
    window, isolated_data_dir, answers, qtbot
):
    window.open_example()
    check = window.check_store_in_background()
    qtbot.waitUntil(lambda: check.done, timeout=10_000)  # it may be done before we look
    qtbot.wait(50)
    assert answers.warnings == []
