"""Taking a dossier along from the organisation store to work offline in the data folder, and
bringing it back: nothing written offline is lost, nothing a colleague wrote is overwritten."""

import pytest

from igj_afwijken.domain.merge import Conflict
from igj_afwijken.formats import exchange
from igj_afwijken.services.dossiers import open_organisation_register, open_register
from igj_afwijken.services.take_along import (
    TakenElsewhere,
    bring_back,
    take_along,
    take_back,
    taken_along,
)
from igj_afwijken.storage.port import StoreError
from tests.conftest import EXAMPLES

ANCHOR = "Huize Het Anker"


@pytest.fixture
def organisation(server, catalogue):
    """Anna's window on the organisation store, a writer at Huize Het Anker."""
    store = open_organisation_register(server.person("writer", ANCHOR), catalogue)
    yield store
    store.close()


@pytest.fixture
def colleague(server, catalogue):
    store = open_organisation_register(server.person("writer", ANCHOR), catalogue)
    yield store
    store.close()


@pytest.fixture
def director(server, catalogue):
    store = open_organisation_register(server.person("director"), catalogue)
    yield store
    store.close()


def test_taken_along_worked_on_offline_and_brought_back(
    organisation, colleague, register, isolated_data_dir, catalogue
):
    assert take_along(organisation, register, isolated_data_dir, "a1") == ""
    assert register.get("a1") == organisation.get("a1")
    assert list(taken_along(isolated_data_dir)) == ["a1"]
    with pytest.raises(TakenElsewhere):  # the colleague reads it, and cannot change it
        colleague.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Tegelijk"))
    # offline: the register of the data folder, opened again as after a restart
    register.close()
    offline = open_register(isolated_data_dir, catalogue)
    offline.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Offline geschreven"))
    changed = offline.get("a1")
    changed.team = "Team Nacht"
    offline.save_facts(changed)
    done = bring_back(organisation, offline, isolated_data_dir, "a1")
    assert done.written and done.conflicts == []
    stored = colleague.get("a1")
    assert stored.answer_text("waarom.knelpunt") == "Offline geschreven"
    assert stored.team == "Team Nacht"
    assert not offline.exists("a1") and taken_along(isolated_data_dir) == {}
    assert organisation.taken_marks() == {}
    colleague.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Weer samen"))
    offline.close()


def test_taken_back_by_force_then_merged_field_by_field(
    organisation, colleague, director, register, isolated_data_dir, catalogue
):
    take_along(organisation, register, isolated_data_dir, "a1")
    register.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Mijn knelpunt"))
    register.save_answer("a1", catalogue.make_answer("waarom.oorzaken", "Mijn oorzaken"))
    take_back(director, "a1")
    colleague.save_answer("a1", catalogue.make_answer("werkwijze.keuze", "Haar keuze"))
    colleague.save_answer("a1", catalogue.make_answer("waarom.oorzaken", "Haar oorzaken"))
    # without a way to choose: nothing is written, and the one conflict is named
    done = bring_back(organisation, register, isolated_data_dir, "a1")
    assert not done.written
    assert [(c.part, c.key) for c in done.conflicts] == [("answers", "waarom.oorzaken")]
    assert colleague.get("a1").answer_text("waarom.knelpunt") == ""
    asked: list[Conflict] = []

    def choose(conflict):
        asked.append(conflict)
        return catalogue.make_answer(
            conflict.key, f"{conflict.mine.text} en {conflict.theirs.text.lower()}"
        )

    done = bring_back(organisation, register, isolated_data_dir, "a1", choose)
    assert done.written and len(asked) == 1
    stored = colleague.get("a1")
    assert stored.answer_text("waarom.knelpunt") == "Mijn knelpunt"
    assert stored.answer_text("werkwijze.keuze") == "Haar keuze"
    assert stored.answer_text("waarom.oorzaken") == "Mijn oorzaken en haar oorzaken"
    assert not register.exists("a1")


def test_someone_else_taking_it_meanwhile_stops_the_bringing_back(
    organisation, colleague, director, register, isolated_data_dir, catalogue
):
    take_along(organisation, register, isolated_data_dir, "a1")
    register.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Mijn knelpunt"))
    take_back(director, "a1")
    colleague.take("a1")
    with pytest.raises(TakenElsewhere):
        bring_back(organisation, register, isolated_data_dir, "a1", lambda c: c.mine)
    assert register.get("a1").answer_text("waarom.knelpunt") == "Mijn knelpunt"  # still here
    assert "a1" in taken_along(isolated_data_dir)


def test_an_older_different_copy_in_the_data_folder_is_kept_in_the_bin(
    organisation, register, isolated_data_dir, catalogue
):
    older = organisation.get("a1").copy(title="Mijn oude kopie")
    register.add(older)
    kept = take_along(organisation, register, isolated_data_dir, "a1")
    assert kept and register.get(kept).title == "Mijn oude kopie"
    assert [s.id for s in register.summaries(deleted=True)] == [kept]
    assert register.get("a1").title == "Afwijking a1"


def test_taking_the_same_dossier_twice_is_refused_and_changes_nothing(
    organisation, register, isolated_data_dir, catalogue
):
    take_along(organisation, register, isolated_data_dir, "a1")
    register.save_answer("a1", catalogue.make_answer("waarom.knelpunt", "Offline"))
    with pytest.raises(StoreError, match="al meegenomen"):
        take_along(organisation, register, isolated_data_dir, "a1")
    assert register.get("a1").answer_text("waarom.knelpunt") == "Offline"


def test_a_whole_example_dossier_goes_and_comes_back_as_it_was(
    server, organisation, register, isolated_data_dir
):
    example = exchange.read_file(EXAMPLES[2])  # the volunteer example, at Huize Het Anker
    organisation.add(example)
    take_along(organisation, register, isolated_data_dir, example.id)
    assert taken_along(isolated_data_dir)[example.id].base == organisation.get(example.id)
    assert bring_back(organisation, register, isolated_data_dir, example.id).written
    assert organisation.get(example.id) == example.copy(
        updated_at=organisation.get(example.id).updated_at
    )
