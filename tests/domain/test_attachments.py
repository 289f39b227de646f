"""Which attachments are documents to open, and which names pass for something they are not."""

from hypothesis import given
from hypothesis import strategies as st

from igj_afwijken.domain.attachments import DOCUMENT_TYPES, hides_its_type, opens_safely

stems = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=20)
documents = st.sampled_from(sorted(DOCUMENT_TYPES))
others = st.text(st.characters(min_codepoint=97, max_codepoint=122), min_size=1, max_size=5).filter(
    lambda kind: kind not in DOCUMENT_TYPES
)
case = st.sampled_from([str.lower, str.upper, str.title])


@given(stems, documents, case)
def test_a_document_or_picture_opens(stem, kind, how):
    assert opens_safely(f"{stem}.{how(kind)}") and not hides_its_type(f"{stem}.{kind}")


@given(stems, others)
def test_any_other_type_is_not_opened(stem, kind):
    assert not opens_safely(f"{stem}.{kind}")


@given(stems, documents, others, case)
def test_a_document_type_followed_by_another_hides_the_real_one(stem, shown, real, how):
    name = f"{stem}.{how(shown)}.{real}"
    assert hides_its_type(name) and not opens_safely(name)


@given(stems, documents, others)
def test_hidden_characters_that_turn_a_name_around_are_flagged(stem, shown, real):
    name = f"{stem}\u202e{shown[::-1]}.{real}"  # shows as "stem<real>.<shown>"
    assert hides_its_type(name) and not opens_safely(name)
    assert hides_its_type(f"brief\u200b.{shown}")  # a zero-width space as well


def test_no_type_is_no_document():
    assert not opens_safely("LEESMIJ") and not opens_safely(".pdf")
