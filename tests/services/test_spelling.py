"""The spelling check's dictionaries and the data folder's word list."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igj_afwijken.services.spelling import WORD_LIST_FILE, Speller, SpellingUnavailable


@pytest.fixture
def speller(tmp_path):
    return Speller(tmp_path)


@pytest.mark.parametrize(
    "word",
    [
        "cliëntenraad",
        "Nachtdienst",
        "bewegingssensoren",  # a compound the list does not hold whole
        "onderhoudscontract",
        "zorg-medewerker",
        "Wzd",  # the laws' own abbreviations
        "Wkkgz",
    ],
)
def test_dutch_words_are_known(speller, word):
    assert speller.knows(word, "nl")


@pytest.mark.parametrize("word", ["medewerkr", "niewe", "achterwachtt"])
def test_dutch_misspellings_are_not(speller, word):
    assert not speller.knows(word, "nl")


def test_english_is_british(speller):
    assert speller.knows("organisation", "en") and speller.knows("colour", "en")
    assert not speller.knows("recieve", "en")


def test_suggestions_put_the_right_word_among_a_few(speller):
    suggestions = speller.suggestions("medewerkr", "nl")
    assert "medewerker" in suggestions and len(suggestions) <= 5
    assert "receive" in speller.suggestions("recieve", "en")


def test_an_added_word_is_known_in_every_later_session(tmp_path):
    speller = Speller(tmp_path)
    assert not speller.knows("Nedap", "nl")
    speller.add_word("Nedap")
    assert speller.knows("Nedap", "nl") and speller.knows("nedap", "nl")
    later = Speller(tmp_path)
    assert later.knows("Nedap", "nl") and later.own_words == ["Nedap"]
    assert (tmp_path / WORD_LIST_FILE).read_text("utf-8") == "Nedap\n"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(content=st.one_of(st.binary(max_size=200), st.just(b"Nedap\r\n"), st.just(b"x\nNEDAP")))
def test_adding_a_word_keeps_every_word_of_a_list_in_any_state(tmp_path_factory, content):
    """A word list edited by hand, in another encoding or damaged: nothing of it is lost."""
    folder = tmp_path_factory.mktemp("woorden")
    (folder / WORD_LIST_FILE).write_bytes(content)
    Speller(folder).add_word("Nedap")
    written = (folder / WORD_LIST_FILE).read_bytes()
    lines = content.decode("utf-8", "replace").split("\n")
    if "nedap" in {line.strip().casefold() for line in lines}:
        assert written == content
    else:
        assert written.startswith(content) and written.endswith(
            b"\nNedap\n" if content else b"Nedap\n"
        )
        assert written in (content + b"Nedap\n", content + b"\nNedap\n")


def test_a_word_list_that_cannot_be_read_is_not_written_over(tmp_path):
    (tmp_path / WORD_LIST_FILE).mkdir()  # something that is no file where the list belongs
    speller = Speller(tmp_path)
    with pytest.raises(OSError):
        speller.add_word("Nedap")
    assert (tmp_path / WORD_LIST_FILE).is_dir()


def test_a_missing_dictionary_is_said_by_name(tmp_path):
    speller = Speller(tmp_path, dictionaries=tmp_path / "leeg")
    with pytest.raises(SpellingUnavailable, match="nl"):
        speller.knows("medewerker", "nl")
