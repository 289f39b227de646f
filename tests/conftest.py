"""Test set-up: offscreen Qt, a fresh data folder per test, and the shared fixtures."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import time
from pathlib import Path

import pytest

from igj_afwijken import i18n, paths
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.model import Dossier
from igj_afwijken.formats import exchange
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
