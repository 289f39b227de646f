"""The SQLite register: search syntax kept harmless, ten thousand dossiers filtered in SQL."""

import pytest

from igj_afwijken.storage.sqlite.repository import RegisterFilter, search_query
from tests.conftest import add_dossier
from tests.helpers import insert_many_dossiers


def test_search_syntax_in_the_users_text_is_harmless(repository, catalogue):
    add_dossier(repository, catalogue, "Nachtdienst", "tekst")
    for text in ('"', "AND OR NOT", "nacht*", "a:b", "(", "NEAR("):
        repository.summaries(narrow=RegisterFilter(search=text))  # no error
    assert search_query('nacht" OR x') == '"nacht"* "OR"* "x"*'


@pytest.mark.slow  # ten thousand dossiers
def test_the_register_of_ten_thousand_dossiers_filters_in_sql(repository, connection):
    insert_many_dossiers(connection)
    assert len(repository.summaries()) == 10_000
    assert len(repository.summaries(narrow=RegisterFilter(search="nachtdienst"))) == 10
    assert len(repository.summaries(narrow=RegisterFilter(location="Noord"))) == 5_000
    found = repository.summaries(narrow=RegisterFilter(search="afwijking 4321"))
    assert "Afwijking 4321" in {s.title for s in found}
