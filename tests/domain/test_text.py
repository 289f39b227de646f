"""Finding text as a reader means it: regardless of case and accents, at the text's own positions."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igj_afwijken.domain.text import _folded_character, find_all, search_excerpt, words_to_spell


def _fold(text: str) -> str:
    return "".join(_folded_character(c) for c in text)


def test_case_and_accents_do_not_matter_and_positions_are_the_texts_own():
    text = "De Cliëntenraad adviseerde; de cliëntenraad stemde in."
    assert find_all(text, "clientenraad") == [(3, 15), (31, 43)]
    assert text[3:15] == "Cliëntenraad"
    assert find_all(text, "CLIËNTENRAAD") == [(3, 15), (31, 43)]
    assert find_all(text, "zorgplan") == []
    assert find_all(text, "   ") == []


@given(st.text(), st.data())
def test_every_part_of_a_text_is_found_where_it_stands(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    query = text[start:end]
    hits = find_all(text, query)
    if not _fold(query.strip()):
        assert hits == []
        return
    assert hits, (text, query)
    for hit_start, hit_end in hits:
        assert 0 <= hit_start < hit_end <= len(text)
        assert _fold(query.strip()) in _fold(text[hit_start:hit_end])


# --- Words for the spelling check ---------------------------------------------------------------

_PLAIN_WORDS = ["cliëntenraad", "Nachtdienst", "zorg-medewerker", "cliënt's", "één", "straße"]
_NOT_SPELLED = [
    "IGJ", "EVV", "2027", "1-1-2027", "EVV2", "nacht_dienst", "www.igj.nl/leg-aan-ons-uit",
    "https://example.org/richtlijn", "m.jansen@zorg.nl", "bijlage.pdf", "a", "x",
]  # fmt: skip


@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(_PLAIN_WORDS), st.sampled_from(_NOT_SPELLED)),
            st.sampled_from([" ", ", ", ". ", "\n", " (", ") ", "; ", " **", "** "]),
        ),
        max_size=12,
    )
)
def test_the_spelling_check_gets_the_words_and_nothing_else(parts):
    text = "".join(word + after for word, after in parts)
    expected = [word for word, _ in parts if word in _PLAIN_WORDS]
    found = words_to_spell(text)
    assert [word for _, word in found] == expected
    assert all(text[start : start + len(word)] == word for start, word in found)


@given(st.text())
def test_every_word_to_spell_is_letters_where_the_text_has_it(text):
    found = words_to_spell(text)
    starts = [start for start, _ in found]
    assert starts == sorted(set(starts))
    for start, word in found:
        assert text[start : start + len(word)] == word and len(word) >= 2
        assert all(c.isalpha() or c in "-'’" for c in word)


RISK = (
    "Risico: storing van de Bewegingssensoren in de gang (’s nachts). Maatregel: "
    "onderhoudscontract met de leverancier, en een tweede sensor bij de deur. Cliënten worden "
    "geïnformeerd."
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["sensor"], "Risico: storing van de ‹Bewegingssensoren› in de gang (’s nachts). "
         "Maatregel: onderhoudscontract …"),
        (["onderhoudscontract"], "… gang (’s nachts). Maatregel: ‹onderhoudscontract› met de "
         "leverancier, en een tweede sensor …"),
        (["clienten"], "… sensor bij de deur. ‹Cliënten› worden geïnformeerd"),
        (["gang", "deur"], "… de Bewegingssensoren in de ‹gang› (’s nachts). Maatregel: "
         "onderhoudscontract met de leverancier …"),
        (["ang"], ""),  # shorter than four letters: the start of a word only
        (["xylofoon"], ""),
        ([], ""),
    ],
)  # fmt: skip
def test_an_excerpt_shows_the_words_around_the_first_match(words, expected):
    assert search_excerpt(RISK, words, inside_from=4) == expected


def _folded_words(text):
    return ["".join(_folded_character(c)[:1] or c for c in word).lower() for word in text]


@given(
    text=st.text(max_size=300) | st.sampled_from([RISK, "½ ² ﬁ İ ß"]),
    words=st.lists(st.text(st.characters(categories=["Ll", "Nd"]), min_size=1, max_size=6),
                   max_size=3),
)  # fmt: skip
def test_an_excerpt_marks_only_words_that_match_and_is_empty_only_without_a_match(text, words):
    excerpt = search_excerpt(text, words, inside_from=4)
    marked = re.findall(r"‹(\w+)›", excerpt)
    assert bool(excerpt) == bool(marked)
    for word in _folded_words(marked):
        assert any(word.startswith(query) or (len(query) >= 4 and query in word) for query in words)
    if not excerpt:  # then no word of the text matches
        for word in _folded_words(re.findall(r"\w+", text)):
            assert not any(
                word.startswith(query) or (len(query) >= 4 and query in word) for query in words
            )
