"""Tests for the question catalogue and its loader."""

import re
import shutil

import pytest

from igj_afwijken.domain import readiness
from igj_afwijken.domain.catalogue import (
    RULE_CHECKS,
    CatalogueError,
    catalogue_dir,
    read_catalogue,
)
from igj_afwijken.domain.model import DOSSIER_FIELDS, RULE_KINDS, STATUSES

SEED_QUESTIONS = [
    "Waarom doet u het anders dan de richtlijn?",
    "Wat is de werkwijze en waarom is hiervoor gekozen?",
    "Hoe borgt u dat er nog steeds sprake is van veilige en verantwoorde zorg?",
    "Hoe zijn medewerkers, cliënten en toezichthouders betrokken? Is er ruimte voor inspraak? "
    "Waar kunnen zij terecht met vragen en eventuele twijfels?",
    "Hoe wordt er geëvalueerd en bijgestuurd?",
]


def test_the_five_igj_questions_in_order(catalogue):
    assert [q.text for q in catalogue.questions] == SEED_QUESTIONS
    assert [q.number for q in catalogue.questions] == [1, 2, 3, 4, 5]


def test_every_question_is_split_into_subquestions_with_help(catalogue):
    for question in catalogue.questions:
        assert len(question.subquestions) >= 2, question.id
        for sub in question.subquestions:
            assert sub.id.startswith(question.id + ".")
            assert sub.text.endswith("?"), sub.id
            assert len(sub.help) > 40, sub.id
            assert len(sub.inspectie) > 40, sub.id
            assert 1 <= len(sub.examples) <= 2, sub.id
            assert all(len(example.text) > 80 for example in sub.examples), sub.id
        assert len(question.why) > 40 and len(question.inspectie) > 40, question.id


