"""Adopting numbered versions, evaluating, ending, and what changed between versions."""

from dataclasses import replace
from datetime import date

import pytest

from igj_afwijken import i18n
from igj_afwijken.domain.catalogue import load_catalogue
from igj_afwijken.domain.lifecycle import (
    START,
    LifecycleError,
    adopt,
    changed_since_adoption,
    compare,
    end,
    readable_diff,
    start_evaluation,
    version_dossier,
    version_summaries,
    word_diff,
)
from igj_afwijken.domain.model import Dossier, Person, Risk, Rule
from igj_afwijken.domain.readiness import LawGateError, NotReadyError
from igj_afwijken.formats import exchange
from igj_afwijken.rendering.templating import render_html

DIRECTOR = Person("A. de Vries", "bestuurder")


def test_a_law_cannot_be_adopted_even_when_complete(example_dossier, catalogue):
    example_dossier.rule = Rule(name="Wet", kind="wet")
    with pytest.raises(LawGateError):
        adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    assert example_dossier.status == "concept" and example_dossier.versions == ()


def test_adoption_needs_every_question_answered_and_a_name(catalogue, example_dossier):
    incomplete = Dossier(title="Half", rule=Rule(name="Protocol"))
    with pytest.raises(NotReadyError):
        adopt(incomplete, catalogue, DIRECTOR, date(2026, 12, 1))
    with pytest.raises(LifecycleError, match="wie"):
        adopt(example_dossier, catalogue, Person(""), date(2026, 12, 1))
    assert incomplete.status == example_dossier.status == "concept"


def test_adoption_freezes_numbered_versions(example_dossier, catalogue):
    first = adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    assert (first.number, example_dossier.status, example_dossier.version_number) == (
        1,
        "vastgesteld",
        1,
    )
    assert example_dossier.adoption.by == DIRECTOR
    assert first.summary == "Eerste vastgestelde versie."
    with pytest.raises(LifecycleError, match="niets veranderd"):
        adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 2))

    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", "Een nieuw knelpunt."))
    example_dossier.risks = (Risk("Medicatiefout in de nacht", 2, 4),)
    assert [c.group for c in changed_since_adoption(example_dossier, catalogue)] == [
        "waarom",
        "veiligheid",
    ]
    second = adopt(example_dossier, catalogue, DIRECTOR, date(2027, 3, 1))
    assert second.number == 2
    assert second.summary == "Gewijzigd: vraag 1 (1 wijziging), vraag 3 (1 wijziging)."
    assert version_dossier(first).answer_text("waarom.knelpunt") != "Een nieuw knelpunt."
    assert version_dossier(second).answer_text("waarom.knelpunt") == "Een nieuw knelpunt."
    assert changed_since_adoption(example_dossier, catalogue) == []


def test_the_diff_names_exactly_the_changed_answers(example_dossier, catalogue):
    before = exchange.loads(exchange.dumps(example_dossier))
    example_dossier.set_answer(catalogue.make_answer("veiligheid.maatregelen", "Anders."))
    example_dossier.set_answer(catalogue.make_answer("evaluatie.momenten", "Elk kwartaal."))
    example_dossier.title = "Nieuwe titel"
    changes = compare(before, example_dossier, catalogue)
    assert [(c.group, c.label) for c in changes] == [
        (START, "Titel"),
        ("veiligheid", catalogue.subquestion("veiligheid.maatregelen").text),
        ("evaluatie", catalogue.subquestion("evaluatie.momenten").text),
    ]
    assert changes[1].new == "Anders." and changes[1].old == before.answer_text(
        "veiligheid.maatregelen"
    )


def test_evaluation_and_ending(example_dossier, catalogue):
    with pytest.raises(LifecycleError):
        start_evaluation(example_dossier)  # a concept is not evaluated yet
    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    start_evaluation(example_dossier)
    assert example_dossier.status == "in-evaluatie"
    with pytest.raises(LifecycleError, match="vervangt"):
        end(example_dossier, date(2027, 9, 1), "vervangen", "Nieuwe aanpak")
    end(example_dossier, date(2027, 9, 1), "terug-naar-norm", "Weer twee IG'ers per dienst")
    assert example_dossier.status == "beeindigd"
    assert example_dossier.ending.reason == "terug-naar-norm"
    with pytest.raises(LifecycleError):
        adopt(example_dossier, catalogue, DIRECTOR, date(2027, 9, 2))


def test_versions_survive_the_exchange_file(example_dossier, catalogue):
    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    again = exchange.loads(exchange.dumps(example_dossier))
    assert again.versions == example_dossier.versions
    assert again.adoption == example_dossier.adoption


def test_word_diff_marks_removed_and_added_words():
    runs = word_diff("Twee verzorgenden per dienst", "Eén verzorgende per dienst")
    assert [text for kind, text in runs if kind == "removed"] == ["Twee", "verzorgenden"]
    assert [text for kind, text in runs if kind == "added"] == ["Eén", "verzorgende"]
    assert "".join(text for kind, text in runs if kind != "removed") == (
        "Eén verzorgende per dienst"
    )


