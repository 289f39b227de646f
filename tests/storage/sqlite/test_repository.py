"""The SQLite store's own side: one small write per save, all or nothing, one index update."""

import sqlite3
import threading
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igj_afwijken.domain.model import Answer, Person, utc_now
from igj_afwijken.storage.sqlite.repository import (
    DossierRepository,
    RegisterFilter,
    UnknownDossier,
)


def test_saving_an_answer_is_one_small_write(repository, example_dossier, catalogue, connection):
    repository.add(example_dossier)
    statements = []
    connection.set_trace_callback(statements.append)
    answer = catalogue.make_answer("waarom.knelpunt", "Nieuwe tekst")
    repository.save_answer(example_dossier.id, answer)
    connection.set_trace_callback(None)
    # SQLite repeats a statement in the trace for each trigger step it runs (the search index)
    writes = {s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")}
    assert len(writes) == 2  # the one answer, and the dossier's change time
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"
    stored = repository.get(example_dossier.id)
    assert stored.answer_text("waarom.knelpunt") == "Nieuwe tekst"
    assert stored.updated_at == answer.updated_at
    untouched = {k: v for k, v in stored.answers.items() if k != "waarom.knelpunt"}
    assert untouched == {k: v for k, v in example_dossier.answers.items() if k != "waarom.knelpunt"}


def test_saving_a_checklist_answer_is_one_small_write(
    repository, example_dossier, catalogue, connection
):
    repository.add(example_dossier)
    statements = []
    connection.set_trace_callback(statements.append)
    answer = catalogue.make_checklist_answer("vrijwilligers.achterwacht", "nee", "Nog regelen")
    repository.save_checklist_answer(example_dossier.id, answer)
    connection.set_trace_callback(None)
    # SQLite repeats a statement in the trace for each trigger step it runs (the search index)
    writes = {s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")}
    assert len(writes) == 2
    stored = repository.get(example_dossier.id)
    assert stored.checklist["vrijwilligers.achterwacht"] == answer
    assert stored.answers == example_dossier.answers
    with pytest.raises(UnknownDossier):
        repository.save_checklist_answer("bestaat-niet", answer)


def test_saving_an_answer_for_an_unknown_dossier_stores_nothing(repository, catalogue, connection):
    with pytest.raises(UnknownDossier):
        repository.save_answer("bestaat-niet", catalogue.make_answer("waarom.knelpunt", "x"))
    connection.execute("PRAGMA foreign_keys = OFF")  # look past the constraint: nothing was kept
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_a_failed_add_leaves_nothing_behind(repository, example_dossier, connection):
    repository.add(example_dossier)
    duplicate = example_dossier.copy(title="Anders")
    with pytest.raises(sqlite3.IntegrityError):
        repository.add(duplicate)
    assert repository.get(example_dossier.id).title == example_dossier.title
    assert connection.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 1


def test_purging_removes_the_answers_too(repository, example_dossier, connection):
    repository.add(example_dossier)
    repository.delete(example_dossier.id)
    repository.purge(example_dossier.id)
    assert not repository.exists(example_dossier.id)
    assert connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_adding_a_dossier_indexes_its_text_once_in_one_transaction(
    repository, example_dossier, catalogue, connection
):
    """Importing a 39 MB file took 220 s: the search index was rebuilt after every answer."""
    answers = {
        f"vraag{number}.deel": Answer(
            f"vraag{number}.deel", f"tekst nummer{number}", "2026.1", "Een vraag", utc_now()
        )
        for number in range(60)
    }
    dossier = example_dossier
    dossier.answers.update(answers)
    statements = []
    connection.set_trace_callback(statements.append)
    repository.add(dossier)
    connection.set_trace_callback(None)
    # FTS5 traces its own work: one row written into the index's sizes is one indexing.
    indexing = [
        s for s in statements if s.startswith("-- REPLACE INTO 'main'.'dossier_search_docsize'")
    ]
    assert len(indexing) == 1, len(indexing)
    assert [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT")] == [
        "BEGIN IMMEDIATE",
        "COMMIT",
    ]
    found = repository.summaries(narrow=RegisterFilter(search="nummer59"))
    assert [s.id for s in found] == [dossier.id]


def _with_long_answers(dossier, characters):
    """The dossier with answers of `characters` characters in all, as a large import has."""
    for number in range(10):
        question = f"vraag{number}.deel"
        text = f"camera {number} " + "zorg " * (characters // 50)
        dossier.answers[question] = Answer(question, text, "2026.1", "Een vraag", utc_now())
    return dossier


@pytest.mark.parametrize("characters", [2_000, 2_000_000])
def test_a_dossier_is_checked_and_written_whole_however_much_text_it_has(
    connection, example_dossier, characters
):
    """A lot of text is checked in a thread while SQLite writes it; what is stored is the same."""
    checked_in = []

    def readiness_of(dossier):
        checked_in.append(threading.current_thread())
        return "aandacht" if "camera" in dossier.answer_text("vraag9.deel") else "klaar"

    repository = DossierRepository(
        connection, readiness_of=readiness_of, changed_since_of=lambda dossier: 3
    )
    dossier = _with_long_answers(example_dossier, characters)
    repository.add(dossier)
    (summary,) = repository.summaries()
    assert (summary.readiness, summary.changed_since_version) == ("aandacht", 3)
    assert repository.get(dossier.id).answers == dossier.answers
    beside = characters >= 1_000_000
    assert (checked_in[0] is not threading.current_thread()) == beside


@pytest.mark.parametrize("characters", [2_000, 2_000_000])
def test_a_long_text_is_written_with_room_for_it_in_the_cache_made_small_again(
    connection, example_dossier, characters
):
    """Indexing a long text reads it back; from the cache, not from the file. Afterwards the
    cache takes no more memory than before."""
    (before,) = connection.execute("PRAGMA cache_size").fetchone()
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    DossierRepository(connection).add(_with_long_answers(example_dossier, characters))
    connection.set_trace_callback(None)
    sizes = [int(s.split("=")[1]) for s in statements if s.startswith("PRAGMA cache_size =")]
    if characters < 1_000_000:
        assert sizes == []
    else:
        room, restored = sizes
        assert -room * 1024 >= 2 * characters  # in KiB when negative
        assert restored == before
        begin = statements.index("BEGIN IMMEDIATE")
        assert statements.index(f"PRAGMA cache_size = {room}") < begin
        assert statements.index(f"PRAGMA cache_size = {restored}") > statements.index("COMMIT")
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == before


@pytest.mark.parametrize("characters", [2_000, 2_000_000])
def test_a_check_that_fails_leaves_nothing_of_the_dossier(connection, example_dossier, characters):
    def readiness_of(dossier):
        raise RuntimeError("de controle liep vast")

    repository = DossierRepository(connection, readiness_of=readiness_of)
    with pytest.raises(RuntimeError, match="liep vast"):
        repository.add(_with_long_answers(example_dossier, characters))
    for table in ("dossiers", "answers", "dossier_search_docsize"):
        assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_a_stored_version_that_cannot_be_decoded_leaves_the_dossier_readable(
    repository, example_dossier, catalogue, connection
):
    from igj_afwijken.services.lifecycle import adopt

    adopt(example_dossier, catalogue, Person("A. de Vries"), date(2026, 12, 1))
    repository.add(example_dossier)
    connection.execute("UPDATE versions SET snapshot = '{\"title\": 3}'")
    dossier = repository.get(example_dossier.id)
    assert dossier.title == example_dossier.title and dossier.answers == example_dossier.answers
    assert dossier.versions[0].dossier is None and dossier.versions[0].number == 1


def test_a_part_of_a_word_written_by_another_window_is_found(
    repository, catalogue, isolated_data_dir
):
    """The index's words are kept between keystrokes, and read again after another
    connection (another window, an import from the command line) wrote to the store."""
    from igj_afwijken.storage.sqlite.connection import open_store
    from tests.conftest import add_dossier

    assert repository.summaries(narrow=RegisterFilter(search="kruk")) == []
    other = open_store(isolated_data_dir)
    add_dossier(DossierRepository(other), catalogue, "Nacht", "Deurkrukalarm")
    other.close()
    found = repository.summaries(narrow=RegisterFilter(search="kruk"))
    assert [s.title for s in found] == ["Nacht"]


# Words as the index holds them (no line breaks, no spaces), some sharing their parts.
_index_words = st.lists(st.text(st.sampled_from("aabensorëß1_"), min_size=1, max_size=8))


@settings(max_examples=300, deadline=None)
@given(words=_index_words, part=st.text(st.sampled_from("aabensorëß1"), min_size=1, max_size=4))
def test_the_words_holding_a_part_inside_are_those_a_word_by_word_search_finds(words, part):
    """Found in one text of all the index's words, as the same search word by word finds
    them: in the index's order, a word once, never one that holds the part only at its
    start, and no more than asked."""
    from igj_afwijken.storage.sqlite.repository import IndexWords

    inside = [word for word in words if word.find(part, 1) > 0]
    index_words = IndexWords(words)
    assert index_words.holding_inside(part, most=len(words) + 1) == inside
    assert index_words.holding_inside(part, most=2) == inside[:2]


def test_the_index_words_are_read_beside_the_window_when_it_prepares_a_search(
    repository, catalogue, connection
):
    """Reading them took 1.7 s at 100,000 dossiers, on the first search for a part of a word
    after any change; the window now has them read on a connection of their own."""
    from tests.conftest import add_dossier

    add_dossier(repository, catalogue, "Toezicht", "Bewegingssensoren in de gang.")
    repository.prepare_search()  # the register shows the changed store
    statements = []
    connection.set_trace_callback(statements.append)
    found = repository.summaries(narrow=RegisterFilter(search="sensor"))
    connection.set_trace_callback(None)
    assert [s.title for s in found] == ["Toezicht"]
    assert not [s for s in statements if "dossier_search_terms" in s]  # not on this one

    repository.prepare_search()
    add_dossier(repository, catalogue, "Nacht", "Deurkrukalarm")  # after the reading began
    found = repository.summaries(narrow=RegisterFilter(search="kruk"))
    assert [s.title for s in found] == ["Nacht"]  # words of the store as it is now


def test_the_index_words_are_not_read_beside_a_store_without_a_write_ahead_log(
    repository, catalogue, connection
):
    """Without the log (a network folder), a reader holds up a save."""
    from tests.conftest import add_dossier

    connection.execute("PRAGMA journal_mode = DELETE")
    add_dossier(repository, catalogue, "Toezicht", "Bewegingssensoren in de gang.")
    before = {thread.ident for thread in threading.enumerate()}
    repository.prepare_search()
    started = [t for t in threading.enumerate() if t.ident not in before]
    assert not [t for t in started if t.name == "zoekwoorden"]
    found = repository.summaries(narrow=RegisterFilter(search="sensor"))
    assert [s.title for s in found] == ["Toezicht"]


def test_closing_the_store_waits_for_the_index_words_being_read_beside_it(
    repository, catalogue, monkeypatch
):
    """Putting a backup back closes the store and replaces its file, which Windows refuses
    while another connection still has it open."""
    import time

    from igj_afwijken.storage.sqlite import repository as module
    from tests.conftest import add_dossier

    read_terms = module._read_terms
    delays = iter([1.0, 0.2])  # as slowly as with 100,000 dossiers; the first the slowest
    monkeypatch.setattr(
        module, "_read_terms", lambda connection: time.sleep(next(delays)) or read_terms(connection)
    )
    add_dossier(repository, catalogue, "Toezicht", "Bewegingssensoren in de gang.")
    repository.prepare_search()
    add_dossier(repository, catalogue, "Nacht", "Een sensor bij de deur.")  # read them again
    repository.prepare_search()
    readers = [t for t in threading.enumerate() if t.name == "zoekwoorden"]
    assert len(readers) == 2
    repository.close()
    assert all(not reader.is_alive() for reader in readers)
