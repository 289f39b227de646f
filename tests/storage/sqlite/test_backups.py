"""Backups of the store: made and checked, rotated, put back; a damaged store is never written."""

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from igj_afwijken.domain.model import Dossier
from igj_afwijken.paths import DATA_DIR_MARKER
from igj_afwijken.storage.sqlite import backups
from igj_afwijken.storage.sqlite.backups import (
    BackupError,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from igj_afwijken.storage.sqlite.connection import (
    DamagedStoreError,
    find_damage,
    is_network_folder,
    open_store,
    store_path,
)
from igj_afwijken.storage.sqlite.repository import DossierRepository

FIXTURES = Path(__file__).parent / "fixtures"


def _store_with(data_dir: Path, dossier) -> sqlite3.Connection:
    connection = open_store(data_dir)
    DossierRepository(connection).add(dossier)
    return connection


def _leave_open(store: Path) -> None:
    """A journal left beside the store, as a program that stopped without closing it leaves
    one: the next open checks the whole file."""
    Path(f"{store}-wal").write_bytes(b"\0" * 32)


def _damage(path: Path, where: float = 0.5) -> None:
    """Overwrite a part of the file (the middle), past the header, as a failing disk might."""
    data = bytearray(path.read_bytes())
    middle = int(len(data) * where)
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_private_copy_of_the_store(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    backup = make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    assert backup.path.parent == isolated_data_dir / "reservekopieen"
    assert backup.reason == "afsluiten" and backup.size == backup.path.stat().st_size > 0
    copy = sqlite3.connect(backup.path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one whole file
    assert copy.execute("SELECT title FROM dossiers").fetchone()[0] == example_dossier.title
    copy.close()
    if os.name == "posix":
        assert backup.path.stat().st_mode & 0o777 == 0o600
    assert [b.path for b in list_backups(isolated_data_dir)] == [backup.path]
    assert not [p for p in backup.path.parent.iterdir() if p.suffix == ".tmp"]


def test_only_the_ten_newest_backups_are_kept(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    made = [make_backup(connection, isolated_data_dir, "afsluiten") for _ in range(13)]
    connection.close()
    kept = list_backups(isolated_data_dir)
    assert [b.path for b in kept] == [b.path for b in reversed(made[-10:])]
    files = {p.name for p in kept[0].path.parent.iterdir()} - {backups.MANIFEST}
    assert files == {b.path.name for b in kept}
    manifest = json.loads((kept[0].path.parent / backups.MANIFEST).read_text("utf-8"))
    assert set(manifest["backups"]) == files


def test_a_backup_that_fails_its_check_is_not_kept(isolated_data_dir, example_dossier, monkeypatch):
    connection = _store_with(isolated_data_dir, example_dossier)
    monkeypatch.setattr(backups, "_is_sound", lambda connection, pragma: False)
    with pytest.raises(BackupError, match="niet in orde"):
        make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    assert list_backups(isolated_data_dir) == []
    assert list((isolated_data_dir / "reservekopieen").iterdir()) == []


def test_a_migration_is_preceded_by_a_backup_of_the_old_store(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    with sqlite3.connect(store_path(isolated_data_dir)) as db:
        db.executescript((FIXTURES / "store_v1.sql").read_text("utf-8"))
    db.close()
    open_store(isolated_data_dir).close()
    [backup] = list_backups(isolated_data_dir)
    assert backup.reason.startswith("voor-schema-")
    old = sqlite3.connect(backup.path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_a_damaged_store_is_refused_untouched_and_the_newest_good_backup_goes_back(
    isolated_data_dir, example_dossier
):
    connection = _store_with(isolated_data_dir, example_dossier)
    good = make_backup(connection, isolated_data_dir, "afsluiten")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    store = store_path(isolated_data_dir)
    _damage(store)
    damaged = store.read_bytes()
    assert find_damage(isolated_data_dir).path == store  # as the window's check finds it
    _leave_open(store)
    with pytest.raises(DamagedStoreError) as raised:
        open_store(isolated_data_dir)
    assert raised.value.path == store
    assert store.read_bytes() == damaged  # nothing written, nothing "repaired"
    Path(f"{store}-wal").unlink()

    used, aside = restore_backup(isolated_data_dir)
    assert used.path == good.path
    assert aside is not None and aside.read_bytes() == damaged  # kept aside, not thrown away
    connection = open_store(isolated_data_dir)
    assert DossierRepository(connection).get(example_dossier.id).title == example_dossier.title
    connection.close()


def test_a_damaged_backup_is_passed_over(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    older = make_backup(connection, isolated_data_dir, "afsluiten")
    newer = make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    _damage(newer.path)
    assert newest_good_backup(isolated_data_dir) == older
    with pytest.raises(BackupError, match="beschadigd"):
        restore_backup(isolated_data_dir, list_backups(isolated_data_dir)[0])


def test_without_a_backup_there_is_nothing_to_restore_and_nothing_moves(isolated_data_dir):
    open_store(isolated_data_dir).close()
    before = sorted(p.name for p in isolated_data_dir.iterdir())
    with pytest.raises(BackupError, match="geen bruikbare reservekopie"):
        restore_backup(isolated_data_dir)
    assert sorted(p.name for p in isolated_data_dir.iterdir()) == before


MOUNTS = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /mnt/share rw,relatime shared:20 - cifs //server/zorg rw,vers=3.0
41 22 0:36 / /home/anna/Zorg\\040NAS rw,relatime - nfs4 nas:/export rw
42 40 8:2 / /mnt/share/local rw,relatime - ext4 /dev/sdb1 rw
"""


@pytest.mark.parametrize(
    "folder, network",
    [
        ("/home/anna/.local/share/IGJ Afwijken", False),
        ("/mnt/share/team/gegevens", True),
        ("/mnt/shared", False),  # a name that merely starts like a mount point
        ("/home/anna/Zorg NAS/data", True),
        ("/mnt/share/local/data", False),  # the deepest mount point decides
    ],
)
def test_a_network_folder_is_recognised(folder, network):
    assert is_network_folder(Path(folder), MOUNTS) is network


def test_on_a_network_folder_the_store_keeps_a_rollback_journal(isolated_data_dir, monkeypatch):
    from igj_afwijken.storage.sqlite import connection as database

    monkeypatch.setattr(database, "is_network_folder", lambda folder: True)
    connection = open_store(isolated_data_dir)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


@pytest.mark.parametrize("step", ["copy", "link", "copy aside", "rename"])
def test_a_restore_that_fails_at_any_step_leaves_the_store_as_it_was(
    isolated_data_dir, example_dossier, monkeypatch, step
):
    connection = _store_with(isolated_data_dir, example_dossier)
    make_backup(connection, isolated_data_dir, "afsluiten")
    connection.execute("UPDATE dossiers SET title = 'Later veranderd'")
    connection.close()
    store = store_path(isolated_data_dir)
    before = {p.name: p.read_bytes() for p in isolated_data_dir.iterdir() if p.is_file()}

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if step == "copy":
        monkeypatch.setattr(backups.os, "fsync", disk_full)
    elif step in ("link", "copy aside"):
        monkeypatch.setattr(backups.os, "link", disk_full)
        if step == "copy aside":
            monkeypatch.setattr(backups.shutil, "copyfile", disk_full)
    else:
        real_replace = os.replace
        monkeypatch.setattr(
            backups.os,
            "replace",
            lambda a, b: disk_full() if Path(b) == store else real_replace(a, b),
        )
    if step == "link":  # no links on this disk: the old store is copied aside instead
        used, aside = restore_backup(isolated_data_dir)
        assert aside.read_bytes() == before[store.name]
        return
    with pytest.raises(BackupError, match="de schijf is vol"):
        restore_backup(isolated_data_dir)
    monkeypatch.undo()
    after = {p.name: p.read_bytes() for p in isolated_data_dir.iterdir() if p.is_file()}
    assert after == before  # the store, and nothing left beside it


def test_the_backup_about_to_be_put_back_survives_the_rotation(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    made = [make_backup(connection, isolated_data_dir, "afsluiten") for _ in range(10)]
    oldest = made[0]
    make_backup(connection, isolated_data_dir, "afsluiten", keep=oldest.path)
    connection.close()
    assert oldest.path.exists()
    used, _aside = restore_backup(isolated_data_dir, oldest)
    assert used == oldest


def test_a_rollback_journal_moves_aside_with_its_store(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    journal = Path(f"{store_path(isolated_data_dir)}-journal")
    journal.write_bytes(b"a hot journal from a crash on a network folder")
    _used, aside = restore_backup(isolated_data_dir)
    assert not journal.exists()
    assert Path(f"{aside}-journal").read_bytes().startswith(b"a hot journal")


def test_a_restore_that_fails_while_keeping_the_journal_aside_puts_everything_back(
    isolated_data_dir, example_dossier, monkeypatch
):
    connection = _store_with(isolated_data_dir, example_dossier)
    make_backup(connection, isolated_data_dir, "afsluiten")
    store = store_path(isolated_data_dir)
    wal = Path(f"{store}-wal")
    assert wal.exists()  # the connection is still open: its WAL is there
    files = {p.name: p.read_bytes() for p in isolated_data_dir.iterdir() if p.is_file()}
    real_copyfile = shutil.copyfile

    def refuse_the_wal(source, target):
        if str(source).endswith("-wal"):
            raise PermissionError(13, "Permission denied", str(source))
        return real_copyfile(source, target)

    monkeypatch.setattr(backups.shutil, "copyfile", refuse_the_wal)
    with pytest.raises(BackupError, match="geen toestemming"):
        restore_backup(isolated_data_dir)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in isolated_data_dir.iterdir() if p.is_file()} == files
    connection.close()


def test_a_damaged_store_with_a_wal_is_left_byte_for_byte(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("UPDATE dossiers SET title = 'in de WAL'")  # stays in the -wal
    crashed = isolated_data_dir.parent / "na-de-crash"
    crashed.mkdir()
    for name in ("afwijkingen.sqlite3", "afwijkingen.sqlite3-wal"):
        shutil.copyfile(isolated_data_dir / name, crashed / name)  # as a crash leaves them
    connection.close()
    for where in (0.3, 0.5, 0.7):  # a page the WAL holds a newer copy of hides its damage
        _damage(crashed / "afwijkingen.sqlite3", where)
    before = {p.name: p.read_bytes() for p in crashed.iterdir()}
    with pytest.raises(DamagedStoreError):
        open_store(crashed)
    after = {
        p.name: p.read_bytes()
        for p in crashed.iterdir()
        if not p.name.endswith("-shm") and p.name != DATA_DIR_MARKER
    }
    assert after == before


def _planted_store(path: Path, title: str) -> None:
    """A valid store with other data, as someone else could write it."""
    other = path.parent / f"ander-{path.name}"
    connection = open_store(other.parent / f"map-{path.stem}")
    DossierRepository(connection).add(Dossier(title=title))
    make_backup(connection, other.parent / f"map-{path.stem}", "handmatig").path.rename(path)
    connection.close()


def test_a_file_planted_among_the_backups_is_never_listed_or_put_back(
    isolated_data_dir, example_dossier, tmp_path
):
    from tests.test_cli import cli

    connection = _store_with(isolated_data_dir, example_dossier)
    own = make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    planted = own.path.with_name("afwijkingen-20991231-235959-000000-afsluiten.sqlite3")
    _planted_store(planted, "Ingeplant")
    assert [b.path for b in list_backups(isolated_data_dir)] == [own.path]
    assert newest_good_backup(isolated_data_dir).path == own.path
    code, out, err = cli("--data-dir", str(isolated_data_dir), "restore", planted.name)
    assert code == 2 and "geen reservekopie" in err
    assert planted.name not in cli("--data-dir", str(isolated_data_dir), "restore", "--list")[1]


def test_a_backup_whose_bytes_were_replaced_is_refused(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    own = make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    _planted_store(own.path, "Vervangen")  # same name, a valid store with other data
    [listed] = list_backups(isolated_data_dir)
    with pytest.raises(BackupError, match="niet meer het bestand"):
        restore_backup(isolated_data_dir, listed)
    assert newest_good_backup(isolated_data_dir) is None
    connection = open_store(isolated_data_dir)
    assert DossierRepository(connection).get(example_dossier.id).title == example_dossier.title
    connection.close()


def test_a_backup_folder_that_is_a_link_is_refused(isolated_data_dir, example_dossier, tmp_path):
    shared = tmp_path / "gedeeld"
    shared.mkdir(mode=0o777)
    connection = _store_with(isolated_data_dir, example_dossier)
    (isolated_data_dir / "reservekopieen").symlink_to(shared, target_is_directory=True)
    with pytest.raises(BackupError, match="koppeling"):
        make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    with pytest.raises(BackupError, match="koppeling"):
        list_backups(isolated_data_dir)
    assert list(shared.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_a_backup_folder_of_another_user_is_refused(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    make_backup(connection, isolated_data_dir, "afsluiten")
    os.chown(isolated_data_dir / "reservekopieen", 65534, 65534)  # nobody's
    with pytest.raises(BackupError, match="andere gebruiker"):
        make_backup(connection, isolated_data_dir, "afsluiten")
    connection.close()
    with pytest.raises(BackupError, match="andere gebruiker"):
        restore_backup(isolated_data_dir)


def test_backups_made_before_the_manifest_are_taken_in_once(isolated_data_dir, example_dossier):
    connection = _store_with(isolated_data_dir, example_dossier)
    made = [make_backup(connection, isolated_data_dir, "afsluiten") for _ in range(2)]
    connection.close()
    (isolated_data_dir / "reservekopieen" / backups.MANIFEST).unlink()  # as an older release
    assert {b.path for b in list_backups(isolated_data_dir)} == {b.path for b in made}
    assert (isolated_data_dir / "reservekopieen" / backups.MANIFEST).exists()
    used, _ = restore_backup(isolated_data_dir, made[0])
    assert used.path == made[0].path


@pytest.mark.parametrize("where", [0.3, 0.45, 0.5, 0.6, 0.75, 0.9])
@pytest.mark.parametrize("pattern", [b"\xa5", b"\xff\xfe", b"\x00"])
def test_damage_anywhere_is_recognised_as_damage(
    isolated_data_dir, example_dossier, where, pattern
):
    """SQLite's message about a damaged page may quote its bytes, which need not be UTF-8."""
    connection = _store_with(isolated_data_dir, example_dossier)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    store = store_path(isolated_data_dir)
    data = bytearray(store.read_bytes())
    start = int(len(data) * where)
    data[start : start + 4096] = (pattern * 4096)[:4096]
    store.write_bytes(bytes(data))
    assert isinstance(find_damage(isolated_data_dir), DamagedStoreError)
    assert not backups.is_good(store)
    _leave_open(store)  # as a program that stopped without closing leaves it
    with pytest.raises(DamagedStoreError):
        open_store(isolated_data_dir)


def test_a_restore_whose_last_tidying_fails_keeps_the_restored_store_and_the_old_aside(
    isolated_data_dir, example_dossier, monkeypatch
):
    """Once the backup is in place nothing is undone, even if the marker cannot be removed
    (a virus scanner holding it, say); the next start then only finishes."""
    connection = _store_with(isolated_data_dir, example_dossier)
    backup = make_backup(connection, isolated_data_dir, "afsluiten")
    connection.execute("UPDATE dossiers SET title = 'Later veranderd'")
    connection.close()
    real_unlink = os.unlink

    def held(path, *args, **kwargs):
        if Path(path).name == backups.RESTORE_MARKER:
            raise PermissionError(13, "held by another program", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(backups.os, "unlink", held)
    used, aside = restore_backup(isolated_data_dir, backup)
    monkeypatch.undo()
    assert used == backup
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT title FROM dossiers").fetchone()[0] == "Later veranderd"
    kept.close()
    notice = backups.recover_data_folder(isolated_data_dir)
    assert notice and "afgemaakt" in notice and aside.exists()
    connection = open_store(isolated_data_dir)
    assert DossierRepository(connection).get(example_dossier.id).title == example_dossier.title
    connection.close()


def test_a_file_with_a_backup_like_name_but_no_real_date_is_passed_over(
    isolated_data_dir, example_dossier
):
    connection = _store_with(isolated_data_dir, example_dossier)
    own = make_backup(connection, isolated_data_dir, "afsluiten")
    odd = own.path.with_name("afwijkingen-20241399-999999-000000-afsluiten.sqlite3")
    shutil.copyfile(own.path, odd)
    (isolated_data_dir / "reservekopieen" / backups.MANIFEST).unlink()  # taken in again
    assert [b.path for b in list_backups(isolated_data_dir)] == [own.path]
    make_backup(connection, isolated_data_dir, "afsluiten")  # rotation copes with it too
    connection.close()
