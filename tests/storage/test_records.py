"""The helpers every store shares for laying out and reading its rows."""

import gc

import pytest

from igj_afwijken.storage.records import collector_paused


@pytest.fixture
def collector_as_it_was():
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_collector_is_as_it_was_after_a_pause(collector_as_it_was, enabled_before):
    gc.enable() if enabled_before else gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled_before


def test_the_collector_runs_again_when_the_paused_work_fails(collector_as_it_was):
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("een rij die niet te lezen is")
    assert gc.isenabled()
