"""Merging a dossier changed offline with the same dossier changed on the server, field by
field against the dossier as it was taken along."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.merge import merge
from igj_afwijken.domain.model import Attachment, Dossier, Person, Risk, Version, utc_now

QUESTIONS = ("waarom.knelpunt", "waarom.oorzaken", "werkwijze.beschrijving", "werkwijze.keuze")


def _base(catalogue) -> Dossier:
    dossier = Dossier(title="Nachtzorg", location="Huize Het Anker", team="Team Noord")
    for question in QUESTIONS:
        dossier.set_answer(catalogue.make_answer(question, f"Eerste tekst bij {question}"))
    return dossier


def test_changes_to_different_fields_merge_without_asking(catalogue):
    base = _base(catalogue)
    mine = base.copy(title="Nachtzorg op afstand")
    mine.set_answer(catalogue.make_answer("waarom.knelpunt", "Mijn knelpunt"))
    mine.risks = (Risk(description="Vallen zonder dat iemand het hoort"),)
    theirs = base.copy(team="Team Zuid", start_date=date(2027, 1, 1))
    theirs.set_answer(catalogue.make_answer("werkwijze.keuze", "Hun keuze"))
    del theirs.answers["waarom.oorzaken"]
    merged = merge(base, mine, theirs)
    assert merged.conflicts == []
    result = merged.dossier
    assert (result.title, result.team, result.start_date) == (
        "Nachtzorg op afstand",
        "Team Zuid",
        date(2027, 1, 1),
    )
    assert result.answer_text("waarom.knelpunt") == "Mijn knelpunt"
    assert result.answer_text("werkwijze.keuze") == "Hun keuze"
    assert "waarom.oorzaken" not in result.answers
    assert result.risks == mine.risks


def test_the_same_field_changed_alike_is_no_conflict(catalogue):
    base = _base(catalogue)
    mine, theirs = base.copy(title="Zelfde"), base.copy(title="Zelfde")
    assert merge(base, mine, theirs).conflicts == []


def test_a_field_both_changed_differently_is_a_conflict_settled_by_choice(catalogue):
    base = _base(catalogue)
    mine = base.copy(title="Mijn titel")
    mine.set_answer(catalogue.make_answer("waarom.knelpunt", "Mijn knelpunt"))
    theirs = base.copy(title="Hun titel")
    theirs.set_answer(catalogue.make_answer("waarom.knelpunt", "Hun knelpunt"))
    merged = merge(base, mine, theirs)
    assert sorted((c.part, c.key) for c in merged.conflicts) == [
        ("answers", "waarom.knelpunt"),
        ("facts", "title"),
    ]
    assert merged.dossier.title == "Hun titel"  # theirs until the user chooses
    for conflict in list(merged.conflicts):
        if conflict.part == "facts":
            merged.choose(conflict, conflict.mine)
        else:
            merged.choose(conflict, catalogue.make_answer(conflict.key, "Samen geschreven"))
    assert merged.conflicts == []
    assert merged.dossier.title == "Mijn titel"
    assert merged.dossier.answer_text("waarom.knelpunt") == "Samen geschreven"


def test_versions_and_files_of_both_sides_are_kept(catalogue):
    base = _base(catalogue)
    now = utc_now()
    anna = Person("Anna", "Directeur")

    def version(number, summary):
        return Version(number, date(2027, 1, number), anna, summary)

    def attachment(name):
        return Attachment(name, name.encode(), "0" * 64, now)

    kept = attachment("advies.pdf")
    base.attachments = (kept, attachment("oud.pdf"))
    mine = base.copy(versions=(version(1, "Mijn vaststelling"),))
    mine.attachments = (kept, attachment("mijn.pdf"))
    theirs = base.copy(attachments=(*base.attachments, attachment("hun.pdf")))
    merged = merge(base, mine, theirs)
    assert [a.name for a in merged.dossier.attachments] == ["advies.pdf", "hun.pdf", "mijn.pdf"]
    assert [v.summary for v in merged.dossier.versions] == ["Mijn vaststelling"]
    theirs.versions = (version(1, "Hun vaststelling"),)
    merged = merge(base, mine, theirs)
    (conflict,) = merged.conflicts
    merged.choose(conflict, conflict.mine)  # both kept: theirs as 1, mine after it
    assert [(v.number, v.summary) for v in merged.dossier.versions] == [
        (1, "Hun vaststelling"),
        (2, "Mijn vaststelling"),
    ]


_text = st.one_of(st.none(), st.text(max_size=8))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_text, _text), min_size=len(QUESTIONS), max_size=len(QUESTIONS)))
def test_every_answer_merges_as_the_rule_says(edits):
    """For each question: mine and theirs each leave it, change it, or remove it (None)."""
    catalogue = load_catalogue()
    base = _base(catalogue)
    mine, theirs = base.copy(), base.copy()
    for question, (my_text, their_text) in zip(QUESTIONS, edits, strict=True):
        for side, text in ((mine, my_text), (theirs, their_text)):
            if text is None:
                del side.answers[question]
            elif text:  # "" leaves the answer as it was
                side.set_answer(catalogue.make_answer(question, text))
    merged = merge(base, mine, theirs)
    conflicting = {c.key for c in merged.conflicts}
    for question in QUESTIONS:
        was, now, other = (d.answers.get(question) for d in (base, mine, theirs))
        was, now, other = (a.text if a else None for a in (was, now, other))
        result = merged.dossier.answers.get(question)
        result_text = result.text if result else None
        if now != was and other != was and now != other:
            assert question in conflicting
            assert result_text == other
        else:
            assert question not in conflicting
            assert result_text == (now if other == was else other)
