"""The stores that the storage contract suite runs against: a new store is added here, once."""

import pytest

from igj_afwijken.storage.local import open_local_store

# How to open each kind of store in a fresh place, with an optional readiness for the register.
STORES = {
    "local": lambda folder, readiness_of: open_local_store(folder, readiness_of=readiness_of),
}


@pytest.fixture(params=sorted(STORES))
def open_test_store(request, isolated_data_dir):
    """Opens a store of the kind under test; every store opened is closed after the test."""
    opened = []

    def open_store(readiness_of=None):
        store = STORES[request.param](isolated_data_dir, readiness_of)
        opened.append(store)
        return store

    yield open_store
    for store in opened:
        store.close()


@pytest.fixture
def store(open_test_store):
    return open_test_store()
