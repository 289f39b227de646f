"""The dossier services the window and the command line share: import, export and purge."""

import hashlib
import sqlite3

import pytest

from igj_afwijken.domain.model import Attachment, utc_now
from igj_afwijken.formats import exchange
from igj_afwijken.services.dossiers import (
    BackupError,
    backups_dir,
    export_exchange_file,
    import_dossier,
    import_exchange_file,
    list_backups,
    purge_after_backup,
    read_exchange_file,
)
from tests.conftest import VOLUNTEER_EXAMPLE


def test_an_exchange_file_is_read_and_added_under_its_own_id(register):
    imported = import_exchange_file(register, VOLUNTEER_EXAMPLE)
    assert imported.id == "4f1c2a9e-6b3d-4e8a-9c71-2d5e8f0a1b36"
    assert register.get(imported.id).answers == imported.dossier.answers
    assert imported.misleading_attachments == []


def test_a_second_import_of_the_same_file_gets_a_new_id(register):
    first = import_exchange_file(register, VOLUNTEER_EXAMPLE)
    second = import_dossier(register, read_exchange_file(VOLUNTEER_EXAMPLE))
    assert second.id != first.id
    assert {s.id for s in register.summaries()} == {first.id, second.id}


def test_a_file_that_is_no_exchange_file_adds_nothing(register, tmp_path):
    broken = tmp_path / "kapot.json"
    broken.write_text("{", "utf-8")
    with pytest.raises(exchange.ExchangeError, match="kapot.json"):
        import_exchange_file(register, broken)
    assert register.summaries() == []


def test_an_attachment_that_poses_as_another_kind_of_file_is_named(
    register, example_dossier, tmp_path
):
    content = b"MZ een programma"
    example_dossier.attachments = (
        Attachment("brief.pdf.exe", content, hashlib.sha256(content).hexdigest(), utc_now()),
        Attachment("foto.jpg", content, hashlib.sha256(content).hexdigest(), utc_now()),
    )
    path = tmp_path / "afwijking.json"
    exchange.write_file(path, example_dossier)
    imported = import_exchange_file(register, path)
    assert [a.name for a in imported.misleading_attachments] == ["brief.pdf.exe"]


def test_the_exchange_file_written_is_the_one_read(tmp_path):
    output = tmp_path / "uit.json"
    export_exchange_file(read_exchange_file(VOLUNTEER_EXAMPLE), output)
    assert output.read_bytes() == VOLUNTEER_EXAMPLE.read_bytes()


def test_an_export_that_cannot_be_written_keeps_the_earlier_file(example_dossier, tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    earlier = folder / "uit.json"
    earlier.write_text("het vorige bestand", "utf-8")
    with pytest.raises(OSError):
        export_exchange_file(example_dossier, folder / "bestaat-niet" / "uit.json")
    assert earlier.read_text("utf-8") == "het vorige bestand"


def test_a_purge_is_preceded_by_a_backup_that_still_holds_the_dossier(register, isolated_data_dir):
    dossier_id = import_exchange_file(register, VOLUNTEER_EXAMPLE).id
    register.delete(dossier_id)
    backup = purge_after_backup(register, isolated_data_dir, dossier_id)
    assert not register.exists(dossier_id)
    assert backup.reason == "voor-verwijderen" and list_backups(isolated_data_dir) == [backup]
    copy = sqlite3.connect(backup.path)
    assert [row[0] for row in copy.execute("SELECT id FROM dossiers")] == [dossier_id]
    copy.close()


def test_without_a_backup_nothing_is_purged(register, isolated_data_dir):
    dossier_id = import_exchange_file(register, VOLUNTEER_EXAMPLE).id
    register.delete(dossier_id)
    backups_dir(isolated_data_dir).write_text("a file where the backups folder belongs")
    with pytest.raises(BackupError):
        purge_after_backup(register, isolated_data_dir, dossier_id)
    assert register.exists(dossier_id)


def test_an_imported_dossier_that_changed_since_adoption_says_so_in_the_register(
    tmp_path, example_dossier, catalogue
):
    from datetime import date

    from igj_afwijken.domain.lifecycle import adopt
    from igj_afwijken.services.dossiers import open_register
    from tests.gui.conftest import DIRECTOR

    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 9, 1))
    example_dossier.title += " (herzien)"
    export_exchange_file(example_dossier, tmp_path / "herzien.json")
    store = open_register(tmp_path / "gegevens", catalogue)
    try:
        import_exchange_file(store, tmp_path / "herzien.json")
        assert store.summaries()[0].changed_since_version == 1
    finally:
        store.close()
