"""Tests for the question catalogue and its loader."""

import re

import pytest

from igj_afwijken.domain.catalogue import CatalogueError, catalogue_path, read_catalogue
from igj_afwijken.domain.model import RULE_KINDS, STATUSES

SEED_QUESTIONS = [
    "Waarom doe je het anders dan de richtlijn?",
    "Wat is de werkwijze en waarom is hiervoor gekozen?",
    "Hoe borg je dat er nog steeds sprake is van veilige en verantwoorde zorg?",
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
            assert sub.example.strip(), sub.id


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


def _variant(tmp_path, old, new):
    text = catalogue_path().read_text("utf-8")
    assert old in text
    path = tmp_path / "vragen.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def test_duplicate_ids_are_refused(tmp_path):
    path = _variant(tmp_path, 'id = "waarom.oorzaken"', 'id = "waarom.knelpunt"')
    with pytest.raises(CatalogueError, match="duplicate"):
        read_catalogue(path)


def test_a_subquestion_under_the_wrong_question_is_refused(tmp_path):
    path = _variant(tmp_path, 'id = "waarom.oorzaken"', 'id = "werkwijze.oorzaken"')
    with pytest.raises(CatalogueError, match="does not belong"):
        read_catalogue(path)


def test_broken_toml_and_missing_fields_are_reported(tmp_path):
    with pytest.raises(CatalogueError, match="not valid TOML"):
        read_catalogue(_variant(tmp_path, 'version = "', "version = "))
    with pytest.raises(CatalogueError, match="malformed"):
        read_catalogue(_variant(tmp_path, "[law_gate]", "[wetpoort]"))
    with pytest.raises(CatalogueError, match="cannot read"):
        read_catalogue(tmp_path / "missing.toml")
