"""Changes typed while the organisation store's server was away: kept on this computer, and
written when it is back, never over what a colleague saved meanwhile."""

import pytest

from igj_afwijken.services.dossiers import open_organisation_register
from igj_afwijken.services.waiting import (
    Waiting,
    forget_waiting,
    keep_waiting,
    waiting_for,
    write_waiting,
)
from igj_afwijken.storage.waiting import WaitingFolder

ANCHOR = "Huize Het Anker"


@pytest.fixture
def stores(server, catalogue):
    """The window's store and a colleague's, both writers at Huize Het Anker."""
    mine = open_organisation_register(server.person("writer", ANCHOR), catalogue)
    theirs = open_organisation_register(server.person("writer", ANCHOR), catalogue)
    yield mine, theirs
    mine.close()
    theirs.close()


def _never(conflict):
    raise AssertionError(f"asked about {conflict}")


def _waiting(store, opened, mine, known_answers=None, known_facts=()):
    return Waiting(
        store.address,
        opened,
        mine,
        known_answers or {q: [a.text] for q, a in opened.answers.items()},
        (opened, *known_facts),
    )


def test_changes_kept_while_away_are_written_with_a_colleagues_beside_them(
    stores, isolated_data_dir, catalogue
):
    store, colleague = stores
    opened = store.get("a1")
    mine = opened.copy(team="Team Nacht")
    mine.set_answer(catalogue.make_answer("waarom.knelpunt", "Getypt toen de server weg was"))
    keep_waiting(isolated_data_dir, _waiting(store, opened, mine))
    colleague.save_answer("a1", catalogue.make_answer("werkwijze.keuze", "Van een collega"))
    (waiting,), unreadable = waiting_for(isolated_data_dir, store.address)
    assert unreadable == [] and waiting.mine == mine and waiting.since is not None
    assert waiting_for(isolated_data_dir, "postgresql://elders/igj") == ([], [])
    done = write_waiting(store, isolated_data_dir, waiting, _never)
    stored = colleague.get("a1")
    assert stored.answer_text("waarom.knelpunt") == "Getypt toen de server weg was"
    assert stored.answer_text("werkwijze.keuze") == "Van een collega"
    assert stored.team == "Team Nacht" and done.kept_theirs == []
    assert waiting_for(isolated_data_dir, store.address) == ([], [])


def test_a_text_the_window_saved_itself_is_no_colleagues(stores, isolated_data_dir, catalogue):
    store, colleague = stores
    opened = store.get("a1")
    store.save_answer("a1", catalogue.make_answer("waarom.oorzaken", "Eerst opgeslagen"))
    mine = opened.copy()
    mine.set_answer(catalogue.make_answer("waarom.oorzaken", "Eerst opgeslagen, dan verder"))
    known = {"waarom.oorzaken": ["", "Eerst opgeslagen"]}
    waiting = _waiting(store, opened, mine, known)
    write_waiting(store, isolated_data_dir, waiting, _never)
    assert colleague.get("a1").answer_text("waarom.oorzaken") == "Eerst opgeslagen, dan verder"


def test_an_answer_a_colleague_changed_is_settled_and_their_fact_stays(
    stores, isolated_data_dir, catalogue
):
    store, colleague = stores
    opened = store.get("a1")
    mine = opened.copy(title="Mijn titel")
    mine.set_answer(catalogue.make_answer("waarom.oorzaken", "Mijn reden"))
    later = colleague.get("a1")
    later.title = "Titel van een collega"
    colleague.save_facts(later)
    colleague.save_answer("a1", catalogue.make_answer("waarom.oorzaken", "Reden van een collega"))
    asked = []

    def choose(conflict):
        asked.append((conflict.key, conflict.mine.text, conflict.theirs.text))
        return catalogue.make_answer(conflict.key, "Samen")

    done = write_waiting(store, isolated_data_dir, _waiting(store, opened, mine), choose)
    assert asked == [("waarom.oorzaken", "Mijn reden", "Reden van een collega")]
    stored = colleague.get("a1")
    assert stored.answer_text("waarom.oorzaken") == "Samen"
    assert stored.title == "Titel van een collega"
    assert done.kept_theirs == [("title", "Mijn titel")]


def test_a_record_keeps_when_it_began_and_a_damaged_one_is_named(
    stores, isolated_data_dir, catalogue
):
    store, _ = stores
    opened = store.get("a1")
    keep_waiting(isolated_data_dir, _waiting(store, opened, opened.copy(team="Een")))
    first = WaitingFolder(isolated_data_dir).get("a1")
    keep_waiting(isolated_data_dir, _waiting(store, opened, opened.copy(team="Twee")))
    second = WaitingFolder(isolated_data_dir).get("a1")
    assert second.since == first.since and second.mine.team == "Twee"
    assert second.known_facts[0].answers == {}  # the facts alone are kept of what it knew
    (WaitingFolder(isolated_data_dir).folder / "a2.json").write_text("{niet af")
    found, unreadable = waiting_for(isolated_data_dir, store.address)
    assert [w.dossier_id for w in found] == ["a1"] and len(unreadable) == 1
    assert "a2.json" in unreadable[0]
    forget_waiting(isolated_data_dir, "a1")
    assert waiting_for(isolated_data_dir, store.address)[0] == []
