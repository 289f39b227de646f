"""The SQLite register: search syntax kept harmless, ten thousand dossiers filtered in SQL."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igj_afwijken.storage.sqlite.repository import RegisterFilter, search_words
from tests.conftest import add_dossier
from tests.helpers import insert_many_dossiers


def test_search_syntax_in_the_users_text_is_harmless(repository, catalogue):
    add_dossier(repository, catalogue, "Nachtdienst", "tekst")
    for text in ('"', "AND OR NOT", "nacht*", "a:b", "(", "NEAR("):
        repository.summaries(narrow=RegisterFilter(search=text))  # no error
    assert search_words('Nacht" OR x Cliënt') == ["nacht", "or", "x", "client"]


@pytest.fixture(scope="module")
def searched_store(tmp_path_factory):
    from igj_afwijken.domain.model import Dossier
    from igj_afwijken.storage.sqlite.connection import open_store
    from igj_afwijken.storage.sqlite.repository import DossierRepository

    repository = DossierRepository(open_store(tmp_path_factory.mktemp("zoeken")))
    repository.add(Dossier(title="Bewegingssensoren, nachtdiensten en de cliëntenraad"))
    yield repository
    repository.close()


@given(text=st.text())
def test_any_typed_search_is_a_query_the_index_accepts(searched_store, text):
    """Whatever is typed, its words reach FTS5 only as quoted strings, never as its syntax."""
    import sqlite3

    try:
        searched_store.summaries(narrow=RegisterFilter(search=text))
    except sqlite3.OperationalError as error:
        raise AssertionError(f"{text!r}: {error}") from error


# Letters and digits to Python that the index's tokenizer takes for spaces: "_", and the vowel
# signs of New Tai Lue, letters only since Unicode 8 (the tokenizer's tables are of 6.1).
CUT_BY_THE_INDEX = "_\u19b0\u19b5\u19c9"


@settings(max_examples=60, deadline=None)
@given(
    pieces=st.lists(st.text("abcdefghijklmnopqrstuvwxyzé", min_size=3, max_size=7), min_size=2),
    cuts=st.lists(st.sampled_from(CUT_BY_THE_INDEX), min_size=1),
)
def test_a_word_the_index_cuts_in_pieces_is_searched_as_those_pieces(searched_store, pieces, cuts):
    """The index keeps no places, so it cannot look for a phrase: each piece is a word."""
    from igj_afwijken.domain.model import Dossier

    word = "".join(piece + cuts[n % len(cuts)] for n, piece in enumerate(pieces)).rstrip(cuts[0])
    dossier = Dossier(title=f"Over {word} en meer")
    searched_store.add(dossier)
    found = searched_store.summaries(narrow=RegisterFilter(search=word.upper()))
    assert dossier.id in [summary.id for summary in found]


@pytest.mark.slow  # ten thousand dossiers
def test_the_register_of_ten_thousand_dossiers_filters_in_sql(repository, connection):
    insert_many_dossiers(connection)
    assert len(repository.summaries()) == 10_000
    assert len(repository.summaries(narrow=RegisterFilter(search="nachtdienst"))) == 10
    assert len(repository.summaries(narrow=RegisterFilter(location="Noord"))) == 5_000
    found = repository.summaries(narrow=RegisterFilter(search="afwijking 4321"))
    assert "Afwijking 4321" in {s.title for s in found}


def test_the_evaluations_due_are_found_through_the_index_of_their_dates(repository, connection):
    """Without it SQLite read every dossier in use through the register's index, at every
    start: 8 ms with 10,000 dossiers, 80 with 100,000."""
    from datetime import date

    insert_many_dossiers(connection, 200)
    with connection:
        connection.execute(
            "UPDATE dossiers SET next_evaluation = '2027-01-01' WHERE id IN ('id-00007', 'id-00011')"
        )
    statements = []
    connection.set_trace_callback(statements.append)
    due = repository.due_rows(date(2027, 1, 31))
    connection.set_trace_callback(None)
    assert sorted(row[0] for row in due) == ["id-00007", "id-00011"]
    (query,) = [s for s in statements if "next_evaluation <=" in s]
    plan = " ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "dossiers_by_next_evaluation" in plan, plan


def test_the_locations_are_found_through_an_index_of_their_own(repository, connection):
    """Reading them read every dossier in use, at the start and after every change: 5 ms with
    10,000 dossiers, 30 with 100,000. Schema 11 gives them an index: one probe a location."""
    insert_many_dossiers(connection, 200)
    statements = []
    connection.set_trace_callback(statements.append)
    assert repository.locations() == ["Noord", "Zuid"]
    connection.set_trace_callback(None)
    (query,) = [s for s in statements if "location" in s]
    plan = [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}")]
    reads = [step for step in plan if "dossiers" in step or " d " in f"{step} "]
    assert reads and all("dossiers_by_location (deleted_at=? AND location>?)" in s for s in reads)
    assert not [step for step in plan if "TEMP B-TREE" in step], plan


@pytest.fixture(scope="module")
def located_store(tmp_path_factory):
    from igj_afwijken.storage.sqlite.connection import open_store
    from igj_afwijken.storage.sqlite.repository import DossierRepository

    repository = DossierRepository(open_store(tmp_path_factory.mktemp("plaatsen")))
    yield repository
    repository.close()


@settings(max_examples=60, deadline=None)
@given(
    places=st.lists(
        st.tuples(
            st.text(st.characters(exclude_categories=("Cs",)), max_size=5)
            | st.sampled_from(["Noord", "Noord ", "noord", "Zuid", ""]),
            st.booleans(),
        ),
        max_size=12,
    )
)
def test_the_locations_are_every_one_in_use_once_in_order(located_store, places):
    """Probed one after another through the index, they are what reading every dossier gave:
    each location of a dossier in use once, in SQLite's order, none empty or only deleted."""
    from igj_afwijken.domain.model import Dossier

    for summary in located_store.summaries() + located_store.summaries(deleted=True):
        located_store.purge(summary.id)
    for location, deleted in places:
        dossier = Dossier(title="Plaats", location=location)
        located_store.add(dossier)
        if deleted:
            located_store.delete(dossier.id)
    every_one = located_store.connection.execute(
        "SELECT DISTINCT location FROM dossiers WHERE deleted_at IS NULL AND location != ''"
        " ORDER BY location"
    )
    assert located_store.locations() == [location for (location,) in every_one]
    assert set(located_store.locations()) == {
        location for location, deleted in places if location and not deleted
    }
