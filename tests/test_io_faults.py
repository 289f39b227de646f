"""Disk full, read-only folder, permission denied: the Nth I/O operation of a save, an export, a
backup or an import fails, for N = 1, 2, … until the operation gets through. Every time the user
gets a plain reason, the earlier data stays exactly as it was, and nothing is left half done.

Python-level file operations (temporary files, writes, reads, fsync, rename, copy) are failed
where the program makes them; SQLite's own file access happens in C, so for the store every
statement and backup step counts as one I/O operation and fails with SQLite's own error."""

import errno
import json
import os
import pathlib
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager

import pytest

from igj_afwijken.errors import explain
from igj_afwijken.formats import exchange
from igj_afwijken.services.documents import render_to_file
from igj_afwijken.storage.sqlite.backups import BackupError, list_backups, make_backup
from igj_afwijken.storage.sqlite.connection import open_store
from igj_afwijken.storage.sqlite.repository import DossierRepository
from tests.conftest import VOLUNTEER_EXAMPLE

# The file error, what SQLite says in that case, and what the user reads for each.
KINDS = {
    errno.ENOSPC: ("database or disk is full", "de schijf is vol", "de schijf is vol"),
    errno.EROFS: ("attempt to write a readonly database", "alleen-lezen", "alleen-lezen"),
    errno.EACCES: ("disk I/O error", "lees- of schrijffout", "geen toestemming"),
}
MAX_ATTEMPTS = 60


class Faults:
    """Counts I/O operations under `root` (and every store statement) and fails the Nth."""

    def __init__(self, fail_at: int, kind: int, root: pathlib.Path):
        self.fail_at, self.kind, self.root, self.count = fail_at, kind, str(root), 0
        self.fired = False

    def hit(self, path=None) -> None:
        if path is not None and not os.fspath(path).startswith(self.root):
            return
        self.count += 1
        if self.count == self.fail_at:
            self.fired = True
            raise OSError(self.kind, os.strerror(self.kind), os.fspath(path or ""))

    def hit_store(self) -> None:
        try:
            self.hit()
        except OSError:
            raise sqlite3.OperationalError(KINDS[self.kind][0]) from None


class FaultyConnection:
    """A store connection whose statements and backups go through Faults."""

    def __init__(self, real: sqlite3.Connection, faults: Faults):
        self._real, self._faults = real, faults

    def execute(self, sql, *args):
        if sql.strip().upper() != "ROLLBACK":  # a failed rollback is SQLite's own recovery
            self._faults.hit_store()
        return self._real.execute(sql, *args)

    def executemany(self, sql, *args):
        self._faults.hit_store()
        return self._real.executemany(sql, *args)

    def backup(self, target, **kwargs):
        self._faults.hit_store()
        return self._real.backup(target, **kwargs)

    def __getattr__(self, name):
        return getattr(self._real, name)


@contextmanager
def failing_files(monkeypatch, faults: Faults):
    """Make the program's file operations under the fault's root go through Faults."""

    def wrap(owner, name, path_of):
        original = getattr(owner, name)

        def failing(*args, **kwargs):
            faults.hit(path_of(args, kwargs))
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, failing)

    with monkeypatch.context() as patch:
        monkeypatch = patch
        wrap(tempfile, "mkstemp", lambda a, k: k.get("dir"))
        wrap(os, "replace", lambda a, k: a[1])
        wrap(os, "fsync", lambda a, k: faults.root)
        wrap(shutil, "copyfile", lambda a, k: a[1])
        wrap(pathlib.Path, "write_bytes", lambda a, k: a[0])
        wrap(pathlib.Path, "read_bytes", lambda a, k: a[0])
        wrap(sqlite3, "connect", lambda a, k: a[0] if isinstance(a[0], os.PathLike) else None)
        yield


def _until_it_gets_through(attempt, check_unchanged) -> int:
    """Run `attempt(n)` for n = 1, 2, …; after each failure check that nothing changed.
    Returns how many attempts failed before one got through."""
    for fail_at in range(1, MAX_ATTEMPTS):
        try:
            if attempt(fail_at):
                return fail_at - 1
        except AssertionError:
            raise
        check_unchanged()
    raise AssertionError("the operation never got through")


