"""Finding text as a reader means it: regardless of case and accents, at the text's own positions."""

from hypothesis import given
from hypothesis import strategies as st

from igj_afwijken.domain.text import _folded_character, find_all


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
