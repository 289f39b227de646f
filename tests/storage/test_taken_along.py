"""The data folder's record of dossiers taken along: written whole, read back as it was, and a
damaged record named in one clear message."""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken.formats import exchange
from igj_afwijken.storage.port import StoreError
from igj_afwijken.storage.taken_along import TakenAlong, TakenAlongFolder
from tests.conftest import EXAMPLES

SINCE = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_record_reads_back_as_it_was_written(tmp_path, path):
    dossier = exchange.read_file(path)
    folder = TakenAlongFolder(tmp_path)
    folder.put(TakenAlong("postgresql://server/igj", "anna", SINCE, dossier))
    assert folder.dossier_ids() == [dossier.id]
    assert folder.get(dossier.id) == TakenAlong("postgresql://server/igj", "anna", SINCE, dossier)
    assert [p.name for p in folder.folder.iterdir()] == [f"{dossier.id}.json"]  # no leftovers
    folder.remove(dossier.id)
    assert folder.get(dossier.id) is None and folder.dossier_ids() == []


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=200),
        _json.map(lambda value: json.dumps(value).encode()),
        st.dictionaries(st.sampled_from(["format", "address", "who", "since", "base"]), _json).map(
            lambda record: json.dumps({"format": "igj-afwijken-meegenomen", **record}).encode()
        ),
    )
)
def test_a_damaged_record_is_named_in_one_message(tmp_path, content):
    folder = TakenAlongFolder(tmp_path)
    folder.folder.mkdir(exist_ok=True)
    (folder.folder / "d1.json").write_bytes(content)
    try:
        taken = folder.get("d1")
    except StoreError as error:
        assert "d1.json" in str(error) and "\n" not in str(error)
    else:  # a record can only be read when it holds one whole
        assert isinstance(taken, TakenAlong)


def test_an_id_that_is_no_file_name_is_refused(tmp_path):
    with pytest.raises(StoreError):
        TakenAlongFolder(tmp_path).get("../afwijkingen")
