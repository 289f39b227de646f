"""A register opened the way the window and the command line open it: through the services."""

import pytest

from igj_afwijken.services.dossiers import open_register


@pytest.fixture
def register(isolated_data_dir, catalogue):
    store = open_register(isolated_data_dir, catalogue)
    yield store
    store.close()
