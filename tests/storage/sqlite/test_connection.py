"""Tests for opening the store: settings, schema versions, migrations and file permissions."""

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from igj_afwijken.storage.sqlite.connection import (
    SCHEMA_VERSION,
    DamagedStoreError,
    StoreError,
    open_store,
    schema_version,
    store_path,
)
from igj_afwijken.storage.sqlite.repository import DossierRepository
from igj_afwijken.storage.sqlite.schema import migrate

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE_ID = "4f1c2a9e-6b3d-4e8a-9c71-2d5e8f0a1b36"


def _store_from_script(data_dir: Path, script: Path) -> None:
    data_dir.mkdir(parents=True)
    with sqlite3.connect(store_path(data_dir)) as db:
        db.executescript(script.read_text("utf-8"))
    db.close()


def test_a_new_store_uses_wal_and_the_current_schema(isolated_data_dir):
    db = open_store(isolated_data_dir)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(db) == SCHEMA_VERSION
    db.close()


def test_a_store_made_by_the_first_release_opens_with_its_data(isolated_data_dir, catalogue):
    _store_from_script(isolated_data_dir, FIXTURES / "store_v1.sql")
    db = open_store(isolated_data_dir)
    assert schema_version(db) == SCHEMA_VERSION
    dossier = DossierRepository(db).get(EXAMPLE_ID)
    assert dossier.title.startswith("Oud-verpleegkundige")
    assert set(dossier.answers) == {s.id for s in catalogue.subquestions()}
    assert [s.id for s in DossierRepository(db).summaries()] == [EXAMPLE_ID]  # not in the bin
    assert (dossier.topics, dossier.next_evaluation, dossier.checklist) == ((), None, {})
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_store_from_a_newer_release_is_refused_untouched(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    with sqlite3.connect(store_path(isolated_data_dir)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = store_path(isolated_data_dir).read_bytes()
    with pytest.raises(StoreError, match="nieuwere versie"):
        open_store(isolated_data_dir)
    assert store_path(isolated_data_dir).read_bytes() == before


def test_a_file_that_is_not_a_store_is_called_damaged_and_left_alone(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    store_path(isolated_data_dir).write_bytes(b"dit is geen database" * 100)
    with pytest.raises(DamagedStoreError, match="beschadigd.*niets aan veranderd"):
        open_store(isolated_data_dir)
    assert store_path(isolated_data_dir).read_bytes() == b"dit is geen database" * 100


def test_an_unusable_data_folder_gives_our_error(tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="kan niet worden gebruikt"):
        open_store(blocker / "data")


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")
def test_store_is_private_to_the_user(isolated_data_dir):
    open_store(isolated_data_dir).close()
    assert isolated_data_dir.stat().st_mode & 0o777 == 0o700
    assert store_path(isolated_data_dir).stat().st_mode & 0o777 == 0o600


def test_a_failing_migration_leaves_the_store_as_it_was(isolated_data_dir, monkeypatch):
    from igj_afwijken.storage import migrations

    _store_from_script(isolated_data_dir, FIXTURES / "store_v1.sql")
    second = migrations.revisions(migrations.LOCAL_REVISIONS).get_revision("0002")
    broken = ("ALTER TABLE dossiers ADD COLUMN deleted_at TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(second.module, "STATEMENTS", broken)
    with pytest.raises(StoreError):
        open_store(isolated_data_dir)
    with sqlite3.connect(store_path(isolated_data_dir)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [row[1] for row in db.execute("PRAGMA table_info(dossiers)")]
        assert "deleted_at" not in columns
        assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 15
    db.close()


def test_a_store_from_before_the_search_covered_tables_migrates_with_search_and_new_tables(
    isolated_data_dir, catalogue
):
    from igj_afwijken.storage.sqlite.repository import RegisterFilter

    before_tables_searched = 6
    isolated_data_dir.mkdir(parents=True)
    with sqlite3.connect(store_path(isolated_data_dir)) as db:
        migrate(db, to=before_tables_searched)  # as that release left it
        db.execute(
            "INSERT INTO dossiers (id, title, created_at, updated_at, topics, next_evaluation)"
            " VALUES ('d-1', 'Nachtdienst', '2026-01-01T00:00:00+00:00',"
            " '2026-01-01T00:00:00+00:00', 'vrijwilligers', '2027-01-05')"
        )
        db.execute(
            "INSERT INTO answers VALUES ('d-1', 'waarom.knelpunt', 'Valincidenten in de nacht',"
            " '2026.1', 'v', '2026-01-01T00:00:00+00:00')"
        )
        db.execute(
            "INSERT INTO dossier_rows VALUES ('d-1', 'risks', 0,"
            ' \'{"description": "Storing", "owner": "P. Jansen"}\')'
        )
    db.close()
    store = open_store(isolated_data_dir)
    repository = DossierRepository(store)
    dossier = repository.get("d-1")
    assert dossier.topics == ("vrijwilligers",) and dossier.next_evaluation.year == 2027
    assert (len(dossier.risks), dossier.versions, dossier.attachments) == (1, (), ())
    found = repository.summaries(narrow=RegisterFilter(search="valincident"))
    assert [s.id for s in found] == ["d-1"]  # the search index was filled by the migration
    found = repository.summaries(narrow=RegisterFilter(search="jansen"))
    assert [s.id for s in found] == ["d-1"]  # and holds the tables' text too
    assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_a_read_only_uri_escapes_the_path(tmp_path):
    from igj_afwijken.storage.sqlite.connection import read_only_uri

    path = tmp_path / "map met spatie" / "a#b.sqlite3"
    assert read_only_uri(path) == path.as_uri() + "?mode=ro"
    assert "%20" in read_only_uri(path) and "%23" in read_only_uri(path)


def test_every_reason_is_said_in_dutch():
    import errno

    from igj_afwijken.errors import explain

    assert explain(OSError(errno.EBUSY, "Device or resource busy")).startswith(
        "het besturingssysteem weigerde het"
    )
    assert explain(sqlite3.DatabaseError("file is not a database")) == (
        "het is geen gegevensbestand van dit programma"
    )


def _closed_store_with_damage_in_the_middle(data_dir: Path, example_dossier) -> Path:
    connection = open_store(data_dir)
    repository = DossierRepository(connection)
    for number in range(40):  # some pages beyond the register's own
        repository.add(example_dossier.copy(id=f"{EXAMPLE_ID[:-2]}{number:02d}"))
    connection.close()
    store = store_path(data_dir)
    assert not Path(f"{store}-wal").exists()  # a clean close leaves no journal
    data = bytearray(store.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xa5" * 4096
    store.write_bytes(bytes(data))
    return store


def test_a_cleanly_closed_store_opens_without_reading_every_page(
    isolated_data_dir, example_dossier, monkeypatch
):
    """Checking every page at each open cost 3 s with 100,000 dossiers: after a clean close the
    open checks the head of the file; the whole file is checked beside the window, at each
    backup and after an unclean shutdown."""
    from igj_afwijken.storage.sqlite import connection as module

    store = _closed_store_with_damage_in_the_middle(isolated_data_dir, example_dossier)
    open_store(isolated_data_dir).close()  # the damage lies where opening does not look
    damage = module.find_damage(isolated_data_dir)
    assert isinstance(damage, DamagedStoreError) and damage.path == store
    Path(f"{store}-wal").write_bytes(b"\0" * 32)  # left behind by a program that stopped
    with pytest.raises(DamagedStoreError):
        open_store(isolated_data_dir)


@pytest.mark.parametrize("cut", [0.3, 0.5, 0.9])
def test_a_store_cut_short_is_refused_by_the_cheap_check_too(
    isolated_data_dir, example_dossier, cut
):
    connection = open_store(isolated_data_dir)
    DossierRepository(connection).add(example_dossier)
    connection.close()
    store = store_path(isolated_data_dir)
    data = store.read_bytes()
    store.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(DamagedStoreError):
        open_store(isolated_data_dir)
    assert len(store.read_bytes()) == int(len(data) * cut)  # left as it was


def test_a_healthy_store_is_never_called_damaged(isolated_data_dir, example_dossier):
    from igj_afwijken.storage.sqlite.connection import find_damage

    connection = open_store(isolated_data_dir)
    DossierRepository(connection).add(example_dossier)
    assert find_damage(isolated_data_dir) is None  # also while it is open
    connection.close()
    assert find_damage(isolated_data_dir) is None
    open_store(isolated_data_dir).close()


def test_a_table_row_that_is_no_json_blocks_neither_the_store_nor_the_search(
    isolated_data_dir, example_dossier
):
    from igj_afwijken.storage.sqlite.repository import RegisterFilter

    connection = open_store(isolated_data_dir)
    repository = DossierRepository(connection)
    repository.add(example_dossier)
    connection.execute("UPDATE dossier_rows SET data = '{' WHERE position = 0")
    example_dossier.title = "Nachtzorg herzien"
    repository.save_facts(example_dossier)  # the index is made again over the bad row
    found = repository.summaries(narrow=RegisterFilter(search="herzien"))
    assert [s.id for s in found] == [example_dossier.id]
    connection.close()
    open_store(isolated_data_dir).close()


def test_adopted_dossiers_of_an_earlier_store_learn_once_whether_they_changed(
    isolated_data_dir, example_dossier, catalogue
):
    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.services.dossiers import open_register
    from tests.gui.conftest import DIRECTOR

    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 9, 1))
    example_dossier.title += " (herzien)"
    store = open_register(isolated_data_dir, catalogue)
    store.add(example_dossier)
    store.connection.execute("UPDATE dossiers SET changed_since_version = -1")  # as migrated
    assert store.summaries()[0].changed_since_version is None  # "not known" is not shown
    store.close()
    store = open_register(isolated_data_dir, catalogue)
    assert store.summaries()[0].changed_since_version == 1
    store.close()


def test_a_version_that_cannot_be_read_leaves_the_change_unknown(example_dossier, catalogue):
    from dataclasses import replace

    from igj_afwijken.domain.lifecycle import adopt, changed_since_version
    from tests.gui.conftest import DIRECTOR

    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 9, 1))
    example_dossier.versions = (replace(example_dossier.versions[0], dossier=None),)
    assert changed_since_version(example_dossier, catalogue) is None


def test_the_migration_marks_adopted_dossiers_as_not_yet_known(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    with sqlite3.connect(store_path(isolated_data_dir)) as db:
        migrate(db, to=6)
        for dossier_id in ("vastgesteld", "concept"):
            db.execute(
                "INSERT INTO dossiers (id, title, created_at, updated_at) VALUES"
                f" ('{dossier_id}', 'T', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')"
            )
        db.execute(
            "INSERT INTO versions VALUES ('vastgesteld', 1, '2026-09-01', 'A', 'B', '', '{}')"
        )
    db.close()
    connection = open_store(isolated_data_dir)
    marked = dict(connection.execute("SELECT id, changed_since_version FROM dossiers"))
    connection.close()
    assert marked == {"vastgesteld": -1, "concept": None}