def test_ids_are_unique_and_stable_in_form(catalogue):
    ids = [q.id for q in catalogue.questions] + [s.id for s in catalogue.subquestions()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?", i) for i in ids)


def test_catalogue_has_a_version_and_labels_for_every_kind_and_status(catalogue):
    assert catalogue.version
    assert set(catalogue.rule_kinds) == set(RULE_KINDS)
    assert set(catalogue.statuses) == set(STATUSES)
    assert "wet" in catalogue.law_gate_explanation.lower()


def test_an_answer_remembers_version_and_wording(catalogue):
    answer = catalogue.make_answer("waarom.knelpunt", "Tekst")
    assert answer.catalogue_version == catalogue.version
    assert answer.question_text == catalogue.subquestion("waarom.knelpunt").text


def test_question_of_finds_the_parent(catalogue):
    assert catalogue.question_of("veiligheid.risicos").number == 3
    with pytest.raises(KeyError):
        catalogue.question_of("bestaat.niet")


def _variant(tmp_path, old, new, name="vragen"):
    """A copy of the shipped catalogue folder with one change in one of its files."""
    folder = tmp_path / "catalogue"
    shutil.copytree(catalogue_dir(), folder)
    path = folder / f"{name}.nl.toml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return folder


def test_duplicate_ids_are_refused(tmp_path):
    folder = _variant(tmp_path, 'id = "waarom.oorzaken"', 'id = "waarom.knelpunt"')
    with pytest.raises(CatalogueError, match="duplicate"):
        read_catalogue(folder)


def test_a_subquestion_under_the_wrong_question_is_refused(tmp_path):
    folder = _variant(tmp_path, 'id = "waarom.oorzaken"', 'id = "werkwijze.oorzaken"')
    with pytest.raises(CatalogueError, match="does not belong"):
        read_catalogue(folder)


def test_broken_toml_and_missing_fields_are_reported(tmp_path):
    with pytest.raises(CatalogueError, match="not valid TOML"):
        read_catalogue(_variant(tmp_path / "a", 'version = "', "version = "))
    with pytest.raises(CatalogueError, match="malformed"):
        read_catalogue(_variant(tmp_path / "b", "[law_gate]", "[wetpoort]"))
    with pytest.raises(CatalogueError, match="cannot read"):
        read_catalogue(tmp_path / "missing")


# -- guidance, checklists and readiness rules refer only to what exists --------------------------


def test_every_checklist_item_belongs_with_an_existing_subquestion(catalogue):
    subquestions = {s.id for s in catalogue.subquestions()}
    assert len(catalogue.topics) >= 6
    for topic in catalogue.topics:
        assert topic.items and topic.title and topic.description and topic.source
        for item in topic.items:
            assert item.id.startswith(topic.id + ".")
            assert item.question in subquestions, item.id


def test_every_sector_tip_and_example_names_a_known_sector_and_question(catalogue):
    subquestions = {s.id for s in catalogue.subquestions()}
    assert catalogue.sector_tips
    for tip in catalogue.sector_tips:
        assert tip.sector in catalogue.sectors and tip.question in subquestions
    for sub in catalogue.subquestions():
        for example in sub.examples:
            assert set(example.sectors) <= set(catalogue.sectors), sub.id


def test_every_readiness_rule_names_existing_fields_and_a_known_check(catalogue):
    known = {s.id for s in catalogue.subquestions()} | set(DOSSIER_FIELDS)
    known |= {item.id for topic in catalogue.topics for item in topic.items}
    assert set(RULE_CHECKS) == set(readiness._CHECKS)
    for rule in catalogue.rules:
        assert rule.kind in RULE_CHECKS and rule.weight in ("blokkerend", "aandachtspunt")
        assert {f for f in (rule.field, *rule.fields) if f} <= known, rule.id
    blocking = {rule.kind for rule in catalogue.rules if rule.weight == "blokkerend"}
    assert blocking == {"law_gate", "unanswered"}  # nothing else may stop a justification


def test_a_rule_about_an_unknown_field_is_refused(tmp_path):
    folder = _variant(
        tmp_path, 'field = "veiligheid.risicos"', 'field = "veiligheid.bestaatniet"', "controle"
    )
    with pytest.raises(CatalogueError, match="unknown fields"):
        read_catalogue(folder)


def test_a_checklist_item_under_an_unknown_question_is_refused(tmp_path):
    folder = _variant(
        tmp_path, 'question = "veiligheid.risicos"', 'question = "veiligheid.elders"', "checklists"
    )
    with pytest.raises(CatalogueError, match="unknown question"):
        read_catalogue(folder)


def test_an_example_for_an_unknown_sector_is_refused(tmp_path):
    folder = _variant(
        tmp_path,
        "[[questions.subquestions.examples]]\n",
        '[[questions.subquestions.examples]]\nsectors = ["ruimtevaart"]\n',
    )
    with pytest.raises(CatalogueError, match="unknown sectors"):
        read_catalogue(folder)


def test_a_sectors_own_example_comes_first(catalogue):
    sub = next(s for s in catalogue.subquestions() if any(e.sectors for e in s.examples))
    sector = next(e.sectors[0] for e in sub.examples if e.sectors)
    assert sector in sub.examples_for(sector)[0].sectors
    assert all(not e.sectors for e in sub.examples_for("anders")) or not any(
        not e.sectors for e in sub.examples
    )


def test_field_labels_name_the_place_in_words(catalogue):
    assert catalogue.field_label("veiligheid.risicos") == "Vraag 3, Veilige zorg"
    assert catalogue.field_label("vrijwilligers.achterwacht") == "Checklist Vrijwilligers"
    assert catalogue.field_label("responsible.name") == "Verantwoordelijke"


def test_a_checklist_answer_remembers_the_wording(catalogue):
    answer = catalogue.make_checklist_answer("vrijwilligers.achterwacht", "ja", "Altijd een IG'er")
    assert answer.item_text == catalogue.checklist_item("vrijwilligers.achterwacht").text
    assert answer.is_answered
    with pytest.raises(ValueError):
        catalogue.make_checklist_answer("vrijwilligers.achterwacht", "misschien", "")
