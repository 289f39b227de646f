"""The register: filtering and full-text search in SQL, also over thousands of dossiers."""

from datetime import date

import pytest

from igj_afwijken.storage.sqlite.repository import RegisterFilter, search_query
from tests.conftest import add_dossier
from tests.helpers import insert_many_dossiers


def _titles(repository, **narrow):
    return sorted(s.title for s in repository.summaries(narrow=RegisterFilter(**narrow)))


def test_search_finds_words_in_answers_titles_and_places(repository, catalogue):
    add_dossier(repository, catalogue, "Nachtdienst", "Te weinig verpleegkundigen in de nacht.")
    add_dossier(repository, catalogue, "Flexpool", "Zzp'ers in het weekend.", location="De Linde")
    add_dossier(repository, catalogue, "Vrijwilligers", "Hulp bij de maaltijd.")
    assert _titles(repository, search="verpleegkund") == ["Nachtdienst"]  # the start of a word
    assert _titles(repository, search="linde") == ["Flexpool"]
    assert _titles(repository, search="weekend zzp") == ["Flexpool"]  # every word must occur
    assert _titles(repository, search="maaltijd nacht") == []
    assert _titles(repository, search="  ") == ["Flexpool", "Nachtdienst", "Vrijwilligers"]


def test_an_edited_answer_is_found_by_its_new_words(repository, catalogue):
    dossier_id = add_dossier(repository, catalogue, "Nachtdienst", "Oude tekst")
    repository.save_answer(dossier_id, catalogue.make_answer("waarom.knelpunt", "Valincidenten"))
    assert _titles(repository, search="valincident") == ["Nachtdienst"]
    assert _titles(repository, search="oude") == []
    repository.purge(dossier_id)
    assert _titles(repository, search="valincident") == []


def test_search_syntax_in_the_users_text_is_harmless(repository, catalogue):
    add_dossier(repository, catalogue, "Nachtdienst", "tekst")
    for text in ('"', "AND OR NOT", "nacht*", "a:b", "(", "NEAR("):
        repository.summaries(narrow=RegisterFilter(search=text))  # no error
    assert search_query('nacht" OR x') == '"nacht"* "OR"* "x"*'


def test_filters_by_status_sector_and_location(repository, catalogue):
    add_dossier(repository, catalogue, "A", status="vastgesteld", sector="ggz", location="Noord")
    add_dossier(repository, catalogue, "B", status="concept", sector="ggz", location="Zuid")
    add_dossier(
        repository, catalogue, "C", status="vastgesteld", sector="jeugdhulp", location="Noord"
    )
    assert _titles(repository, status="vastgesteld") == ["A", "C"]
    assert _titles(repository, sector="ggz", location="Noord") == ["A"]
    assert repository.locations() == ["Noord", "Zuid"]


@pytest.mark.slow  # ten thousand dossiers
def test_the_register_of_ten_thousand_dossiers_filters_in_sql(repository, connection):
    insert_many_dossiers(connection)
    assert len(repository.summaries()) == 10_000
    assert len(repository.summaries(narrow=RegisterFilter(search="nachtdienst"))) == 10
    assert len(repository.summaries(narrow=RegisterFilter(location="Noord"))) == 5_000
    found = repository.summaries(narrow=RegisterFilter(search="afwijking 4321"))
    assert "Afwijking 4321" in {s.title for s in found}


def test_the_register_shows_next_evaluation_and_readiness(connection, catalogue):
    from igj_afwijken.domain.readiness import assess, readiness_state
    from igj_afwijken.storage.sqlite.repository import DossierRepository

    repository = DossierRepository(
        connection, readiness_of=lambda d: readiness_state(assess(d, catalogue))
    )
    add_dossier(repository, catalogue, "Leeg", next_evaluation=date(2027, 1, 5))
    (summary,) = repository.summaries()
    assert (summary.next_evaluation, summary.readiness) == (date(2027, 1, 5), "open")
    repository.set_readiness(summary.id, "klaar")
    assert repository.summaries()[0].readiness == "klaar"
