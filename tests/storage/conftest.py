"""The stores that the storage contract suite runs against: a new store is added here, once."""

from uuid import uuid4

import pytest

from igj_afwijken.storage.local import open_local_store


def _local(request, folder, readiness_of):
    return open_local_store(folder, readiness_of=readiness_of)


def _organisation(request, folder, readiness_of):
    """A new database on the tests' PostgreSQL cluster, set up by `server init`, opened as its
    owner (who sees every location)."""
    import psycopg
    from psycopg import sql

    from igj_afwijken.storage.organisation import open_organisation_store
    from igj_afwijken.storage.postgres.server import init_server

    cluster = request.getfixturevalue("postgres")
    database = f"igj_{uuid4().hex[:10]}"
    with psycopg.connect(cluster.url(database="postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    url = cluster.url(database=database)
    init_server(url)
    return open_organisation_store(url, readiness_of=readiness_of)


# How to open each kind of store in a fresh place, with an optional readiness for the register.
STORES = {"local": _local, "organisation": _organisation}


@pytest.fixture(params=sorted(STORES))
def open_test_store(request, isolated_data_dir):
    """Opens a store of the kind under test; every store opened is closed after the test."""
    opened = []

    def open_store(readiness_of=None):
        store = STORES[request.param](request, isolated_data_dir, readiness_of)
        opened.append(store)
        return store

    yield open_store
    for store in opened:
        store.close()


@pytest.fixture
def store(open_test_store):
    return open_test_store()