def test_a_rewritten_sentence_reads_as_old_then_new():
    assert readable_diff("Twee verzorgenden per dienst", "Eén verzorgende per dienst") == [
        ("removed", "Twee verzorgenden"),
        ("added", "Eén verzorgende"),
        ("same", " per dienst"),
    ]
    runs = readable_diff("Oud-verpleegkundige als vrijwilliger", "Nieuwe titel")
    assert runs == [("removed", "Oud-verpleegkundige als vrijwilliger"), ("added", "Nieuwe titel")]


def test_a_short_match_between_changes_is_folded_into_them():
    runs = readable_diff("Wij zetten een vrijwilliger in", "Wij zetten twee vrijwilligers in")
    assert runs == [
        ("same", "Wij zetten "),
        ("removed", "een vrijwilliger"),
        ("added", "twee vrijwilligers"),
        ("same", " in"),
    ]
    # "belt de" is no longer than the changes on both sides of it: it goes with them
    runs = readable_diff("De teamleider belt de cliënt", "De teamleider mailt en belt de familie")
    assert runs == [
        ("same", "De teamleider"),
        ("removed", " belt de cliënt"),
        ("added", " mailt en belt de familie"),
    ]


def test_a_long_match_between_changes_stays_as_it_is():
    old = "Twee verzorgenden werken in de nachtdienst samen"
    new = "Drie verzorgenden werken in de nachtdienst alleen"
    assert readable_diff(old, new) == [
        ("removed", "Twee"),
        ("added", "Drie"),
        ("same", " verzorgenden werken in de nachtdienst "),
        ("removed", "samen"),
        ("added", "alleen"),
    ]


def test_a_change_in_whitespace_alone_is_no_change():
    runs = readable_diff("Twee  verzorgenden", "Twee verzorgenden")
    assert {kind for kind, _text in runs} == {"same"}
    assert "".join(text for _kind, text in runs) == "Twee verzorgenden"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", ""),
        ("", "Nieuwe tekst"),
        ("Oude tekst", ""),
        ("Zelfde tekst", "Zelfde tekst"),
        ("per dienst", "twee per dienst"),
        ("De teamleider belt de cliënt", "De teamleider mailt en belt de familie"),
        ("Eerste regel.\nTweede regel.", "Eerste regel, langer.\n\nTweede regel."),
    ],
)
def test_the_readable_diff_keeps_the_new_text_whole(old, new):
    runs = readable_diff(old, new)
    assert "".join(text for kind, text in runs if kind != "removed") == new
    assert all(kind in ("same", "removed", "added") and text for kind, text in runs)
    if old == new:
        assert runs == ([("same", new)] if new else [])


def test_every_fact_and_the_attachments_count_as_a_change(example_dossier, catalogue):
    import hashlib
    from datetime import UTC, datetime

    from igj_afwijken.domain.model import Attachment

    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    example_dossier.location = "Elders"
    example_dossier.sector = "ggz"
    content = b"brief"
    example_dossier.attachments = (
        Attachment("brief.pdf", content, hashlib.sha256(content).hexdigest(), datetime.now(UTC)),
    )
    labels = [c.label for c in changed_since_adoption(example_dossier, catalogue)]
    assert labels == ["Locatie", "Sector", "Bijlagen"]
    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 2))
    assert changed_since_adoption(example_dossier, catalogue) == []  # attachments by name


def test_what_changed_in_a_version_is_said_in_the_language_it_is_read_in(
    example_dossier, catalogue
):
    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", "Een nieuw knelpunt."))
    adopt(example_dossier, catalogue, DIRECTOR, date(2027, 3, 1))
    stored = [version.summary for version in example_dossier.versions]
    assert list(version_summaries(example_dossier, catalogue).values()) == stored

    i18n.use_language("en")
    english = version_summaries(example_dossier, load_catalogue())
    assert english == {
        1: "First adopted version.",
        2: "Changed: question 1 (1 change).",
    }, "adopted in Dutch, read in English"
    html = render_html(example_dossier, load_catalogue())
    assert "Changed: question 1 (1 change)." in html and "Gewijzigd" not in html


def test_a_version_whose_snapshot_cannot_be_read_keeps_its_stored_summary(
    example_dossier, catalogue
):
    adopt(example_dossier, catalogue, DIRECTOR, date(2026, 12, 1))
    example_dossier.set_answer(catalogue.make_answer("waarom.knelpunt", "Een nieuw knelpunt."))
    second = adopt(example_dossier, catalogue, DIRECTOR, date(2027, 3, 1))
    # as a store reads a snapshot that it cannot decode
    broken = replace(
        second, snapshot={"title": 3}, dossier=None, summary="Zoals toen opgeschreven."
    )
    example_dossier.versions = (example_dossier.versions[0], broken)
    assert version_summaries(example_dossier, catalogue)[2] == "Zoals toen opgeschreven."
