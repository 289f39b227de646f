"""Every store and exchange file an earlier release wrote still opens, migrates and imports.

The fixtures were made by the releases themselves (a store with the examples imported, the
example files as shipped); a new schema or format version must add its own fixture here."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from igj_afwijken.formats import exchange
from igj_afwijken.storage.sqlite.backups import list_backups
from igj_afwijken.storage.sqlite.connection import (
    SCHEMA_VERSION,
    open_store,
    schema_version,
    store_path,
)
from igj_afwijken.storage.sqlite.repository import DossierRepository, RegisterFilter
from tests.storage.sqlite.index_check import index_matches_the_text

HERE = Path(__file__).parent
STORE_FIXTURES = HERE / "storage" / "sqlite" / "fixtures"
EXCHANGE_FIXTURES = HERE / "fixtures"


def _store_fixture(version: int) -> Path:
    return next(STORE_FIXTURES.glob(f"store_v{version}.*"))


def _put_store(version: int, data_dir: Path) -> None:
    fixture = _store_fixture(version)
    data_dir.mkdir(parents=True)
    if fixture.suffix == ".sql":
        with sqlite3.connect(store_path(data_dir)) as db:
            db.executescript(fixture.read_text("utf-8"))
        db.close()
    else:
        shutil.copyfile(fixture, store_path(data_dir))


def _fixture_rows(version: int, tmp_path: Path) -> tuple[list[tuple[str, str]], int]:
    """The dossiers (id, title) and number of answers in a fixture, read without our code."""
    scratch = tmp_path / "raw"
    _put_store(version, scratch)
    db = sqlite3.connect(store_path(scratch))
    rows = sorted(db.execute("SELECT id, title FROM dossiers"))
    answers = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    db.close()
    return rows, answers


def test_there_is_a_fixture_for_every_schema_and_format_version():
    for version in range(1, SCHEMA_VERSION + 1):
        assert list(STORE_FIXTURES.glob(f"store_v{version}.*")), f"no store of schema {version}"
    for version in range(1, exchange.FORMAT_VERSION + 1):
        assert (EXCHANGE_FIXTURES / f"exchange_v{version}.afwijking.json").exists()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_store_of_every_schema_version_opens_with_all_its_dossiers(
    version, tmp_path, isolated_data_dir
):
    expected, answer_count = _fixture_rows(version, tmp_path)
    _put_store(version, isolated_data_dir)
    connection = open_store(isolated_data_dir)
    assert schema_version(connection) == SCHEMA_VERSION
    # Alembic's record agrees, and a store from before it was kept got only the revisions after
    # its own version (running the earlier ones again would fail on tables that are there)
    assert [tuple(row) for row in connection.execute("SELECT * FROM alembic_version")] == [
        (f"{SCHEMA_VERSION:04d}",)
    ]
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    repository = DossierRepository(connection)
    assert sorted((s.id, s.title) for s in repository.summaries()) == expected
    dossiers = [repository.get(dossier_id) for dossier_id, _ in expected]
    assert sum(len(d.answers) for d in dossiers) == answer_count
    word = dossiers[0].title.split()[0]
    assert repository.summaries(
        narrow=RegisterFilter(search=word)
    )  # the search index covers old dossiers
    assert index_matches_the_text(connection)
    connection.close()
    backups = list_backups(isolated_data_dir)
    if version < SCHEMA_VERSION:
        assert [b.reason for b in backups] == [f"voor-schema-{SCHEMA_VERSION}"]
    else:
        assert backups == []


@pytest.mark.parametrize("version", range(1, exchange.FORMAT_VERSION + 1))
def test_an_exchange_file_of_every_format_version_imports_and_round_trips(
    version, isolated_data_dir
):
    fixture = EXCHANGE_FIXTURES / f"exchange_v{version}.afwijking.json"
    dossier = exchange.read_file(fixture)
    assert dossier.title and dossier.answers
    connection = open_store(isolated_data_dir)
    repository = DossierRepository(connection)
    stored = repository.get(repository.add_imported(dossier))
    assert stored == dossier
    assert exchange.loads(exchange.dumps(stored)) == dossier
    connection.close()