def _debris(folder: pathlib.Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize("kind", KINDS)
def test_saving_an_answer(kind, isolated_data_dir, example_dossier, catalogue):
    connection = open_store(isolated_data_dir)
    DossierRepository(connection).add(example_dossier)
    question = next(iter(example_dossier.answers))
    before = DossierRepository(connection).get(example_dossier.id)
    new = catalogue.make_answer(question, "Een nieuw antwoord, na de storing.")

    def attempt(fail_at):
        faults = Faults(fail_at, kind, isolated_data_dir)
        repository = DossierRepository(FaultyConnection(connection, faults))
        try:
            repository.save_answer(example_dossier.id, new)
        except sqlite3.Error as error:
            assert KINDS[kind][1] in explain(error)
            return False
        return True

    def unchanged():
        assert DossierRepository(connection).get(example_dossier.id) == before

    assert _until_it_gets_through(attempt, unchanged) >= 2
    assert DossierRepository(connection).get(example_dossier.id).answers[question] == new
    connection.close()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("output_format", ["json", "html", "pdf", "docx"])
def test_exporting(kind, output_format, tmp_path, monkeypatch, example_dossier, catalogue):
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    target = folder / f"document.{output_format}"
    target.write_bytes(b"het eerdere bestand")

    def attempt(fail_at):
        faults = Faults(fail_at, kind, folder)
        try:
            with failing_files(monkeypatch, faults):
                if output_format == "json":
                    exchange.write_file(target, example_dossier)
                else:
                    render_to_file(example_dossier, catalogue, target, output_format)
        except OSError as error:
            assert KINDS[kind][2] in explain(error)
            return False
        return True

    def unchanged():
        assert target.read_bytes() == b"het eerdere bestand"
        assert _debris(folder) == []

    assert _until_it_gets_through(attempt, unchanged) >= 2
    assert target.read_bytes() != b"het eerdere bestand" and _debris(folder) == []
    if output_format == "json":
        assert exchange.read_file(target) == example_dossier


@pytest.mark.parametrize("kind", KINDS)
def test_making_a_backup(kind, isolated_data_dir, monkeypatch, example_dossier):
    connection = open_store(isolated_data_dir)
    DossierRepository(connection).add(example_dossier)
    make_backup(connection, isolated_data_dir, "afsluiten")
    earlier = list_backups(isolated_data_dir)
    earlier_bytes = earlier[0].path.read_bytes()

    def attempt(fail_at):
        faults = Faults(fail_at, kind, isolated_data_dir)
        try:
            with failing_files(monkeypatch, faults):
                make_backup(FaultyConnection(connection, faults), isolated_data_dir, "handmatig")
        except BackupError as error:
            assert "niet worden gemaakt" in str(error)
            assert KINDS[kind][1] in str(error) or KINDS[kind][2] in str(error)
            return False
        return True

    def unchanged():
        assert list_backups(isolated_data_dir) == earlier
        assert earlier[0].path.read_bytes() == earlier_bytes
        assert _debris(isolated_data_dir) == []

    assert _until_it_gets_through(attempt, unchanged) >= 2
    assert len(list_backups(isolated_data_dir)) == 2
    connection.close()


@pytest.mark.parametrize("kind", KINDS)
def test_importing(kind, isolated_data_dir, tmp_path, monkeypatch):
    source = tmp_path / "in" / "afwijking.json"
    source.parent.mkdir()
    shutil.copyfile(VOLUNTEER_EXAMPLE, source)
    connection = open_store(isolated_data_dir)

    def attempt(fail_at):
        faults = Faults(fail_at, kind, tmp_path)
        repository = DossierRepository(FaultyConnection(connection, faults))
        try:
            with failing_files(monkeypatch, faults):
                repository.add_imported(exchange.read_file(source))
        except exchange.ExchangeError as error:
            assert "kan niet worden gelezen" in str(error) and KINDS[kind][2] in str(error)
            return False
        except sqlite3.Error as error:
            assert KINDS[kind][1] in explain(error)
            return False
        return True

    def unchanged():  # no half-imported dossier: no dossier, no answers, nothing in the index
        for table in ("dossiers", "answers", "dossier_rows", "dossier_search_docsize"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

    assert _until_it_gets_through(attempt, unchanged) >= 2
    stored = DossierRepository(connection).summaries()
    assert [s.title for s in stored] == [json.loads(source.read_text())["dossier"]["title"]]
    connection.close()
