"""Test set-up: offscreen Qt, a fresh data folder per test, and the shared fixtures."""

import os
from dataclasses import dataclass
from uuid import uuid4

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import time
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from igj_afwijken import i18n, paths
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats import exchange
from igj_afwijken.storage.postgres.server import grant, init_server
from igj_afwijken.storage.sqlite.connection import open_store
from igj_afwijken.storage.sqlite.repository import DossierRepository
from tests.helpers import insert_many_dossiers  # noqa: F401 - the tests' data filler

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.json"))
ENGLISH_EXAMPLES = sorted((ROOT / "resources" / "examples" / "en").glob("*.json"))
VOLUNTEER_EXAMPLE = ROOT / "resources" / "examples" / "vrijwilliger-oud-verpleegkundige.json"


@pytest.fixture(scope="session", autouse=True)
def qt_application(qapp):
    """One QApplication for the whole run, made before anything could make a lesser one."""
    return qapp


@pytest.fixture(autouse=True)
def dutch_by_default(qapp):
    """Every test starts in Dutch, the program's own language, whatever the last one chose."""
    from igj_afwijken.gui.application import install_translations

    i18n.use_language(i18n.SOURCE_LANGUAGE)
    install_translations(qapp)
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)
    install_translations(qapp)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder; nothing touches the user's real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def amsterdam_time(monkeypatch):
    """Local time as in the Netherlands, so printed dates and times are stable."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def catalogue():
    return load_catalogue()


@pytest.fixture
def example_dossier():
    return exchange.read_file(VOLUNTEER_EXAMPLE)


@pytest.fixture
def connection(isolated_data_dir):
    db = open_store(isolated_data_dir)
    yield db
    db.close()


@pytest.fixture
def repository(connection):
    return DossierRepository(connection)


def add_dossier(repository, catalogue, title, answer="", **facts):
    """Store a dossier with a title, its facts and (optionally) an answer to the first question."""
    dossier = Dossier(title=title, **facts)
    if answer:
        dossier.set_answer(catalogue.make_answer("waarom.knelpunt", answer))
    repository.add(dossier)
    return dossier.id


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster for the run (started when a test first asks for it)."""
    from tests import postgres_cluster

    if postgres_cluster.binaries() is None:
        pytest.skip("PostgreSQL is not installed here; scripts/test.sh installs it")
    cluster = postgres_cluster.start()
    yield cluster
    cluster.stop()


@dataclass
class Server:
    """An organisation store on the tests' PostgreSQL cluster, with dossiers at two locations
    (a1 and a2 at Huize Het Anker, b1 at De Boei), and people logging in with rights of their
    own."""

    cluster: object
    database: str
    url: str

    def person(self, right: str | None = None, location: str = "") -> str:
        """A new person's own login role, given `right`; the store's address as that person."""
        role = f"p_{uuid4().hex[:10]}"
        with self.admin() as admin:
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        if right:
            grant(self.url, role, right, location)
        return self.cluster.url(role, self.database)

    def login(self, right: str | None = None, location: str = "") -> psycopg.Connection:
        """A raw connection as a new person with `right`, as `psql` would make it."""
        return psycopg.connect(self.person(right, location), autocommit=True)

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url, autocommit=True)


def new_database(postgres) -> tuple[str, str]:
    """A new, empty database on the test cluster: (its name, its address as the cluster's
    administrator)."""
    database = f"igj_{uuid4().hex[:10]}"
    with psycopg.connect(postgres.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    return database, postgres.url(database=database)


def store_of_revision(postgres, revision: str) -> tuple[str, str]:
    """A new organisation store set up with its revisions up to `revision` only, as a server
    of an earlier release has it: (its database's name, its address as the administrator)."""
    from sqlalchemy import create_engine

    from igj_afwijken.storage import migrations

    database, url = new_database(postgres)
    engine = create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(url))
    try:
        with engine.connect() as bound:
            migrations.upgrade(bound, migrations.ORGANISATION_REVISIONS, to=revision)
    finally:
        engine.dispose()
    return database, url


@pytest.fixture
def server(postgres) -> "Server":
    """A new database on the test cluster, made an organisation store by `server init`."""
    made = Server(postgres, *new_database(postgres))
    init_server(made.url)
    with made.admin() as admin:
        for dossier, location in (("a1", "Huize Het Anker"), ("a2", "Huize Het Anker"),
                                  ("b1", "De Boei")):  # fmt: skip
            admin.execute(
                "INSERT INTO dossiers (id, title, location, created_at, updated_at)"
                " VALUES (%s, %s, %s, '2026-12-04T10:00:00+00:00', '2026-12-04T10:00:00+00:00')",
                (dossier, f"Afwijking {dossier}", location),
            )
            admin.execute(
                "INSERT INTO answers VALUES (%s, 'waarom.reden', 'Te weinig personeel', '2026.1',"
                " 'Waarom?', '2026-12-04T10:00:00+00:00')",
                (dossier,),
            )
    return made
